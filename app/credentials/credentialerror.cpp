// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/credentialerror.h"

#include <QCoreApplication>

namespace InvoiceDesk::Credentials {

QString CredentialError::message() const
{
    switch (m_kind) {
    case Kind::NotFound:
        return tr("The Vipps MobilePay keys for this merchant profile are not "
                  "saved on this computer. Enter them in the settings.");
    case Kind::AccessDenied:
        return tr("Access to the system keychain was refused. Unlock the keychain "
                  "(or allow InvoiceDesk to use it) and try again.");
    case Kind::NoBackend:
        return tr("No system keychain is available, so the Vipps MobilePay keys "
                  "cannot be stored safely. They are kept in memory until "
                  "InvoiceDesk closes and must be entered again next time.");
    case Kind::Other:
        return tr("The system keychain reported an error: %1")
            .arg(m_detail.isEmpty() ? tr("unknown error") : m_detail);
    }
    return {};
}

QJsonObject CredentialError::toJson() const
{
    QJsonObject json{{QStringLiteral("kind"), kindName(m_kind)}, {QStringLiteral("message"), message()}};
    if (!m_detail.isEmpty())
        json.insert(QStringLiteral("detail"), m_detail);
    return json;
}

QString CredentialError::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotFound:
        return QStringLiteral("not-found");
    case Kind::AccessDenied:
        return QStringLiteral("access-denied");
    case Kind::NoBackend:
        return QStringLiteral("no-backend");
    case Kind::Other:
        return QStringLiteral("other");
    }
    return {};
}

} // namespace InvoiceDesk::Credentials
