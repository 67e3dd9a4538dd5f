// SPDX-License-Identifier: GPL-3.0-or-later
#include "send/bulksendprogress.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

BulkSendProgress::BulkSendProgress(Workflows::BulkSender& bulk, QWidget* parent)
    : QWidget(parent)
    , m_bulk(bulk)
    , m_bar(new QProgressBar(this))
    , m_status(new QLabel(this))
    , m_results(new QTableWidget(0, 3, this))
{
    m_bar->setAccessibleName(tr("Sending progress"));
    m_results->setHorizontalHeaderLabels({tr("Invoice"), tr("Result"), tr("Reference or reason")});
    m_results->horizontalHeader()->setStretchLastSection(true);
    m_results->verticalHeader()->hide();
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setAccessibleName(tr("Results per invoice"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status);
    layout->addWidget(m_bar);
    layout->addWidget(m_results);

    connect(&m_bulk, &Workflows::BulkSender::progress, this, [this](int done, int total) {
        m_bar->setRange(0, total);
        m_bar->setValue(done);
        m_status->setText(tr("%1 of %2 done").arg(done).arg(total));
    });
    connect(&m_bulk, &Workflows::BulkSender::itemFinished, this, &BulkSendProgress::addResult);
    connect(&m_bulk, &Workflows::BulkSender::finished, this, [this](bool cancelled) {
        const QString summary =
            cancelled
                ? tr("Stopped: %1 sent, %2 not sent, the rest left for later.").arg(m_sent).arg(m_notSent)
                : tr("Done: %1 sent, %2 not sent.").arg(m_sent).arg(m_notSent);
        m_status->setText(summary);
        Q_EMIT finished(summary);
    });
}

void BulkSendProgress::start(const QList<qint64>& invoiceIds, const Workflows::SendOptions& options)
{
    m_sent = m_notSent = 0;
    m_results->setRowCount(0);
    m_bar->setRange(0, int(invoiceIds.size()));
    m_bar->setValue(0);
    m_status->setText(tr("Sending %n request(s)…", nullptr, int(invoiceIds.size())));
    m_bulk.start(invoiceIds, options);
}

void BulkSendProgress::showStopping()
{
    m_status->setText(tr("Stopping: the requests already sent are being answered; no more are sent."));
}

QString BulkSendProgress::statusText() const
{
    return m_status->text();
}

int BulkSendProgress::resultCount() const
{
    return m_results->rowCount();
}

void BulkSendProgress::addResult(const Workflows::BulkItemResult& result)
{
    (result.sent ? m_sent : m_notSent) += 1;
    const int row = m_results->rowCount();
    m_results->insertRow(row);
    m_results->setItem(row, 0, new QTableWidgetItem(result.invoiceNumber));
    auto* outcome = new QTableWidgetItem(result.sent ? tr("Sent") : tr("Not sent"));
    outcome->setIcon(
        QIcon::fromTheme(result.sent ? QStringLiteral("emblem-ok") : QStringLiteral("dialog-error")));
    m_results->setItem(row, 1, outcome);
    m_results->setItem(row, 2, new QTableWidgetItem(result.sent ? result.reference : result.message));
}

} // namespace InvoiceDesk::Ui
