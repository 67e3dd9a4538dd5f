// SPDX-License-Identifier: GPL-3.0-or-later
// `userinfo SUB`: what a customer shared through profile.scope.
#include "cli/commanddispatcher.h"
#include "cli/commandhelpers.h"
#include "vipps/userinfoapi.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace {

using namespace InvoiceDesk::Vipps;

QFuture<int> userinfo(CommandContext& context)
{
    const QString sub = context.arguments().word(1);
    return context.withClient([&context, sub](ApiClient& client) {
        return report<UserInfo>(
            context, UserinfoApi(client).userinfo(sub), [](const UserInfo& info) { return info.toJson(); },
            [](const UserInfo& info) {
                QStringList lines{
                    QCoreApplication::translate("InvoiceDesk::Cli", "Customer %1").arg(info.sub)};
                if (!info.name.isEmpty())
                    lines << QCoreApplication::translate("InvoiceDesk::Cli", "Name: %1").arg(info.name);
                if (!info.phoneNumber.isEmpty())
                    lines
                        << QCoreApplication::translate("InvoiceDesk::Cli", "Phone: %1").arg(info.phoneNumber);
                if (!info.email.isEmpty())
                    lines << QCoreApplication::translate("InvoiceDesk::Cli", "E-mail: %1").arg(info.email);
                return lines.join(QLatin1Char('\n'));
            });
    });
}

} // namespace

void addUserinfoCommands(CommandDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("userinfo")}, QStringLiteral("SUB"), {}, 1, userinfo});
}

} // namespace InvoiceDesk::Cli
