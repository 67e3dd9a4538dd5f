// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/bulksender.h"

#include <utility>

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
    const QList<PaymentAttempt> unsent = std::exchange(m_reserved, {});
    const QString why = tr("Not sent: the bulk send was cancelled before this invoice's turn.");
    for (const PaymentAttempt& attempt : unsent) {
        if (auto withdrawn = m_sender.withdraw(attempt, why); !withdrawn)
            finishItem(attempt.invoiceId, withdrawn.error());
        else
            finishItem(attempt.invoiceId, WorkflowError::refused(why));
    }
    if (m_inFlight == 0 && m_running) {
        m_running = false;
        Q_EMIT finished(true);
    }
}

void BulkSender::reserveBatch()
{
    const QList<qint64> batch = m_queue.mid(0, m_concurrency);
    m_queue.remove(0, batch.size());
    const auto reserved = m_sender.reserve(batch, m_options);
    // Every reserved attempt is in m_reserved before any refusal is reported: a cancel from a handler
    // of that report then withdraws all of them.
    for (const auto& attempt : reserved) {
        if (attempt)
            m_reserved.append(*attempt);
    }
    for (qsizetype i = 0; i < batch.size(); ++i) {
        if (!reserved.at(i))
            finishItem(batch.at(i), reserved.at(i));
    }
}

void BulkSender::pump()
{
    while (m_inFlight < m_concurrency && (!m_reserved.isEmpty() || !m_queue.isEmpty())) {
        if (m_reserved.isEmpty())
            reserveBatch();
        if (!m_reserved.isEmpty())
            startSending(m_reserved.takeFirst());
    }
    if (m_inFlight == 0 && m_running) {
        m_running = false;
        Q_EMIT finished(m_cancelled);
    }
}

void BulkSender::startSending(const PaymentAttempt& attempt)
{
    ++m_inFlight;
    const qint64 invoiceId = attempt.invoiceId;
    m_sender.sendReserved(attempt).then(this, [this, invoiceId](WorkflowResult<PaymentAttempt> result) {
        --m_inFlight;
        finishItem(invoiceId, result);
        // Queued: a refusal arrives at once, and a long selection must not recurse.
        QMetaObject::invokeMethod(this, &BulkSender::pump, Qt::QueuedConnection);
    });
}

void BulkSender::finishItem(qint64 invoiceId, const WorkflowResult<PaymentAttempt>& result)
{
    BulkItemResult item;
    item.invoiceId = invoiceId;
    if (const auto number = m_book.invoiceNumber(invoiceId))
        item.invoiceNumber = *number;
    item.sent = result.hasValue();
    item.reference = result ? result->reference : QString();
    item.message = result ? QString() : result.error().message();
    m_results.append(item);
    Q_EMIT itemFinished(item);
    Q_EMIT progress(int(m_results.size()), m_total);
}

} // namespace InvoiceDesk::Workflows
