// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/bulksender.h"

namespace InvoiceDesk::Workflows {

BulkSender::BulkSender(InvoiceSender& sender, Storage::InvoiceBook& book, QObject* parent)
    : QObject(parent)
    , m_sender(sender)
    , m_book(book)
{}

void BulkSender::start(const QList<qint64>& invoiceIds, const SendOptions& options)
{
    if (m_running)
        return;
    m_queue = invoiceIds;
    m_results.clear();
    m_options = options;
    m_total = int(invoiceIds.size());
    m_inFlight = 0;
    m_running = true;
    m_cancelled = false;
    Q_EMIT progress(0, m_total);
    pump();
}

void BulkSender::cancel()
{
    m_cancelled = true;
    m_queue.clear();
    if (m_inFlight == 0 && m_running) {
        m_running = false;
        Q_EMIT finished(true);
    }
}

void BulkSender::pump()
{
    while (!m_queue.isEmpty() && m_inFlight < m_concurrency) {
        const qint64 invoiceId = m_queue.takeFirst();
        ++m_inFlight;
        m_sender.send(invoiceId, m_options)
            .then(this, [this, invoiceId](WorkflowResult<PaymentAttempt> result) {
                BulkItemResult item;
                item.invoiceId = invoiceId;
                if (const auto invoice = m_book.invoice(invoiceId))
                    item.invoiceNumber = invoice->number;
                item.sent = result.hasValue();
                item.reference = result ? result->reference : QString();
                item.message = result ? QString() : result.error().message();
                m_results.append(item);
                --m_inFlight;
                Q_EMIT itemFinished(item);
                Q_EMIT progress(int(m_results.size()), m_total);
                // Queued: a refusal arrives at once, and a long selection must not recurse.
                QMetaObject::invokeMethod(this, &BulkSender::pump, Qt::QueuedConnection);
            });
    }
    if (m_inFlight == 0 && m_running) {
        m_running = false;
        Q_EMIT finished(m_cancelled);
    }
}

} // namespace InvoiceDesk::Workflows
