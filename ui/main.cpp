// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include <QApplication>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("InvoiceDesk"));
    QApplication::setOrganizationName(QStringLiteral("InvoiceDesk"));
    QApplication::setApplicationVersion(QStringLiteral(INVOICEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(INVOICEDESK_APP_ID));

    InvoiceDesk::Ui::MainWindow window;
    window.show();
    return QApplication::exec();
}
