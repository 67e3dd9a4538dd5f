// SPDX-License-Identifier: GPL-3.0-or-later
#include "credentials/secretname.h"

namespace InvoiceDesk::Credentials {

namespace {

QString kindKey(SecretKind kind)
{
    switch (kind) {
    case SecretKind::ClientId:
        return QStringLiteral("client-id");
    case SecretKind::ClientSecret:
        return QStringLiteral("client-secret");
    case SecretKind::SubscriptionKey:
        return QStringLiteral("subscription-key");
    }
    return {};
}

} // namespace

QString SecretName::serviceName()
{
    return QStringLiteral("InvoiceDesk");
}

QString SecretName::key() const
{
    return QStringLiteral("invoicedesk:%1:%2:%3")
        .arg(Vipps::Environment::keyOf(environment), merchantSerialNumber, kindKey(kind));
}

} // namespace InvoiceDesk::Credentials
