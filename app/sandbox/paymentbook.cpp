// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/paymentbook.h"

#include <QCoreApplication>
#include <QRandomGenerator>

#include <algorithm>

namespace InvoiceDesk::Sandbox {

namespace {
const QString kKind = QStringLiteral("payment");
const QString kCreated = QStringLiteral("CREATED");

QString newPspReference()
{
    return QString::number(QRandomGenerator::global()->bounded(1'000'000'000LL, 9'999'999'999LL));
}
} // namespace

PaymentBook::PaymentBook(Clock& clock, SandboxStore& store, CustomerSimulator& customers,
                         QObject* timerContext)
    : m_clock(clock)
    , m_store(store)
    , m_customers(customers)
    , m_timerContext(timerContext)
{
    for (const QJsonObject& json : m_store.all(kKind)) {
        const SandboxPayment payment = SandboxPayment::fromJson(json);
        m_payments.insert(keyOf(payment.msn, payment.reference), payment);
        if (payment.state == kCreated)
            scheduleExpiry(payment);
    }
}

bool PaymentBook::refresh(SandboxPayment& payment)
{
    if (payment.state != kCreated || m_clock.now() < payment.expiresAt)
        return false;
    payment.state = QStringLiteral("EXPIRED");
    SandboxPaymentEvent expired = event(QStringLiteral("EXPIRED"), payment.amount);
    expired.timestamp = payment.expiresAt;
    payment.events.append(expired);
    save(payment);
    return true;
}

void PaymentBook::scheduleExpiry(const SandboxPayment& payment)
{
    m_expiries.emplace(payment.expiresAt, std::make_pair(payment.msn, payment.reference));
    armExpiry();
}

void PaymentBook::armExpiry()
{
    if (m_expiries.empty())
        return;
    const QDateTime earliest = m_expiries.begin()->first;
    if (m_armedFor && *m_armedFor <= earliest)
        return; // the callback already waiting comes first
    // A callback armed for a later time stays behind and finds it is no longer the armed one.
    m_armedFor = earliest;
    const qint64 delay = std::max<qint64>(0, m_clock.now().msecsTo(earliest));
    m_clock.callAfter(std::chrono::milliseconds(delay), m_timerContext, [this, earliest] {
        if (m_armedFor != earliest)
            return;
        m_armedFor.reset();
        expireDue();
    });
}

void PaymentBook::expireDue()
{
    const QDateTime now = m_clock.now();
    while (!m_expiries.empty() && m_expiries.begin()->first <= now) {
        const auto [msn, reference] = m_expiries.begin()->second;
        m_expiries.erase(m_expiries.begin());
        find(msn, reference); // expires it, if it still waits for the customer
    }
    armExpiry();
}

std::optional<SandboxPayment> PaymentBook::find(const QString& msn, const QString& reference)
{
    auto it = m_payments.find(keyOf(msn, reference));
    if (it == m_payments.end())
        return std::nullopt;
    SandboxPayment payment = *it;
    refresh(payment);
    return payment;
}

std::optional<SandboxPayment> PaymentBook::findByReference(const QString& reference)
{
    for (const auto& payment : std::as_const(m_payments)) {
        if (payment.reference == reference)
            return find(payment.msn, payment.reference);
    }
    return std::nullopt;
}

std::optional<SandboxPayment> PaymentBook::findByToken(const QString& landingToken)
{
    if (landingToken.isEmpty())
        return std::nullopt;
    for (const auto& payment : std::as_const(m_payments)) {
        if (payment.landingToken == landingToken)
            return find(payment.msn, payment.reference);
    }
    return std::nullopt;
}

QList<SandboxPayment> PaymentBook::all()
{
    QList<SandboxPayment> payments;
    const auto keys = m_payments.keys();
    for (const QString& key : keys) {
        SandboxPayment payment = m_payments.value(key);
        refresh(payment);
        payments.append(payment);
    }
    std::sort(payments.begin(), payments.end(),
              [](const SandboxPayment& a, const SandboxPayment& b) { return a.createdAt < b.createdAt; });
    return payments;
}

void PaymentBook::add(const SandboxPayment& payment)
{
    save(payment);
    scheduleExpiry(payment);
}

void PaymentBook::save(const SandboxPayment& payment)
{
    m_payments.insert(keyOf(payment.msn, payment.reference), payment);
    m_store.put(kKind, keyOf(payment.msn, payment.reference), payment.toJson());
    if (m_listener)
        m_listener(payment.reference);
}

SandboxPaymentEvent PaymentBook::event(const QString& name, qint64 amount,
                                       const QString& idempotencyKey) const
{
    return {name, newPspReference(), idempotencyKey, amount, m_clock.now(), true};
}

Expected<SandboxPayment, QString> PaymentBook::pending(const QString& msn, const QString& reference)
{
    const auto payment = find(msn, reference);
    if (!payment)
        return QCoreApplication::translate("Sandbox", "No payment with reference %1.").arg(reference);
    if (payment->state != kCreated)
        return QCoreApplication::translate("Sandbox", "The payment is %1, not waiting for the customer.")
            .arg(payment->state);
    return *payment;
}

Expected<Done, QString> PaymentBook::approve(const QString& msn, const QString& reference,
                                             const QString& msisdn, bool shareProfile)
{
    auto found = pending(msn, reference);
    if (!found)
        return found.error();
    SandboxPayment payment = *found;
    const QString phone = msisdn.isEmpty() ? payment.phone : msisdn;
    if (phone.isEmpty())
        return QCoreApplication::translate("Sandbox", "Give the phone number of the customer who approves.");
    if (!payment.phone.isEmpty() && payment.userFlow == QStringLiteral("PUSH_MESSAGE") &&
        phone != payment.phone)
        return QCoreApplication::translate("Sandbox", "The request was pushed to %1, not to %2.")
            .arg(payment.phone, phone);
    if (!m_customers.isKnown(phone))
        return QCoreApplication::translate("Sandbox", "%1 is not a Vipps user in this sandbox.").arg(phone);
    payment.phone = phone;
    const QStringList scopes = payment.scope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!scopes.isEmpty() && !shareProfile) {
        // Declining the consent screen makes the payment fail (the Userinfo API guide,
        // https://developer.vippsmobilepay.com/docs/APIs/userinfo-api/userinfo-api-guide).
        payment.state = QStringLiteral("ABORTED");
        payment.events.append(event(QStringLiteral("ABORTED"), payment.amount));
        save(payment);
        return Done{};
    }
    payment.state = QStringLiteral("AUTHORIZED");
    payment.authorizedAmount = payment.amount;
    if (!scopes.isEmpty()) {
        payment.sub = m_customers.subFor(payment.msn, phone);
        m_customers.recordConsent(payment.sub, payment.msn, phone, scopes, m_clock.now());
    }
    payment.events.append(event(QStringLiteral("AUTHORIZED"), payment.amount));
    save(payment);
    return Done{};
}

Expected<Done, QString> PaymentBook::reject(const QString& msn, const QString& reference)
{
    auto found = pending(msn, reference);
    if (!found)
        return found.error();
    SandboxPayment payment = *found;
    payment.state = QStringLiteral("ABORTED");
    payment.events.append(event(QStringLiteral("ABORTED"), payment.amount));
    save(payment);
    return Done{};
}

Expected<Done, QString> PaymentBook::postpone(const QString& msn, const QString& reference)
{
    // "Soft-dismiss" in the app: nothing changes for the merchant, the request just waits.
    auto found = pending(msn, reference);
    if (!found)
        return found.error();
    return Done{};
}

Expected<Done, QString> PaymentBook::expire(const QString& msn, const QString& reference)
{
    auto found = pending(msn, reference);
    if (!found)
        return found.error();
    SandboxPayment payment = *found;
    payment.expiresAt = m_clock.now();
    refresh(payment);
    return Done{};
}

} // namespace InvoiceDesk::Sandbox
