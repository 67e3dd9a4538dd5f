// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/timeline.h"

#include "invoices/money.h"

#include <QCoreApplication>

#include <algorithm>

namespace InvoiceDesk::Ui {

namespace {
QString tr(const char* text)
{
    // lupdate files this file's tr() calls under the namespace; the action names below have their own.
    return QCoreApplication::translate("InvoiceDesk::Ui", text);
}
} // namespace

QString describeAuditAction(const QString& action)
{
    static const QList<std::pair<QString, const char*>> names{
        {QStringLiteral("send-push"),
         QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Request sent to phone")},
        {QStringLiteral("send-link"), QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Payment link created")},
        {QStringLiteral("send-qr"), QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "QR code created")},
        {QStringLiteral("set-category"),
         QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Invoice link attached")},
        {QStringLiteral("category-skipped"),
         QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Invoice link skipped (not offered here)")},
        {QStringLiteral("capture"), QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Capture")},
        {QStringLiteral("cancel"), QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Cancel")},
        {QStringLiteral("refund"), QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Refund")},
        {QStringLiteral("learn-phone"),
         QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Phone number learned")},
        {QStringLiteral("record-consent"),
         QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Consent recorded")},
        {QStringLiteral("withdraw-consent"),
         QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Consent withdrawn")},
        {QStringLiteral("import"), QT_TRANSLATE_NOOP("InvoiceDesk::Ui::Timeline", "Imported")},
    };
    for (const auto& [key, text] : names) {
        if (key == action)
            return QCoreApplication::translate("InvoiceDesk::Ui::Timeline", text);
    }
    return action;
}

QString describeEvent(Vipps::PaymentEventName name)
{
    using Name = Vipps::PaymentEventName;
    switch (name) {
    case Name::Created:
        return tr("Created at Vipps MobilePay");
    case Name::Aborted:
        return tr("Declined by the customer");
    case Name::Expired:
        return tr("Expired");
    case Name::Cancelled:
        return tr("Cancelled");
    case Name::Captured:
        return tr("Captured");
    case Name::Refunded:
        return tr("Refunded");
    case Name::Authorized:
        return tr("Approved by the customer");
    case Name::Terminated:
        return tr("Terminated");
    case Name::Unknown:
        return tr("An event this version of InvoiceDesk does not know");
    }
    return {};
}

QList<TimelineItem> mergeTimeline(const QList<Storage::AuditEntry>& audit,
                                  const QList<Vipps::PaymentEvent>& events, const QString& currency)
{
    QList<TimelineItem> items;
    items.reserve(audit.size() + events.size());
    for (const Storage::AuditEntry& entry : audit) {
        TimelineItem item;
        item.at = entry.at;
        item.what = describeAuditAction(entry.action);
        if (const auto amount = Money::parse(entry.detail, currency))
            item.what += QStringLiteral(" ") + amount->toDisplayString();
        item.who = entry.actor;
        item.result = entry.result == QLatin1String("ok") ? tr("OK") : entry.result;
        item.reference = entry.reference;
        items.append(item);
    }
    for (const Vipps::PaymentEvent& event : events) {
        TimelineItem item;
        item.at = event.timestamp;
        item.source = TimelineItem::Source::Vipps;
        // A name added after this version is shown as Vipps wrote it.
        item.what =
            event.name == Vipps::PaymentEventName::Unknown ? event.rawName : describeEvent(event.name);
        if (event.amount.value > 0)
            item.what +=
                QStringLiteral(" ") + Money(event.amount.value, event.amount.currency).toDisplayString();
        item.who = tr("Vipps MobilePay");
        item.result = event.success ? tr("OK") : tr("Failed");
        item.reference = event.reference;
        items.append(item);
    }
    std::stable_sort(items.begin(), items.end(),
                     [](const TimelineItem& a, const TimelineItem& b) { return a.at < b.at; });
    return items;
}

} // namespace InvoiceDesk::Ui
