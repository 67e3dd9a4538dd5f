// SPDX-License-Identifier: GPL-3.0-or-later
// `category set|get`: the Order Management link shown with a payment in the app.
#include "cli/commanddispatcher.h"
#include "cli/commandhelpers.h"
#include "vipps/ordermanagementapi.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace {

using namespace InvoiceDesk::Vipps;

QFuture<int> setCategory(CommandContext& context)
{
    const QString reference = context.arguments().word(2);
    const QString category = context.arguments().value(QStringLiteral("category"), QStringLiteral("GENERAL"));
    const QUrl url(context.arguments().value(QStringLiteral("url")));
    const QString imageId = context.arguments().value(QStringLiteral("image-id"));
    return context.withClient([&context, reference, category, url, imageId](ApiClient& client) {
        return report<Done>(
            context, OrderManagementApi(client).putCategory(reference, category, url, imageId),
            [=](const Done&) {
                return QJsonObject{{QStringLiteral("reference"), reference},
                                   {QStringLiteral("category"), category},
                                   {QStringLiteral("orderDetailsUrl"), url.toString()}};
            },
            [=](const Done&) {
                return QCoreApplication::translate("InvoiceDesk::Cli", "Payment %1 now links to %2 (%3).")
                    .arg(reference, url.toString(), category);
            });
    });
}

QFuture<int> getOrder(CommandContext& context)
{
    const QString reference = context.arguments().word(2);
    return context.withClient([&context, reference](ApiClient& client) {
        return report<OrderInfo>(
            context, OrderManagementApi(client).getOrder(reference),
            [](const OrderInfo& info) { return info.toJson(); },
            [reference](const OrderInfo& info) {
                return QCoreApplication::translate("InvoiceDesk::Cli", "%1: %2 %3, %4 order line(s)")
                    .arg(reference, info.category, info.orderDetailsUrl)
                    .arg(info.receipt ? info.receipt->orderLines.size() : 0);
            });
    });
}

} // namespace

void addCategoryCommands(CommandDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("category"), QStringLiteral("set")},
                    QStringLiteral("REFERENCE --url URL [--category GENERAL] [--image-id ID]"),
                    {QStringLiteral("url"), QStringLiteral("category"), QStringLiteral("image-id")},
                    1,
                    setCategory});
    dispatcher.add(
        {{QStringLiteral("category"), QStringLiteral("get")}, QStringLiteral("REFERENCE"), {}, 1, getOrder});
}

} // namespace InvoiceDesk::Cli
