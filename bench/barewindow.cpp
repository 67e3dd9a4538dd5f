// SPDX-License-Identifier: GPL-3.0-or-later
// The floors for the GUI's cold start: a bare QWidget window, nothing else; or, with --text, the
// least a window that says anything pays for: a QMainWindow with InvoiceDesk's four menus and one
// label, which makes Qt load fontconfig's configuration and a font before the first paint.
#include <QApplication>
#include <QLabel>
#include <QMainWindow>
#include <QMenuBar>

#include <memory>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    std::unique_ptr<QWidget> window;
    if (QApplication::arguments().contains(QStringLiteral("--text"))) {
        auto main = std::make_unique<QMainWindow>();
        for (const QString& title : {QStringLiteral("&File"), QStringLiteral("&Payment"),
                                     QStringLiteral("&View"), QStringLiteral("&Help")})
            main->menuBar()->addMenu(title);
        auto* label = new QLabel(QStringLiteral("Opening the invoice book…"));
        label->setAlignment(Qt::AlignCenter);
        main->setCentralWidget(label);
        window = std::move(main);
    } else {
        window = std::make_unique<QWidget>();
    }
    window->setWindowTitle(QStringLiteral("bare"));
    window->resize(1280, 760); // the main window's first size
    window->show();
    return app.exec();
}
