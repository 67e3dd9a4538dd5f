// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importwizard.h"

#include "import/importfilepage.h"
#include "import/importmappingpage.h"
#include "import/importpreviewpage.h"
#include "import/importsummarypage.h"

namespace InvoiceDesk::Ui {

ImportWizard::ImportWizard(Storage::InvoiceBook& book, QWidget* parent)
    : QWizard(parent)
{
    setWindowTitle(tr("Import invoices"));
    setObjectName(QStringLiteral("importWizard"));
    m_session.staffName = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    m_file = new ImportFilePage(m_session, this);
    m_mapping = new ImportMappingPage(m_session, this);
    m_preview = new ImportPreviewPage(m_session, book, this);
    setPage(FilePage, m_file);
    setPage(MappingPage, m_mapping);
    setPage(PreviewPage, m_preview);
    setPage(SummaryPage, new ImportSummaryPage(m_session, this));
    setOption(QWizard::NoBackButtonOnLastPage);
    connect(m_preview, &ImportPreviewPage::imported, this, &ImportWizard::imported);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFileName(const QString& fileName)
{
    m_file->setFileName(fileName);
}

void ImportWizard::setStaffName(const QString& name)
{
    m_session.staffName = name;
}

} // namespace InvoiceDesk::Ui
