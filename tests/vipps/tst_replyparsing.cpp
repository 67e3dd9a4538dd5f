// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/accesstoken.h"
#include "vipps/paymentdetails.h"
#include "vipps/receipt.h"
#include "vipps/userinfoapi.h"

#include <QTest>
#include <QTimeZone>

using namespace InvoiceDesk::Vipps;

namespace {

const QByteArray goodPayment = R"({"reference":"acme-inv-000123","state":"AUTHORIZED",
 "amount":{"value":125000,"currency":"NOK"},
 "aggregate":{"authorizedAmount":{"value":125000,"currency":"NOK"},"cancelledAmount":{"value":0,"currency":"NOK"},
  "capturedAmount":{"value":0,"currency":"NOK"},"refundedAmount":{"value":0,"currency":"NOK"}},
 "paymentMethod":{"type":"WALLET"},"profile":{"sub":"c06c4afe"},"pspReference":"psp-1"})";

} // namespace

class TestReplyParsing : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void paymentDetails()
    {
        const auto details = PaymentDetails::fromReply(goodPayment);
        QVERIFY(details.hasValue());
        QCOMPARE(details->state, PaymentState::Authorized);
        QCOMPARE(details->aggregate.authorizedAmount.value, 125000);
        QCOMPARE(details->profileSub, QStringLiteral("c06c4afe"));
    }

    // Vipps adds states and event names over time: one this version does not know is kept as it
    // came, and the rest of the reply is still read.
    void valuesAddedLaterAreKeptAsUnknown()
    {
        QByteArray laterState = goodPayment;
        laterState.replace("AUTHORIZED", "PAID");
        const auto details = PaymentDetails::fromReply(laterState);
        QVERIFY(details.hasValue());
        QCOMPARE(details->state, PaymentState::Unknown);
        QCOMPARE(details->stateName, QStringLiteral("PAID"));
        QCOMPARE(details->aggregate.authorizedAmount.value, 125000);
        QCOMPARE(details->toJson().value(QStringLiteral("state")).toString(), QStringLiteral("PAID"));

        const auto events = PaymentEvent::listFromReply(
            R"([{"reference":"acme-inv-000123","pspReference":"p1","name":"PARTIALLY_RELEASED","amount":{"value":100,"currency":"NOK"},
                 "timestamp":"2026-01-15T09:00:00Z","idempotencyKey":"k1","success":true}])");
        QVERIFY(events.hasValue());
        QCOMPARE(events->at(0).name, PaymentEventName::Unknown);
        QCOMPARE(events->at(0).rawName, QStringLiteral("PARTIALLY_RELEASED"));
        QCOMPARE(events->at(0).idempotencyKey, QStringLiteral("k1"));
    }

    void badPaymentRepliesAreBadReplyErrors_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QString>("mentions");
        QByteArray stringAmount = goodPayment;
        stringAmount.replace("\"value\":125000", "\"value\":\"125000\"");
        QByteArray fraction = goodPayment;
        fraction.replace("\"value\":125000", "\"value\":1250.5");
        QByteArray noAggregate = goodPayment;
        noAggregate.replace("\"aggregate\"", "\"aggregateX\"");
        QTest::newRow("truncated") << goodPayment.left(40) << QStringLiteral("malformed JSON");
        QTest::newRow("array") << QByteArray("[]") << QStringLiteral("object");
        QTest::newRow("empty") << QByteArray() << QStringLiteral("malformed");
        QTest::newRow("string amount") << stringAmount << QStringLiteral("amount.value");
        QTest::newRow("fraction") << fraction << QStringLiteral("amount.value");
        QTest::newRow("no aggregate") << noAggregate << QStringLiteral("aggregate");
    }

    void badPaymentRepliesAreBadReplyErrors()
    {
        QFETCH(QByteArray, body);
        QFETCH(QString, mentions);
        const auto details = PaymentDetails::fromReply(body);
        QVERIFY(!details.hasValue());
        QCOMPARE(details.error().kind(), Error::Kind::BadReply);
        QVERIFY2(details.error().detail().contains(mentions), qPrintable(details.error().detail()));
    }

    void events()
    {
        const auto events = PaymentEvent::listFromReply(
            R"([{"reference":"acme-inv-000123","pspReference":"p1","name":"CREATED","amount":{"value":100,"currency":"NOK"},
                 "timestamp":"2026-01-15T09:00:00.123Z","idempotencyKey":"k1","success":true},
                {"reference":"acme-inv-000123","pspReference":"p2","name":"AUTHORIZED","amount":{"value":100,"currency":"NOK"},
                 "timestamp":"2026-01-15T09:01:00Z","idempotencyKey":null,"success":true}])");
        QVERIFY(events.hasValue());
        QCOMPARE(events->size(), 2);
        QCOMPARE(events->at(1).name, PaymentEventName::Authorized);
        QCOMPARE(events->at(0).timestamp,
                 QDateTime(QDate(2026, 1, 15), QTime(9, 0, 0, 123), QTimeZone::utc()));
        const auto bad =
            PaymentEvent::listFromReply(R"([{"reference":"x","name":"CREATED","success":"yes"}])");
        QCOMPARE(bad.error().kind(), Error::Kind::BadReply);
        QCOMPARE(PaymentEvent::listFromReply("{}").error().kind(), Error::Kind::BadReply);
    }

    void accessTokenNumbersAreStrings()
    {
        const QDateTime now(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc());
        const qint64 expiresOn = now.addSecs(3600).toSecsSinceEpoch();
        const auto token = AccessToken::fromReply(
            QStringLiteral(
                R"({"token_type":"Bearer","expires_in":"3600","ext_expires_in":"0","expires_on":"%1",
                "not_before":"0","resource":"r","access_token":"abc.def.ghi"})")
                .arg(expiresOn)
                .toUtf8(),
            now);
        QVERIFY(token.hasValue());
        QCOMPARE(token->value, QStringLiteral("abc.def.ghi"));
        QCOMPARE(token->expiresAt, now.addSecs(3600));
        QCOMPARE(token->refreshMargin(), std::chrono::seconds(180));
        QVERIFY(token->isFreshAt(now.addSecs(3600 - 181)));
        QVERIFY(!token->isFreshAt(now.addSecs(3600 - 179)));
        const auto bad =
            AccessToken::fromReply(R"({"token_type":"Bearer","expires_in":"soon","access_token":"x"})", now);
        QCOMPARE(bad.error().kind(), Error::Kind::BadReply);
        const auto missing = AccessToken::fromReply(R"({"token_type":"Bearer","expires_in":"60"})", now);
        QCOMPARE(missing.error().kind(), Error::Kind::BadReply);
    }

    void receiptRoundTrip()
    {
        Receipt receipt;
        receipt.orderLines.append({QStringLiteral("Hours"),
                                   QStringLiteral("L1"),
                                   1250,
                                   1000,
                                   250,
                                   2500,
                                   UnitInfo{625, QStringLiteral("2"), QStringLiteral("PCS")},
                                   std::nullopt,
                                   {},
                                   false,
                                   false});
        receipt.receiptNumber = QStringLiteral("42");
        const auto back = Receipt::fromJson(receipt.toJson());
        QVERIFY(back.hasValue());
        QCOMPARE(back->orderLines.first().totalAmount, 1250);
        QCOMPARE(back->orderLines.first().unitInfo->quantity, QStringLiteral("2"));
        QCOMPARE(back->receiptNumber, QStringLiteral("42"));
        QJsonObject broken = receipt.toJson();
        broken.remove(QStringLiteral("bottomLine"));
        QCOMPARE(Receipt::fromJson(broken).error().kind(), Error::Kind::BadReply);
    }

    void userinfo()
    {
        const auto info =
            UserInfo::fromReply(R"({"sub":"s1","phone_number":"4791234567","phone_number_verified":true})");
        QVERIFY(info.hasValue());
        QCOMPARE(info->phoneNumber, QStringLiteral("4791234567"));
        QVERIFY(info->phoneNumberVerified);
        QCOMPARE(UserInfo::fromReply(R"({"sub":5})").error().kind(), Error::Kind::BadReply);
        QCOMPARE(UserInfo::fromReply(R"({"sub":"s","email_verified":"true"})").error().kind(),
                 Error::Kind::BadReply);
    }
};

QTEST_GUILESS_MAIN(TestReplyParsing)
#include "tst_replyparsing.moc"
