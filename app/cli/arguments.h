// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

#include <optional>

namespace InvoiceDesk::Cli {

// The command line split into words and options. Options are "--name value", "--name=value" or, for
// the known switches (--json, --help, --dry-run, --all-drafts, ...: see arguments.cpp), "--name" alone.
// They may appear anywhere, before or after the command words.
class Arguments {
public:
    static std::optional<Arguments> parse(const QStringList& arguments, QString* error);

    const QStringList& words() const { return m_words; }
    QString word(int index) const { return m_words.value(index); }
    bool isSet(const QString& name) const { return m_switches.contains(name) || m_values.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const
    {
        return m_values.value(name, fallback);
    }
    // Options the command did not declare: reported as bad usage rather than silently ignored.
    QStringList unknownOptions(const QStringList& known) const;

private:
    QStringList m_words;
    QHash<QString, QString> m_values;
    QSet<QString> m_switches;
};

} // namespace InvoiceDesk::Cli
