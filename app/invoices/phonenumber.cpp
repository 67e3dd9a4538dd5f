// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/phonenumber.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <phonenumbers/phonenumberutil.h>
#include <string>

namespace InvoiceDesk {

namespace {

using i18n::phonenumbers::PhoneNumberUtil;
using LibPhoneNumber = i18n::phonenumbers::PhoneNumber;

// Vipps MobilePay serves these markets; a number from anywhere else cannot receive a request.
bool isSupportedRegion(const std::string& region)
{
    return region == "NO" || region == "DK" || region == "FI" || region == "SE";
}

bool parseWith(const PhoneNumberUtil& util, const QString& text, const QString& region, LibPhoneNumber* out,
               PhoneNumberUtil::ErrorType* error = nullptr)
{
    const PhoneNumberUtil::ErrorType result = util.Parse(text.toStdString(), region.toStdString(), out);
    if (error)
        *error = result;
    return result == PhoneNumberUtil::NO_PARSING_ERROR;
}

QString parseErrorReason(PhoneNumberUtil::ErrorType error)
{
    switch (error) {
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
        return PhoneNumber::tr("unknown country code");
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
    case PhoneNumberUtil::TOO_SHORT_NSN:
        return PhoneNumber::tr("too short to be a phone number");
    case PhoneNumberUtil::TOO_LONG_NSN:
        return PhoneNumber::tr("too long for a mobile number");
    case PhoneNumberUtil::NO_PARSING_ERROR:
    case PhoneNumberUtil::NOT_A_NUMBER:
        break;
    }
    return PhoneNumber::tr("not a phone number");
}

// libphonenumber only says "invalid"; people fix a number faster when told it is too short or long.
QString invalidReason(const PhoneNumberUtil& util, const LibPhoneNumber& number, const std::string& region)
{
    LibPhoneNumber example;
    std::string national;
    util.GetNationalSignificantNumber(number, &national);
    if (util.GetExampleNumberForType(region, PhoneNumberUtil::MOBILE, &example)) {
        std::string exampleNational;
        util.GetNationalSignificantNumber(example, &exampleNational);
        if (national.size() < exampleNational.size())
            return PhoneNumber::tr("too short for a mobile number");
        if (national.size() > exampleNational.size() + 2)
            return PhoneNumber::tr("too long for a mobile number");
    }
    return PhoneNumber::tr("not a valid phone number");
}

} // namespace

std::optional<PhoneNumber> PhoneNumber::parse(const QString& input, const QString& defaultRegion,
                                              QString* whyNot)
{
    const auto fail = [whyNot](const QString& reason) -> std::optional<PhoneNumber> {
        if (whyNot)
            *whyNot = reason;
        return std::nullopt;
    };
    const QString text = input.trimmed();
    if (text.isEmpty())
        return fail(tr("no number given"));
    // libphonenumber reads letters as keypad digits ("1-800-FLOWERS"); a customer's number never has any.
    static const QRegularExpression allowed(QStringLiteral("^[0-9 ()./+\\-\\x{00A0}]+$"));
    if (!allowed.match(text).hasMatch() || text.count(QLatin1Char('+')) > 1)
        return fail(tr("contains characters that do not belong in a phone number"));

    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    LibPhoneNumber number;
    PhoneNumberUtil::ErrorType parseError = PhoneNumberUtil::NO_PARSING_ERROR;
    bool parsed = parseWith(util, text, defaultRegion.toUpper(), &number, &parseError);
    // Accounting systems often store the MSISDN as Vipps writes it ("4791234567"): with no "+" and
    // no national meaning, read such a digit string as international.
    QString digits = text;
    digits.remove(QRegularExpression(QStringLiteral("[^0-9]")));
    if ((!parsed || !util.IsValidNumber(number)) && !text.startsWith(QLatin1Char('+')) &&
        !text.startsWith(QLatin1Char('0')) && digits.size() >= 10) {
        LibPhoneNumber international;
        if (parseWith(util, QLatin1Char('+') + digits, QStringLiteral("ZZ"), &international) &&
            util.IsValidNumber(international)) {
            number = international;
            parsed = true;
        }
    }
    if (!parsed) {
        if (digits.size() < 5)
            return fail(tr("too short to be a phone number"));
        return fail(parseErrorReason(parseError));
    }

    const QString unsupported = tr("numbers from this country cannot be used: Vipps MobilePay needs a "
                                   "Norwegian, Danish, Finnish or Swedish mobile number");
    std::string countryRegion;
    util.GetRegionCodeForCountryCode(number.country_code(), &countryRegion);
    if (countryRegion == "ZZ" || countryRegion.empty())
        return fail(tr("unknown country code"));
    if (!isSupportedRegion(countryRegion) && countryRegion != "AX")
        return fail(unsupported);

    switch (util.IsPossibleNumberWithReason(number)) {
    case PhoneNumberUtil::IS_POSSIBLE:
    case PhoneNumberUtil::IS_POSSIBLE_LOCAL_ONLY:
        break;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE:
        return fail(tr("unknown country code"));
    case PhoneNumberUtil::TOO_SHORT:
    case PhoneNumberUtil::INVALID_LENGTH:
        return fail(tr("too short for a mobile number"));
    case PhoneNumberUtil::TOO_LONG:
        return fail(tr("too long for a mobile number"));
    }
    if (!util.IsValidNumber(number))
        return fail(invalidReason(util, number, countryRegion));

    std::string region;
    util.GetRegionCodeForNumber(number, &region);
    // Finland's country code also covers Åland, which Vipps MobilePay serves as part of Finland.
    if (!isSupportedRegion(region) && region != "AX")
        return fail(unsupported);

    switch (util.GetNumberType(number)) {
    case PhoneNumberUtil::MOBILE:
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE: // Danish numbers do not tell
        break;
    case PhoneNumberUtil::FIXED_LINE:
        return fail(tr("a landline number: payment requests need a mobile number"));
    case PhoneNumberUtil::TOLL_FREE:
    case PhoneNumberUtil::PREMIUM_RATE:
    case PhoneNumberUtil::SHARED_COST:
    case PhoneNumberUtil::VOIP:
    case PhoneNumberUtil::PERSONAL_NUMBER:
    case PhoneNumberUtil::PAGER:
    case PhoneNumberUtil::UAN:
    case PhoneNumberUtil::VOICEMAIL:
        return fail(tr("not a mobile number"));
    case PhoneNumberUtil::UNKNOWN:
        return fail(tr("not a valid phone number"));
    }

    std::string e164;
    util.Format(number, PhoneNumberUtil::E164, &e164);
    return PhoneNumber(QString::fromStdString(e164).mid(1));
}

PhoneNumber PhoneNumber::fromStoredMsisdn(const QString& msisdn)
{
    static const QRegularExpression shape(QStringLiteral("^[1-9][0-9]{6,14}$"));
    return shape.match(msisdn).hasMatch() ? PhoneNumber(msisdn) : PhoneNumber();
}

QString PhoneNumber::toDisplayString() const
{
    if (m_msisdn.isEmpty())
        return {};
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    LibPhoneNumber number;
    if (!parseWith(util, QLatin1Char('+') + m_msisdn, QStringLiteral("ZZ"), &number))
        return QLatin1Char('+') + m_msisdn;
    std::string formatted;
    util.Format(number, PhoneNumberUtil::INTERNATIONAL, &formatted);
    return QString::fromStdString(formatted);
}

} // namespace InvoiceDesk
