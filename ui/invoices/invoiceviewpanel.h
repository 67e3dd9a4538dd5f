// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/invoiceview.h"

#include <QDate>
#include <QList>
#include <QPointer>
#include <QWidget>

class QListWidget;

namespace InvoiceDesk::Ui {

class InvoiceListModel;

// The side panel of ready-made views with the number of invoices in each ("Needs attention (3)").
// A plain list: arrow keys move between views, and the current one is the selected one.
class InvoiceViewPanel : public QWidget {
    Q_OBJECT
public:
    explicit InvoiceViewPanel(QWidget* parent = nullptr);

    InvoiceView currentView() const;
    void setCurrentView(InvoiceView view);
    int countFor(InvoiceView view) const;
    QListWidget* list() const { return m_list; }

    // Keeps the counts up to date with the model's changes (reload, refreshed and new invoices),
    // counted against `today`. The model must outlive the panel or be unset first.
    void watch(const InvoiceListModel* model, QDate today);
    void setToday(QDate today);

public Q_SLOTS:
    // Counts once, now.
    void updateCounts(const InvoiceListModel& model, QDate today);

Q_SIGNALS:
    void viewChanged(InvoiceView view);

private:
    void scheduleRecount();

    QListWidget* m_list = nullptr;
    QList<int> m_counts; // by the view's position in allInvoiceViews()
    QPointer<const InvoiceListModel> m_model;
    QDate m_today;
    bool m_recountPending = false;
};

} // namespace InvoiceDesk::Ui
