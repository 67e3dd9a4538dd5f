// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/columnmapping.h"
#include "storage/csvimportpreview.h"
#include "storage/csvreader.h"

#include <QHash>
#include <QString>

#include <optional>

namespace InvoiceDesk::Ui {

// What the pages of the import wizard share: the file as read, the column chosen for each field, the
// preview made from them and, once imported, the result.
struct ImportSession {
    QString fileName;
    QString readError; // why the file could not be read; empty when it was
    Storage::CsvTable table;
    QHash<Storage::ImportField, int> columns; // field → column index; a field not in it is not imported
    Storage::CsvImportPreview preview;
    std::optional<Storage::ImportResult> result;
    QString staffName;
    QHash<int, int> recordOfLine; // file line → index in table.records

    static QString fieldLabel(Storage::ImportField field); // "Invoice number", for staff
    static bool isRequired(Storage::ImportField field);

    QStringList header() const;
    // Reads the file and guesses the columns from the header (ColumnMapping's known names).
    void load(const QString& file);
    // The problems of the current column choice, for staff; empty when a preview can be made.
    QStringList mappingProblems() const;
    // Parses every row with the chosen columns, exactly as InvoiceBook::import will see them.
    void makePreview();
    // The raw text of a record's field, for showing rows that could not be parsed.
    QString rawField(int line, Storage::ImportField field) const;
};

} // namespace InvoiceDesk::Ui
