// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage/auditentry.h"
#include "vipps/paymentdetails.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace InvoiceDesk::Ui {

// One line of an invoice's history: something staff or InvoiceDesk did (from the audit log), or
// something Vipps MobilePay recorded (from the payment's event log).
struct TimelineItem {
    enum class Source { Local, Vipps };
    QDateTime at;
    Source source = Source::Local;
    QString what;   // for people
    QString who;    // the staff member, "system", or the customer / Vipps
    QString result; // "OK", or what went wrong
    QString reference;
};

// Both histories in time order (oldest first). Vipps' events are read for the attempts shown.
// Amounts in the audit log are plain ("1250.00"), in the invoice's `currency`.
QList<TimelineItem> mergeTimeline(const QList<Storage::AuditEntry>& audit,
                                  const QList<Vipps::PaymentEvent>& events, const QString& currency);

QString describeAuditAction(const QString& action);
QString describeEvent(Vipps::PaymentEventName name);

} // namespace InvoiceDesk::Ui
