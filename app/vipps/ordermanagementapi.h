// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/apiclient.h"
#include "vipps/receipt.h"

#include <QUrl>

namespace InvoiceDesk::Vipps {

// What Order Management holds for one payment: the category link and the order lines.
struct OrderInfo {
    QString category;
    QString orderDetailsUrl;
    QString imageId;
    std::optional<Receipt> receipt;

    QJsonObject toJson() const;
};

// Order Management v2 for ePayment payments (paymentType "ecom"): the link button shown with a
// payment in the app, order lines and images. Not offered in Vipps' Test environment.
class OrderManagementApi {
public:
    explicit OrderManagementApi(ApiClient& client);

    // category: GENERAL, RECEIPT, ORDER_CONFIRMATION, DELIVERY, TICKET or BOOKING. A new PUT replaces the
    // old.
    QFuture<Result<Done>> putCategory(const QString& reference, const QString& category,
                                      const QUrl& orderDetailsUrl, const QString& imageId = {});
    QFuture<Result<OrderInfo>> getOrder(const QString& reference);
    // Receipts are write-once: a second POST for the same reference is a Conflict.
    QFuture<Result<Done>> postReceipt(const QString& reference, const Receipt& receipt);
    // Uploads a PNG or JPEG; images cannot be overwritten, so version the id. Returns the image id.
    QFuture<Result<QString>> uploadImage(const QString& imageId, const QByteArray& imageData);

    static const QStringList& categories();

private:
    std::optional<Error> refusal(const QString& operation, const QString& reference) const;

    ApiClient& m_client;
};

} // namespace InvoiceDesk::Vipps
