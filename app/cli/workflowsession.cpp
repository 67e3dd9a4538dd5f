// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/workflowsession.h"

#include "common/futures.h"
#include "storage/invoicebook.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

namespace {

struct Session {
    Workflows::MerchantProfile profile;
    std::unique_ptr<Workflows::VippsServices> vipps;
    std::unique_ptr<Workflows::WorkflowServices> services;
};

} // namespace

QFuture<int> withWorkflows(CommandContext& context,
                           std::function<QFuture<int>(Workflows::WorkflowServices&)> action)
{
    auto book = context.book();
    if (!book)
        return readyExit(context.output().storageError(book.error()));
    Storage::InvoiceBook& invoiceBook = **book;
    return context.withKeys([&context, &invoiceBook, action](const Vipps::Environment& environment,
                                                             const Vipps::MerchantKeys& keys) {
        auto session = std::make_shared<Session>();
        session->profile.name = context.profileName();
        session->profile.environment = environment.kind();
        session->profile.merchantSerialNumber = keys.merchantSerialNumber;
        // Scripts capture with `invoice capture` or `invoice check --capture`.
        session->profile.captureAutomatically = false;
        Vipps::SystemInfo system;
        system.pluginName = QStringLiteral("invoicedesk-cli");
        session->vipps = std::make_unique<Workflows::VippsServices>(context.network(), context.clock(),
                                                                    environment, keys, system);
        session->services = std::make_unique<Workflows::WorkflowServices>(invoiceBook, *session->vipps,
                                                                          context.clock(), session->profile);
        // What an authorization sets off (learning the phone number) is done by `invoice check` within
        // the command, and waited for, rather than in the background where the end of the process
        // would cut it off half-way.
        session->services->setFollowUpsEnabled(false);
        Completion<int> completion;
        session->services->start().then(
            &context, [&context, session, action, completion](Workflows::RecoveryReport report) {
                if (report.examined > 0) {
                    context.output().note(
                        QCoreApplication::translate("InvoiceDesk::Cli",
                                                    "Settled %1 unfinished request(s) from an "
                                                    "earlier run: %2 found at Vipps, %3 sent again, %4 "
                                                    "still unknown.")
                            .arg(report.examined)
                            .arg(report.foundAtVipps)
                            .arg(report.repeated)
                            .arg(report.unresolved));
                }
                action(*session->services).then(&context, [session, completion](int code) {
                    completion.finish(code);
                });
            });
        return completion.future();
    });
}

} // namespace InvoiceDesk::Cli
