// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/secretstore.h"

#include <QHash>

namespace InvoiceDesk::Credentials {

// Secrets kept in this process only, for a run without a keychain. Nothing is written anywhere.
class MemoryStore : public SecretStore {
public:
    QFuture<SecretResult<QString>> read(const SecretName& name) override;
    QFuture<SecretResult<Done>> write(const SecretName& name, const QString& secret) override;
    QFuture<SecretResult<Done>> remove(const SecretName& name) override;
    bool contains(const SecretName& name) const { return m_secrets.contains(name.key()); }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace InvoiceDesk::Credentials
