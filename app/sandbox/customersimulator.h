// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/sandboxpayment.h"
#include "sandbox/sandboxstore.h"

#include <QDateTime>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace InvoiceDesk::Sandbox {

// The simulated Vipps users: a fixed demo directory of people with phones, the stable `sub` each
// has towards each merchant, and the profile consents they gave (which Userinfo serves for 168 h).
class CustomerSimulator {
public:
    struct Consent {
        QString sub;
        QString msn;
        QString msisdn;
        QStringList scopes;
        QDateTime consentedAt;
    };

    explicit CustomerSimulator(SandboxStore& store);

    QList<SimulatedUser> users() const { return m_users; }
    std::optional<SimulatedUser> find(const QString& msisdn) const;
    bool isKnown(const QString& msisdn) const { return find(msisdn).has_value(); }

    // One stable UUID per user and merchant, made on first use.
    QString subFor(const QString& msn, const QString& msisdn);
    // Records (or widens) the user's consent towards the merchant and restarts its 168 h window.
    void recordConsent(const QString& sub, const QString& msn, const QString& msisdn,
                       const QStringList& scopes, const QDateTime& at);
    std::optional<Consent> consent(const QString& sub) const;

private:
    SandboxStore& m_store;
    QList<SimulatedUser> m_users;
    QHash<QString, QString> m_subs; // "msn/msisdn" -> sub
    QHash<QString, Consent> m_consents;
};

} // namespace InvoiceDesk::Sandbox
