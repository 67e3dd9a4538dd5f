// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/memorystore.h"
#include "credentials/secretstore.h"
#include "vipps/merchantkeys.h"

#include <QObject>

namespace InvoiceDesk::Credentials {

// The three secrets of one merchant profile (client id, client secret, subscription key), stored per
// environment and merchant serial number. When the keychain has no backend, save() keeps them in
// memory for this run and says so with a NoBackend error; load() then finds them there.
class MerchantCredentials : public QObject {
    Q_OBJECT
public:
    explicit MerchantCredentials(SecretStore& keychain, QObject* parent = nullptr);

    QFuture<SecretResult<Vipps::MerchantKeys>> load(Vipps::EnvironmentKind environment, const QString& msn);
    QFuture<SecretResult<Done>> save(Vipps::EnvironmentKind environment, const Vipps::MerchantKeys& keys);
    QFuture<SecretResult<Done>> remove(Vipps::EnvironmentKind environment, const QString& msn);

    // True once the keychain turned out to be missing: secrets of this run live in memory only.
    bool isMemoryOnly() const { return m_memoryOnly; }

Q_SIGNALS:
    void keychainUnavailable(const QString& message);

private:
    SecretStore& activeStore();
    void noteUnavailable(const CredentialError& error);

    SecretStore& m_keychain;
    MemoryStore m_memory;
    bool m_memoryOnly = false;
};

} // namespace InvoiceDesk::Credentials
