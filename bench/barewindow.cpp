// SPDX-License-Identifier: GPL-3.0-or-later
// The floor for the GUI's cold start: a bare QWidget window, nothing else.
#include <QApplication>
#include <QWidget>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    QWidget window;
    window.setWindowTitle(QStringLiteral("bare"));
    window.resize(1280, 760); // the main window's first size
    window.show();
    return app.exec();
}
