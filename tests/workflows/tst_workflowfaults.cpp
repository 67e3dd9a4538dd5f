// SPDX-License-Identifier: GPL-3.0-or-later
// Faults on the wire and crashes of InvoiceDesk itself: in every case exactly one payment per
// attempt at Vipps, and every invoice in a known state.
#include "workflowfixture.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Tests;
using namespace InvoiceDesk::Workflows;
using Sandbox::FaultKind;
using Storage::JournalKind;
using Storage::JournalState;

class TestWorkflowFaults : public QObject {
    Q_OBJECT

private:
    static SendOptions push()
    {
        SendOptions options;
        options.flow = PaymentFlow::Push;
        options.actor = QStringLiteral("Test Staff");
        return options;
    }

    static Invoice pushableInvoice(WorkflowFixture& f, const QString& number, qint64 amount = 50000)
    {
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QStringLiteral("4791234567"), true);
        return f.addInvoice(number, customer, amount);
    }

    static JournalState journalState(WorkflowFixture& f, const QString& reference, JournalKind kind)
    {
        const auto journal = f.book->journalFor(reference);
        for (const auto& entry : *journal) {
            if (entry.kind == kind)
                return entry.state;
        }
        qFatal("no journal entry");
    }

    // Restarts InvoiceDesk on the same book: new workflow objects, recovery first.
    static Workflows::RecoveryReport restart(WorkflowFixture& f)
    {
        f.services = std::make_unique<WorkflowServices>(*f.book, *f.vipps, f.clock, f.profile);
        return f.wait(f.services->start());
    }

private Q_SLOTS:
    void lostReplyAfterCreateIsRetriedWithTheSameKey()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2001"));
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::DropAfterApply, 2);
        const auto result = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(f.paymentsAtVipps(), 1);
        QCOMPARE(journalState(f, result->reference, JournalKind::CreatePayment), JournalState::Confirmed);
    }

    void serverErrorsOnCreateAreRetried()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2002"));
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::Status, 2, 503);
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::Status, 1, 429);
        const auto result = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(f.paymentsAtVipps(), 1);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::AwaitingCustomer);
    }

    void lostReplyAfterCaptureCapturesOnce()
    {
        WorkflowFixture f;
        f.profile.captureAutomatically = false;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2003"), 80000);
        const auto sent = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY(sent);
        QVERIFY(f.sandbox.approve(sent->reference, QStringLiteral("4791234567"), false).hasValue());
        QVERIFY(f.wait(f.services->tracker().checkNow(sent->reference)));

        f.sandbox.faults().failNext(QStringLiteral("capture"), FaultKind::DropAfterApply, 2);
        const auto captured =
            f.wait(f.services->actions().capture(sent->reference, 30000, QStringLiteral("Test Staff")));
        QVERIFY2(captured, qPrintable(captured ? QString() : captured.error().message()));
        QCOMPARE(captured->capturedMinor, 30000);
        QCOMPARE(f.sandbox.payment(sent->reference)->capturedAmount, 30000);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::Captured);
    }

    void rateLimitedChecksRecover()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2004"));
        const auto sent = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY(sent);
        f.sandbox.faults().failNext(QStringLiteral("get"), FaultKind::Status, 3, 429);
        const auto checked = f.wait(f.services->tracker().checkNow(sent->reference));
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message()));
        QCOMPARE(checked->vippsState, VippsState::Created);
    }

    void crashAfterCreateArrivedIsSettledByAskingVipps()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2005"));
        // Every answer to the create is lost, past the client's retries: the create arrived, but
        // InvoiceDesk cannot know. The entry stays "sent", the attempt "preparing".
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::DropAfterApply, 20);
        const auto result = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY(!result);
        QVERIFY(result.error().isOutcomeUnknown());
        const PaymentAttempt pending = f.latestAttempt(invoice.id);
        QCOMPARE(pending.phase, AttemptPhase::Preparing);
        QCOMPARE(journalState(f, pending.reference, JournalKind::CreatePayment), JournalState::Sent);
        f.sandbox.faults().clear();

        const auto report = restart(f);
        QCOMPARE(report.foundAtVipps, 1);
        QCOMPARE(report.repeated, 0);
        QCOMPARE(f.paymentsAtVipps(), 1);
        QCOMPARE(f.latestAttempt(invoice.id).phase, AttemptPhase::Sent);
        QCOMPARE(journalState(f, pending.reference, JournalKind::CreatePayment), JournalState::Confirmed);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::AwaitingCustomer);
    }

    void crashBeforeCreateArrivedIsRepeatedWithTheSameKey()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2006"));
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::DropBeforeApply, 20);
        QVERIFY(!f.wait(f.services->sender().send(invoice.id, push())));
        QCOMPARE(f.paymentsAtVipps(), 0);
        f.sandbox.faults().clear();

        const auto report = restart(f);
        QCOMPARE(report.repeated, 1);
        QCOMPARE(f.paymentsAtVipps(), 1);
        const PaymentAttempt attempt = f.latestAttempt(invoice.id);
        QCOMPARE(attempt.sequence, 1); // the same attempt, not a new one
        QCOMPARE(attempt.phase, AttemptPhase::Sent);
    }

    // A reply cut off after Vipps created the payment is no refusal: the attempt stays open, its
    // create entry unsettled, and asking Vipps settles it without a second payment.
    void malformedReplyToCreateLeavesTheOutcomeUnknown()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2008"));
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::Malformed, 1);
        const auto result = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY(!result);
        QVERIFY(result.error().isOutcomeUnknown());
        const PaymentAttempt pending = f.latestAttempt(invoice.id);
        QVERIFY(pending.phase != AttemptPhase::Failed);
        QVERIFY(f.status(invoice.id) != InvoiceStatus::Failed);
        QCOMPARE(journalState(f, pending.reference, JournalKind::CreatePayment), JournalState::Sent);
        QCOMPARE(f.paymentsAtVipps(), 1);

        const auto report = restart(f);
        QCOMPARE(report.foundAtVipps, 1);
        QCOMPARE(f.paymentsAtVipps(), 1);
        QCOMPARE(f.latestAttempt(invoice.id).phase, AttemptPhase::Sent);
        QCOMPARE(journalState(f, pending.reference, JournalKind::CreatePayment), JournalState::Confirmed);
    }

    // The connection breaks after the headers: the status said 201, the body never came. Qt reports
    // that as a broken connection (repeated with the same key) or, when the close wins the race, as
    // a short body (unknown, settled from Vipps); either way one payment, and the attempt is sent.
    void replyCutAfterTheHeadersIsRepeatedOrSettled()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2009"));
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::CutAfterHeaders, 2);
        const auto result = f.wait(f.services->sender().send(invoice.id, push()));
        if (!result) {
            QVERIFY2(result.error().isOutcomeUnknown(), qPrintable(result.error().message()));
            restart(f);
        }
        QCOMPARE(f.paymentsAtVipps(), 1);
        const PaymentAttempt attempt = f.latestAttempt(invoice.id);
        QCOMPARE(attempt.sequence, 1);
        QCOMPARE(attempt.phase, AttemptPhase::Sent);
        QCOMPARE(journalState(f, attempt.reference, JournalKind::CreatePayment), JournalState::Confirmed);
    }

    void cutRepliesPastEveryRetryAreUnknownNotFailed()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2010"));
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::CutAfterHeaders, 20);
        const auto result = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY(!result);
        QVERIFY(result.error().isOutcomeUnknown());
        QVERIFY(f.latestAttempt(invoice.id).phase != AttemptPhase::Failed);
    }

    // A cut-off answer to a capture leaves the entry unsettled; Vipps captured once.
    void malformedReplyToCaptureIsNotAFailure()
    {
        WorkflowFixture f;
        f.profile.captureAutomatically = false;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2011"), 80000);
        const auto sent = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY(sent);
        QVERIFY(f.sandbox.approve(sent->reference, QStringLiteral("4791234567"), false).hasValue());
        QVERIFY(f.wait(f.services->tracker().checkNow(sent->reference)));
        f.sandbox.faults().failNext(QStringLiteral("capture"), FaultKind::Malformed, 1);
        const auto captured =
            f.wait(f.services->actions().capture(sent->reference, 30000, QStringLiteral("Test Staff")));
        QVERIFY(!captured);
        QVERIFY(captured.error().isOutcomeUnknown());
        QCOMPARE(journalState(f, sent->reference, JournalKind::Capture), JournalState::Sent);
        QCOMPARE(f.sandbox.payment(sent->reference)->capturedAmount, 30000);
    }

    // While InvoiceDesk runs, an unknown outcome is settled from Vipps once its call has had time to
    // finish, without a restart.
    void unknownCreateIsSettledWhileRunning()
    {
        WorkflowFixture f;
        f.wait(f.services->start());
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2012"));
        f.sandbox.faults().failNext(QStringLiteral("create"), FaultKind::Malformed, 1);
        QVERIFY(!f.wait(f.services->sender().send(invoice.id, push())));
        const QString reference = f.latestAttempt(invoice.id).reference;
        QCOMPARE(journalState(f, reference, JournalKind::CreatePayment), JournalState::Sent);

        // A poll inside the grace period leaves the entry alone (its call may still be retrying),
        // even with time for Vipps' answer to arrive; after the grace period it is settled.
        f.clock.advance(std::chrono::seconds(90));
        QTest::qWait(200);
        QCOMPARE(journalState(f, reference, JournalKind::CreatePayment), JournalState::Sent);
        QElapsedTimer patience;
        patience.start();
        while (journalState(f, reference, JournalKind::CreatePayment) == JournalState::Sent &&
               patience.elapsed() < 20000) {
            f.clock.advance(std::chrono::seconds(30));
            QTest::qWait(20); // lets the loopback replies arrive; the workflow's time is the clock's
        }
        QCOMPARE(journalState(f, reference, JournalKind::CreatePayment), JournalState::Confirmed);
        QCOMPARE(f.latestAttempt(invoice.id).phase, AttemptPhase::Sent);
        QCOMPARE(f.paymentsAtVipps(), 1);
    }

    // The invoice link only enriches a payment: a refusal of it is noted and the request still goes.
    void refusedCategoryDoesNotBlockThePayment()
    {
        WorkflowFixture f;
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2013"));
        f.sandbox.faults().failNext(QStringLiteral("category"), FaultKind::Status, 1, 400);
        const auto result = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message()));
        QCOMPARE(f.paymentsAtVipps(), 1);
        QCOMPARE(journalState(f, result->reference, JournalKind::SetCategory), JournalState::Failed);
        const auto audit = f.book->auditFor(invoice.id);
        QVERIFY(audit.hasValue());
        const QList<Storage::AuditEntry> entries = *audit;
        const bool noted =
            std::any_of(entries.cbegin(), entries.cend(), [](const Storage::AuditEntry& entry) {
                return entry.action == QStringLiteral("set-category") && entry.result != QStringLiteral("ok");
            });
        QVERIFY(noted);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::AwaitingCustomer);
    }

    void refusalByVippsFailsTheAttemptAndSettlesTheJournal()
    {
        WorkflowFixture f;
        auto settings = f.sandbox.merchantSettings(f.profile.merchantSerialNumber);
        settings.pushAllowed = false; // Vipps says 5080
        f.sandbox.setMerchantSettings(settings);
        const Invoice invoice = pushableInvoice(f, QStringLiteral("2007"));
        const auto result = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), WorkflowError::Kind::Vipps);
        QCOMPARE(result.error().vippsError()->vippsCode(), 5080);
        const PaymentAttempt attempt = f.latestAttempt(invoice.id);
        QCOMPARE(attempt.phase, AttemptPhase::Failed);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::Failed);
        QVERIFY(f.book->unsettledJournal()->isEmpty());
        // A restart sends nothing.
        restart(f);
        QCOMPARE(f.paymentsAtVipps(), 0);
    }
};

QTEST_GUILESS_MAIN(TestWorkflowFaults)
#include "tst_workflowfaults.moc"
