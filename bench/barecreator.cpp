// SPDX-License-Identifier: GPL-3.0-or-later
#include "barecreator.h"

#include "benchsupport.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>

namespace InvoiceDesk::Bench {

BareCreator::BareCreator(QUrl baseUrl, Vipps::MerchantKeys keys)
    : m_baseUrl(std::move(baseUrl))
    , m_keys(std::move(keys))
{}

bool BareCreator::fetchToken()
{
    QNetworkRequest token(m_baseUrl.resolved(QUrl(QStringLiteral("/accesstoken/get"))));
    token.setRawHeader("client_id", m_keys.clientId.toUtf8());
    token.setRawHeader("client_secret", m_keys.clientSecret.toUtf8());
    token.setRawHeader("Ocp-Apim-Subscription-Key", m_keys.subscriptionKey.toUtf8());
    token.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply = m_network.post(token, QByteArray());
    waitUntil([reply] { return reply->isFinished(); }, std::chrono::seconds(30));
    m_token =
        QJsonDocument::fromJson(reply->readAll()).object().value(QStringLiteral("access_token")).toString();
    reply->deleteLater();
    return !m_token.isEmpty();
}

QNetworkRequest BareCreator::request(const QString& path, const QString& idempotencyKey) const
{
    QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
    request.setRawHeader("Authorization", "Bearer " + m_token.toUtf8());
    request.setRawHeader("Ocp-Apim-Subscription-Key", m_keys.subscriptionKey.toUtf8());
    request.setRawHeader("Merchant-Serial-Number", m_keys.merchantSerialNumber.toUtf8());
    request.setRawHeader("Idempotency-Key", idempotencyKey.toUtf8());
    request.setRawHeader("Vipps-System-Name", "invoicedesk-bench");
    request.setRawHeader("Vipps-System-Version", INVOICEDESK_VERSION);
    request.setRawHeader("Vipps-System-Plugin-Name", "bare");
    request.setRawHeader("Vipps-System-Plugin-Version", INVOICEDESK_VERSION);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    return request;
}

// A long-living push request with a receipt, the shape the workflow sends.
QByteArray BareCreator::createBody(const QString& reference, int index) const
{
    const qint64 amount = 10000 + 100 * (index % 1000);
    const QJsonObject line{{QStringLiteral("name"), QStringLiteral("Consulting hours")},
                           {QStringLiteral("id"), QStringLiteral("1")},
                           {QStringLiteral("totalAmount"), amount},
                           {QStringLiteral("totalAmountExcludingTax"), amount * 4 / 5},
                           {QStringLiteral("totalTaxAmount"), amount - amount * 4 / 5},
                           {QStringLiteral("taxRate"), 2500}};
    const QJsonObject body{
        {QStringLiteral("amount"),
         QJsonObject{{QStringLiteral("currency"), QStringLiteral("NOK")}, {QStringLiteral("value"), amount}}},
        {QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("type"), QStringLiteral("WALLET")}}},
        {QStringLiteral("customer"),
         QJsonObject{{QStringLiteral("phoneNumber"), QStringLiteral("4791234567")}}},
        {QStringLiteral("reference"), reference},
        {QStringLiteral("userFlow"), QStringLiteral("PUSH_MESSAGE")},
        {QStringLiteral("paymentDescription"), QStringLiteral("Invoice %1").arg(index)},
        {QStringLiteral("expiresAt"), QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODate)},
        {QStringLiteral("receipt"),
         QJsonObject{{QStringLiteral("orderLines"), QJsonArray{line}},
                     {QStringLiteral("bottomLine"),
                      QJsonObject{{QStringLiteral("currency"), QStringLiteral("NOK")},
                                  {QStringLiteral("receiptNumber"), QString::number(index)}}}}}};
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

void BareCreator::launch(int index)
{
    ++m_inFlight;
    const QString reference = m_prefix + QLatin1Char('-') + QString::number(index);
    const auto sendCreate = [this, reference, index] {
        QNetworkReply* reply = m_network.post(
            request(QStringLiteral("/epayment/v1/payments"), QStringLiteral("create-") + reference),
            createBody(reference, index));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() / 100 == 2)
                ++m_outcome.ok;
            else
                ++m_outcome.failed;
            --m_inFlight;
            if (m_next < m_count)
                launch(++m_next);
        });
    };
    if (!m_withCategory) {
        sendCreate();
        return;
    }
    const QJsonObject category{
        {QStringLiteral("category"), QStringLiteral("GENERAL")},
        {QStringLiteral("orderDetailsUrl"), QStringLiteral("https://invoices.example.com/%1").arg(index)}};
    QNetworkReply* reply =
        m_network.put(request(QStringLiteral("/order-management/v2/ecom/categories/") + reference,
                              QStringLiteral("category-") + reference),
                      QJsonDocument(category).toJson(QJsonDocument::Compact));
    connect(reply, &QNetworkReply::finished, this, [reply, sendCreate] {
        reply->deleteLater();
        sendCreate();
    });
}

BareCreator::Outcome BareCreator::run(const QString& prefix, int count, int concurrency, bool withCategory)
{
    m_prefix = prefix;
    m_withCategory = withCategory;
    m_count = count;
    m_next = 0;
    m_inFlight = 0;
    m_outcome = {};
    QElapsedTimer timer;
    timer.start();
    while (m_next < std::min(count, concurrency))
        launch(++m_next);
    waitUntil([this] { return m_inFlight == 0 && m_next >= m_count; }, std::chrono::minutes(30));
    m_outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    return m_outcome;
}

} // namespace InvoiceDesk::Bench
