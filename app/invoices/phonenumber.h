// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace InvoiceDesk {

// A mobile number as Vipps wants it: the MSISDN digit string with country code and no "+"
// ("4791234567"). Parsed and validated with libphonenumber; Norwegian, Danish, Finnish and Swedish
// numbers are accepted.
class PhoneNumber {
    Q_DECLARE_TR_FUNCTIONS(InvoiceDesk::PhoneNumber)

public:
    PhoneNumber() = default;

    // Accepts what people type: "+47 912 34 567", "0047 91234567", "91234567" (with the default
    // region, an ISO 3166 code such as "NO"). Returns nullopt and a reason when it is not a valid
    // mobile number of a supported country.
    static std::optional<PhoneNumber> parse(const QString& text,
                                            const QString& defaultRegion = QStringLiteral("NO"),
                                            QString* whyNot = nullptr);

    // For numbers read back from the book, which were validated when stored: checks only the shape
    // (digits, country code first) so that loading 100,000 rows does not re-run the parser.
    static PhoneNumber fromStoredMsisdn(const QString& msisdn);

    bool isValid() const { return !m_msisdn.isEmpty(); }
    const QString& msisdn() const { return m_msisdn; }
    // "+47 912 34 567": for people.
    QString toDisplayString() const;

    friend bool operator==(const PhoneNumber&, const PhoneNumber&) = default;

private:
    explicit PhoneNumber(QString msisdn)
        : m_msisdn(std::move(msisdn))
    {}
    QString m_msisdn;
};

} // namespace InvoiceDesk
