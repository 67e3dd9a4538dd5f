// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include <QTableView>

namespace InvoiceDesk::Ui {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
{
    setWindowTitle(tr("InvoiceDesk"));
    setCentralWidget(new QTableView(this));
    resize(1100, 700);
}

} // namespace InvoiceDesk::Ui
