// SPDX-License-Identifier: GPL-3.0-or-later
// `invoice send|resend`: payment requests for invoices, one or many (through the bulk sender).
#include "cli/commanddispatcher.h"
#include "cli/invoicehelpers.h"
#include "cli/workflowsession.h"
#include "common/futures.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <algorithm>

namespace InvoiceDesk::Cli {

namespace {

using namespace InvoiceDesk::Workflows;

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Cli", text);
}

std::optional<SendOptions> sendOptions(CommandContext& context, QString* problem)
{
    const Arguments& args = context.arguments();
    SendOptions options;
    options.actor = cliActor();
    options.learnPhone = args.isSet(QStringLiteral("learn-phone"));
    options.description = args.value(QStringLiteral("description"));
    const QString flow = args.value(QStringLiteral("flow"), QStringLiteral("push"));
    if (!paymentFlowFromKey(flow, &options.flow)) {
        *problem = tr("--flow must be push, link or qr.");
        return std::nullopt;
    }
    if (args.isSet(QStringLiteral("expires-at"))) {
        const QDateTime at = QDateTime::fromString(args.value(QStringLiteral("expires-at")), Qt::ISODate);
        if (!at.isValid() || at.timeSpec() == Qt::LocalTime) {
            *problem = tr("--expires-at must be an RFC 3339 time with a zone, e.g. 2026-12-01T12:00:00Z.");
            return std::nullopt;
        }
        options.expiresAt = at.toUTC();
    }
    return options;
}

// The outcome of a bulk send. An invoice that was not sent was refused (locally or by Vipps: its new
// request failed, or none was made), or its request got no answer: then the request stays open, its
// journal entry settles it with the same key on the next run, and the exit code is a transport failure.
void finishSend(CommandContext& context, WorkflowServices& services, const QHash<qint64, int>& attemptsBefore,
                const Completion<int>& completion)
{
    QJsonArray results;
    int sent = 0;
    int exitCode = ExitCode::Success;
    for (const BulkItemResult& item : services.bulk().results()) {
        QString reference = item.reference;
        bool outcomeUnknown = false;
        if (item.sent) {
            ++sent;
        } else {
            const auto attempts = services.book().attempts(item.invoiceId);
            if (attempts && attempts->size() > attemptsBefore.value(item.invoiceId) &&
                attempts->constLast().phase != AttemptPhase::Failed) {
                reference = attempts->constLast().reference;
                outcomeUnknown = true;
            }
            exitCode = std::max(exitCode,
                                int(outcomeUnknown ? ExitCode::TransportFailure : ExitCode::RefusedByVipps));
        }
        results.append(QJsonObject{{QStringLiteral("invoice"), item.invoiceNumber},
                                   {QStringLiteral("sent"), item.sent},
                                   {QStringLiteral("reference"), reference},
                                   {QStringLiteral("outcomeUnknown"), outcomeUnknown},
                                   {QStringLiteral("message"), item.message}});
    }
    const int failed = int(services.bulk().results().size()) - sent;
    context.output().success(QJsonObject{{QStringLiteral("sent"), sent},
                                         {QStringLiteral("failed"), failed},
                                         {QStringLiteral("results"), results}},
                             tr("%1 sent, %2 not sent").arg(sent).arg(failed));
    completion.finish(exitCode);
}

QFuture<int> sendInvoices(CommandContext& context)
{
    QString problem;
    const auto options = sendOptions(context, &problem);
    if (!options)
        return readyExit(context.output().usage(problem));
    const QStringList numbers = context.arguments().words().mid(2);
    const bool allDrafts = context.arguments().isSet(QStringLiteral("all-drafts"));
    if (numbers.isEmpty() == !allDrafts)
        return readyExit(context.output().usage(tr("Name the invoices to send, or use --all-drafts.")));

    return withWorkflows(context, [&context, numbers, allDrafts, options](WorkflowServices& services) {
        const auto rows = services.book().invoiceRows();
        if (!rows)
            return readyExit(context.output().storageError(rows.error()));
        QList<qint64> ids;
        QHash<qint64, int> attemptsBefore;
        for (const auto& row : *rows) {
            attemptsBefore.insert(row.invoiceId, row.attemptCount);
            // After recovery: drafts are exactly the invoices with no request yet, so a bulk send that
            // was killed and is run again continues where it stopped.
            if (allDrafts && row.status == InvoiceStatus::Draft)
                ids.append(row.invoiceId);
        }
        for (const QString& number : numbers) {
            const auto invoice = invoiceNamed(services.book(), number);
            if (!invoice)
                return readyExit(context.output().usage(invoice.error()));
            ids.append(invoice->id);
        }
        Completion<int> completion;
        BulkSender& bulk = services.bulk();
        QObject::connect(&bulk, &BulkSender::itemFinished, &context, [&context](const BulkItemResult& item) {
            context.output().note(item.sent ? tr("%1: sent as %2").arg(item.invoiceNumber, item.reference)
                                            : tr("%1: not sent: %2").arg(item.invoiceNumber, item.message));
        });
        QObject::connect(&bulk, &BulkSender::finished, &context,
                         [&context, &services, attemptsBefore, completion](bool) {
                             finishSend(context, services, attemptsBefore, completion);
                         });
        bulk.start(ids, *options);
        return completion.future();
    });
}

QFuture<int> resendInvoice(CommandContext& context)
{
    QString problem;
    auto options = sendOptions(context, &problem);
    if (!options)
        return readyExit(context.output().usage(problem));
    const QString number = context.arguments().word(2);
    const bool flowGiven = context.arguments().isSet(QStringLiteral("flow"));
    return withWorkflows(context, [&context, number, options, flowGiven](WorkflowServices& services) {
        const auto previous = latestAttempt(services.book(), number);
        if (!previous)
            return readyExit(context.output().usage(previous.error()));
        SendOptions resend = *options;
        if (!flowGiven)
            resend.flow = previous->flow;
        resend.learnPhone = resend.learnPhone || previous->learnPhone;
        return reportAttempt(context, services.sender().send(previous->invoiceId, resend));
    });
}

} // namespace

void addSendCommands(CommandDispatcher& dispatcher)
{
    const QStringList sendOptionNames{QStringLiteral("flow"), QStringLiteral("learn-phone"),
                                      QStringLiteral("expires-at"), QStringLiteral("description")};
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("send")},
                    QStringLiteral("NUMBER... | --all-drafts  [--flow push|link|qr] [--learn-phone] "
                                   "[--expires-at RFC3339] [--description TEXT]"),
                    sendOptionNames + QStringList{QStringLiteral("all-drafts")},
                    CommandDispatcher::Command::anyNumber,
                    sendInvoices});
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("resend")},
                    QStringLiteral("NUMBER [--flow push|link|qr] [--learn-phone] [--expires-at RFC3339] "
                                   "[--description TEXT]"),
                    sendOptionNames,
                    1,
                    resendInvoice});
}

} // namespace InvoiceDesk::Cli
