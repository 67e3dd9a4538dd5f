// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importsession.h"

#include "storage/invoicecsvimporter.h"

#include <QCoreApplication>
#include <QFile>

namespace InvoiceDesk::Ui {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Ui::ImportSession", text);
}

} // namespace

bool ImportSession::isRequired(Storage::ImportField field)
{
    return field == Storage::ImportField::InvoiceNumber || field == Storage::ImportField::Customer ||
           field == Storage::ImportField::Amount;
}

QString ImportSession::fieldLabel(Storage::ImportField field)
{
    switch (field) {
    case Storage::ImportField::InvoiceNumber:
        return tr("Invoice number");
    case Storage::ImportField::Customer:
        return tr("Customer");
    case Storage::ImportField::CustomerNumber:
        return tr("Customer number");
    case Storage::ImportField::Phone:
        return tr("Phone");
    case Storage::ImportField::Email:
        return tr("E-mail");
    case Storage::ImportField::Amount:
        return tr("Amount");
    case Storage::ImportField::Currency:
        return tr("Currency");
    case Storage::ImportField::IssueDate:
        return tr("Issue date");
    case Storage::ImportField::DueDate:
        return tr("Due date");
    case Storage::ImportField::Description:
        return tr("Description");
    case Storage::ImportField::Link:
        return tr("Link");
    }
    return {};
}

QStringList ImportSession::header() const
{
    if (table.records.isEmpty())
        return {};
    return table.records.first().fields;
}

void ImportSession::load(const QString& file)
{
    fileName = file;
    readError.clear();
    table = {};
    columns.clear();
    recordOfLine.clear();
    preview = {};
    result.reset();
    QFile input(file);
    if (!input.open(QIODevice::ReadOnly)) {
        readError = tr("The file cannot be read: %1").arg(input.errorString());
        return;
    }
    table = Storage::CsvReader::read(input.readAll());
    if (table.records.isEmpty()) {
        readError = tr("The file is empty.");
        return;
    }
    for (int index = 0; index < table.records.size(); ++index)
        recordOfLine.insert(table.records.at(index).line, index);
    const QStringList names = header();
    for (const Storage::ImportField field : Storage::ColumnMapping::allFields()) {
        const QStringList known = Storage::ColumnMapping::knownHeaders(field);
        for (int index = 0; index < names.size(); ++index) {
            if (known.contains(Storage::ColumnMapping::normalizeHeader(names.at(index))) &&
                !columns.values().contains(index)) {
                columns.insert(field, index);
                break;
            }
        }
    }
}

QStringList ImportSession::mappingProblems() const
{
    QStringList problems;
    if (!readError.isEmpty())
        return {readError};
    const QStringList names = header();
    for (const Storage::ImportField field : Storage::ColumnMapping::allFields()) {
        if (isRequired(field) && !columns.contains(field))
            problems << tr("Choose the column for “%1”.").arg(fieldLabel(field));
    }
    QHash<int, Storage::ImportField> taken;
    for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
        if (taken.contains(it.value()))
            problems << tr("The column “%1” is chosen for two fields.").arg(names.value(it.value()));
        taken.insert(it.value(), it.key());
    }
    return problems;
}

void ImportSession::makePreview()
{
    // The importer finds columns by their header. Renaming the header cells to the names it knows
    // makes it read exactly the columns chosen here and nothing else.
    Storage::CsvTable renamed = table;
    if (!renamed.records.isEmpty()) {
        QStringList& cells = renamed.records.first().fields;
        for (int index = 0; index < cells.size(); ++index)
            cells[index] = QStringLiteral("unmapped%1").arg(index);
        for (auto it = columns.constBegin(); it != columns.constEnd(); ++it) {
            if (it.value() >= 0 && it.value() < cells.size())
                cells[it.value()] = Storage::ColumnMapping::knownHeaders(it.key()).first();
        }
    }
    preview = Storage::InvoiceCsvImporter().preview(renamed);
    preview.header = header();
    preview.sourceFile = fileName;
    preview.importedBy = staffName;
    result.reset();
}

QString ImportSession::rawField(int line, Storage::ImportField field) const
{
    const auto column = columns.constFind(field);
    if (column == columns.constEnd())
        return {};
    const auto record = recordOfLine.constFind(line);
    if (record == recordOfLine.constEnd())
        return {};
    return table.records.at(record.value()).fields.value(column.value());
}

} // namespace InvoiceDesk::Ui
