// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflows/bulksender.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QTableWidget;

namespace InvoiceDesk::Ui {

// The progress of a bulk send: how far it is, and one line per invoice saying what became of it.
class BulkSendProgress : public QWidget {
    Q_OBJECT

public:
    explicit BulkSendProgress(Workflows::BulkSender& bulk, QWidget* parent = nullptr);

    void start(const QList<qint64>& invoiceIds, const Workflows::SendOptions& options);
    int resultCount() const;
    // Says that the send is being stopped: the requests already out are answered first.
    void showStopping();
    QString statusText() const;

Q_SIGNALS:
    void finished(const QString& summary);

private:
    void addResult(const Workflows::BulkItemResult& result);

    Workflows::BulkSender& m_bulk;
    QProgressBar* m_bar;
    QLabel* m_status;
    QTableWidget* m_results;
    int m_sent = 0;
    int m_notSent = 0;
};

} // namespace InvoiceDesk::Ui
