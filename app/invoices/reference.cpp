// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/reference.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace InvoiceDesk {

QString Reference::sanitize(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const bool keep = (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
                          (c >= QLatin1Char('A') && c <= QLatin1Char('Z')) ||
                          (c >= QLatin1Char('0') && c <= QLatin1Char('9'));
        if (keep)
            out.append(c);
        else if (!out.isEmpty() && !out.endsWith(QLatin1Char('-')))
            out.append(QLatin1Char('-'));
    }
    while (out.endsWith(QLatin1Char('-')))
        out.chop(1);
    return out;
}

Reference Reference::make(const QString& prefix, const QString& invoiceNumber, int attempt)
{
    const QString head = sanitize(prefix);
    const QString tail = QString::number(std::max(attempt, 1));
    QString number = sanitize(invoiceNumber);
    if (number.isEmpty())
        number = QStringLiteral("0");
    const auto assemble = [&](const QString& middle) -> QString {
        if (head.isEmpty())
            return middle + QLatin1Char('-') + tail;
        return head + QLatin1Char('-') + middle + QLatin1Char('-') + tail;
    };
    QString text = assemble(number);
    if (text.size() < MinimumLength) {
        number = number.rightJustified(number.size() + MinimumLength - text.size(), QLatin1Char('0'));
        text = assemble(number);
    } else if (text.size() > MaximumLength) {
        // Keep the start of the number for people and a hash of the whole so that two long numbers
        // sharing a start still give different references.
        const QString hash = QString::fromLatin1(
            QCryptographicHash::hash(invoiceNumber.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
        const qsizetype room = MaximumLength - (text.size() - number.size()) - hash.size() - 1;
        QString shortened = hash;
        if (room > 0)
            shortened = number.left(room) + QLatin1Char('-') + hash;
        if (shortened.startsWith(QLatin1Char('-')))
            shortened.remove(0, 1);
        text = assemble(shortened);
        if (text.size() > MaximumLength) // an absurdly long prefix: the reference must still be valid
            text = text.right(MaximumLength);
        while (text.startsWith(QLatin1Char('-')))
            text.remove(0, 1);
    }
    return Reference(text);
}

bool Reference::isValid(const QString& text)
{
    static const QRegularExpression shape(QStringLiteral("^[A-Za-z0-9-]{8,64}$"));
    return shape.match(text).hasMatch();
}

std::optional<Reference> Reference::fromString(const QString& text)
{
    if (!isValid(text))
        return std::nullopt;
    return Reference(text);
}

} // namespace InvoiceDesk
