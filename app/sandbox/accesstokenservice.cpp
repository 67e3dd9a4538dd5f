// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/accesstokenservice.h"

#include "sandbox/problem.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QUuid>

namespace InvoiceDesk::Sandbox {

namespace {
QByteArray base64Url(const QByteArray& bytes)
{
    return bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

// Shaped like the JWT Vipps hands out, so clients that read `exp` from the token keep working.
QString makeJwt(const QString& clientId, const QString& msn, qint64 notBefore, qint64 expiresOn)
{
    const QJsonObject header{{QStringLiteral("typ"), QStringLiteral("JWT")},
                             {QStringLiteral("alg"), QStringLiteral("none")}};
    const QJsonObject payload{{QStringLiteral("aud"), QStringLiteral("invoicedesk-sandbox")},
                              {QStringLiteral("sub"), clientId},
                              {QStringLiteral("msn"), msn},
                              {QStringLiteral("nbf"), notBefore},
                              {QStringLiteral("iat"), notBefore},
                              {QStringLiteral("exp"), expiresOn},
                              {QStringLiteral("jti"), QUuid::createUuid().toString(QUuid::WithoutBraces)}};
    QByteArray signature(32, Qt::Uninitialized);
    for (auto& byte : signature)
        byte = char(QRandomGenerator::global()->bounded(256));
    return QString::fromLatin1(base64Url(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.' +
                               base64Url(QJsonDocument(payload).toJson(QJsonDocument::Compact)) + '.' +
                               base64Url(signature));
}
} // namespace

AccessTokenService::AccessTokenService(Clock& clock, const MerchantRegistry& merchants)
    : m_clock(clock)
    , m_merchants(merchants)
{}

HttpResponse AccessTokenService::issue(const HttpRequest& request)
{
    const QString clientId = QString::fromUtf8(request.header("client_id"));
    const QString clientSecret = QString::fromUtf8(request.header("client_secret"));
    const QString subscriptionKey = QString::fromUtf8(request.header("Ocp-Apim-Subscription-Key"));
    if (subscriptionKey.isEmpty())
        return Problem::accessToken(401, QStringLiteral("unauthorized_client"),
                                    QStringLiteral("Access denied due to missing subscription key."));
    const auto merchant = m_merchants.findByClientId(clientId);
    if (!merchant || merchant->keys.clientSecret != clientSecret || clientSecret.isEmpty())
        return Problem::accessToken(401, QStringLiteral("invalid_client"),
                                    QStringLiteral("The client_id or client_secret is not valid."));
    if (merchant->keys.subscriptionKey != subscriptionKey)
        return Problem::accessToken(401, QStringLiteral("unauthorized_client"),
                                    QStringLiteral("Access denied due to invalid subscription key."));
    const QByteArray msnHeader = request.header("Merchant-Serial-Number");
    if (!msnHeader.isEmpty() && QString::fromUtf8(msnHeader) != merchant->msn())
        return Problem::accessToken(401, QStringLiteral("unauthorized_client"),
                                    QStringLiteral("The keys do not belong to this Merchant-Serial-Number."));

    const QDateTime now = m_clock.now();
    const QDateTime expiresAt = now.addSecs(m_lifetime.count());
    const QString token =
        makeJwt(clientId, merchant->msn(), now.toSecsSinceEpoch(), expiresAt.toSecsSinceEpoch());
    m_tokens.insert(token, {merchant->msn(), expiresAt});
    const QJsonObject body{
        {QStringLiteral("token_type"), QStringLiteral("Bearer")},
        {QStringLiteral("expires_in"), QString::number(m_lifetime.count())},
        {QStringLiteral("ext_expires_in"), QStringLiteral("0")},
        {QStringLiteral("expires_on"), QString::number(expiresAt.toSecsSinceEpoch())},
        {QStringLiteral("not_before"), QString::number(now.toSecsSinceEpoch())},
        {QStringLiteral("resource"), QStringLiteral("00000002-0000-0000-c000-000000000000")},
        {QStringLiteral("access_token"), token}};
    return HttpResponse::json(200, body);
}

Expected<MerchantSettings, HttpResponse> AccessTokenService::authorize(const HttpRequest& request,
                                                                       ApiKind api) const
{
    const QString instance = request.path;
    const QString subscriptionKey = QString::fromUtf8(request.header("Ocp-Apim-Subscription-Key"));
    if (subscriptionKey.isEmpty())
        return unauthorized(api, QStringLiteral("Access denied due to missing subscription key."), instance);
    const QByteArray authorization = request.header("Authorization");
    if (!authorization.startsWith("Bearer ") || authorization.size() <= 7)
        return unauthorized(api, QStringLiteral("Authorization must be 'Bearer <access token>'."), instance);
    const auto token = m_tokens.constFind(QString::fromUtf8(authorization.mid(7).trimmed()));
    if (token == m_tokens.cend())
        return unauthorized(api, QStringLiteral("The access token is not valid."), instance);
    if (m_clock.now() >= token->expiresAt)
        return unauthorized(api, QStringLiteral("The access token has expired."), instance);
    const auto merchant = m_merchants.find(token->msn);
    if (!merchant || merchant->keys.subscriptionKey != subscriptionKey)
        return unauthorized(api, QStringLiteral("Access denied due to invalid subscription key."), instance);

    const bool msnRequired = api != ApiKind::Userinfo;
    const QString msn = QString::fromUtf8(request.header("Merchant-Serial-Number"));
    if (msn.isEmpty() && msnRequired)
        return badHeader(api, QStringLiteral("Merchant-Serial-Number"),
                         QStringLiteral("The header is required."), instance);
    static const QRegularExpression msnPattern(QStringLiteral("^[0-9]{4,6}$"));
    if (!msn.isEmpty() && !msnPattern.match(msn).hasMatch())
        return badHeader(api, QStringLiteral("Merchant-Serial-Number"),
                         QStringLiteral("Must match ^[0-9]{4,6}$."), instance);
    if (!msn.isEmpty() && msn != token->msn)
        return unauthorized(api, QStringLiteral("The access token was issued for another merchant."),
                            instance);

    const int maxSystemHeader = api == ApiKind::OrderManagement ? 100 : 30;
    for (const char* name : {"Vipps-System-Name", "Vipps-System-Version", "Vipps-System-Plugin-Name",
                             "Vipps-System-Plugin-Version"}) {
        if (request.header(name).size() > maxSystemHeader)
            return badHeader(api, QLatin1String(name),
                             QStringLiteral("At most %1 characters.").arg(maxSystemHeader), instance);
    }
    return *merchant;
}

HttpResponse AccessTokenService::unauthorized(ApiKind api, const QString& detail,
                                              const QString& instance) const
{
    switch (api) {
    case ApiKind::EPayment:
        return Problem::epayment(401, QStringLiteral("Unauthorized"), detail, instance);
    case ApiKind::OrderManagement:
        return Problem::orderManagement(401, QStringLiteral("Unauthorized"), detail, instance);
    case ApiKind::Userinfo:
        return Problem::userinfo(401, QStringLiteral("unauthorized"), detail, instance);
    }
    return HttpResponse::empty(401);
}

HttpResponse AccessTokenService::badHeader(ApiKind api, const QString& header, const QString& reason,
                                           const QString& instance) const
{
    switch (api) {
    case ApiKind::EPayment:
        return Problem::epayment(ApiError::fieldError(header, reason), instance);
    case ApiKind::OrderManagement:
        return Problem::orderManagement(400, QStringLiteral("One or more validation errors occurred."),
                                        QStringLiteral("BadRequest"), instance, {{header, reason}});
    case ApiKind::Userinfo:
        return Problem::userinfo(400, QStringLiteral("invalid_request"),
                                 header + QStringLiteral(": ") + reason, instance);
    }
    return HttpResponse::empty(400);
}

} // namespace InvoiceDesk::Sandbox
