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
// Safe to run again after a crash or a cancel: an invoice whose request is already out is refused by
// the sender's own rules (it has an open attempt), and a half-sent one is completed by the journal
// recovery at start-up with its original keys, so nothing is sent twice.
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

    InvoiceSender& m_sender;
    Storage::InvoiceBook& m_book;
    QList<qint64> m_queue;
    QList<BulkItemResult> m_results;
    SendOptions m_options;
    int m_total = 0;
    int m_inFlight = 0;
    int m_concurrency = 4;
    bool m_running = false;
    bool m_cancelled = false;
};

} // namespace InvoiceDesk::Workflows
