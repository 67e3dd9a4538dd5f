// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service (./dev test starts an unlocked gnome-keyring).
#include "common/clock.h"
#include "credentials/keychainstore.h"
#include "credentials/merchantcredentials.h"
#include "profiles/profilestore.h"
#include "settings/settingsdialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLineEdit>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace InvoiceDesk;

namespace {

template<class T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("keychain operation did not finish");
    return future.result();
}

QString uniqueMsn()
{
    return QString::number(100000 + QUuid::createUuid().data1 % 899999);
}

void type(const QWidget& dialog, const char* field, const QString& text)
{
    auto* edit = dialog.findChild<QLineEdit*>(QString::fromLatin1(field));
    QVERIFY(edit);
    edit->selectAll();
    QTest::keyClicks(edit, text);
}

} // namespace

class TestSettingsKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void savesTheKeysInTheKeychainAndShowsThemAgain()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QSettings settings(dir.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        Credentials::KeychainStore keychain;
        Credentials::MerchantCredentials credentials(keychain);
        QNetworkAccessManager network;
        ManualClock clock;
        const QString msn = uniqueMsn();
        {
            Ui::SettingsDialog dialog(store, credentials, network, clock);
            dialog.show();
            auto* environment = dialog.findChild<QComboBox*>(QStringLiteral("environment"));
            environment->setCurrentIndex(environment->findData(int(Vipps::EnvironmentKind::Test)));
            type(dialog, "merchantSerialNumber", msn);
            type(dialog, "clientId", QStringLiteral("kc-client"));
            type(dialog, "clientSecret", QStringLiteral("kc-secret-æøå"));
            type(dialog, "subscriptionKey", QStringLiteral("kc-subscription"));
            dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), 20000);
            QVERIFY(!credentials.isMemoryOnly());
        }

        // A new connection to the keychain finds them, as the next start of the program would.
        Credentials::KeychainStore again;
        Credentials::MerchantCredentials reloaded(again);
        const auto keys = await(reloaded.load(Vipps::EnvironmentKind::Test, msn));
        QVERIFY2(keys.hasValue(), keys.hasValue() ? "" : qPrintable(keys.error().message()));
        QCOMPARE(keys->clientId, QStringLiteral("kc-client"));
        QCOMPARE(keys->clientSecret, QStringLiteral("kc-secret-æøå"));
        QCOMPARE(keys->subscriptionKey, QStringLiteral("kc-subscription"));

        Ui::SettingsDialog shown(store, reloaded, network, clock);
        shown.show();
        auto* secret = shown.findChild<QLineEdit*>(QStringLiteral("clientSecret"));
        QTRY_COMPARE_WITH_TIMEOUT(secret->text(), QStringLiteral("kc-secret-æøå"), 20000);

        QVERIFY(await(reloaded.remove(Vipps::EnvironmentKind::Test, msn)).hasValue());
    }
};

QTEST_MAIN(TestSettingsKeychain)
#include "tst_settingskeychain.moc"
