// SPDX-License-Identifier: GPL-3.0-or-later
// A small HTTP client for the sandbox tests: real QNetworkAccessManager requests against the
// sandbox listening on loopback, waiting (event loop, not time) for each reply.
#pragma once

#include "vipps/merchantkeys.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTest>
#include <QUrl>
#include <QUuid>

#include <functional>

struct SandboxResponse {
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QByteArray contentType;
    QHash<QByteArray, QByteArray> headers;
    bool finished = false;

    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
    QJsonArray array() const { return QJsonDocument::fromJson(body).array(); }
    bool isJson() const
    {
        QJsonParseError parseError;
        QJsonDocument::fromJson(body, &parseError);
        return parseError.error == QJsonParseError::NoError;
    }
    // The numeric Vipps error code in extraDetails, or an empty string.
    QString errorCode() const
    {
        const auto details = json().value(QStringLiteral("extraDetails")).toArray();
        for (const auto& detail : details) {
            if (detail.toObject().value(QStringLiteral("name")).toString() == QStringLiteral("ErrorCode"))
                return detail.toObject().value(QStringLiteral("reason")).toString();
        }
        return {};
    }
    // The first field named in extraDetails (not the ErrorCode entry).
    QString fieldName() const
    {
        const auto details = json().value(QStringLiteral("extraDetails")).toArray();
        for (const auto& detail : details) {
            const QString name = detail.toObject().value(QStringLiteral("name")).toString();
            if (name != QStringLiteral("ErrorCode"))
                return name;
        }
        return {};
    }
    QString state() const { return json().value(QStringLiteral("state")).toString(); }
    qint64 aggregate(const char* name) const
    {
        return json()
            .value(QStringLiteral("aggregate"))
            .toObject()
            .value(QLatin1String(name))
            .toObject()
            .value(QStringLiteral("value"))
            .toInteger();
    }
};

class SandboxTestClient {
public:
    SandboxTestClient(QUrl baseUrl, InvoiceDesk::Vipps::MerchantKeys keys)
        : m_baseUrl(std::move(baseUrl))
        , m_keys(std::move(keys))
    {}

    using Headers = QList<QPair<QByteArray, QByteArray>>;

    SandboxResponse send(const QByteArray& method, const QString& path, const QByteArray& body = {},
                         const Headers& headers = {}, const std::function<void()>& whileWaiting = {})
    {
        QUrl url = m_baseUrl;
        const qsizetype queryStart = path.indexOf(QLatin1Char('?'));
        url.setPath(queryStart < 0 ? path : path.left(queryStart));
        if (queryStart >= 0)
            url.setQuery(path.mid(queryStart + 1));
        QNetworkRequest request(url);
        for (const auto& [name, value] : headers)
            request.setRawHeader(name, value);
        if (!body.isEmpty() && !request.hasRawHeader("Content-Type"))
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        if (whileWaiting)
            whileWaiting();
        SandboxResponse response;
        response.finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 10000);
        response.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        response.error = reply->error();
        response.body = reply->readAll();
        response.contentType = reply->header(QNetworkRequest::ContentTypeHeader).toByteArray();
        for (const auto& pair : reply->rawHeaderPairs())
            response.headers.insert(pair.first.toLower(), pair.second);
        reply->deleteLater();
        return response;
    }

    SandboxResponse fetchToken()
    {
        return send("POST", QStringLiteral("/accesstoken/get"), {},
                    {{"client_id", m_keys.clientId.toUtf8()},
                     {"client_secret", m_keys.clientSecret.toUtf8()},
                     {"Ocp-Apim-Subscription-Key", m_keys.subscriptionKey.toUtf8()}});
    }

    QString token()
    {
        if (m_token.isEmpty())
            m_token = fetchToken().json().value(QStringLiteral("access_token")).toString();
        return m_token;
    }
    void forgetToken() { m_token.clear(); }

    Headers apiHeaders(const QByteArray& idempotencyKey = {})
    {
        Headers headers{{"Authorization", "Bearer " + token().toUtf8()},
                        {"Ocp-Apim-Subscription-Key", m_keys.subscriptionKey.toUtf8()},
                        {"Merchant-Serial-Number", m_keys.merchantSerialNumber.toUtf8()},
                        {"Vipps-System-Name", "invoicedesk-tests"}};
        if (!idempotencyKey.isEmpty())
            headers.append({"Idempotency-Key", idempotencyKey});
        return headers;
    }

    static QByteArray newKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces).toLatin1(); }
    static QByteArray toJson(const QJsonObject& object)
    {
        return QJsonDocument(object).toJson(QJsonDocument::Compact);
    }

    SandboxResponse create(const QJsonObject& body, const QByteArray& key = newKey())
    {
        return send("POST", QStringLiteral("/epayment/v1/payments"), toJson(body), apiHeaders(key));
    }
    SandboxResponse get(const QString& reference)
    {
        return send("GET", QStringLiteral("/epayment/v1/payments/") + reference, {}, apiHeaders());
    }
    SandboxResponse events(const QString& reference)
    {
        return send("GET", QStringLiteral("/epayment/v1/payments/") + reference + QStringLiteral("/events"),
                    {}, apiHeaders());
    }
    SandboxResponse modify(const QString& reference, const QString& operation, qint64 value,
                           const QByteArray& key = newKey(), const QString& currency = QStringLiteral("NOK"))
    {
        const QJsonObject body{
            {QStringLiteral("modificationAmount"),
             QJsonObject{{QStringLiteral("currency"), currency}, {QStringLiteral("value"), value}}}};
        return send("POST", QStringLiteral("/epayment/v1/payments/%1/%2").arg(reference, operation),
                    toJson(body), apiHeaders(key));
    }
    SandboxResponse cancel(const QString& reference, const QByteArray& body = {},
                           const QByteArray& key = newKey())
    {
        return send("POST", QStringLiteral("/epayment/v1/payments/%1/cancel").arg(reference), body,
                    apiHeaders(key));
    }
    SandboxResponse forceApprove(const QString& reference, const QString& phone)
    {
        const QJsonObject body{
            {QStringLiteral("customer"), QJsonObject{{QStringLiteral("phoneNumber"), phone}}}};
        return send("POST", QStringLiteral("/epayment/v1/test/payments/%1/approve").arg(reference),
                    toJson(body), apiHeaders());
    }

    // A valid PUSH_MESSAGE payment body for the demo merchant's first user.
    static QJsonObject pushPayment(const QString& reference, qint64 value = 12500)
    {
        return {{QStringLiteral("amount"), QJsonObject{{QStringLiteral("currency"), QStringLiteral("NOK")},
                                                       {QStringLiteral("value"), value}}},
                {QStringLiteral("paymentMethod"),
                 QJsonObject{{QStringLiteral("type"), QStringLiteral("WALLET")}}},
                {QStringLiteral("customer"),
                 QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("4791234567")}}},
                {QStringLiteral("reference"), reference},
                {QStringLiteral("userFlow"), QStringLiteral("PUSH_MESSAGE")},
                {QStringLiteral("paymentDescription"), QStringLiteral("Invoice 1001")}};
    }

    static QJsonObject receipt()
    {
        const QJsonObject line{{QStringLiteral("name"), QStringLiteral("Consulting")},
                               {QStringLiteral("id"), QStringLiteral("L1")},
                               {QStringLiteral("totalAmount"), 12500},
                               {QStringLiteral("totalAmountExcludingTax"), 10000},
                               {QStringLiteral("totalTaxAmount"), 2500},
                               {QStringLiteral("taxRate"), 2500}};
        return {{QStringLiteral("orderLines"), QJsonArray{line}},
                {QStringLiteral("bottomLine"),
                 QJsonObject{{QStringLiteral("currency"), QStringLiteral("NOK")},
                             {QStringLiteral("receiptNumber"), QStringLiteral("1001")}}}};
    }

    QNetworkAccessManager& network() { return m_network; }

private:
    QUrl m_baseUrl;
    InvoiceDesk::Vipps::MerchantKeys m_keys;
    QNetworkAccessManager m_network;
    QString m_token;
};
