// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/columnmapping.h"

#include <QHash>
#include <QWizardPage>

class QComboBox;
class QLabel;

namespace InvoiceDesk::Ui {

struct ImportSession;

// Step 2: how the file was read (encoding, delimiter) and which column holds which value. The
// columns are guessed from the header; staff correct the guess here.
class ImportMappingPage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportMappingPage(ImportSession& session, QWidget* parent = nullptr);

    void initializePage() override;
    bool isComplete() const override;
    bool validatePage() override;

    // The chooser of one field's column, for tests and accessibility.
    QComboBox* columnChooser(Storage::ImportField field) const { return m_choosers.value(field); }

private:
    void chooseColumn(Storage::ImportField field, int column);
    void showProblems();

    ImportSession& m_session;
    QLabel* m_detected = nullptr;
    QLabel* m_problems = nullptr;
    QHash<Storage::ImportField, QComboBox*> m_choosers;
};

} // namespace InvoiceDesk::Ui
