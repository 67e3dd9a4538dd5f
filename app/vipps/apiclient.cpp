// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/apiclient.h"

#include "vipps/exchange.h"

#include <QCoreApplication>

namespace InvoiceDesk::Vipps {

ApiClient::ApiClient(QNetworkAccessManager& network, Clock& clock, Environment environment, MerchantKeys keys,
                     SystemInfo system, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_factory(std::move(environment), std::move(keys), std::move(system))
    , m_tokens(clock, this, [this] { return requestToken(); })
{}

ApiClient::~ApiClient() = default;

QString ApiClient::whyNotConfigured() const
{
    const QString unsafe = Environment::whyUnsafe(m_factory.environment().baseUrl());
    if (!unsafe.isEmpty())
        return unsafe;
    if (!m_factory.keys().isComplete())
        return QCoreApplication::translate(
            "InvoiceDesk::Vipps::ApiClient",
            "The merchant profile lacks a merchant serial number, client id, "
            "client secret or subscription key. Enter all four in the settings.");
    return {};
}

QFuture<Result<ApiReply>> ApiClient::send(const ApiRequest& call)
{
    return Exchange::start(*this, call);
}

QFuture<Result<AccessToken>> ApiClient::fetchToken()
{
    return m_tokens.refresh();
}

QFuture<Result<AccessToken>> ApiClient::requestToken()
{
    ApiRequest call;
    call.method = "POST";
    call.path = QStringLiteral("/accesstoken/get");
    call.operation = QStringLiteral("fetchAuthorizationTokenUsingPost");
    call.authenticated = false;
    Clock& clock = m_clock;
    return Exchange::start(*this, call)
        .then(this, [&clock](const Result<ApiReply>& reply) -> Result<AccessToken> {
            if (!reply)
                return reply.error();
            auto token = AccessToken::fromReply(reply->body, clock.now());
            if (!token) {
                Error error = token.error();
                error.setOperation(QStringLiteral("fetchAuthorizationTokenUsingPost"));
                error.setHttpStatus(reply->httpStatus);
                return error;
            }
            return token;
        });
}

} // namespace InvoiceDesk::Vipps
