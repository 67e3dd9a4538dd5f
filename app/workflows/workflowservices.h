// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflows/bulksender.h"
#include "workflows/invoicesender.h"
#include "workflows/journalrecovery.h"
#include "workflows/paymentactions.h"
#include "workflows/paymenttracker.h"
#include "workflows/phonelearner.h"

#include <QObject>

namespace InvoiceDesk::Workflows {

// Everything staff can do with payment requests, for one merchant profile and its invoice book, wired
// together: a send is followed by the tracker; an authorization is captured (when the profile says
// so) and teaches the customer's number (when it was asked for). The GUI and the CLI build one of
// these and talk only to it.
class WorkflowServices : public QObject {
    Q_OBJECT

public:
    enum class Notice { Paid, Expired, Declined, Failed };
    Q_ENUM(Notice)

    WorkflowServices(Storage::InvoiceBook& book, VippsServices& vipps, Clock& clock,
                     const MerchantProfile& profile, QObject* parent = nullptr);

    // Settles what a crash left unfinished, then follows every open request.
    QFuture<RecoveryReport> start();

    InvoiceSender& sender() { return m_sender; }
    PaymentActions& actions() { return m_actions; }
    PaymentTracker& tracker() { return m_tracker; }
    PhoneLearner& phoneLearner() { return m_learner; }
    BulkSender& bulk() { return m_bulk; }
    JournalRecovery& recovery() { return m_recovery; }
    const MerchantProfile& profile() const { return m_profile; }

    // Whether an authorization the tracker sees sets off its follow-ups here, in the background:
    // learning the customer's number (when the request asked for it) and capturing (when the profile
    // says so). On by default, for an application that lives on. A caller whose process ends with
    // its command turns them off and runs the follow-ups itself (phoneLearner().learn(),
    // actions().capture()) and waits for them, so the end of the process cannot cut one off
    // half-way. The notices come either way.
    void setFollowUpsEnabled(bool enabled) { m_followUpsEnabled = enabled; }
    bool followUpsEnabled() const { return m_followUpsEnabled; }
    Storage::InvoiceBook& book() { return m_book; }

Q_SIGNALS:
    void invoiceChanged(qint64 invoiceId);
    void customerChanged(qint64 customerId);
    void notice(InvoiceDesk::Workflows::WorkflowServices::Notice kind, qint64 invoiceId, const QString& text);

private:
    void onAttemptChanged(const PaymentAttempt& attempt);
    void onStateChanged(const PaymentAttempt& attempt, VippsState previous);
    QString invoiceNumber(qint64 invoiceId) const;

    Storage::InvoiceBook& m_book;
    Clock& m_clock;
    const MerchantProfile& m_profile;
    InvoiceSender m_sender;
    PaymentActions m_actions;
    PaymentTracker m_tracker;
    PhoneLearner m_learner;
    BulkSender m_bulk;
    JournalRecovery m_recovery;
    bool m_followUpsEnabled = true;
};

} // namespace InvoiceDesk::Workflows
