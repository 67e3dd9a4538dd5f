// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/keychainstore.h"

#include <QLoggingCategory>
#include <qt6keychain/keychain.h>

namespace InvoiceDesk::Credentials {

namespace {

Q_LOGGING_CATEGORY(lcKeychain, "invoicedesk.credentials.keychain", QtInfoMsg)

// On Linux QtKeychain reports a missing Secret Service or session bus as OtherError; only the text
// tells it apart from a real failure of a running keychain.
bool meansNoService(const QString& text)
{
    static const QStringList markers{
        QStringLiteral("Cannot autolaunch D-Bus"), QStringLiteral("Could not connect"),
        QStringLiteral("org.freedesktop.secrets"), QStringLiteral("ServiceUnknown"),
        QStringLiteral("No such interface"),       QStringLiteral("not provided by any")};
    for (const QString& marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

// Starts `job` and fulfils a promise from its single finished() signal.
template<class T, class Job, class Extract>
QFuture<SecretResult<T>> run(Job* job, QObject* context, Extract extract)
{
    auto promise = std::make_shared<QPromise<SecretResult<T>>>();
    promise->start();
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    QObject::connect(job, &QKeychain::Job::finished, context, [promise, extract](QKeychain::Job* finished) {
        const auto error = KeychainStore::errorFromKeychain(finished->error(), finished->errorString());
        qCDebug(lcKeychain) << "keychain job for" << finished->key() << "finished with" << finished->error();
        promise->addResult(extract(static_cast<Job*>(finished), error));
        promise->finish();
    });
    job->start();
    return promise->future();
}

} // namespace

KeychainStore::KeychainStore(QObject* parent)
    : QObject(parent)
{}

std::optional<CredentialError> KeychainStore::errorFromKeychain(int code, const QString& text)
{
    switch (QKeychain::Error(code)) {
    case QKeychain::NoError:
        return std::nullopt;
    case QKeychain::EntryNotFound:
        return CredentialError(CredentialError::Kind::NotFound, text);
    case QKeychain::AccessDeniedByUser:
    case QKeychain::AccessDenied:
        return CredentialError(CredentialError::Kind::AccessDenied, text);
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return CredentialError(CredentialError::Kind::NoBackend, text);
    case QKeychain::OtherError:
        if (meansNoService(text))
            return CredentialError(CredentialError::Kind::NoBackend, text);
        break;
    case QKeychain::CouldNotDeleteEntry:
        break;
    }
    return CredentialError(CredentialError::Kind::Other, text);
}

QFuture<SecretResult<QString>> KeychainStore::read(const SecretName& name)
{
    auto* job = new QKeychain::ReadPasswordJob(SecretName::serviceName(), this);
    job->setKey(name.key());
    return run<QString>(job, this,
                        [](QKeychain::ReadPasswordJob* done,
                           const std::optional<CredentialError>& error) -> SecretResult<QString> {
                            if (error)
                                return *error;
                            return done->textData();
                        });
}

QFuture<SecretResult<Done>> KeychainStore::write(const SecretName& name, const QString& secret)
{
    auto* job = new QKeychain::WritePasswordJob(SecretName::serviceName(), this);
    job->setKey(name.key());
    job->setTextData(secret);
    return run<Done>(
        job, this,
        [](QKeychain::WritePasswordJob*, const std::optional<CredentialError>& error) -> SecretResult<Done> {
            if (error)
                return *error;
            return Done{};
        });
}

QFuture<SecretResult<Done>> KeychainStore::remove(const SecretName& name)
{
    auto* job = new QKeychain::DeletePasswordJob(SecretName::serviceName(), this);
    job->setKey(name.key());
    return run<Done>(
        job, this,
        [](QKeychain::DeletePasswordJob*, const std::optional<CredentialError>& error) -> SecretResult<Done> {
            // Already gone is what the caller wanted.
            if (error && error->kind() != CredentialError::Kind::NotFound)
                return *error;
            return Done{};
        });
}

} // namespace InvoiceDesk::Credentials
