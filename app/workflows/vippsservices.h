// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/apiclient.h"
#include "vipps/epaymentapi.h"
#include "vipps/ordermanagementapi.h"
#include "vipps/userinfoapi.h"

namespace InvoiceDesk::Workflows {

// The Vipps APIs of one merchant profile, over one connection (token cache, retries, rate budget).
class VippsServices {
public:
    VippsServices(QNetworkAccessManager& network, Clock& clock, const Vipps::Environment& environment,
                  const Vipps::MerchantKeys& keys, const Vipps::SystemInfo& system = {});

    Vipps::ApiClient& client() { return m_client; }
    Vipps::EPaymentApi& epayment() { return m_epayment; }
    Vipps::OrderManagementApi& orderManagement() { return m_orders; }
    Vipps::UserinfoApi& userinfo() { return m_userinfo; }
    const Vipps::Environment& environment() const { return m_client.environment(); }

private:
    Vipps::ApiClient m_client;
    Vipps::EPaymentApi m_epayment;
    Vipps::OrderManagementApi m_orders;
    Vipps::UserinfoApi m_userinfo;
};

} // namespace InvoiceDesk::Workflows
