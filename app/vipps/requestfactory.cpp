// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/requestfactory.h"

namespace InvoiceDesk::Vipps {

RequestFactory::RequestFactory(Environment environment, MerchantKeys keys, SystemInfo system)
    : m_environment(std::move(environment))
    , m_keys(std::move(keys))
    , m_system(std::move(system))
{}

QByteArray RequestFactory::systemHeaderValue(const QString& value)
{
    return value.left(30).toUtf8();
}

QUrl RequestFactory::urlFor(const ApiRequest& call) const
{
    QUrl url = m_environment.baseUrl();
    QString basePath = url.path();
    while (basePath.endsWith(QLatin1Char('/')))
        basePath.chop(1);
    url.setPath(basePath + call.path);
    if (!call.query.isEmpty())
        url.setQuery(call.query);
    return url;
}

QNetworkRequest RequestFactory::build(const ApiRequest& call, const QString& accessToken) const
{
    QNetworkRequest request(urlFor(call));
    request.setTransferTimeout(int(m_transferTimeout.count()));
    // Never follow a redirect with the keys attached.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QString(m_system.name + QLatin1Char('/') + m_system.version).toUtf8());
    if (call.body)
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));

    if (call.authenticated) {
        request.setRawHeader("Authorization", "Bearer " + accessToken.toUtf8());
    } else {
        request.setRawHeader("client_id", m_keys.clientId.toUtf8());
        request.setRawHeader("client_secret", m_keys.clientSecret.toUtf8());
    }
    request.setRawHeader("Ocp-Apim-Subscription-Key", m_keys.subscriptionKey.toUtf8());
    request.setRawHeader("Merchant-Serial-Number", m_keys.merchantSerialNumber.toUtf8());
    request.setRawHeader("Vipps-System-Name", systemHeaderValue(m_system.name));
    request.setRawHeader("Vipps-System-Version", systemHeaderValue(m_system.version));
    request.setRawHeader("Vipps-System-Plugin-Name", systemHeaderValue(m_system.pluginName));
    request.setRawHeader("Vipps-System-Plugin-Version", systemHeaderValue(m_system.pluginVersion));
    if (!call.idempotencyKey.isEmpty())
        request.setRawHeader("Idempotency-Key", call.idempotencyKey.toUtf8());
    return request;
}

} // namespace InvoiceDesk::Vipps
