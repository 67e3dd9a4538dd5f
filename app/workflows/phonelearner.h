// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/futures.h"
#include "invoices/customer.h"
#include "invoices/paymentattempt.h"
#include "storage/invoicebook.h"
#include "workflows/vippsservices.h"
#include "workflows/workflowerror.h"

#include <QFuture>
#include <QObject>

namespace InvoiceDesk::Workflows {

// The seed's third flow, after the customer paid: read the payment's `sub`, ask Userinfo for the
// phone number the customer agreed to share, and store it on the customer with a consent record
// (source: shared through Vipps), so that the next invoice can be pushed.
class PhoneLearner : public QObject {
    Q_OBJECT

public:
    PhoneLearner(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock, QObject* parent = nullptr);

    QFuture<WorkflowResult<Customer>> learn(const PaymentAttempt& attempt);

    // Vipps writes `sub` shortly after AUTHORIZED; ask again this many times, this far apart.
    static constexpr int subAttempts = 5;
    static constexpr std::chrono::seconds subRetryDelay{2};

Q_SIGNALS:
    void customerChanged(qint64 customerId);

private:
    void readSub(const PaymentAttempt& attempt, int attemptsLeft,
                 Completion<WorkflowResult<Customer>> completion);
    void readUserinfo(const PaymentAttempt& attempt, const QString& sub,
                      Completion<WorkflowResult<Customer>> completion);
    void audit(const PaymentAttempt& attempt, const QString& result, const QString& traceId = {});

    Storage::InvoiceBook& m_book;
    VippsServices& m_vipps;
    Clock& m_clock;
};

} // namespace InvoiceDesk::Workflows
