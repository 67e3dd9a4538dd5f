// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilevalidator.h"

#include "vipps/environment.h"

#include <QRegularExpression>

namespace InvoiceDesk::Profiles {

namespace {

bool isDigits(const QString& text)
{
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    return digits.match(text).hasMatch();
}

} // namespace

QList<ProfileProblem> ProfileValidator::problems(const Workflows::MerchantProfile& profile)
{
    QList<ProfileProblem> found;
    const auto add = [&found](ProfileField field, const QString& message) {
        if (!message.isEmpty())
            found.append({field, message});
    };

    if (profile.name.trimmed().isEmpty())
        add(ProfileField::Name, tr("The profile needs a name."));
    else if (profile.name != profile.name.trimmed())
        add(ProfileField::Name, tr("The profile name must not start or end with a space."));

    if (profile.environment == Vipps::EnvironmentKind::Custom)
        add(ProfileField::CustomBaseUrl, Vipps::Environment::whyUnsafe(profile.customBaseUrl));

    // The sandbox knows its demo merchant without a serial number; Vipps itself always needs one.
    if (profile.environment != Vipps::EnvironmentKind::Sandbox && !isDigits(profile.merchantSerialNumber))
        add(ProfileField::MerchantSerialNumber,
            tr("The merchant serial number (MSN) is the number of the sales unit at Vipps: digits only."));
    else if (!profile.merchantSerialNumber.isEmpty() && !isDigits(profile.merchantSerialNumber))
        add(ProfileField::MerchantSerialNumber,
            tr("The merchant serial number (MSN) may contain digits only."));

    if (profile.systemName.trimmed().isEmpty())
        add(ProfileField::SystemName, tr("The system name tells Vipps which software sends the requests; it "
                                         "must not be empty."));

    add(ProfileField::InvoiceLinkTemplate, whyBadLinkTemplate(profile.invoiceLinkTemplate));
    add(ProfileField::ReturnUrl, whyBadReturnUrl(profile.returnUrl));

    static const QRegularExpression prefixShape(QStringLiteral("^[A-Za-z0-9]+(-[A-Za-z0-9]+)*$"));
    if (!prefixShape.match(profile.referencePrefix).hasMatch())
        add(ProfileField::ReferencePrefix,
            tr("The reference prefix may contain only the letters A–Z, digits and single dashes between "
               "them (Vipps references allow nothing else)."));
    else if (profile.referencePrefix.size() > LongestReferencePrefix)
        add(ProfileField::ReferencePrefix,
            tr("The reference prefix may be at most %1 characters long.").arg(LongestReferencePrefix));

    if (profile.maximumExpiry.count() <= 0 || profile.maximumExpiry > LongestExpiry)
        add(ProfileField::MaximumExpiry,
            tr("The maximum expiry must be between 1 hour and %1 days.").arg(LongestExpiry.count() / 24));
    if (profile.defaultExpiry.count() <= 0)
        add(ProfileField::DefaultExpiry, tr("The default expiry must be at least 1 hour."));
    else if (profile.defaultExpiry > profile.maximumExpiry)
        add(ProfileField::DefaultExpiry,
            tr("The default expiry must not be longer than the maximum expiry."));
    return found;
}

QString ProfileValidator::problemWith(const Workflows::MerchantProfile& profile, ProfileField field)
{
    const QList<ProfileProblem> all = problems(profile);
    for (const ProfileProblem& problem : all) {
        if (problem.field == field)
            return problem.message;
    }
    return {};
}

QString ProfileValidator::whyBadLinkTemplate(const QString& linkTemplate)
{
    const QString number = QStringLiteral("{number}");
    const QString reference = QStringLiteral("{reference}");
    if (!linkTemplate.contains(number) && !linkTemplate.contains(reference))
        return tr("The invoice link must contain {number} or {reference}, so that each invoice gets its "
                  "own link.");
    QString sample = linkTemplate;
    sample.replace(number, QStringLiteral("2026-001")).replace(reference, QStringLiteral("inv-2026-001-1"));
    const QUrl url(sample, QUrl::StrictMode);
    if (!url.isValid() || url.host().isEmpty())
        return tr("The invoice link is not a valid web address.");
    if (!Vipps::Environment::whyUnsafe(url).isEmpty())
        return tr("The invoice link must start with https:// (http:// only for this computer).");
    return {};
}

QString ProfileValidator::whyBadReturnUrl(const QUrl& url)
{
    if (!url.isValid() || url.host().isEmpty())
        return tr("The return address is not a valid web address.");
    if (url.scheme() != QLatin1String("https"))
        return tr("The return address must start with https://.");
    return {};
}

} // namespace InvoiceDesk::Profiles
