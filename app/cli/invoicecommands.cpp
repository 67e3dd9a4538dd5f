// SPDX-License-Identifier: GPL-3.0-or-later
// `invoice capture|refund|cancel|status`: what happens to a request after it was sent.
#include "cli/commanddispatcher.h"
#include "cli/commandhelpers.h"
#include "cli/invoicehelpers.h"
#include "cli/invoicejson.h"
#include "cli/workflowsession.h"
#include "workflows/actionrules.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace InvoiceDesk::Cli {

namespace {

using namespace InvoiceDesk::Workflows;

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Cli", text);
}

QFuture<int> modify(CommandContext& context, const QString& action)
{
    const QString number = context.arguments().word(2);
    const QString amountText = context.arguments().value(QStringLiteral("amount"));
    std::optional<qint64> amount;
    if (!amountText.isEmpty()) {
        amount = parseMinorUnits(amountText);
        if (!amount)
            return readyExit(
                context.output().usage(tr("--amount must be a whole number of øre/cents, more than zero.")));
    }
    return withWorkflows(context, [&context, number, action, amount](WorkflowServices& services) {
        const auto attempt = latestAttempt(services.book(), number);
        if (!attempt)
            return readyExit(context.output().usage(attempt.error()));
        if (action == QLatin1String("capture"))
            return reportAttempt(
                context, services.actions().capture(attempt->reference,
                                                    amount.value_or(ActionRules::capturableMinor(*attempt)),
                                                    cliActor()));
        if (action == QLatin1String("refund"))
            return reportAttempt(
                context, services.actions().refund(attempt->reference,
                                                   amount.value_or(ActionRules::refundableMinor(*attempt)),
                                                   cliActor()));
        return reportAttempt(context, services.actions().cancel(attempt->reference, cliActor()));
    });
}

QFuture<int> invoiceStatus(CommandContext& context)
{
    const QString number = context.arguments().word(2);
    return withWorkflows(context, [&context, number](WorkflowServices& services) {
        const auto invoice = invoiceNamed(services.book(), number);
        if (!invoice)
            return readyExit(context.output().usage(invoice.error()));
        const auto attempts = services.book().attempts(invoice->id);
        const auto audit = services.book().auditFor(invoice->id);
        const auto row = services.book().invoiceRow(invoice->id);
        if (!attempts || !audit || !row)
            return readyExit(context.output().storageError(!attempts ? attempts.error()
                                                           : !audit  ? audit.error()
                                                                     : row.error()));
        QJsonArray attemptArray;
        QString text =
            tr("Invoice %1: %2").arg(invoice->number, invoiceStatusKey(row->status)) + QLatin1Char('\n');
        for (const PaymentAttempt& attempt : *attempts) {
            attemptArray.append(attemptJson(attempt));
            text +=
                tr("  %1  %2  %3  captured %4, refunded %5\n")
                    .arg(attempt.reference, paymentFlowKey(attempt.flow), vippsStateKey(attempt.vippsState),
                         formatAmount(attempt.capturedMinor, attempt.currency),
                         formatAmount(attempt.refundedMinor, attempt.currency));
        }
        QJsonArray timeline;
        for (const Storage::AuditEntry& entry : *audit) {
            timeline.append(auditJson(entry));
            text +=
                QStringLiteral("  %1  %2  %3  %4\n")
                    .arg(entry.at.toUTC().toString(Qt::ISODate), entry.action, entry.reference, entry.result);
        }
        QJsonObject json{{QStringLiteral("invoice"), invoice->number},
                         {QStringLiteral("status"), invoiceStatusKey(row->status)},
                         {QStringLiteral("attempts"), attemptArray},
                         {QStringLiteral("timeline"), timeline}};
        if (attempts->isEmpty() || attempts->constLast().phase == AttemptPhase::Failed)
            return readyExit(context.output().success(json, text.trimmed()));
        // Vipps' own event log of the latest request completes the timeline.
        return services.tracker()
            .events(attempts->constLast().reference)
            .then(&context,
                  [&context, json, text](WorkflowResult<QList<Vipps::PaymentEvent>> events) mutable {
                      if (!events)
                          context.output().note(
                              tr("Vipps' event log could not be read: %1").arg(events.error().message()));
                      if (events) {
                          QJsonArray array;
                          for (const Vipps::PaymentEvent& event : *events) {
                              array.append(event.toJson());
                              text += QStringLiteral("  %1  vipps:%2  %3\n")
                                          .arg(event.timestamp.toUTC().toString(Qt::ISODate),
                                               Vipps::paymentEventNameString(event.name),
                                               formatAmount(event.amount.value, event.amount.currency));
                          }
                          json.insert(QStringLiteral("vippsEvents"), array);
                      }
                      return context.output().success(json, text.trimmed());
                  });
    });
}

} // namespace

void addInvoiceCommands(CommandDispatcher& dispatcher)
{
    for (const QString& action : {QStringLiteral("capture"), QStringLiteral("refund")}) {
        dispatcher.add({{QStringLiteral("invoice"), action},
                        QStringLiteral("NUMBER [--amount MINOR]"),
                        {QStringLiteral("amount")},
                        1,
                        [action](CommandContext& context) {
                            return modify(context, action);
                        }});
    }
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("cancel")},
                    QStringLiteral("NUMBER"),
                    {},
                    1,
                    [](CommandContext& context) {
                        return modify(context, QStringLiteral("cancel"));
                    }});
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("status")},
                    QStringLiteral("NUMBER"),
                    {},
                    1,
                    invoiceStatus});
}

} // namespace InvoiceDesk::Cli
