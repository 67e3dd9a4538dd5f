// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/redaction.h"

#include <QTest>

using namespace InvoiceDesk::Vipps;

class TestRedaction : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void secretHeadersAreRedacted()
    {
        const Redaction::Headers in{{"Authorization", "Bearer eyJhbGciOi.secret.token"},
                                    {"client_id", "my-client"},
                                    {"client_secret", "my-secret"},
                                    {"Ocp-Apim-Subscription-Key", "sub-key-123"},
                                    {"Merchant-Serial-Number", "123456"},
                                    {"Idempotency-Key", "create-abc"}};
        const Redaction::Headers out = Redaction::headers(in);
        QCOMPARE(out.size(), in.size());
        for (const auto& [name, value] : out) {
            if (name == "Merchant-Serial-Number")
                QCOMPARE(value, QByteArray("123456"));
            else if (name == "Idempotency-Key")
                QCOMPARE(value, QByteArray("create-abc"));
            else
                QCOMPARE(value, QByteArray("<redacted>"));
        }
    }

    void tokensSecretsAndPhoneNumbersLeaveNoTraceInBodies()
    {
        const QByteArray token =
            R"({"token_type":"Bearer","expires_in":"3600","access_token":"eyJ0eXAi.payload.sig"})";
        const QString cleanToken = Redaction::body(token);
        QVERIFY(!cleanToken.contains(QStringLiteral("eyJ0eXAi")));
        QVERIFY(cleanToken.contains(QStringLiteral("3600")));

        const QByteArray create = R"({"customer":{"phoneNumber":"4791234567"},"reference":"inv-000123-1",
            "paymentDescription":"Call 4798765432 for help","amount":{"value":125000,"currency":"NOK"}})";
        const QString cleanCreate = Redaction::body(create);
        QVERIFY(!cleanCreate.contains(QStringLiteral("4791234567")));
        QVERIFY(!cleanCreate.contains(QStringLiteral("4798765432")));
        QVERIFY(cleanCreate.contains(QStringLiteral("inv-000123-1")));
        QVERIFY(cleanCreate.contains(QStringLiteral("125000")));

        const QByteArray userinfo = R"({"sub":"c06c4afe","name":"Ada Lovelace","email":"ada@example.com",
            "phone_number":"4712345678","address":{"street_address":"Gate 1"}})";
        const QString cleanUser = Redaction::body(userinfo);
        for (const char* secret : {"Ada Lovelace", "ada@example.com", "4712345678", "Gate 1"})
            QVERIFY2(!cleanUser.contains(QLatin1String(secret)), secret);
        QVERIFY(cleanUser.contains(QStringLiteral("c06c4afe")));
    }

    void eventNamesStayReadable()
    {
        const QString clean = Redaction::body(R"([{"name":"CAPTURED","reference":"abc-12345"}])");
        QVERIFY(clean.contains(QStringLiteral("CAPTURED")));
    }

    void malformedBodiesAreStillMasked()
    {
        const QString clean = Redaction::body("not json, phone 4791234567 here");
        QVERIFY(!clean.contains(QStringLiteral("4791234567")));
        QVERIFY(clean.contains(QStringLiteral("phone")));
    }

    void describeCombinesEverything()
    {
        const QString line = Redaction::describe("POST", QStringLiteral("http://127.0.0.1:1/accesstoken/get"),
                                                 {{"client_secret", "hush"}}, {});
        QVERIFY(line.startsWith(QStringLiteral("POST http://127.0.0.1:1/accesstoken/get")));
        QVERIFY(!line.contains(QStringLiteral("hush")));
    }
};

QTEST_GUILESS_MAIN(TestRedaction)
#include "tst_redaction.moc"
