// SPDX-License-Identifier: GPL-3.0-or-later
// How SandboxServer answers one request: route, record, inject faults, authorize, then hand it to the
// API service that owns the path.
#include "sandbox/accesstokenservice.h"
#include "sandbox/controlapi.h"
#include "sandbox/customersimulator.h"
#include "sandbox/epaymentservice.h"
#include "sandbox/httpserver.h"
#include "sandbox/idempotencystore.h"
#include "sandbox/landingpage.h"
#include "sandbox/merchantregistry.h"
#include "sandbox/ordermanagementservice.h"
#include "sandbox/paymentbook.h"
#include "sandbox/problem.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestrecorder.h"
#include "sandbox/router.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxserverparts.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/userinfoservice.h"

namespace InvoiceDesk::Sandbox {

namespace {
ApiKind apiOf(const QString& endpoint)
{
    if (endpoint == QStringLiteral("userinfo"))
        return ApiKind::Userinfo;
    if (endpoint == QStringLiteral("category") || endpoint == QStringLiteral("order") ||
        endpoint == QStringLiteral("receipt") || endpoint == QStringLiteral("image"))
        return ApiKind::OrderManagement;
    return ApiKind::EPayment;
}

HttpResponse injectedStatus(int status, const QString& endpoint, const QString& path)
{
    const QString detail = QStringLiteral("Injected fault: %1.").arg(status);
    HttpResponse response;
    if (endpoint == QStringLiteral("token"))
        response = Problem::accessToken(status, QStringLiteral("temporarily_unavailable"), detail);
    if (apiOf(endpoint) == ApiKind::OrderManagement)
        response = Problem::orderManagement(status, QStringLiteral("Error"), detail, path);
    if (apiOf(endpoint) == ApiKind::Userinfo)
        response = Problem::userinfo(status, QStringLiteral("server_error"), detail, path);
    else
        response = Problem::epayment(status,
                                     status == 423   ? QStringLiteral("Locked")
                                     : status == 429 ? QStringLiteral("Too Many Requests")
                                                     : QStringLiteral("Internal Server Error"),
                                     detail, path);
    if (status == 429)
        response.withHeader("Retry-After", "1");
    return response;
}

// Keeps the status and headers but cuts the body short, like a proxy that gave up mid-reply.
HttpResponse malformed(HttpResponse response)
{
    response.body =
        response.body.isEmpty() ? QByteArrayLiteral("{\"") : response.body.left(response.body.size() / 2);
    response.body += "<!-- truncated";
    return response;
}
} // namespace

void SandboxServer::handle(const HttpRequest& request, const HttpExchange& exchange)
{
    const Router::Match match = m_parts->router.match(request.method, request.path);
    if (match.endpoint.isEmpty()) {
        exchange.reply(
            HttpResponse::json(404, QJsonObject{{QStringLiteral("title"), QStringLiteral("Not Found")},
                                                {QStringLiteral("status"), 404},
                                                {QStringLiteral("instance"), request.path}}));
        return;
    }
    if (match.endpoint == QStringLiteral("!method")) {
        exchange.reply(HttpResponse::empty(405));
        return;
    }
    switch (match.area) {
    case Router::Area::Control:
        if (!request.peer.isLoopback()) {
            exchange.reply(HttpResponse::empty(403));
            return;
        }
        exchange.reply(m_parts->control.handle(request, match.endpoint, match.params));
        return;
    case Router::Area::Landing:
        exchange.reply(match.endpoint == QStringLiteral("landing") ? m_parts->landing.show(request)
                                                                   : m_parts->landing.submit(request));
        return;
    case Router::Area::Qr:
        exchange.reply(
            m_parts->landing.qr(match.params.value(0), match.params.value(1), request, baseUrl().toString()));
        return;
    case Router::Area::VippsApi:
        break;
    }

    m_parts->recorder.record(request, match.endpoint);
    const FaultInjector::Decision decision = m_parts->faults.decide(match.endpoint);
    const auto proceed = [this, request, exchange, decision, match]() {
        const auto& fault = decision.fault;
        if (fault && fault->kind == FaultKind::DropBeforeApply) {
            exchange.drop();
            return;
        }
        if (fault && fault->kind == FaultKind::Status) {
            exchange.reply(injectedStatus(fault->status, match.endpoint, request.path));
            return;
        }
        const HttpResponse response = handleApi(request, match.endpoint, match.params);
        if (fault && fault->kind == FaultKind::DropAfterApply) {
            exchange.drop();
            return;
        }
        if (fault && fault->kind == FaultKind::CutAfterHeaders) {
            exchange.cut(response);
            return;
        }
        exchange.reply(fault && fault->kind == FaultKind::Malformed ? malformed(response) : response);
    };
    if (decision.latency.count() > 0 && exchange.context())
        m_clock.callAfter(decision.latency, exchange.context(), proceed);
    else
        proceed();
}

HttpResponse SandboxServer::handleApi(const HttpRequest& request, const QString& endpoint,
                                      const QStringList& params)
{
    Parts& parts = *m_parts;
    if (endpoint == QStringLiteral("token"))
        return parts.tokens.issue(request);
    const auto merchant = parts.tokens.authorize(request, apiOf(endpoint));
    if (!merchant)
        return merchant.error();
    const QString first = params.value(0);
    const QString second = params.value(1);
    if (endpoint == QStringLiteral("create"))
        return parts.epayment.create(request, *merchant);
    if (endpoint == QStringLiteral("get"))
        return parts.epayment.get(request, *merchant, first);
    if (endpoint == QStringLiteral("events"))
        return parts.epayment.events(request, *merchant, first);
    if (endpoint == QStringLiteral("cancel"))
        return parts.epayment.cancel(request, *merchant, first);
    if (endpoint == QStringLiteral("capture"))
        return parts.epayment.capture(request, *merchant, first);
    if (endpoint == QStringLiteral("refund"))
        return parts.epayment.refund(request, *merchant, first);
    if (endpoint == QStringLiteral("approve"))
        return parts.epayment.forceApprove(request, *merchant, first);
    if (endpoint == QStringLiteral("category"))
        return parts.orders.putCategory(request, *merchant, first, second);
    if (endpoint == QStringLiteral("order"))
        return parts.orders.getOrder(request, *merchant, first, second);
    if (endpoint == QStringLiteral("receipt"))
        return parts.orders.postReceipt(request, *merchant, first, second);
    if (endpoint == QStringLiteral("image"))
        return parts.orders.postImage(request, *merchant);
    if (endpoint == QStringLiteral("userinfo"))
        return parts.userinfo.userinfo(request, *merchant, first);
    return HttpResponse::empty(404);
}

} // namespace InvoiceDesk::Sandbox
