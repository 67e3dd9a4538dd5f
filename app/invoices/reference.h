// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace InvoiceDesk {

// A Vipps payment reference: "<prefix>-<invoice number>-<attempt>", always matching Vipps'
// ^[A-Za-z0-9-]{8,64}$. The invoice number is sanitised (every other character becomes "-"), padded
// with zeros when the reference would be shorter than 8 characters, and shortened with a stable hash
// when it would be longer than 64. Uniqueness across the book is the invoice book's job: it reserves
// every reference it hands out and never hands one out twice.
class Reference {
public:
    static constexpr int MinimumLength = 8;
    static constexpr int MaximumLength = 64;

    Reference() = default;

    static Reference make(const QString& prefix, const QString& invoiceNumber, int attempt);
    // A reference as Vipps or the book gives it back; nullopt if it does not have Vipps' shape.
    static std::optional<Reference> fromString(const QString& text);
    static bool isValid(const QString& text);
    // "2024/001 Ø" → "2024-001": keeps letters, digits and single dashes.
    static QString sanitize(const QString& text);

    bool isNull() const { return m_text.isEmpty(); }
    const QString& toString() const { return m_text; }

    friend bool operator==(const Reference&, const Reference&) = default;

private:
    explicit Reference(QString text)
        : m_text(std::move(text))
    {}
    QString m_text;
};

} // namespace InvoiceDesk
