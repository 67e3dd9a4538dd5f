// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "vipps/accesstoken.h"

#include <QFuture>
#include <QObject>
#include <QPromise>

#include <functional>
#include <memory>

namespace InvoiceDesk::Vipps {

// The access token of one merchant profile. A fresh token is handed out at once; otherwise one
// refresh is started and every caller that arrives meanwhile waits for that same refresh.
class TokenCache {
public:
    using Fetch = std::function<QFuture<Result<AccessToken>>()>;

    TokenCache(Clock& clock, QObject* context, Fetch fetch);

    QFuture<Result<QString>> token();
    // Forget `rejected` after a 401 so the next token() fetches anew (a newer token is kept).
    void invalidate(const QString& rejected);
    // Fetch a new token even if the cached one is fresh.
    QFuture<Result<AccessToken>> refresh();

    int fetchCount() const { return m_fetchCount; }
    std::optional<AccessToken> current() const { return m_current; }

private:
    void startFetch();
    void settle(const Result<AccessToken>& result);

    Clock& m_clock;
    QObject* m_context;
    Fetch m_fetch;
    std::optional<AccessToken> m_current;
    std::vector<std::shared_ptr<QPromise<Result<AccessToken>>>> m_waiters;
    bool m_fetching = false;
    int m_fetchCount = 0;
};

} // namespace InvoiceDesk::Vipps
