// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commanddispatcher.h"
#include "common/applicationidentity.h"
#include "common/translator.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QTimer>

using namespace InvoiceDesk::Cli;

namespace {

// The value of --language, read before the arguments are parsed: the parser's own complaints are
// already in the user's language.
QString languageOption(const QStringList& arguments)
{
    const QString option = QStringLiteral("--language");
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (argument == option)
            return arguments.value(i + 1);
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    InvoiceDesk::setApplicationIdentity(); // the desktop application's books by default
    QCoreApplication::setApplicationVersion(QStringLiteral(INVOICEDESK_VERSION));
    // Before any text is made: every message, and the default locale for amounts and dates.
    const InvoiceDesk::Translator translator(app, languageOption(QCoreApplication::arguments().mid(1)));

    // Output is for the user; the service layer's logs only when asked for with QT_LOGGING_RULES.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("invoicedesk.*=false"));

    QString problem;
    const auto arguments = Arguments::parse(QCoreApplication::arguments().mid(1), &problem);
    if (!arguments)
        return Output(false).usage(problem);

    CommandDispatcher dispatcher;
    addTokenCommands(dispatcher);
    addPaymentCommands(dispatcher);
    addCategoryCommands(dispatcher);
    addUserinfoCommands(dispatcher);
    addBookCommands(dispatcher);
    addSendCommands(dispatcher);
    addCheckCommand(dispatcher);
    addInvoiceCommands(dispatcher);

    CommandContext context(*arguments, Output(arguments->isSet(QStringLiteral("json"))));
    // The command starts once the event loop runs, and its future ends the loop with the exit code
    // (an exit() before exec() would be lost, for commands that finish at once).
    QTimer::singleShot(0, &context, [&dispatcher, &context] {
        dispatcher.run(context).then(&context, [](int code) { QCoreApplication::exit(code); });
    });
    return QCoreApplication::exec();
}
