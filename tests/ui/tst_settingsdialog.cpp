// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/memorystore.h"
#include "credentials/merchantcredentials.h"
#include "profiles/profilefield.h"
#include "profiles/profilestore.h"
#include "sandbox/sandboxserver.h"
#include "settings/settingsdialog.h"
#include "storage/bookpaths.h"
#include "vipps/error.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QNetworkAccessManager>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

#include <optional>

using namespace InvoiceDesk;

namespace {

// A computer without a keychain service: every call fails the way QtKeychain then fails.
class NoKeychain : public Credentials::SecretStore {
public:
    QFuture<Credentials::SecretResult<QString>> read(const Credentials::SecretName&) override
    {
        return Credentials::readySecretResult<QString>(noBackend());
    }
    QFuture<Credentials::SecretResult<Done>> write(const Credentials::SecretName&, const QString&) override
    {
        return Credentials::readySecretResult<Done>(noBackend());
    }
    QFuture<Credentials::SecretResult<Done>> remove(const Credentials::SecretName&) override
    {
        return Credentials::readySecretResult<Done>(noBackend());
    }

private:
    static Credentials::CredentialError noBackend()
    {
        return {Credentials::CredentialError::Kind::NoBackend,
                QStringLiteral("org.freedesktop.secrets missing")};
    }
};

template<typename T>
T waitFor(QFuture<T> future)
{
    if (!QTest::qWaitFor([&future] { return future.isFinished(); }, 10000))
        qFatal("the keychain did not answer");
    return future.result();
}

} // namespace

class TestSettingsDialog : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Profiles::ProfileStore> m_store;
    Credentials::MemoryStore m_keychain;
    std::unique_ptr<Credentials::MerchantCredentials> m_credentials;

    QString iniFile() const { return m_dir.filePath(QStringLiteral("settings.ini")); }

    std::unique_ptr<Ui::SettingsDialog> makeDialog()
    {
        auto dialog = std::make_unique<Ui::SettingsDialog>(*m_store, *m_credentials, m_network, m_clock,
                                                           [this] { return m_sandbox->baseUrl(); });
        dialog->show();
        return dialog;
    }
    template<typename W>
    static W* child(const QWidget& dialog, const char* name)
    {
        W* widget = dialog.findChild<W*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static QPushButton* okButton(const QWidget& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
    }
    static void chooseEnvironment(const QWidget& dialog, Vipps::EnvironmentKind kind)
    {
        auto* combo = child<QComboBox>(dialog, "environment");
        combo->setCurrentIndex(combo->findData(int(kind)));
    }
    static void type(const QWidget& dialog, const char* field, const QString& text)
    {
        auto* edit = child<QLineEdit>(dialog, field);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox = std::make_unique<Sandbox::SandboxServer>(m_clock);
        QVERIFY(m_sandbox->listen());
    }

    void init()
    {
        m_store.reset();
        m_settings.reset();
        QFile::remove(iniFile());
        m_settings = std::make_unique<QSettings>(iniFile(), QSettings::IniFormat);
        m_store = std::make_unique<Profiles::ProfileStore>(*m_settings);
        m_credentials = std::make_unique<Credentials::MerchantCredentials>(m_keychain);
    }

    void startsFromTheDemoProfile()
    {
        auto dialog = makeDialog();
        auto* list = child<QListWidget>(*dialog, "profileList");
        QCOMPARE(list->count(), 1);
        QCOMPARE(list->item(0)->text(), QStringLiteral("Demo (in use)"));
        QCOMPARE(child<QLineEdit>(*dialog, "name")->text(), QStringLiteral("Demo"));
        QCOMPARE(child<QLineEdit>(*dialog, "merchantSerialNumber")->text(), QStringLiteral("123456"));
        QCOMPARE(child<QLineEdit>(*dialog, "clientSecret")->echoMode(), QLineEdit::Password);
        QCOMPARE(child<QLineEdit>(*dialog, "subscriptionKey")->echoMode(), QLineEdit::Password);
        QVERIFY(okButton(*dialog)->isEnabled());
    }

    void editsAndSavesAProfileWithItsKeys()
    {
        auto dialog = makeDialog();
        QSignalSpy changed(dialog.get(), &Ui::SettingsDialog::profilesChanged);
        type(*dialog, "name", QStringLiteral("Bakeri Øst"));
        QCOMPARE(child<QLineEdit>(*dialog, "clientSecret")->text(), QStringLiteral("sandbox-demo-secret"));
        chooseEnvironment(*dialog, Vipps::EnvironmentKind::Test);
        // The simulator's demo keys are not carried over to Vipps' test environment.
        QCOMPARE(child<QLineEdit>(*dialog, "clientSecret")->text(), QString());
        QCOMPARE(child<QLineEdit>(*dialog, "clientId")->text(), QString());
        type(*dialog, "merchantSerialNumber", QStringLiteral("654321"));
        type(*dialog, "clientId", QStringLiteral("bakeri-client"));
        type(*dialog, "clientSecret", QStringLiteral("bakeri-secret-9f2"));
        type(*dialog, "subscriptionKey", QStringLiteral("bakeri-sub-77a"));
        type(*dialog, "systemName", QStringLiteral("bakeri-office"));
        type(*dialog, "invoiceLinkTemplate", QStringLiteral("https://bakeri.example/faktura/{number}"));
        type(*dialog, "returnUrl", QStringLiteral("https://bakeri.example/takk"));
        type(*dialog, "referencePrefix", QStringLiteral("bak"));
        child<QSpinBox>(*dialog, "maximumExpiry")->setValue(30);
        child<QSpinBox>(*dialog, "defaultExpiry")->setValue(14);
        child<QCheckBox>(*dialog, "captureAutomatically")->setChecked(false);
        QVERIFY(okButton(*dialog)->isEnabled());
        okButton(*dialog)->click();
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(changed.size(), 1);

        const auto stored = m_store->profile(QStringLiteral("Bakeri Øst"));
        QVERIFY(stored.has_value());
        QCOMPARE(stored->environment, Vipps::EnvironmentKind::Test);
        QCOMPARE(stored->merchantSerialNumber, QStringLiteral("654321"));
        QCOMPARE(stored->systemName, QStringLiteral("bakeri-office"));
        QCOMPARE(stored->invoiceLinkTemplate, QStringLiteral("https://bakeri.example/faktura/{number}"));
        QCOMPARE(stored->returnUrl, QUrl(QStringLiteral("https://bakeri.example/takk")));
        QCOMPARE(stored->referencePrefix, QStringLiteral("bak"));
        QCOMPARE(stored->maximumExpiry, std::chrono::hours(30 * 24));
        QCOMPARE(stored->defaultExpiry, std::chrono::hours(14 * 24));
        QCOMPARE(stored->captureAutomatically, false);
        QCOMPARE(m_store->currentName(), QStringLiteral("Bakeri Øst"));
        QCOMPARE(m_store->profiles().size(), 1);

        const auto keys =
            waitFor(m_credentials->load(Vipps::EnvironmentKind::Test, QStringLiteral("654321")));
        QVERIFY(keys.hasValue());
        QCOMPARE(keys->clientId, QStringLiteral("bakeri-client"));
        QCOMPARE(keys->clientSecret, QStringLiteral("bakeri-secret-9f2"));
        QCOMPARE(keys->subscriptionKey, QStringLiteral("bakeri-sub-77a"));

        QFile ini(iniFile());
        QVERIFY(ini.open(QIODevice::ReadOnly));
        const QByteArray contents = ini.readAll();
        QVERIFY(contents.contains("654321"));
        QVERIFY(!contents.contains("bakeri-secret"));
        QVERIFY(!contents.contains("bakeri-sub"));
        QVERIFY(!contents.contains("bakeri-client"));

        // Opened again, the dialog shows the keys from the keychain.
        auto again = makeDialog();
        QTRY_COMPARE(child<QLineEdit>(*again, "clientSecret")->text(), QStringLiteral("bakeri-secret-9f2"));
        QCOMPARE(child<QLineEdit>(*again, "clientId")->text(), QStringLiteral("bakeri-client"));
    }

    void addsRemovesAndChoosesProfiles()
    {
        auto dialog = makeDialog();
        auto* list = child<QListWidget>(*dialog, "profileList");
        child<QPushButton>(*dialog, "addProfile")->click();
        QCOMPARE(list->count(), 2);
        QCOMPARE(child<QLineEdit>(*dialog, "name")->text(), QStringLiteral("New profile"));
        type(*dialog, "name", QStringLiteral("Second"));
        child<QPushButton>(*dialog, "useProfile")->click();
        QCOMPARE(list->item(1)->text(), QStringLiteral("Second (in use)"));
        child<QPushButton>(*dialog, "addProfile")->click();
        QCOMPARE(child<QLineEdit>(*dialog, "name")->text(), QStringLiteral("New profile"));
        child<QPushButton>(*dialog, "removeProfile")->click();
        QCOMPARE(list->count(), 2);
        // Two profiles may not share a name.
        list->setCurrentRow(0);
        type(*dialog, "name", QStringLiteral("second"));
        QVERIFY(!okButton(*dialog)->isEnabled());
        type(*dialog, "name", QStringLiteral("First"));
        QVERIFY(okButton(*dialog)->isEnabled());
        okButton(*dialog)->click();
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        const QList<Workflows::MerchantProfile> stored = m_store->profiles();
        QCOMPARE(stored.size(), 2);
        QCOMPARE(stored.at(0).name, QStringLiteral("First"));
        QCOMPARE(stored.at(1).name, QStringLiteral("Second"));
        QCOMPARE(m_store->currentName(), QStringLiteral("Second"));
        // The demo profile, renamed, keeps the book InvoiceDesk worked in before it was saved.
        QCOMPARE(stored.at(0).bookName(), QStringLiteral("Demo"));
        QCOMPARE(stored.at(1).bookName(), QStringLiteral("Second"));

        // Renaming and removing in a second session leaves no trace of the old names.
        auto again = makeDialog();
        auto* list2 = child<QListWidget>(*again, "profileList");
        list2->setCurrentRow(0);
        child<QPushButton>(*again, "removeProfile")->click();
        type(*again, "name", QStringLiteral("Renamed"));
        okButton(*again)->click();
        QTRY_COMPARE(again->result(), int(QDialog::Accepted));
        QCOMPARE(m_store->profiles().size(), 1);
        QCOMPARE(m_store->profiles().at(0).name, QStringLiteral("Renamed"));
        QCOMPARE(m_store->currentName(), QStringLiteral("Renamed"));
        QCOMPARE(m_store->profiles().at(0).bookName(), QStringLiteral("Second")); // its invoices stay
    }

    void aNewProfileNeverSharesARenamedOnesBook()
    {
        auto dialog = makeDialog();
        type(*dialog, "name", QStringLiteral("Shop")); // the demo profile, renamed
        child<QPushButton>(*dialog, "addProfile")->click();
        type(*dialog, "name", QStringLiteral("Demo")); // a new one, with the name the first one had
        okButton(*dialog)->click();
        QTRY_COMPARE(dialog->result(), int(QDialog::Accepted));
        const auto shop = m_store->profile(QStringLiteral("Shop"));
        const auto demo = m_store->profile(QStringLiteral("Demo"));
        QVERIFY(shop && demo);
        QCOMPARE(shop->bookName(), QStringLiteral("Demo"));
        QCOMPARE(demo->bookName(), QStringLiteral("Demo 2"));
        QVERIFY(!Storage::BookPaths::sameBook(shop->bookName(), demo->bookName()));
    }

    void productionShowsARedBanner()
    {
        auto dialog = makeDialog();
        auto* banner = child<QLabel>(*dialog, "productionBanner");
        QVERIFY(!banner->isVisible());
        chooseEnvironment(*dialog, Vipps::EnvironmentKind::Production);
        QVERIFY(banner->isVisible());
        QCOMPARE(banner->text(), QStringLiteral("Production: real money"));
        QVERIFY(banner->styleSheet().contains(QStringLiteral("#c62828")));
        chooseEnvironment(*dialog, Vipps::EnvironmentKind::Test);
        QVERIFY(!banner->isVisible());
    }

    void anInvalidPrefixDisablesOk()
    {
        auto dialog = makeDialog();
        type(*dialog, "referencePrefix", QStringLiteral("inv_1"));
        QVERIFY(!okButton(*dialog)->isEnabled());
        auto* problem = child<QLabel>(
            *dialog,
            qPrintable(QStringLiteral("problem_%1").arg(int(Profiles::ProfileField::ReferencePrefix))));
        QVERIFY(problem->isVisible());
        QVERIFY(problem->text().contains(QStringLiteral("reference prefix")));
        okButton(*dialog)->click(); // disabled: nothing happens
        QVERIFY(m_store->profiles().isEmpty());
        type(*dialog, "referencePrefix", QStringLiteral("inv-1"));
        QVERIFY(okButton(*dialog)->isEnabled());
        QVERIFY(!problem->isVisible());
        // A non-sandbox profile without an MSN is refused too, next to the MSN field.
        chooseEnvironment(*dialog, Vipps::EnvironmentKind::Production);
        type(*dialog, "merchantSerialNumber", QStringLiteral("12ab"));
        QVERIFY(!okButton(*dialog)->isEnabled());
        QVERIFY(child<QLabel>(
                    *dialog,
                    qPrintable(
                        QStringLiteral("problem_%1").arg(int(Profiles::ProfileField::MerchantSerialNumber))))
                    ->isVisible());
    }

    void testsTheConnectionAgainstTheSandbox()
    {
        auto dialog = makeDialog();
        auto* status = child<QLabel>(*dialog, "status");
        auto* test = child<QPushButton>(*dialog, "testConnection");
        test->click();
        QTRY_COMPARE_WITH_TIMEOUT(status->text(), QStringLiteral("Connected: Vipps accepted the keys."),
                                  10000);
        QCOMPARE(status->property("problem").toBool(), false);

        type(*dialog, "clientSecret", QStringLiteral("not-the-secret"));
        test->click();
        Vipps::Error refused(Vipps::Error::Kind::Authentication, {});
        refused.setEnvironment(Vipps::EnvironmentKind::Sandbox);
        QTRY_VERIFY_WITH_TIMEOUT(status->property("problem").toBool(), 10000);
        // The staff message, then what Vipps said and the trace id for support.
        QVERIFY2(status->text().startsWith(refused.message()), qPrintable(status->text()));
        QVERIFY(status->text().contains(QStringLiteral("Trace id")));
        QCOMPARE(status->property("problem").toBool(), true);
        QVERIFY(test->isEnabled());
    }

    void withoutAKeychainKeepsTheKeysInMemoryAndSaysSo()
    {
        NoKeychain none;
        Credentials::MerchantCredentials credentials(none);
        Ui::SettingsDialog dialog(*m_store, credentials, m_network, m_clock,
                                  [this] { return m_sandbox->baseUrl(); });
        dialog.show();
        QSignalSpy finished(&dialog, &Ui::SettingsDialog::saveFinished);
        chooseEnvironment(dialog, Vipps::EnvironmentKind::Test);
        type(dialog, "merchantSerialNumber", QStringLiteral("555000"));
        type(dialog, "clientId", QStringLiteral("id-555"));
        type(dialog, "clientSecret", QStringLiteral("secret-555"));
        type(dialog, "subscriptionKey", QStringLiteral("sub-555"));
        okButton(dialog)->click();
        QTRY_VERIFY(!finished.isEmpty());
        QCOMPARE(finished.size(), 1);
        QVERIFY(dialog.isVisible()); // stays open so that staff read the message
        const Credentials::CredentialError expected(Credentials::CredentialError::Kind::NoBackend);
        QCOMPARE(child<QLabel>(dialog, "status")->text(), expected.message());
        QVERIFY(credentials.isMemoryOnly());
        QVERIFY(m_store->profile(QStringLiteral("Demo")).has_value());
        const auto keys = waitFor(credentials.load(Vipps::EnvironmentKind::Test, QStringLiteral("555000")));
        QVERIFY(keys.hasValue());
        QCOMPARE(keys->clientSecret, QStringLiteral("secret-555"));
        // Nothing left to write: OK now closes.
        okButton(dialog)->click();
        QTRY_COMPARE(dialog.result(), int(QDialog::Accepted));
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
