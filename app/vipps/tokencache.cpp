// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/tokencache.h"

#include "vipps/logging.h"

namespace InvoiceDesk::Vipps {

TokenCache::TokenCache(Clock& clock, QObject* context, Fetch fetch)
    : m_clock(clock)
    , m_context(context)
    , m_fetch(std::move(fetch))
{}

QFuture<Result<QString>> TokenCache::token()
{
    if (m_current && m_current->isFreshAt(m_clock.now())) {
        QPromise<Result<QString>> promise;
        promise.start();
        promise.addResult(Result<QString>(m_current->value));
        promise.finish();
        return promise.future();
    }
    return refresh().then(m_context, [](const Result<AccessToken>& result) -> Result<QString> {
        if (!result)
            return result.error();
        return result->value;
    });
}

QFuture<Result<AccessToken>> TokenCache::refresh()
{
    auto promise = std::make_shared<QPromise<Result<AccessToken>>>();
    promise->start();
    m_waiters.push_back(promise);
    if (!m_fetching)
        startFetch();
    return promise->future();
}

void TokenCache::invalidate(const QString& rejected)
{
    if (m_current && m_current->value == rejected) {
        qCInfo(lcToken) << "Access token rejected; fetching a new one";
        m_current.reset();
    }
}

void TokenCache::startFetch()
{
    m_fetching = true;
    ++m_fetchCount;
    qCInfo(lcToken) << "Fetching an access token";
    m_fetch().then(m_context, [this](const Result<AccessToken>& result) { settle(result); });
}

void TokenCache::settle(const Result<AccessToken>& result)
{
    m_fetching = false;
    if (result) {
        m_current = *result;
        qCInfo(lcToken) << "Access token valid until" << result->expiresAt.toString(Qt::ISODate);
    }
    auto waiters = std::move(m_waiters);
    m_waiters.clear();
    for (const auto& waiter : waiters) {
        waiter->addResult(result);
        waiter->finish();
    }
}

} // namespace InvoiceDesk::Vipps
