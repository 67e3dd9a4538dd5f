// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/invoicelineseditor.h"

#include "editor/linecalculation.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

namespace {

// The Norwegian VAT rates, in basis points.
constexpr int VatRates[] = {2500, 1500, 1200, 0};

QString rateText(int basisPoints)
{
    const int hundredths = basisPoints % 100;
    if (hundredths == 0)
        return QStringLiteral("%1 %").arg(basisPoints / 100);
    return QStringLiteral("%1%2%3 %")
        .arg(basisPoints / 100)
        .arg(QLocale().decimalPoint())
        .arg(hundredths, 2, 10, QLatin1Char('0'));
}

} // namespace

InvoiceLinesEditor::InvoiceLinesEditor(QWidget* parent)
    : QWidget(parent)
{
    m_table = new QTableWidget(0, ColumnCount, this);
    m_table->setObjectName(QStringLiteral("lines"));
    m_table->setHorizontalHeaderLabels(
        {tr("Description"), tr("Quantity"), tr("Unit price excl. VAT"), tr("VAT"), tr("Total")});
    m_table->horizontalHeader()->setSectionResizeMode(Description, QHeaderView::Stretch);
    m_table->verticalHeader()->hide();
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    auto* add = new QPushButton(tr("Add &line"), this);
    add->setObjectName(QStringLiteral("addLine"));
    m_remove = new QPushButton(tr("Remove l&ine"), this);
    m_remove->setObjectName(QStringLiteral("removeLine"));
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_table, 1);
    layout->addLayout(buttons);

    connect(add, &QPushButton::clicked, this, &InvoiceLinesEditor::addLine);
    connect(m_remove, &QPushButton::clicked, this, &InvoiceLinesEditor::removeSelectedLine);
    connect(m_table, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (m_updating || item->column() == Total)
            return;
        refreshRow(item->row());
        Q_EMIT linesChanged();
    });
}

void InvoiceLinesEditor::setCurrency(const QString& currency)
{
    m_currency = currency;
    for (int row = 0; row < m_table->rowCount(); ++row)
        refreshRow(row);
    Q_EMIT linesChanged();
}

void InvoiceLinesEditor::setLines(const QList<InvoiceLine>& lines)
{
    m_table->setRowCount(0);
    for (const InvoiceLine& line : lines)
        appendRow(line);
    Q_EMIT linesChanged();
}

int InvoiceLinesEditor::lineCount() const
{
    return m_table->rowCount();
}

void InvoiceLinesEditor::addLine()
{
    appendRow(InvoiceLine{});
    m_table->setCurrentCell(m_table->rowCount() - 1, Description);
    Q_EMIT linesChanged();
}

void InvoiceLinesEditor::removeSelectedLine()
{
    const int row = m_table->currentRow();
    if (row < 0)
        return;
    m_table->removeRow(row);
    Q_EMIT linesChanged();
}

void InvoiceLinesEditor::appendRow(const InvoiceLine& line)
{
    m_updating = true;
    const int row = m_table->rowCount();
    m_table->insertRow(row);
    m_table->setItem(row, Description, new QTableWidgetItem(line.description));
    m_table->setItem(row, Quantity, new QTableWidgetItem(line.quantity));
    m_table->setItem(row, UnitPrice,
                     new QTableWidgetItem(Money(line.unitPriceMinor, m_currency).toPlainString()));
    auto* total = new QTableWidgetItem;
    total->setFlags(total->flags() & ~Qt::ItemIsEditable);
    total->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_table->setItem(row, Total, total);
    auto* rate = new QComboBox(m_table);
    for (const int basisPoints : VatRates)
        rate->addItem(rateText(basisPoints), basisPoints);
    int index = rate->findData(line.vatRateBasisPoints);
    if (index < 0) { // a rate from elsewhere is kept as it came
        rate->addItem(rateText(line.vatRateBasisPoints), line.vatRateBasisPoints);
        index = rate->count() - 1;
    }
    rate->setCurrentIndex(index);
    m_table->setCellWidget(row, VatRate, rate);
    connect(rate, &QComboBox::currentIndexChanged, this, [this, rate] {
        for (int r = 0; r < m_table->rowCount(); ++r) {
            if (m_table->cellWidget(r, VatRate) == rate)
                refreshRow(r);
        }
        Q_EMIT linesChanged();
    });
    m_updating = false;
    refreshRow(row);
}

std::optional<InvoiceLine> InvoiceLinesEditor::readRow(int row) const
{
    InvoiceLine line;
    line.description = m_table->item(row, Description)->text().trimmed();
    line.quantity = m_table->item(row, Quantity)->text();
    const auto price = Money::parse(m_table->item(row, UnitPrice)->text(), m_currency);
    const auto* rate = qobject_cast<QComboBox*>(m_table->cellWidget(row, VatRate));
    if (!price || !rate)
        return std::nullopt;
    line.unitPriceMinor = price->minorUnits();
    line.vatRateBasisPoints = rate->currentData().toInt();
    if (!LineCalculation::computeTotals(line))
        return std::nullopt;
    return line;
}

void InvoiceLinesEditor::refreshRow(int row)
{
    m_updating = true;
    const bool quantityOk =
        LineCalculation::normalizeQuantity(m_table->item(row, Quantity)->text()).has_value();
    const bool priceOk = Money::parse(m_table->item(row, UnitPrice)->text(), m_currency).has_value();
    const auto mark = [](QTableWidgetItem* item, bool ok) {
        item->setBackground(ok ? QBrush() : QBrush(QColor(0xff, 0xcd, 0xd2)));
        item->setToolTip(ok ? QString() : InvoiceLinesEditor::tr("This cannot be read as a number."));
    };
    mark(m_table->item(row, Quantity), quantityOk);
    mark(m_table->item(row, UnitPrice), priceOk);
    const std::optional<InvoiceLine> line = readRow(row);
    m_table->item(row, Total)
        ->setText(line ? Money(line->totalMinor(), m_currency).toDisplayString() : QString());
    m_table->item(row, Total)->setData(Qt::UserRole, line ? QVariant(line->totalMinor()) : QVariant());
    m_updating = false;
}

std::optional<QList<InvoiceLine>> InvoiceLinesEditor::lines() const
{
    QList<InvoiceLine> result;
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const std::optional<InvoiceLine> line = readRow(row);
        if (!line)
            return std::nullopt;
        result.append(*line);
    }
    return result;
}

} // namespace InvoiceDesk::Ui
