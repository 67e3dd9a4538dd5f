// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/errorparser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Vipps::ErrorParser {

namespace {

QString stringOf(const QJsonObject& json, const char* key)
{
    const QJsonValue value = json.value(QLatin1String(key));
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QString::number(value.toDouble());
    return {};
}

QList<FieldError> namedReasons(const QJsonValue& value, int* code)
{
    QList<FieldError> fields;
    if (!value.isArray())
        return fields;
    const QJsonArray entries = value.toArray();
    for (const QJsonValue& entry : entries) {
        if (!entry.isObject())
            continue;
        const QJsonObject object = entry.toObject();
        const QString name = stringOf(object, "name");
        const QString reason = stringOf(object, "reason");
        if (name == QLatin1String("ErrorCode")) {
            bool ok = false;
            const int parsed = reason.toInt(&ok);
            if (ok && code)
                *code = parsed;
            continue;
        }
        if (!name.isEmpty() || !reason.isEmpty())
            fields.append({name, reason});
    }
    return fields;
}

void readAzureTokenError(const QJsonObject& json, Error& error)
{
    // {"error":"invalid_client","error_description":"AADSTS7000215: ...","trace_id":"...",...}
    error.setTitle(stringOf(json, "error"));
    const QString description = stringOf(json, "error_description");
    if (!description.isEmpty())
        error.setFieldErrors({{QStringLiteral("error_description"), description}});
    error.setTraceId(stringOf(json, "trace_id"));
    if (error.traceId().isEmpty())
        error.setTraceId(stringOf(json, "correlation_id"));
}

} // namespace

Error::Kind kindForStatus(int httpStatus)
{
    switch (httpStatus) {
    case 400:
        return Error::Kind::Validation;
    case 401:
        return Error::Kind::Authentication;
    case 403:
        return Error::Kind::Permission;
    case 404:
        return Error::Kind::NotFound;
    case 409:
        return Error::Kind::Conflict;
    case 422:
        return Error::Kind::Domain;
    case 423:
    case 429:
        return Error::Kind::RateLimited;
    default:
        break;
    }
    if (httpStatus >= 500)
        return Error::Kind::Server;
    if (httpStatus >= 400)
        return Error::Kind::Validation;
    return Error::Kind::BadReply;
}

Error fromHttpReply(int httpStatus, const QByteArray& body)
{
    Error error(kindForStatus(httpStatus), QString(), httpStatus);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject()) {
        // Gateways may answer in plain text or HTML; keep a short excerpt for the log. Such a reply,
        // or one cut off, does not say whether the request ran, except where the gateway refused
        // the keys or the product before anything was looked at.
        error = Error(kindForStatus(httpStatus), QString::fromUtf8(body.left(200)).simplified(), httpStatus);
        error.setReplyUnreadable(httpStatus != 401 && httpStatus != 403);
        return error;
    }
    const QJsonObject json = document.object();
    QString detail = stringOf(json, "detail");

    if (json.contains(QLatin1String("error")) && json.value(QLatin1String("error")).isString()) {
        readAzureTokenError(json, error);
        detail = stringOf(json, "error_description");
    } else if (json.contains(QLatin1String("statusCode")) && json.contains(QLatin1String("message"))) {
        // The API gateway's own rejections: {"statusCode":401,"message":"Access denied due to ..."}
        detail = stringOf(json, "message");
    } else {
        error.setTitle(stringOf(json, "title"));
        error.setTraceId(stringOf(json, "traceId"));
        if (error.traceId().isEmpty())
            error.setTraceId(stringOf(json, "instance"));
        int code = 0;
        QList<FieldError> fields = namedReasons(json.value(QLatin1String("extraDetails")), &code);
        fields += namedReasons(json.value(QLatin1String("invalidParams")), &code);
        const QJsonValue extraInfo = json.value(QLatin1String("extraInfo"));
        if (extraInfo.isString() && !extraInfo.toString().isEmpty())
            fields.append({QStringLiteral("extraInfo"), extraInfo.toString()});
        error.setFieldErrors(fields);
        if (code != 0) {
            error.setVippsCode(code);
            if (error.kind() == Error::Kind::Validation)
                error.setKind(Error::Kind::Domain);
        }
    }
    Error result(error.kind(), detail.isEmpty() ? error.title() : detail, httpStatus);
    result.setVippsCode(error.vippsCode());
    result.setTitle(error.title());
    result.setTraceId(error.traceId());
    result.setFieldErrors(error.fieldErrors());
    return result;
}

} // namespace InvoiceDesk::Vipps::ErrorParser
