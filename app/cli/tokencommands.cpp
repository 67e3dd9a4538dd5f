// SPDX-License-Identifier: GPL-3.0-or-later
// `token`: fetch an access token to check the keys. The token itself is never printed.
#include "cli/commanddispatcher.h"
#include "cli/commandhelpers.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace {

QFuture<int> fetchToken(CommandContext& context)
{
    return context.withClient([&context](Vipps::ApiClient& client) {
        return report<Vipps::AccessToken>(
            context, client.fetchToken(),
            [&context](const Vipps::AccessToken& token) {
                return QJsonObject{
                    {QStringLiteral("tokenType"), QStringLiteral("Bearer")},
                    {QStringLiteral("expiresAt"), token.expiresAt.toString(Qt::ISODate)},
                    {QStringLiteral("expiresIn"), context.clock().now().secsTo(token.expiresAt)}};
            },
            [&context](const Vipps::AccessToken& token) {
                return QCoreApplication::translate(
                           "InvoiceDesk::Cli",
                           "The keys work. The access token is valid until %1 (%2 seconds).")
                    .arg(token.expiresAt.toString(Qt::ISODate))
                    .arg(context.clock().now().secsTo(token.expiresAt));
            });
    });
}

} // namespace

void addTokenCommands(CommandDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("token")}, {}, {}, 0, fetchToken});
}

} // namespace InvoiceDesk::Cli
