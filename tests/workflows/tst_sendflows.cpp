// SPDX-License-Identifier: GPL-3.0-or-later
// The seed's three flows end to end against the sandbox: push to a known number, a one-time link or
// QR, and learning the number; and what the customer can do with each request.
#include "workflowfixture.h"
#include "workflows/actionrules.h"

using namespace InvoiceDesk;
using namespace InvoiceDesk::Tests;
using namespace InvoiceDesk::Workflows;
using namespace std::chrono_literals;

class TestSendFlows : public QObject {
    Q_OBJECT

private:
    static constexpr auto kari = "4791234567"; // a known user in the sandbox

    static SendOptions options(PaymentFlow flow, bool learnPhone = false)
    {
        SendOptions result;
        result.flow = flow;
        result.learnPhone = learnPhone;
        result.actor = QStringLiteral("Test Staff");
        return result;
    }

    PaymentAttempt sendOk(WorkflowFixture& f, qint64 invoiceId, const SendOptions& sendOptions)
    {
        auto result = f.wait(f.services->sender().send(invoiceId, sendOptions));
        if (!result)
            qFatal("send failed: %s", qPrintable(result.error().message()));
        return *result;
    }

private Q_SLOTS:
    void pushFlowIsApprovedAndCapturedAutomatically()
    {
        WorkflowFixture f;
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QString::fromLatin1(kari), true);
        const Invoice invoice = f.addInvoice(QStringLiteral("424243"), customer, 125000);

        const PaymentAttempt sent = sendOk(f, invoice.id, options(PaymentFlow::Push));
        QCOMPARE(sent.reference, QStringLiteral("inv-424243-1"));
        QCOMPARE(sent.phase, AttemptPhase::Sent);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::AwaitingCustomer);

        // What Vipps received: a push to the consented number, long-living, with the invoice link.
        const auto atVipps = f.sandbox.payment(sent.reference);
        QVERIFY(atVipps);
        QCOMPARE(atVipps->phone, QString::fromLatin1(kari));
        QCOMPARE(atVipps->userFlow, QStringLiteral("PUSH_MESSAGE"));
        QCOMPARE(atVipps->description, QStringLiteral("Faktura 424243, forfall 29.01.2026"));
        const auto order = f.wait(f.vipps->orderManagement().getOrder(sent.reference));
        QVERIFY(order);
        QCOMPARE(order->orderDetailsUrl, QStringLiteral("https://invoices.example.com/424243"));
        QCOMPARE(order->category, QStringLiteral("GENERAL"));

        QVERIFY(f.sandbox.approve(sent.reference, QString::fromLatin1(kari), false).hasValue());
        const auto checked = f.wait(f.services->tracker().checkNow(sent.reference));
        QVERIFY(checked);
        QCOMPARE(checked->vippsState, VippsState::Authorized);
        // The profile captures automatically: an invoice is for something already delivered.
        QTRY_COMPARE(f.latestAttempt(invoice.id).capturedMinor, 125000);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::Captured);
        QCOMPARE(f.sandbox.payment(sent.reference)->capturedAmount, 125000);
        QCOMPARE(f.paymentsAtVipps(), 1);
    }

    void pushNeedsConsent()
    {
        WorkflowFixture f;
        const Customer customer =
            f.addCustomer(QStringLiteral("Ola Nordmann"), QStringLiteral("4748123456"), false);
        const Invoice invoice = f.addInvoice(QStringLiteral("1001"), customer, 50000);
        const auto result = f.wait(f.services->sender().send(invoice.id, options(PaymentFlow::Push)));
        QVERIFY(!result);
        QCOMPARE(result.error().kind(), WorkflowError::Kind::Refused);
        QVERIFY(result.error().message().contains(QStringLiteral("not agreed")));
        QCOMPARE(f.paymentsAtVipps(), 0);
        QVERIFY(f.book->attempts(invoice.id)->isEmpty());
    }

    void expiryBeyondTheProfileMaximumIsRefused()
    {
        WorkflowFixture f;
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QString::fromLatin1(kari), true);
        const Invoice invoice = f.addInvoice(QStringLiteral("1002"), customer, 50000);
        SendOptions sendOptions = options(PaymentFlow::Push);
        sendOptions.expiresAt = f.clock.now().addDays(40); // the profile allows 28
        const auto result = f.wait(f.services->sender().send(invoice.id, sendOptions));
        QVERIFY(!result);
        QVERIFY2(result.error().message().contains(QStringLiteral("28 days")),
                 qPrintable(result.error().message()));
        sendOptions.expiresAt = f.clock.now().addSecs(5 * 60);
        QVERIFY(!f.wait(f.services->sender().send(invoice.id, sendOptions)));
        QCOMPARE(f.paymentsAtVipps(), 0);
    }

    void customerRejectsThenInvoiceIsResentWithANewReference()
    {
        WorkflowFixture f;
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QString::fromLatin1(kari), true);
        const Invoice invoice = f.addInvoice(QStringLiteral("1003"), customer, 20000);
        const PaymentAttempt first = sendOk(f, invoice.id, options(PaymentFlow::Push));
        // While the first request is open, a second one is refused.
        QVERIFY(!f.wait(f.services->sender().send(invoice.id, options(PaymentFlow::Push))));

        QVERIFY(f.sandbox.reject(first.reference).hasValue());
        QCOMPARE(f.wait(f.services->tracker().checkNow(first.reference))->vippsState, VippsState::Aborted);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::Declined);

        const PaymentAttempt second = sendOk(f, invoice.id, options(PaymentFlow::Push));
        QCOMPARE(second.reference, QStringLiteral("inv-1003-2"));
        QCOMPARE(f.book->attempts(invoice.id)->size(), 2);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::AwaitingCustomer);
        QCOMPARE(f.paymentsAtVipps(), 2);
    }

    void postponedRequestWaitsAndThenExpires()
    {
        WorkflowFixture f;
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QString::fromLatin1(kari), true);
        const Invoice invoice = f.addInvoice(QStringLiteral("1004"), customer, 20000);
        SendOptions sendOptions = options(PaymentFlow::Push);
        sendOptions.expiresAt = f.clock.now().addSecs(3600);
        const PaymentAttempt sent = sendOk(f, invoice.id, sendOptions);

        QVERIFY(f.sandbox.postpone(sent.reference).hasValue());
        QCOMPARE(f.wait(f.services->tracker().checkNow(sent.reference))->vippsState, VippsState::Created);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::AwaitingCustomer);

        f.clock.advance(std::chrono::seconds(3601));
        QCOMPARE(f.wait(f.services->tracker().checkNow(sent.reference))->vippsState, VippsState::Expired);
        QCOMPARE(f.status(invoice.id), InvoiceStatus::Expired);
        QVERIFY(ActionRules::whyNotResend(*f.book->attempts(invoice.id)).isEmpty());
    }

    void trackerNoticesApprovalOnItsOwn()
    {
        WorkflowFixture f;
        f.profile.captureAutomatically = false;
        const Customer customer =
            f.addCustomer(QStringLiteral("Kari Nordmann"), QString::fromLatin1(kari), true);
        const Invoice invoice = f.addInvoice(QStringLiteral("1005"), customer, 30000);
        f.wait(f.services->start());
        const PaymentAttempt sent = sendOk(f, invoice.id, options(PaymentFlow::Push));
        QCOMPARE(f.services->tracker().watchedCount(), 1);
        QVERIFY(f.sandbox.approve(sent.reference, QString::fromLatin1(kari), false).hasValue());
        // No "check now": the schedule asks Vipps five seconds after sending.
        f.clock.advance(6s);
        QTRY_COMPARE(f.status(invoice.id), InvoiceStatus::Paid);
        QCOMPARE(f.services->tracker().watchedCount(), 0);
    }

    void qrFlowGivesAnImageLink()
    {
        WorkflowFixture f;
        const Customer customer = f.addCustomer(QStringLiteral("Walk-in customer"));
        const Invoice invoice = f.addInvoice(QStringLiteral("1006"), customer, 9900);
        const PaymentAttempt sent = sendOk(f, invoice.id, options(PaymentFlow::Qr));
        QVERIFY(sent.redirectUrl.isValid());
        QCOMPARE(f.sandbox.payment(sent.reference)->userFlow, QStringLiteral("QR"));
        QVERIFY(sent.expiresAt > f.clock.now().addDays(1));
    }

    void linkFlowLearnsThePhoneNumber()
    {
        WorkflowFixture f;
        f.profile.captureAutomatically = false;
        const Customer customer = f.addCustomer(QStringLiteral("Ingrid Hansen"));
        const Invoice invoice = f.addInvoice(QStringLiteral("1007"), customer, 45000);
        const PaymentAttempt sent = sendOk(f, invoice.id, options(PaymentFlow::Link, true));
        QVERIFY(sent.redirectUrl.toString().startsWith(f.sandbox.baseUrl().toString()));
        QCOMPARE(f.sandbox.payment(sent.reference)->userFlow, QStringLiteral("WEB_REDIRECT"));
        QCOMPARE(f.sandbox.payment(sent.reference)->scope, QStringLiteral("phoneNumber"));

        // The customer types her number on the landing page, shares it and pays.
        QVERIFY(f.sandbox.approve(sent.reference, QStringLiteral("4790000001"), true).hasValue());
        QSignalSpy learned(&f.services->phoneLearner(), &PhoneLearner::customerChanged);
        QCOMPARE(f.wait(f.services->tracker().checkNow(sent.reference))->vippsState, VippsState::Authorized);
        QTRY_COMPARE(learned.size(), 1);

        const Customer updated = *f.book->customer(customer.id);
        QCOMPARE(updated.phone.msisdn(), QStringLiteral("4790000001"));
        QVERIFY(updated.consent);
        QCOMPARE(updated.consent->source, PushConsent::Source::SharedThroughVipps);
        QCOMPARE(updated.consent->recordedBy, sent.reference);

        // The next invoice can be pushed.
        const Invoice next = f.addInvoice(QStringLiteral("1008"), updated, 12000);
        const PaymentAttempt pushed = sendOk(f, next.id, options(PaymentFlow::Push));
        QCOMPARE(f.sandbox.payment(pushed.reference)->phone, QStringLiteral("4790000001"));
    }

    void followUpsTurnedOffAreLeftToTheCaller()
    {
        WorkflowFixture f; // the profile captures automatically
        f.services->setFollowUpsEnabled(false);
        const Customer customer = f.addCustomer(QStringLiteral("Ingrid Hansen"));
        const Invoice invoice = f.addInvoice(QStringLiteral("1010"), customer, 45000);
        const PaymentAttempt sent = sendOk(f, invoice.id, options(PaymentFlow::Link, true));
        QVERIFY(f.sandbox.approve(sent.reference, QStringLiteral("4790000001"), true).hasValue());

        QSignalSpy learned(&f.services->phoneLearner(), &PhoneLearner::customerChanged);
        QSignalSpy notices(f.services.get(), &WorkflowServices::notice);
        const auto checked = f.wait(f.services->tracker().checkNow(sent.reference));
        QVERIFY(checked);
        QCOMPARE(checked->vippsState, VippsState::Authorized);
        QCOMPARE(notices.size(), 1);
        QCOMPARE(notices.at(0).at(0).value<WorkflowServices::Notice>(), WorkflowServices::Notice::Paid);
        // Another round trip to Vipps gives a follow-up set off by the authorization time to show.
        QVERIFY(f.wait(f.services->tracker().checkNow(sent.reference)));
        QCOMPARE(learned.size(), 0);
        QCOMPARE(f.sandbox.payment(sent.reference)->capturedAmount, 0);
        QCOMPARE(f.latestAttempt(invoice.id).capturedMinor, 0);
        QVERIFY(!f.book->customer(customer.id)->phone.isValid());

        // The caller runs them itself, and waits for them.
        const auto learnedCustomer = f.wait(f.services->phoneLearner().learn(*checked));
        QVERIFY(learnedCustomer);
        QCOMPARE(learnedCustomer->phone.msisdn(), QStringLiteral("4790000001"));
        const auto captured = f.wait(f.services->actions().capture(
            sent.reference, ActionRules::capturableMinor(*checked), QStringLiteral("Test Staff")));
        QVERIFY(captured);
        QCOMPARE(captured->capturedMinor, 45000);
        QCOMPARE(f.sandbox.payment(sent.reference)->capturedAmount, 45000);
    }

    void linkWithoutSharingLearnsNothing()
    {
        WorkflowFixture f;
        const Customer customer = f.addCustomer(QStringLiteral("Per Johansen"));
        const Invoice invoice = f.addInvoice(QStringLiteral("1009"), customer, 45000);
        const PaymentAttempt sent = sendOk(f, invoice.id, options(PaymentFlow::Link, true));
        // Declining to share the number makes Vipps fail the payment.
        QVERIFY(f.sandbox.approve(sent.reference, QStringLiteral("4790000002"), false).hasValue());
        const auto checked = f.wait(f.services->tracker().checkNow(sent.reference));
        QVERIFY(checked);
        QCOMPARE(checked->vippsState, VippsState::Aborted);
        QVERIFY(!f.book->customer(customer.id)->canReceivePush());
    }
};

QTEST_GUILESS_MAIN(TestSendFlows)
#include "tst_sendflows.moc"
