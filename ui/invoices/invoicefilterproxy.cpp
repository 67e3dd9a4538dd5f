// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoicefilterproxy.h"

#include "invoices/invoicelistmodel.h"

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

bool InvoiceFilterProxy::lessThan(const QModelIndex& left, const QModelIndex& right) const
{
    const QVariant a = left.data(sortRole());
    const QVariant b = right.data(sortRole());
    int order = 0;
    if (a.typeId() == b.typeId()) {
        switch (a.typeId()) {
        case QMetaType::QString:
            order = m_collator.compare(a.toString(), b.toString());
            break;
        case QMetaType::LongLong:
            order = compareValues(a.toLongLong(), b.toLongLong());
            break;
        case QMetaType::Int:
            order = compareValues(a.toInt(), b.toInt());
            break;
        case QMetaType::QDate:
            // No due date sorts before every date.
            order = compareValues(a.toDate(), b.toDate());
            break;
        case QMetaType::QDateTime:
            order = compareValues(a.toDateTime(), b.toDateTime());
            break;
        default: // an empty value: nothing to order by
            break;
        }
    }
    if (order != 0)
        return order < 0;
    // Equal values keep one stable order, the book's, so that rows do not jump on every refresh.
    return left.row() < right.row();
}

} // namespace InvoiceDesk::Ui
