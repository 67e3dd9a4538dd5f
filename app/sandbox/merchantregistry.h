// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/merchantsettings.h"

#include <QList>
#include <QMap>

#include <optional>

namespace InvoiceDesk::Sandbox {

// The sales units this sandbox knows, by MSN. Starts with the demo merchant.
class MerchantRegistry {
public:
    void set(const MerchantSettings& settings) { m_merchants.insert(settings.msn(), settings); }
    std::optional<MerchantSettings> find(const QString& msn) const
    {
        const auto it = m_merchants.constFind(msn);
        return it == m_merchants.cend() ? std::nullopt : std::optional<MerchantSettings>(*it);
    }
    std::optional<MerchantSettings> findByClientId(const QString& clientId) const
    {
        for (const auto& merchant : m_merchants) {
            if (merchant.keys.clientId == clientId)
                return merchant;
        }
        return std::nullopt;
    }
    QList<MerchantSettings> all() const { return m_merchants.values(); }

private:
    QMap<QString, MerchantSettings> m_merchants;
};

} // namespace InvoiceDesk::Sandbox
