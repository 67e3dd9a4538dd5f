// SPDX-License-Identifier: GPL-3.0-or-later
// A process stopped between writing a create's outcome to the journal and writing the attempt leaves
// an attempt "preparing" whose journal is settled. Start-up recovery must settle it too, by asking
// Vipps, without sending anything again. (Found by the fault drill.)
#include "workflowfixture.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Workflows;

class TestRecoveryOrphans : public QObject {
    Q_OBJECT

    static SendOptions push()
    {
        SendOptions options;
        options.flow = PaymentFlow::Push;
        options.actor = QStringLiteral("Test Staff");
        return options;
    }

    // What the attempt looked like before the lost write: still being prepared.
    static void loseTheAttemptWrite(Tests::WorkflowFixture& f, PaymentAttempt attempt)
    {
        attempt.phase = AttemptPhase::Preparing;
        attempt.vippsState = VippsState::Unknown;
        attempt.redirectUrl.clear();
        attempt.failureMessage.clear();
        QVERIFY(f.book->updateAttempt(attempt).hasValue());
        QVERIFY(f.book->unsettledJournal()->isEmpty()); // the journal itself is settled
    }

    static RecoveryReport restart(Tests::WorkflowFixture& f)
    {
        f.services = std::make_unique<WorkflowServices>(*f.book, *f.vipps, f.clock, f.profile);
        return f.wait(f.services->start());
    }

private Q_SLOTS:
    void createdAttemptLeftPreparingIsSettledFromVipps()
    {
        Tests::WorkflowFixture f;
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QStringLiteral("4791234567"), true);
        const Invoice invoice = f.addInvoice(QStringLiteral("3001"), customer, 50000);
        const auto sent = f.wait(f.services->sender().send(invoice.id, push()));
        QVERIFY(sent);
        loseTheAttemptWrite(f, *sent);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::AwaitingCustomer); // "being sent" counts as awaiting

        const RecoveryReport report = restart(f);
        QCOMPARE(report.examined, 1);
        QCOMPARE(report.foundAtVipps, 1);
        QCOMPARE(report.repeated, 0);
        QCOMPARE(f.paymentsAtVipps(), 1); // nothing sent twice
        const PaymentAttempt settled = f.latestAttempt(invoice.id);
        QCOMPARE(settled.phase, AttemptPhase::Sent);
        QCOMPARE(settled.vippsState, VippsState::Created);
        QCOMPARE(f.services->tracker().watchedCount(), 1); // and it is followed again
    }

    void refusedAttemptLeftPreparingIsMarkedFailed()
    {
        Tests::WorkflowFixture f;
        // A valid number that belongs to nobody in Vipps: the create is refused (7010).
        const Customer customer =
            f.addCustomer(QStringLiteral("Nils Nilsen"), QStringLiteral("4793456789"), true);
        const Invoice invoice = f.addInvoice(QStringLiteral("3002"), customer, 50000);
        QVERIFY(!f.wait(f.services->sender().send(invoice.id, push())));
        const PaymentAttempt refused = f.latestAttempt(invoice.id);
        QCOMPARE(refused.phase, AttemptPhase::Failed);
        const auto journal = f.book->journalFor(refused.reference);
        const QString vippsSaid = journal->constLast().resultNote; // the create's outcome
        QVERIFY(!vippsSaid.isEmpty());
        loseTheAttemptWrite(f, refused);

        const RecoveryReport report = restart(f);
        QCOMPARE(report.examined, 1);
        QCOMPARE(f.paymentsAtVipps(), 0);
        const PaymentAttempt settled = f.latestAttempt(invoice.id);
        QCOMPARE(settled.phase, AttemptPhase::Failed);
        QVERIFY2(settled.failureMessage.contains(vippsSaid), qPrintable(settled.failureMessage));
        QCOMPARE(f.status(invoice.id), InvoiceStatus::Failed);
    }

    void settledAttemptsAreNotAskedAgain()
    {
        Tests::WorkflowFixture f;
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QStringLiteral("4791234567"), true);
        QVERIFY(f.wait(
            f.services->sender().send(f.addInvoice(QStringLiteral("3003"), customer, 50000).id, push())));
        QCOMPARE(restart(f).examined, 0);
    }
};

QTEST_GUILESS_MAIN(TestRecoveryOrphans)
#include "tst_recoveryorphans.moc"
