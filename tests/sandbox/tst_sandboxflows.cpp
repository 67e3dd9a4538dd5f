// SPDX-License-Identifier: GPL-3.0-or-later
// The sandbox's other surfaces over real HTTP: Order Management, Userinfo and the 168-hour window,
// the landing page form, QR images, the control API, the request recorder, and state that survives a
// restart.
#include "sandbox/sandboxserver.h"
#include "sandboxtestclient.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Sandbox;
using namespace std::chrono_literals;

namespace {
QByteArray pngOfHeight(int height)
{
    QImage image(height, height, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

QJsonObject scopedPayment(const QString& reference, const QString& flow)
{
    QJsonObject body = SandboxTestClient::pushPayment(reference);
    body.insert(QStringLiteral("userFlow"), flow);
    body.insert(QStringLiteral("profile"),
                QJsonObject{{QStringLiteral("scope"), QStringLiteral("name phoneNumber email")}});
    if (flow != QStringLiteral("PUSH_MESSAGE"))
        body.remove(QStringLiteral("customer"));
    if (flow == QStringLiteral("WEB_REDIRECT"))
        body.insert(QStringLiteral("returnUrl"), QStringLiteral("https://example.com/thanks"));
    return body;
}
} // namespace

class TestSandboxFlows : public QObject {
    Q_OBJECT

    std::unique_ptr<ManualClock> clock;
    std::unique_ptr<SandboxServer> server;
    std::unique_ptr<SandboxTestClient> client;

    SandboxResponse userinfo(const QString& sub)
    {
        return client->send("GET", QStringLiteral("/vipps-userinfo-api/userinfo/") + sub, {},
                            client->apiHeaders());
    }

private Q_SLOTS:
    void init()
    {
        clock = std::make_unique<ManualClock>();
        server = std::make_unique<SandboxServer>(*clock);
        QVERIFY(server->listen(0));
        client = std::make_unique<SandboxTestClient>(server->baseUrl(), server->demoMerchant());
    }

    void cleanup()
    {
        client.reset();
        server.reset();
        clock.reset();
    }

    void orderManagementCategoriesReceiptsImages()
    {
        const QByteArray category =
            "{\"category\":\"RECEIPT\",\"orderDetailsUrl\":\"https://example.com/invoices/1001\"}";
        auto reply = client->send("PUT", QStringLiteral("/order-management/v2/ecom/categories/om-order-1"),
                                  category, client->apiHeaders());
        QCOMPARE(reply.status, 200);
        QVERIFY(QJsonDocument::fromJson("[" + reply.body + "]").array().first().isString());
        reply = client->send(
            "PUT", QStringLiteral("/order-management/v2/ECOM/categories/om-order-1"),
            "{\"category\":\"GENERAL\",\"orderDetailsUrl\":\"https://example.com/invoices/1001\"}",
            client->apiHeaders());
        QCOMPARE(reply.status, 200);
        reply = client->send("GET", QStringLiteral("/order-management/v2/ecom/om-order-1"), {},
                             client->apiHeaders());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("category"))
                     .toObject()
                     .value(QStringLiteral("category"))
                     .toString(),
                 QStringLiteral("GENERAL")); // the second PUT replaced the first

        reply = client->send("PUT", QStringLiteral("/order-management/v2/EPAYMENT/categories/om-order-1"),
                             category, client->apiHeaders());
        QCOMPARE(reply.status, 400);
        QCOMPARE(reply.json()
                     .value(QStringLiteral("invalidParams"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QStringLiteral("name")),
                 QStringLiteral("paymentType"));
        reply = client->send("PUT", QStringLiteral("/order-management/v2/ecom/categories/om-order-1"),
                             "{\"category\":\"INVOICE\",\"orderDetailsUrl\":\"https://example.com\"}",
                             client->apiHeaders());
        QCOMPARE(reply.status, 400);

        const QByteArray receipt = SandboxTestClient::toJson(SandboxTestClient::receipt());
        QCOMPARE(client
                     ->send("POST", QStringLiteral("/order-management/v2/ecom/receipts/om-order-1"), receipt,
                            client->apiHeaders())
                     .status,
                 201);
        reply = client->send("POST", QStringLiteral("/order-management/v2/ecom/receipts/om-order-1"), receipt,
                             client->apiHeaders());
        QCOMPARE(reply.status, 409);
        QVERIFY(reply.json().contains(QStringLiteral("invalidParams")));

        // The receipt of a long-living create is the order's receipt.
        QJsonObject longLiving = SandboxTestClient::pushPayment(QStringLiteral("om-with-receipt"));
        longLiving.insert(QStringLiteral("expiresAt"), QStringLiteral("2026-01-20T12:00:00Z"));
        longLiving.insert(QStringLiteral("receipt"), SandboxTestClient::receipt());
        QCOMPARE(client->create(longLiving).status, 201);
        reply = client->send("GET", QStringLiteral("/order-management/v2/ecom/om-with-receipt"), {},
                             client->apiHeaders());
        QCOMPARE(reply.json().value(QStringLiteral("receipt")).toObject(), SandboxTestClient::receipt());
        QCOMPARE(client
                     ->send("POST", QStringLiteral("/order-management/v2/ecom/receipts/om-with-receipt"),
                            receipt, client->apiHeaders())
                     .status,
                 409);

        const QJsonObject image{{QStringLiteral("imageId"), QStringLiteral("logo-v1")},
                                {QStringLiteral("src"), QString::fromLatin1(pngOfHeight(200).toBase64())},
                                {QStringLiteral("type"), QStringLiteral("base64")}};
        reply = client->send("POST", QStringLiteral("/order-management/v1/images"),
                             SandboxTestClient::toJson(image), client->apiHeaders());
        QCOMPARE(reply.status, 200);
        QCOMPARE(reply.json().value(QStringLiteral("imageId")).toString(), QStringLiteral("logo-v1"));
        QCOMPARE(client
                     ->send("POST", QStringLiteral("/order-management/v1/images"),
                            SandboxTestClient::toJson(image), client->apiHeaders())
                     .status,
                 409);
        QJsonObject tiny = image;
        tiny.insert(QStringLiteral("imageId"), QStringLiteral("logo-tiny"));
        tiny.insert(QStringLiteral("src"), QString::fromLatin1(pngOfHeight(100).toBase64()));
        QCOMPARE(client
                     ->send("POST", QStringLiteral("/order-management/v1/images"),
                            SandboxTestClient::toJson(tiny), client->apiHeaders())
                     .status,
                 400);
        QCOMPARE(client
                     ->send("PUT", QStringLiteral("/order-management/v2/ecom/categories/om-order-2"),
                            "{\"category\":\"RECEIPT\",\"orderDetailsUrl\":\"https://"
                            "example.com\",\"imageId\":\"logo-v1\"}",
                            client->apiHeaders())
                     .status,
                 200);
        QCOMPARE(client
                     ->send("PUT", QStringLiteral("/order-management/v2/ecom/categories/om-order-2"),
                            "{\"category\":\"RECEIPT\",\"orderDetailsUrl\":\"https://"
                            "example.com\",\"imageId\":\"logo-v9\"}",
                            client->apiHeaders())
                     .status,
                 400);
    }

    void profileSubAndUserinfoWindow()
    {
        QCOMPARE(client->create(scopedPayment(QStringLiteral("scope-push-1"), QStringLiteral("PUSH_MESSAGE")))
                     .status,
                 201);
        QVERIFY(!client->get(QStringLiteral("scope-push-1"))
                     .json()
                     .value(QStringLiteral("profile"))
                     .toObject()
                     .contains(QStringLiteral("sub")));
        QVERIFY(server->approve(QStringLiteral("scope-push-1"), {}, true));
        const QString sub = client->get(QStringLiteral("scope-push-1"))
                                .json()
                                .value(QStringLiteral("profile"))
                                .toObject()
                                .value(QStringLiteral("sub"))
                                .toString();
        QVERIFY(!QUuid::fromString(sub).isNull());

        auto info = userinfo(sub);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(QStringLiteral("sub")).toString(), sub);
        QCOMPARE(info.json().value(QStringLiteral("phone_number")), QJsonValue(QStringLiteral("4791234567")));
        QCOMPARE(info.json().value(QStringLiteral("name")).toString(), QStringLiteral("Kari Nordmann"));
        QCOMPARE(info.json().value(QStringLiteral("email")).toString(),
                 QStringLiteral("kari.nordmann@example.com"));
        QVERIFY(!info.json().contains(QStringLiteral("address"))); // not in the scope

        clock->advance(167h);
        client->forgetToken();
        QCOMPARE(userinfo(sub).json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Kari Nordmann"));
        clock->advance(1h);
        client->forgetToken();
        info = userinfo(sub);
        QCOMPARE(info.status, 200);
        QCOMPARE(info.json().value(QStringLiteral("name")).toString(), QStringLiteral("[Expired]"));
        QCOMPARE(info.json().value(QStringLiteral("phone_number")).toString(), QStringLiteral("[Expired]"));

        // One stable sub per user and merchant; another merchant cannot use it.
        QCOMPARE(client->create(scopedPayment(QStringLiteral("scope-push-2"), QStringLiteral("PUSH_MESSAGE")))
                     .status,
                 201);
        QVERIFY(server->approve(QStringLiteral("scope-push-2"), {}, true));
        QCOMPARE(server->payment(QStringLiteral("scope-push-2"))->sub, sub);
        QCOMPARE(userinfo(sub).json().value(QStringLiteral("name")).toString(),
                 QStringLiteral("Kari Nordmann"));
        MerchantSettings other;
        other.keys = {QStringLiteral("654321"), QStringLiteral("other-client"),
                      QStringLiteral("other-secret"), QStringLiteral("other-subscription")};
        server->setMerchantSettings(other);
        SandboxTestClient otherClient(server->baseUrl(), other.keys);
        QCOMPARE(otherClient
                     .send("GET", QStringLiteral("/vipps-userinfo-api/userinfo/") + sub, {},
                           otherClient.apiHeaders())
                     .status,
                 404);
    }

    void decliningConsentAbortsThePayment()
    {
        QCOMPARE(
            client->create(scopedPayment(QStringLiteral("scope-decline"), QStringLiteral("PUSH_MESSAGE")))
                .status,
            201);
        QVERIFY(server->approve(QStringLiteral("scope-decline"), {}, false));
        const auto payment = client->get(QStringLiteral("scope-decline"));
        QCOMPARE(payment.state(), QStringLiteral("ABORTED"));
        QVERIFY(!payment.json().value(QStringLiteral("profile")).toObject().contains(QStringLiteral("sub")));
    }

    void landingPageFormApproves()
    {
        const auto created =
            client->create(scopedPayment(QStringLiteral("landing-1"), QStringLiteral("WEB_REDIRECT")));
        QCOMPARE(created.status, 201);
        const QUrl redirect(created.json().value(QStringLiteral("redirectUrl")).toString());
        QCOMPARE(redirect.path(), QStringLiteral("/landing"));
        const QString token = QUrlQuery(redirect).queryItemValue(QStringLiteral("token"));
        const auto page = client->send("GET", redirect.path() + QLatin1Char('?') + redirect.query());
        QCOMPARE(page.status, 200);
        QVERIFY(page.contentType.startsWith("text/html"));
        QVERIFY(page.body.contains("<form method=\"post\" action=\"/landing\">"));
        QVERIFY(page.body.contains("name=\"phoneNumber\""));

        const SandboxTestClient::Headers form{{"Content-Type", "application/x-www-form-urlencoded"}};
        auto posted =
            client->send("POST", QStringLiteral("/landing"),
                         "token=" + token.toLatin1() + "&phoneNumber=4700000000&action=approve", form);
        QCOMPARE(posted.status, 400); // not a Vipps user
        QCOMPARE(server->payment(QStringLiteral("landing-1"))->state, QStringLiteral("CREATED"));
        posted = client->send(
            "POST", QStringLiteral("/landing"),
            "token=" + token.toLatin1() + "&phoneNumber=4748123456&shareProfile=true&action=approve", form);
        QCOMPARE(posted.status, 200);
        QVERIFY(posted.body.contains("AUTHORIZED"));
        QVERIFY(posted.body.contains("https://example.com/thanks"));
        const auto payment = server->payment(QStringLiteral("landing-1"));
        QCOMPARE(payment->state, QStringLiteral("AUTHORIZED"));
        QCOMPARE(payment->phone, QStringLiteral("4748123456"));
        QVERIFY(!payment->sub.isEmpty());

        const auto second =
            client->create(scopedPayment(QStringLiteral("landing-2"), QStringLiteral("WEB_REDIRECT")));
        const QUrl secondUrl(second.json().value(QStringLiteral("redirectUrl")).toString());
        const QByteArray secondToken =
            QUrlQuery(secondUrl).queryItemValue(QStringLiteral("token")).toLatin1();
        QCOMPARE(
            client->send("POST", QStringLiteral("/landing"), "token=" + secondToken + "&action=reject", form)
                .status,
            200);
        QCOMPARE(server->payment(QStringLiteral("landing-2"))->state, QStringLiteral("ABORTED"));
    }

    void forceApproveWithTheRedirectToken()
    {
        QJsonObject body = scopedPayment(QStringLiteral("force-token-1"), QStringLiteral("WEB_REDIRECT"));
        body.remove(QStringLiteral("profile"));
        const QUrl redirect(client->create(body).json().value(QStringLiteral("redirectUrl")).toString());
        const QString token = QUrlQuery(redirect).queryItemValue(QStringLiteral("token"));
        const QString path = QStringLiteral("/epayment/v1/test/payments/force-token-1/approve");
        const auto wrong = client->send("POST", path, "{\"token\":\"not-the-token\"}", client->apiHeaders());
        QCOMPARE(wrong.status, 400);
        QCOMPARE(wrong.errorCode(), QStringLiteral("10010"));
        const auto approved =
            client->send("POST", path, SandboxTestClient::toJson({{QStringLiteral("token"), token}}),
                         client->apiHeaders());
        QCOMPARE(approved.status, 200);
        QCOMPARE(client->get(QStringLiteral("force-token-1")).state(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(
            client->forceApprove(QStringLiteral("force-token-1"), QStringLiteral("4791234567")).errorCode(),
            QStringLiteral("10010")); // already approved
    }

    void qrImages()
    {
        QJsonObject png = scopedPayment(QStringLiteral("qr-png-1"), QStringLiteral("QR"));
        png.insert(QStringLiteral("qrFormat"),
                   QJsonObject{{QStringLiteral("format"), QStringLiteral("IMAGE/PNG")},
                               {QStringLiteral("size"), 300}});
        const QUrl pngUrl(client->create(png).json().value(QStringLiteral("redirectUrl")).toString());
        const auto pngReply = client->send("GET", pngUrl.path() + QLatin1Char('?') + pngUrl.query());
        QCOMPARE(pngReply.status, 200);
        QCOMPARE(pngReply.contentType, QByteArrayLiteral("image/png"));
        QImage image;
        QVERIFY(image.loadFromData(pngReply.body, "PNG"));
        QCOMPARE(image.size(), QSize(300, 300));
        QCOMPARE(image.pixelColor(0, 0), QColor(Qt::white)); // quiet zone
        QCOMPARE(image.pixelColor(image.width() / 2, image.height() / 2).isValid(), true);

        const QUrl svgUrl(client->create(scopedPayment(QStringLiteral("qr-svg-1"), QStringLiteral("QR")))
                              .json()
                              .value(QStringLiteral("redirectUrl"))
                              .toString());
        const auto svgReply = client->send("GET", svgUrl.path());
        QCOMPARE(svgReply.status, 200);
        QCOMPARE(svgReply.contentType, QByteArrayLiteral("image/svg+xml"));
        QVERIFY(svgReply.body.contains("<svg"));
        QVERIFY(svgReply.body.count("h1v1h-1z") > 100); // real modules, not a placeholder

        QJsonObject text = scopedPayment(QStringLiteral("qr-text-1"), QStringLiteral("QR"));
        text.insert(QStringLiteral("qrFormat"),
                    QJsonObject{{QStringLiteral("format"), QStringLiteral("TEXT/TARGETURL")}});
        const QUrl target(client->create(text).json().value(QStringLiteral("redirectUrl")).toString());
        QCOMPARE(target.path(), QStringLiteral("/landing"));
    }

    void controlApi()
    {
        QCOMPARE(client->create(SandboxTestClient::pushPayment(QStringLiteral("control-1"))).status, 201);
        auto list = client->send("GET", QStringLiteral("/sandbox/payments"));
        QCOMPARE(list.status, 200);
        const QJsonObject first = list.array().first().toObject();
        QCOMPARE(first.value(QStringLiteral("reference")).toString(), QStringLiteral("control-1"));
        QCOMPARE(first.value(QStringLiteral("msn")).toString(), QStringLiteral("123456"));
        QCOMPARE(first.value(QStringLiteral("state")).toString(), QStringLiteral("CREATED"));
        QCOMPARE(first.value(QStringLiteral("userFlow")).toString(), QStringLiteral("PUSH_MESSAGE"));
        QCOMPARE(first.value(QStringLiteral("phone")).toString(), QStringLiteral("4791234567"));
        QVERIFY(first.contains(QStringLiteral("aggregate")));
        QVERIFY(first.contains(QStringLiteral("createdAt")));
        QCOMPARE(client->send("GET", QStringLiteral("/sandbox/phones/4791234567")).array().size(), 1);

        auto acted = client->send("POST", QStringLiteral("/sandbox/payments/control-1/postpone"));
        QCOMPARE(acted.status, 200);
        acted = client->send("POST", QStringLiteral("/sandbox/payments/control-1/approve"),
                             "{\"phoneNumber\":\"4791234567\",\"shareProfile\":true}");
        QCOMPARE(acted.status, 200);
        QCOMPARE(acted.json().value(QStringLiteral("state")).toString(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(client->send("POST", QStringLiteral("/sandbox/payments/control-1/reject")).status, 409);
        QCOMPARE(client->send("POST", QStringLiteral("/sandbox/payments/nothing-here/reject")).status, 404);

        QCOMPARE(client->create(SandboxTestClient::pushPayment(QStringLiteral("control-2"))).status, 201);
        QCOMPARE(client->send("POST", QStringLiteral("/sandbox/payments/control-2/reject"))
                     .json()
                     .value(QStringLiteral("state")),
                 QStringLiteral("ABORTED"));
        QCOMPARE(client->create(SandboxTestClient::pushPayment(QStringLiteral("control-3"))).status, 201);
        QCOMPARE(client->send("POST", QStringLiteral("/sandbox/payments/control-3/expire"))
                     .json()
                     .value(QStringLiteral("state")),
                 QStringLiteral("EXPIRED"));

        QCOMPARE(client->create(SandboxTestClient::pushPayment(QStringLiteral("control-4"))).status, 201);
        const auto advanced =
            client->send("POST", QStringLiteral("/sandbox/clock/advance"), "{\"seconds\":600}");
        QCOMPARE(advanced.status, 200);
        QCOMPARE(clock->now(), QDateTime(QDate(2026, 1, 15), QTime(9, 10), QTimeZone::utc()));
        QCOMPARE(server->payment(QStringLiteral("control-4"))->state, QStringLiteral("EXPIRED"));

        QCOMPARE(client->send("GET", QStringLiteral("/sandbox/users")).array().size(),
                 server->users().size());
        QCOMPARE(
            client->send("POST", QStringLiteral("/sandbox/ratelimits"), "{\"mutationsPerMinute\":1}").status,
            204);
        QCOMPARE(client->create(SandboxTestClient::pushPayment(QStringLiteral("control-5"))).status, 201);
        QCOMPARE(client->cancel(QStringLiteral("control-5")).status, 429);
    }

    void recorderWritesOneRedactedLinePerRequest()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("requests.jsonl"));
        QVERIFY(server->recordRequestsTo(file));
        const QJsonObject body = SandboxTestClient::pushPayment(QStringLiteral("record-1"));
        QCOMPARE(client->create(body).status, 201);               // token + create
        client->send("GET", QStringLiteral("/sandbox/payments")); // the control API is not recorded
        QFile recorded(file);
        QVERIFY(recorded.open(QIODevice::ReadOnly));
        const QList<QByteArray> lines = recorded.readAll().trimmed().split('\n');
        QCOMPARE(lines.size(), 2);
        const QJsonObject token = QJsonDocument::fromJson(lines[0]).object();
        QCOMPARE(token.value(QStringLiteral("path")).toString(), QStringLiteral("/accesstoken/get"));
        QCOMPARE(token.value(QStringLiteral("headers"))
                     .toObject()
                     .value(QStringLiteral("client_secret"))
                     .toString(),
                 QStringLiteral("<redacted>"));
        QCOMPARE(
            token.value(QStringLiteral("headers")).toObject().value(QStringLiteral("client_id")).toString(),
            QStringLiteral("sandbox-demo-client"));
        const QJsonObject create = QJsonDocument::fromJson(lines[1]).object();
        QCOMPARE(create.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
        QCOMPARE(create.value(QStringLiteral("body")).toObject(), body);
        const QJsonObject headers = create.value(QStringLiteral("headers")).toObject();
        QCOMPARE(headers.value(QStringLiteral("Authorization")).toString(), QStringLiteral("<redacted>"));
        QCOMPARE(headers.value(QStringLiteral("Ocp-Apim-Subscription-Key")).toString(),
                 QStringLiteral("<redacted>"));
        QCOMPARE(headers.value(QStringLiteral("Merchant-Serial-Number")).toString(),
                 QStringLiteral("123456"));
        QVERIFY(!recorded.fileName().isEmpty());
        QVERIFY(!QFile(file).readAll().contains("sandbox-demo-secret"));
    }

    void stateSurvivesARestart()
    {
        QTemporaryDir dir;
        const QString stateFile = dir.filePath(QStringLiteral("sandbox.sqlite"));
        QString sub;
        QByteArray firstAnswer;
        const QJsonObject body = scopedPayment(QStringLiteral("persist-1"), QStringLiteral("PUSH_MESSAGE"));
        {
            SandboxServer first(*clock, stateFile);
            QVERIFY(first.listen(0));
            SandboxTestClient firstClient(first.baseUrl(), first.demoMerchant());
            const auto created = firstClient.create(body, "persist-key");
            QCOMPARE(created.status, 201);
            firstAnswer = created.body;
            QVERIFY(first.approve(QStringLiteral("persist-1"), {}, true));
            QCOMPARE(firstClient.modify(QStringLiteral("persist-1"), QStringLiteral("capture"), 2500).status,
                     200);
            QCOMPARE(firstClient
                         .send("POST", QStringLiteral("/order-management/v2/ecom/receipts/persist-1"),
                               SandboxTestClient::toJson(SandboxTestClient::receipt()),
                               firstClient.apiHeaders())
                         .status,
                     201);
            QCOMPARE(firstClient.create(SandboxTestClient::pushPayment(QStringLiteral("persist-2"))).status,
                     201);
            sub = first.payment(QStringLiteral("persist-1"))->sub;
        }
        SandboxServer second(*clock, stateFile);
        QVERIFY(second.listen(0));
        SandboxTestClient secondClient(second.baseUrl(), second.demoMerchant());
        const auto payment = secondClient.get(QStringLiteral("persist-1"));
        QCOMPARE(payment.state(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(payment.aggregate("capturedAmount"), 2500);
        QCOMPARE(secondClient.events(QStringLiteral("persist-1")).array().size(), 3);
        QCOMPARE(second.payment(QStringLiteral("persist-1"))->sub, sub);
        const auto replay = secondClient.create(body, "persist-key");
        QCOMPARE(replay.status, 201);
        QCOMPARE(replay.body, firstAnswer);
        QCOMPARE(secondClient
                     .send("POST", QStringLiteral("/order-management/v2/ecom/receipts/persist-1"),
                           SandboxTestClient::toJson(SandboxTestClient::receipt()), secondClient.apiHeaders())
                     .status,
                 409);
        QCOMPARE(secondClient
                     .send("GET", QStringLiteral("/vipps-userinfo-api/userinfo/") + sub, {},
                           secondClient.apiHeaders())
                     .json()
                     .value(QStringLiteral("name"))
                     .toString(),
                 QStringLiteral("Kari Nordmann"));
        // Expiry keeps working for payments loaded from the file.
        clock->advance(10min);
        QCOMPARE(second.payment(QStringLiteral("persist-2"))->state, QStringLiteral("EXPIRED"));
    }
};

QTEST_GUILESS_MAIN(TestSandboxFlows)
#include "tst_sandboxflows.moc"
