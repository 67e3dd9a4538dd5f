// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoiceviewpanel.h"

#include "invoices/invoicelistmodel.h"

#include <QListWidget>
#include <QTimer>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

namespace {
constexpr int viewRole = Qt::UserRole + 1;
}

InvoiceViewPanel::InvoiceViewPanel(QWidget* parent)
    : QWidget(parent)
    , m_list(new QListWidget(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_list->setObjectName(QStringLiteral("invoiceViewList"));
    m_list->setAccessibleName(tr("Invoice views"));
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    m_list->setUniformItemSizes(true);
    for (const InvoiceView view : allInvoiceViews()) {
        auto* item = new QListWidgetItem(invoiceViewDisplayName(view), m_list);
        item->setData(viewRole, int(view));
    }
    layout->addWidget(m_list);
    m_list->setCurrentRow(0);
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0)
            Q_EMIT viewChanged(InvoiceView(m_list->item(row)->data(viewRole).toInt()));
    });
}

InvoiceView InvoiceViewPanel::currentView() const
{
    const QListWidgetItem* item = m_list->currentItem();
    return item ? InvoiceView(item->data(viewRole).toInt()) : InvoiceView::All;
}

void InvoiceViewPanel::setCurrentView(InvoiceView view)
{
    m_list->setCurrentRow(int(allInvoiceViews().indexOf(view)));
}

int InvoiceViewPanel::countFor(InvoiceView view) const
{
    return m_counts.value(allInvoiceViews().indexOf(view), 0);
}

void InvoiceViewPanel::watch(const InvoiceListModel* model, QDate today)
{
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    m_today = today;
    if (!model)
        return;
    connect(model, &QAbstractItemModel::modelReset, this, &InvoiceViewPanel::scheduleRecount);
    connect(model, &QAbstractItemModel::rowsInserted, this, &InvoiceViewPanel::scheduleRecount);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &InvoiceViewPanel::scheduleRecount);
    connect(model, &QAbstractItemModel::dataChanged, this, &InvoiceViewPanel::scheduleRecount);
    updateCounts(*model, today);
}

void InvoiceViewPanel::setToday(QDate today)
{
    m_today = today;
    if (m_model)
        updateCounts(*m_model, today);
}

void InvoiceViewPanel::scheduleRecount()
{
    // A tracking round refreshes many invoices one after another: count once after them all.
    if (m_recountPending)
        return;
    m_recountPending = true;
    QTimer::singleShot(0, this, [this] {
        m_recountPending = false;
        if (m_model)
            updateCounts(*m_model, m_today);
    });
}

void InvoiceViewPanel::updateCounts(const InvoiceListModel& model, QDate today)
{
    const QList<InvoiceView> views = allInvoiceViews();
    QList<int> counts(views.size(), 0);
    for (int row = 0; row < model.count(); ++row) {
        const Storage::InvoiceRow& invoice = model.rowAt(row);
        for (int i = 0; i < views.size(); ++i) {
            if (invoiceMatchesView(invoice, views.at(i), today))
                ++counts[i];
        }
    }
    const QLocale locale = model.locale();
    m_counts = counts;
    for (int i = 0; i < views.size(); ++i) {
        QListWidgetItem* item = m_list->item(i);
        item->setText(tr("%1 (%2)").arg(invoiceViewDisplayName(views.at(i)), locale.toString(counts.at(i))));
    }
}

} // namespace InvoiceDesk::Ui
