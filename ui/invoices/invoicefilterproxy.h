// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/invoiceview.h"

#include <QCollator>
#include <QDate>
#include <QSortFilterProxyModel>
#include <QStringList>

#include <unordered_map>
#include <vector>

namespace InvoiceDesk::Ui {

class InvoiceListModel;

// Sorts the invoice list on raw values (amounts as numbers, dates as dates) and filters it by a view
// and by what is typed in the search field. The source must be an InvoiceListModel.
class InvoiceFilterProxy : public QSortFilterProxyModel {
    Q_OBJECT
public:
    explicit InvoiceFilterProxy(QObject* parent = nullptr);

    void setSourceModel(QAbstractItemModel* model) override;
    InvoiceListModel* invoiceModel() const { return m_invoices; }

    // Every word must appear in the invoice's number, customer, phone, amount or reference (case does
    // not matter). A search of digits, spaces and "+" also matches the phone number's digits alone,
    // so "912 34 567" finds +47 912 34 567.
    void setSearchText(const QString& text);
    QString searchText() const { return m_searchText; }

    void setView(InvoiceView view);
    InvoiceView view() const { return m_view; }

    // The date Overdue compares due dates with; the caller moves it on at midnight.
    void setToday(QDate today);
    QDate today() const { return m_today; }

    qint64 invoiceIdAt(int proxyRow) const;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;
    bool lessThan(const QModelIndex& left, const QModelIndex& right) const override;

private:
    void clearSortKeys();
    const QCollatorSortKey& sortKey(int sourceRow, int column, const QString& text) const;

    InvoiceListModel* m_invoices = nullptr;
    QMetaObject::Connection m_resetConnection;
    QString m_searchText;
    QStringList m_words;
    QString m_digits; // the search as phone digits; empty when it is not one
    InvoiceView m_view = InvoiceView::All;
    QDate m_today;
    QCollator m_collator;
    // Collation keys of the numbers and names sorted so far: comparing two keys is a byte compare,
    // much cheaper than collating the strings again at each of the 1.7 million comparisons that
    // sorting 100,000 rows takes. Names repeat (one customer, many invoices), so it stays small.
    mutable std::unordered_map<QString, QCollatorSortKey> m_sortKeys;
    // Per source row and sorted column, the key last looked up, found again without hashing. The text
    // it was made for tells whether the row has changed since.
    struct RowKey {
        QString text;
        const QCollatorSortKey* key = nullptr;
    };
    mutable std::vector<RowKey> m_rowKeys[2]; // Number, Customer
};

} // namespace InvoiceDesk::Ui
