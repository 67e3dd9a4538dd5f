// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "vipps/apirequest.h"
#include "vipps/ratebudget.h"
#include "vipps/requestfactory.h"
#include "vipps/result.h"
#include "vipps/retrypolicy.h"
#include "vipps/tokencache.h"

#include <QFuture>
#include <QObject>

class QNetworkAccessManager;

namespace InvoiceDesk::Vipps {

// The connection to Vipps for one merchant profile: it owns the token cache, shapes every request
// through the request factory, repeats transient failures with the same idempotency key, keeps the
// per-reference rate budget and turns every failure into an Error. The API classes build on send().
class ApiClient : public QObject {
    Q_OBJECT
public:
    ApiClient(QNetworkAccessManager& network, Clock& clock, Environment environment, MerchantKeys keys,
              SystemInfo system = {}, QObject* parent = nullptr);
    ~ApiClient() override;

    // Sends `call` (waiting for a token, the rate budget and retries as needed). A 2xx reply is a
    // value; everything else is an Error.
    QFuture<Result<ApiReply>> send(const ApiRequest& call);
    // A new access token from POST /accesstoken/get, also stored in the cache.
    QFuture<Result<AccessToken>> fetchToken();

    const Environment& environment() const { return m_factory.environment(); }
    void setRetryPolicy(const RetryPolicy& policy) { m_retryPolicy = policy; }
    const RetryPolicy& retryPolicy() const { return m_retryPolicy; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_factory.setTransferTimeout(timeout); }
    void setRateBudget(const RateBudget& budget) { m_budget = budget; }
    // How many token requests went out (each refresh counts once, however many callers waited).
    int tokenFetchCount() const { return m_tokens.fetchCount(); }
    // Why requests cannot be sent at all (unsafe URL, incomplete keys); empty when they can.
    QString whyNotConfigured() const;

private:
    friend class Exchange;
    QFuture<Result<AccessToken>> requestToken();

    QNetworkAccessManager& m_network;
    Clock& m_clock;
    RequestFactory m_factory;
    RetryPolicy m_retryPolicy;
    RateBudget m_budget;
    TokenCache m_tokens;
};

} // namespace InvoiceDesk::Vipps
