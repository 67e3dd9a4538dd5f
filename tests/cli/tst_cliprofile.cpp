// SPDX-License-Identifier: GPL-3.0-or-later
// invoicedesk-cli --profile reads the merchant's keys from the real Secret Service.
#include "clirunner.h"
#include "credentials/keychainstore.h"
#include "credentials/merchantcredentials.h"

using namespace InvoiceDesk;

class TestCliProfile : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void keysComeFromTheKeychain()
    {
        CliRunner cli;
        for (const char* name : {"INVOICEDESK_CLIENT_ID", "INVOICEDESK_CLIENT_SECRET",
                                 "INVOICEDESK_SUBSCRIPTION_KEY", "INVOICEDESK_MSN"})
            cli.environment.remove(QString::fromLatin1(name));
        const auto keys = cli.sandbox.demoMerchant();
        const QStringList profile{QStringLiteral("--profile"), QStringLiteral("demo"),
                                  QStringLiteral("--msn"), keys.merchantSerialNumber};

        // Nothing saved yet: the user is told, and nothing is sent.
        const CliRun missing = cli.run(profile + QStringList{QStringLiteral("token")});
        QCOMPARE(missing.exitCode, 2);
        QVERIFY2(missing.err.contains(QStringLiteral("not saved")), qPrintable(missing.err));

        Credentials::KeychainStore store;
        Credentials::MerchantCredentials credentials(store);
        auto saved = credentials.save(Vipps::EnvironmentKind::Sandbox, keys);
        QVERIFY(QTest::qWaitFor([&] { return saved.isFinished(); }, 20000));
        QVERIFY(saved.result().hasValue());

        const CliRun token =
            cli.run(profile + QStringList{QStringLiteral("--json"), QStringLiteral("token")});
        QCOMPARE(token.exitCode, 0);
        QCOMPARE(token.json().value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));

        auto removed = credentials.remove(Vipps::EnvironmentKind::Sandbox, keys.merchantSerialNumber);
        QVERIFY(QTest::qWaitFor([&] { return removed.isFinished(); }, 20000));
    }
};

QTEST_GUILESS_MAIN(TestCliProfile)
#include "tst_cliprofile.moc"
