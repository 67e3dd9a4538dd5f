// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/sandboxserver.h"

#include "sandbox/controlapi.h"
#include "sandbox/customersimulator.h"
#include "sandbox/demomerchant.h"
#include "sandbox/epaymentservice.h"
#include "sandbox/httpserver.h"
#include "sandbox/idempotencystore.h"
#include "sandbox/landingpage.h"
#include "sandbox/merchantregistry.h"
#include "sandbox/offsetclock.h"
#include "sandbox/ordermanagementservice.h"
#include "sandbox/paymentbook.h"
#include "sandbox/problem.h"
#include "sandbox/ratelimiter.h"
#include "sandbox/requestrecorder.h"
#include "sandbox/router.h"
#include "sandbox/sandboxserverparts.h"
#include "sandbox/sandboxstore.h"
#include "sandbox/userinfoservice.h"

#include <QCoreApplication>

namespace InvoiceDesk::Sandbox {

SandboxServer::SandboxServer(Clock& clock, QObject* parent)
    : SandboxServer(clock, QString(), parent)
{}

SandboxServer::SandboxServer(Clock& clock, const QString& stateFile, QObject* parent)
    : QObject(parent)
    , m_clock(clock)
    , m_parts(std::make_unique<Parts>(*this, clock, stateFile))
{
    MerchantSettings demo;
    demo.keys = demoMerchantKeys();
    m_parts->merchants.set(demo);
    m_parts->book.setChangeListener([this](const QString& reference) { Q_EMIT paymentChanged(reference); });
}

SandboxServer::~SandboxServer() = default;

bool SandboxServer::listen(quint16 port)
{
    if (!m_parts->store.isOpen())
        return false;
    if (!m_parts->http.listen(port))
        return false;
    m_parts->epayment.setBaseUrl(baseUrl());
    return true;
}

QString SandboxServer::errorString() const
{
    if (!m_parts->store.isOpen())
        return QCoreApplication::translate("Sandbox", "Cannot open the state file: %1")
            .arg(m_parts->store.errorString());
    return m_parts->http.errorString();
}

QUrl SandboxServer::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_parts->http.port());
    return url;
}

bool SandboxServer::recordRequestsTo(const QString& file)
{
    return m_parts->recorder.open(file);
}

Vipps::MerchantKeys SandboxServer::demoMerchant() const
{
    return demoMerchantKeys();
}

MerchantSettings SandboxServer::merchantSettings(const QString& msn) const
{
    return m_parts->merchants.find(msn).value_or(MerchantSettings{});
}

void SandboxServer::setMerchantSettings(const MerchantSettings& settings)
{
    m_parts->merchants.set(settings);
}

void SandboxServer::setRateLimits(int mutationsPerMinute, int readsPerMinute)
{
    m_parts->rateLimiter.setLimits(mutationsPerMinute, readsPerMinute);
}

void SandboxServer::setTokenLifetime(std::chrono::seconds lifetime)
{
    m_parts->tokens.setLifetime(lifetime);
}

FaultInjector& SandboxServer::faults()
{
    return m_parts->faults;
}

QList<SandboxPayment> SandboxServer::payments() const
{
    return m_parts->book.all();
}

std::optional<SandboxPayment> SandboxServer::payment(const QString& reference) const
{
    return m_parts->book.findByReference(reference);
}

QList<SandboxPayment> SandboxServer::requestsForPhone(const QString& msisdn) const
{
    QList<SandboxPayment> waiting;
    const auto all = m_parts->book.all();
    for (const auto& candidate : all) {
        if (candidate.state == QStringLiteral("CREATED") && candidate.phone == msisdn)
            waiting.append(candidate);
    }
    return waiting;
}

namespace {
QString notFound(const QString& reference)
{
    return QCoreApplication::translate("Sandbox", "No payment with reference %1.").arg(reference);
}
} // namespace

Expected<Done, QString> SandboxServer::approve(const QString& reference, const QString& msisdn,
                                               bool shareProfile)
{
    const auto found = payment(reference);
    if (!found)
        return notFound(reference);
    return m_parts->book.approve(found->msn, reference, msisdn, shareProfile);
}

Expected<Done, QString> SandboxServer::reject(const QString& reference)
{
    const auto found = payment(reference);
    return found ? m_parts->book.reject(found->msn, reference) : Expected<Done, QString>(notFound(reference));
}

Expected<Done, QString> SandboxServer::postpone(const QString& reference)
{
    const auto found = payment(reference);
    return found ? m_parts->book.postpone(found->msn, reference)
                 : Expected<Done, QString>(notFound(reference));
}

Expected<Done, QString> SandboxServer::expire(const QString& reference)
{
    const auto found = payment(reference);
    return found ? m_parts->book.expire(found->msn, reference) : Expected<Done, QString>(notFound(reference));
}

QList<SimulatedUser> SandboxServer::users() const
{
    return m_parts->customers.users();
}

Expected<Done, QString> SandboxServer::advanceClock(std::chrono::seconds by)
{
    if (by.count() < 0)
        return QCoreApplication::translate("Sandbox", "Time only moves forward.");
    if (auto* manual = dynamic_cast<ManualClock*>(&m_clock)) {
        manual->advance(by);
        return Done{};
    }
    if (auto* offset = dynamic_cast<OffsetClock*>(&m_clock)) {
        offset->advance(by);
        return Done{};
    }
    return QCoreApplication::translate("Sandbox",
                                       "This sandbox runs on the system clock, which cannot be moved.");
}

QDateTime SandboxServer::now() const
{
    return m_clock.now();
}

} // namespace InvoiceDesk::Sandbox
