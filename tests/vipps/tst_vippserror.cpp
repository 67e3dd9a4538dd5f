// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/errormessages.h"
#include "vipps/errorparser.h"

#include <QJsonArray>
#include <QTest>

using namespace InvoiceDesk::Vipps;

class TestVippsError : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void problemJsonWithErrorCodeIsADomainError()
    {
        const QByteArray body = R"({"type":"urn:vipps:errors",
            "title":"Cannot capture before reservation","detail":"Payment not reserved","status":400,
            "traceId":"trace-77","instance":"/epayment/v1/payments/abc/capture",
            "extraDetails":[{"name":"ErrorCode","reason":"6080"}]})";
        const Error error = ErrorParser::fromHttpReply(400, body);
        QCOMPARE(error.kind(), Error::Kind::Domain);
        QCOMPARE(error.httpStatus(), 400);
        QCOMPARE(error.vippsCode(), 6080);
        QCOMPARE(error.traceId(), QStringLiteral("trace-77"));
        QCOMPARE(error.title(), QStringLiteral("Cannot capture before reservation"));
        QVERIFY(error.fieldErrors().isEmpty());
        QVERIFY(error.message().contains(QStringLiteral("approved")));
        QVERIFY(error.message().contains(QStringLiteral("trace-77")));
        QVERIFY(!error.isTransient());
    }

    void problemJsonFieldErrorsAreValidation()
    {
        const QByteArray body = R"({"type":"about:blank","title":"Bad Request","status":400,"traceId":"t1",
            "extraDetails":[{"name":"reference","reason":"must match ^[a-zA-Z0-9-]{8,64}$"}]})";
        const Error error = ErrorParser::fromHttpReply(400, body);
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QCOMPARE(error.vippsCode(), 0);
        QCOMPARE(error.fieldErrors().size(), 1);
        QCOMPARE(error.fieldErrors().first().name, QStringLiteral("reference"));
        QVERIFY(error.message().contains(QStringLiteral("reference: must match")));
    }

    void orderManagementInvalidParams()
    {
        const QByteArray body = R"({"type":"urn:validation","title":"Validation error",
            "detail":"One or more fields are invalid","instance":"om-trace-1",
            "invalidParams":[{"name":"orderDetailsUrl","reason":"must be a valid URI"}]})";
        const Error error = ErrorParser::fromHttpReply(400, body);
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QCOMPARE(error.traceId(), QStringLiteral("om-trace-1"));
        QCOMPARE(error.fieldErrors(), (QList<FieldError>{{QStringLiteral("orderDetailsUrl"),
                                                          QStringLiteral("must be a valid URI")}}));
    }

    void userinfoErrorWithStringStatus()
    {
        const QByteArray body = R"({"type":"about:blank","title":"Not Found","status":"404",
            "detail":"No user information for this sub","instance":"ui-trace-9","extraInfo":"sub expired"})";
        const Error error = ErrorParser::fromHttpReply(404, body);
        QCOMPARE(error.kind(), Error::Kind::NotFound);
        QCOMPARE(error.detail(), QStringLiteral("No user information for this sub"));
        QCOMPARE(error.traceId(), QStringLiteral("ui-trace-9"));
        QCOMPARE(error.fieldErrors().first().reason, QStringLiteral("sub expired"));
    }

    void azureStyleTokenError()
    {
        const QByteArray body =
            R"({"error":"unauthorized_client","error_description":"AADSTS700016: Application not found",
            "error_codes":[700016],"timestamp":"2026-01-15 09:00:00Z","trace_id":"az-trace","correlation_id":"corr"})";
        Error error = ErrorParser::fromHttpReply(401, body);
        error.setEnvironment(EnvironmentKind::Production);
        QCOMPARE(error.kind(), Error::Kind::Authentication);
        QCOMPARE(error.traceId(), QStringLiteral("az-trace"));
        QCOMPARE(error.title(), QStringLiteral("unauthorized_client"));
        QVERIFY(error.detail().contains(QStringLiteral("AADSTS700016")));
        QVERIFY(error.message().contains(
            QStringLiteral("Keys for the Test environment do not work against Production")));
    }

    void gatewayErrorAndPlainText()
    {
        const Error gateway = ErrorParser::fromHttpReply(
            401, R"({"statusCode":401,"message":"Access denied due to invalid subscription key."})");
        QCOMPARE(gateway.kind(), Error::Kind::Authentication);
        QVERIFY(gateway.detail().contains(QStringLiteral("invalid subscription key")));

        const Error html = ErrorParser::fromHttpReply(502, "<html><body>Bad gateway</body></html>");
        QCOMPARE(html.kind(), Error::Kind::Server);
        QVERIFY(html.isTransient());
        const Error empty = ErrorParser::fromHttpReply(429, {});
        QCOMPARE(empty.kind(), Error::Kind::RateLimited);
        QVERIFY(empty.isTransient());
        QCOMPARE(ErrorParser::fromHttpReply(423, {}).kind(), Error::Kind::RateLimited);
        QCOMPARE(ErrorParser::fromHttpReply(403, {}).kind(), Error::Kind::Permission);
        QCOMPARE(ErrorParser::fromHttpReply(409, {}).kind(), Error::Kind::Conflict);
        QCOMPARE(ErrorParser::fromHttpReply(422, {}).kind(), Error::Kind::Domain);
        QCOMPARE(ErrorParser::fromHttpReply(418, {}).kind(), Error::Kind::Validation);
    }

    // Only a refusal Vipps clearly stated is a failure of a mutation; a reply that cannot be read
    // leaves its outcome unknown, at any status but the gateway's refusal of the keys.
    void unreadableRepliesLeaveTheOutcomeUnknown()
    {
        const Error cutProblem =
            ErrorParser::fromHttpReply(400, QByteArray("{\"type\":\"about:blank\",\"tit"));
        QCOMPARE(cutProblem.kind(), Error::Kind::Validation);
        QVERIFY(!cutProblem.isTransient());
        QVERIFY(cutProblem.isOutcomeUnknown());
        QVERIFY(ErrorParser::fromHttpReply(409, "<html>conflict</html>").isOutcomeUnknown());
        QVERIFY(Error(Error::Kind::BadReply, {}).isOutcomeUnknown());
        QVERIFY(Error(Error::Kind::Network, {}).isOutcomeUnknown());

        const Error stated = ErrorParser::fromHttpReply(
            400, R"({"title":"Bad Request","extraDetails":[{"name":"ErrorCode","reason":"5080"}]})");
        QVERIFY(!stated.isOutcomeUnknown());
        QVERIFY(!ErrorParser::fromHttpReply(401, "<html>denied</html>").isOutcomeUnknown());
        QVERIFY(!ErrorParser::fromHttpReply(403, {}).isOutcomeUnknown());
        QVERIFY(!Error(Error::Kind::NotFound, {}).isOutcomeUnknown());
    }

    void wrongTypesInAnErrorBodyDoNotCrash()
    {
        const Error error = ErrorParser::fromHttpReply(
            400, R"({"title":7,"extraDetails":"nope","invalidParams":[1,null,{"name":3}],"traceId":{}})");
        QCOMPARE(error.kind(), Error::Kind::Validation);
        QCOMPARE(error.vippsCode(), 0);
        QVERIFY(!error.message().isEmpty());
        const Error array = ErrorParser::fromHttpReply(500, "[1,2,3]");
        QCOMPARE(array.kind(), Error::Kind::Server);
    }

    void everyDocumentedCodeHasAMessage_data()
    {
        QTest::addColumn<int>("code");
        const int codes[] = {3010, 4010, 4020, 4040, 4050, 4060,  4070,  4080,  4090,  4100,  4110,  4120,
                             4130, 4140, 4150, 4160, 5010, 5020,  5030,  5040,  5050,  5060,  5070,  5080,
                             5090, 5100, 6010, 6020, 6030, 6040,  6050,  6060,  6070,  6080,  6090,  6100,
                             6110, 6120, 6130, 6140, 6150, 6160,  6170,  6180,  6190,  6200,  6210,  6220,
                             6230, 6250, 6260, 6280, 7010, 10010, 10020, 10030, 10040, 10050, 10060, 10070};
        for (int code : codes)
            QTest::addRow("%d", code) << code;
    }

    void everyDocumentedCodeHasAMessage()
    {
        QFETCH(int, code);
        const QString text = ErrorMessages::forCode(code);
        QVERIFY(text.size() > 20);
        Error error(Error::Kind::Domain, QStringLiteral("detail"), 400);
        error.setVippsCode(code);
        QVERIFY(error.message().startsWith(text));
    }

    void unknownCodeFallsBackToTheKindText()
    {
        QVERIFY(ErrorMessages::forCode(9999).isEmpty());
        Error error(Error::Kind::Domain, {}, 400);
        error.setVippsCode(9999);
        QVERIFY(error.message().contains(QStringLiteral("refused")));
    }

    void transientCodes()
    {
        Error locked(Error::Kind::Domain, {}, 400);
        locked.setVippsCode(6160);
        QVERIFY(locked.isTransient());
        locked.setVippsCode(6280);
        QVERIFY(locked.isTransient());
        locked.setVippsCode(6100);
        QVERIFY(!locked.isTransient());
        QVERIFY(Error(Error::Kind::Network, {}).isTransient());
        QVERIFY(Error(Error::Kind::Timeout, {}).isTransient());
        QVERIFY(!Error(Error::Kind::BadReply, {}).isTransient());
    }

    void toJsonCarriesEverything()
    {
        Error error(Error::Kind::Domain, QStringLiteral("Reference exists"), 409);
        error.setVippsCode(4150);
        error.setTraceId(QStringLiteral("tr"));
        error.setOperation(QStringLiteral("createPayment"));
        error.setFieldErrors({{QStringLiteral("reference"), QStringLiteral("exists")}});
        const QJsonObject json = error.toJson();
        QCOMPARE(json.value(QStringLiteral("kind")).toString(), QStringLiteral("domain"));
        QCOMPARE(json.value(QStringLiteral("httpStatus")).toInt(), 409);
        QCOMPARE(json.value(QStringLiteral("vippsCode")).toInt(), 4150);
        QCOMPARE(json.value(QStringLiteral("traceId")).toString(), QStringLiteral("tr"));
        QCOMPARE(json.value(QStringLiteral("operation")).toString(), QStringLiteral("createPayment"));
        QCOMPARE(json.value(QStringLiteral("fieldErrors")).toArray().size(), 1);
        QVERIFY(json.value(QStringLiteral("message"))
                    .toString()
                    .contains(QStringLiteral("reference already exists")));
    }
};

QTEST_GUILESS_MAIN(TestVippsError)
#include "tst_vippserror.moc"
