// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's access token and ePayment contract over real loopback HTTP: tokens, the state machine,
// idempotency and rate limits.
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QSignalSpy>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Sandbox;
using namespace std::chrono_literals;

class TestSandboxEPayment : public QObject {
    Q_OBJECT

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

    MerchantSettings otherMerchant()
    {
        MerchantSettings settings;
        settings.keys = {QStringLiteral("654321"), QStringLiteral("other-client"),
                         QStringLiteral("other-secret"), QStringLiteral("other-subscription")};
        settings.currency = QStringLiteral("DKK");
        return settings;
    }

    QString createPush(const QString& reference, qint64 value = 12500)
    {
        const auto created = client->create(SandboxTestClient::pushPayment(reference, value));
        if (created.status != 201)
            qWarning() << created.body;
        return created.json().value(QStringLiteral("reference")).toString();
    }

    QString createAuthorized(const QString& reference, qint64 value = 12500)
    {
        createPush(reference, value);
        const auto approved = client->forceApprove(reference, QStringLiteral("4791234567"));
        if (approved.status != 200)
            qWarning() << approved.body;
        return reference;
    }

private Q_SLOTS:
    void init()
    {
        clock = std::make_unique<ManualClock>();
        server = std::make_unique<SandboxServer>(*clock);
        QVERIFY2(server->listen(0), qPrintable(server->errorString()));
        client = std::make_unique<SandboxTestClient>(server->baseUrl(), server->demoMerchant());
    }

    void cleanup()
    {
        client.reset();
        server.reset();
        clock.reset();
    }

    void tokenHasTheDocumentedShape()
    {
        server->setTokenLifetime(3600s);
        const auto reply = client->fetchToken();
        QCOMPARE(reply.status, 200);
        const QJsonObject json = reply.json();
        QCOMPARE(json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QVERIFY(json.value(QStringLiteral("expires_in")).isString());
        QCOMPARE(json.value(QStringLiteral("expires_in")).toString(), QStringLiteral("3600"));
        QVERIFY(json.value(QStringLiteral("ext_expires_in")).isString());
        QCOMPARE(json.value(QStringLiteral("not_before")).toString(),
                 QString::number(clock->now().toSecsSinceEpoch()));
        QCOMPARE(json.value(QStringLiteral("expires_on")).toString(),
                 QString::number(clock->now().toSecsSinceEpoch() + 3600));
        QVERIFY(json.value(QStringLiteral("access_token")).toString().count(QLatin1Char('.')) == 2);
    }

    void wrongKeysGive401()
    {
        auto keys = server->demoMerchant();
        keys.clientSecret = QStringLiteral("wrong");
        SandboxTestClient wrongSecret(server->baseUrl(), keys);
        QCOMPARE(wrongSecret.fetchToken().status, 401);
        keys = server->demoMerchant();
        keys.subscriptionKey = QStringLiteral("wrong");
        SandboxTestClient wrongSubscription(server->baseUrl(), keys);
        QCOMPARE(wrongSubscription.fetchToken().status, 401);

        // A valid token with the wrong subscription key, and a call without "Bearer".
        auto headers = client->apiHeaders();
        headers[1].second = "wrong";
        QCOMPARE(client->send("GET", QStringLiteral("/epayment/v1/payments/abcdefgh"), {}, headers).status,
                 401);
        headers = client->apiHeaders();
        headers[0].second = client->token().toUtf8();
        QCOMPARE(client->send("GET", QStringLiteral("/epayment/v1/payments/abcdefgh"), {}, headers).status,
                 401);
    }

    void expiredTokenGives401()
    {
        server->setTokenLifetime(60s);
        createPush(QStringLiteral("token-expiry-1"));
        QCOMPARE(client->get(QStringLiteral("token-expiry-1")).status, 200);
        clock->advance(61s);
        QCOMPARE(client->get(QStringLiteral("token-expiry-1")).status, 401);
        client->forgetToken();
        QCOMPARE(client->get(QStringLiteral("token-expiry-1")).status, 200);
    }

    void tokenOfAnotherMerchantGives401()
    {
        server->setMerchantSettings(otherMerchant());
        SandboxTestClient other(server->baseUrl(), otherMerchant().keys);
        QCOMPARE(other.fetchToken().status, 200);
        auto headers = other.apiHeaders();
        headers[2].second = "123456"; // the demo merchant's MSN with the other merchant's token and key
        QCOMPARE(other.send("GET", QStringLiteral("/epayment/v1/payments/abcdefgh"), {}, headers).status,
                 401);
        headers = client->apiHeaders();
        headers[2].second = "654321";
        QCOMPARE(client->send("GET", QStringLiteral("/epayment/v1/payments/abcdefgh"), {}, headers).status,
                 401);
        // References are per merchant: the demo merchant's payment is not the other one's.
        createPush(QStringLiteral("per-merchant-1"));
        const auto notFound = other.get(QStringLiteral("per-merchant-1"));
        QCOMPARE(notFound.status, 404);
    }

    void createGetApproveCaptureRefund()
    {
        QSignalSpy changed(server.get(), &SandboxServer::paymentChanged);
        const auto created =
            client->create(SandboxTestClient::pushPayment(QStringLiteral("inv-1001-a")), "key-create");
        QCOMPARE(created.status, 201);
        QCOMPARE(created.json().value(QStringLiteral("reference")).toString(), QStringLiteral("inv-1001-a"));
        QVERIFY(!created.json().contains(QStringLiteral("redirectUrl")));
        QCOMPARE(client->get(QStringLiteral("inv-1001-a")).state(), QStringLiteral("CREATED"));
        QCOMPARE(server->requestsForPhone(QStringLiteral("4791234567")).size(), 1);

        QCOMPARE(client->forceApprove(QStringLiteral("inv-1001-a"), QStringLiteral("4791234567")).status,
                 200);
        auto payment = client->get(QStringLiteral("inv-1001-a"));
        QCOMPARE(payment.state(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(payment.aggregate("authorizedAmount"), 12500);
        QVERIFY(server->requestsForPhone(QStringLiteral("4791234567")).isEmpty());

        auto captured =
            client->modify(QStringLiteral("inv-1001-a"), QStringLiteral("capture"), 5000, "key-cap-1");
        QCOMPARE(captured.status, 200);
        QCOMPARE(captured.aggregate("capturedAmount"), 5000);
        captured = client->modify(QStringLiteral("inv-1001-a"), QStringLiteral("capture"), 7500, "key-cap-2");
        QCOMPARE(captured.aggregate("capturedAmount"), 12500);
        QCOMPARE(captured.state(), QStringLiteral("AUTHORIZED"));
        const auto refunded =
            client->modify(QStringLiteral("inv-1001-a"), QStringLiteral("refund"), 2500, "key-ref-1");
        QCOMPARE(refunded.status, 200);
        QCOMPARE(refunded.aggregate("refundedAmount"), 2500);
        QCOMPARE(client->modify(QStringLiteral("inv-1001-a"), QStringLiteral("refund"), 10001).errorCode(),
                 QStringLiteral("6150"));

        const QJsonArray events = client->events(QStringLiteral("inv-1001-a")).array();
        QStringList names;
        QSet<QString> pspReferences;
        for (const auto& event : events) {
            names << event.toObject().value(QStringLiteral("name")).toString();
            pspReferences << event.toObject().value(QStringLiteral("pspReference")).toString();
            QVERIFY(event.toObject().value(QStringLiteral("success")).toBool());
            QVERIFY(event.toObject().contains(QStringLiteral("timestamp")));
        }
        QCOMPARE(names, (QStringList{QStringLiteral("CREATED"), QStringLiteral("AUTHORIZED"),
                                     QStringLiteral("CAPTURED"), QStringLiteral("CAPTURED"),
                                     QStringLiteral("REFUNDED")}));
        QCOMPARE(pspReferences.size(), 5);
        QCOMPARE(events[0].toObject().value(QStringLiteral("idempotencyKey")).toString(),
                 QStringLiteral("key-create"));
        QCOMPARE(events[2].toObject().value(QStringLiteral("idempotencyKey")).toString(),
                 QStringLiteral("key-cap-1"));
        QCOMPARE(events[2]
                     .toObject()
                     .value(QStringLiteral("amount"))
                     .toObject()
                     .value(QStringLiteral("value"))
                     .toInteger(),
                 5000);
        QVERIFY(changed.count() >= 5);
    }

    void captureRules()
    {
        server->setRateLimits(100, 1000); // more calls on one reference than Vipps allows per minute
        createPush(QStringLiteral("capture-rules-1"));
        QCOMPARE(
            client->modify(QStringLiteral("capture-rules-1"), QStringLiteral("capture"), 100).errorCode(),
            QStringLiteral("6080"));
        QCOMPARE(client->modify(QStringLiteral("capture-rules-1"), QStringLiteral("refund"), 100).errorCode(),
                 QStringLiteral("6020"));
        QVERIFY(server->approve(QStringLiteral("capture-rules-1"), {}, false));
        const auto tooMuch =
            client->modify(QStringLiteral("capture-rules-1"), QStringLiteral("capture"), 12501);
        QCOMPARE(tooMuch.status, 400);
        QCOMPARE(tooMuch.errorCode(), QStringLiteral("6090"));
        QCOMPARE(tooMuch.contentType, QByteArrayLiteral("application/problem+json"));
        QVERIFY(!tooMuch.json().value(QStringLiteral("traceId")).toString().isEmpty());
        QCOMPARE(client->modify(QStringLiteral("capture-rules-1"), QStringLiteral("refund"), 1).errorCode(),
                 QStringLiteral("6150"));
        const auto wrongCurrency =
            client->modify(QStringLiteral("capture-rules-1"), QStringLiteral("capture"), 100,
                           SandboxTestClient::newKey(), QStringLiteral("EUR"));
        QCOMPARE(wrongCurrency.status, 400);
        QCOMPARE(wrongCurrency.fieldName(), QStringLiteral("modificationAmount.currency"));
    }

    void customerActions()
    {
        createPush(QStringLiteral("reject-me-1"));
        QVERIFY(server->reject(QStringLiteral("reject-me-1")));
        QCOMPARE(client->get(QStringLiteral("reject-me-1")).state(), QStringLiteral("ABORTED"));
        QVERIFY(!server->approve(QStringLiteral("reject-me-1"), {}, true)); // final

        createPush(QStringLiteral("postpone-me-1"));
        QVERIFY(server->postpone(QStringLiteral("postpone-me-1")));
        QCOMPARE(client->get(QStringLiteral("postpone-me-1")).state(), QStringLiteral("CREATED"));
        QCOMPARE(server->requestsForPhone(QStringLiteral("4791234567")).size(), 1);

        // Approving from another phone than the one the request was pushed to is impossible.
        QVERIFY(!server->approve(QStringLiteral("postpone-me-1"), QStringLiteral("4748123456"), true));
    }

    // Payments waiting with different expiries each expire by the clock in turn, also one created
    // later than another but due sooner.
    void waitingPaymentsExpireInTheOrderTheyAreDue()
    {
        const auto createExpiringIn = [this](const QString& reference, std::chrono::minutes in) {
            QJsonObject body = SandboxTestClient::pushPayment(reference);
            body.insert(QStringLiteral("expiresAt"),
                        clock->now().addSecs(std::chrono::seconds(in).count()).toString(Qt::ISODate));
            body.insert(QStringLiteral("receipt"), SandboxTestClient::receipt()); // long-living needs one
            QCOMPARE(client->create(body).status, 201);
        };
        createExpiringIn(QStringLiteral("due-third-1"), 30min);
        createPush(QStringLiteral("due-first-1")); // ten minutes, Vipps' default
        createExpiringIn(QStringLiteral("due-second-1"), 20min);
        QSignalSpy changed(server.get(), &SandboxServer::paymentChanged);
        for (const char* due : {"due-first-1", "due-second-1", "due-third-1"}) {
            clock->advance(9min + 59s);
            QCOMPARE(changed.count(), 0);
            clock->advance(1s);
            QCOMPARE(changed.count(), 1); // the clock callback, before anyone asks
            QCOMPARE(changed.takeFirst().constFirst().toString(), QString::fromLatin1(due));
        }
        for (const char* reference : {"due-first-1", "due-second-1", "due-third-1"})
            QCOMPARE(server->payment(QString::fromLatin1(reference))->state, QStringLiteral("EXPIRED"));
    }

    void paymentsExpireWhenTheClockPassesExpiry()
    {
        createPush(QStringLiteral("expire-default-1"));
        clock->advance(9min + 59s);
        QCOMPARE(client->get(QStringLiteral("expire-default-1")).state(), QStringLiteral("CREATED"));
        QSignalSpy changed(server.get(), &SandboxServer::paymentChanged);
        clock->advance(1s);
        QCOMPARE(changed.count(), 1); // the clock callback, before anyone asks
        QCOMPARE(server->payment(QStringLiteral("expire-default-1"))->state, QStringLiteral("EXPIRED"));
        QCOMPARE(client->get(QStringLiteral("expire-default-1")).state(), QStringLiteral("EXPIRED"));
        QCOMPARE(client->events(QStringLiteral("expire-default-1"))
                     .array()
                     .last()
                     .toObject()
                     .value(QStringLiteral("name")),
                 QStringLiteral("EXPIRED"));
        QCOMPARE(client->cancel(QStringLiteral("expire-default-1")).errorCode(), QStringLiteral("6190"));
        QCOMPARE(
            client->modify(QStringLiteral("expire-default-1"), QStringLiteral("capture"), 100).errorCode(),
            QStringLiteral("6200"));

        QJsonObject longLiving = SandboxTestClient::pushPayment(QStringLiteral("expire-long-1"));
        longLiving.insert(QStringLiteral("expiresAt"), clock->now().addDays(14).toString(Qt::ISODate));
        longLiving.insert(QStringLiteral("receipt"), SandboxTestClient::receipt());
        QCOMPARE(client->create(longLiving).status, 201);
        clock->advance(std::chrono::hours(24 * 13));
        client->forgetToken(); // tokens last an hour
        QCOMPARE(client->get(QStringLiteral("expire-long-1")).state(), QStringLiteral("CREATED"));
        clock->advance(std::chrono::hours(24));
        client->forgetToken();
        QCOMPARE(client->get(QStringLiteral("expire-long-1")).state(), QStringLiteral("EXPIRED"));
    }

    void cancelInEachState()
    {
        createPush(QStringLiteral("cancel-created"));
        auto reply = client->cancel(QStringLiteral("cancel-created"));
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.state(), QStringLiteral("TERMINATED"));
        QCOMPARE(reply.aggregate("cancelledAmount"), 12500);
        QCOMPARE(client->cancel(QStringLiteral("cancel-created")).errorCode(), QStringLiteral("6190"));

        createPush(QStringLiteral("cancel-created-only"));
        reply = client->cancel(QStringLiteral("cancel-created-only"), R"({"cancelTransactionOnly":true})");
        QCOMPARE(reply.state(), QStringLiteral("TERMINATED"));

        createAuthorized(QStringLiteral("cancel-authorized"));
        QCOMPARE(client->cancel(QStringLiteral("cancel-authorized"), R"({"cancelTransactionOnly":true})")
                     .errorCode(),
                 QStringLiteral("6060"));
        reply = client->cancel(QStringLiteral("cancel-authorized"));
        QCOMPARE(reply.state(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(reply.aggregate("cancelledAmount"), 12500);
        QCOMPARE(
            client->modify(QStringLiteral("cancel-authorized"), QStringLiteral("capture"), 100).errorCode(),
            QStringLiteral("6070"));

        createAuthorized(QStringLiteral("cancel-partly"));
        QCOMPARE(client->modify(QStringLiteral("cancel-partly"), QStringLiteral("capture"), 4000).status,
                 200);
        reply = client->cancel(QStringLiteral("cancel-partly"));
        QCOMPARE(reply.aggregate("cancelledAmount"), 8500);
        QCOMPARE(reply.aggregate("capturedAmount"), 4000);

        createAuthorized(QStringLiteral("cancel-captured"));
        QCOMPARE(client->modify(QStringLiteral("cancel-captured"), QStringLiteral("capture"), 12500).status,
                 200);
        QCOMPARE(client->cancel(QStringLiteral("cancel-captured")).errorCode(), QStringLiteral("6040"));

        createPush(QStringLiteral("cancel-aborted"));
        QVERIFY(server->reject(QStringLiteral("cancel-aborted")));
        QCOMPARE(client->cancel(QStringLiteral("cancel-aborted")).errorCode(), QStringLiteral("6190"));

        createPush(QStringLiteral("cancel-unknown-field"));
        QCOMPARE(client->cancel(QStringLiteral("cancel-unknown-field"), R"({"cancelAll":true})").fieldName(),
                 QStringLiteral("cancelAll"));
    }

    void sameKeySameBodyReplays()
    {
        const QJsonObject body = SandboxTestClient::pushPayment(QStringLiteral("idem-create-1"));
        const auto first = client->create(body, "idem-key-1");
        const auto second = client->create(body, "idem-key-1");
        QCOMPARE(first.status, 201);
        QCOMPARE(second.status, 201);
        QCOMPARE(second.body, first.body);
        QCOMPARE(server->payments().size(), 1);
        QCOMPARE(client->events(QStringLiteral("idem-create-1")).array().size(), 1);

        QVERIFY(server->approve(QStringLiteral("idem-create-1"), {}, true));
        const auto capture1 =
            client->modify(QStringLiteral("idem-create-1"), QStringLiteral("capture"), 1000, "cap-key");
        const auto capture2 =
            client->modify(QStringLiteral("idem-create-1"), QStringLiteral("capture"), 1000, "cap-key");
        QCOMPARE(capture2.body, capture1.body);
        QCOMPARE(client->get(QStringLiteral("idem-create-1")).aggregate("capturedAmount"), 1000);
    }

    void sameKeyDifferentBodyConflicts()
    {
        QCOMPARE(
            client->create(SandboxTestClient::pushPayment(QStringLiteral("idem-conflict-1")), "conflict-key")
                .status,
            201);
        const auto conflict = client->create(
            SandboxTestClient::pushPayment(QStringLiteral("idem-conflict-1"), 999), "conflict-key");
        QCOMPARE(conflict.status, 409);
        QVERIFY(server->approve(QStringLiteral("idem-conflict-1"), {}, true));
        QCOMPARE(
            client->modify(QStringLiteral("idem-conflict-1"), QStringLiteral("capture"), 100, "cap-conflict")
                .status,
            200);
        const auto captureConflict =
            client->modify(QStringLiteral("idem-conflict-1"), QStringLiteral("capture"), 200, "cap-conflict");
        QCOMPARE(captureConflict.status, 409);
        QCOMPARE(captureConflict.errorCode(), QStringLiteral("4010"));
        QCOMPARE(client->get(QStringLiteral("idem-conflict-1")).aggregate("capturedAmount"), 100);
    }

    void newKeyForAnExistingReferenceIsRefused()
    {
        QCOMPARE(client->create(SandboxTestClient::pushPayment(QStringLiteral("idem-exists-1"))).status, 201);
        const auto again = client->create(SandboxTestClient::pushPayment(QStringLiteral("idem-exists-1")));
        QCOMPARE(again.status, 409);
        QCOMPARE(again.errorCode(), QStringLiteral("4150"));
    }

    void idempotencyKeyIsRequired()
    {
        const auto missing = client->send(
            "POST", QStringLiteral("/epayment/v1/payments"),
            SandboxTestClient::toJson(SandboxTestClient::pushPayment(QStringLiteral("nokey-123"))),
            client->apiHeaders());
        QCOMPARE(missing.status, 400);
        QCOMPARE(missing.fieldName(), QStringLiteral("Idempotency-Key"));
        const auto tooLong =
            client->create(SandboxTestClient::pushPayment(QStringLiteral("nokey-123")), QByteArray(51, 'k'));
        QCOMPARE(tooLong.fieldName(), QStringLiteral("Idempotency-Key"));
    }

    void rateLimitsPerReference()
    {
        server->setRateLimits(2, 3);
        createAuthorized(QStringLiteral("rate-limit-1")); // create counts as one mutation
        QCOMPARE(client->modify(QStringLiteral("rate-limit-1"), QStringLiteral("capture"), 100).status, 200);
        const auto limited = client->modify(QStringLiteral("rate-limit-1"), QStringLiteral("capture"), 100);
        QCOMPARE(limited.status, 429);
        createPush(QStringLiteral("rate-limit-2")); // another reference has its own budget
        QCOMPARE(client->get(QStringLiteral("rate-limit-1")).status, 200);
        QCOMPARE(client->get(QStringLiteral("rate-limit-1")).status, 200);
        QCOMPARE(client->get(QStringLiteral("rate-limit-1")).status, 200);
        QCOMPARE(client->get(QStringLiteral("rate-limit-1")).status, 429);
        clock->advance(60s);
        QCOMPARE(client->get(QStringLiteral("rate-limit-1")).status, 200);
        QCOMPARE(client->modify(QStringLiteral("rate-limit-1"), QStringLiteral("capture"), 100).status, 200);
    }
};

QTEST_GUILESS_MAIN(TestSandboxEPayment)
#include "tst_sandboxepayment.moc"
