// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importsummarypage.h"

#include "import/importsession.h"

#include <QApplication>
#include <QLabel>
#include <QListWidget>
#include <QStyle>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

ImportSummaryPage::ImportSummaryPage(const ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Import finished"));
    m_counts = new QLabel(this);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    m_counts->setTextFormat(Qt::PlainText);
    m_rejected = new QListWidget(this);
    m_rejected->setObjectName(QStringLiteral("rejectedRows"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_counts);
    layout->addWidget(m_rejected, 1);
}

void ImportSummaryPage::initializePage()
{
    m_rejected->clear();
    if (!m_session.result) {
        m_counts->setText(tr("Nothing was imported."));
        return;
    }
    const Storage::ImportResult& result = *m_session.result;
    m_counts->setText(tr("New invoices: %1\nUpdated: %2\nUnchanged: %3\nRejected: %4")
                          .arg(result.imported)
                          .arg(result.updated)
                          .arg(result.unchanged)
                          .arg(result.rejected));
    const QIcon warning = QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
    for (const Storage::RowError& error : result.errors) {
        auto* item =
            new QListWidgetItem(warning, tr("Row %1: %2").arg(error.row).arg(error.reason), m_rejected);
        item->setForeground(Qt::red);
    }
    m_rejected->setVisible(!result.errors.isEmpty());
}

} // namespace InvoiceDesk::Ui
