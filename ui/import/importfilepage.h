// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWizardPage>

class QLabel;
class QLineEdit;

namespace InvoiceDesk::Ui {

struct ImportSession;

// Step 1: the CSV file exported from the accounting system.
class ImportFilePage : public QWizardPage {
    Q_OBJECT
public:
    explicit ImportFilePage(ImportSession& session, QWidget* parent = nullptr);

    void setFileName(const QString& fileName);
    QString fileName() const;

    bool isComplete() const override;
    bool validatePage() override;

private:
    void browse();

    ImportSession& m_session;
    QLineEdit* m_file = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace InvoiceDesk::Ui
