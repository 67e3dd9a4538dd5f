// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/memorystore.h"

namespace InvoiceDesk::Credentials {

QFuture<SecretResult<QString>> MemoryStore::read(const SecretName& name)
{
    const auto it = m_secrets.constFind(name.key());
    if (it == m_secrets.constEnd())
        return readySecretResult<QString>(CredentialError(CredentialError::Kind::NotFound));
    return readySecretResult<QString>(*it);
}

QFuture<SecretResult<Done>> MemoryStore::write(const SecretName& name, const QString& secret)
{
    m_secrets.insert(name.key(), secret);
    return readySecretResult<Done>(Done{});
}

QFuture<SecretResult<Done>> MemoryStore::remove(const SecretName& name)
{
    m_secrets.remove(name.key());
    return readySecretResult<Done>(Done{});
}

} // namespace InvoiceDesk::Credentials
