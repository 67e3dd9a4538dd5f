// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/expected.h"

#include <QJsonArray>
#include <QList>
#include <QString>

#include <chrono>
#include <optional>
#include <random>

namespace InvoiceDesk::Sandbox {

enum class FaultKind {
    Latency,         // answer late (the delay runs on the sandbox's clock)
    Status,          // answer with `status` (5xx, 423, 429) without applying the request
    Malformed,       // apply the request, then answer 200 with a body that is not JSON
    DropBeforeApply, // close the connection before the request is applied: nothing happened
    DropAfterApply,  // apply the request, then close the connection without answering
    CutAfterHeaders, // apply the request, send the status, headers and half the body, then close
};

// One fault for one endpoint ("create", "get", "events", "cancel", "capture", "refund", "approve",
// "token", "category", "order", "receipt", "image", "userinfo", or "*" for all). It fires for the
// next `remaining` calls, or, when probability > 0, on each call with that probability.
struct FaultRule {
    QString endpoint = QStringLiteral("*");
    FaultKind kind = FaultKind::Status;
    int status = 500;
    std::chrono::milliseconds latency{0};
    int remaining = 1;
    double probability = 0.0;
};

// The faults the sandbox injects, per endpoint. Probabilities draw from a seeded generator so a run
// can be reproduced.
class FaultInjector {
public:
    struct Decision {
        std::chrono::milliseconds latency{0};
        std::optional<FaultRule> fault; // never Latency
    };

    void add(const FaultRule& rule) { m_rules.append(rule); }
    void failNext(const QString& endpoint, FaultKind kind, int count = 1, int status = 500);
    // Parses "create:drop-after:next=1,get:503:p=0.25,*:latency=2000,seed=7" (see README.md).
    Expected<Done, QString> addSpec(const QString& spec);
    void clear() { m_rules.clear(); }
    void setSeed(quint32 seed) { m_random.seed(seed); }

    // Consumes the rules that fire for this call.
    Decision decide(const QString& endpoint);
    QJsonArray toJson() const;

    static QString kindName(FaultKind kind);

private:
    bool fires(FaultRule& rule);

    QList<FaultRule> m_rules;
    std::mt19937 m_random{20260115};
};

} // namespace InvoiceDesk::Sandbox
