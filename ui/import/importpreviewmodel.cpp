// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpreviewmodel.h"

#include "import/importsession.h"

#include <QApplication>
#include <QBrush>
#include <QPalette>
#include <QStyle>

namespace InvoiceDesk::Ui {

ImportPreviewModel::ImportPreviewModel(const ImportSession& session, QObject* parent)
    : QAbstractTableModel(parent)
    , m_session(session)
    , m_warning(QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning))
{}

void ImportPreviewModel::reload()
{
    beginResetModel();
    endResetModel();
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_session.preview.rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const Storage::ImportRow& row = m_session.preview.rows.at(index.row());
    const bool rejected = !row.isValid();
    switch (role) {
    case Qt::DisplayRole:
        return text(index.row(), index.column());
    case Qt::UserRole: // raw values for sorting and tests
        if (index.column() == Row)
            return row.row;
        if (index.column() == Amount && row.invoice)
            return row.invoice->total().minorUnits();
        return text(index.row(), index.column());
    case Qt::DecorationRole:
        if (rejected && index.column() == Row)
            return m_warning;
        return {};
    case Qt::ForegroundRole:
        if (rejected)
            return QBrush(Qt::red);
        return {};
    case Qt::ToolTipRole:
        if (rejected && row.error)
            return row.error->reason;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Row || index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    default:
        return {};
    }
}

QString ImportPreviewModel::text(int rowIndex, int column) const
{
    const Storage::ImportRow& row = m_session.preview.rows.at(rowIndex);
    // A rejected row has no parsed invoice: show what the file says, so staff can find it there.
    const auto raw = [&](Storage::ImportField field) {
        return m_session.rawField(row.row, field);
    };
    switch (Column(column)) {
    case Row:
        return QString::number(row.row);
    case InvoiceNumber:
        return row.invoice ? row.invoice->number : raw(Storage::ImportField::InvoiceNumber);
    case Customer:
        return row.isValid() ? row.customer.name : raw(Storage::ImportField::Customer);
    case Amount:
        return row.invoice ? row.invoice->total().toDisplayString() : raw(Storage::ImportField::Amount);
    case DueDate:
        if (row.invoice && row.invoice->dueDate.isValid())
            return QLocale().toString(row.invoice->dueDate, QLocale::ShortFormat);
        return row.invoice ? QString() : raw(Storage::ImportField::DueDate);
    case Problem:
        return row.error ? row.error->reason : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Row:
        return tr("Row");
    case InvoiceNumber:
        return tr("Invoice number");
    case Customer:
        return tr("Customer");
    case Amount:
        return tr("Amount");
    case DueDate:
        return tr("Due date");
    case Problem:
        return tr("Problem");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace InvoiceDesk::Ui
