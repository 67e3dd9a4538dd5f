// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/apiclient.h"

#include <QPromise>

#include <memory>

class QNetworkReply;

namespace InvoiceDesk::Vipps {

// One logical call from start to its single result: rate budget wait, token, send, and the retry
// loop (same idempotency key every time). Lives as long as its callbacks hold it.
class Exchange : public std::enable_shared_from_this<Exchange> {
public:
    static QFuture<Result<ApiReply>> start(ApiClient& client, const ApiRequest& call);
    Exchange(ApiClient& client, ApiRequest call);

private:
    void attempt();
    void withToken();
    void dispatch(const QString& token);
    void handle(QNetworkReply* reply, const QString& token);
    void retryOrFail(Error error, std::optional<std::chrono::milliseconds> retryAfter);
    void succeed(ApiReply reply);
    void fail(Error error);

    ApiClient& m_client;
    ApiRequest m_call;
    QPromise<Result<ApiReply>> m_promise;
    QDateTime m_startedAt;
    int m_attempts = 0;
    bool m_refreshedAfter401 = false;
};

} // namespace InvoiceDesk::Vipps
