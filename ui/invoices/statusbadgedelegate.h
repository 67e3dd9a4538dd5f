// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/invoicestatus.h"

#include <QColor>
#include <QFontMetricsF>
#include <QStyledItemDelegate>

namespace InvoiceDesk::Ui {

// Paints an invoice status as a rounded badge: a colour per status, a small symbol drawn as vector
// shapes (sharp at any scale) and the status text, so that colour is never the only cue. Reads the
// status from InvoiceListModel::StatusRole and the text from the display role.
class StatusBadgeDelegate : public QStyledItemDelegate {
    Q_OBJECT
public:
    enum class Symbol { Circle, Clock, Check, DoubleCheck, ReturnArrow, Hourglass, Cross, Bar, Exclamation };
    struct Badge {
        QColor background;
        QColor foreground; // text, symbol and outline; readable on `background`
        Symbol symbol = Symbol::Circle;
    };
    static Badge badgeFor(InvoiceStatus status);

    explicit StatusBadgeDelegate(QObject* parent = nullptr);

    void paint(QPainter* painter, const QStyleOptionViewItem& option,
               const QModelIndex& index) const override;
    QSize sizeHint(const QStyleOptionViewItem& option, const QModelIndex& index) const override;

private:
    // The badge's own size for `text` in `font`, without the cell's margins.
    static QSize badgeSize(const QFontMetricsF& metrics, const QString& text);
    static void paintSymbol(QPainter* painter, Symbol symbol, const QRectF& box, const QColor& color);
};

} // namespace InvoiceDesk::Ui
