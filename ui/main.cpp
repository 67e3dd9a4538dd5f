// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"
#include "common/applicationidentity.h"

#include <QApplication>
#include <QCommandLineParser>

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    InvoiceDesk::setApplicationIdentity();
    QApplication::setApplicationVersion(QStringLiteral(INVOICEDESK_VERSION));
    QApplication::setDesktopFileName(QStringLiteral(INVOICEDESK_APP_ID));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QApplication::translate("main", "Send and follow Vipps MobilePay payment requests for invoices."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption demo(
        QStringLiteral("demo"),
        QApplication::translate("main", "Fill an empty Sandbox book with demo invoices."));
    const QCommandLineOption dataDir(
        QStringLiteral("data-dir"),
        QApplication::translate("main", "Keep invoice books and settings in DIR."), QStringLiteral("DIR"));
    const QCommandLineOption profile(QStringLiteral("profile"),
                                     QApplication::translate("main", "Open the merchant profile NAME."),
                                     QStringLiteral("NAME"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Speak LANG (en or nb) instead of the system's language."),
        QStringLiteral("LANG"));
    parser.addOptions({demo, dataDir, profile, language});
    parser.process(app);

    InvoiceDesk::Ui::Application::Options options;
    options.dataDirectory = parser.value(dataDir);
    options.profile = parser.value(profile);
    options.demo = parser.isSet(demo);
    options.language = parser.value(language);
    InvoiceDesk::Ui::Application application(options);
    application.start();
    return QApplication::exec();
}
