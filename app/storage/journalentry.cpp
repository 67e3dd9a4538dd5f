// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/journalentry.h"

#include <QCryptographicHash>

namespace InvoiceDesk::Storage {

QString JournalEntry::hashBody(const QByteArray& body)
{
    return QString::fromLatin1(QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex());
}

QString journalKindKey(JournalKind kind)
{
    switch (kind) {
    case JournalKind::SetCategory:
        return QStringLiteral("set-category");
    case JournalKind::CreatePayment:
        return QStringLiteral("create-payment");
    case JournalKind::Capture:
        return QStringLiteral("capture");
    case JournalKind::Cancel:
        return QStringLiteral("cancel");
    case JournalKind::Refund:
        return QStringLiteral("refund");
    }
    return {};
}

bool journalKindFromKey(const QString& key, JournalKind* kind)
{
    for (const JournalKind candidate : {JournalKind::SetCategory, JournalKind::CreatePayment,
                                        JournalKind::Capture, JournalKind::Cancel, JournalKind::Refund}) {
        if (journalKindKey(candidate) == key) {
            if (kind)
                *kind = candidate;
            return true;
        }
    }
    return false;
}

QString journalStateKey(JournalState state)
{
    switch (state) {
    case JournalState::Pending:
        return QStringLiteral("pending");
    case JournalState::Sent:
        return QStringLiteral("sent");
    case JournalState::Confirmed:
        return QStringLiteral("confirmed");
    case JournalState::Failed:
        return QStringLiteral("failed");
    }
    return {};
}

bool journalStateFromKey(const QString& key, JournalState* state)
{
    for (const JournalState candidate :
         {JournalState::Pending, JournalState::Sent, JournalState::Confirmed, JournalState::Failed}) {
        if (journalStateKey(candidate) == key) {
            if (state)
                *state = candidate;
            return true;
        }
    }
    return false;
}

bool isForwardJournalMove(JournalState from, JournalState to)
{
    switch (from) {
    case JournalState::Pending:
        return to != JournalState::Pending;
    case JournalState::Sent:
        return to == JournalState::Confirmed || to == JournalState::Failed;
    case JournalState::Confirmed:
    case JournalState::Failed:
        return false;
    }
    return false;
}

} // namespace InvoiceDesk::Storage
