// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/accesstoken.h"

#include "vipps/jsonreader.h"

#include <QTimeZone>

#include <algorithm>

namespace InvoiceDesk::Vipps {

namespace {

// "3600" as the API sends it; a bare number is tolerated, anything else is a bad reply.
std::optional<qint64> numberField(JsonReader& reader, const char* key, bool required)
{
    const QJsonValue value = reader.raw().value(QLatin1String(key));
    if (value.isUndefined() || value.isNull()) {
        if (required)
            reader.fail(QStringLiteral("missing field %1").arg(QLatin1String(key)));
        return std::nullopt;
    }
    if (value.isDouble())
        return reader.optionalInt64(key);
    bool ok = false;
    const qint64 number = value.toString().toLongLong(&ok);
    if (!value.isString() || !ok) {
        reader.fail(QStringLiteral("field %1 is not a number string").arg(QLatin1String(key)));
        return std::nullopt;
    }
    return number;
}

} // namespace

std::chrono::seconds AccessToken::refreshMargin() const
{
    return std::min(std::chrono::seconds(180), lifetime / 2);
}

bool AccessToken::isFreshAt(const QDateTime& now) const
{
    return !value.isEmpty() && now.addSecs(refreshMargin().count()) < expiresAt;
}

Result<AccessToken> AccessToken::fromReply(const QByteArray& body, const QDateTime& now)
{
    auto json = JsonReader::parseObject(body);
    if (!json)
        return json.error();
    JsonReader reader(*json);
    AccessToken token;
    token.value = reader.string("access_token");
    const QString type = reader.string("token_type");
    const auto expiresIn = numberField(reader, "expires_in", true);
    const auto expiresOn = numberField(reader, "expires_on", false);
    if (!reader.ok())
        return reader.error();
    if (type.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        return JsonReader::badReply(QStringLiteral("token_type is not Bearer"));
    if (token.value.isEmpty() || *expiresIn <= 0)
        return JsonReader::badReply(QStringLiteral("empty token or lifetime"));
    token.lifetime = std::chrono::seconds(*expiresIn);
    token.expiresAt =
        expiresOn ? QDateTime::fromSecsSinceEpoch(*expiresOn, QTimeZone::utc()) : now.addSecs(*expiresIn);
    return token;
}

} // namespace InvoiceDesk::Vipps
