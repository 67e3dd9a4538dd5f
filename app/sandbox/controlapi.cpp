// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/controlapi.h"

#include "sandbox/epaymentservice.h"
#include "sandbox/sandboxserver.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace InvoiceDesk::Sandbox {

namespace {
QJsonObject bodyObject(const HttpRequest& request)
{
    return QJsonDocument::fromJson(request.body).object();
}

QString iso(const QDateTime& time)
{
    return time.toUTC().toString(Qt::ISODateWithMs);
}
} // namespace

ControlApi::ControlApi(SandboxServer& server)
    : m_server(server)
{}

HttpResponse ControlApi::failure(int status, const QString& message)
{
    return HttpResponse::json(status, QJsonObject{{QStringLiteral("error"), message}});
}

QJsonObject ControlApi::paymentJson(const SandboxPayment& payment)
{
    QJsonObject json = EPaymentService::paymentJson(payment);
    json.insert(QStringLiteral("msn"), payment.msn);
    json.insert(QStringLiteral("userFlow"), payment.userFlow);
    json.insert(QStringLiteral("phone"), payment.phone);
    json.insert(QStringLiteral("paymentDescription"), payment.description);
    json.insert(QStringLiteral("scope"), payment.scope);
    json.insert(QStringLiteral("createdAt"), iso(payment.createdAt));
    json.insert(QStringLiteral("expiresAt"), iso(payment.expiresAt));
    json.insert(QStringLiteral("landingToken"), payment.landingToken);
    return json;
}

HttpResponse ControlApi::handle(const HttpRequest& request, const QString& endpoint,
                                const QStringList& params)
{
    if (endpoint == QStringLiteral("payments")) {
        QJsonArray list;
        const auto payments = m_server.payments();
        for (const auto& payment : payments)
            list.append(paymentJson(payment));
        return HttpResponse::json(200, list);
    }
    if (endpoint == QStringLiteral("payment")) {
        const auto payment = m_server.payment(params.value(0));
        return payment ? HttpResponse::json(200, paymentJson(*payment))
                       : failure(404, QStringLiteral("No payment with this reference."));
    }
    if (endpoint == QStringLiteral("act"))
        return act(request, params.value(0), params.value(1));
    if (endpoint == QStringLiteral("phone")) {
        QJsonArray list;
        const auto waiting = m_server.requestsForPhone(params.value(0));
        for (const auto& payment : waiting)
            list.append(paymentJson(payment));
        return HttpResponse::json(200, list);
    }
    if (endpoint == QStringLiteral("users")) {
        QJsonArray list;
        const auto users = m_server.users();
        for (const auto& user : users)
            list.append(QJsonObject{{QStringLiteral("phoneNumber"), user.msisdn},
                                    {QStringLiteral("name"), user.name()},
                                    {QStringLiteral("email"), user.email}});
        return HttpResponse::json(200, list);
    }
    if (endpoint == QStringLiteral("clock"))
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("now"), iso(m_server.now())}});
    if (endpoint == QStringLiteral("advance")) {
        const QJsonValue seconds = bodyObject(request).value(QStringLiteral("seconds"));
        if (!seconds.isDouble())
            return failure(400, QStringLiteral("Give {\"seconds\": N}."));
        const auto advanced = m_server.advanceClock(std::chrono::seconds(seconds.toInteger()));
        if (!advanced)
            return failure(409, advanced.error());
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("now"), iso(m_server.now())}});
    }
    if (endpoint == QStringLiteral("faults"))
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("rules"), m_server.faults().toJson()}});
    if (endpoint == QStringLiteral("setFaults"))
        return setFaults(request);
    if (endpoint == QStringLiteral("clearFaults")) {
        m_server.faults().clear();
        return HttpResponse::empty(204);
    }
    if (endpoint == QStringLiteral("rateLimits")) {
        const QJsonObject body = bodyObject(request);
        m_server.setRateLimits(body.value(QStringLiteral("mutationsPerMinute")).toInt(5),
                               body.value(QStringLiteral("readsPerMinute")).toInt(120));
        return HttpResponse::empty(204);
    }
    if (endpoint == QStringLiteral("merchant")) {
        const auto keys = m_server.demoMerchant();
        return HttpResponse::json(200, QJsonObject{{QStringLiteral("baseUrl"), m_server.baseUrl().toString()},
                                                   {QStringLiteral("clientId"), keys.clientId},
                                                   {QStringLiteral("clientSecret"), keys.clientSecret},
                                                   {QStringLiteral("subscriptionKey"), keys.subscriptionKey},
                                                   {QStringLiteral("msn"), keys.merchantSerialNumber}});
    }
    return failure(404, QStringLiteral("Unknown control endpoint."));
}

HttpResponse ControlApi::act(const HttpRequest& request, const QString& reference, const QString& action)
{
    const QJsonObject body = bodyObject(request);
    Expected<Done, QString> result = Done{};
    if (action == QStringLiteral("approve"))
        result = m_server.approve(reference, body.value(QStringLiteral("phoneNumber")).toString(),
                                  body.value(QStringLiteral("shareProfile")).toBool(true));
    else if (action == QStringLiteral("reject"))
        result = m_server.reject(reference);
    else if (action == QStringLiteral("postpone"))
        result = m_server.postpone(reference);
    else
        result = m_server.expire(reference);
    if (!result)
        return failure(m_server.payment(reference) ? 409 : 404, result.error());
    return HttpResponse::json(200, paymentJson(*m_server.payment(reference)));
}

HttpResponse ControlApi::setFaults(const HttpRequest& request)
{
    const QJsonObject body = bodyObject(request);
    FaultInjector& faults = m_server.faults();
    if (body.value(QStringLiteral("replace")).toBool(true))
        faults.clear();
    if (body.contains(QStringLiteral("seed")))
        faults.setSeed(quint32(body.value(QStringLiteral("seed")).toInteger()));
    if (body.contains(QStringLiteral("spec"))) {
        const auto added = faults.addSpec(body.value(QStringLiteral("spec")).toString());
        if (!added)
            return failure(400, added.error());
    }
    return HttpResponse::json(200, QJsonObject{{QStringLiteral("rules"), faults.toJson()}});
}

} // namespace InvoiceDesk::Sandbox
