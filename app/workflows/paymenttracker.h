// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "invoices/paymentattempt.h"
#include "storage/invoicebook.h"
#include "workflows/vippsservices.h"
#include "workflows/workflowerror.h"

#include <QFuture>
#include <QHash>
#include <QObject>

#include <map>

namespace InvoiceDesk::Workflows {

// Follows every open payment request: asks Vipps (get payment) on the schedule of nextCheckAt, a few
// at a time, and copies the answer into the book. One clock callback is armed for the earliest due
// check, so ten thousand open requests cost one timer, not ten thousand.
class PaymentTracker : public QObject {
    Q_OBJECT

public:
    PaymentTracker(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock, QObject* parent = nullptr);

    // Schedules every open attempt in the book, the first checks spread over their interval
    // (firstCheckAt), so that many requests do not all fall due at once.
    void start();
    void watch(const PaymentAttempt& attempt);
    QFuture<WorkflowResult<PaymentAttempt>> checkNow(const QString& reference);
    QFuture<WorkflowResult<QList<Vipps::PaymentEvent>>> events(const QString& reference);

    void setMaxConcurrentChecks(int count) { m_maxConcurrent = std::max(1, count); }
    int watchedCount() const { return int(m_dueAt.size()); }
    int checksSent() const { return m_checksSent; }

Q_SIGNALS:
    void attemptChanged(qint64 invoiceId, const QString& reference);
    void stateChanged(const InvoiceDesk::PaymentAttempt& attempt, InvoiceDesk::VippsState previous);

private:
    static bool isTrackable(const PaymentAttempt& attempt);
    void schedule(const QString& reference, const QDateTime& at);
    void arm();
    void pump();
    void finished(const QString& reference, const WorkflowResult<PaymentAttempt>& result);

    Storage::InvoiceBook& m_book;
    VippsServices& m_vipps;
    Clock& m_clock;
    std::multimap<QDateTime, QString> m_queue;
    QHash<QString, QDateTime> m_dueAt;
    QSet<QString> m_inFlight;
    QDateTime m_armedFor;
    quint64 m_armGeneration = 0;
    int m_maxConcurrent = 4;
    int m_checksSent = 0;
};

} // namespace InvoiceDesk::Workflows
