// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/error.h"

#include "vipps/errormessages.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace InvoiceDesk::Vipps {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Vipps", text);
}

QString environmentName(std::optional<EnvironmentKind> kind)
{
    if (!kind)
        return tr("the selected environment");
    switch (*kind) {
    case EnvironmentKind::Production:
        return tr("Production");
    case EnvironmentKind::Test:
        return tr("Test");
    case EnvironmentKind::Sandbox:
        return tr("Sandbox");
    case EnvironmentKind::Custom:
        return tr("the custom address");
    }
    return {};
}

QString authenticationMessage(const Error& error)
{
    const auto env = error.environment();
    QString text =
        tr("Vipps MobilePay did not accept the API keys (%1). Check that the client id, client secret, "
           "subscription key and merchant serial number are copied correctly from the merchant portal, "
           "and that they belong to this environment: keys for another environment are always refused.")
            .arg(environmentName(env));
    if (env == EnvironmentKind::Production)
        text += QLatin1Char(' ') + tr("Keys for the Test environment do not work against Production: use the "
                                      "production keys, or switch the profile to Test.");
    else if (env == EnvironmentKind::Test)
        text += QLatin1Char(' ') + tr("Production keys do not work against the Test environment: use the "
                                      "test keys, or switch the profile to Production.");
    return text;
}

} // namespace

Error::Error(Kind kind, QString detail, int httpStatus)
    : m_kind(kind)
    , m_httpStatus(httpStatus)
    , m_detail(std::move(detail))
{}

QString Error::unreadableReplyMessage()
{
    return tr(
        "Vipps MobilePay's answer could not be read, so it is not known yet whether the request was "
        "carried out. InvoiceDesk asks Vipps MobilePay before anything else is done with this payment.");
}

QString Error::message() const
{
    QString text;
    if (m_vippsCode != 0)
        text = ErrorMessages::forCode(m_vippsCode);
    if (text.isEmpty() && m_replyUnreadable)
        text = unreadableReplyMessage();
    if (text.isEmpty()) {
        switch (m_kind) {
        case Kind::Network:
            text = tr("Could not reach Vipps MobilePay. Check the internet connection and try again; the "
                      "request will be repeated safely.");
            break;
        case Kind::Timeout:
            text = tr("Vipps MobilePay did not answer in time. The request may still have been carried out: "
                      "check the payment status before trying again.");
            break;
        case Kind::Authentication:
            text = authenticationMessage(*this);
            break;
        case Kind::Permission:
            text = tr("This sales unit is not allowed to use this Vipps MobilePay function. Ask Vipps "
                      "MobilePay to activate it for the merchant serial number in use.");
            break;
        case Kind::Validation:
            text = tr("Vipps MobilePay rejected the request as invalid. Correct the fields listed and "
                      "send it again.");
            break;
        case Kind::Domain:
            text = tr("Vipps MobilePay refused the operation. Check the payment's status.");
            break;
        case Kind::RateLimited:
            text = tr("Vipps MobilePay asked us to slow down. Wait a minute and try again.");
            break;
        case Kind::Server:
            text = tr("Vipps MobilePay had an internal error. Try again in a few minutes; if it keeps "
                      "happening, contact Vipps MobilePay with the trace id.");
            break;
        case Kind::BadReply:
            text = unreadableReplyMessage();
            break;
        case Kind::Conflict:
            text =
                tr("Vipps MobilePay reports a conflict with an earlier request for this payment. Check the "
                   "payment's status before trying again.");
            break;
        case Kind::NotFound:
            text = tr("Vipps MobilePay does not know this payment for this merchant. Check the reference and "
                      "that the right merchant profile is selected.");
            break;
        case Kind::Configuration:
            text = m_detail.isEmpty() ? tr("The merchant profile is not set up correctly.") : m_detail;
            return text;
        }
    }
    for (const FieldError& field : m_fieldErrors)
        text += QLatin1Char('\n') + tr("%1: %2").arg(field.name, field.reason);
    if (!m_traceId.isEmpty())
        text += QLatin1Char('\n') + tr("Trace id for Vipps MobilePay support: %1").arg(m_traceId);
    return text;
}

QJsonObject Error::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(m_kind)},
                     {QStringLiteral("message"), message()},
                     {QStringLiteral("transient"), isTransient()},
                     {QStringLiteral("outcomeUnknown"), isOutcomeUnknown()}};
    if (m_httpStatus)
        json.insert(QStringLiteral("httpStatus"), m_httpStatus);
    if (m_vippsCode)
        json.insert(QStringLiteral("vippsCode"), m_vippsCode);
    if (!m_traceId.isEmpty())
        json.insert(QStringLiteral("traceId"), m_traceId);
    if (!m_title.isEmpty())
        json.insert(QStringLiteral("title"), m_title);
    if (!m_detail.isEmpty())
        json.insert(QStringLiteral("detail"), m_detail);
    if (!m_operation.isEmpty())
        json.insert(QStringLiteral("operation"), m_operation);
    if (!m_fieldErrors.isEmpty()) {
        QJsonArray fields;
        for (const FieldError& field : m_fieldErrors)
            fields.append(
                QJsonObject{{QStringLiteral("name"), field.name}, {QStringLiteral("reason"), field.reason}});
        json.insert(QStringLiteral("fieldErrors"), fields);
    }
    return json;
}

bool Error::isTransient() const
{
    switch (m_kind) {
    case Kind::Network:
    case Kind::Timeout:
    case Kind::RateLimited:
    case Kind::Server:
        return true;
    case Kind::Authentication:
    case Kind::Permission:
    case Kind::Validation:
    case Kind::BadReply:
    case Kind::Conflict:
    case Kind::NotFound:
    case Kind::Configuration:
        return false;
    case Kind::Domain:
        return m_vippsCode == 6160 || m_vippsCode == 6280 || m_vippsCode == 3010;
    }
    return false;
}

bool Error::isOutcomeUnknown() const
{
    return isTransient() || m_kind == Kind::BadReply || m_replyUnreadable;
}

QString Error::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Network:
        return QStringLiteral("network");
    case Kind::Timeout:
        return QStringLiteral("timeout");
    case Kind::Authentication:
        return QStringLiteral("authentication");
    case Kind::Permission:
        return QStringLiteral("permission");
    case Kind::Validation:
        return QStringLiteral("validation");
    case Kind::Domain:
        return QStringLiteral("domain");
    case Kind::RateLimited:
        return QStringLiteral("rate-limited");
    case Kind::Server:
        return QStringLiteral("server");
    case Kind::BadReply:
        return QStringLiteral("bad-reply");
    case Kind::Conflict:
        return QStringLiteral("conflict");
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::Configuration:
        return QStringLiteral("configuration");
    }
    return {};
}

} // namespace InvoiceDesk::Vipps
