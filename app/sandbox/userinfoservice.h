// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "sandbox/customersimulator.h"
#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"
#include "sandbox/merchantsettings.h"

namespace InvoiceDesk::Sandbox {

// GET /vipps-userinfo-api/userinfo/{sub}: the consented fields for 168 hours after consent, then
// "[Expired]" in every field. A sub is only valid with the merchant it belongs to. Both rules are in
// https://developer.vippsmobilepay.com/docs/APIs/userinfo-api/userinfo-api-guide
class UserinfoService {
public:
    UserinfoService(const Clock& clock, const CustomerSimulator& customers);

    HttpResponse userinfo(const HttpRequest& request, const MerchantSettings& merchant,
                          const QString& sub) const;

private:
    const Clock& m_clock;
    const CustomerSimulator& m_customers;
};

} // namespace InvoiceDesk::Sandbox
