// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoicefilterproxy.h"

#include "invoices/invoicelistmodel.h"

#include <QCollatorSortKey>
#include <QDateTime>

namespace InvoiceDesk::Ui {

namespace {

// Digits and what people put between them when they write a phone number.
QString phoneDigits(const QString& text)
{
    QString digits;
    for (const QChar c : text) {
        if (c.isDigit())
            digits.append(c);
        else if (c != QLatin1Char(' ') && c != QLatin1Char('+') && c != QLatin1Char('-') &&
                 c != QLatin1Char('(') && c != QLatin1Char(')'))
            return {};
    }
    return digits;
}

template<typename T>
int compareValues(const T& left, const T& right)
{
    return left < right ? -1 : (right < left ? 1 : 0);
}

} // namespace

InvoiceFilterProxy::InvoiceFilterProxy(QObject* parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(InvoiceListModel::RawValueRole);
    // Invoice numbers and names sort as people read them: "INV-9" before "INV-10".
    m_collator.setNumericMode(true);
    m_collator.setCaseSensitivity(Qt::CaseInsensitive);
}

void InvoiceFilterProxy::setSourceModel(QAbstractItemModel* model)
{
    m_invoices = qobject_cast<InvoiceListModel*>(model);
    Q_ASSERT_X(!model || m_invoices, "InvoiceFilterProxy", "the source must be an InvoiceListModel");
    QSortFilterProxyModel::setSourceModel(model);
    clearSortKeys();
    disconnect(m_resetConnection);
    if (model) {
        // Renamed customers would otherwise leave their old keys behind for good.
        m_resetConnection = connect(model, &QAbstractItemModel::modelAboutToBeReset, this,
                                    &InvoiceFilterProxy::clearSortKeys);
    }
}

void InvoiceFilterProxy::clearSortKeys()
{
    m_rowKeys[0].clear();
    m_rowKeys[1].clear();
    m_sortKeys.clear();
}

void InvoiceFilterProxy::setSearchText(const QString& text)
{
    if (text == m_searchText)
        return;
    m_searchText = text;
    QString normalized = text;
    normalized.replace(QChar(0x00A0), QLatin1Char(' ')).replace(QChar(0x202F), QLatin1Char(' '));
    m_words = normalized.toLower().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    m_digits = phoneDigits(normalized);
    invalidateFilter();
}

void InvoiceFilterProxy::setView(InvoiceView view)
{
    if (view == m_view)
        return;
    m_view = view;
    invalidateFilter();
}

void InvoiceFilterProxy::setToday(QDate today)
{
    if (today == m_today)
        return;
    m_today = today;
    if (m_view == InvoiceView::Overdue)
        invalidateFilter();
}

qint64 InvoiceFilterProxy::invoiceIdAt(int proxyRow) const
{
    const QModelIndex source = mapToSource(index(proxyRow, 0));
    return source.isValid() && m_invoices ? m_invoices->invoiceIdAt(source.row()) : 0;
}

bool InvoiceFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    if (!m_invoices || sourceParent.isValid())
        return false;
    if (!invoiceMatchesView(m_invoices->rowAt(sourceRow), m_view, m_today))
        return false;
    if (m_words.isEmpty())
        return true;
    const QString& text = m_invoices->searchTextAt(sourceRow);
    if (m_digits.size() >= 3 && m_invoices->rowAt(sourceRow).customerPhone.msisdn().contains(m_digits))
        return true;
    for (const QString& word : m_words) {
        if (!text.contains(word))
            return false;
    }
    return true;
}

const QCollatorSortKey& InvoiceFilterProxy::sortKey(int sourceRow, int column, const QString& text) const
{
    std::vector<RowKey>& rows = m_rowKeys[column == InvoiceListModel::Number ? 0 : 1];
    if (sourceRow >= int(rows.size()))
        rows.resize(size_t(sourceRow) + 1);
    RowKey& cached = rows[size_t(sourceRow)];
    // The row's text is shared with the cached copy until the row changes: same data, same key.
    if (cached.key && cached.text.constData() == text.constData() && cached.text.size() == text.size())
        return *cached.key;
    auto found = m_sortKeys.find(text);
    if (found == m_sortKeys.end())
        found = m_sortKeys.emplace(text, m_collator.sortKey(text)).first;
    cached.text = text;
    cached.key = &found->second;
    return found->second;
}

// The order of the raw values (InvoiceListModel::RawValueRole), read straight from the rows: a sort
// of 100,000 invoices makes no QVariant per comparison.
bool InvoiceFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    if (!m_invoices)
        return QSortFilterProxyModel::lessThan(left, right);
    const Storage::InvoiceRow& a = m_invoices->rowAt(left.row());
    const Storage::InvoiceRow& b = m_invoices->rowAt(right.row());
    int order = 0;
    switch (InvoiceListModel::Column(left.column())) {
    case InvoiceListModel::Number:
        order = sortKey(left.row(), InvoiceListModel::Number, a.number)
                    .compare(sortKey(right.row(), InvoiceListModel::Number, b.number));
        break;
    case InvoiceListModel::Customer:
        order = sortKey(left.row(), InvoiceListModel::Customer, a.customerName)
                    .compare(sortKey(right.row(), InvoiceListModel::Customer, b.customerName));
        break;
    case InvoiceListModel::Phone:
        order = compareValues(a.customerPhone.msisdn(), b.customerPhone.msisdn());
        break;
    case InvoiceListModel::Amount:
        order = compareValues(a.totalMinor, b.totalMinor);
        break;
    case InvoiceListModel::DueDate:
        order = compareValues(a.dueDate, b.dueDate); // no due date sorts before every date
        break;
    case InvoiceListModel::Status:
        order = compareValues(int(a.status), int(b.status));
        break;
    case InvoiceListModel::LastChecked:
        order = compareValues(a.lastCheckedAt, b.lastCheckedAt); // never checked sorts first
        break;
    case InvoiceListModel::ColumnCount:
        break;
    }
    if (order != 0)
        return order < 0;
    // Equal values keep one stable order, the book's, so that rows do not jump on every refresh.
    return left.row() < right.row();
}

} // namespace InvoiceDesk::Ui
