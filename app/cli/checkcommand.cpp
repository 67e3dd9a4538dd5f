// SPDX-License-Identifier: GPL-3.0-or-later
// `invoice check`: asks Vipps about open requests and does what an authorization sets off.
#include "cli/commanddispatcher.h"
#include "cli/commandhelpers.h"
#include "cli/invoicehelpers.h"
#include "cli/invoicejson.h"
#include "cli/workflowsession.h"
#include "common/futures.h"
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
        .capture(attempt.reference, amount, cliActor())
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

} // namespace

void addCheckCommand(CommandDispatcher& dispatcher)
{
    dispatcher.add({{QStringLiteral("invoice"), QStringLiteral("check")},
                    QStringLiteral("[NUMBER...] [--capture]"),
                    {QStringLiteral("capture")},
                    CommandDispatcher::Command::anyNumber,
                    checkInvoices});
}

} // namespace InvoiceDesk::Cli
