// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/expected.h"
#include "credentials/credentialerror.h"
#include "credentials/secretname.h"

#include <QFuture>
#include <QPromise>

namespace InvoiceDesk::Credentials {

template<class T>
using SecretResult = Expected<T, CredentialError>;

// Somewhere secrets live: the OS keychain, or memory when there is none.
class SecretStore {
public:
    virtual ~SecretStore() = default;
    virtual QFuture<SecretResult<QString>> read(const SecretName& name) = 0;
    virtual QFuture<SecretResult<Done>> write(const SecretName& name, const QString& secret) = 0;
    // Removing an entry that does not exist is not an error.
    virtual QFuture<SecretResult<Done>> remove(const SecretName& name) = 0;
};

template<class T>
QFuture<SecretResult<T>> readySecretResult(SecretResult<T> result)
{
    QPromise<SecretResult<T>> promise;
    promise.start();
    promise.addResult(std::move(result));
    promise.finish();
    return promise.future();
}

} // namespace InvoiceDesk::Credentials
