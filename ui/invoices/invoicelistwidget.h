// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/invoicefilterproxy.h"

#include <QByteArray>
#include <QList>
#include <QWidget>

class QAction;
class QLineEdit;
class QMenu;
class QTableView;

namespace InvoiceDesk::Ui {

class InvoiceListModel;
class StatusBadgeDelegate;

// The invoice list: a search field above a sortable table of the invoices in the chosen view.
// Selection survives a reload of the model. The model is not owned and must outlive the widget.
class InvoiceListWidget : public QWidget {
    Q_OBJECT
public:
    explicit InvoiceListWidget(InvoiceListModel& model, QWidget* parent = nullptr);

    InvoiceFilterProxy& proxy() { return *m_proxy; }
    QTableView* view() { return m_view; }
    QLineEdit* searchField() { return m_search; }
    // "Find" (Ctrl+F): focuses the search field from anywhere in the window. A window that shows it
    // in a menu should add this action rather than make a second one with the same shortcut.
    QAction* findAction() const { return m_find; }

    // The table header's state: column order, widths, hidden columns and sort. restoreLayout refuses
    // (and changes nothing) what saveLayout did not write for this list.
    QByteArray saveLayout() const;
    bool restoreLayout(const QByteArray& layout);

    void setColumnVisible(int column, bool visible);
    bool isColumnVisible(int column) const;
    // The header's context menu: one checkable entry per column. The last visible column cannot be
    // hidden. The caller owns the menu.
    QMenu* createColumnMenu(QWidget* parent);

    // In the order the table shows them.
    QList<qint64> selectedInvoiceIds() const;
    qint64 currentInvoiceId() const; // 0 when there is none
    // Makes the invoice the current and only selected one and scrolls to it. An invoice that the
    // view or the search hides is not selected.
    void selectInvoice(qint64 invoiceId);

public Q_SLOTS:
    void focusSearch();

Q_SIGNALS:
    void currentInvoiceChanged(qint64 invoiceId);
    void selectionChanged();
    void activated(qint64 invoiceId); // Enter or double-click

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;
    void showEvent(QShowEvent* event) override;

private:
    void setUpColumns();
    void noteCurrent();
    void keepSelection();
    void restoreSelection();
    qint64 invoiceIdOf(const QModelIndex& proxyIndex) const;
    QModelIndex proxyIndexOf(qint64 invoiceId, int column = 0) const;

    InvoiceListModel& m_model;
    InvoiceFilterProxy* m_proxy = nullptr;
    QLineEdit* m_search = nullptr;
    QTableView* m_view = nullptr;
    QAction* m_find = nullptr;
    StatusBadgeDelegate* m_badges = nullptr;
    qint64 m_lastCurrent = 0;
    QList<qint64> m_keptSelection;
    qint64 m_keptCurrent = 0;
};

} // namespace InvoiceDesk::Ui
