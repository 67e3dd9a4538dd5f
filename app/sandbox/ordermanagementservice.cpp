// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/ordermanagementservice.h"

#include "sandbox/paymentvalidator.h"
#include "sandbox/problem.h"

#include <QImage>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUrl>
#include <QUuid>

namespace InvoiceDesk::Sandbox {

namespace {
const QString kOrderKind = QStringLiteral("order");
const QString kImageKind = QStringLiteral("image");

bool matchesId(const QString& text, int maxLength)
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z\\-_\\.]+$"));
    return !text.isEmpty() && text.size() <= maxLength && pattern.match(text).hasMatch();
}

HttpResponse invalid(const HttpRequest& request, const QString& name, const QString& reason)
{
    return Problem::orderManagement(400, QStringLiteral("One or more validation errors occurred."),
                                    QStringLiteral("BadRequest"), request.path, {{name, reason}});
}

std::optional<QJsonObject> jsonBody(const HttpRequest& request)
{
    QJsonParseError error;
    const QJsonDocument document = request.json(&error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}
} // namespace

OrderManagementService::OrderManagementService(SandboxStore& store)
    : m_store(store)
{
    for (const QJsonObject& json : m_store.all(kOrderKind)) {
        m_orders.insert(json.value(QStringLiteral("key")).toString(),
                        {json.value(QStringLiteral("category")).toObject(),
                         json.value(QStringLiteral("receipt")).toObject()});
    }
    for (const QJsonObject& json : m_store.all(kImageKind))
        m_images.insert(json.value(QStringLiteral("key")).toString(), json);
}

std::optional<QString> OrderManagementService::normalizedType(const QString& paymentType)
{
    // The spec says ECOM/RECURRING, the guides write ecom: accept both spellings.
    static const QSet<QString> accepted{QStringLiteral("ecom"), QStringLiteral("ECOM"),
                                        QStringLiteral("recurring"), QStringLiteral("RECURRING")};
    if (!accepted.contains(paymentType))
        return std::nullopt;
    return paymentType.toUpper();
}

QString OrderManagementService::keyOf(const QString& msn, const QString& type, const QString& orderId)
{
    return msn + QLatin1Char('/') + type + QLatin1Char('/') + orderId;
}

void OrderManagementService::save(const QString& key, const Order& order)
{
    m_orders.insert(key, order);
    m_store.put(kOrderKind, key,
                {{QStringLiteral("key"), key},
                 {QStringLiteral("category"), order.category},
                 {QStringLiteral("receipt"), order.receipt}});
}

void OrderManagementService::attachReceipt(const QString& msn, const QString& orderId,
                                           const QJsonObject& receipt)
{
    const QString key = keyOf(msn, QStringLiteral("ECOM"), orderId);
    Order order = m_orders.value(key);
    order.receipt = receipt;
    save(key, order);
}

HttpResponse OrderManagementService::putCategory(const HttpRequest& request, const MerchantSettings& merchant,
                                                 const QString& paymentType, const QString& orderId)
{
    const auto type = normalizedType(paymentType);
    if (!type)
        return invalid(request, QStringLiteral("paymentType"), QStringLiteral("Must be ECOM or RECURRING."));
    if (!matchesId(orderId, 128))
        return invalid(request, QStringLiteral("orderId"), QStringLiteral("Must match ^[0-9A-Za-z-_\\.]+$."));
    const auto body = jsonBody(request);
    if (!body)
        return invalid(request, QStringLiteral("body"), QStringLiteral("Must be a JSON object."));
    static const QSet<QString> categories{
        QStringLiteral("GENERAL"),  QStringLiteral("RECEIPT"), QStringLiteral("ORDER_CONFIRMATION"),
        QStringLiteral("DELIVERY"), QStringLiteral("TICKET"),  QStringLiteral("BOOKING")};
    if (!categories.contains(body->value(QStringLiteral("category")).toString()))
        return invalid(
            request, QStringLiteral("category"),
            QStringLiteral("Must be GENERAL, RECEIPT, ORDER_CONFIRMATION, DELIVERY, TICKET or BOOKING."));
    const QJsonValue url = body->value(QStringLiteral("orderDetailsUrl"));
    if (!url.isString() || url.toString().isEmpty() || !QUrl(url.toString(), QUrl::StrictMode).isValid() ||
        QUrl(url.toString()).scheme().isEmpty())
        return invalid(request, QStringLiteral("orderDetailsUrl"),
                       QStringLiteral("Must be an absolute URI."));
    const QJsonValue imageId = body->value(QStringLiteral("imageId"));
    if (!imageId.isUndefined() && !imageId.isNull()) {
        if (!imageId.isString() || !matchesId(imageId.toString(), 128))
            return invalid(request, QStringLiteral("imageId"),
                           QStringLiteral("Must match ^[0-9A-Za-z-_\\.]+$."));
        if (!m_images.contains(merchant.msn() + QLatin1Char('/') + imageId.toString()))
            return invalid(request, QStringLiteral("imageId"),
                           QStringLiteral("No image with this id was uploaded."));
    }
    const QString key = keyOf(merchant.msn(), *type, orderId);
    Order order = m_orders.value(key);
    order.category = *body;
    save(key, order);
    return HttpResponse::jsonString(200, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

HttpResponse OrderManagementService::getOrder(const HttpRequest& request, const MerchantSettings& merchant,
                                              const QString& paymentType, const QString& orderId)
{
    const auto type = normalizedType(paymentType);
    if (!type)
        return invalid(request, QStringLiteral("paymentType"), QStringLiteral("Must be ECOM or RECURRING."));
    const auto it = m_orders.constFind(keyOf(merchant.msn(), *type, orderId));
    if (it == m_orders.cend())
        return Problem::orderManagement(404, QStringLiteral("Not Found"), QStringLiteral("No such order."),
                                        request.path);
    QJsonObject body;
    if (!it->category.isEmpty())
        body.insert(QStringLiteral("category"), it->category);
    if (!it->receipt.isEmpty())
        body.insert(QStringLiteral("receipt"), it->receipt);
    return HttpResponse::json(200, body);
}

HttpResponse OrderManagementService::postReceipt(const HttpRequest& request, const MerchantSettings& merchant,
                                                 const QString& paymentType, const QString& orderId)
{
    const auto type = normalizedType(paymentType);
    if (!type)
        return invalid(request, QStringLiteral("paymentType"), QStringLiteral("Must be ECOM or RECURRING."));
    if (!matchesId(orderId, 128))
        return invalid(request, QStringLiteral("orderId"), QStringLiteral("Must match ^[0-9A-Za-z-_\\.]+$."));
    const auto body = jsonBody(request);
    if (!body)
        return invalid(request, QStringLiteral("body"), QStringLiteral("Must be a JSON object."));
    if (const auto error = PaymentValidator::validateReceipt(*body, QStringLiteral("receipt")))
        return invalid(request, error->field, error->reason);
    const QString key = keyOf(merchant.msn(), *type, orderId);
    Order order = m_orders.value(key);
    if (!order.receipt.isEmpty())
        return Problem::orderManagement(
            409, QStringLiteral("Conflict"),
            QStringLiteral("A receipt was already posted for this order; receipts are "
                           "immutable."),
            request.path);
    order.receipt = *body;
    save(key, order);
    return HttpResponse::jsonString(201, QUuid::createUuid().toString(QUuid::WithoutBraces));
}

HttpResponse OrderManagementService::postImage(const HttpRequest& request, const MerchantSettings& merchant)
{
    const auto body = jsonBody(request);
    if (!body)
        return invalid(request, QStringLiteral("body"), QStringLiteral("Must be a JSON object."));
    const QString imageId = body->value(QStringLiteral("imageId")).toString();
    if (!matchesId(imageId, 128))
        return invalid(request, QStringLiteral("imageId"),
                       QStringLiteral("Required, at most 128 characters of ^[0-9A-Za-z-_\\.]+$."));
    if (body->value(QStringLiteral("type")).toString() != QStringLiteral("base64"))
        return invalid(request, QStringLiteral("type"), QStringLiteral("Must be \"base64\"."));
    const QByteArray data = QByteArray::fromBase64(body->value(QStringLiteral("src")).toString().toLatin1());
    if (data.isEmpty())
        return invalid(request, QStringLiteral("src"), QStringLiteral("Required: base64 image data."));
    if (data.size() > 2 * 1024 * 1024)
        return invalid(request, QStringLiteral("src"), QStringLiteral("At most 2 MB."));
    QImage image;
    const bool isPngOrJpeg = data.startsWith("\x89PNG") || data.startsWith("\xFF\xD8");
    if (!isPngOrJpeg || !image.loadFromData(data))
        return invalid(request, QStringLiteral("src"), QStringLiteral("Must be a PNG or JPEG image."));
    if (image.height() < 167)
        return invalid(request, QStringLiteral("src"),
                       QStringLiteral("The image must be at least 167 px high."));
    const QString key = merchant.msn() + QLatin1Char('/') + imageId;
    if (m_images.contains(key))
        return Problem::orderManagement(
            409, QStringLiteral("Conflict"),
            QStringLiteral("An image with this imageId exists and cannot be overwritten."), request.path);
    const QJsonObject record{{QStringLiteral("key"), key},
                             {QStringLiteral("imageId"), imageId},
                             {QStringLiteral("width"), image.width()},
                             {QStringLiteral("height"), image.height()}};
    m_images.insert(key, record);
    m_store.put(kImageKind, key, record);
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("imageId"), imageId}});
}

} // namespace InvoiceDesk::Sandbox
