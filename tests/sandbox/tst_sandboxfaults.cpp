// SPDX-License-Identifier: GPL-3.0-or-later
// Fault injection over real HTTP: injected statuses, a malformed body, added latency on the clock, and
// dropped connections before and after the request was applied.
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Sandbox;
using namespace std::chrono_literals;

class TestSandboxFaults : public QObject {
    Q_OBJECT

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

private Q_SLOTS:
    void init()
    {
        clock = std::make_unique<ManualClock>();
        server = std::make_unique<SandboxServer>(*clock);
        QVERIFY(server->listen(0));
        client = std::make_unique<SandboxTestClient>(server->baseUrl(), server->demoMerchant());
        QVERIFY(!client->token().isEmpty());
    }

    void cleanup()
    {
        client.reset();
        server.reset();
        clock.reset();
    }

    void serverErrorAppliesNothing()
    {
        server->faults().failNext(QStringLiteral("create"), FaultKind::Status, 1, 503);
        const QJsonObject body = SandboxTestClient::pushPayment(QStringLiteral("fault-5xx-1"));
        const auto failed = client->create(body, "fault-5xx-key");
        QCOMPARE(failed.status, 503);
        QCOMPARE(failed.contentType, QByteArrayLiteral("application/problem+json"));
        QVERIFY(!server->payment(QStringLiteral("fault-5xx-1")));
        const auto retried = client->create(body, "fault-5xx-key");
        QCOMPARE(retried.status, 201);
        QVERIFY(server->payment(QStringLiteral("fault-5xx-1")));
    }

    void lockedAndTooManyRequests()
    {
        QCOMPARE(client->create(SandboxTestClient::pushPayment(QStringLiteral("fault-423-1"))).status, 201);
        QVERIFY(server->approve(QStringLiteral("fault-423-1"), {}, true));
        server->faults().failNext(QStringLiteral("capture"), FaultKind::Status, 1, 423);
        QCOMPARE(
            client->modify(QStringLiteral("fault-423-1"), QStringLiteral("capture"), 100, "cap-423").status,
            423);
        QCOMPARE(server->payment(QStringLiteral("fault-423-1"))->capturedAmount, 0);
        QCOMPARE(
            client->modify(QStringLiteral("fault-423-1"), QStringLiteral("capture"), 100, "cap-423").status,
            200);
        QCOMPARE(server->payment(QStringLiteral("fault-423-1"))->capturedAmount, 100);

        server->faults().failNext(QStringLiteral("get"), FaultKind::Status, 1, 429);
        const auto limited = client->get(QStringLiteral("fault-423-1"));
        QCOMPARE(limited.status, 429);
        QVERIFY(limited.headers.contains("retry-after"));
        QCOMPARE(client->get(QStringLiteral("fault-423-1")).status, 200);
    }

    void malformedBody()
    {
        QCOMPARE(client->create(SandboxTestClient::pushPayment(QStringLiteral("fault-bad-body"))).status,
                 201);
        server->faults().failNext(QStringLiteral("get"), FaultKind::Malformed);
        const auto reply = client->get(QStringLiteral("fault-bad-body"));
        QCOMPARE(reply.status, 200);
        QVERIFY(!reply.body.isEmpty());
        QVERIFY(!reply.isJson());
        QVERIFY(client->get(QStringLiteral("fault-bad-body")).isJson());
    }

    void dropBeforeApplyLeavesNoPayment()
    {
        // Several in a row, so the client's own reconnect-and-resend cannot get through either.
        server->faults().failNext(QStringLiteral("create"), FaultKind::DropBeforeApply, 5);
        const auto reply =
            client->create(SandboxTestClient::pushPayment(QStringLiteral("fault-drop-before")));
        QVERIFY(reply.finished);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(reply.status, 0);
        QVERIFY(!server->payment(QStringLiteral("fault-drop-before")));
        QVERIFY(server->payments().isEmpty());
    }

    void dropAfterApplyLeavesThePayment()
    {
        server->faults().failNext(QStringLiteral("create"), FaultKind::DropAfterApply, 5);
        const QJsonObject body = SandboxTestClient::pushPayment(QStringLiteral("fault-drop-after"));
        const auto reply = client->create(body, "drop-after-key");
        QVERIFY(reply.finished);
        QVERIFY(reply.error != QNetworkReply::NoError);
        QCOMPARE(reply.status, 0);
        QVERIFY(
            server->payment(QStringLiteral("fault-drop-after"))); // applied, though the client never heard
        server->faults().clear();
        // A careful client retries with the same key and gets the original answer; nothing doubles.
        const auto retried = client->create(body, "drop-after-key");
        QCOMPARE(retried.status, 201);
        QCOMPARE(server->payments().size(), 1);
        // A careless client with a new key is told the reference exists.
        QCOMPARE(client->create(body).errorCode(), QStringLiteral("4150"));
    }

    void latencyRunsOnTheClock()
    {
        FaultRule slow;
        slow.endpoint = QStringLiteral("get");
        slow.kind = FaultKind::Latency;
        slow.latency = 5s;
        server->faults().add(slow);
        QCOMPARE(clock->pendingCount(), 0);
        QNetworkRequest request(
            server->baseUrl().resolved(QUrl(QStringLiteral("/epayment/v1/payments/not-there-1"))));
        for (const auto& [name, value] : client->apiHeaders())
            request.setRawHeader(name, value);
        QNetworkReply* reply = client->network().get(request);
        QTRY_COMPARE(clock->pendingCount(), 1); // the request arrived and waits on the clock
        QVERIFY(!reply->isFinished());
        clock->advance(4s);
        QVERIFY(!reply->isFinished());
        clock->advance(1s);
        QTRY_VERIFY(reply->isFinished());
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 404);
        reply->deleteLater();
    }

    void probabilityIsReproducibleWithASeed()
    {
        const auto run = [this]() {
            server->faults().clear();
            const auto added = server->faults().addSpec(QStringLiteral("seed=7,events:500:p=0.5"));
            if (!added)
                qWarning() << added.error();
            QList<int> statuses;
            for (int i = 0; i < 16; ++i)
                statuses << client->events(QStringLiteral("no-such-payment")).status;
            return statuses;
        };
        server->setRateLimits(5, 1000);
        const QList<int> first = run();
        const QList<int> second = run();
        QCOMPARE(second, first);
        QVERIFY(first.contains(500));
        QVERIFY(first.contains(404));
    }

    void specsAreChecked()
    {
        QVERIFY(!server->faults().addSpec(QStringLiteral("create:sometimes")));
        QVERIFY(!server->faults().addSpec(QStringLiteral("create:500:p=2")));
        QVERIFY(server->faults().addSpec(QStringLiteral("create:drop-after:next=2,*:latency=100")));
        QCOMPARE(server->faults().toJson().size(), 2);
    }

    void controlApiSetsFaults()
    {
        const auto set =
            client->send("POST", QStringLiteral("/sandbox/faults"), R"({"spec":"token:502:next=1"})");
        QCOMPARE(set.status, 200);
        QCOMPARE(set.json().value(QStringLiteral("rules")).toArray().size(), 1);
        QCOMPARE(client->fetchToken().status, 502);
        QCOMPARE(client->fetchToken().status, 200);
        QCOMPARE(client->send("POST", QStringLiteral("/sandbox/faults"), R"({"spec":"nonsense"})").status,
                 400);
        QCOMPARE(client->send("DELETE", QStringLiteral("/sandbox/faults")).status, 204);
    }
};

QTEST_GUILESS_MAIN(TestSandboxFaults)
#include "tst_sandboxfaults.moc"
