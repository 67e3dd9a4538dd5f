// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"
#include "sandbox/merchantregistry.h"

#include <QDateTime>
#include <QHash>

#include <chrono>

namespace InvoiceDesk::Sandbox {

enum class ApiKind { EPayment, OrderManagement, Userinfo };

// Issues access tokens for POST /accesstoken/get and checks the credentials of every API call: the
// bearer token, the subscription key it was issued with and the Merchant-Serial-Number it is bound
// to. Tokens live in memory only; after a restart clients simply fetch a new one.
class AccessTokenService {
public:
    AccessTokenService(Clock& clock, const MerchantRegistry& merchants);

    void setLifetime(std::chrono::seconds lifetime) { m_lifetime = lifetime; }
    HttpResponse issue(const HttpRequest& request);
    // The merchant the call acts for, or the error response to send.
    Expected<MerchantSettings, HttpResponse> authorize(const HttpRequest& request, ApiKind api) const;

private:
    struct Token {
        QString msn;
        QDateTime expiresAt;
    };
    HttpResponse unauthorized(ApiKind api, const QString& detail, const QString& instance) const;
    HttpResponse badHeader(ApiKind api, const QString& header, const QString& reason,
                           const QString& instance) const;

    Clock& m_clock;
    const MerchantRegistry& m_merchants;
    std::chrono::seconds m_lifetime = std::chrono::hours(1);
    QHash<QString, Token> m_tokens;
};

} // namespace InvoiceDesk::Sandbox
