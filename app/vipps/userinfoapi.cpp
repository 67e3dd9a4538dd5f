// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/userinfoapi.h"

#include "vipps/jsonreader.h"
#include "vipps/replymapping.h"

#include <QCoreApplication>
#include <QUrl>

namespace InvoiceDesk::Vipps {

namespace {

bool optionalBool(JsonReader& reader, const char* key)
{
    const QJsonValue value = reader.raw().value(QLatin1String(key));
    if (value.isUndefined() || value.isNull())
        return false;
    if (!value.isBool())
        reader.fail(QStringLiteral("field %1 is not a boolean").arg(QLatin1String(key)));
    return value.toBool();
}

} // namespace

Result<UserInfo> UserInfo::fromReply(const QByteArray& body)
{
    auto json = JsonReader::parseObject(body);
    if (!json)
        return json.error();
    JsonReader reader(*json);
    UserInfo info;
    info.sub = reader.string("sub");
    info.name = reader.optionalString("name").value_or(QString());
    info.givenName = reader.optionalString("given_name").value_or(QString());
    info.familyName = reader.optionalString("family_name").value_or(QString());
    info.email = reader.optionalString("email").value_or(QString());
    info.emailVerified = optionalBool(reader, "email_verified");
    info.phoneNumber = reader.optionalString("phone_number").value_or(QString());
    info.phoneNumberVerified = optionalBool(reader, "phone_number_verified");
    info.birthdate = reader.optionalString("birthdate").value_or(QString());
    if (!reader.ok())
        return reader.error();
    info.raw = *json;
    return info;
}

UserinfoApi::UserinfoApi(ApiClient& client)
    : m_client(client)
{}

QFuture<Result<UserInfo>> UserinfoApi::userinfo(const QString& sub)
{
    const QString operation = QStringLiteral("getUserinfo");
    if (sub.isEmpty() || sub.size() > 100) {
        Error error(Error::Kind::Configuration,
                    QCoreApplication::translate("InvoiceDesk::Vipps::UserinfoApi",
                                                "The customer's id (sub) must be 1 to 100 characters."));
        error.setOperation(operation);
        return readyResult<UserInfo>(error);
    }
    ApiRequest call;
    call.path =
        QStringLiteral("/vipps-userinfo-api/userinfo/") + QString::fromLatin1(QUrl::toPercentEncoding(sub));
    call.operation = operation;
    return sendAndParse<UserInfo>(m_client, call,
                                  [](const ApiReply& reply) { return UserInfo::fromReply(reply.body); });
}

} // namespace InvoiceDesk::Vipps
