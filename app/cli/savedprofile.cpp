// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/savedprofile.h"

#include "profiles/profilestore.h"

#include <QFileInfo>
#include <QSettings>

namespace InvoiceDesk::Cli {

std::optional<Workflows::MerchantProfile> SavedProfile::read(const QString& settingsFile, const QString& name)
{
    // No file: nothing was ever saved in this data directory.
    if (!QFileInfo::exists(settingsFile))
        return std::nullopt;
    QSettings settings(settingsFile, QSettings::IniFormat);
    // Only reading: ProfileStore writes nothing unless asked to save, remove or choose a profile.
    const Profiles::ProfileStore store(settings);
    return store.profile(name);
}

} // namespace InvoiceDesk::Cli
