// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/demomerchant.h"

namespace InvoiceDesk::Sandbox {

Vipps::MerchantKeys demoMerchantKeys()
{
    return {QStringLiteral("123456"), QStringLiteral("sandbox-demo-client"),
            QStringLiteral("sandbox-demo-secret"), QStringLiteral("sandbox-demo-subscription")};
}

} // namespace InvoiceDesk::Sandbox
