// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoicelistmodel.h"

#include "invoices/money.h"

namespace InvoiceDesk::Ui {

namespace {

// The search field holds ordinary spaces; money and some locales' dates use non-breaking ones.
QString normalizedForSearch(QString text)
{
    text.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    return text.toLower();
}

} // namespace

InvoiceListModel::InvoiceListModel(Storage::InvoiceBook& book, QObject* parent)
    : QAbstractTableModel(parent)
    , m_book(book)
{}

void InvoiceListModel::setLocale(const QLocale& locale)
{
    if (locale == m_locale)
        return;
    m_locale = locale;
    rederiveAll();
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

Storage::StorageResult<Done> InvoiceListModel::reload()
{
    auto rows = m_book.invoiceRows();
    if (!rows)
        return std::move(rows).error();
    beginResetModel();
    m_rows = std::move(rows).value();
    rederiveAll();
    endResetModel();
    return Done{};
}

void InvoiceListModel::rederiveAll()
{
    // Many invoices share a customer: formatting each phone number once keeps a reload of a big book
    // from running the phone number library 100,000 times.
    QHash<QString, QString> phoneCache;
    m_derived.clear();
    m_derived.reserve(m_rows.size());
    m_rowById.clear();
    m_rowById.reserve(m_rows.size());
    for (int row = 0; row < m_rows.size(); ++row) {
        m_derived.append(derive(m_rows.at(row), phoneCache));
        m_rowById.insert(m_rows.at(row).invoiceId, row);
    }
}

void InvoiceListModel::refreshInvoice(qint64 invoiceId)
{
    auto read = m_book.invoiceRow(invoiceId);
    if (!read) {
        Q_EMIT refreshFailed(invoiceId, read.error().message);
        return;
    }
    QHash<QString, QString> phoneCache;
    const int row = rowOf(invoiceId);
    if (row >= 0) {
        m_rows[row] = std::move(read).value();
        m_derived[row] = derive(m_rows.at(row), phoneCache);
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int newRow = int(m_rows.size());
    beginInsertRows(QModelIndex(), newRow, newRow);
    m_rows.append(std::move(read).value());
    m_derived.append(derive(m_rows.constLast(), phoneCache));
    m_rowById.insert(invoiceId, newRow);
    endInsertRows();
}

InvoiceListModel::Derived InvoiceListModel::derive(const Storage::InvoiceRow& row,
                                                   QHash<QString, QString>& phoneCache) const
{
    Derived derived;
    if (row.customerPhone.isValid()) {
        auto cached = phoneCache.constFind(row.customerPhone.msisdn());
        if (cached == phoneCache.constEnd())
            cached = phoneCache.insert(row.customerPhone.msisdn(), row.customerPhone.toDisplayString());
        derived.phone = *cached;
    }
    const Money total(row.totalMinor, row.currency);
    derived.amount = total.toDisplayString(m_locale);
    // Newlines separate the fields: a search typed into one line never spans two of them.
    const QChar separator = QLatin1Char('\n');
    derived.searchText = normalizedForSearch(row.number + separator + row.customerName + separator +
                                             row.customerPhone.msisdn() + separator + derived.phone +
                                             separator + derived.amount + separator + total.toPlainString() +
                                             separator + row.latestReference);
    return derived;
}

qint64 InvoiceListModel::invoiceIdAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).invoiceId : 0;
}

int InvoiceListModel::rowOf(qint64 invoiceId) const
{
    return m_rowById.value(invoiceId, -1);
}

const Storage::InvoiceRow& InvoiceListModel::rowAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_rows.size());
    return m_rows.at(row);
}

const QString& InvoiceListModel::searchTextAt(int row) const
{
    Q_ASSERT(row >= 0 && row < m_derived.size());
    return m_derived.at(row).searchText;
}

int InvoiceListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InvoiceListModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

Qt::ItemFlags InvoiceListModel::flags(const QModelIndex& index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsSelectable | Qt::ItemIsEnabled | Qt::ItemNeverHasChildren;
}

QVariant InvoiceListModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, index.column());
    case Qt::ToolTipRole:
        return toolTip(row, index.column());
    case Qt::TextAlignmentRole:
        if (index.column() == Amount)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case RawValueRole:
        return rawValue(row, index.column());
    case InvoiceIdRole:
        return qlonglong(m_rows.at(row).invoiceId);
    case StatusRole:
        return int(m_rows.at(row).status);
    case SearchTextRole:
        return m_derived.at(row).searchText;
    default:
        return {};
    }
}

QVariant InvoiceListModel::displayValue(int row, int column) const
{
    const Storage::InvoiceRow& invoice = m_rows.at(row);
    switch (Column(column)) {
    case Number:
        return invoice.number;
    case Customer:
        return invoice.customerName;
    case Phone:
        return m_derived.at(row).phone;
    case Amount:
        return m_derived.at(row).amount;
    case DueDate:
        return m_locale.toString(invoice.dueDate, QLocale::ShortFormat);
    case Status:
        return invoiceStatusDisplayName(invoice.status);
    case LastChecked:
        return invoice.lastCheckedAt.isValid()
                   ? m_locale.toString(invoice.lastCheckedAt.toLocalTime(), QLocale::ShortFormat)
                   : QString();
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoiceListModel::rawValue(int row, int column) const
{
    const Storage::InvoiceRow& invoice = m_rows.at(row);
    switch (Column(column)) {
    case Number:
        return invoice.number;
    case Customer:
        return invoice.customerName;
    case Phone:
        return invoice.customerPhone.msisdn();
    case Amount:
        return qlonglong(invoice.totalMinor);
    case DueDate:
        return invoice.dueDate;
    case Status:
        return int(invoice.status);
    case LastChecked:
        return invoice.lastCheckedAt;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoiceListModel::toolTip(int row, int column) const
{
    const Storage::InvoiceRow& invoice = m_rows.at(row);
    switch (Column(column)) {
    case Number:
        return invoice.description.isEmpty()
                   ? tr("Issued %1").arg(m_locale.toString(invoice.issueDate, QLocale::LongFormat))
                   : tr("%1\nIssued %2")
                         .arg(invoice.description, m_locale.toString(invoice.issueDate, QLocale::LongFormat));
    case Customer:
    case Phone:
        if (!invoice.customerPhone.isValid())
            return tr("No mobile number: requests go out as a link or QR code");
        return invoice.customerHasConsent ? tr("Has agreed to receive payment requests in the app")
                                          : tr("Has not agreed to receive payment requests in the app");
    case Amount: {
        QStringList parts;
        if (invoice.capturedMinor > 0)
            parts.append(tr("Captured %1")
                             .arg(Money(invoice.capturedMinor, invoice.currency).toDisplayString(m_locale)));
        if (invoice.refundedMinor > 0)
            parts.append(tr("Refunded %1")
                             .arg(Money(invoice.refundedMinor, invoice.currency).toDisplayString(m_locale)));
        return parts.isEmpty() ? QVariant() : QVariant(parts.join(QLatin1Char('\n')));
    }
    case DueDate:
        return m_locale.toString(invoice.dueDate, QLocale::LongFormat);
    case Status: {
        if (invoice.latestReference.isEmpty())
            return tr("No payment request sent yet");
        QString text =
            tr("%n payment request(s), the latest with reference %1", nullptr, invoice.attemptCount)
                .arg(invoice.latestReference);
        if (invoice.latestExpiresAt.isValid())
            text += QLatin1Char('\n') +
                    tr("Expires %1")
                        .arg(m_locale.toString(invoice.latestExpiresAt.toLocalTime(), QLocale::LongFormat));
        return text;
    }
    case LastChecked:
        return invoice.lastCheckedAt.isValid()
                   ? m_locale.toString(invoice.lastCheckedAt.toLocalTime(), QLocale::LongFormat)
                   : tr("Not checked with Vipps MobilePay yet");
    case ColumnCount:
        break;
    }
    return {};
}

QVariant InvoiceListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && section == Amount)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Number:
        return tr("Number");
    case Customer:
        return tr("Customer");
    case Phone:
        return tr("Phone");
    case Amount:
        return tr("Amount");
    case DueDate:
        return tr("Due");
    case Status:
        return tr("Status");
    case LastChecked:
        return tr("Last checked");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace InvoiceDesk::Ui
