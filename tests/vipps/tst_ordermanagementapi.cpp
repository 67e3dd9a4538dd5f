// SPDX-License-Identifier: GPL-3.0-or-later
// Order Management and Userinfo against the sandbox over loopback HTTP.
#include "sandboxfixture.h"
#include "vipps/epaymentapi.h"
#include "vipps/ordermanagementapi.h"
#include "vipps/userinfoapi.h"

#include <QBuffer>
#include <QImage>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Vipps;
using namespace std::chrono_literals;

namespace {

Receipt twoLineReceipt()
{
    Receipt receipt;
    receipt.orderLines.append({QStringLiteral("Rørleggertime"),
                               QStringLiteral("L1"),
                               100000,
                               80000,
                               20000,
                               2500,
                               UnitInfo{50000, QStringLiteral("2"), QStringLiteral("PCS")},
                               std::nullopt,
                               {},
                               false,
                               false});
    receipt.orderLines.append({QStringLiteral("Kjøring"),
                               QStringLiteral("L2"),
                               25000,
                               20000,
                               5000,
                               2500,
                               std::nullopt,
                               std::nullopt,
                               {},
                               false,
                               true});
    receipt.receiptNumber = QStringLiteral("2026-17");
    return receipt;
}

QByteArray squarePng()
{
    QImage image(200, 200, QImage::Format_RGB32);
    image.fill(Qt::darkCyan);
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

} // namespace

class TestOrderManagementApi : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void categoryIsStoredAndReplaced()
    {
        SandboxFixture f;
        OrderManagementApi orders(*f.client);
        const QString reference = QStringLiteral("om-category-1");
        const auto put = f.await(orders.putCategory(reference, QStringLiteral("GENERAL"),
                                                    QUrl(QStringLiteral("https://example.com/invoices/17"))));
        QVERIFY2(put.hasValue(), put.hasValue() ? "" : qPrintable(put.error().message()));
        auto order = f.await(orders.getOrder(reference));
        QVERIFY(order.hasValue());
        QCOMPARE(order->category, QStringLiteral("GENERAL"));
        QCOMPARE(order->orderDetailsUrl, QStringLiteral("https://example.com/invoices/17"));

        QVERIFY(f.await(orders.putCategory(reference, QStringLiteral("RECEIPT"),
                                           QUrl(QStringLiteral("https://example.com/invoices/17.pdf"))))
                    .hasValue());
        order = f.await(orders.getOrder(reference));
        QCOMPARE(order->category, QStringLiteral("RECEIPT"));

        const auto sent = f.recordedTo(QStringLiteral("/order-management/v2/ecom/categories/") + reference,
                                       QStringLiteral("PUT"));
        QCOMPARE(sent.size(), 2);
        QCOMPARE(sent.first()[QStringLiteral("body")][QStringLiteral("category")].toString(),
                 QStringLiteral("GENERAL"));
        QVERIFY(!sent.first()[QStringLiteral("body")].toObject().contains(QStringLiteral("imageId")));
    }

    void categoryInputIsCheckedLocally()
    {
        SandboxFixture f;
        OrderManagementApi orders(*f.client);
        QCOMPARE(f.await(orders.putCategory(QStringLiteral("om-1"), QStringLiteral("INVOICE"),
                                            QUrl(QStringLiteral("https://example.com"))))
                     .error()
                     .kind(),
                 Error::Kind::Configuration);
        QCOMPARE(f.await(orders.putCategory(QStringLiteral("om-1"), QStringLiteral("GENERAL"),
                                            QUrl(QStringLiteral("http://example.com"))))
                     .error()
                     .kind(),
                 Error::Kind::Configuration);
        ApiClient test(*f.network, f.clock, Environment::test(), f.sandbox.demoMerchant());
        OrderManagementApi testOrders(test);
        const auto refused = f.await(testOrders.getOrder(QStringLiteral("om-1")));
        QCOMPARE(refused.error().kind(), Error::Kind::Configuration);
        QVERIFY(refused.error().message().contains(QStringLiteral("Test environment")));
        QVERIFY(f.recorded().isEmpty());
    }

    void receiptIsWriteOnce()
    {
        SandboxFixture f;
        OrderManagementApi orders(*f.client);
        const QString reference = QStringLiteral("om-receipt-1");
        const auto posted = f.await(orders.postReceipt(reference, twoLineReceipt()));
        QVERIFY2(posted.hasValue(), posted.hasValue() ? "" : qPrintable(posted.error().message()));
        const auto order = f.await(orders.getOrder(reference));
        QVERIFY(order.hasValue());
        QVERIFY(order->receipt.has_value());
        QCOMPARE(order->receipt->orderLines.size(), 2);
        QCOMPARE(order->receipt->orderLines.at(0).unitInfo->quantity, QStringLiteral("2"));
        QCOMPARE(order->receipt->receiptNumber, QStringLiteral("2026-17"));

        const auto again = f.await(orders.postReceipt(reference, twoLineReceipt()));
        QVERIFY(!again.hasValue());
        QCOMPARE(again.error().kind(), Error::Kind::Conflict);
        QCOMPARE(again.error().httpStatus(), 409);
    }

    void receiptSentWithCreateIsReadBack()
    {
        SandboxFixture f;
        EPaymentApi payments(*f.client);
        OrderManagementApi orders(*f.client);
        const QString reference = QStringLiteral("om-create-receipt-1");
        CreatePaymentRequest request;
        request.amount = {125000, QStringLiteral("NOK")};
        request.reference = reference;
        request.userFlow = UserFlow::PushMessage;
        request.customerPhoneNumber = QStringLiteral("4791234567");
        request.expiresAt = f.clock.now().addDays(1);
        request.receipt = twoLineReceipt();
        QVERIFY(f.await(payments.create(request, QStringLiteral("create-om"))).hasValue());
        const auto order = f.await(orders.getOrder(reference));
        QVERIFY(order.hasValue());
        QCOMPARE(order->receipt->orderLines.at(1).name, QStringLiteral("Kjøring"));
    }

    void imageUpload()
    {
        SandboxFixture f;
        OrderManagementApi orders(*f.client);
        const auto uploaded = f.await(orders.uploadImage(QStringLiteral("logo-v1"), squarePng()));
        QVERIFY2(uploaded.hasValue(), uploaded.hasValue() ? "" : qPrintable(uploaded.error().message()));
        QCOMPARE(*uploaded, QStringLiteral("logo-v1"));
        QVERIFY(f.await(orders.putCategory(QStringLiteral("om-image-1"), QStringLiteral("GENERAL"),
                                           QUrl(QStringLiteral("https://example.com/i/1")),
                                           QStringLiteral("logo-v1")))
                    .hasValue());
        QCOMPARE(f.await(orders.getOrder(QStringLiteral("om-image-1")))->imageId, QStringLiteral("logo-v1"));
    }

    void userinfoAfterProfileSharing()
    {
        SandboxFixture f;
        EPaymentApi payments(*f.client);
        UserinfoApi users(*f.client);
        const QString reference = QStringLiteral("userinfo-1");
        CreatePaymentRequest request;
        request.amount = {5000, QStringLiteral("NOK")};
        request.reference = reference;
        request.userFlow = UserFlow::Qr;
        request.profileScope = QStringLiteral("phoneNumber name");
        QVERIFY(f.await(payments.create(request, QStringLiteral("create-ui"))).hasValue());
        QVERIFY(f.sandbox.approve(reference, QStringLiteral("4791234567"), true).hasValue());
        const auto details = f.await(payments.get(reference));
        QVERIFY(!details->profileSub.isEmpty());
        const auto info = f.await(users.userinfo(details->profileSub));
        QVERIFY2(info.hasValue(), info.hasValue() ? "" : qPrintable(info.error().message()));
        QCOMPARE(info->sub, details->profileSub);
        QCOMPARE(info->phoneNumber, QStringLiteral("4791234567"));
        QVERIFY(!info->name.isEmpty());
        QVERIFY(info->email.isEmpty()); // not consented

        const auto unknown = f.await(users.userinfo(QStringLiteral("00000000-0000-0000-0000-000000000000")));
        QVERIFY(!unknown.hasValue());
        QVERIFY(unknown.error().kind() == Error::Kind::NotFound ||
                unknown.error().kind() == Error::Kind::Validation);
        f.sandbox.faults().failNext(QStringLiteral("userinfo"), Sandbox::FaultKind::Malformed);
        QCOMPARE(f.await(users.userinfo(details->profileSub)).error().kind(), Error::Kind::BadReply);
    }
};

QTEST_GUILESS_MAIN(TestOrderManagementApi)
#include "tst_ordermanagementapi.moc"
