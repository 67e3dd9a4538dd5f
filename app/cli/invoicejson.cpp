// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/invoicejson.h"

#include <QJsonArray>

namespace InvoiceDesk::Cli {

namespace {

QString iso(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QString();
}

} // namespace

QJsonObject invoiceJson(const Invoice& invoice)
{
    QJsonArray lines;
    for (const InvoiceLine& line : invoice.lines) {
        lines.append(QJsonObject{{QStringLiteral("description"), line.description},
                                 {QStringLiteral("quantity"), line.quantity},
                                 {QStringLiteral("unitPrice"), line.unitPriceMinor},
                                 {QStringLiteral("vatRate"), line.vatRateBasisPoints},
                                 {QStringLiteral("total"), line.totalMinor()}});
    }
    return {{QStringLiteral("number"), invoice.number},
            {QStringLiteral("currency"), invoice.currency},
            {QStringLiteral("total"), invoice.total().minorUnits()},
            {QStringLiteral("issueDate"), invoice.issueDate.toString(Qt::ISODate)},
            {QStringLiteral("dueDate"), invoice.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("description"), invoice.description},
            {QStringLiteral("link"), invoice.link.toString()},
            {QStringLiteral("lines"), lines}};
}

QJsonObject invoiceRowJson(const Storage::InvoiceRow& row)
{
    return {{QStringLiteral("number"), row.number},
            {QStringLiteral("customer"), row.customerName},
            {QStringLiteral("phone"), row.customerPhone.msisdn()},
            {QStringLiteral("currency"), row.currency},
            {QStringLiteral("total"), row.totalMinor},
            {QStringLiteral("dueDate"), row.dueDate.toString(Qt::ISODate)},
            {QStringLiteral("status"), invoiceStatusKey(row.status)},
            {QStringLiteral("reference"), row.latestReference},
            {QStringLiteral("vippsState"), vippsStateKey(row.latestVippsState)},
            {QStringLiteral("captured"), row.capturedMinor},
            {QStringLiteral("refunded"), row.refundedMinor},
            {QStringLiteral("lastChecked"), iso(row.lastCheckedAt)}};
}

QJsonObject customerJson(const Customer& customer)
{
    QJsonObject json{{QStringLiteral("id"), customer.id},
                     {QStringLiteral("name"), customer.name},
                     {QStringLiteral("customerNumber"), customer.customerNumber},
                     {QStringLiteral("email"), customer.email},
                     {QStringLiteral("phone"), customer.phone.msisdn()},
                     {QStringLiteral("pushAllowed"), customer.canReceivePush()}};
    if (customer.consent) {
        json.insert(QStringLiteral("consent"),
                    QJsonObject{{QStringLiteral("givenAt"), iso(customer.consent->givenAt)},
                                {QStringLiteral("source"),
                                 customer.consent->source == PushConsent::Source::SharedThroughVipps
                                     ? QStringLiteral("shared-through-vipps")
                                     : QStringLiteral("entered-by-staff")},
                                {QStringLiteral("recordedBy"), customer.consent->recordedBy}});
    }
    return json;
}

QJsonObject attemptJson(const PaymentAttempt& attempt)
{
    return {{QStringLiteral("reference"), attempt.reference},
            {QStringLiteral("flow"), paymentFlowKey(attempt.flow)},
            {QStringLiteral("phase"), attemptPhaseKey(attempt.phase)},
            {QStringLiteral("vippsState"), vippsStateKey(attempt.vippsState)},
            {QStringLiteral("amount"), attempt.amountMinor},
            {QStringLiteral("currency"), attempt.currency},
            {QStringLiteral("authorized"), attempt.authorizedMinor},
            {QStringLiteral("captured"), attempt.capturedMinor},
            {QStringLiteral("refunded"), attempt.refundedMinor},
            {QStringLiteral("cancelled"), attempt.cancelledMinor},
            {QStringLiteral("expiresAt"), iso(attempt.expiresAt)},
            {QStringLiteral("link"), attempt.redirectUrl.toString()},
            {QStringLiteral("learnPhone"), attempt.learnPhone},
            {QStringLiteral("failure"), attempt.failureMessage},
            {QStringLiteral("lastChecked"), iso(attempt.lastCheckedAt)}};
}

QJsonObject auditJson(const Storage::AuditEntry& entry)
{
    return {{QStringLiteral("at"), iso(entry.at)},    {QStringLiteral("actor"), entry.actor},
            {QStringLiteral("action"), entry.action}, {QStringLiteral("reference"), entry.reference},
            {QStringLiteral("result"), entry.result}, {QStringLiteral("traceId"), entry.traceId},
            {QStringLiteral("detail"), entry.detail}};
}

} // namespace InvoiceDesk::Cli
