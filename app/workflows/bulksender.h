// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflows/invoicesender.h"

#include <QList>
#include <QObject>

namespace InvoiceDesk::Workflows {

struct BulkItemResult {
    qint64 invoiceId = 0;
    QString invoiceNumber;
    bool sent = false;
    QString reference;
    QString message; // why not, for staff
};

// Sends a selection of invoices, a few at a time, with progress, cancel and a result per invoice.
// The attempts of a batch (as many invoices as go out at once) are reserved in one durable commit,
// so the disk is waited for once per batch rather than once per invoice. Safe to run again after a
// crash or a cancel: an invoice whose request is already out is refused by the sender's own rules
// (it has an open attempt); a reserved or half-sent one is completed by the journal recovery at
// start-up with its original keys; a cancel withdraws the reserved ones not yet sent. Nothing is
// sent twice.
class BulkSender : public QObject {
    Q_OBJECT

public:
    BulkSender(InvoiceSender& sender, Storage::InvoiceBook& book, QObject* parent = nullptr);

    void start(const QList<qint64>& invoiceIds, const SendOptions& options);
    // Sends nothing new; requests already on their way finish.
    void cancel();
    bool isRunning() const { return m_running; }
    void setConcurrency(int count) { m_concurrency = std::max(1, count); }
    const QList<BulkItemResult>& results() const { return m_results; }

Q_SIGNALS:
    void progress(int done, int total);
    void itemFinished(const InvoiceDesk::Workflows::BulkItemResult& result);
    void finished(bool cancelled);

private:
    void pump();
    void reserveBatch();
    void startSending(const PaymentAttempt& attempt);
    void finishItem(qint64 invoiceId, const WorkflowResult<PaymentAttempt>& result);

    InvoiceSender& m_sender;
    Storage::InvoiceBook& m_book;
    QList<qint64> m_queue;
    QList<PaymentAttempt> m_reserved; // stored, not yet sent
    QList<BulkItemResult> m_results;
    SendOptions m_options;
    int m_total = 0;
    int m_inFlight = 0;
    int m_concurrency = 4;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace InvoiceDesk::Workflows
