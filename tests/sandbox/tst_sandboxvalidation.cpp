// SPDX-License-Identifier: GPL-3.0-or-later
// Every request rule the sandbox enforces (from third_party/vipps-openapi and the Vipps developer
// documentation), one row each: the status, and the Vipps error code or the field named in extraDetails.
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Sandbox;

namespace {
QJsonObject base()
{
    return SandboxTestClient::pushPayment(QStringLiteral("valid-ref-1"));
}

QJsonObject with(QJsonObject body, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        body.remove(key);
    else
        body.insert(key, value);
    return body;
}

QJsonObject amount(const QString& currency, const QJsonValue& value)
{
    return {{QStringLiteral("currency"), currency}, {QStringLiteral("value"), value}};
}

QJsonObject webRedirect()
{
    QJsonObject body = with(base(), QStringLiteral("userFlow"), QStringLiteral("WEB_REDIRECT"));
    body.remove(QStringLiteral("customer"));
    body.insert(QStringLiteral("returnUrl"), QStringLiteral("https://example.com/done"));
    return body;
}

QJsonObject longLiving(const QString& expiresAt, bool withReceipt = true)
{
    QJsonObject body = with(base(), QStringLiteral("expiresAt"), expiresAt);
    if (withReceipt)
        body.insert(QStringLiteral("receipt"), SandboxTestClient::receipt());
    return body;
}

// ManualClock starts at 2026-01-15T09:00Z.
const QString fiveMinutesAhead = QStringLiteral("2026-01-15T09:05:00Z");
const QString inTwoWeeks = QStringLiteral("2026-01-29T09:00:00+01:00");
const QString inSeventyDays = QStringLiteral("2026-03-26T09:00:00Z");
} // namespace

class TestSandboxValidation : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void createRules_data()
    {
        QTest::addColumn<QJsonObject>("body");
        QTest::addColumn<QString>("merchant"); // "", "noPush", "noLongLiving"
        QTest::addColumn<QString>("header");   // "Name=value" to override one header, value "-" removes it
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");

        const QString none;
        QTest::newRow("valid push") << base() << none << none << 201 << none << none;
        QTest::newRow("unknown top-level field is allowed by the schema")
            << with(base(), QStringLiteral("somethingNew"), 1) << none << none << 201 << none << none;
        QTest::newRow("valid web redirect") << webRedirect() << none << none << 201 << none << none;
        QTest::newRow("valid long-living push")
            << longLiving(inTwoWeeks) << none << none << 201 << none << none;
        QTest::newRow("reference too short")
            << with(base(), QStringLiteral("reference"), QStringLiteral("abc")) << none << none << 400 << none
            << QStringLiteral("reference");
        QTest::newRow("reference with underscore")
            << with(base(), QStringLiteral("reference"), QStringLiteral("inv_000123")) << none << none << 400
            << none << QStringLiteral("reference");
        QTest::newRow("reference of 65 characters")
            << with(base(), QStringLiteral("reference"), QString(65, QLatin1Char('a'))) << none << none << 400
            << none << QStringLiteral("reference");
        QTest::newRow("reference as a number") << with(base(), QStringLiteral("reference"), 12345678) << none
                                               << none << 400 << none << QStringLiteral("reference");
        QTest::newRow("phone number as a JSON number")
            << with(base(), QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("phoneNumber"), 4791234567LL}})
            << none << none << 400 << none << QStringLiteral("customer.phoneNumber");
        QTest::newRow("phone number too short")
            << with(base(), QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("91234567")}})
            << none << none << 400 << none << QStringLiteral("customer.phoneNumber");
        QTest::newRow("phone number with plus")
            << with(base(), QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("+4791234567")}})
            << none << none << 400 << none << QStringLiteral("customer.phoneNumber");
        QTest::newRow("two customer identifiers")
            << with(base(), QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("4791234567")},
                                {QStringLiteral("customerToken"), QStringLiteral("abc")}})
            << none << none << 400 << none << QStringLiteral("customer");
        QTest::newRow("lower-case wallet")
            << with(base(), QStringLiteral("paymentMethod"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("wallet")}})
            << none << none << 400 << none << QStringLiteral("paymentMethod.type");
        QTest::newRow("CARD outside WEB_REDIRECT")
            << with(base(), QStringLiteral("paymentMethod"),
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("CARD")}})
            << none << none << 400 << QStringLiteral("4160") << none;
        QTest::newRow("description too short")
            << with(base(), QStringLiteral("paymentDescription"), QStringLiteral("ab")) << none << none << 400
            << none << QStringLiteral("paymentDescription");
        QTest::newRow("description too long")
            << with(base(), QStringLiteral("paymentDescription"), QString(101, QLatin1Char('x'))) << none
            << none << 400 << none << QStringLiteral("paymentDescription");
        QTest::newRow("amount missing") << with(base(), QStringLiteral("amount"), QJsonValue::Undefined)
                                        << none << none << 400 << none << QStringLiteral("amount");
        QTest::newRow("amount with decimals")
            << with(base(), QStringLiteral("amount"), amount(QStringLiteral("NOK"), 125.5)) << none << none
            << 400 << none << QStringLiteral("amount.value");
        QTest::newRow("amount as a string")
            << with(base(), QStringLiteral("amount"), amount(QStringLiteral("NOK"), QStringLiteral("12500")))
            << none << none << 400 << none << QStringLiteral("amount.value");
        QTest::newRow("amount over the maximum")
            << with(base(), QStringLiteral("amount"), amount(QStringLiteral("NOK"), 65000001)) << none << none
            << 400 << none << QStringLiteral("amount.value");
        QTest::newRow("amount below 1 NOK")
            << with(base(), QStringLiteral("amount"), amount(QStringLiteral("NOK"), 99)) << none << none
            << 400 << QStringLiteral("6010") << none;
        QTest::newRow("unknown currency")
            << with(base(), QStringLiteral("amount"), amount(QStringLiteral("SEK"), 12500)) << none << none
            << 400 << none << QStringLiteral("amount.currency");
        QTest::newRow("currency of another market")
            << with(base(), QStringLiteral("amount"), amount(QStringLiteral("EUR"), 12500)) << none << none
            << 400 << QStringLiteral("5040") << none;
        QTest::newRow("userFlow missing") << with(base(), QStringLiteral("userFlow"), QJsonValue::Undefined)
                                          << none << none << 400 << none << QStringLiteral("userFlow");
        QTest::newRow("userFlow unknown") << with(base(), QStringLiteral("userFlow"), QStringLiteral("SMS"))
                                          << none << none << 400 << none << QStringLiteral("userFlow");
        QTest::newRow("paymentMethod missing")
            << with(base(), QStringLiteral("paymentMethod"), QJsonValue::Undefined) << none << none << 400
            << none << QStringLiteral("paymentMethod");
        QTest::newRow("PUSH_MESSAGE without customer")
            << with(base(), QStringLiteral("customer"), QJsonValue::Undefined) << none << none << 400
            << QStringLiteral("4140") << QStringLiteral("customer");
        QTest::newRow("WEB_REDIRECT without returnUrl")
            << with(webRedirect(), QStringLiteral("returnUrl"), QJsonValue::Undefined) << none << none << 400
            << QStringLiteral("4140") << QStringLiteral("returnUrl");
        QTest::newRow("returnUrl over http")
            << with(webRedirect(), QStringLiteral("returnUrl"), QStringLiteral("http://example.com/done"))
            << none << none << 400 << QStringLiteral("4090") << QStringLiteral("returnUrl");
        QTest::newRow("customerInteraction unknown")
            << with(base(), QStringLiteral("customerInteraction"), QStringLiteral("PRESENT")) << none << none
            << 400 << none << QStringLiteral("customerInteraction");
        QTest::newRow("expiresAt with WEB_REDIRECT")
            << with(with(webRedirect(), QStringLiteral("expiresAt"), inTwoWeeks), QStringLiteral("receipt"),
                    SandboxTestClient::receipt())
            << none << none << 400 << none << QStringLiteral("expiresAt");
        QTest::newRow("expiresAt not RFC 3339") << longLiving(QStringLiteral("2026-01-29")) << none << none
                                                << 400 << none << QStringLiteral("expiresAt");
        QTest::newRow("expiresAt too soon") << longLiving(fiveMinutesAhead) << none << none << 400
                                            << QStringLiteral("6120") << QStringLiteral("expiresAt");
        QTest::newRow("expiresAt beyond the unit's maximum")
            << longLiving(inSeventyDays) << none << none << 400 << QStringLiteral("6110")
            << QStringLiteral("expiresAt");
        QTest::newRow("expiresAt without receipt") << longLiving(inTwoWeeks, false) << none << none << 400
                                                   << QStringLiteral("6130") << QStringLiteral("receipt");
        QTest::newRow("long-living not allowed") << longLiving(inTwoWeeks) << QStringLiteral("noLongLiving")
                                                 << none << 400 << QStringLiteral("5050") << none;
        QTest::newRow("push not allowed")
            << base() << QStringLiteral("noPush") << none << 400 << QStringLiteral("5080") << none;
        QTest::newRow("unknown customer")
            << with(base(), QStringLiteral("customer"),
                    QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("4700000000")}})
            << none << none << 400 << QStringLiteral("7010") << none;
        QTest::newRow("qrFormat without QR")
            << with(base(), QStringLiteral("qrFormat"),
                    QJsonObject{{QStringLiteral("format"), QStringLiteral("IMAGE/PNG")}})
            << none << none << 400 << none << QStringLiteral("qrFormat");
        QTest::newRow("qrFormat size too small")
            << with(with(with(base(), QStringLiteral("userFlow"), QStringLiteral("QR")),
                         QStringLiteral("customer"), QJsonValue::Undefined),
                    QStringLiteral("qrFormat"),
                    QJsonObject{{QStringLiteral("format"), QStringLiteral("IMAGE/PNG")},
                                {QStringLiteral("size"), 50}})
            << none << none << 400 << none << QStringLiteral("qrFormat.size");
        QTest::newRow("unknown profile scope")
            << with(base(), QStringLiteral("profile"),
                    QJsonObject{{QStringLiteral("scope"), QStringLiteral("name shoeSize")}})
            << none << none << 400 << QStringLiteral("4080") << QStringLiteral("profile.scope");
        QJsonObject sixEntries;
        for (int i = 0; i < 6; ++i)
            sixEntries.insert(QStringLiteral("k%1").arg(i), QStringLiteral("v"));
        QTest::newRow("metadata over capacity") << with(base(), QStringLiteral("metadata"), sixEntries)
                                                << none << none << 400 << QStringLiteral("4100") << none;
        QTest::newRow("receipt without order lines")
            << with(longLiving(inTwoWeeks), QStringLiteral("receipt"),
                    QJsonObject{{QStringLiteral("bottomLine"),
                                 QJsonObject{{QStringLiteral("currency"), QStringLiteral("NOK")}}}})
            << none << none << 400 << none << QStringLiteral("receipt.orderLines");
        QTest::newRow("MSN of three digits") << base() << none << QStringLiteral("Merchant-Serial-Number=123")
                                             << 400 << none << QStringLiteral("Merchant-Serial-Number");
        QTest::newRow("MSN missing") << base() << none << QStringLiteral("Merchant-Serial-Number=-") << 400
                                     << none << QStringLiteral("Merchant-Serial-Number");
        QTest::newRow("Vipps-System-Name over 30 characters")
            << base() << none << QStringLiteral("Vipps-System-Name=") + QString(31, QLatin1Char('n')) << 400
            << none << QStringLiteral("Vipps-System-Name");
        QTest::newRow("Vipps-System-Plugin-Version over 30 characters")
            << base() << none
            << QStringLiteral("Vipps-System-Plugin-Version=") + QString(31, QLatin1Char('1')) << 400 << none
            << QStringLiteral("Vipps-System-Plugin-Version");
        QTest::newRow("Idempotency-Key missing") << base() << none << QStringLiteral("Idempotency-Key=-")
                                                 << 400 << none << QStringLiteral("Idempotency-Key");
        QTest::newRow("Idempotency-Key over 50 characters")
            << base() << none << QStringLiteral("Idempotency-Key=") + QString(51, QLatin1Char('k')) << 400
            << none << QStringLiteral("Idempotency-Key");
        QTest::newRow("Authorization without Bearer")
            << base() << none << QStringLiteral("Authorization=token") << 401 << none << none;
        QTest::newRow("subscription key missing")
            << base() << none << QStringLiteral("Ocp-Apim-Subscription-Key=-") << 401 << none << none;
    }

    void createRules()
    {
        QFETCH(QJsonObject, body);
        QFETCH(QString, merchant);
        QFETCH(QString, header);
        QFETCH(int, status);
        QFETCH(QString, code);
        QFETCH(QString, field);

        ManualClock clock;
        SandboxServer server(clock);
        MerchantSettings settings = server.merchantSettings(QStringLiteral("123456"));
        settings.pushAllowed = merchant != QStringLiteral("noPush");
        settings.longLivingAllowed = merchant != QStringLiteral("noLongLiving");
        settings.maxExpiry = std::chrono::hours(24 * 60);
        server.setMerchantSettings(settings);
        QVERIFY(server.listen(0));
        SandboxTestClient client(server.baseUrl(), server.demoMerchant());

        auto headers = client.apiHeaders(SandboxTestClient::newKey());
        if (!header.isEmpty()) {
            const QByteArray name = header.section(QLatin1Char('='), 0, 0).toUtf8();
            const QByteArray value = header.section(QLatin1Char('='), 1).toUtf8();
            headers.removeIf([&name](const auto& entry) { return entry.first == name; });
            if (value != "-")
                headers.append({name, value});
        }
        const auto reply = client.send("POST", QStringLiteral("/epayment/v1/payments"),
                                       SandboxTestClient::toJson(body), headers);
        QVERIFY2(reply.status == status, reply.body.constData());
        if (status >= 400 && status != 401) {
            QCOMPARE(reply.contentType, QByteArrayLiteral("application/problem+json"));
            QCOMPARE(reply.json().value(QStringLiteral("status")).toInt(), status);
        }
        QCOMPARE(reply.errorCode(), code);
        if (!field.isEmpty())
            QCOMPARE(reply.fieldName(), field);
        QCOMPARE(server.payments().size(), status == 201 ? 1 : 0);
    }

    void malformedJsonIsAFieldError()
    {
        ManualClock clock;
        SandboxServer server(clock);
        QVERIFY(server.listen(0));
        SandboxTestClient client(server.baseUrl(), server.demoMerchant());
        const auto reply = client.send("POST", QStringLiteral("/epayment/v1/payments"),
                                       "{\"amount\": ", client.apiHeaders(SandboxTestClient::newKey()));
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.fieldName(), QStringLiteral("body"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxValidation)
#include "tst_sandboxvalidation.moc"
