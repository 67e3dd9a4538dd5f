// SPDX-License-Identifier: GPL-3.0-or-later
// A run with no reachable keychain service at all: the session bus address points nowhere, as on
// a machine without a Secret Service. The keys must stay usable in memory and the user be told.
#include "credentials/keychainstore.h"
#include "credentials/merchantcredentials.h"

#include <QSignalSpy>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Credentials;
using Vipps::EnvironmentKind;

namespace {

template<class T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
        qFatal("keychain operation did not finish");
    return future.result();
}

} // namespace

class TestNoKeychain : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void readWithoutBackendIsAnErrorValue()
    {
        KeychainStore store;
        const auto read =
            await(store.read({EnvironmentKind::Test, QStringLiteral("123456"), SecretKind::ClientId}));
        QVERIFY(!read.hasValue());
        QVERIFY2(read.error().kind() == CredentialError::Kind::NoBackend, qPrintable(read.error().detail()));
        QVERIFY(read.error().message().contains(QStringLiteral("No system keychain")));
    }

    void saveWithoutBackendKeepsKeysInMemoryAndSaysSo()
    {
        KeychainStore store;
        MerchantCredentials credentials(store);
        QSignalSpy unavailable(&credentials, &MerchantCredentials::keychainUnavailable);
        const Vipps::MerchantKeys keys{QStringLiteral("123456"), QStringLiteral("id"),
                                       QStringLiteral("secret"), QStringLiteral("subscription")};
        const auto saved = await(credentials.save(EnvironmentKind::Test, keys));
        QVERIFY(!saved.hasValue());
        QCOMPARE(saved.error().kind(), CredentialError::Kind::NoBackend);
        QVERIFY(saved.error().message().contains(QStringLiteral("kept in memory")));
        QVERIFY(credentials.isMemoryOnly());
        QCOMPARE(unavailable.count(), 1);

        const auto loaded = await(credentials.load(EnvironmentKind::Test, keys.merchantSerialNumber));
        QVERIFY(loaded.hasValue());
        QCOMPARE(loaded->clientSecret, keys.clientSecret);
        QCOMPARE(loaded->subscriptionKey, keys.subscriptionKey);
    }
};

int main(int argc, char** argv)
{
    // Before anything touches D-Bus: a bus address that cannot be reached, and no X11 to autolaunch one.
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/invoicedesk-no-bus");
    qunsetenv("DISPLAY");
    QCoreApplication app(argc, argv);
    TestNoKeychain test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_nokeychain.moc"
