// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importmappingpage.h"

#include "import/importsession.h"
#include "storage/textdecoding.h"

#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

namespace {

QString delimiterName(QChar delimiter)
{
    if (delimiter == QLatin1Char(';'))
        return ImportMappingPage::tr("semicolon (;)");
    if (delimiter == QLatin1Char(','))
        return ImportMappingPage::tr("comma (,)");
    if (delimiter == QLatin1Char('\t'))
        return ImportMappingPage::tr("tab");
    return QStringLiteral("“%1”").arg(delimiter);
}

} // namespace

ImportMappingPage::ImportMappingPage(ImportSession& session, QWidget* parent)
    : QWizardPage(parent)
    , m_session(session)
{
    setTitle(tr("Check the columns"));
    setSubTitle(tr("Choose which column of the file holds which value. Fields marked * are required."));
    m_detected = new QLabel(this);
    m_detected->setObjectName(QStringLiteral("detectedFormat"));
    m_problems = new QLabel(this);
    m_problems->setObjectName(QStringLiteral("mappingProblems"));
    m_problems->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_problems->setWordWrap(true);

    auto* form = new QFormLayout;
    const QList<Storage::ImportField> fields = Storage::ColumnMapping::allFields();
    for (const Storage::ImportField field : fields) {
        auto* chooser = new QComboBox(this);
        chooser->setObjectName(QStringLiteral("column_") + Storage::ColumnMapping::fieldKey(field));
        m_choosers.insert(field, chooser);
        QString label = ImportSession::fieldLabel(field);
        if (ImportSession::isRequired(field))
            label += QStringLiteral(" *");
        form->addRow(label, chooser);
        connect(chooser, &QComboBox::currentIndexChanged, this,
                [this, field, chooser](int index) { chooseColumn(field, chooser->itemData(index).toInt()); });
    }
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_detected);
    layout->addLayout(form);
    layout->addWidget(m_problems);
    layout->addStretch(1);
}

void ImportMappingPage::initializePage()
{
    m_detected->setText(tr("Read as %1, columns separated by %2.")
                            .arg(Storage::TextDecoding::encodingName(m_session.table.encoding),
                                 delimiterName(m_session.table.delimiter)));
    const QStringList header = m_session.header();
    for (auto it = m_choosers.constBegin(); it != m_choosers.constEnd(); ++it) {
        QComboBox* chooser = it.value();
        const QSignalBlocker blocker(chooser);
        chooser->clear();
        chooser->addItem(tr("(not in the file)"), -1);
        for (int index = 0; index < header.size(); ++index)
            chooser->addItem(tr("Column %1: %2").arg(index + 1).arg(header.at(index)), index);
        chooser->setCurrentIndex(chooser->findData(m_session.columns.value(it.key(), -1)));
    }
    showProblems();
}

bool ImportMappingPage::isComplete() const
{
    return m_session.mappingProblems().isEmpty();
}

bool ImportMappingPage::validatePage()
{
    m_session.makePreview();
    return true;
}

void ImportMappingPage::chooseColumn(Storage::ImportField field, int column)
{
    if (column < 0)
        m_session.columns.remove(field);
    else
        m_session.columns.insert(field, column);
    showProblems();
    Q_EMIT completeChanged();
}

void ImportMappingPage::showProblems()
{
    const QStringList problems = m_session.mappingProblems();
    m_problems->setText(problems.join(QLatin1Char('\n')));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace InvoiceDesk::Ui
