// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace InvoiceDesk::Credentials {

// Why a secret could not be read, written or removed.
class CredentialError {
    Q_DECLARE_TR_FUNCTIONS(InvoiceDesk::Credentials::CredentialError)

public:
    enum class Kind {
        NotFound,     // no such entry: the profile's keys were never saved on this computer
        AccessDenied, // the user or the system refused access (locked keychain, denied prompt)
        NoBackend,    // no keychain service at all; secrets are kept in memory for this run only
        Other,        // anything else the keychain reported
    };

    CredentialError(Kind kind, QString detail = {})
        : m_kind(kind)
        , m_detail(std::move(detail))
    {}

    Kind kind() const { return m_kind; }
    // The keychain's own words, for logs; may be empty.
    QString detail() const { return m_detail; }
    // For staff: what happened and what to do.
    QString message() const;
    QJsonObject toJson() const;
    static QString kindName(Kind kind);

private:
    Kind m_kind;
    QString m_detail;
};

} // namespace InvoiceDesk::Credentials
