// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/apirequest.h"
#include "vipps/environment.h"
#include "vipps/merchantkeys.h"
#include "vipps/systeminfo.h"

#include <QNetworkRequest>

#include <chrono>

namespace InvoiceDesk::Vipps {

// The one place that shapes every request: URL, Content-Type, auth, the subscription key, the
// merchant serial number, the four Vipps-System-* headers, the idempotency key and the timeout.
class RequestFactory {
public:
    RequestFactory(Environment environment, MerchantKeys keys, SystemInfo system);

    QNetworkRequest build(const ApiRequest& call, const QString& accessToken) const;
    QUrl urlFor(const ApiRequest& call) const;

    const Environment& environment() const { return m_environment; }
    const MerchantKeys& keys() const { return m_keys; }
    void setTransferTimeout(std::chrono::milliseconds timeout) { m_transferTimeout = timeout; }
    std::chrono::milliseconds transferTimeout() const { return m_transferTimeout; }

    // Vipps-System-* values are limited to 30 characters.
    static QByteArray systemHeaderValue(const QString& value);

private:
    Environment m_environment;
    MerchantKeys m_keys;
    SystemInfo m_system;
    std::chrono::milliseconds m_transferTimeout{30000};
};

} // namespace InvoiceDesk::Vipps
