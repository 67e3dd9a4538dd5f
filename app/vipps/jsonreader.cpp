// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/jsonreader.h"

#include <QJsonDocument>

#include <cmath>

namespace InvoiceDesk::Vipps {

namespace {

// Integers beyond 2^53 lose precision in a double; Vipps amounts are far below that.
constexpr double maxExactInteger = 9007199254740992.0;

} // namespace

JsonReader::JsonReader(QJsonObject object, QString path)
    : JsonReader(std::move(object), std::move(path), std::make_shared<QString>())
{}

JsonReader::JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> failure)
    : m_object(std::move(object))
    , m_path(std::move(path))
    , m_failure(std::move(failure))
{}

QString JsonReader::pathOf(const char* key) const
{
    const QString name = QString::fromLatin1(key);
    return m_path.isEmpty() ? name : m_path + QLatin1Char('.') + name;
}

void JsonReader::fail(const QString& problem)
{
    if (m_failure->isEmpty())
        *m_failure = problem;
}

Error JsonReader::error() const
{
    return badReply(*m_failure);
}

Error JsonReader::badReply(const QString& problem)
{
    return Error(Error::Kind::BadReply, problem);
}

QJsonValue JsonReader::field(const char* key, bool required)
{
    const QJsonValue value = m_object.value(QLatin1String(key));
    if (required && (value.isUndefined() || value.isNull()))
        fail(QStringLiteral("missing field %1").arg(pathOf(key)));
    return value;
}

QString JsonReader::string(const char* key)
{
    const QJsonValue value = field(key, true);
    if (!value.isUndefined() && !value.isNull() && !value.isString())
        fail(QStringLiteral("field %1 is not a string").arg(pathOf(key)));
    return value.toString();
}

std::optional<QString> JsonReader::optionalString(const char* key)
{
    const QJsonValue value = field(key, false);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isString()) {
        fail(QStringLiteral("field %1 is not a string").arg(pathOf(key)));
        return std::nullopt;
    }
    return value.toString();
}

qint64 JsonReader::int64(const char* key)
{
    const auto value = optionalInt64(key);
    if (!value)
        fail(QStringLiteral("missing field %1").arg(pathOf(key)));
    return value.value_or(0);
}

std::optional<qint64> JsonReader::optionalInt64(const char* key)
{
    const QJsonValue value = field(key, false);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    const double number = value.toDouble();
    if (!value.isDouble() || std::trunc(number) != number || std::fabs(number) > maxExactInteger) {
        fail(QStringLiteral("field %1 is not an integer").arg(pathOf(key)));
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

bool JsonReader::boolean(const char* key)
{
    const QJsonValue value = field(key, true);
    if (!value.isUndefined() && !value.isNull() && !value.isBool())
        fail(QStringLiteral("field %1 is not a boolean").arg(pathOf(key)));
    return value.toBool();
}

QJsonArray JsonReader::array(const char* key)
{
    const QJsonValue value = field(key, true);
    if (!value.isUndefined() && !value.isNull() && !value.isArray())
        fail(QStringLiteral("field %1 is not an array").arg(pathOf(key)));
    return value.toArray();
}

JsonReader JsonReader::object(const char* key)
{
    const QJsonValue value = field(key, true);
    if (!value.isUndefined() && !value.isNull() && !value.isObject())
        fail(QStringLiteral("field %1 is not an object").arg(pathOf(key)));
    return JsonReader(value.toObject(), pathOf(key), m_failure);
}

std::optional<JsonReader> JsonReader::optionalObject(const char* key)
{
    const QJsonValue value = field(key, false);
    if (value.isUndefined() || value.isNull())
        return std::nullopt;
    if (!value.isObject()) {
        fail(QStringLiteral("field %1 is not an object").arg(pathOf(key)));
        return std::nullopt;
    }
    return JsonReader(value.toObject(), pathOf(key), m_failure);
}

Amount JsonReader::amount(const char* key)
{
    JsonReader reader = object(key);
    Amount amount;
    amount.value = reader.int64("value");
    amount.currency = reader.string("currency");
    return amount;
}

Result<QJsonObject> JsonReader::parseObject(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badReply(QStringLiteral("malformed JSON: %1").arg(parseError.errorString()));
    if (!document.isObject())
        return badReply(QStringLiteral("expected a JSON object"));
    return document.object();
}

Result<QJsonArray> JsonReader::parseArray(const QByteArray& body)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return badReply(QStringLiteral("malformed JSON: %1").arg(parseError.errorString()));
    if (!document.isArray())
        return badReply(QStringLiteral("expected a JSON array"));
    return document.array();
}

} // namespace InvoiceDesk::Vipps
