// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

class QWidget;

namespace InvoiceDesk::Ui {

// The questions the application asks staff in modal dialogs. Windows ask through a Prompter instead
// of calling QMessageBox directly, so that tests can answer them (see tests/ui/scriptedprompter.h).
class Prompter {
public:
    virtual ~Prompter() = default;

    // A yes/no question before something that moves money or cannot be undone.
    virtual bool confirm(QWidget* parent, const QString& title, const QString& text,
                         const QString& confirmLabel);
    // An amount in minor units between 1 and `maximumMinor`, proposed as `proposedMinor`.
    virtual std::optional<qint64> askAmount(QWidget* parent, const QString& title, const QString& text,
                                            const QString& currency, qint64 proposedMinor,
                                            qint64 maximumMinor);
    virtual void showError(QWidget* parent, const QString& title, const QString& text);
};

} // namespace InvoiceDesk::Ui
