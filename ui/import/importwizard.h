// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "import/importsession.h"
#include "storage/csvimportpreview.h"

#include <QWizard>

namespace InvoiceDesk::Storage {
class InvoiceBook;
}

namespace InvoiceDesk::Ui {

class ImportFilePage;
class ImportMappingPage;
class ImportPreviewPage;

// Imports invoices from a CSV file: choose the file, check how it was read and which column is which,
// check every row, import, and see what happened.
class ImportWizard : public QWizard {
    Q_OBJECT
public:
    enum PageId { FilePage, MappingPage, PreviewPage, SummaryPage };

    ImportWizard(Storage::InvoiceBook& book, QWidget* parent = nullptr);
    ~ImportWizard() override;

    void setFileName(const QString& fileName);
    // The staff member named in the audit log; the login name unless set.
    void setStaffName(const QString& name);

    const ImportSession& session() const { return m_session; }
    ImportMappingPage* mappingPage() const { return m_mapping; }
    ImportPreviewPage* previewPage() const { return m_preview; }

Q_SIGNALS:
    void imported(const Storage::ImportResult& result);

private:
    ImportSession m_session;
    ImportFilePage* m_file = nullptr;
    ImportMappingPage* m_mapping = nullptr;
    ImportPreviewPage* m_preview = nullptr;
};

} // namespace InvoiceDesk::Ui
