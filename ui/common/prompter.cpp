// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/prompter.h"

#include "common/amountedit.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

bool Prompter::confirm(QWidget* parent, const QString& title, const QString& text,
                       const QString& confirmLabel)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Cancel, parent);
    QPushButton* yes = box.addButton(confirmLabel, QMessageBox::AcceptRole);
    box.setDefaultButton(qobject_cast<QPushButton*>(box.button(QMessageBox::Cancel)));
    box.exec();
    return box.clickedButton() == yes;
}

std::optional<qint64> Prompter::askAmount(QWidget* parent, const QString& title, const QString& text,
                                          const QString& currency, qint64 proposedMinor, qint64 maximumMinor)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* layout = new QVBoxLayout(&dialog);
    auto* label = new QLabel(text, &dialog);
    label->setWordWrap(true);
    auto* edit = new AmountEdit(currency, &dialog);
    edit->setRange(1, maximumMinor);
    edit->setAmount(proposedMinor);
    label->setBuddy(edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    QObject::connect(edit, &AmountEdit::validityChanged, buttons->button(QDialogButtonBox::Ok),
                     &QWidget::setEnabled);
    layout->addWidget(label);
    layout->addWidget(edit);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->amount();
}

void Prompter::showError(QWidget* parent, const QString& title, const QString& text)
{
    QMessageBox::warning(parent, title, text);
}

} // namespace InvoiceDesk::Ui
