// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/redaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace InvoiceDesk::Vipps::Redaction {

namespace {

const QString redacted = QStringLiteral("<redacted>");

bool isSecretHeader(const QByteArray& name)
{
    static const QList<QByteArray> secret{
        "authorization", "client_id", "client_secret", "ocp-apim-subscription-key", "cookie", "set-cookie"};
    return secret.contains(name.toLower());
}

bool isSecretKey(const QString& key)
{
    static const QStringList secret{
        QStringLiteral("access_token"), QStringLiteral("client_secret"), QStringLiteral("client_id"),
        QStringLiteral("token"),        QStringLiteral("phoneNumber"),   QStringLiteral("phone_number"),
        QStringLiteral("mobileNumber"), QStringLiteral("msisdn"),        QStringLiteral("email"),
        QStringLiteral("given_name"),   QStringLiteral("family_name"),   QStringLiteral("nin"),
        QStringLiteral("birthdate"),    QStringLiteral("address"),       QStringLiteral("street_address"),
        QStringLiteral("personalQr"),   QStringLiteral("customerToken"), QStringLiteral("subscriptionKey"),
        QStringLiteral("src")};
    return secret.contains(key, Qt::CaseInsensitive);
}

// "name" is a person in Userinfo but an enum in payment events (CREATED, CAPTURED): keep the enums.
bool isPersonName(const QString& key, const QJsonValue& value)
{
    static const QRegularExpression enumValue(QStringLiteral("^[A-Z_]+$"));
    return key == QLatin1String("name") && !enumValue.match(value.toString()).hasMatch();
}

QString maskDigits(QString text)
{
    static const QRegularExpression longDigits(QStringLiteral("\\d{8,}"));
    return text.replace(longDigits, QStringLiteral("<digits>"));
}

QJsonValue redactValue(const QJsonValue& value);

QJsonObject redactObject(const QJsonObject& object)
{
    QJsonObject out;
    for (auto it = object.begin(); it != object.end(); ++it) {
        out.insert(it.key(), isSecretKey(it.key()) || isPersonName(it.key(), it.value())
                                 ? QJsonValue(redacted)
                                 : redactValue(it.value()));
    }
    return out;
}

QJsonValue redactValue(const QJsonValue& value)
{
    if (value.isObject())
        return redactObject(value.toObject());
    if (value.isArray()) {
        QJsonArray out;
        const QJsonArray array = value.toArray();
        for (const QJsonValue& item : array)
            out.append(redactValue(item));
        return out;
    }
    if (value.isString())
        return maskDigits(value.toString());
    return value;
}

} // namespace

Headers headers(const Headers& input)
{
    Headers out;
    for (const auto& [name, value] : input)
        out.append({name, isSecretHeader(name) ? redacted.toUtf8() : value});
    return out;
}

QString body(const QByteArray& input)
{
    if (input.isEmpty())
        return {};
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(input, &error);
    if (error.error != QJsonParseError::NoError)
        return maskDigits(QString::fromUtf8(input.left(2000)));
    const QJsonValue root =
        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array());
    const QJsonValue clean = redactValue(root);
    const QJsonDocument out =
        clean.isObject() ? QJsonDocument(clean.toObject()) : QJsonDocument(clean.toArray());
    return QString::fromUtf8(out.toJson(QJsonDocument::Compact));
}

QString describe(const QByteArray& method, const QString& url, const Headers& headerList,
                 const QByteArray& bodyBytes)
{
    QString line = QString::fromLatin1(method) + QLatin1Char(' ') + url;
    for (const auto& [name, value] : headers(headerList))
        line += QStringLiteral(" [%1: %2]").arg(QString::fromLatin1(name), QString::fromUtf8(value));
    if (!bodyBytes.isEmpty())
        line += QLatin1Char(' ') + body(bodyBytes);
    return line;
}

} // namespace InvoiceDesk::Vipps::Redaction
