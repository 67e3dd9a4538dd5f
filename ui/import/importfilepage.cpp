// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importfilepage.h"

#include "import/importsession.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

ImportFilePage::ImportFilePage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Choose the file"));
    setSubTitle(tr("A CSV file exported from the accounting system: one invoice per row, with a header row. "
                   "Nothing is stored until you press Import."));
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("fileName"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("browse"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("fileError"));
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();

    auto* row = new QHBoxLayout;
    row->addWidget(m_file, 1);
    row->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(fileLabel);
    layout->addLayout(row);
    layout->addWidget(m_error);
    layout->addStretch(1);

    connect(m_file, &QLineEdit::textChanged, this, [this] {
        m_error->hide();
        Q_EMIT completeChanged();
    });
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::browse);
}

void ImportFilePage::setFileName(const QString& fileName)
{
    m_file->setText(fileName);
}

QString ImportFilePage::fileName() const
{
    return m_file->text().trimmed();
}

bool ImportFilePage::isComplete() const
{
    return QFileInfo(fileName()).isFile();
}

bool ImportFilePage::validatePage()
{
    m_session.load(fileName());
    if (m_session.readError.isEmpty())
        return true;
    m_error->setText(m_session.readError);
    m_error->show();
    return false;
}

void ImportFilePage::browse()
{
    // Opened window-modal rather than with exec(), so no event loop runs inside this call.
    auto* dialog = new QFileDialog(this, tr("Import invoices"), QFileInfo(fileName()).path(),
                                   tr("CSV files (*.csv *.txt);;All files (*)"));
    dialog->setObjectName(QStringLiteral("fileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::ExistingFile);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    connect(dialog, &QFileDialog::fileSelected, this, &ImportFilePage::setFileName);
    dialog->open();
}

} // namespace InvoiceDesk::Ui
