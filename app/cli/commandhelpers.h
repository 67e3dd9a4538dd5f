// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/commandcontext.h"
#include "vipps/result.h"

#include <QJsonObject>

#include <functional>

namespace InvoiceDesk::Cli {

// Waits for a Vipps call and prints its value (as `toJson`/`toText` describe it) or its error.
template<class T>
QFuture<int> report(CommandContext& context, QFuture<Vipps::Result<T>> call,
                    std::function<QJsonObject(const T&)> toJson, std::function<QString(const T&)> toText)
{
    return call.then(&context, [&context, toJson, toText](const Vipps::Result<T>& result) {
        if (!result)
            return context.output().vippsError(result.error());
        return context.output().success(toJson(*result), toText(*result));
    });
}

// An amount option in minor units: digits only, more than zero.
std::optional<qint64> parseMinorUnits(const QString& text);
QString formatAmount(qint64 minorUnits, const QString& currency);

} // namespace InvoiceDesk::Cli
