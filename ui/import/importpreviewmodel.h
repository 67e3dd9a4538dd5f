// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QIcon>

namespace InvoiceDesk::Ui {

struct ImportSession;

// The rows of an import preview, valid and rejected alike, in file order. A rejected row is red,
// carries a warning icon and says why in the Problem column.
class ImportPreviewModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Row, InvoiceNumber, Customer, Amount, DueDate, Problem, ColumnCount };

    explicit ImportPreviewModel(const ImportSession& session, QObject* parent = nullptr);

    // Call after the session's preview changed.
    void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString text(int row, int column) const;

    const ImportSession& m_session;
    QIcon m_warning;
};

} // namespace InvoiceDesk::Ui
