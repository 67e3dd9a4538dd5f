// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/secretstore.h"

#include <QObject>

namespace InvoiceDesk::Credentials {

// Secrets in the OS keychain through QtKeychain (Secret Service, Keychain, Credential Manager), under
// SecretName::serviceName() and SecretName::key(). Never falls back to a plaintext file.
class KeychainStore
    : public QObject
    , public SecretStore {
    Q_OBJECT
public:
    explicit KeychainStore(QObject* parent = nullptr);

    QFuture<SecretResult<QString>> read(const SecretName& name) override;
    QFuture<SecretResult<Done>> write(const SecretName& name, const QString& secret) override;
    QFuture<SecretResult<Done>> remove(const SecretName& name) override;

    // How each QtKeychain error code maps to ours (NoError gives nullopt).
    static std::optional<CredentialError> errorFromKeychain(int code, const QString& text);
};

} // namespace InvoiceDesk::Credentials
