// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/accesstoken.h"
#include "vipps/environment.h"
#include "vipps/merchantkeys.h"

#include <QFuture>
#include <QObject>

#include <memory>

class QNetworkAccessManager;

namespace InvoiceDesk {
class Clock;
}

namespace InvoiceDesk::Vipps {
class ApiClient;
}

namespace InvoiceDesk::Ui {

// Asks Vipps for an access token with keys that are not stored yet: the quickest proof that the
// environment, the MSN and the three keys belong together.
class ConnectionTester : public QObject {
    Q_OBJECT
public:
    ConnectionTester(QNetworkAccessManager& network, Clock& clock, QObject* parent = nullptr);
    ~ConnectionTester() override;

    // A new test replaces one still running; the old one's answer is dropped.
    QFuture<Vipps::Result<Vipps::AccessToken>> test(const Vipps::Environment& environment,
                                                    const Vipps::MerchantKeys& keys);

private:
    QNetworkAccessManager& m_network;
    Clock& m_clock;
    std::unique_ptr<Vipps::ApiClient> m_client;
};

} // namespace InvoiceDesk::Ui
