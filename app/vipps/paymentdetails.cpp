// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/paymentdetails.h"

#include "vipps/jsonreader.h"

namespace InvoiceDesk::Vipps {

namespace {

const QStringList stateNames{QStringLiteral("CREATED"), QStringLiteral("AUTHORIZED"),
                             QStringLiteral("ABORTED"), QStringLiteral("EXPIRED"),
                             QStringLiteral("TERMINATED")};
const QStringList eventNames{QStringLiteral("CREATED"),    QStringLiteral("ABORTED"),
                             QStringLiteral("EXPIRED"),    QStringLiteral("CANCELLED"),
                             QStringLiteral("CAPTURED"),   QStringLiteral("REFUNDED"),
                             QStringLiteral("AUTHORIZED"), QStringLiteral("TERMINATED")};

Aggregate readAggregate(JsonReader& parent)
{
    JsonReader reader = parent.object("aggregate");
    return {reader.amount("authorizedAmount"), reader.amount("cancelledAmount"),
            reader.amount("capturedAmount"), reader.amount("refundedAmount")};
}

// An enum value this version does not know is not a bad reply: Vipps adds values over time.
template<typename Enum>
Enum readEnum(JsonReader& reader, const char* key, const QStringList& names, QString* raw)
{
    *raw = reader.string(key);
    const int index = names.indexOf(*raw);
    return index < 0 ? Enum::Unknown : Enum(index);
}

} // namespace

QString paymentStateName(PaymentState state)
{
    return stateNames.value(int(state), QStringLiteral("UNKNOWN"));
}

QString paymentEventNameString(PaymentEventName name)
{
    return eventNames.value(int(name), QStringLiteral("UNKNOWN"));
}

QJsonObject aggregateToJson(const Aggregate& aggregate)
{
    return {{QStringLiteral("authorizedAmount"), aggregate.authorizedAmount.toJson()},
            {QStringLiteral("cancelledAmount"), aggregate.cancelledAmount.toJson()},
            {QStringLiteral("capturedAmount"), aggregate.capturedAmount.toJson()},
            {QStringLiteral("refundedAmount"), aggregate.refundedAmount.toJson()}};
}

Result<PaymentDetails> PaymentDetails::fromReply(const QByteArray& body)
{
    auto json = JsonReader::parseObject(body);
    if (!json)
        return json.error();
    JsonReader reader(*json);
    PaymentDetails details;
    details.reference = reader.string("reference");
    details.state = readEnum<PaymentState>(reader, "state", stateNames, &details.stateName);
    details.amount = reader.amount("amount");
    details.aggregate = readAggregate(reader);
    details.pspReference = reader.string("pspReference");
    details.paymentMethodType = reader.object("paymentMethod").string("type");
    details.profileSub = reader.object("profile").optionalString("sub").value_or(QString());
    details.redirectUrl = reader.optionalString("redirectUrl").value_or(QString());
    if (!reader.ok())
        return reader.error();
    return details;
}

QJsonObject PaymentDetails::toJson() const
{
    QJsonObject json{
        {QStringLiteral("reference"), reference},
        {QStringLiteral("state"), stateName.isEmpty() ? paymentStateName(state) : stateName},
        {QStringLiteral("amount"), amount.toJson()},
        {QStringLiteral("aggregate"), aggregateToJson(aggregate)},
        {QStringLiteral("pspReference"), pspReference},
        {QStringLiteral("paymentMethod"), QJsonObject{{QStringLiteral("type"), paymentMethodType}}}};
    QJsonObject profile;
    if (!profileSub.isEmpty())
        profile.insert(QStringLiteral("sub"), profileSub);
    json.insert(QStringLiteral("profile"), profile);
    if (!redirectUrl.isEmpty())
        json.insert(QStringLiteral("redirectUrl"), redirectUrl);
    return json;
}

Result<QList<PaymentEvent>> PaymentEvent::listFromReply(const QByteArray& body)
{
    auto array = JsonReader::parseArray(body);
    if (!array)
        return array.error();
    QList<PaymentEvent> events;
    for (const QJsonValue& value : *array) {
        if (!value.isObject())
            return JsonReader::badReply(QStringLiteral("an event is not an object"));
        JsonReader reader(value.toObject(), QStringLiteral("events[]"));
        PaymentEvent event;
        event.reference = reader.string("reference");
        event.pspReference = reader.string("pspReference");
        event.name = readEnum<PaymentEventName>(reader, "name", eventNames, &event.rawName);
        event.amount = reader.amount("amount");
        const QString timestamp = reader.string("timestamp");
        event.idempotencyKey = reader.optionalString("idempotencyKey").value_or(QString());
        event.success = reader.boolean("success");
        if (!reader.ok())
            return reader.error();
        event.timestamp = QDateTime::fromString(timestamp, Qt::ISODateWithMs);
        if (!event.timestamp.isValid())
            return JsonReader::badReply(
                QStringLiteral("event timestamp \"%1\" is not a date").arg(timestamp.left(40)));
        events.append(event);
    }
    return events;
}

QJsonObject PaymentEvent::toJson() const
{
    QJsonObject json{{QStringLiteral("reference"), reference},
                     {QStringLiteral("pspReference"), pspReference},
                     {QStringLiteral("name"), rawName.isEmpty() ? paymentEventNameString(name) : rawName},
                     {QStringLiteral("amount"), amount.toJson()},
                     {QStringLiteral("timestamp"), timestamp.toUTC().toString(Qt::ISODateWithMs)},
                     {QStringLiteral("success"), success}};
    if (!idempotencyKey.isEmpty())
        json.insert(QStringLiteral("idempotencyKey"), idempotencyKey);
    return json;
}

Result<ModificationResult> ModificationResult::fromReply(const QByteArray& body)
{
    auto json = JsonReader::parseObject(body);
    if (!json)
        return json.error();
    JsonReader reader(*json);
    ModificationResult result;
    result.reference = reader.string("reference");
    result.state = readEnum<PaymentState>(reader, "state", stateNames, &result.stateName);
    result.amount = reader.amount("amount");
    result.aggregate = readAggregate(reader);
    result.pspReference = reader.string("pspReference");
    if (!reader.ok())
        return reader.error();
    return result;
}

QJsonObject ModificationResult::toJson() const
{
    return {{QStringLiteral("reference"), reference},
            {QStringLiteral("state"), stateName.isEmpty() ? paymentStateName(state) : stateName},
            {QStringLiteral("amount"), amount.toJson()},
            {QStringLiteral("aggregate"), aggregateToJson(aggregate)},
            {QStringLiteral("pspReference"), pspReference}};
}

} // namespace InvoiceDesk::Vipps
