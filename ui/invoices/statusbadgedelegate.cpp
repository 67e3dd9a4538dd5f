// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/statusbadgedelegate.h"

#include "invoices/invoicelistmodel.h"

#include <QApplication>
#include <QPainter>
#include <QPainterPath>
#include <QPolygonF>
#include <QtMath>

#include <algorithm>

namespace InvoiceDesk::Ui {

namespace {

// Every length is a fraction of the font height, so the badge follows the font size and the
// device pixel ratio (the painter works in logical pixels and antialiases).
qreal padding(const QFontMetricsF& metrics)
{
    return metrics.height() * 0.5;
}
qreal symbolSize(const QFontMetricsF& metrics)
{
    return metrics.height() * 0.75;
}
qreal gap(const QFontMetricsF& metrics)
{
    return metrics.height() * 0.3;
}
constexpr int cellMargin = 3;

} // namespace

StatusBadgeDelegate::Badge StatusBadgeDelegate::badgeFor(InvoiceStatus status)
{
    // Light tints with dark text of the same hue: readable on light and dark palettes alike, since
    // the badge brings its own background.
    switch (status) {
    case InvoiceStatus::Draft:
        return {QColor(0xE8, 0xEA, 0xED), QColor(0x3C, 0x40, 0x43), Symbol::Circle};
    case InvoiceStatus::AwaitingCustomer:
        return {QColor(0xDE, 0xEC, 0xFF), QColor(0x0B, 0x4F, 0x9C), Symbol::Clock};
    case InvoiceStatus::Paid:
        return {QColor(0xFF, 0xF1, 0xCC), QColor(0x6E, 0x4A, 0x00), Symbol::Check};
    case InvoiceStatus::Captured:
        return {QColor(0xDA, 0xF2, 0xDF), QColor(0x1B, 0x5E, 0x2B), Symbol::DoubleCheck};
    case InvoiceStatus::PartlyRefunded:
        return {QColor(0xD8, 0xF1, 0xEE), QColor(0x0B, 0x57, 0x50), Symbol::ReturnArrow};
    case InvoiceStatus::Refunded:
        return {QColor(0xEB, 0xE4, 0xF7), QColor(0x47, 0x2A, 0x86), Symbol::ReturnArrow};
    case InvoiceStatus::Expired:
        return {QColor(0xFD, 0xE8, 0xD6), QColor(0x85, 0x3E, 0x00), Symbol::Hourglass};
    case InvoiceStatus::Declined:
        return {QColor(0xFC, 0xE1, 0xE1), QColor(0x96, 0x1B, 0x1B), Symbol::Cross};
    case InvoiceStatus::Cancelled:
        return {QColor(0xEC, 0xEF, 0xF1), QColor(0x42, 0x55, 0x5F), Symbol::Bar};
    case InvoiceStatus::Failed:
        return {QColor(0xF8, 0xD3, 0xD3), QColor(0x80, 0x00, 0x00), Symbol::Exclamation};
    }
    return {QColor(Qt::lightGray), QColor(Qt::black), Symbol::Circle};
}

StatusBadgeDelegate::StatusBadgeDelegate(QObject* parent)
    : QStyledItemDelegate(parent)
{}

QSize StatusBadgeDelegate::badgeSize(const QFontMetricsF& metrics, const QString& text)
{
    const qreal width =
        padding(metrics) * 2 + symbolSize(metrics) + gap(metrics) + metrics.horizontalAdvance(text);
    const qreal height = metrics.height() * 1.35;
    return QSize(qCeil(width), qCeil(height));
}

QSize StatusBadgeDelegate::sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QSize badge = badgeSize(QFontMetricsF(opt.font), opt.text);
    const QSize base = QStyledItemDelegate::sizeHint(option, index);
    return QSize(badge.width() + 2 * cellMargin, std::max(base.height(), badge.height() + 2 * cellMargin));
}

void StatusBadgeDelegate::paint(QPainter* painter, const QStyleOptionViewItem& option,
                                const QModelIndex& index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QString text = opt.text;
    const QVariant statusValue = index.data(InvoiceListModel::StatusRole);

    // The cell itself (selection, focus, alternating rows) as the style draws it, without the text.
    opt.text.clear();
    opt.icon = QIcon();
    const QWidget* widget = option.widget;
    QStyle* style = widget ? widget->style() : QApplication::style();
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
    if (!statusValue.isValid() || text.isEmpty())
        return;

    const Badge badge = badgeFor(InvoiceStatus(statusValue.toInt()));
    // Fractional widths: whole pixels per string would cut the last letter of some words.
    const QFontMetricsF metrics(opt.font);
    const QRect cell = option.rect.adjusted(cellMargin, cellMargin, -cellMargin, -cellMargin);
    const QSize wanted = badgeSize(metrics, text);
    const qreal height = std::min<qreal>(wanted.height(), cell.height());
    const qreal width = std::min<qreal>(wanted.width(), cell.width());
    if (width <= 0 || height <= 0)
        return;
    QRectF rect(cell.left(), cell.top() + (cell.height() - height) / 2.0, width, height);
    if (opt.direction == Qt::RightToLeft)
        rect.moveRight(cell.right() + 1);

    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setClipRect(option.rect);
    // On a selected row the outline takes the selection's text colour so the badge stays apart
    // from the highlight.
    const bool selected = opt.state.testFlag(QStyle::State_Selected);
    QPen outline(selected ? opt.palette.color(QPalette::HighlightedText) : badge.foreground);
    outline.setWidthF(selected ? 1.5 : 1.0);
    painter->setPen(outline);
    painter->setBrush(badge.background);
    const qreal radius = rect.height() / 2.0;
    painter->drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);

    const qreal symbol = symbolSize(metrics);
    QRectF symbolBox(0, 0, symbol, symbol);
    const qreal contentLeft = opt.direction == Qt::RightToLeft ? rect.right() - padding(metrics) - symbol
                                                               : rect.left() + padding(metrics);
    symbolBox.moveTopLeft(QPointF(contentLeft, rect.center().y() - symbol / 2.0));
    paintSymbol(painter, badge.symbol, symbolBox, badge.foreground);

    const qreal textWidth = rect.width() - 2 * padding(metrics) - symbol - gap(metrics);
    if (textWidth > 0) {
        QRectF textRect(0, rect.top(), textWidth, rect.height());
        if (opt.direction == Qt::RightToLeft)
            textRect.moveRight(symbolBox.left() - gap(metrics));
        else
            textRect.moveLeft(symbolBox.right() + gap(metrics));
        painter->setPen(badge.foreground);
        painter->setFont(opt.font);
        painter->drawText(textRect, Qt::AlignVCenter | Qt::AlignLeading | Qt::TextSingleLine,
                          metrics.horizontalAdvance(text) <= textWidth
                              ? text
                              : metrics.elidedText(text, Qt::ElideRight, textWidth));
    }
    painter->restore();
}

void StatusBadgeDelegate::paintSymbol(QPainter* painter, Symbol symbol, const QRectF& box,
                                      const QColor& color)
{
    const qreal s = box.width();
    QPen pen(color, std::max<qreal>(1.0, s / 7.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const auto at = [&box, s](qreal x, qreal y) {
        return QPointF(box.left() + x * s, box.top() + y * s);
    };
    const QRectF inner = box.adjusted(s * 0.1, s * 0.1, -s * 0.1, -s * 0.1);
    switch (symbol) {
    case Symbol::Circle:
        painter->drawEllipse(inner);
        break;
    case Symbol::Clock:
        painter->drawEllipse(inner);
        painter->drawLine(at(0.5, 0.5), at(0.5, 0.25));
        painter->drawLine(at(0.5, 0.5), at(0.7, 0.6));
        break;
    case Symbol::Check:
        painter->drawPolyline(QPolygonF({at(0.15, 0.55), at(0.4, 0.8), at(0.85, 0.25)}));
        break;
    case Symbol::DoubleCheck:
        painter->drawPolyline(QPolygonF({at(0.05, 0.55), at(0.3, 0.8), at(0.65, 0.25)}));
        painter->drawPolyline(QPolygonF({at(0.45, 0.75), at(0.5, 0.8), at(0.95, 0.25)}));
        break;
    case Symbol::ReturnArrow: {
        QPainterPath path(at(0.85, 0.8));
        path.lineTo(at(0.85, 0.45));
        path.lineTo(at(0.2, 0.45));
        painter->drawPath(path);
        painter->drawPolyline(QPolygonF({at(0.4, 0.22), at(0.17, 0.45), at(0.4, 0.68)}));
        break;
    }
    case Symbol::Hourglass:
        painter->drawPolygon(QPolygonF({at(0.2, 0.1), at(0.8, 0.1), at(0.2, 0.9), at(0.8, 0.9)}));
        break;
    case Symbol::Cross:
        painter->drawLine(at(0.2, 0.2), at(0.8, 0.8));
        painter->drawLine(at(0.8, 0.2), at(0.2, 0.8));
        break;
    case Symbol::Bar:
        painter->drawEllipse(inner);
        painter->drawLine(at(0.3, 0.5), at(0.7, 0.5));
        break;
    case Symbol::Exclamation:
        painter->drawLine(at(0.5, 0.12), at(0.5, 0.6));
        painter->setBrush(color);
        painter->drawEllipse(QRectF(at(0.5, 0.85) - QPointF(s * 0.06, s * 0.06), QSizeF(s * 0.12, s * 0.12)));
        break;
    }
}

} // namespace InvoiceDesk::Ui
