// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/applicationidentity.h"

#include <QCoreApplication>

namespace InvoiceDesk {

void setApplicationIdentity()
{
    QCoreApplication::setOrganizationName(QStringLiteral("InvoiceDesk"));
    QCoreApplication::setApplicationName(QStringLiteral("InvoiceDesk"));
}

} // namespace InvoiceDesk
