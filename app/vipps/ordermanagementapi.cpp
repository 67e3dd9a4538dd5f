// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/ordermanagementapi.h"

#include "vipps/jsonreader.h"
#include "vipps/replymapping.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QRegularExpression>

namespace InvoiceDesk::Vipps {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Vipps::OrderManagementApi", text);
}

const QRegularExpression& idPattern()
{
    static const QRegularExpression pattern(QStringLiteral("^[0-9A-Za-z\\-_.]{1,128}$"));
    return pattern;
}

QString orderPath(const QString& what, const QString& reference)
{
    return QStringLiteral("/order-management/v2/ecom/") + what +
           QString::fromLatin1(QUrl::toPercentEncoding(reference));
}

Error refused(const QString& operation, const QString& text)
{
    Error error(Error::Kind::Configuration, text);
    error.setOperation(operation);
    return error;
}

} // namespace

QJsonObject OrderInfo::toJson() const
{
    QJsonObject json{{QStringLiteral("category"), category},
                     {QStringLiteral("orderDetailsUrl"), orderDetailsUrl}};
    if (!imageId.isEmpty())
        json.insert(QStringLiteral("imageId"), imageId);
    if (receipt)
        json.insert(QStringLiteral("receipt"), receipt->toJson());
    return json;
}

OrderManagementApi::OrderManagementApi(ApiClient& client)
    : m_client(client)
{}

const QStringList& OrderManagementApi::categories()
{
    static const QStringList names{
        QStringLiteral("GENERAL"),  QStringLiteral("RECEIPT"), QStringLiteral("ORDER_CONFIRMATION"),
        QStringLiteral("DELIVERY"), QStringLiteral("TICKET"),  QStringLiteral("BOOKING")};
    return names;
}

std::optional<Error> OrderManagementApi::refusal(const QString& operation, const QString& reference) const
{
    if (!m_client.environment().offersOrderManagement())
        return refused(operation,
                       tr("Order Management is not offered in the Vipps MobilePay Test environment."));
    if (!idPattern().match(reference).hasMatch())
        return refused(operation, tr("The reference must be 1 to 128 letters, digits, '-', '_' or '.'."));
    return std::nullopt;
}

QFuture<Result<Done>> OrderManagementApi::putCategory(const QString& reference, const QString& category,
                                                      const QUrl& orderDetailsUrl, const QString& imageId)
{
    const QString operation = QStringLiteral("put-category-v2");
    if (auto error = refusal(operation, reference))
        return readyResult<Done>(*error);
    if (!categories().contains(category))
        return readyResult<Done>(refused(operation, tr("Unknown category “%1”.").arg(category)));
    if (!orderDetailsUrl.isValid() || orderDetailsUrl.scheme() != QLatin1String("https"))
        return readyResult<Done>(
            refused(operation, tr("The order details link must be an https:// address.")));
    if (!imageId.isEmpty() && !idPattern().match(imageId).hasMatch())
        return readyResult<Done>(refused(operation, tr("The image id is not valid.")));
    QJsonObject body{{QStringLiteral("category"), category},
                     {QStringLiteral("orderDetailsUrl"), orderDetailsUrl.toString(QUrl::FullyEncoded)}};
    if (!imageId.isEmpty())
        body.insert(QStringLiteral("imageId"), imageId);
    ApiRequest call;
    call.method = "PUT";
    call.path = orderPath(QStringLiteral("categories/"), reference);
    call.operation = operation;
    call.body = QJsonDocument(body).toJson(QJsonDocument::Compact);
    return sendAndParse<Done>(m_client, call, [](const ApiReply&) -> Result<Done> { return Done{}; });
}

QFuture<Result<OrderInfo>> OrderManagementApi::getOrder(const QString& reference)
{
    const QString operation = QStringLiteral("get-order-v2");
    if (auto error = refusal(operation, reference))
        return readyResult<OrderInfo>(*error);
    ApiRequest call;
    call.path = orderPath(QString(), reference);
    call.operation = operation;
    return sendAndParse<OrderInfo>(m_client, call, [](const ApiReply& reply) -> Result<OrderInfo> {
        auto json = JsonReader::parseObject(reply.body);
        if (!json)
            return json.error();
        JsonReader reader(*json);
        OrderInfo info;
        if (auto category = reader.optionalObject("category")) {
            info.category = category->string("category");
            info.orderDetailsUrl = category->string("orderDetailsUrl");
            info.imageId = category->optionalString("imageId").value_or(QString());
        }
        const QJsonValue receipt = json->value(QLatin1String("receipt"));
        if (!reader.ok())
            return reader.error();
        if (receipt.isObject()) {
            auto parsed = Receipt::fromJson(receipt.toObject());
            if (!parsed)
                return parsed.error();
            info.receipt = *parsed;
        } else if (!receipt.isUndefined() && !receipt.isNull()) {
            return JsonReader::badReply(QStringLiteral("field receipt is not an object"));
        }
        return info;
    });
}

QFuture<Result<Done>> OrderManagementApi::postReceipt(const QString& reference, const Receipt& receipt)
{
    const QString operation = QStringLiteral("post-receipt-v2");
    if (auto error = refusal(operation, reference))
        return readyResult<Done>(*error);
    if (receipt.orderLines.isEmpty())
        return readyResult<Done>(refused(operation, tr("A receipt needs at least one order line.")));
    ApiRequest call;
    call.method = "POST";
    call.path = orderPath(QStringLiteral("receipts/"), reference);
    call.operation = operation;
    call.body = QJsonDocument(receipt.toJson()).toJson(QJsonDocument::Compact);
    return sendAndParse<Done>(m_client, call, [](const ApiReply&) -> Result<Done> { return Done{}; });
}

QFuture<Result<QString>> OrderManagementApi::uploadImage(const QString& imageId, const QByteArray& imageData)
{
    const QString operation = QStringLiteral("post-image");
    if (!m_client.environment().offersOrderManagement())
        return readyResult<QString>(refused(
            operation, tr("Order Management is not offered in the Vipps MobilePay Test environment.")));
    if (!idPattern().match(imageId).hasMatch())
        return readyResult<QString>(refused(operation, tr("The image id is not valid.")));
    if (imageData.isEmpty() || imageData.size() > 2 * 1024 * 1024)
        return readyResult<QString>(
            refused(operation, tr("The image must be a PNG or JPEG file of at most 2 MB.")));
    ApiRequest call;
    call.method = "POST";
    call.path = QStringLiteral("/order-management/v1/images");
    call.operation = operation;
    call.body = QJsonDocument(QJsonObject{{QStringLiteral("imageId"), imageId},
                                          {QStringLiteral("src"), QString::fromLatin1(imageData.toBase64())},
                                          {QStringLiteral("type"), QStringLiteral("base64")}})
                    .toJson(QJsonDocument::Compact);
    return sendAndParse<QString>(m_client, call, [](const ApiReply& reply) -> Result<QString> {
        auto json = JsonReader::parseObject(reply.body);
        if (!json)
            return json.error();
        JsonReader reader(*json);
        const QString id = reader.string("imageId");
        if (!reader.ok())
            return reader.error();
        return id;
    });
}

} // namespace InvoiceDesk::Vipps
