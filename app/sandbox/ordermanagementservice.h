// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"
#include "sandbox/merchantsettings.h"
#include "sandbox/sandboxstore.h"

#include <QHash>
#include <QJsonObject>

#include <optional>

namespace InvoiceDesk::Sandbox {

// Order Management: categories (replaced by each PUT), receipts (write-once) and images
// (never overwritten), per merchant. Like the real API it does not check that the order exists.
class OrderManagementService {
public:
    explicit OrderManagementService(SandboxStore& store);

    HttpResponse putCategory(const HttpRequest& request, const MerchantSettings& merchant,
                             const QString& paymentType, const QString& orderId);
    HttpResponse getOrder(const HttpRequest& request, const MerchantSettings& merchant,
                          const QString& paymentType, const QString& orderId);
    HttpResponse postReceipt(const HttpRequest& request, const MerchantSettings& merchant,
                             const QString& paymentType, const QString& orderId);
    HttpResponse postImage(const HttpRequest& request, const MerchantSettings& merchant);

    // The receipt sent with ePayment create becomes the order's receipt.
    void attachReceipt(const QString& msn, const QString& orderId, const QJsonObject& receipt);

private:
    struct Order {
        QJsonObject category;
        QJsonObject receipt;
    };
    static std::optional<QString> normalizedType(const QString& paymentType);
    static QString keyOf(const QString& msn, const QString& type, const QString& orderId);
    void save(const QString& key, const Order& order);

    SandboxStore& m_store;
    QHash<QString, Order> m_orders;
    QHash<QString, QJsonObject> m_images; // "msn/imageId" -> {imageId, type, size}
};

} // namespace InvoiceDesk::Sandbox
