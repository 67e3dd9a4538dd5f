// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflows/workflowservices.h"

#include "workflows/actionrules.h"

namespace InvoiceDesk::Workflows {

WorkflowServices::WorkflowServices(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock,
                                   const MerchantProfile& profile, QObject* parent)
    : QObject(parent)
    , m_book(book)
    , m_clock(clock)
    , m_profile(profile)
    , m_sender(book, vipps, clock, profile)
    , m_actions(book, vipps, clock)
    , m_tracker(book, vipps, clock)
    , m_learner(book, vipps, clock)
    , m_bulk(m_sender, book)
    , m_recovery(book, vipps, clock, m_sender, m_actions)
{
    connect(&m_sender, &InvoiceSender::attemptChanged, this, &WorkflowServices::onAttemptChanged);
    connect(&m_actions, &PaymentActions::attemptChanged, this, &WorkflowServices::invoiceChanged);
    connect(&m_tracker, &PaymentTracker::attemptChanged, this, &WorkflowServices::invoiceChanged);
    connect(&m_tracker, &PaymentTracker::stateChanged, this, &WorkflowServices::onStateChanged);
    connect(&m_recovery, &JournalRecovery::stateChanged, this, &WorkflowServices::onStateChanged);
    connect(&m_learner, &PhoneLearner::customerChanged, this, &WorkflowServices::customerChanged);
}

QFuture<RecoveryReport> WorkflowServices::start()
{
    return m_recovery.run().then(this, [this](RecoveryReport report) {
        m_tracker.start();
        m_recovery.keepSettling();
        return report;
    });
}

QString WorkflowServices::invoiceNumber(qint64 invoiceId) const
{
    const auto number = m_book.invoiceNumber(invoiceId);
    return number ? *number : QString();
}

void WorkflowServices::onAttemptChanged(const PaymentAttempt& attempt)
{
    Q_EMIT invoiceChanged(attempt.invoiceId);
    if (attempt.phase == AttemptPhase::Failed) {
        Q_EMIT notice(Notice::Failed, attempt.invoiceId,
                      tr("The request for invoice %1 failed: %2")
                          .arg(invoiceNumber(attempt.invoiceId), attempt.failureMessage));
        return;
    }
    m_tracker.watch(attempt);
}

void WorkflowServices::onStateChanged(const PaymentAttempt& attempt, VippsState previous)
{
    Q_UNUSED(previous)
    const QString number = invoiceNumber(attempt.invoiceId);
    switch (attempt.vippsState) {
    case VippsState::Authorized:
        Q_EMIT notice(Notice::Paid, attempt.invoiceId, tr("Invoice %1 was paid.").arg(number));
        if (!m_followUpsEnabled)
            break;
        if (attempt.learnPhone)
            m_learner.learn(attempt);
        if (m_profile.captureAutomatically && ActionRules::capturableMinor(attempt) > 0)
            m_actions.capture(attempt.reference, ActionRules::capturableMinor(attempt),
                              QStringLiteral("system"));
        break;
    case VippsState::Expired:
        Q_EMIT notice(Notice::Expired, attempt.invoiceId,
                      tr("The request for invoice %1 expired.").arg(number));
        break;
    case VippsState::Aborted:
        Q_EMIT notice(Notice::Declined, attempt.invoiceId,
                      tr("The customer declined the request for invoice %1.").arg(number));
        break;
    case VippsState::Unknown:
    case VippsState::Created:
    case VippsState::Terminated:
        break;
    }
}

} // namespace InvoiceDesk::Workflows
