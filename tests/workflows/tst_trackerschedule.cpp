// SPDX-License-Identifier: GPL-3.0-or-later
// When the tracker looks at the requests it finds open at start-up: spread over their interval
// instead of all at once, and a look that finds nothing new only records when it looked.
#include "workflowfixture.h"
#include "workflows/checkschedule.h"
#include "workflows/paymenttracker.h"

#include <QMap>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Tests;
using namespace InvoiceDesk::Workflows;
using namespace std::chrono_literals;

class TestTrackerSchedule : public QObject {
    Q_OBJECT

private:
    static constexpr auto kari = "4791234567"; // a known user in the sandbox

    static PaymentAttempt waitingAttempt(int n, const QDateTime& now)
    {
        PaymentAttempt attempt;
        attempt.reference = QStringLiteral("inv-%1-1").arg(20000 + n);
        attempt.phase = AttemptPhase::Sent;
        attempt.vippsState = VippsState::Created;
        attempt.createdAt = now.addSecs(-3 * 3600);
        attempt.expiresAt = now.addDays(20);
        return attempt;
    }

private Q_SLOTS:
    void firstChecksOfAThousandSpreadOverTheInterval()
    {
        ManualClock clock;
        const QDateTime now = clock.now();
        QMap<qint64, int> perMinute;
        for (int n = 0; n < 1000; ++n) {
            const PaymentAttempt attempt = waitingAttempt(n, now);
            const QDateTime at = firstCheckAt(attempt, now);
            QVERIFY(at >= now);
            QVERIFY(at < nextCheckAt(attempt, now));  // within one interval (15 minutes at this age)
            QCOMPARE(firstCheckAt(attempt, now), at); // the same on every start
            ++perMinute[now.secsTo(at) / 60];
        }
        QCOMPARE(perMinute.size(), 15);
        for (auto it = perMinute.cbegin(); it != perMinute.cend(); ++it) {
            // 1,000 / 15 = 67 a minute when spread evenly.
            QVERIFY2(it.value() >= 45 && it.value() <= 90,
                     qPrintable(QStringLiteral("minute %1: %2 checks").arg(it.key()).arg(it.value())));
        }
    }

    void firstCheckKeepsTheLookJustAfterExpiry()
    {
        ManualClock clock;
        const QDateTime now = clock.now();
        for (int n = 0; n < 50; ++n) {
            PaymentAttempt attempt = waitingAttempt(n, now);
            attempt.expiresAt = now.addSecs(-2); // expired: look again three seconds from now at the latest
            QVERIFY(firstCheckAt(attempt, now) <= now.addSecs(3));
            QVERIFY(firstCheckAt(attempt, now) >= now);
        }
    }

    void trackerSpreadsWhatItFindsAtStartAndOnlyRecordsTheLook()
    {
        WorkflowFixture f;
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QString::fromLatin1(kari), true);
        constexpr int count = 40;
        for (int n = 0; n < count; ++n) {
            const Invoice invoice = f.addInvoice(QString::number(3000 + n), customer, 10000 + n);
            SendOptions options;
            options.actor = QStringLiteral("Test Staff");
            options.expiresAt = f.clock.now().addDays(20);
            const auto sent = f.wait(f.services->sender().send(invoice.id, options));
            QVERIFY2(sent, sent ? "" : qPrintable(sent.error().message()));
        }
        // A later start of the program: only the new tracker follows the requests.
        f.services.reset();
        f.clock.advance(3h);
        const QDateTime started = f.clock.now();

        PaymentTracker tracker(*f.book, *f.vipps, f.clock);
        int completed = 0;
        connect(&tracker, &PaymentTracker::attemptChanged, this, [&completed] { ++completed; });
        tracker.start();
        QCOMPARE(tracker.watchedCount(), count);
        QCOMPARE(tracker.checksSent(), 0);

        int busiestMinute = 0;
        for (int minute = 0; minute < 15; ++minute) {
            const int before = tracker.checksSent();
            f.clock.advance(1min);
            QTRY_COMPARE(completed, tracker.checksSent());
            busiestMinute = std::max(busiestMinute, tracker.checksSent() - before);
        }
        // Each request was looked at once in the first interval, a few a minute, not all at once.
        QCOMPARE(tracker.checksSent(), count);
        QVERIFY2(busiestMinute <= 10, qPrintable(QString::number(busiestMinute)));
        QCOMPARE(tracker.watchedCount(), count);

        // Nothing changed at Vipps: the attempts are as they were but for the time of the look, which
        // is in the book (staff see it) at the minute the check ran.
        const auto open = f.book->openAttempts();
        QVERIFY(open);
        QCOMPARE(open->size(), count);
        for (const PaymentAttempt& attempt : *open) {
            QCOMPARE(attempt.vippsState, VippsState::Created);
            QVERIFY(attempt.lastCheckedAt > started);
            QVERIFY(attempt.lastCheckedAt <= f.clock.now());
            QCOMPARE(f.status(attempt.invoiceId), InvoiceStatus::AwaitingCustomer);
        }

        // A change is still written in full: the customer approves, the next look sees it.
        const PaymentAttempt first = open->first();
        QVERIFY(f.sandbox.approve(first.reference, QString::fromLatin1(kari), false).hasValue());
        const auto checked = f.wait(tracker.checkNow(first.reference));
        QVERIFY(checked);
        QCOMPARE(checked->vippsState, VippsState::Authorized);
        QCOMPARE((*f.book->attemptByReference(first.reference))->vippsState, VippsState::Authorized);
        QCOMPARE(f.status(first.invoiceId), InvoiceStatus::Paid);
    }
};

QTEST_GUILESS_MAIN(TestTrackerSchedule)
#include "tst_trackerschedule.moc"
