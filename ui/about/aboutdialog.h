// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QString>

namespace InvoiceDesk::Ui {

// Help ▸ About: the application's version from project(), the Qt it was built with and runs with,
// and the QtKeychain it was built with. Support asks for these first.
class AboutDialog : public QDialog {
    Q_OBJECT
public:
    explicit AboutDialog(QWidget* parent = nullptr);

    static QString applicationVersion();
    static QString qtRuntimeVersion();
    static QString qtBuildVersion();
    static QString keychainVersion();
};

} // namespace InvoiceDesk::Ui
