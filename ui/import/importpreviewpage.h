// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/csvimportpreview.h"

#include <QWizardPage>

class QLabel;
class QProgressBar;
class QTableView;

namespace InvoiceDesk::Storage {
class InvoiceBook;
}

namespace InvoiceDesk::Ui {

struct ImportSession;
class ImportPreviewModel;

// Step 3: every row as it will be imported, the rejected ones in red with their reason. Pressing
// Import stores the valid rows in one transaction; a storage error keeps staff on this page.
class ImportPreviewPage : public QWizardPage {
    Q_OBJECT
public:
    ImportPreviewPage(ImportSession& session, Storage::InvoiceBook& book, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    QTableView* table() const { return m_table; }

Q_SIGNALS:
    void imported(const Storage::ImportResult& result);

private:
    ImportSession& m_session;
    Storage::InvoiceBook& m_book;
    ImportPreviewModel* m_model = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QTableView* m_table = nullptr;
    QProgressBar* m_progress = nullptr;
};

} // namespace InvoiceDesk::Ui
