// SPDX-License-Identifier: GPL-3.0-or-later
// Runs against the real Secret Service (./dev test starts an unlocked gnome-keyring).
#include "credentials/keychainstore.h"
#include "credentials/merchantcredentials.h"

#include <QSignalSpy>
#include <qt6keychain/keychain.h>
#include <QTest>
#include <QUuid>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Credentials;
using Vipps::EnvironmentKind;

namespace {

template<class T>
T await(QFuture<T> future)
{
    if (!QTest::qWaitFor([&] { return future.isFinished(); }, 20000))
        qFatal("keychain operation did not finish");
    return future.result();
}

// A fresh merchant serial number per test, so runs never see each other's entries.
QString uniqueMsn()
{
    return QString::number(100000 + QUuid::createUuid().data1 % 899999);
}

} // namespace

class TestKeychainStore : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void writeReadAndRemoveRoundTrip()
    {
        KeychainStore store;
        const SecretName name{EnvironmentKind::Test, uniqueMsn(), SecretKind::ClientSecret};
        const auto written = await(store.write(name, QStringLiteral("s3cret-æøå")));
        QVERIFY2(written.hasValue(), written.hasValue() ? "" : qPrintable(written.error().detail()));

        const auto read = await(store.read(name));
        QVERIFY(read.hasValue());
        QCOMPARE(read.value(), QStringLiteral("s3cret-æøå"));

        QVERIFY(await(store.remove(name)).hasValue());
        const auto gone = await(store.read(name));
        QVERIFY(!gone.hasValue());
        QCOMPARE(gone.error().kind(), CredentialError::Kind::NotFound);
    }

    void readingAMissingEntryIsNotFound()
    {
        KeychainStore store;
        const auto read = await(store.read({EnvironmentKind::Production, uniqueMsn(), SecretKind::ClientId}));
        QVERIFY(!read.hasValue());
        QCOMPARE(read.error().kind(), CredentialError::Kind::NotFound);
        QVERIFY(read.error().message().contains(QStringLiteral("not saved")));
    }

    void removingAMissingEntrySucceeds()
    {
        KeychainStore store;
        QVERIFY(await(store.remove({EnvironmentKind::Sandbox, uniqueMsn(), SecretKind::SubscriptionKey}))
                    .hasValue());
    }

    void entriesAreNamespacedByEnvironmentAndMsn()
    {
        KeychainStore store;
        const QString msn = uniqueMsn();
        const SecretName test{EnvironmentKind::Test, msn, SecretKind::ClientSecret};
        const SecretName production{EnvironmentKind::Production, msn, SecretKind::ClientSecret};
        QVERIFY(await(store.write(test, QStringLiteral("test-secret"))).hasValue());
        QVERIFY(await(store.write(production, QStringLiteral("production-secret"))).hasValue());
        QCOMPARE(await(store.read(test)).value(), QStringLiteral("test-secret"));
        QCOMPARE(await(store.read(production)).value(), QStringLiteral("production-secret"));
        const auto otherMsn =
            await(store.read({EnvironmentKind::Test, msn + QStringLiteral("9"), SecretKind::ClientSecret}));
        QCOMPARE(otherMsn.error().kind(), CredentialError::Kind::NotFound);
        await(store.remove(test));
        await(store.remove(production));
    }

    void merchantCredentialsSaveLoadAndRemove()
    {
        KeychainStore store;
        MerchantCredentials credentials(store);
        QSignalSpy unavailable(&credentials, &MerchantCredentials::keychainUnavailable);
        const Vipps::MerchantKeys keys{uniqueMsn(), QStringLiteral("client-id-1"), QStringLiteral("secret-1"),
                                       QStringLiteral("subscription-1")};
        QVERIFY(await(credentials.save(EnvironmentKind::Test, keys)).hasValue());
        QVERIFY(!credentials.isMemoryOnly());

        const auto loaded = await(credentials.load(EnvironmentKind::Test, keys.merchantSerialNumber));
        QVERIFY(loaded.hasValue());
        QCOMPARE(loaded->clientId, keys.clientId);
        QCOMPARE(loaded->clientSecret, keys.clientSecret);
        QCOMPARE(loaded->subscriptionKey, keys.subscriptionKey);
        QCOMPARE(loaded->merchantSerialNumber, keys.merchantSerialNumber);

        // The secrets are really in the keychain, under the documented names.
        const auto direct = await(
            store.read({EnvironmentKind::Test, keys.merchantSerialNumber, SecretKind::SubscriptionKey}));
        QCOMPARE(direct.value(), keys.subscriptionKey);

        // Another environment with the same MSN has nothing.
        const auto production =
            await(credentials.load(EnvironmentKind::Production, keys.merchantSerialNumber));
        QCOMPARE(production.error().kind(), CredentialError::Kind::NotFound);

        QVERIFY(await(credentials.remove(EnvironmentKind::Test, keys.merchantSerialNumber)).hasValue());
        const auto afterRemove = await(credentials.load(EnvironmentKind::Test, keys.merchantSerialNumber));
        QCOMPARE(afterRemove.error().kind(), CredentialError::Kind::NotFound);
        QCOMPARE(unavailable.count(), 0);
    }

    void everyKeychainErrorMapsToAKind()
    {
        QVERIFY(!KeychainStore::errorFromKeychain(QKeychain::NoError, {}));
        QCOMPARE(KeychainStore::errorFromKeychain(QKeychain::EntryNotFound, {})->kind(),
                 CredentialError::Kind::NotFound);
        QCOMPARE(KeychainStore::errorFromKeychain(QKeychain::AccessDenied, {})->kind(),
                 CredentialError::Kind::AccessDenied);
        QCOMPARE(KeychainStore::errorFromKeychain(QKeychain::AccessDeniedByUser, {})->kind(),
                 CredentialError::Kind::AccessDenied);
        QCOMPARE(KeychainStore::errorFromKeychain(QKeychain::NoBackendAvailable, {})->kind(),
                 CredentialError::Kind::NoBackend);
        QCOMPARE(KeychainStore::errorFromKeychain(QKeychain::NotImplemented, {})->kind(),
                 CredentialError::Kind::NoBackend);
        const auto other =
            KeychainStore::errorFromKeychain(QKeychain::OtherError, QStringLiteral("D-Bus went away"));
        QCOMPARE(other->kind(), CredentialError::Kind::Other);
        QVERIFY(other->message().contains(QStringLiteral("D-Bus went away")));
        // What QtKeychain says on Linux when no session bus or Secret Service is running.
        QCOMPARE(KeychainStore::errorFromKeychain(
                     QKeychain::OtherError, QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY"))
                     ->kind(),
                 CredentialError::Kind::NoBackend);
        QCOMPARE(KeychainStore::errorFromKeychain(QKeychain::CouldNotDeleteEntry, {})->kind(),
                 CredentialError::Kind::Other);
        for (auto kind : {CredentialError::Kind::NotFound, CredentialError::Kind::AccessDenied,
                          CredentialError::Kind::NoBackend, CredentialError::Kind::Other})
            QVERIFY(!CredentialError(kind).message().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
