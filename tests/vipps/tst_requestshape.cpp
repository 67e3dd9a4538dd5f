// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/createpaymentrequest.h"
#include "vipps/ratebudget.h"
#include "vipps/requestfactory.h"
#include "vipps/retrypolicy.h"

#include <QJsonArray>
#include <QTest>
#include <QTimeZone>

using namespace InvoiceDesk::Vipps;
using namespace std::chrono_literals;

namespace {

MerchantKeys keys()
{
    return {QStringLiteral("123456"), QStringLiteral("cid"), QStringLiteral("csecret"),
            QStringLiteral("subkey")};
}

Receipt oneLineReceipt()
{
    Receipt receipt;
    receipt.orderLines.append({QStringLiteral("Konsulenttimer"),
                               QStringLiteral("L1"),
                               125000,
                               100000,
                               25000,
                               2500,
                               UnitInfo{125000, QStringLiteral("1"), QStringLiteral("PCS")},
                               std::nullopt,
                               {},
                               false,
                               false});
    receipt.receiptNumber = QStringLiteral("000123");
    return receipt;
}

} // namespace

class TestRequestShape : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void bearerRequestCarriesEveryStandardHeader()
    {
        SystemInfo system{QStringLiteral("invoicedesk"), QStringLiteral("0.1.0"),
                          QStringLiteral("invoicedesk-desktop-with-a-name-far-too-long"),
                          QStringLiteral("0.1.0")};
        RequestFactory factory(Environment::custom(QUrl(QStringLiteral("http://127.0.0.1:8080/"))), keys(),
                               system);
        ApiRequest call;
        call.method = "POST";
        call.path = QStringLiteral("/epayment/v1/payments");
        call.body = QByteArray("{}");
        call.idempotencyKey = QStringLiteral("create-abc");
        const QNetworkRequest request = factory.build(call, QStringLiteral("tok"));
        QCOMPARE(request.url(), QUrl(QStringLiteral("http://127.0.0.1:8080/epayment/v1/payments")));
        QCOMPARE(request.rawHeader("Authorization"), QByteArray("Bearer tok"));
        QCOMPARE(request.rawHeader("Ocp-Apim-Subscription-Key"), QByteArray("subkey"));
        QCOMPARE(request.rawHeader("Merchant-Serial-Number"), QByteArray("123456"));
        QCOMPARE(request.rawHeader("Vipps-System-Name"), QByteArray("invoicedesk"));
        QCOMPARE(request.rawHeader("Vipps-System-Version"), QByteArray("0.1.0"));
        QCOMPARE(request.rawHeader("Vipps-System-Plugin-Name").size(), 30);
        QCOMPARE(request.rawHeader("Vipps-System-Plugin-Version"), QByteArray("0.1.0"));
        QCOMPARE(request.rawHeader("Idempotency-Key"), QByteArray("create-abc"));
        QCOMPARE(request.header(QNetworkRequest::ContentTypeHeader).toByteArray(),
                 QByteArray("application/json"));
        QCOMPARE(request.transferTimeout(), 30000);
        QCOMPARE(request.header(QNetworkRequest::UserAgentHeader).toByteArray(),
                 QByteArray("invoicedesk/0.1.0"));
        QVERIFY(!request.hasRawHeader("client_secret"));
    }

    void tokenRequestSendsKeysInHeadersAndNoBody()
    {
        RequestFactory factory(Environment::test(), keys(), {});
        ApiRequest call;
        call.method = "POST";
        call.path = QStringLiteral("/accesstoken/get");
        call.authenticated = false;
        const QNetworkRequest request = factory.build(call, {});
        QCOMPARE(request.url(), QUrl(QStringLiteral("https://apitest.vipps.no/accesstoken/get")));
        QCOMPARE(request.rawHeader("client_id"), QByteArray("cid"));
        QCOMPARE(request.rawHeader("client_secret"), QByteArray("csecret"));
        QCOMPARE(request.rawHeader("Ocp-Apim-Subscription-Key"), QByteArray("subkey"));
        QVERIFY(!request.hasRawHeader("Authorization"));
        QVERIFY(!request.hasRawHeader("Idempotency-Key"));
        QVERIFY(!request.header(QNetworkRequest::ContentTypeHeader).isValid());
    }

    void pushPaymentFollowsTheSpec()
    {
        CreatePaymentRequest request;
        request.amount = {125000, QStringLiteral("NOK")};
        request.reference = QStringLiteral("acme-inv-2024-000123");
        request.userFlow = UserFlow::PushMessage;
        request.customerPhoneNumber = QStringLiteral("4791234567");
        request.paymentDescription = QStringLiteral("Faktura 000123");
        request.expiresAt = QDateTime(QDate(2026, 1, 20), QTime(21, 59, 59), QTimeZone::utc());
        request.receipt = oneLineReceipt();
        QCOMPARE(request.whyInvalid(), QString());
        const QJsonObject json = request.toJson();
        QCOMPARE(json[QStringLiteral("paymentMethod")][QStringLiteral("type")].toString(),
                 QStringLiteral("WALLET"));
        QVERIFY(json[QStringLiteral("customer")][QStringLiteral("phoneNumber")].isString());
        QCOMPARE(json[QStringLiteral("customer")][QStringLiteral("phoneNumber")].toString(),
                 QStringLiteral("4791234567"));
        QCOMPARE(json[QStringLiteral("userFlow")].toString(), QStringLiteral("PUSH_MESSAGE"));
        QCOMPARE(json[QStringLiteral("expiresAt")].toString(), QStringLiteral("2026-01-20T21:59:59Z"));
        QCOMPARE(json[QStringLiteral("amount")][QStringLiteral("value")].toInteger(), 125000);
        const QJsonObject receipt = json[QStringLiteral("receipt")].toObject();
        QCOMPARE(receipt[QStringLiteral("bottomLine")][QStringLiteral("receiptNumber")].toString(),
                 QStringLiteral("000123"));
        QCOMPARE(receipt[QStringLiteral("orderLines")].toArray().first()[QStringLiteral("taxRate")].toInt(),
                 2500);
        QVERIFY(!json.contains(QStringLiteral("returnUrl")));
        QVERIFY(!json.contains(QStringLiteral("qrFormat")));
    }

    void unknownNumberSendsNoCustomer()
    {
        CreatePaymentRequest request;
        request.amount = {5000, QStringLiteral("NOK")};
        request.reference = QStringLiteral("acme-inv-000124-1");
        request.userFlow = UserFlow::Qr;
        request.profileScope = QStringLiteral("phoneNumber");
        request.qrFormat = QrFormat::Png;
        request.qrSize = 600;
        QCOMPARE(request.whyInvalid(), QString());
        const QJsonObject json = request.toJson();
        QVERIFY(!json.contains(QStringLiteral("customer")));
        QCOMPARE(json[QStringLiteral("profile")][QStringLiteral("scope")].toString(),
                 QStringLiteral("phoneNumber"));
        QCOMPARE(json[QStringLiteral("qrFormat")][QStringLiteral("format")].toString(),
                 QStringLiteral("IMAGE/PNG"));
        QCOMPARE(json[QStringLiteral("qrFormat")][QStringLiteral("size")].toInt(), 600);
    }

    void invalidRequestsAreRefusedBeforeSending_data()
    {
        QTest::addColumn<int>("mutation");
        for (int i = 0; i < 9; ++i)
            QTest::addRow("case %d", i) << i;
    }

    void invalidRequestsAreRefusedBeforeSending()
    {
        QFETCH(int, mutation);
        CreatePaymentRequest request;
        request.amount = {1000, QStringLiteral("NOK")};
        request.reference = QStringLiteral("acme-inv-000125");
        request.userFlow = UserFlow::PushMessage;
        request.customerPhoneNumber = QStringLiteral("4791234567");
        QCOMPARE(request.whyInvalid(), QString());
        switch (mutation) {
        case 0:
            request.reference = QStringLiteral("short");
            break;
        case 1:
            request.customerPhoneNumber = QStringLiteral("+47 912 34 567");
            break;
        case 2:
            request.customerPhoneNumber.clear();
            break; // push needs a number
        case 3:
            request.amount.value = 0;
            break;
        case 4:
            request.expiresAt = QDateTime::currentDateTimeUtc();
            break; // without a receipt
        case 5:
            request.userFlow = UserFlow::WebRedirect;
            break; // without returnUrl
        case 6:
            request.returnUrl = QStringLiteral("http://example.com");
            break;
        case 7:
            request.profileScope = QStringLiteral("phone");
            break;
        case 8:
            request.amount.currency = QStringLiteral("SEK");
            break;
        }
        QVERIFY(!request.whyInvalid().isEmpty());
    }

    void rateBudgetQueuesMutationsBeyondFivePerMinute()
    {
        RateBudget budget;
        const QDateTime start(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc());
        for (int i = 0; i < 5; ++i)
            QCOMPARE(budget.reserve(QStringLiteral("ref-00001"), RateBucket::Mutation, start.addSecs(i)),
                     0ms);
        // The sixth waits until the first leaves the one-minute window.
        QCOMPARE(budget.reserve(QStringLiteral("ref-00001"), RateBucket::Mutation, start.addSecs(10)),
                 50000ms);
        // Another reference has its own budget; reads have theirs.
        QCOMPARE(budget.reserve(QStringLiteral("ref-00002"), RateBucket::Mutation, start.addSecs(10)), 0ms);
        QCOMPARE(budget.reserve(QStringLiteral("ref-00001"), RateBucket::Read, start.addSecs(10)), 0ms);
        // After the window everything is free again.
        QCOMPARE(budget.reserve(QStringLiteral("ref-00001"), RateBucket::Mutation, start.addSecs(200)), 0ms);
    }

    void rateBudgetAllows120ReadsPerMinute()
    {
        RateBudget budget;
        const QDateTime start(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc());
        for (int i = 0; i < 120; ++i)
            QCOMPARE(budget.reserve(QStringLiteral("ref-00001"), RateBucket::Read, start), 0ms);
        QCOMPARE(budget.reserve(QStringLiteral("ref-00001"), RateBucket::Read, start), 60000ms);
    }

    void retryPolicy()
    {
        QVERIFY(RetryPolicy::isRetryableStatus(500));
        QVERIFY(RetryPolicy::isRetryableStatus(503));
        QVERIFY(RetryPolicy::isRetryableStatus(423));
        QVERIFY(RetryPolicy::isRetryableStatus(429));
        for (int status : {400, 401, 403, 404, 409, 422})
            QVERIFY(!RetryPolicy::isRetryableStatus(status));
        RetryPolicy policy;
        for (int retry = 1; retry < 10; ++retry) {
            const auto delay = policy.backoff(retry);
            const qint64 full =
                std::min<qint64>(policy.initialDelay.count() << (retry - 1), policy.maxDelay.count());
            QVERIFY(delay.count() >= full / 2);
            QVERIFY(delay.count() <= full);
        }
        const QDateTime now(QDate(2015, 10, 21), QTime(7, 27, 0), QTimeZone::utc());
        QCOMPARE(RetryPolicy::parseRetryAfter("7", now), std::optional(7000ms));
        QCOMPARE(RetryPolicy::parseRetryAfter("Wed, 21 Oct 2015 07:28:00 GMT", now), std::optional(60000ms));
        QCOMPARE(RetryPolicy::parseRetryAfter("", now), std::nullopt);
        QCOMPARE(RetryPolicy::parseRetryAfter("soon", now), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestRequestShape)
#include "tst_requestshape.moc"
