// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"
#include "payments/timeline.h"

#include <QWidget>

class QFormLayout;
class QLabel;
class QTableWidget;
class QTreeWidget;

namespace InvoiceDesk::Ui {

class AppSession;
class InvoiceActions;

// Everything about the payment of one invoice: Vipps' state and amounts, every request sent, the
// history merging Vipps' events with what staff did, and the actions that are possible now.
class PaymentStatusView : public QWidget {
    Q_OBJECT

public:
    PaymentStatusView(AppSession& session, InvoiceActions& actions, QWidget* parent = nullptr);

    void showInvoice(qint64 invoiceId);
    qint64 invoiceId() const { return m_invoiceId; }
    // Re-reads the book and asks Vipps for the latest request's event log.
    void refresh();

    QString stateText() const;
    int attemptCount() const;
    const QList<TimelineItem>& timeline() const { return m_timeline; }

Q_SIGNALS:
    // The timeline was filled in with Vipps' events (or the events could not be read).
    void timelineUpdated();

private:
    void showAttempt(const PaymentAttempt* latest);
    void fillAttempts(const QList<PaymentAttempt>& attempts);
    void fillTimeline();

    AppSession& m_session;
    qint64 m_invoiceId = 0;
    quint64 m_generation = 0; // drops event replies for an invoice no longer shown
    QList<Storage::AuditEntry> m_audit;
    QList<Vipps::PaymentEvent> m_events;
    QString m_currency;
    QList<TimelineItem> m_timeline;
    QLabel* m_heading;
    QLabel* m_state;
    QLabel* m_reference;
    QLabel* m_expires;
    QLabel* m_lastChecked;
    QLabel* m_amounts;
    QLabel* m_eventsNote;
    QTableWidget* m_attempts;
    QTreeWidget* m_history;
};

} // namespace InvoiceDesk::Ui
