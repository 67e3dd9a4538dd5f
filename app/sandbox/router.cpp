// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/router.h"

namespace InvoiceDesk::Sandbox {

Router::Router()
{
    add("POST", "/accesstoken/get", "token");
    add("POST", "/epayment/v1/payments", "create");
    add("GET", "/epayment/v1/payments/([^/]+)", "get");
    add("GET", "/epayment/v1/payments/([^/]+)/events", "events");
    add("POST", "/epayment/v1/payments/([^/]+)/cancel", "cancel");
    add("POST", "/epayment/v1/payments/([^/]+)/capture", "capture");
    add("POST", "/epayment/v1/payments/([^/]+)/refund", "refund");
    add("POST", "/epayment/v1/test/payments/([^/]+)/approve", "approve");
    add("PUT", "/order-management/v2/([^/]+)/categories/([^/]+)", "category");
    add("POST", "/order-management/v2/([^/]+)/receipts/([^/]+)", "receipt");
    add("GET", "/order-management/v2/([^/]+)/([^/]+)", "order");
    add("POST", "/order-management/v1/images", "image");
    add("GET", "/vipps-userinfo-api/userinfo/([^/]+)", "userinfo");

    add("GET", "/sandbox/payments", "payments", Area::Control);
    add("GET", "/sandbox/payments/([^/]+)", "payment", Area::Control);
    add("POST", "/sandbox/payments/([^/]+)/(approve|reject|postpone|expire)", "act", Area::Control);
    add("GET", "/sandbox/phones/([^/]+)", "phone", Area::Control);
    add("GET", "/sandbox/users", "users", Area::Control);
    add("GET", "/sandbox/clock", "clock", Area::Control);
    add("POST", "/sandbox/clock/advance", "advance", Area::Control);
    add("GET", "/sandbox/faults", "faults", Area::Control);
    add("POST", "/sandbox/faults", "setFaults", Area::Control);
    add("DELETE", "/sandbox/faults", "clearFaults", Area::Control);
    add("POST", "/sandbox/ratelimits", "rateLimits", Area::Control);
    add("GET", "/sandbox/merchant", "merchant", Area::Control);

    add("GET", "/landing", "landing", Area::Landing);
    add("POST", "/landing", "landingPost", Area::Landing);
    add("GET", "/qr/([0-9a-f]+)\\.(svg|png)", "qr", Area::Qr);
}

void Router::add(const char* method, const char* pattern, const char* endpoint, Area area)
{
    m_routes.append({QByteArray(method),
                     QRegularExpression(QRegularExpression::anchoredPattern(QLatin1String(pattern))),
                     QLatin1String(endpoint), area});
}

Router::Match Router::match(const QByteArray& method, const QString& path) const
{
    Match wrongMethod;
    for (const Route& route : m_routes) {
        const QRegularExpressionMatch found = route.pattern.match(path);
        if (!found.hasMatch())
            continue;
        if (route.method != method) {
            wrongMethod = {QStringLiteral("!method"), route.area, {}};
            continue;
        }
        Match match{route.endpoint, route.area, {}};
        for (int i = 1; i <= found.lastCapturedIndex(); ++i)
            match.params.append(found.captured(i));
        return match;
    }
    return wrongMethod;
}

} // namespace InvoiceDesk::Sandbox
