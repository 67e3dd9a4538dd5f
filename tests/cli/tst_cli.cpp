// SPDX-License-Identifier: GPL-3.0-or-later
// invoicedesk-cli as scripts use it: a child process talking to the sandbox over loopback HTTP.
#include "clirunner.h"

#include <QJsonArray>
#include <QTemporaryDir>

using namespace InvoiceDesk;

class TestCli : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void tokenPrintsExpiryButNeverTheToken()
    {
        CliRunner cli;
        const CliRun text = cli.run({QStringLiteral("token")});
        QCOMPARE(text.exitCode, 0);
        QVERIFY(text.out.contains(QStringLiteral("valid until")));
        const CliRun json = cli.run({QStringLiteral("--json"), QStringLiteral("token")});
        QCOMPARE(json.exitCode, 0);
        QCOMPARE(json.json().value(QStringLiteral("tokenType")).toString(), QStringLiteral("Bearer"));
        QVERIFY(json.json().value(QStringLiteral("expiresIn")).toInt() > 0);
        QVERIFY(!json.out.contains(QStringLiteral("access_token")));
        QVERIFY(!json.out.contains(QStringLiteral("eyJ")));
        QVERIFY(!json.err.contains(cli.sandbox.demoMerchant().clientSecret));
    }

    void pushFlowFromCreateToRefund()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const QString receiptFile = dir.filePath(QStringLiteral("receipt.json"));
        QFile file(receiptFile);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(
            R"({"orderLines":[{"name":"Timer","id":"L1","totalAmount":125000,"totalAmountExcludingTax":100000,
            "totalTaxAmount":25000,"taxRate":2500}],"bottomLine":{"currency":"NOK","receiptNumber":"123"}})");
        file.close();
        const QString expiresAt = cli.clock.now().addDays(3).toString(Qt::ISODate);
        const CliRun created =
            cli.run({QStringLiteral("--json"), QStringLiteral("payment"), QStringLiteral("create"),
                     QStringLiteral("--reference"), QStringLiteral("cli-inv-0001"),
                     QStringLiteral("--amount"), QStringLiteral("125000"), QStringLiteral("--flow"),
                     QStringLiteral("push"), QStringLiteral("--phone"), QStringLiteral("4791234567"),
                     QStringLiteral("--expires-at"), expiresAt, QStringLiteral("--receipt"), receiptFile,
                     QStringLiteral("--description"), QStringLiteral("Faktura 1")});
        QCOMPARE(created.exitCode, 0);
        QCOMPARE(created.json().value(QStringLiteral("reference")).toString(),
                 QStringLiteral("cli-inv-0001"));
        QCOMPARE(created.json().value(QStringLiteral("idempotencyKey")).toString(),
                 QStringLiteral("create-cli-inv-0001"));
        QCOMPARE(cli.sandbox.payment(QStringLiteral("cli-inv-0001"))->amount, 125000);

        const CliRun approved =
            cli.run({QStringLiteral("payment"), QStringLiteral("approve"), QStringLiteral("cli-inv-0001"),
                     QStringLiteral("--phone"), QStringLiteral("4791234567")});
        QCOMPARE(approved.exitCode, 0);
        const CliRun got = cli.run({QStringLiteral("--json"), QStringLiteral("payment"),
                                    QStringLiteral("get"), QStringLiteral("cli-inv-0001")});
        QCOMPARE(got.exitCode, 0);
        QCOMPARE(got.json().value(QStringLiteral("state")).toString(), QStringLiteral("AUTHORIZED"));

        QCOMPARE(
            cli.run({QStringLiteral("payment"), QStringLiteral("capture"), QStringLiteral("cli-inv-0001"),
                     QStringLiteral("--amount"), QStringLiteral("125000")})
                .exitCode,
            0);
        const CliRun refunded =
            cli.run({QStringLiteral("--json"), QStringLiteral("payment"), QStringLiteral("refund"),
                     QStringLiteral("cli-inv-0001"), QStringLiteral("--amount"), QStringLiteral("25000")});
        QCOMPARE(refunded.exitCode, 0);
        QCOMPARE(refunded
                     .json()[QStringLiteral("aggregate")][QStringLiteral("refundedAmount")]
                            [QStringLiteral("value")]
                     .toInt(),
                 25000);
        const CliRun events = cli.run({QStringLiteral("--json"), QStringLiteral("payment"),
                                       QStringLiteral("events"), QStringLiteral("cli-inv-0001")});
        QCOMPARE(events.exitCode, 0);
        QCOMPARE(events.json().value(QStringLiteral("events")).toArray().size(), 4);
    }

    void refusalByVippsExitsWithOne()
    {
        CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("payment"), QStringLiteral("create"), QStringLiteral("--reference"),
                          QStringLiteral("cli-inv-0002"), QStringLiteral("--amount"), QStringLiteral("1000"),
                          QStringLiteral("--flow"), QStringLiteral("qr")})
                     .exitCode,
                 0);
        const CliRun capture =
            cli.run({QStringLiteral("--json"), QStringLiteral("payment"), QStringLiteral("capture"),
                     QStringLiteral("cli-inv-0002"), QStringLiteral("--amount"), QStringLiteral("1000")});
        QCOMPARE(capture.exitCode, 1);
        const QJsonObject error = capture.json().value(QStringLiteral("error")).toObject();
        QCOMPARE(error.value(QStringLiteral("kind")).toString(), QStringLiteral("domain"));
        QVERIFY(error.value(QStringLiteral("vippsCode")).toInt() > 0);
        QVERIFY(!error.value(QStringLiteral("message")).toString().isEmpty());

        const CliRun missing =
            cli.run({QStringLiteral("payment"), QStringLiteral("get"), QStringLiteral("cli-nothing-1")});
        QCOMPARE(missing.exitCode, 1);
        QVERIFY(!missing.err.isEmpty());
    }

    void badUsageExitsWithTwo()
    {
        CliRunner cli;
        QCOMPARE(cli.run({}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("payment"), QStringLiteral("fly")}).exitCode, 2);
        QCOMPARE(cli.run({QStringLiteral("payment"), QStringLiteral("get")}).exitCode, 2);
        QCOMPARE(
            cli.run({QStringLiteral("payment"), QStringLiteral("capture"), QStringLiteral("cli-inv-0003"),
                     QStringLiteral("--amount"), QStringLiteral("12.50")})
                .exitCode,
            2);
        QCOMPARE(cli.run({QStringLiteral("payment"), QStringLiteral("get"), QStringLiteral("cli-inv-0003"),
                          QStringLiteral("--colour"), QStringLiteral("blue")})
                     .exitCode,
                 2);
        const CliRun push = cli.run(
            {QStringLiteral("--json"), QStringLiteral("payment"), QStringLiteral("create"),
             QStringLiteral("--reference"), QStringLiteral("cli-inv-0003"), QStringLiteral("--amount"),
             QStringLiteral("100"), QStringLiteral("--flow"), QStringLiteral("push")});
        QCOMPARE(push.exitCode, 2); // push without a phone number
        QCOMPARE(push.json()[QStringLiteral("error")][QStringLiteral("kind")].toString(),
                 QStringLiteral("usage"));
        QVERIFY(cli.sandbox.payments().isEmpty());
        QCOMPARE(cli.run({QStringLiteral("--help")}).exitCode, 0);

        CliRunner noKeys;
        noKeys.environment.remove(QStringLiteral("INVOICEDESK_CLIENT_SECRET"));
        QCOMPARE(noKeys.run({QStringLiteral("token")}).exitCode, 2);
        CliRunner remote;
        remote.environment.insert(QStringLiteral("INVOICEDESK_BASE_URL"),
                                  QStringLiteral("http://vipps.example.com"));
        QCOMPARE(remote.run({QStringLiteral("token")}).exitCode, 2);
    }

    void transportFailureExitsWithThree()
    {
        CliRunner cli;
        // A loopback port nobody listens on: the connection is refused on every attempt.
        cli.environment.insert(QStringLiteral("INVOICEDESK_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
        const CliRun run = cli.run({QStringLiteral("--json"), QStringLiteral("token")});
        QCOMPARE(run.exitCode, 3);
        QCOMPARE(run.json()[QStringLiteral("error")][QStringLiteral("kind")].toString(),
                 QStringLiteral("network"));
    }

    void wrongKeysAreARefusal()
    {
        CliRunner cli;
        cli.environment.insert(QStringLiteral("INVOICEDESK_CLIENT_SECRET"), QStringLiteral("not-the-secret"));
        const CliRun run = cli.run({QStringLiteral("token")});
        QCOMPARE(run.exitCode, 1);
        QVERIFY(run.err.contains(QStringLiteral("did not accept the API keys")));
        QVERIFY(!run.err.contains(QStringLiteral("not-the-secret")));
    }

    void categoryAndUserinfo()
    {
        CliRunner cli;
        QCOMPARE(cli.run({QStringLiteral("category"), QStringLiteral("set"), QStringLiteral("cli-inv-0004"),
                          QStringLiteral("--url"), QStringLiteral("https://example.com/invoice/4")})
                     .exitCode,
                 0);
        const CliRun order = cli.run({QStringLiteral("--json"), QStringLiteral("category"),
                                      QStringLiteral("get"), QStringLiteral("cli-inv-0004")});
        QCOMPARE(order.json().value(QStringLiteral("category")).toString(), QStringLiteral("GENERAL"));

        QCOMPARE(cli.run({QStringLiteral("payment"), QStringLiteral("create"), QStringLiteral("--reference"),
                          QStringLiteral("cli-inv-0004"), QStringLiteral("--amount"), QStringLiteral("1000"),
                          QStringLiteral("--flow"), QStringLiteral("qr"), QStringLiteral("--scope"),
                          QStringLiteral("phoneNumber")})
                     .exitCode,
                 0);
        QVERIFY(cli.sandbox.approve(QStringLiteral("cli-inv-0004"), QStringLiteral("4791234567"), true)
                    .hasValue());
        const QString sub = cli.sandbox.payment(QStringLiteral("cli-inv-0004"))->sub;
        QVERIFY(!sub.isEmpty());
        const CliRun user = cli.run({QStringLiteral("--json"), QStringLiteral("userinfo"), sub});
        QCOMPARE(user.exitCode, 0);
        QCOMPARE(user.json().value(QStringLiteral("phone_number")).toString(), QStringLiteral("4791234567"));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
