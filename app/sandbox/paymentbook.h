// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "sandbox/customersimulator.h"
#include "sandbox/sandboxpayment.h"
#include "sandbox/sandboxstore.h"

#include <QMap>
#include <QObject>

#include <functional>
#include <map>
#include <optional>
#include <utility>

namespace InvoiceDesk::Sandbox {

// Every payment the sandbox holds, keyed by MSN and reference, and the customer's side of the state
// machine: approve, reject, postpone, and expiry when the clock passes expiresAt. Expiry is applied
// lazily on every read and also by a clock callback, so advancing a ManualClock expires payments.
class PaymentBook {
public:
    using ChangeListener = std::function<void(const QString& reference)>;

    PaymentBook(Clock& clock, SandboxStore& store, CustomerSimulator& customers, QObject* timerContext);

    void setChangeListener(ChangeListener listener) { m_listener = std::move(listener); }

    std::optional<SandboxPayment> find(const QString& msn, const QString& reference);
    // The control API and the facade address payments by reference alone: the first match wins.
    std::optional<SandboxPayment> findByReference(const QString& reference);
    std::optional<SandboxPayment> findByToken(const QString& landingToken);
    QList<SandboxPayment> all();

    void add(const SandboxPayment& payment);
    void save(const SandboxPayment& payment);
    SandboxPaymentEvent event(const QString& name, qint64 amount, const QString& idempotencyKey = {}) const;

    Expected<Done, QString> approve(const QString& msn, const QString& reference, const QString& msisdn,
                                    bool shareProfile);
    Expected<Done, QString> reject(const QString& msn, const QString& reference);
    Expected<Done, QString> postpone(const QString& msn, const QString& reference);
    Expected<Done, QString> expire(const QString& msn, const QString& reference);

private:
    static QString keyOf(const QString& msn, const QString& reference)
    {
        return msn + QLatin1Char('/') + reference;
    }
    bool refresh(SandboxPayment& payment);
    void scheduleExpiry(const SandboxPayment& payment);
    void armExpiry();
    void expireDue();
    Expected<SandboxPayment, QString> pending(const QString& msn, const QString& reference);

    Clock& m_clock;
    SandboxStore& m_store;
    CustomerSimulator& m_customers;
    QObject* m_timerContext;
    ChangeListener m_listener;
    QMap<QString, SandboxPayment> m_payments;
    // When each created payment expires (MSN and reference), earliest first, behind one clock
    // callback for the earliest. A timer per payment would make every timer of the process (each
    // request's and connection's) slower to start once thousands of payments wait.
    std::multimap<QDateTime, std::pair<QString, QString>> m_expiries;
    std::optional<QDateTime> m_armedFor;
};

} // namespace InvoiceDesk::Sandbox
