// SPDX-License-Identifier: GPL-3.0-or-later
// `payment create|get|events|capture|refund|cancel|approve`: the ePayment API from the command line.
#include "cli/commanddispatcher.h"
#include "cli/commandhelpers.h"
#include "vipps/epaymentapi.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QUuid>

namespace InvoiceDesk::Cli {

namespace {

using namespace InvoiceDesk::Vipps;

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Cli", text);
}

QString currencyOf(const CommandContext& context)
{
    return context.arguments().value(QStringLiteral("currency"), QStringLiteral("NOK"));
}

// Capture and refund keys are fresh unless given: a repeated partial capture is a new operation.
// Create and cancel default to keys derived from the reference, so running them again is safe.
QString keyOr(const CommandContext& context, const QString& fallback)
{
    return context.arguments().value(QStringLiteral("idempotency-key"), fallback);
}

QString detailsText(const PaymentDetails& details)
{
    QString text = tr("%1: %2, amount %3\nauthorized %4, captured %5, refunded %6, cancelled %7")
                       .arg(details.reference, paymentStateName(details.state),
                            formatAmount(details.amount.value, details.amount.currency),
                            formatAmount(details.aggregate.authorizedAmount.value, details.amount.currency),
                            formatAmount(details.aggregate.capturedAmount.value, details.amount.currency),
                            formatAmount(details.aggregate.refundedAmount.value, details.amount.currency),
                            formatAmount(details.aggregate.cancelledAmount.value, details.amount.currency));
    if (!details.profileSub.isEmpty())
        text += QLatin1Char('\n') + tr("Customer id (sub): %1").arg(details.profileSub);
    return text;
}

QFuture<int> reportModification(CommandContext& context, QFuture<Result<ModificationResult>> call,
                                QString key)
{
    return report<ModificationResult>(
        context, call,
        [key](const ModificationResult& result) {
            QJsonObject json = result.toJson();
            json.insert(QStringLiteral("idempotencyKey"), key);
            return json;
        },
        [key](const ModificationResult& result) {
            return tr("%1: %2; captured %3, refunded %4, cancelled %5 (idempotency key %6)")
                .arg(result.reference, paymentStateName(result.state),
                     formatAmount(result.aggregate.capturedAmount.value, result.amount.currency),
                     formatAmount(result.aggregate.refundedAmount.value, result.amount.currency),
                     formatAmount(result.aggregate.cancelledAmount.value, result.amount.currency), key);
        });
}

std::optional<CreatePaymentRequest> createRequest(CommandContext& context, QString* problem)
{
    const Arguments& args = context.arguments();
    CreatePaymentRequest request;
    request.reference = args.value(QStringLiteral("reference"));
    const auto amount = parseMinorUnits(args.value(QStringLiteral("amount")));
    if (!amount) {
        *problem = tr("--amount must be a whole number of øre/cents, more than zero.");
        return std::nullopt;
    }
    request.amount = {*amount, currencyOf(context)};
    const QString flow = args.value(QStringLiteral("flow"));
    if (flow == QLatin1String("push"))
        request.userFlow = UserFlow::PushMessage;
    else if (flow == QLatin1String("redirect"))
        request.userFlow = UserFlow::WebRedirect;
    else if (flow == QLatin1String("qr"))
        request.userFlow = UserFlow::Qr;
    else {
        *problem = tr("--flow must be push, redirect or qr.");
        return std::nullopt;
    }
    request.customerPhoneNumber = args.value(QStringLiteral("phone"));
    request.paymentDescription = args.value(QStringLiteral("description"));
    request.returnUrl = args.value(QStringLiteral("return-url"));
    request.profileScope = args.value(QStringLiteral("scope"));
    if (args.isSet(QStringLiteral("expires-at"))) {
        const QDateTime expiresAt =
            QDateTime::fromString(args.value(QStringLiteral("expires-at")), Qt::ISODate);
        if (!expiresAt.isValid() || expiresAt.timeSpec() == Qt::LocalTime) {
            *problem = tr("--expires-at must be an RFC 3339 time with a zone, e.g. 2026-06-30T21:59:59Z.");
            return std::nullopt;
        }
        request.expiresAt = expiresAt;
    }
    if (args.isSet(QStringLiteral("receipt"))) {
        QFile file(args.value(QStringLiteral("receipt")));
        if (!file.open(QIODevice::ReadOnly)) {
            *problem = tr("Cannot read the receipt file %1.").arg(file.fileName());
            return std::nullopt;
        }
        const auto receipt = Receipt::fromJson(QJsonDocument::fromJson(file.readAll()).object());
        if (!receipt) {
            *problem = tr("The receipt file is not valid: %1").arg(receipt.error().detail());
            return std::nullopt;
        }
        request.receipt = *receipt;
    }
    if (const QString format = args.value(QStringLiteral("qr-format")); !format.isEmpty()) {
        if (format == QLatin1String("png"))
            request.qrFormat = QrFormat::Png;
        else if (format == QLatin1String("svg"))
            request.qrFormat = QrFormat::Svg;
        else if (format == QLatin1String("url"))
            request.qrFormat = QrFormat::TargetUrl;
        else {
            *problem = tr("--qr-format must be png, svg or url.");
            return std::nullopt;
        }
    }
    *problem = request.whyInvalid();
    return problem->isEmpty() ? std::optional(request) : std::nullopt;
}

QFuture<int> create(CommandContext& context)
{
    QString problem;
    const auto request = createRequest(context, &problem);
    if (!request)
        return readyExit(context.output().usage(problem));
    const QString key = keyOr(context, QStringLiteral("create-") + request->reference);
    return context.withClient([&context, request, key](ApiClient& client) {
        return report<CreatePaymentResponse>(
            context, EPaymentApi(client).create(*request, key),
            [key](const CreatePaymentResponse& response) {
                QJsonObject json{{QStringLiteral("reference"), response.reference},
                                 {QStringLiteral("idempotencyKey"), key}};
                if (!response.redirectUrl.isEmpty())
                    json.insert(QStringLiteral("redirectUrl"), response.redirectUrl);
                return json;
            },
            [](const CreatePaymentResponse& response) {
                return response.redirectUrl.isEmpty()
                           ? tr("Created payment %1.").arg(response.reference)
                           : tr("Created payment %1: %2").arg(response.reference, response.redirectUrl);
            });
    });
}

QFuture<int> get(CommandContext& context)
{
    const QString reference = context.arguments().word(2);
    return context.withClient([&context, reference](ApiClient& client) {
        return report<PaymentDetails>(
            context, EPaymentApi(client).get(reference),
            [](const PaymentDetails& details) { return details.toJson(); }, detailsText);
    });
}

QFuture<int> events(CommandContext& context)
{
    const QString reference = context.arguments().word(2);
    return context.withClient([&context, reference](ApiClient& client) {
        return report<QList<PaymentEvent>>(
            context, EPaymentApi(client).events(reference),
            [reference](const QList<PaymentEvent>& list) {
                QJsonArray array;
                for (const PaymentEvent& event : list)
                    array.append(event.toJson());
                return QJsonObject{{QStringLiteral("reference"), reference},
                                   {QStringLiteral("events"), array}};
            },
            [](const QList<PaymentEvent>& list) {
                QStringList lines;
                for (const PaymentEvent& event : list)
                    lines << QStringLiteral("%1  %2  %3%4")
                                 .arg(event.timestamp.toString(Qt::ISODate),
                                      paymentEventNameString(event.name),
                                      formatAmount(event.amount.value, event.amount.currency),
                                      event.success ? QString() : tr("  (failed)"));
                return lines.join(QLatin1Char('\n'));
            });
    });
}

QFuture<int> adjust(CommandContext& context, bool refund)
{
    const QString reference = context.arguments().word(2);
    const auto amount = parseMinorUnits(context.arguments().value(QStringLiteral("amount")));
    if (!amount)
        return readyExit(
            context.output().usage(tr("--amount must be a whole number of øre/cents, more than zero.")));
    const QString key = keyOr(context, (refund ? QStringLiteral("refund-") : QStringLiteral("capture-")) +
                                           QUuid::createUuid().toString(QUuid::WithoutBraces).left(36));
    const Amount value{*amount, currencyOf(context)};
    return context.withClient([&context, reference, value, key, refund](ApiClient& client) {
        EPaymentApi api(client);
        return reportModification(
            context, refund ? api.refund(reference, value, key) : api.capture(reference, value, key), key);
    });
}

QFuture<int> cancel(CommandContext& context)
{
    const QString reference = context.arguments().word(2);
    const QString key = keyOr(context, QStringLiteral("cancel-") + reference);
    const bool onlyIfNotAuthorized = context.arguments().isSet(QStringLiteral("only-if-not-authorized"));
    return context.withClient([&context, reference, key, onlyIfNotAuthorized](ApiClient& client) {
        return reportModification(context, EPaymentApi(client).cancel(reference, key, onlyIfNotAuthorized),
                                  key);
    });
}

QFuture<int> approve(CommandContext& context)
{
    const QString reference = context.arguments().word(2);
    const QString phone = context.arguments().value(QStringLiteral("phone"));
    return context.withClient([&context, reference, phone](ApiClient& client) {
        return report<Done>(
            context, EPaymentApi(client).forceApprove(reference, phone),
            [reference](const Done&) {
                return QJsonObject{{QStringLiteral("reference"), reference},
                                   {QStringLiteral("approved"), true}};
            },
            [reference](const Done&) { return tr("Approved payment %1 as the customer.").arg(reference); });
    });
}

} // namespace

void addPaymentCommands(CommandDispatcher& dispatcher)
{
    const QString key = QStringLiteral("idempotency-key");
    const QString currency = QStringLiteral("currency");
    const QString amount = QStringLiteral("amount");
    dispatcher.add(
        {{QStringLiteral("payment"), QStringLiteral("create")},
         QStringLiteral("--reference R --amount MINOR [--currency NOK] --flow push|redirect|qr "
                        "[--phone MSISDN] [--description TEXT] [--expires-at RFC3339] [--return-url URL] "
                        "[--scope \"phoneNumber ...\"] [--qr-format png|svg|url] [--receipt FILE.json] "
                        "[--idempotency-key K]"),
         {QStringLiteral("reference"), amount, currency, QStringLiteral("flow"), QStringLiteral("phone"),
          QStringLiteral("description"), QStringLiteral("expires-at"), QStringLiteral("return-url"),
          QStringLiteral("scope"), QStringLiteral("qr-format"), QStringLiteral("receipt"), key},
         0,
         create});
    dispatcher.add(
        {{QStringLiteral("payment"), QStringLiteral("get")}, QStringLiteral("REFERENCE"), {}, 1, get});
    dispatcher.add(
        {{QStringLiteral("payment"), QStringLiteral("events")}, QStringLiteral("REFERENCE"), {}, 1, events});
    dispatcher.add({{QStringLiteral("payment"), QStringLiteral("capture")},
                    QStringLiteral("REFERENCE --amount MINOR [--currency NOK] [--idempotency-key K]"),
                    {amount, currency, key},
                    1,
                    [](CommandContext& c) {
                        return adjust(c, false);
                    }});
    dispatcher.add({{QStringLiteral("payment"), QStringLiteral("refund")},
                    QStringLiteral("REFERENCE --amount MINOR [--currency NOK] [--idempotency-key K]"),
                    {amount, currency, key},
                    1,
                    [](CommandContext& c) {
                        return adjust(c, true);
                    }});
    dispatcher.add({{QStringLiteral("payment"), QStringLiteral("cancel")},
                    QStringLiteral("REFERENCE [--only-if-not-authorized] [--idempotency-key K]"),
                    {QStringLiteral("only-if-not-authorized"), key},
                    1,
                    cancel});
    dispatcher.add({{QStringLiteral("payment"), QStringLiteral("approve")},
                    QStringLiteral("REFERENCE --phone MSISDN   (Test and Sandbox only)"),
                    {QStringLiteral("phone")},
                    1,
                    approve});
}

} // namespace InvoiceDesk::Cli
