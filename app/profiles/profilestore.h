// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/expected.h"
#include "workflows/merchantprofile.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

class QSettings;

namespace InvoiceDesk::Profiles {

// The merchant profiles of this computer, in the settings file it is given (an INI file). Only what
// is not secret goes there: the client id, client secret and subscription key live in the OS
// keychain (Credentials::MerchantCredentials), so the stored profiles always have an empty clientId.
//
// Profiles are kept as one array in file order; saving a profile with a name already stored
// replaces it in place. Every change is written out at once.
class ProfileStore {
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)
public:
    explicit ProfileStore(QSettings& settings);

    QList<Workflows::MerchantProfile> profiles() const;
    std::optional<Workflows::MerchantProfile> profile(const QString& name) const;
    // Validates (ProfileValidator) and stores; the error is the first problem, for staff. A profile
    // saved without a book name keeps the one it is stored with, or, new, gets its name, made unique
    // ("Demo 2") when another profile's book is filed under it: two profiles never share a book, and
    // a book name given that another profile's book has is refused. Returns the profile with its
    // book name, for callers that go on editing it.
    Expected<Workflows::MerchantProfile, QString> save(const Workflows::MerchantProfile& profile);
    Expected<Done, QString> remove(const QString& name);

    QString currentName() const;
    void setCurrentName(const QString& name);
    // The current profile; else the first stored one; else the built-in demo profile.
    Workflows::MerchantProfile current() const;

    // "Demo": the sandbox's demo merchant, which needs no keys from Vipps.
    static Workflows::MerchantProfile demoProfile();

private:
    Expected<Done, QString> write(const QList<Workflows::MerchantProfile>& profiles);
    Expected<Done, QString> flush();

    QSettings& m_settings;
};

} // namespace InvoiceDesk::Profiles
