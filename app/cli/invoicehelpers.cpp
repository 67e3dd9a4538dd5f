// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/invoicehelpers.h"

#include "cli/commandhelpers.h"
#include "cli/invoicejson.h"

#include <QCoreApplication>

namespace InvoiceDesk::Cli {

using Workflows::WorkflowResult;

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Cli", text);
}

} // namespace

QString cliActor()
{
    return QStringLiteral("invoicedesk-cli");
}

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
                                        tr("%1: %2 %3; captured %4, refunded %5, cancelled %6")
                                            .arg(attempt.reference, attemptPhaseKey(attempt.phase),
                                                 vippsStateKey(attempt.vippsState),
                                                 formatAmount(attempt.capturedMinor, attempt.currency),
                                                 formatAmount(attempt.refundedMinor, attempt.currency),
                                                 formatAmount(attempt.cancelledMinor, attempt.currency)));
    });
}

} // namespace InvoiceDesk::Cli
