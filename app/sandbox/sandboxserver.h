// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "sandbox/faultinjector.h"
#include "sandbox/merchantsettings.h"
#include "sandbox/sandboxpayment.h"
#include "vipps/merchantkeys.h"

#include <QObject>
#include <QUrl>

#include <chrono>
#include <memory>
#include <optional>

namespace InvoiceDesk::Sandbox {

class HttpExchange;
struct HttpRequest;
struct HttpResponse;

// The local Vipps MobilePay simulator: the Access Token, ePayment v1, Order Management v2 and Userinfo
// APIs over HTTP on 127.0.0.1, a landing page and QR images, and the /sandbox/ control API. Usable in
// process (tests, the app's default environment) and from the invoicedesk-sandbox tool.
class SandboxServer : public QObject {
    Q_OBJECT
public:
    explicit SandboxServer(Clock& clock, QObject* parent = nullptr); // in-memory state
    SandboxServer(Clock& clock, const QString& stateFile, QObject* parent = nullptr);
    ~SandboxServer() override;

    bool listen(quint16 port = 0); // 127.0.0.1 only
    QString errorString() const;
    QUrl baseUrl() const; // http://127.0.0.1:<port>
    // Appends every Vipps API request received to `file`, one JSON line each (secrets redacted).
    bool recordRequestsTo(const QString& file);

    Vipps::MerchantKeys demoMerchant() const;
    MerchantSettings merchantSettings(const QString& msn) const;
    void setMerchantSettings(const MerchantSettings& settings); // adds or replaces, by MSN
    void setRateLimits(int mutationsPerMinute, int readsPerMinute);
    void setTokenLifetime(std::chrono::seconds lifetime);
    FaultInjector& faults();

    QList<SandboxPayment> payments() const;
    std::optional<SandboxPayment> payment(const QString& reference) const;
    // What the simulated phone shows: payments waiting (CREATED, not expired) for this number.
    QList<SandboxPayment> requestsForPhone(const QString& msisdn) const;

    // The customer's side. `msisdn` may be empty when the payment already names the customer.
    Expected<Done, QString> approve(const QString& reference, const QString& msisdn, bool shareProfile);
    Expected<Done, QString> reject(const QString& reference);
    Expected<Done, QString> postpone(const QString& reference);
    Expected<Done, QString> expire(const QString& reference);
    QList<SimulatedUser> users() const;

    // Moves time forward when the sandbox runs on a ManualClock or an OffsetClock.
    Expected<Done, QString> advanceClock(std::chrono::seconds by);
    QDateTime now() const;

Q_SIGNALS:
    void paymentChanged(const QString& reference);

private:
    struct Parts;
    void handle(const HttpRequest& request, const HttpExchange& exchange);
    HttpResponse handleApi(const HttpRequest& request, const QString& endpoint, const QStringList& params);

    Clock& m_clock;
    std::unique_ptr<Parts> m_parts;
};

} // namespace InvoiceDesk::Sandbox
