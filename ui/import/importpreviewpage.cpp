// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importpreviewpage.h"

#include "import/importpreviewmodel.h"
#include "import/importsession.h"
#include "storage/invoicebook.h"

#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableView>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

ImportPreviewPage::ImportPreviewPage(ImportSession& session, Storage::InvoiceBook& book, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
    , m_book(book)
    , m_model(new ImportPreviewModel(session, this))
{
    setTitle(tr("Check the rows"));
    setSubTitle(tr("Rows in red cannot be imported; the reason is in the last column. The other rows are "
                   "imported when you press Import."));
    setCommitPage(true);
    setButtonText(QWizard::CommitButton, tr("&Import"));

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("previewSummary"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("previewError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("previewTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->hide();

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_error);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_progress);
}

void ImportPreviewPage::initializePage()
{
    m_model->reload();
    m_table->resizeColumnsToContents();
    m_error->hide();
    m_progress->hide();
    const Storage::CsvImportPreview& preview = m_session.preview;
    QStringList fileErrors;
    for (const Storage::RowError& error : preview.fileErrors)
        fileErrors << error.reason;
    if (!fileErrors.isEmpty()) {
        m_error->setText(fileErrors.join(QLatin1Char('\n')));
        m_error->show();
    }
    m_summary->setText(
        tr("%n row(s) ready to import", nullptr, preview.validCount()) + QStringLiteral(", ") +
        tr("%n row(s) with problems.", nullptr, int(preview.rows.size()) - preview.validCount()));
}

bool ImportPreviewPage::isComplete() const
{
    return m_session.preview.fileErrors.isEmpty() && m_session.preview.validCount() > 0;
}

bool ImportPreviewPage::validatePage()
{
    m_progress->setRange(0, std::max(1, int(m_session.preview.rows.size())));
    m_progress->setValue(0);
    m_progress->show();
    // The import is one SQLite transaction on this thread (the book belongs to it); repainting the
    // bar directly shows progress without running the event loop in the middle of a transaction.
    auto result = m_book.import(m_session.preview, [this](int done, int total) {
        m_progress->setMaximum(std::max(1, total));
        m_progress->setValue(done);
        m_progress->repaint();
    });
    m_progress->hide();
    if (!result) {
        m_error->setText(tr("Nothing was imported: %1").arg(result.error().message));
        m_error->show();
        return false;
    }
    m_session.result = result.value();
    Q_EMIT imported(result.value());
    return true;
}

} // namespace InvoiceDesk::Ui
