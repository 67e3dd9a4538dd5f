// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/invoicebook.h"
#include "storage/invoicerow.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QLocale>
#include <QString>

namespace InvoiceDesk::Ui {

// Every invoice of the book as one table row. The whole book is read in one query; a single invoice
// is re-read when a workflow changes it. Display strings and the search text are computed once per
// row when it is read, so that scrolling, filtering and sorting 100,000 invoices stay quick.
class InvoiceListModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Customer, Phone, Amount, DueDate, Status, LastChecked, ColumnCount };
    enum Role {
        RawValueRole = Qt::UserRole + 1, // for sorting: QString, qlonglong minor units, QDate, QDateTime, int
        InvoiceIdRole,                   // qlonglong, any column
        StatusRole,                      // int (InvoiceStatus), any column
        SearchTextRole,                  // lower-case text the search field matches, any column
    };

    explicit InvoiceListModel(Storage::InvoiceBook& book, QObject* parent = nullptr);

    // The locale for amounts and dates; the default locale unless set. Recomputes the display text.
    void setLocale(const QLocale& locale);
    QLocale locale() const { return m_locale; }

    // Reads the whole book again. On an error the model keeps what it showed.
    Storage::StorageResult<Done> reload();
    // Re-reads one invoice after a change: updates its row, or appends it when it is new. Errors are
    // reported through refreshFailed and leave the row as it was.
    void refreshInvoice(qint64 invoiceId);

    qint64 invoiceIdAt(int row) const;
    int rowOf(qint64 invoiceId) const; // -1 when the invoice is not in the model
    const Storage::InvoiceRow& rowAt(int row) const;
    const QString& searchTextAt(int row) const;
    int count() const { return int(m_rows.size()); }

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

Q_SIGNALS:
    void refreshFailed(qint64 invoiceId, const QString& message);

private:
    // What is shown of a row, computed when the row is read.
    struct Derived {
        QString phone;
        QString amount;
        QString searchText;
    };
    Derived derive(const Storage::InvoiceRow& row, QHash<QString, QString>& phoneCache) const;
    void rederiveAll();
    QVariant displayValue(int row, int column) const;
    QVariant rawValue(int row, int column) const;
    QVariant toolTip(int row, int column) const;

    Storage::InvoiceBook& m_book;
    QLocale m_locale;
    QList<Storage::InvoiceRow> m_rows;
    QList<Derived> m_derived;
    QHash<qint64, int> m_rowById;
};

} // namespace InvoiceDesk::Ui
