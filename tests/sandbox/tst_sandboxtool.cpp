// SPDX-License-Identifier: GPL-3.0-or-later
// invoicedesk-sandbox as a separate process: the hello line, serving the API, the control API's clock,
// --faults, --record, a clean exit on SIGTERM, and its state file across runs.
#include "sandboxtestclient.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

class TestSandboxTool : public QObject {
    Q_OBJECT

    struct Running {
        std::unique_ptr<QProcess> process;
        QJsonObject hello;
    };

    static Running start(const QStringList& arguments)
    {
        Running running{std::make_unique<QProcess>(), {}};
        running.process->setProgram(QStringLiteral(INVOICEDESK_SANDBOX_TOOL));
        running.process->setArguments(arguments);
        running.process->start();
        if (!running.process->waitForStarted(10000))
            return running;
        while (!running.process->canReadLine() && running.process->waitForReadyRead(10000)) {
        }
        running.hello = QJsonDocument::fromJson(running.process->readLine()).object();
        return running;
    }

    static InvoiceDesk::Vipps::MerchantKeys keysOf(const QJsonObject& hello)
    {
        return {hello.value(QStringLiteral("msn")).toString(),
                hello.value(QStringLiteral("clientId")).toString(),
                hello.value(QStringLiteral("clientSecret")).toString(),
                hello.value(QStringLiteral("subscriptionKey")).toString()};
    }

private Q_SLOTS:
    void servesUntilTerminatedAndKeepsState()
    {
        QTemporaryDir dir;
        const QString state = dir.filePath(QStringLiteral("state.sqlite"));
        const QString record = dir.filePath(QStringLiteral("record.jsonl"));
        Running first = start({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"),
                               state, QStringLiteral("--record"), record, QStringLiteral("--faults"),
                               QStringLiteral("get:503:next=1")});
        const QUrl baseUrl(first.hello.value(QStringLiteral("baseUrl")).toString());
        QCOMPARE(baseUrl.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(baseUrl.port() > 0);
        QCOMPARE(first.hello.value(QStringLiteral("msn")).toString(), QStringLiteral("123456"));

        SandboxTestClient client(baseUrl, keysOf(first.hello));
        QCOMPARE(client.create(SandboxTestClient::pushPayment(QStringLiteral("tool-run-1"))).status, 201);
        QCOMPARE(client.get(QStringLiteral("tool-run-1")).status, 503); // --faults
        QCOMPARE(client.send("POST", QStringLiteral("/sandbox/payments/tool-run-1/approve"), "{}").status,
                 200);
        QCOMPARE(client.get(QStringLiteral("tool-run-1")).state(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(client.create(SandboxTestClient::pushPayment(QStringLiteral("tool-run-2"))).status, 201);
        // Standalone time is system time plus an offset that scripts can grow.
        QCOMPARE(client.send("POST", QStringLiteral("/sandbox/clock/advance"), "{\"seconds\":601}").status,
                 200);
        QCOMPARE(client.send("GET", QStringLiteral("/sandbox/payments/tool-run-2"))
                     .json()
                     .value(QStringLiteral("state")),
                 QStringLiteral("EXPIRED"));

        first.process->terminate(); // SIGTERM
        QVERIFY(first.process->waitForFinished(10000));
        QCOMPARE(first.process->exitStatus(), QProcess::NormalExit);
        QCOMPARE(first.process->exitCode(), 0);

        QFile recorded(record);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        const QByteArray lines = recorded.readAll();
        QCOMPARE(lines.count('\n'),
                 5); // token, create, get (503), get, create; the control API is not recorded
        QVERIFY(!lines.contains("sandbox-demo-secret"));

        Running second = start({QStringLiteral("--state"), state});
        SandboxTestClient again(QUrl(second.hello.value(QStringLiteral("baseUrl")).toString()),
                                keysOf(second.hello));
        QCOMPARE(again.get(QStringLiteral("tool-run-1")).state(), QStringLiteral("AUTHORIZED"));
        second.process->terminate();
        QVERIFY(second.process->waitForFinished(10000));
        QCOMPARE(second.process->exitCode(), 0);
    }

    void refusesBadArguments()
    {
        QProcess process;
        process.start(QStringLiteral(INVOICEDESK_SANDBOX_TOOL),
                      {QStringLiteral("--faults"), QStringLiteral("create:maybe")});
        QVERIFY(process.waitForFinished(10000));
        QCOMPARE(process.exitCode(), 2);
        QVERIFY(process.readAllStandardOutput().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestSandboxTool)
#include "tst_sandboxtool.moc"
