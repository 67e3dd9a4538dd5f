// SPDX-License-Identifier: GPL-3.0-or-later
// The services a SandboxServer is made of; private to app/sandbox.
#pragma once

#include "sandbox/accesstokenservice.h"
#include "sandbox/controlapi.h"
#include "sandbox/customersimulator.h"
#include "sandbox/epaymentservice.h"
#include "sandbox/faultinjector.h"
#include "sandbox/httpserver.h"
#include "sandbox/idempotencystore.h"
#include "sandbox/landingpage.h"
#include "sandbox/merchantregistry.h"
#include "sandbox/ordermanagementservice.h"
#include "sandbox/paymentbook.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestrecorder.h"
#include "sandbox/router.h"
#include "sandbox/sandboxserver.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/userinfoservice.h"

namespace InvoiceDesk::Sandbox {

struct SandboxServer::Parts {
    Parts(SandboxServer& server, Clock& clock, const QString& stateFile)
        : store(stateFile)
        , customers(store)
        , book(clock, store, customers, &server)
        , idempotency(store)
        , rateLimiter(clock)
        , orders(store)
        , epayment(clock, book, customers, idempotency, rateLimiter, orders)
        , tokens(clock, merchants)
        , userinfo(clock, customers)
        , landing(book)
        , control(server)
        , http([&server](const HttpRequest& request, const HttpExchange& exchange) {
            server.handle(request, exchange);
        })
    {}

    MerchantRegistry merchants;
    SandboxStore store;
    CustomerSimulator customers;
    PaymentBook book;
    IdempotencyStore idempotency;
    RateLimiter rateLimiter;
    OrderManagementService orders;
    EPaymentService epayment;
    AccessTokenService tokens;
    UserinfoService userinfo;
    LandingPage landing;
    ControlApi control;
    FaultInjector faults;
    Router router;
    RequestRecorder recorder;
    HttpServer http;
};

} // namespace InvoiceDesk::Sandbox
