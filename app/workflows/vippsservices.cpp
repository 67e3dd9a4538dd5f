// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/vippsservices.h"

namespace InvoiceDesk::Workflows {

VippsServices::VippsServices(QNetworkAccessManager& network, Clock& clock,
                             const Vipps::Environment& environment, const Vipps::MerchantKeys& keys,
                             const Vipps::SystemInfo& system)
    : m_client(network, clock, environment, keys, system)
    , m_epayment(m_client)
    , m_orders(m_client)
    , m_userinfo(m_client)
{}

} // namespace InvoiceDesk::Workflows
