// SPDX-License-Identifier: GPL-3.0-or-later
// A bulk send against the sandbox: a result per invoice, attempts reserved a batch at a time, and what
// happens to reserved attempts that were never sent (a cancel withdraws them, a crash leaves them to
// the journal recovery). Nothing is ever sent twice.
#include "workflowfixture.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Tests;
using namespace InvoiceDesk::Workflows;

class TestBulkSend : public QObject {
    Q_OBJECT

private:
    static SendOptions linkOptions()
    {
        SendOptions result;
        result.flow = PaymentFlow::Link;
        result.actor = QStringLiteral("Test Staff");
        return result;
    }

    static QList<qint64> addInvoices(WorkflowFixture& f, int count)
    {
        const Customer customer = f.addCustomer(QStringLiteral("Kari Nordmann"));
        QList<qint64> ids;
        for (int i = 0; i < count; ++i)
            ids.append(f.addInvoice(QStringLiteral("B-%1").arg(100 + i), customer, 10000 + i).id);
        return ids;
    }

    // Runs the event loop until the bulk send says it has finished; false if it never does.
    static bool waitFinished(QSignalSpy& finished) { return finished.count() > 0 || finished.wait(30000); }

private Q_SLOTS:
    void everyInvoiceGetsAResult()
    {
        WorkflowFixture f;
        QList<qint64> ids = addInvoices(f, 9);
        const Customer other = f.addCustomer(QStringLiteral("Tiny Amount AS"));
        const qint64 tooSmall = f.addInvoice(QStringLiteral("B-small"), other, 50).id; // under 1 krone
        ids.insert(4, tooSmall);
        ids.append(ids.constFirst()); // the same invoice twice in one selection

        BulkSender& bulk = f.services->bulk();
        bulk.setConcurrency(3);
        QSignalSpy finished(&bulk, &BulkSender::finished);
        QSignalSpy progress(&bulk, &BulkSender::progress);
        bulk.start(ids, linkOptions());
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);

        const auto& results = bulk.results();
        QCOMPARE(results.size(), ids.size());
        QCOMPARE(progress.constLast().at(0).toInt(), int(ids.size()));
        int sent = 0;
        for (const BulkItemResult& item : results) {
            QVERIFY(!item.invoiceNumber.isEmpty());
            if (item.sent) {
                ++sent;
                QCOMPARE(f.sandbox.payment(item.reference)->state, QStringLiteral("CREATED"));
                QCOMPARE(f.latestAttempt(item.invoiceId).phase, AttemptPhase::Sent);
            } else {
                QVERIFY2(!item.message.isEmpty(), qPrintable(item.invoiceNumber));
            }
        }
        QCOMPARE(sent, 9);
        const auto refusedSmall =
            std::find_if(results.cbegin(), results.cend(),
                         [&](const BulkItemResult& r) { return r.invoiceId == tooSmall; });
        QVERIFY(!refusedSmall->sent);
        QVERIFY(refusedSmall->message.contains(QStringLiteral("smallest payment")));
        // The repeated invoice was refused, by the batch or by its open request, not sent twice.
        QCOMPARE(std::count_if(results.cbegin(), results.cend(),
                               [&](const BulkItemResult& r) { return r.invoiceId == ids.constFirst(); }),
                 2);
        QCOMPARE(f.paymentsAtVipps(), 9);
        QVERIFY(f.book->unsettledJournal()->isEmpty());
    }

    // A reserved attempt that will not be sent is settled as failed: the journal recovery of the next
    // start has nothing to send for it.
    void withdrawnAttemptIsNeverSent()
    {
        WorkflowFixture f;
        const QList<qint64> ids = addInvoices(f, 3);
        InvoiceSender& sender = f.services->sender();
        const auto reserved = sender.reserve(ids, linkOptions());
        QCOMPARE(reserved.size(), 3);
        for (const auto& attempt : reserved) {
            QVERIFY(attempt);
            QCOMPARE(attempt->phase, AttemptPhase::Preparing);
        }
        QCOMPARE(f.book->unsettledJournal()->size(), 6); // category and create for each
        QCOMPARE(f.paymentsAtVipps(), 0);                // reserved, nothing sent yet

        QVERIFY(f.wait(sender.sendReserved(*reserved.at(0))));
        const auto withdrawn = sender.withdraw(*reserved.at(1), QStringLiteral("Not sent: cancelled."));
        QVERIFY(withdrawn);
        QCOMPARE(withdrawn->phase, AttemptPhase::Failed);
        const PaymentAttempt stored = f.latestAttempt(ids.at(1));
        QCOMPARE(stored.phase, AttemptPhase::Failed);
        QCOMPARE(stored.failureMessage, QStringLiteral("Not sent: cancelled."));
        QCOMPARE(f.status(ids.at(1)), InvoiceStatus::Failed);
        const auto journal = f.book->journalFor(stored.reference);
        QVERIFY(journal);
        QCOMPARE(journal->size(), 2);
        for (const auto& entry : *journal)
            QCOMPARE(entry.state, Storage::JournalState::Failed);

        // The third stays reserved, as after a crash: the recovery of the next start sends it, once.
        Workflows::WorkflowServices restarted(*f.book, *f.vipps, f.clock, f.profile);
        const RecoveryReport report = f.wait(restarted.start());
        QCOMPARE(report.examined, 1);
        QCOMPARE(report.repeated, 1); // sent with its original keys, after Vipps said it had none
        QCOMPARE(f.paymentsAtVipps(), 2);
        QVERIFY(f.sandbox.payment(reserved.at(0)->reference));
        QVERIFY(!f.sandbox.payment(reserved.at(1)->reference));
        QVERIFY(f.sandbox.payment(reserved.at(2)->reference));
        QCOMPARE(f.latestAttempt(ids.at(2)).phase, AttemptPhase::Sent);
        QVERIFY(f.book->unsettledJournal()->isEmpty());
    }

    // Cancelled while requests are out and a reserved attempt waits for its turn: the waiting one is
    // withdrawn, the ones out finish, the rest are never reserved; nothing is left half done.
    void cancelWithdrawsWhatWaits()
    {
        WorkflowFixture f;
        QList<qint64> ids = addInvoices(f, 5);
        const Customer other = f.addCustomer(QStringLiteral("Tiny Amount AS"));
        const qint64 refused = f.addInvoice(QStringLiteral("B-small"), other, 50).id;
        // Batches of two: [0, 1] go out, then [2, refused] is reserved; the refusal's report comes
        // while invoice 2 waits, and that is when staff cancel.
        ids.insert(3, refused);
        BulkSender& bulk = f.services->bulk();
        bulk.setConcurrency(2);
        QSignalSpy finished(&bulk, &BulkSender::finished);
        QObject context;
        QObject::connect(&bulk, &BulkSender::itemFinished, &context, [&](const BulkItemResult& item) {
            if (item.invoiceId == refused)
                bulk.cancel();
        });
        bulk.start(ids, linkOptions());
        QVERIFY(waitFinished(finished));
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);

        QCOMPARE(f.paymentsAtVipps(), 2);
        QCOMPARE(f.latestAttempt(ids.at(0)).phase, AttemptPhase::Sent);
        QCOMPARE(f.latestAttempt(ids.at(1)).phase, AttemptPhase::Sent);
        const PaymentAttempt waited = f.latestAttempt(ids.at(2));
        QCOMPARE(waited.phase, AttemptPhase::Failed);
        QVERIFY(waited.failureMessage.contains(QStringLiteral("cancelled")));
        QVERIFY(!f.sandbox.payment(waited.reference));
        QVERIFY(f.book->attempts(ids.at(4))->isEmpty());
        QVERIFY(f.book->attempts(ids.at(5))->isEmpty());
        QVERIFY(f.book->unsettledJournal()->isEmpty());
        // One result each for the two sent, the refused one and the withdrawn one.
        QCOMPARE(bulk.results().size(), 4);
        const auto withdrawn =
            std::find_if(bulk.results().cbegin(), bulk.results().cend(),
                         [&](const BulkItemResult& r) { return r.invoiceId == ids.at(2); });
        QVERIFY(withdrawn != bulk.results().cend());
        QVERIFY(!withdrawn->sent);
        QVERIFY(withdrawn->message.contains(QStringLiteral("cancelled")));

        // Nothing is waiting for the next start either.
        Workflows::WorkflowServices restarted(*f.book, *f.vipps, f.clock, f.profile);
        QCOMPARE(f.wait(restarted.start()).examined, 0);
        QCOMPARE(f.paymentsAtVipps(), 2);
    }
};

QTEST_GUILESS_MAIN(TestBulkSend)
#include "tst_bulksend.moc"
