// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace InvoiceDesk::Storage {

// Every call that changes something at Vipps.
enum class JournalKind { SetCategory, CreatePayment, Capture, Cancel, Refund };

// Entries only move forward: Pending → Sent → Confirmed | Failed (Pending may also go straight to
// Confirmed or Failed, say after a crash when Vipps' state shows the outcome). The database refuses
// anything else, and refuses to delete an entry.
enum class JournalState { Pending, Sent, Confirmed, Failed };

// One Vipps mutation, written before the request goes out so that a crash can be settled afterwards
// with the same idempotency key and the same body.
struct JournalEntry {
    qint64 id = 0;
    JournalKind kind = JournalKind::CreatePayment;
    qint64 attemptId = 0; // 0 when not tied to an attempt row
    QString reference;
    QString idempotencyKey;
    QString bodyHash; // lower-case hex SHA-256 of the exact request body; see hashBody()
    qint64 amountMinor = 0;
    QString currency;
    JournalState state = JournalState::Pending;
    QDateTime createdAt;
    QDateTime sentAt;
    QDateTime settledAt; // confirmed or failed
    QString resultNote;
    QString traceId;

    static QString hashBody(const QByteArray& body);

    friend bool operator==(const JournalEntry&, const JournalEntry&) = default;
};

QString journalKindKey(JournalKind kind); // "set-category", "create-payment", "capture", "cancel", "refund"
bool journalKindFromKey(const QString& key, JournalKind* kind);
QString journalStateKey(JournalState state); // "pending", "sent", "confirmed", "failed"
bool journalStateFromKey(const QString& key, JournalState* state);
// Whether an entry may move from `from` to `to`.
bool isForwardJournalMove(JournalState from, JournalState to);

} // namespace InvoiceDesk::Storage
