// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilestore.h"

#include "profiles/profilevalidator.h"
#include "sandbox/demomerchant.h"
#include "storage/bookpaths.h"
#include "vipps/environment.h"

#include <QSettings>

namespace InvoiceDesk::Profiles {

namespace {

// Every key the store reads or writes, in one place. The array holds one group per profile.
namespace Key {
const QString Array = QStringLiteral("profiles");
const QString Current = QStringLiteral("currentProfile");
const QString Name = QStringLiteral("name");
const QString BookName = QStringLiteral("book");
const QString Environment = QStringLiteral("environment");
const QString CustomBaseUrl = QStringLiteral("customBaseUrl");
const QString MerchantSerialNumber = QStringLiteral("merchantSerialNumber");
const QString SystemName = QStringLiteral("systemName");
const QString InvoiceLinkTemplate = QStringLiteral("invoiceLinkTemplate");
const QString ReturnUrl = QStringLiteral("returnUrl");
const QString ReferencePrefix = QStringLiteral("referencePrefix");
const QString OrderCategory = QStringLiteral("orderCategory");
const QString Language = QStringLiteral("language");
const QString Currency = QStringLiteral("currency");
const QString DefaultExpiryHours = QStringLiteral("defaultExpiryHours");
const QString MaximumExpiryHours = QStringLiteral("maximumExpiryHours");
const QString CaptureAutomatically = QStringLiteral("captureAutomatically");
} // namespace Key

// A key missing from the file keeps the struct's default, so older files read as they were meant.
Workflows::MerchantProfile readProfile(const QSettings& settings)
{
    Workflows::MerchantProfile profile;
    const auto text = [&settings](const QString& key, const QString& fallback) {
        return settings.value(key, fallback).toString();
    };
    profile.name = text(Key::Name, profile.name);
    // Written before profiles kept the name of their book: the book is filed under the profile's name.
    profile.storedBookName = text(Key::BookName, profile.name);
    // An unknown environment reads as Sandbox: a damaged file must never point at real money.
    profile.environment =
        Vipps::Environment::kindFromKey(text(Key::Environment, {})).value_or(Vipps::EnvironmentKind::Sandbox);
    profile.customBaseUrl = QUrl(text(Key::CustomBaseUrl, {}));
    profile.merchantSerialNumber = text(Key::MerchantSerialNumber, profile.merchantSerialNumber);
    profile.systemName = text(Key::SystemName, profile.systemName);
    profile.invoiceLinkTemplate = text(Key::InvoiceLinkTemplate, profile.invoiceLinkTemplate);
    profile.returnUrl = QUrl(text(Key::ReturnUrl, profile.returnUrl.toString()));
    profile.referencePrefix = text(Key::ReferencePrefix, profile.referencePrefix);
    profile.orderCategory = text(Key::OrderCategory, profile.orderCategory);
    profile.language = text(Key::Language, profile.language);
    profile.currency = text(Key::Currency, profile.currency);
    profile.defaultExpiry = std::chrono::hours(
        settings.value(Key::DefaultExpiryHours, qint64(profile.defaultExpiry.count())).toLongLong());
    profile.maximumExpiry = std::chrono::hours(
        settings.value(Key::MaximumExpiryHours, qint64(profile.maximumExpiry.count())).toLongLong());
    profile.captureAutomatically =
        settings.value(Key::CaptureAutomatically, profile.captureAutomatically).toBool();
    return profile;
}

void writeProfile(QSettings& settings, const Workflows::MerchantProfile& profile)
{
    settings.setValue(Key::Name, profile.name);
    settings.setValue(Key::BookName, profile.bookName());
    settings.setValue(Key::Environment, Vipps::Environment::keyOf(profile.environment));
    if (profile.environment == Vipps::EnvironmentKind::Custom)
        settings.setValue(Key::CustomBaseUrl, profile.customBaseUrl.toString());
    settings.setValue(Key::MerchantSerialNumber, profile.merchantSerialNumber);
    settings.setValue(Key::SystemName, profile.systemName);
    settings.setValue(Key::InvoiceLinkTemplate, profile.invoiceLinkTemplate);
    settings.setValue(Key::ReturnUrl, profile.returnUrl.toString());
    settings.setValue(Key::ReferencePrefix, profile.referencePrefix);
    settings.setValue(Key::OrderCategory, profile.orderCategory);
    settings.setValue(Key::Language, profile.language);
    settings.setValue(Key::Currency, profile.currency);
    settings.setValue(Key::DefaultExpiryHours, qint64(profile.defaultExpiry.count()));
    settings.setValue(Key::MaximumExpiryHours, qint64(profile.maximumExpiry.count()));
    settings.setValue(Key::CaptureAutomatically, profile.captureAutomatically);
    // The client id is deliberately not written: the keychain holds it with the secrets.
}

} // namespace

ProfileStore::ProfileStore(QSettings& settings)
    : m_settings(settings)
{}

QList<Workflows::MerchantProfile> ProfileStore::profiles() const
{
    QList<Workflows::MerchantProfile> result;
    const int count = m_settings.beginReadArray(Key::Array);
    for (int i = 0; i < count; ++i) {
        m_settings.setArrayIndex(i);
        result.append(readProfile(m_settings));
    }
    m_settings.endArray();
    return result;
}

std::optional<Workflows::MerchantProfile> ProfileStore::profile(const QString& name) const
{
    const QList<Workflows::MerchantProfile> all = profiles();
    for (const Workflows::MerchantProfile& candidate : all) {
        if (candidate.name == name)
            return candidate;
    }
    return std::nullopt;
}

Expected<Workflows::MerchantProfile, QString> ProfileStore::save(const Workflows::MerchantProfile& profile)
{
    const QList<ProfileProblem> problems = ProfileValidator::problems(profile);
    if (!problems.isEmpty())
        return problems.first().message;
    Workflows::MerchantProfile stored = profile;
    stored.clientId.clear();
    QList<Workflows::MerchantProfile> all = profiles();
    const auto same = std::find_if(all.begin(), all.end(), [&profile](const Workflows::MerchantProfile& p) {
        return p.name == profile.name;
    });
    const auto bookOfAnother = [&all, &stored](const QString& book) {
        return std::find_if(all.cbegin(), all.cend(), [&](const Workflows::MerchantProfile& p) {
            return p.name != stored.name && Storage::BookPaths::sameBook(p.bookName(), book);
        });
    };
    if (stored.storedBookName.isEmpty() && same != all.end()) {
        stored.storedBookName = same->bookName();
    } else if (stored.storedBookName.isEmpty()) {
        const QString name = stored.name.trimmed();
        stored.storedBookName = name;
        for (int n = 2; bookOfAnother(stored.storedBookName) != all.cend(); ++n)
            stored.storedBookName = QStringLiteral("%1 %2").arg(name).arg(n);
    } else if (const auto owner = bookOfAnother(stored.storedBookName); owner != all.cend()) {
        return tr("The invoice book “%1” belongs to the profile “%2”.")
            .arg(stored.storedBookName, owner->name);
    }
    if (same != all.end())
        *same = stored;
    else
        all.append(stored);
    if (auto written = write(all); !written)
        return written.error();
    Workflows::MerchantProfile saved = profile;
    saved.storedBookName = stored.storedBookName;
    return saved;
}

Expected<Done, QString> ProfileStore::remove(const QString& name)
{
    QList<Workflows::MerchantProfile> all = profiles();
    const auto removed =
        all.removeIf([&name](const Workflows::MerchantProfile& p) { return p.name == name; });
    if (removed == 0)
        return tr("There is no profile named “%1”.").arg(name);
    if (currentName() == name)
        m_settings.remove(Key::Current);
    return write(all);
}

QString ProfileStore::currentName() const
{
    return m_settings.value(Key::Current).toString();
}

void ProfileStore::setCurrentName(const QString& name)
{
    m_settings.setValue(Key::Current, name);
    m_settings.sync();
}

Workflows::MerchantProfile ProfileStore::current() const
{
    const QList<Workflows::MerchantProfile> all = profiles();
    if (all.isEmpty())
        return demoProfile();
    const QString wanted = currentName();
    for (const Workflows::MerchantProfile& candidate : all) {
        if (candidate.name == wanted)
            return candidate;
    }
    return all.first();
}

Workflows::MerchantProfile ProfileStore::demoProfile()
{
    Workflows::MerchantProfile demo;
    demo.name = QStringLiteral("Demo");
    // InvoiceDesk works in this book before any profile is saved; renaming the profile keeps it.
    demo.storedBookName = demo.name;
    demo.environment = Vipps::EnvironmentKind::Sandbox;
    demo.merchantSerialNumber = Sandbox::demoMerchantKeys().merchantSerialNumber;
    return demo;
}

Expected<Done, QString> ProfileStore::write(const QList<Workflows::MerchantProfile>& profiles)
{
    // Rewriting the whole array drops the groups of removed or renamed profiles with it.
    m_settings.remove(Key::Array);
    m_settings.beginWriteArray(Key::Array, int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        writeProfile(m_settings, profiles.at(i));
    }
    m_settings.endArray();
    return flush();
}

Expected<Done, QString> ProfileStore::flush()
{
    m_settings.sync();
    switch (m_settings.status()) {
    case QSettings::NoError:
        return Done{};
    case QSettings::AccessError:
        return tr("The settings file “%1” cannot be written.").arg(m_settings.fileName());
    case QSettings::FormatError:
        return tr("The settings file “%1” is damaged.").arg(m_settings.fileName());
    }
    return tr("The settings file “%1” cannot be written.").arg(m_settings.fileName());
}

} // namespace InvoiceDesk::Profiles
