// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commanddispatcher.h"

#include <QCoreApplication>
#include <QTextStream>

namespace InvoiceDesk::Cli {

const CommandDispatcher::Command* CommandDispatcher::find(const QStringList& words) const
{
    const Command* best = nullptr;
    for (const Command& command : m_commands) {
        if (words.mid(0, command.words.size()) == command.words &&
            (!best || command.words.size() > best->words.size()))
            best = &command;
    }
    return best;
}

QString CommandDispatcher::usage() const
{
    QString text = QCoreApplication::translate(
        "InvoiceDesk::Cli",
        "Usage: invoicedesk-cli [--environment production|test|sandbox|custom] [--base-url URL]\n"
        "                       [--profile NAME --msn MSN] [--data-dir DIR] [--json] COMMAND ...\n"
        "Keys come from INVOICEDESK_MSN, INVOICEDESK_CLIENT_ID, INVOICEDESK_CLIENT_SECRET and\n"
        "INVOICEDESK_SUBSCRIPTION_KEY, or from the keychain with --profile.\n"
        "The invoice book is the profile's (default “Demo”) in --data-dir or INVOICEDESK_DATA_DIR,\n"
        "else in the folder where InvoiceDesk keeps its books.\n"
        "Exit codes: 0 success, 1 refused by Vipps MobilePay (or by the same rules checked first, or\n"
        "rows of an import rejected), 2 bad usage, 3 transport failure (or the invoice book failed).\n\n"
        "Commands:\n");
    // Its own message, so the translation of the text above stays whole.
    text.insert(text.indexOf(QLatin1String("\n\n")) + 1,
                QCoreApplication::translate("InvoiceDesk::Cli",
                                            "--language en|nb chooses the language of the output (default: "
                                            "the system's).\n"));
    for (const Command& command : m_commands)
        text += QStringLiteral("  ") + command.words.join(QLatin1Char(' ')) + QLatin1Char(' ') +
                command.arguments + QLatin1Char('\n');
    return text;
}

QFuture<int> CommandDispatcher::run(CommandContext& context) const
{
    const Arguments& arguments = context.arguments();
    if (arguments.words().isEmpty() || arguments.isSet(QStringLiteral("help"))) {
        QTextStream(arguments.words().isEmpty() && !arguments.isSet(QStringLiteral("help")) ? stderr : stdout)
            << usage();
        return readyExit(arguments.isSet(QStringLiteral("help")) ? ExitCode::Success : ExitCode::BadUsage);
    }
    const Command* command = find(arguments.words());
    if (!command)
        return readyExit(
            context.output().usage(QCoreApplication::translate("InvoiceDesk::Cli", "Unknown command “%1”.")
                                       .arg(arguments.words().join(QLatin1Char(' ')))));
    const int given = int(arguments.words().size() - command->words.size());
    if (command->positionals != Command::anyNumber && given != command->positionals)
        return readyExit(context.output().usage(
            QCoreApplication::translate("InvoiceDesk::Cli", "Usage: invoicedesk-cli %1 %2")
                .arg(command->words.join(QLatin1Char(' ')), command->arguments)));
    const QStringList unknown = arguments.unknownOptions(CommandContext::globalOptions() + command->options);
    if (!unknown.isEmpty())
        return readyExit(context.output().usage(
            QCoreApplication::translate("InvoiceDesk::Cli", "Unknown option(s) for %1: --%2")
                .arg(command->words.join(QLatin1Char(' ')), unknown.join(QStringLiteral(", --")))));
    return command->handler(context);
}

} // namespace InvoiceDesk::Cli
