// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/phonelearner.h"

namespace InvoiceDesk::Workflows {

PhoneLearner::PhoneLearner(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_vipps(vipps)
    , m_clock(clock)
{}

QFuture<WorkflowResult<Customer>> PhoneLearner::learn(const PaymentAttempt& attempt)
{
    Completion<WorkflowResult<Customer>> completion;
    if (!attempt.learnPhone || attempt.vippsState != VippsState::Authorized) {
        completion.finish(WorkflowError::refused(tr("The phone number can be learned only from a paid "
                                                    "request that asked the customer to share it.")));
        return completion.future();
    }
    readSub(attempt, subAttempts, completion);
    return completion.future();
}

void PhoneLearner::readSub(const PaymentAttempt& attempt, int attemptsLeft,
                           Completion<WorkflowResult<Customer>> completion)
{
    m_vipps.epayment()
        .get(attempt.reference)
        .then(this, [=, this](Vipps::Result<Vipps::PaymentDetails> reply) {
            if (!reply) {
                audit(attempt, reply.error().message(), reply.error().traceId());
                completion.finish(WorkflowError::fromVipps(reply.error()));
                return;
            }
            if (!reply->profileSub.isEmpty()) {
                readUserinfo(attempt, reply->profileSub, completion);
                return;
            }
            if (attemptsLeft <= 1) {
                const QString why = tr("The customer paid without sharing their phone number.");
                audit(attempt, why);
                completion.finish(WorkflowError::refused(why));
                return;
            }
            m_clock.callAfter(subRetryDelay, this,
                              [=, this] { readSub(attempt, attemptsLeft - 1, completion); });
        });
}

void PhoneLearner::readUserinfo(const PaymentAttempt& attempt, const QString& sub,
                                Completion<WorkflowResult<Customer>> completion)
{
    m_vipps.userinfo().userinfo(sub).then(this, [=, this](Vipps::Result<Vipps::UserInfo> reply) {
        if (!reply) {
            audit(attempt, reply.error().message(), reply.error().traceId());
            completion.finish(WorkflowError::fromVipps(reply.error()));
            return;
        }
        QString whyNot;
        const auto phone =
            PhoneNumber::parse(QLatin1Char('+') + reply->phoneNumber, QStringLiteral("NO"), &whyNot);
        if (!phone) {
            const QString why = tr("Vipps shared a phone number InvoiceDesk cannot use: %1").arg(whyNot);
            audit(attempt, why);
            completion.finish(WorkflowError::refused(why));
            return;
        }
        const auto invoice = m_book.invoice(attempt.invoiceId);
        if (!invoice) {
            completion.finish(WorkflowError::fromStorage(invoice.error()));
            return;
        }
        PushConsent consent;
        consent.givenAt = m_clock.now();
        consent.source = PushConsent::Source::SharedThroughVipps;
        consent.recordedBy = attempt.reference;
        if (auto recorded = m_book.recordPushConsent(invoice->customerId, *phone, consent); !recorded) {
            completion.finish(WorkflowError::fromStorage(recorded.error()));
            return;
        }
        const auto customer = m_book.customer(invoice->customerId);
        if (!customer) {
            completion.finish(WorkflowError::fromStorage(customer.error()));
            return;
        }
        audit(attempt, QStringLiteral("ok"));
        Q_EMIT customerChanged(customer->id);
        completion.finish(*customer);
    });
}

void PhoneLearner::audit(const PaymentAttempt& attempt, const QString& result, const QString& traceId)
{
    Storage::AuditEntry entry;
    entry.actor = QStringLiteral("system");
    entry.action = QStringLiteral("learn-phone");
    entry.invoiceId = attempt.invoiceId;
    entry.reference = attempt.reference;
    entry.result = result;
    entry.traceId = traceId;
    m_book.appendAudit(entry);
}

} // namespace InvoiceDesk::Workflows
