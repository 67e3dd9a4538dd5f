// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/merchantcredentials.h"

#include <array>

namespace InvoiceDesk::Credentials {

namespace {

constexpr std::array<SecretKind, 3> allKinds{SecretKind::ClientId, SecretKind::ClientSecret,
                                             SecretKind::SubscriptionKey};

QString& field(Vipps::MerchantKeys& keys, SecretKind kind)
{
    switch (kind) {
    case SecretKind::ClientId:
        return keys.clientId;
    case SecretKind::ClientSecret:
        return keys.clientSecret;
    case SecretKind::SubscriptionKey:
        return keys.subscriptionKey;
    }
    return keys.clientId;
}

// Runs one store operation per secret kind, in order, stopping at the first error.
template<class T>
struct Sequence : std::enable_shared_from_this<Sequence<T>> {
    using Step = std::function<QFuture<SecretResult<T>>(SecretKind)>;
    using Each = std::function<void(SecretKind, const T&)>;
    Step step;
    Each each;
    QObject* context = nullptr;
    QPromise<SecretResult<Done>> promise;
    size_t index = 0;

    void next()
    {
        if (index == allKinds.size()) {
            promise.addResult(SecretResult<Done>(Done{}));
            promise.finish();
            return;
        }
        const SecretKind kind = allKinds[index++];
        step(kind).then(context, [self = this->shared_from_this(), kind](const SecretResult<T>& result) {
            if (!result) {
                self->promise.addResult(SecretResult<Done>(result.error()));
                self->promise.finish();
                return;
            }
            if (self->each)
                self->each(kind, *result);
            self->next();
        });
    }
};

template<class T>
QFuture<SecretResult<Done>> runSequence(QObject* context, typename Sequence<T>::Step step,
                                        typename Sequence<T>::Each each = {})
{
    auto sequence = std::make_shared<Sequence<T>>();
    sequence->step = std::move(step);
    sequence->each = std::move(each);
    sequence->context = context;
    sequence->promise.start();
    auto future = sequence->promise.future();
    sequence->next();
    return future;
}

} // namespace

MerchantCredentials::MerchantCredentials(SecretStore& keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
{}

SecretStore& MerchantCredentials::activeStore()
{
    return m_memoryOnly ? static_cast<SecretStore&>(m_memory) : m_keychain;
}

void MerchantCredentials::noteUnavailable(const CredentialError& error)
{
    if (m_memoryOnly)
        return;
    m_memoryOnly = true;
    Q_EMIT keychainUnavailable(error.message());
}

QFuture<SecretResult<Vipps::MerchantKeys>> MerchantCredentials::load(Vipps::EnvironmentKind environment,
                                                                     const QString& msn)
{
    auto keys = std::make_shared<Vipps::MerchantKeys>();
    keys->merchantSerialNumber = msn;
    SecretStore& store = activeStore();
    auto done = runSequence<QString>(
        this,
        [&store, environment, msn](SecretKind kind) {
            return store.read({environment, msn, kind});
        },
        [keys](SecretKind kind, const QString& value) { field(*keys, kind) = value; });
    return done.then(this,
                     [this, keys](const SecretResult<Done>& result) -> SecretResult<Vipps::MerchantKeys> {
                         if (!result) {
                             if (result.error().kind() == CredentialError::Kind::NoBackend)
                                 noteUnavailable(result.error());
                             return result.error();
                         }
                         return *keys;
                     });
}

QFuture<SecretResult<Done>> MerchantCredentials::save(Vipps::EnvironmentKind environment,
                                                      const Vipps::MerchantKeys& keys)
{
    const QString msn = keys.merchantSerialNumber;
    auto step = [this, environment, msn, keys](SecretKind kind) {
        Vipps::MerchantKeys copy = keys;
        return activeStore().write({environment, msn, kind}, field(copy, kind));
    };
    return runSequence<Done>(this, step).then(this, [this, step](const SecretResult<Done>& result) {
        if (result || result.error().kind() != CredentialError::Kind::NoBackend)
            return result;
        // No keychain: keep the keys for this run, and tell the caller they are not stored.
        noteUnavailable(result.error());
        for (SecretKind kind : allKinds)
            step(kind);
        return result;
    });
}

QFuture<SecretResult<Done>> MerchantCredentials::remove(Vipps::EnvironmentKind environment,
                                                        const QString& msn)
{
    for (SecretKind kind : allKinds)
        m_memory.remove({environment, msn, kind});
    if (m_memoryOnly)
        return readySecretResult<Done>(Done{});
    return runSequence<Done>(this, [this, environment, msn](SecretKind kind) {
        return m_keychain.remove({environment, msn, kind});
    });
}

} // namespace InvoiceDesk::Credentials
