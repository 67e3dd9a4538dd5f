// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/invoice.h"

#include <QWidget>

#include <optional>

class QPushButton;
class QTableWidget;

namespace InvoiceDesk::Ui {

// The lines of an invoice in a small table: description, quantity, unit price (excluding VAT),
// VAT rate and the line total, computed as staff type. Cells that cannot be read turn red.
class InvoiceLinesEditor : public QWidget {
    Q_OBJECT
public:
    enum Column { Description, Quantity, UnitPrice, VatRate, Total, ColumnCount };

    explicit InvoiceLinesEditor(QWidget* parent = nullptr);

    void setCurrency(const QString& currency);
    void setLines(const QList<InvoiceLine>& lines);
    // Every line with its totals, or nullopt while a cell cannot be read.
    std::optional<QList<InvoiceLine>> lines() const;
    int lineCount() const;

    void addLine();
    void removeSelectedLine();
    QTableWidget* table() const { return m_table; }

Q_SIGNALS:
    void linesChanged();

private:
    std::optional<InvoiceLine> readRow(int row) const;
    void appendRow(const InvoiceLine& line);
    void refreshRow(int row);

    QTableWidget* m_table = nullptr;
    QPushButton* m_remove = nullptr;
    QString m_currency = QStringLiteral("NOK");
    bool m_updating = false;
};

} // namespace InvoiceDesk::Ui
