// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/invoicestatus.h"
#include "invoices/paymentattempt.h"

#include <QSet>
#include <QTest>

using namespace InvoiceDesk;

namespace {

PaymentAttempt attempt(int sequence, AttemptPhase phase, VippsState state, qint64 authorized = 0,
                       qint64 captured = 0, qint64 refunded = 0, qint64 cancelled = 0)
{
    PaymentAttempt a;
    a.sequence = sequence;
    a.reference = QStringLiteral("inv-1001-%1").arg(sequence);
    a.amountMinor = 10000;
    a.phase = phase;
    a.vippsState = state;
    a.authorizedMinor = authorized;
    a.capturedMinor = captured;
    a.refundedMinor = refunded;
    a.cancelledMinor = cancelled;
    return a;
}

} // namespace

Q_DECLARE_METATYPE(QList<PaymentAttempt>)

class TestInvoiceStatus : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void derives_data()
    {
        QTest::addColumn<QList<PaymentAttempt>>("attempts");
        QTest::addColumn<InvoiceStatus>("expected");
        using P = AttemptPhase;
        using V = VippsState;
        QTest::newRow("no attempt: draft") << QList<PaymentAttempt>{} << InvoiceStatus::Draft;
        QTest::newRow("being sent: awaiting")
            << QList<PaymentAttempt>{attempt(1, P::Preparing, V::Unknown)} << InvoiceStatus::AwaitingCustomer;
        QTest::newRow("sent, no answer yet")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Unknown)} << InvoiceStatus::AwaitingCustomer;
        QTest::newRow("created: awaiting")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Created)} << InvoiceStatus::AwaitingCustomer;
        QTest::newRow("authorized: paid")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Authorized, 10000)} << InvoiceStatus::Paid;
        QTest::newRow("partly captured")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Authorized, 10000, 4000)}
            << InvoiceStatus::Captured;
        QTest::newRow("captured") << QList<PaymentAttempt>{attempt(1, P::Sent, V::Authorized, 10000, 10000)}
                                  << InvoiceStatus::Captured;
        QTest::newRow("partly refunded")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Authorized, 10000, 10000, 2500)}
            << InvoiceStatus::PartlyRefunded;
        QTest::newRow("refunded") << QList<PaymentAttempt>{attempt(1, P::Sent, V::Authorized, 10000, 10000,
                                                                   10000)}
                                  << InvoiceStatus::Refunded;
        QTest::newRow("expired") << QList<PaymentAttempt>{attempt(1, P::Sent, V::Expired)}
                                 << InvoiceStatus::Expired;
        QTest::newRow("declined") << QList<PaymentAttempt>{attempt(1, P::Sent, V::Aborted)}
                                  << InvoiceStatus::Declined;
        QTest::newRow("cancelled before authorization")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Terminated)} << InvoiceStatus::Cancelled;
        QTest::newRow("cancelled after authorization")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Authorized, 10000, 0, 0, 10000)}
            << InvoiceStatus::Cancelled;
        QTest::newRow("terminated after partial capture keeps the capture")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Terminated, 10000, 5000, 0, 5000)}
            << InvoiceStatus::Captured;
        QTest::newRow("failed") << QList<PaymentAttempt>{attempt(1, P::Failed, V::Unknown)}
                                << InvoiceStatus::Failed;
        QTest::newRow("latest decides: expired then awaiting")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Expired), attempt(2, P::Sent, V::Created)}
            << InvoiceStatus::AwaitingCustomer;
        QTest::newRow("latest decides, in any order")
            << QList<PaymentAttempt>{attempt(2, P::Sent, V::Aborted), attempt(1, P::Sent, V::Expired)}
            << InvoiceStatus::Declined;
        QTest::newRow("money wins over a later failure")
            << QList<PaymentAttempt>{attempt(1, P::Sent, V::Authorized, 10000, 10000),
                                     attempt(2, P::Failed, V::Unknown)}
            << InvoiceStatus::Captured;
        QTest::newRow("failed then expired")
            << QList<PaymentAttempt>{attempt(1, P::Failed, V::Unknown), attempt(2, P::Sent, V::Expired)}
            << InvoiceStatus::Expired;
    }
    void derives()
    {
        QFETCH(QList<PaymentAttempt>, attempts);
        QFETCH(InvoiceStatus, expected);
        QCOMPARE(deriveInvoiceStatus(attempts), expected);
    }

    void everyStatusIsReachedAndHasNames()
    {
        QSet<QString> keys;
        for (const InvoiceStatus status : allInvoiceStatuses()) {
            const QString key = invoiceStatusKey(status);
            QVERIFY(!key.isEmpty());
            QVERIFY(!invoiceStatusDisplayName(status).isEmpty());
            InvoiceStatus back = InvoiceStatus::Draft;
            QVERIFY(invoiceStatusFromKey(key, &back));
            QCOMPARE(back, status);
            keys.insert(key);
        }
        QCOMPARE(keys.size(), 10);
        QVERIFY(!invoiceStatusFromKey(QStringLiteral("nonsense"), nullptr));
    }

    void keysRoundTrip()
    {
        for (const PaymentFlow flow : {PaymentFlow::Push, PaymentFlow::Link, PaymentFlow::Qr}) {
            PaymentFlow back = PaymentFlow::Push;
            QVERIFY(paymentFlowFromKey(paymentFlowKey(flow), &back));
            QCOMPARE(back, flow);
        }
        for (const VippsState state : {VippsState::Created, VippsState::Authorized, VippsState::Aborted,
                                       VippsState::Expired, VippsState::Terminated})
            QCOMPARE(vippsStateFromKey(vippsStateKey(state)), state);
        QCOMPARE(vippsStateFromKey(QStringLiteral("SOMETHING_NEW")), VippsState::Unknown);
    }
};

QTEST_GUILESS_MAIN(TestInvoiceStatus)
#include "tst_invoicestatus.moc"
