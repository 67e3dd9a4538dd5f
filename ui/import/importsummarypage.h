// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace InvoiceDesk::Ui {

struct ImportSession;

// Step 4: what the import did: new, updated, unchanged and rejected invoices, the rejections with
// their row and reason.
class ImportSummaryPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportSummaryPage(const ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;

private:
    const ImportSession& m_session;
    QLabel* m_counts = nullptr;
    QListWidget* m_rejected = nullptr;
};

} // namespace InvoiceDesk::Ui
