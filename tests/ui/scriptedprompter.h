// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/prompter.h"

#include <QStringList>

#include <deque>

namespace InvoiceDesk::Tests {

// Answers the application's questions from a script instead of showing modal dialogs, and keeps
// what was asked and shown so that tests can check the words staff would read.
class ScriptedPrompter : public Ui::Prompter {
public:
    std::deque<bool> confirmations;
    std::deque<std::optional<qint64>> amounts;
    QStringList asked;
    QStringList errors;
    qint64 lastProposedMinor = 0;
    qint64 lastMaximumMinor = 0;

    bool confirm(QWidget*, const QString&, const QString& text, const QString&) override
    {
        asked.append(text);
        if (confirmations.empty())
            return false;
        const bool answer = confirmations.front();
        confirmations.pop_front();
        return answer;
    }

    std::optional<qint64> askAmount(QWidget*, const QString&, const QString& text, const QString&,
                                    qint64 proposedMinor, qint64 maximumMinor) override
    {
        asked.append(text);
        lastProposedMinor = proposedMinor;
        lastMaximumMinor = maximumMinor;
        if (amounts.empty())
            return std::nullopt;
        const auto answer = amounts.front();
        amounts.pop_front();
        return answer;
    }

    void showError(QWidget*, const QString&, const QString& text) override { errors.append(text); }
};

} // namespace InvoiceDesk::Tests
