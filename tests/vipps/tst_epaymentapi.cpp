// SPDX-License-Identifier: GPL-3.0-or-later
// Every ePayment call against the sandbox over loopback HTTP.
#include "sandboxfixture.h"
#include "vipps/epaymentapi.h"

#include <QJsonArray>
#include <QTimeZone>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Vipps;
using namespace std::chrono_literals;

namespace {

const QString customer = QStringLiteral("4791234567");

Receipt invoiceReceipt()
{
    Receipt receipt;
    receipt.orderLines.append({QStringLiteral("Konsulenttimer"),
                               QStringLiteral("L1"),
                               125000,
                               100000,
                               25000,
                               2500,
                               UnitInfo{125000, QStringLiteral("1"), QStringLiteral("PCS")},
                               std::nullopt,
                               {},
                               false,
                               false});
    receipt.receiptNumber = QStringLiteral("000123");
    return receipt;
}

CreatePaymentRequest pushRequest(const QString& reference, const QDateTime& now)
{
    CreatePaymentRequest request;
    request.amount = {125000, QStringLiteral("NOK")};
    request.reference = reference;
    request.userFlow = UserFlow::PushMessage;
    request.customerPhoneNumber = customer;
    request.paymentDescription = QStringLiteral("Faktura 000123");
    request.expiresAt = now.addDays(2);
    request.receipt = invoiceReceipt();
    return request;
}

} // namespace

class TestEPaymentApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void pushPaymentLifecycle()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("inv-000123-1");

        const auto created =
            f.await(api.create(pushRequest(reference, f.clock.now()), QStringLiteral("create-inv-000123-1")));
        QVERIFY2(created.hasValue(), created.hasValue() ? "" : qPrintable(created.error().message()));
        QCOMPARE(created->reference, reference);
        QVERIFY(created->redirectUrl.isEmpty()); // push: nothing to open
        QCOMPARE(f.sandbox.payments().size(), 1);
        QVERIFY(f.sandbox.payment(reference)->longLiving);

        auto details = f.await(api.get(reference));
        QVERIFY(details.hasValue());
        QCOMPARE(details->state, PaymentState::Created);
        QCOMPARE(details->amount, (Amount{125000, QStringLiteral("NOK")}));
        QCOMPARE(details->paymentMethodType, QStringLiteral("WALLET"));

        QVERIFY(f.sandbox.approve(reference, customer, false).hasValue());
        details = f.await(api.get(reference));
        QCOMPARE(details->state, PaymentState::Authorized);
        QCOMPARE(details->aggregate.authorizedAmount.value, 125000);

        const auto captured =
            f.await(api.capture(reference, {100000, QStringLiteral("NOK")}, QStringLiteral("capture-1")));
        QVERIFY(captured.hasValue());
        QCOMPARE(captured->aggregate.capturedAmount.value, 100000);
        QCOMPARE(captured->state, PaymentState::Authorized);

        const auto refunded =
            f.await(api.refund(reference, {40000, QStringLiteral("NOK")}, QStringLiteral("refund-1")));
        QVERIFY(refunded.hasValue());
        QCOMPARE(refunded->aggregate.refundedAmount.value, 40000);

        const auto events = f.await(api.events(reference));
        QVERIFY(events.hasValue());
        QList<PaymentEventName> names;
        for (const PaymentEvent& event : *events)
            names.append(event.name);
        QCOMPARE(names, (QList<PaymentEventName>{PaymentEventName::Created, PaymentEventName::Authorized,
                                                 PaymentEventName::Captured, PaymentEventName::Refunded}));
        QCOMPARE(events->at(2).idempotencyKey, QStringLiteral("capture-1"));
        QCOMPARE(f.sandbox.payment(reference)->refundedAmount, 40000);

        // What went over the wire: the spec's shapes and the caller's keys.
        const auto creates = f.recordedTo(QStringLiteral("/epayment/v1/payments"));
        QCOMPARE(creates.size(), 1);
        const QJsonObject body = creates.first().value(QStringLiteral("body")).toObject();
        QCOMPARE(body[QStringLiteral("paymentMethod")][QStringLiteral("type")].toString(),
                 QStringLiteral("WALLET"));
        QVERIFY(body[QStringLiteral("customer")][QStringLiteral("phoneNumber")].isString());
        const QJsonObject headers = creates.first().value(QStringLiteral("headers")).toObject();
        QVERIFY(!headers.isEmpty());
    }

    void cancelBeforeApprovalTerminates()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("inv-000124-1");
        QVERIFY(f.await(api.create(pushRequest(reference, f.clock.now()), QStringLiteral("create-124")))
                    .hasValue());
        const auto cancelled = f.await(api.cancel(reference, QStringLiteral("cancel-124")));
        QVERIFY(cancelled.hasValue());
        QCOMPARE(cancelled->state, PaymentState::Terminated);
        QCOMPARE(cancelled->aggregate.cancelledAmount.value, 125000);
        QCOMPARE(f.sandbox.payment(reference)->state, QStringLiteral("TERMINATED"));
    }

    void cancelOnlyIfNotAuthorizedRefusesAnApprovedPayment()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("inv-000125-1");
        QVERIFY(f.await(api.create(pushRequest(reference, f.clock.now()), QStringLiteral("create-125")))
                    .hasValue());
        QVERIFY(f.sandbox.approve(reference, customer, false).hasValue());
        const auto cancelled = f.await(api.cancel(reference, QStringLiteral("cancel-125"), true));
        QVERIFY(!cancelled.hasValue());
        QCOMPARE(cancelled.error().kind(), Error::Kind::Domain);
        QCOMPARE(cancelled.error().vippsCode(), 6060);
        QVERIFY(cancelled.error().message().contains(QStringLiteral("already approved")));
        QCOMPARE(f.sandbox.payment(reference)->state, QStringLiteral("AUTHORIZED"));
        const auto sent = f.recordedTo(QStringLiteral("/cancel"));
        QCOMPARE(sent.size(), 1); // a 4xx is never repeated
        QCOMPARE(sent.first()[QStringLiteral("body")][QStringLiteral("cancelTransactionOnly")].toBool(),
                 true);
    }

    void captureBeforeApprovalIsADomainError()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("inv-000126-1");
        QVERIFY(f.await(api.create(pushRequest(reference, f.clock.now()), QStringLiteral("create-126")))
                    .hasValue());
        const auto captured =
            f.await(api.capture(reference, {1000, QStringLiteral("NOK")}, QStringLiteral("cap-126")));
        QVERIFY(!captured.hasValue());
        QCOMPARE(captured.error().kind(), Error::Kind::Domain);
        QVERIFY(captured.error().vippsCode() != 0);
        QVERIFY(!captured.error().traceId().isEmpty());
        QCOMPARE(captured.error().operation(), QStringLiteral("capturePayment"));
        QCOMPARE(f.recordedTo(QStringLiteral("/capture")).size(), 1);
    }

    void qrPaymentWithProfileSharing()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("inv-000127-1");
        CreatePaymentRequest request;
        request.amount = {5000, QStringLiteral("NOK")};
        request.reference = reference;
        request.userFlow = UserFlow::Qr;
        request.profileScope = QStringLiteral("phoneNumber");
        request.qrFormat = QrFormat::Png;
        request.qrSize = 600;
        const auto created = f.await(api.create(request, QStringLiteral("create-127")));
        QVERIFY(created.hasValue());
        QVERIFY(!created->redirectUrl.isEmpty());
        QVERIFY(f.sandbox.payment(reference)->phone.isEmpty());
        QVERIFY(f.sandbox.approve(reference, customer, true).hasValue());
        const auto details = f.await(api.get(reference));
        QVERIFY(details.hasValue());
        QCOMPARE(details->state, PaymentState::Authorized);
        QVERIFY(!details->profileSub.isEmpty());
        QVERIFY(!f.recordedTo(QStringLiteral("/epayment/v1/payments"))
                     .first()[QStringLiteral("body")]
                     .toObject()
                     .contains(QStringLiteral("customer")));
    }

    void forceApproveWorksInSandboxAndIsRefusedInProduction()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const QString reference = QStringLiteral("inv-000128-1");
        QVERIFY(f.await(api.create(pushRequest(reference, f.clock.now()), QStringLiteral("create-128")))
                    .hasValue());
        const auto approved = f.await(api.forceApprove(reference, customer));
        QVERIFY2(approved.hasValue(), approved.hasValue() ? "" : qPrintable(approved.error().message()));
        QCOMPARE(f.sandbox.payment(reference)->state, QStringLiteral("AUTHORIZED"));

        ApiClient production(*f.network, f.clock, Environment::production(), f.sandbox.demoMerchant());
        EPaymentApi productionApi(production);
        const auto refused = f.await(productionApi.forceApprove(reference, customer));
        QCOMPARE(refused.error().kind(), Error::Kind::Configuration);
        QVERIFY(refused.error().message().contains(QStringLiteral("Test and Sandbox")));
    }

    void invalidInputIsRefusedBeforeSending()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        CreatePaymentRequest request = pushRequest(QStringLiteral("inv-000129-1"), f.clock.now());
        request.customerPhoneNumber = QStringLiteral("91234567"); // no country code
        const auto created = f.await(api.create(request, QStringLiteral("create-129")));
        QCOMPARE(created.error().kind(), Error::Kind::Configuration);
        const auto tooLongKey = f.await(api.capture(
            QStringLiteral("inv-000129-1"), {100, QStringLiteral("NOK")}, QString(51, QLatin1Char('k'))));
        QCOMPARE(tooLongKey.error().kind(), Error::Kind::Configuration);
        const auto tooMuch = f.await(api.capture(
            QStringLiteral("inv-000129-1"), {65000001, QStringLiteral("NOK")}, QStringLiteral("cap-129")));
        QCOMPARE(tooMuch.error().kind(), Error::Kind::Configuration);
        const auto badReference = f.await(api.get(QStringLiteral("x")));
        QCOMPARE(badReference.error().kind(), Error::Kind::Configuration);
        QVERIFY(f.recorded().isEmpty());
    }

    void unknownPaymentIsNotFound()
    {
        SandboxFixture f;
        EPaymentApi api(*f.client);
        const auto details = f.await(api.get(QStringLiteral("never-created-1")));
        QVERIFY(!details.hasValue());
        QCOMPARE(details.error().kind(), Error::Kind::NotFound);
        QCOMPARE(details.error().httpStatus(), 404);
    }
};

QTEST_GUILESS_MAIN(TestEPaymentApi)
#include "tst_epaymentapi.moc"
