// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/arguments.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace {

const QStringList switchNames{QStringLiteral("json"),          QStringLiteral("only-if-not-authorized"),
                              QStringLiteral("share-profile"), QStringLiteral("help"),
                              QStringLiteral("dry-run"),       QStringLiteral("learn-phone"),
                              QStringLiteral("all-drafts"),    QStringLiteral("withdraw"),
                              QStringLiteral("capture")};

} // namespace

std::optional<Arguments> Arguments::parse(const QStringList& arguments, QString* error)
{
    Arguments parsed;
    for (qsizetype i = 0; i < arguments.size(); ++i) {
        const QString& argument = arguments.at(i);
        if (!argument.startsWith(QLatin1String("--")) || argument == QLatin1String("--")) {
            parsed.m_words.append(argument);
            continue;
        }
        QString name = argument.mid(2);
        const qsizetype equals = name.indexOf(QLatin1Char('='));
        if (equals >= 0) {
            parsed.m_values.insert(name.left(equals), name.mid(equals + 1));
            continue;
        }
        if (switchNames.contains(name)) {
            parsed.m_switches.insert(name);
            continue;
        }
        if (i + 1 >= arguments.size()) {
            *error =
                QCoreApplication::translate("InvoiceDesk::Cli", "The option --%1 needs a value.").arg(name);
            return std::nullopt;
        }
        parsed.m_values.insert(name, arguments.at(++i));
    }
    return parsed;
}

QStringList Arguments::unknownOptions(const QStringList& known) const
{
    QStringList unknown;
    for (auto it = m_values.begin(); it != m_values.end(); ++it) {
        if (!known.contains(it.key()))
            unknown.append(it.key());
    }
    for (const QString& name : m_switches) {
        if (!known.contains(name))
            unknown.append(name);
    }
    unknown.sort();
    return unknown;
}

} // namespace InvoiceDesk::Cli
