// SPDX-License-Identifier: GPL-3.0-or-later
// Token handling, retries, faults and the rate budget, against the sandbox over loopback HTTP.
#include "sandboxfixture.h"
#include "vipps/epaymentapi.h"

#include <QSet>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Vipps;
using namespace InvoiceDesk::Sandbox;
using namespace std::chrono_literals;

namespace {

CreatePaymentRequest qrRequest(const QString& reference)
{
    CreatePaymentRequest request;
    request.amount = {10000, QStringLiteral("NOK")};
    request.reference = reference;
    request.userFlow = UserFlow::Qr;
    return request;
}

QSet<QString> idempotencyKeysOf(const QList<QJsonObject>& requests)
{
    QSet<QString> keys;
    for (const QJsonObject& request : requests) {
        const QJsonObject headers = request.value(QStringLiteral("headers")).toObject();
        for (auto it = headers.begin(); it != headers.end(); ++it) {
            if (it.key().compare(QLatin1String("Idempotency-Key"), Qt::CaseInsensitive) == 0)
                keys.insert(it.value().toString());
        }
    }
    return keys;
}

} // namespace

class TestApiClient : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void concurrentCallersShareOneTokenFetch()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        QVERIFY(
            f.await(api.create(qrRequest(QStringLiteral("token-share-1")), QStringLiteral("c1"))).hasValue());
        ApiClient fresh(*f.network, f.clock, Environment::sandbox(f.sandbox.baseUrl()),
                        f.sandbox.demoMerchant());
        EPaymentApi freshApi(fresh);
        QList<QFuture<Result<PaymentDetails>>> gets;
        for (int i = 0; i < 5; ++i)
            gets.append(freshApi.get(QStringLiteral("token-share-1")));
        for (auto& get : gets)
            QVERIFY(f.await(get).hasValue());
        QCOMPARE(fresh.tokenFetchCount(), 1);
        QCOMPARE(f.recordedTo(QStringLiteral("/accesstoken/get")).size(), 2); // one per client
    }

    void tokenIsRefreshedBeforeItExpiresInTheMiddleOfWork()
    {
        SandboxFixture f;
        f.sandbox.setTokenLifetime(600s);
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("token-expiry-1");
        QVERIFY(f.await(api.create(qrRequest(reference), QStringLiteral("c1"))).hasValue());
        QCOMPARE(f.client->tokenFetchCount(), 1);

        f.clock.advance(400s); // still fresh: 200 s left, more than the 3-minute margin
        QVERIFY(f.await(api.get(reference)).hasValue());
        QCOMPARE(f.client->tokenFetchCount(), 1);

        f.clock.advance(30s); // 170 s left: inside the margin, so a new token is fetched first
        QVERIFY(f.await(api.get(reference)).hasValue());
        QCOMPARE(f.client->tokenFetchCount(), 2);

        f.clock.advance(1h); // long past every token's expiry (and the payment's: it is EXPIRED now)
        const auto events = f.await(api.events(reference));
        QVERIFY(events.hasValue());
        QCOMPARE(events->last().name, PaymentEventName::Expired);
        QCOMPARE(f.client->tokenFetchCount(), 3);
        // The sandbox never had to reject a token: a 401 would have shown as a repeated request.
        QCOMPARE(f.recordedTo(reference, QStringLiteral("GET")).size(), 2);
        QCOMPARE(f.recordedTo(QStringLiteral("/events"), QStringLiteral("GET")).size(), 1);
        QCOMPARE(f.recordedTo(QStringLiteral("/accesstoken/get")).size(), 3);
    }

    void unauthorizedTriggersOneRefreshAndOneRetry()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("token-401-1");
        QVERIFY(f.await(api.create(qrRequest(reference), QStringLiteral("c1"))).hasValue());
        f.sandbox.faults().failNext(QStringLiteral("get"), FaultKind::Status, 1, 401);
        const auto details = f.await(api.get(reference));
        QVERIFY(details.hasValue());
        QCOMPARE(f.client->tokenFetchCount(), 2);
        QCOMPARE(f.recordedTo(reference, QStringLiteral("GET")).size(), 2);

        // A second 401 in a row is final: an Authentication error, not a loop.
        f.sandbox.faults().failNext(QStringLiteral("get"), FaultKind::Status, 2, 401);
        const auto refused = f.await(api.get(reference));
        QCOMPARE(refused.error().kind(), Error::Kind::Authentication);
        QCOMPARE(f.client->tokenFetchCount(), 3);
    }

    void badKeysGiveAnAuthenticationErrorNamingTheLikelyCause()
    {
        SandboxFixture f;
        MerchantKeys wrong = f.sandbox.demoMerchant();
        wrong.clientSecret = QStringLiteral("production-secret-by-mistake");
        ApiClient client(*f.network, f.clock, Environment::sandbox(f.sandbox.baseUrl()), wrong);
        const auto token = f.await(client.fetchToken());
        QVERIFY(!token.hasValue());
        QCOMPARE(token.error().kind(), Error::Kind::Authentication);
        QCOMPARE(token.error().httpStatus(), 401);
        QCOMPARE(token.error().operation(), QStringLiteral("fetchAuthorizationTokenUsingPost"));
        QVERIFY(token.error().message().contains(QStringLiteral("another environment")));
        QCOMPARE(f.recordedTo(QStringLiteral("/accesstoken/get")).size(), 1); // 401 is not retried

        EPaymentApi api(client);
        const auto created =
            f.await(api.create(qrRequest(QStringLiteral("bad-keys-1")), QStringLiteral("c1")));
        QCOMPARE(created.error().kind(), Error::Kind::Authentication);
        QVERIFY(f.sandbox.payments().isEmpty());
    }

    void lostReplyAfterCreateIsRetriedWithTheSameKeyAndMakesOnePayment()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("lost-reply-1");
        // Three drops: Qt itself resends once on a kept-alive connection, so only the later drops reach
        // the client's own retry loop.
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::DropAfterApply, 3);
        const auto created = f.await(api.create(qrRequest(reference), QStringLiteral("create-lost-reply-1")));
        QVERIFY2(created.hasValue(), created.hasValue() ? "" : qPrintable(created.error().detail()));
        QCOMPARE(created->reference, reference);
        QCOMPARE(f.sandbox.payments().size(), 1);
        const auto sent = f.recordedTo(QStringLiteral("/epayment/v1/payments"));
        QCOMPARE(sent.size(), 4); // three dropped, one answered
        QCOMPARE(idempotencyKeysOf(sent), QSet<QString>{QStringLiteral("create-lost-reply-1")});
        int createdEvents = 0;
        const auto payment = f.sandbox.payment(reference);
        for (const auto& event : payment->events)
            createdEvents += event.name == QStringLiteral("CREATED") ? 1 : 0;
        QCOMPARE(createdEvents, 1);
    }

    void tooManyRequestsIsRetriedAfterRetryAfter()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("rate-429-1");
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::Status, 2, 429);
        const QDateTime start = f.clock.now();
        const auto created = f.await(api.create(qrRequest(reference), QStringLiteral("create-429")));
        QVERIFY(created.hasValue());
        QCOMPARE(f.recordedTo(QStringLiteral("/epayment/v1/payments")).size(), 3);
        QCOMPARE(idempotencyKeysOf(f.recordedTo(QStringLiteral("/epayment/v1/payments"))),
                 QSet<QString>{QStringLiteral("create-429")});
        // Retry-After: 1 was honoured twice on the injected clock, not on the wall clock.
        QVERIFY(start.msecsTo(f.clock.now()) >= 2000);
        QCOMPARE(f.sandbox.payments().size(), 1);
    }

    void lockedIsRetriedWithBackoff()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("locked-423-1");
        QVERIFY(f.await(api.create(qrRequest(reference), QStringLiteral("c1"))).hasValue());
        QVERIFY(f.sandbox.approve(reference, QStringLiteral("4791234567"), false).hasValue());
        f.sandbox.faults().failNext(QStringLiteral("capture"), FaultKind::Status, 2, 423);
        const QDateTime start = f.clock.now();
        const auto captured =
            f.await(api.capture(reference, {10000, QStringLiteral("NOK")}, QStringLiteral("cap-1")));
        QVERIFY(captured.hasValue());
        QCOMPARE(captured->aggregate.capturedAmount.value, 10000);
        QCOMPARE(f.recordedTo(QStringLiteral("/capture")).size(), 3);
        // Backoff: at least half of 500 ms, then half of 1000 ms.
        QVERIFY(start.msecsTo(f.clock.now()) >= 750);
        QCOMPARE(f.sandbox.payment(reference)->capturedAmount, 10000);
    }

    void serverErrorsAreRetriedABoundedNumberOfTimes()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("server-503-1");
        QVERIFY(f.await(api.create(qrRequest(reference), QStringLiteral("c1"))).hasValue());
        f.sandbox.faults().failNext(QStringLiteral("get"), FaultKind::Status, 20, 503);
        const auto details = f.await(api.get(reference));
        QVERIFY(!details.hasValue());
        QCOMPARE(details.error().kind(), Error::Kind::Server);
        QCOMPARE(details.error().httpStatus(), 503);
        QVERIFY(details.error().isTransient());
        QCOMPARE(f.recordedTo(reference, QStringLiteral("GET")).size(), f.client->retryPolicy().maxAttempts);
    }

    void malformedJsonIsABadReplyValue()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("malformed-1");
        QVERIFY(f.await(api.create(qrRequest(reference), QStringLiteral("c1"))).hasValue());
        f.sandbox.faults().failNext(QStringLiteral("get"), FaultKind::Malformed);
        const auto details = f.await(api.get(reference));
        QVERIFY(!details.hasValue());
        QCOMPARE(details.error().kind(), Error::Kind::BadReply);
        QCOMPARE(details.error().operation(), QStringLiteral("getPayment"));
        QCOMPARE(details.error().httpStatus(), 200);
        QVERIFY(!details.error().message().isEmpty());
        f.sandbox.faults().failNext(QStringLiteral("events"), FaultKind::Malformed);
        QCOMPARE(f.await(api.events(reference)).error().kind(), Error::Kind::BadReply);
        f.sandbox.faults().failNext(QStringLiteral("token"), FaultKind::Malformed);
        QCOMPARE(f.await(f.client->fetchToken()).error().kind(), Error::Kind::BadReply);
    }

    void slowRepliesTimeOut()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("timeout-1");
        QVERIFY(f.await(api.create(qrRequest(reference), QStringLiteral("c1"))).hasValue());
        f.client->setTransferTimeout(300ms);
        RetryPolicy once;
        once.maxAttempts = 1;
        f.client->setRetryPolicy(once);
        // The sandbox answers after ten minutes of its (manual) clock, which stands still here.
        FaultRule slow;
        slow.endpoint = QStringLiteral("get");
        slow.kind = FaultKind::Latency;
        slow.latency = 10min;
        f.sandbox.faults().add(slow);
        const auto details = f.awaitWithoutTime(api.get(reference));
        QVERIFY(!details.hasValue());
        QCOMPARE(details.error().kind(), Error::Kind::Timeout);
        QVERIFY(details.error().isTransient());
    }

    void disconnectBeforeApplyIsRetried()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("drop-before-1");
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::DropBeforeApply);
        QVERIFY(f.await(api.create(qrRequest(reference), QStringLiteral("c1"))).hasValue());
        QCOMPARE(f.sandbox.payments().size(), 1);
    }

    void rateBudgetDelaysTheSixthMutationInsteadOfMeetingA429()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("budget-1");
        QVERIFY(f.await(api.create(qrRequest(reference), QStringLiteral("create"))).hasValue());
        QVERIFY(f.sandbox.approve(reference, QStringLiteral("4791234567"), false).hasValue());
        for (int i = 1; i <= 4; ++i)
            QVERIFY(
                f.await(api.capture(reference, {100, QStringLiteral("NOK")}, QStringLiteral("cap-%1").arg(i)),
                        0ms)
                    .hasValue());
        const QDateTime before = f.clock.now();
        auto sixth = api.capture(reference, {100, QStringLiteral("NOK")}, QStringLiteral("cap-5"));
        QTest::qWait(100); // let anything that would be sent go out
        QVERIFY(!sixth.isFinished());
        QCOMPARE(f.recordedTo(QStringLiteral("/capture")).size(), 4);
        const auto result = f.await(sixth);
        QVERIFY(result.hasValue());
        QVERIFY(before.msecsTo(f.clock.now()) >= 59000);
        QCOMPARE(f.sandbox.payment(reference)->capturedAmount, 500);
        // Exactly five captures went out: none was answered 429 and repeated.
        QCOMPARE(f.recordedTo(QStringLiteral("/capture")).size(), 5);
    }

    void plainHttpToARemoteHostIsRefused()
    {
        SandboxFixture f;
        ApiClient client(*f.network, f.clock,
                         Environment::custom(QUrl(QStringLiteral("http://api.vipps.no"))),
                         f.sandbox.demoMerchant());
        const auto token = f.await(client.fetchToken());
        QCOMPARE(token.error().kind(), Error::Kind::Configuration);
        QVERIFY(token.error().message().contains(QStringLiteral("HTTPS")));
        ApiClient incomplete(*f.network, f.clock, Environment::sandbox(f.sandbox.baseUrl()), MerchantKeys{});
        QCOMPARE(f.await(incomplete.fetchToken()).error().kind(), Error::Kind::Configuration);
        QVERIFY(f.recorded().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
