// SPDX-License-Identifier: GPL-3.0-or-later
// `invoice send|check|capture|cancel|refund|resend|status`: the invoice workflows for scripts.
#include "cli/commanddispatcher.h"
#include "cli/commandhelpers.h"
#include "cli/invoicejson.h"
#include "cli/workflowsession.h"
#include "common/futures.h"
#include "storage/invoicebook.h"
#include "workflows/actionrules.h"

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

const QString actor = QStringLiteral("invoicedesk-cli");

// The invoice named on the command line, or why not.
Expected<Invoice, QString> invoiceNamed(Storage::InvoiceBook& book, const QString& number)
{
    const auto invoice = book.invoiceByNumber(number);
    if (!invoice)
        return invoice.error().message;
    if (!invoice->has_value())
        return tr("There is no invoice %1.").arg(number);
    return **invoice;
}

Expected<PaymentAttempt, QString> latestAttempt(Storage::InvoiceBook& book, const QString& number)
{
    const auto invoice = invoiceNamed(book, number);
    if (!invoice)
        return invoice.error();
    const auto attempts = book.attempts(invoice->id);
    if (!attempts)
        return attempts.error().message;
    if (attempts->isEmpty())
        return tr("No payment request has been sent for invoice %1.").arg(number);
    return attempts->constLast();
}

QFuture<int> reportAttempt(CommandContext& context, QFuture<WorkflowResult<PaymentAttempt>> future)
{
    return future.then(&context, [&context](const WorkflowResult<PaymentAttempt>& result) {
        if (!result)
            return context.output().workflowError(result.error());
        const PaymentAttempt& attempt = *result;
        return context.output().success(attemptJson(attempt),
                                        tr("%1: %2 %3; captured %4, refunded %5")
                                            .arg(attempt.reference, attemptPhaseKey(attempt.phase),
                                                 vippsStateKey(attempt.vippsState),
                                                 formatAmount(attempt.capturedMinor, attempt.currency),
                                                 formatAmount(attempt.refundedMinor, attempt.currency)));
    });
}

std::optional<SendOptions> sendOptions(CommandContext& context, QString* problem)
{
    const Arguments& args = context.arguments();
    SendOptions options;
    options.actor = actor;
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

// Each request's phone number is learned once: an earlier try, successful or not, is in the audit log.
bool phoneLearningTried(const Storage::InvoiceBook& book, const PaymentAttempt& attempt)
{
    const auto audit = book.auditFor(attempt.invoiceId);
    if (!audit)
        return false;
    return std::any_of(audit->cbegin(), audit->cend(), [&attempt](const Storage::AuditEntry& entry) {
        return entry.action == QLatin1String("learn-phone") && entry.reference == attempt.reference;
    });
}

void captureIfAsked(CommandContext& context, WorkflowServices& services, const PaymentAttempt& attempt,
                    bool capture, const Completion<WorkflowResult<PaymentAttempt>>& completion)
{
    const qint64 amount = ActionRules::capturableMinor(attempt);
    if (!capture || attempt.vippsState != VippsState::Authorized || amount <= 0) {
        completion.finish(attempt);
        return;
    }
    services.actions()
        .capture(attempt.reference, amount, actor)
        .then(&context, [completion](WorkflowResult<PaymentAttempt> captured) {
            completion.finish(std::move(captured));
        });
}

// What an authorization sets off, done within the command: learning the phone number when the
// request asked for it, then the capture when --capture was given.
QFuture<WorkflowResult<PaymentAttempt>> followUp(CommandContext& context, WorkflowServices& services,
                                                 const PaymentAttempt& attempt, bool capture)
{
    Completion<WorkflowResult<PaymentAttempt>> completion;
    if (attempt.vippsState != VippsState::Authorized || !attempt.learnPhone ||
        phoneLearningTried(services.book(), attempt)) {
        captureIfAsked(context, services, attempt, capture, completion);
        return completion.future();
    }
    services.phoneLearner().learn(attempt).then(
        &context, [&context, &services, attempt, capture, completion](WorkflowResult<Customer> learned) {
            context.output().note(
                learned ? tr("%1: learned the phone number %2 of %3.")
                              .arg(attempt.reference, learned->phone.toDisplayString(), learned->name)
                        : tr("%1: the phone number was not learned: %2")
                              .arg(attempt.reference, learned.error().message()));
            captureIfAsked(context, services, attempt, capture, completion);
        });
    return completion.future();
}

struct CheckRun {
    QStringList references;
    bool capture = false;
    QJsonArray results;
    QString text;
    int exitCode = ExitCode::Success;
};

// One after another: a script checking many invoices stays far inside the rate limits.
void checkNext(CommandContext& context, WorkflowServices& services, std::shared_ptr<CheckRun> run, int index,
               Completion<int> completion)
{
    if (index >= run->references.size()) {
        context.output().success(QJsonObject{{QStringLiteral("checked"), run->results}},
                                 run->text + tr("%1 checked, %2 failed")
                                                 .arg(run->results.size())
                                                 .arg(run->references.size() - run->results.size()));
        completion.finish(run->exitCode);
        return;
    }
    const auto failed = [&context, run](const WorkflowError& error) {
        context.output().note(error.message());
        run->exitCode = std::max(run->exitCode, int(Output::exitCodeFor(error)));
    };
    services.tracker()
        .checkNow(run->references.at(index))
        .then(&context,
              [&context, &services, run, index, completion, failed](WorkflowResult<PaymentAttempt> checked) {
                  if (!checked) {
                      failed(checked.error());
                      checkNext(context, services, run, index + 1, completion);
                      return;
                  }
                  followUp(context, services, *checked, run->capture)
                      .then(&context, [&context, &services, run, index, completion, failed,
                                       checked](WorkflowResult<PaymentAttempt> done) {
                          if (!done)
                              failed(done.error()); // the check itself worked: report what it found
                          const PaymentAttempt& attempt = done ? *done : *checked;
                          run->results.append(attemptJson(attempt));
                          run->text += tr("%1: %2; captured %3\n")
                                           .arg(attempt.reference, vippsStateKey(attempt.vippsState),
                                                formatAmount(attempt.capturedMinor, attempt.currency));
                          checkNext(context, services, run, index + 1, completion);
                      });
              });
}

QFuture<int> checkInvoices(CommandContext& context)
{
    const QStringList numbers = context.arguments().words().mid(2);
    const bool capture = context.arguments().isSet(QStringLiteral("capture"));
    return withWorkflows(context, [&context, numbers, capture](WorkflowServices& services) {
        auto run = std::make_shared<CheckRun>();
        run->capture = capture;
        if (numbers.isEmpty()) {
            const auto open = services.book().openAttempts();
            if (!open)
                return readyExit(context.output().storageError(open.error()));
            for (const PaymentAttempt& attempt : *open)
                run->references.append(attempt.reference);
            if (capture) {
                // Paid earlier and not captured yet: no longer open, but waiting for the capture.
                const auto rows = services.book().invoiceRows();
                if (!rows)
                    return readyExit(context.output().storageError(rows.error()));
                for (const Storage::InvoiceRow& row : *rows) {
                    if (row.status != InvoiceStatus::Paid)
                        continue;
                    const auto attempts = services.book().attempts(row.invoiceId);
                    if (!attempts)
                        return readyExit(context.output().storageError(attempts.error()));
                    for (const PaymentAttempt& attempt : *attempts) {
                        if (attempt.vippsState == VippsState::Authorized &&
                            ActionRules::capturableMinor(attempt) > 0)
                            run->references.append(attempt.reference);
                    }
                }
            }
        }
        for (const QString& number : numbers) {
            const auto attempt = latestAttempt(services.book(), number);
            if (!attempt)
                return readyExit(context.output().usage(attempt.error()));
            run->references.append(attempt->reference);
        }
        Completion<int> completion;
        checkNext(context, services, run, 0, completion);
        return completion.future();
    });
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
                context,
                services.actions().capture(attempt->reference,
                                           amount.value_or(ActionRules::capturableMinor(*attempt)), actor));
        if (action == QLatin1String("refund"))
            return reportAttempt(
                context,
                services.actions().refund(attempt->reference,
                                          amount.value_or(ActionRules::refundableMinor(*attempt)), actor));
        return reportAttempt(context, services.actions().cancel(attempt->reference, actor));
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
    const QStringList sendOptionNames{QStringLiteral("flow"), QStringLiteral("learn-phone"),
                                      QStringLiteral("expires-at"), QStringLiteral("description")};
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("send")},
                    QStringLiteral("NUMBER... | --all-drafts  [--flow push|link|qr] [--learn-phone] "
                                   "[--expires-at RFC3339] [--description TEXT]"),
                    sendOptionNames + QStringList{QStringLiteral("all-drafts")},
                    CommandDispatcher::Command::anyNumber,
                    sendInvoices});
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("check")},
                    QStringLiteral("[NUMBER...] [--capture]"),
                    {QStringLiteral("capture")},
                    CommandDispatcher::Command::anyNumber,
                    checkInvoices});
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
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("resend")},
                    QStringLiteral("NUMBER [--flow push|link|qr] [--learn-phone] [--expires-at RFC3339] "
                                   "[--description TEXT]"),
                    sendOptionNames,
                    1,
                    resendInvoice});
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("status")},
                    QStringLiteral("NUMBER"),
                    {},
                    1,
                    invoiceStatus});
}

} // namespace InvoiceDesk::Cli
