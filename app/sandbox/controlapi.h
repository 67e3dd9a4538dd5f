// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"
#include "sandbox/sandboxpayment.h"

#include <QStringList>

namespace InvoiceDesk::Sandbox {

class SandboxServer;

// The /sandbox/ API for scripts and tests (no auth, loopback only): act as the customer, move the
// clock, set faults and rate limits, list payments and users. Documented in app/sandbox/README.md.
class ControlApi {
public:
    explicit ControlApi(SandboxServer& server);

    HttpResponse handle(const HttpRequest& request, const QString& endpoint, const QStringList& params);
    static QJsonObject paymentJson(const SandboxPayment& payment);

private:
    HttpResponse act(const HttpRequest& request, const QString& reference, const QString& action);
    HttpResponse setFaults(const HttpRequest& request);
    static HttpResponse failure(int status, const QString& message);

    SandboxServer& m_server;
};

} // namespace InvoiceDesk::Sandbox
