// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandcontext.h"

#include <QList>

namespace InvoiceDesk::Cli {

// The commands the CLI knows, each registered by its group's file (paymentcommands.cpp, ...), and
// the choice of one from the command words.
class CommandDispatcher {
public:
    using Handler = std::function<QFuture<int>(CommandContext&)>;
    struct Command {
        QStringList words;   // e.g. {"payment", "create"}
        QString arguments;   // synopsis after the words, for --help
        QStringList options; // the options this command accepts, besides the global ones
        int positionals = 0; // how many words follow the command words; anyNumber for a list
        static constexpr int anyNumber = -1;
        Handler handler;
    };

    void add(Command command) { m_commands.append(std::move(command)); }
    // Runs the command named by the arguments; the future holds the exit code.
    QFuture<int> run(CommandContext& context) const;
    QString usage() const;

private:
    const Command* find(const QStringList& words) const;

    QList<Command> m_commands;
};

// One function per command group file.
void addTokenCommands(CommandDispatcher& dispatcher);
void addPaymentCommands(CommandDispatcher& dispatcher);
void addCategoryCommands(CommandDispatcher& dispatcher);
void addUserinfoCommands(CommandDispatcher& dispatcher);
void addBookCommands(CommandDispatcher& dispatcher);
void addSendCommands(CommandDispatcher& dispatcher);
void addCheckCommand(CommandDispatcher& dispatcher);
void addInvoiceCommands(CommandDispatcher& dispatcher);

} // namespace InvoiceDesk::Cli
