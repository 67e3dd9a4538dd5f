// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/exchange.h"

#include "vipps/errorparser.h"
#include "vipps/logging.h"
#include "vipps/redaction.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace InvoiceDesk::Vipps {

namespace {

// Errors of the connection itself, as opposed to the ones Qt derives from an HTTP error status.
bool isTransportFailure(QNetworkReply::NetworkError error)
{
    return (error > QNetworkReply::NoError && error < QNetworkReply::ContentAccessDenied) ||
           error == QNetworkReply::ProtocolFailure;
}

} // namespace

QFuture<Result<ApiReply>> Exchange::start(ApiClient& client, const ApiRequest& call)
{
    auto exchange = std::make_shared<Exchange>(client, call);
    QFuture<Result<ApiReply>> future = exchange->m_promise.future();
    exchange->m_promise.start();
    const QString notConfigured = client.whyNotConfigured();
    if (!notConfigured.isEmpty()) {
        exchange->fail(Error(Error::Kind::Configuration, notConfigured));
        return future;
    }
    exchange->attempt();
    return future;
}

Exchange::Exchange(ApiClient& client, ApiRequest call)
    : m_client(client)
    , m_call(std::move(call))
    , m_startedAt(client.m_clock.now())
{}

void Exchange::attempt()
{
    ++m_attempts;
    const auto wait = m_client.m_budget.reserve(m_call.reference, m_call.bucket, m_client.m_clock.now());
    if (wait.count() <= 0) {
        withToken();
        return;
    }
    qCInfo(lcRetry) << m_call.operation << m_call.reference << "waits" << wait.count()
                    << "ms to stay inside the rate limit";
    m_client.m_clock.callAfter(wait, &m_client, [self = shared_from_this()] { self->withToken(); });
}

void Exchange::withToken()
{
    if (!m_call.authenticated) {
        dispatch(QString());
        return;
    }
    m_client.m_tokens.token().then(&m_client, [self = shared_from_this()](const Result<QString>& token) {
        if (!token)
            self->fail(token.error());
        else
            self->dispatch(*token);
    });
}

void Exchange::dispatch(const QString& token)
{
    const QNetworkRequest request = m_client.m_factory.build(m_call, token);
    if (lcHttp().isDebugEnabled()) {
        Redaction::Headers headers;
        const QList<QByteArray> names = request.rawHeaderList();
        for (const QByteArray& name : names)
            headers.append({name, request.rawHeader(name)});
        qCDebug(lcHttp).noquote() << "→"
                                  << Redaction::describe(m_call.method, request.url().toString(), headers,
                                                         m_call.body.value_or(QByteArray()));
    }
    QNetworkReply* reply = m_call.body
                               ? m_client.m_network.sendCustomRequest(request, m_call.method, *m_call.body)
                               : m_client.m_network.sendCustomRequest(request, m_call.method);
    QObject::connect(reply, &QNetworkReply::finished, &m_client,
                     [self = shared_from_this(), reply, token] { self->handle(reply, token); });
}

void Exchange::handle(QNetworkReply* reply, const QString& token)
{
    reply->deleteLater();
    const QVariant statusAttribute = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute);
    const QByteArray body = reply->readAll();
    qCDebug(lcHttp).noquote() << "←" << m_call.operation << statusAttribute.toInt() << reply->error()
                              << Redaction::body(body);

    if (!statusAttribute.isValid()) {
        // No HTTP reply at all: connection refused or dropped, DNS, TLS, or our transfer timeout.
        const bool timedOut = reply->error() == QNetworkReply::OperationCanceledError ||
                              reply->error() == QNetworkReply::TimeoutError;
        Error error(timedOut ? Error::Kind::Timeout : Error::Kind::Network, reply->errorString());
        retryOrFail(error, std::nullopt);
        return;
    }
    const int status = statusAttribute.toInt();
    if (isTransportFailure(reply->error())) {
        // The headers came, then the connection broke: whatever the status said, the body is cut
        // off and Vipps may have applied the request. Repeat it with the same key, like a lost reply.
        Error error(Error::Kind::Network, reply->errorString(), status);
        error.setReplyUnreadable(true);
        retryOrFail(error, std::nullopt);
        return;
    }
    if (status >= 200 && status < 300) {
        succeed({status, body});
        return;
    }
    if (status == 401 && m_call.authenticated && !m_refreshedAfter401) {
        // The token may have expired early or been revoked: one fresh token, one more try.
        m_refreshedAfter401 = true;
        m_client.m_tokens.invalidate(token);
        --m_attempts;
        attempt();
        return;
    }
    Error error = ErrorParser::fromHttpReply(status, body);
    if (RetryPolicy::isRetryableStatus(status)) {
        retryOrFail(error,
                    RetryPolicy::parseRetryAfter(reply->rawHeader("Retry-After"), m_client.m_clock.now()));
        return;
    }
    fail(error);
}

void Exchange::retryOrFail(Error error, std::optional<std::chrono::milliseconds> retryAfter)
{
    const RetryPolicy& policy = m_client.m_retryPolicy;
    if (m_attempts >= policy.maxAttempts) {
        fail(error);
        return;
    }
    const auto delay = retryAfter.value_or(policy.backoff(m_attempts));
    const qint64 elapsed = m_startedAt.msecsTo(m_client.m_clock.now());
    if (elapsed + delay.count() > policy.maxTotal.count()) {
        fail(error);
        return;
    }
    qCInfo(lcRetry) << m_call.operation << m_call.reference << "failed (" << Error::kindName(error.kind())
                    << error.httpStatus() << "); retry" << m_attempts << "in" << delay.count() << "ms";
    m_client.m_clock.callAfter(delay, &m_client, [self = shared_from_this()] { self->attempt(); });
}

void Exchange::succeed(ApiReply reply)
{
    m_promise.addResult(Result<ApiReply>(std::move(reply)));
    m_promise.finish();
}

void Exchange::fail(Error error)
{
    error.setEnvironment(m_client.environment().kind());
    if (error.operation().isEmpty())
        error.setOperation(m_call.operation);
    qCInfo(lcHttp).noquote() << m_call.operation << "failed:" << Error::kindName(error.kind())
                             << error.httpStatus() << error.vippsCode() << error.traceId() << error.detail();
    m_promise.addResult(Result<ApiReply>(std::move(error)));
    m_promise.finish();
}

} // namespace InvoiceDesk::Vipps
