// SPDX-License-Identifier: GPL-3.0-or-later
#include "booktestsupport.h"
#include "storage/invoicebook.h"

#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Storage;
using namespace InvoiceDesk::Storage::TestSupport;

class TestJournal : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<InvoiceBook> m_book;
    qint64 m_invoiceId = 0;

    JournalEntry entry(const QString& key, JournalKind kind = JournalKind::Capture)
    {
        JournalEntry e;
        e.kind = kind;
        e.reference = QStringLiteral("acme-10001-1");
        e.idempotencyKey = key;
        e.bodyHash = JournalEntry::hashBody(R"({"modificationAmount":{"currency":"NOK","value":5000}})");
        e.amountMinor = 5000;
        e.currency = QStringLiteral("NOK");
        return e;
    }
    QString bookFile() const { return m_dir.filePath(QStringLiteral("journal.sqlite")); }

private Q_SLOTS:
    void init()
    {
        m_book.reset();
        QFile::remove(bookFile());
        QFile::remove(bookFile() + QStringLiteral("-wal"));
        QFile::remove(bookFile() + QStringLiteral("-shm"));
        auto book = InvoiceBook::open(bookFile(), m_clock);
        QVERIFY_OK(book);
        m_book = std::move(book).value();
        auto customer = m_book->saveCustomer(sampleCustomer());
        auto invoice = m_book->saveInvoice(sampleInvoice(customer->id));
        QVERIFY_OK(invoice);
        m_invoiceId = invoice->id;
    }

    void hashIsSha256OfTheExactBody()
    {
        QCOMPARE(JournalEntry::hashBody(QByteArray("abc")),
                 QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
        QVERIFY(JournalEntry::hashBody("{\"a\":1}") != JournalEntry::hashBody("{\"a\": 1}"));
    }

    void appendsAsPendingAndMovesForward()
    {
        JournalEntry sneaky = entry(QStringLiteral("capture-acme-10001-1-1"));
        sneaky.state = JournalState::Confirmed; // the book stores every new entry as pending
        auto appended = m_book->appendJournal(sneaky);
        QVERIFY_OK(appended);
        QCOMPARE(appended->state, JournalState::Pending);
        QCOMPARE(appended->createdAt, m_clock.now());
        QCOMPARE(m_book->unsettledJournal()->size(), 1);

        m_clock.advance(std::chrono::seconds(2));
        QVERIFY_OK(m_book->markJournal(appended->id, JournalState::Sent, {}, {}));
        auto sent = m_book->journalEntry(appended->id);
        QCOMPARE(sent->state, JournalState::Sent);
        QCOMPARE(sent->sentAt, m_clock.now());
        QVERIFY(!sent->settledAt.isValid());
        // Marking again with the same state (a retry) is harmless.
        QVERIFY_OK(m_book->markJournal(appended->id, JournalState::Sent, {}, {}));

        m_clock.advance(std::chrono::seconds(1));
        QVERIFY_OK(m_book->markJournal(appended->id, JournalState::Confirmed, QStringLiteral("200 OK"),
                                       QStringLiteral("trace-123")));
        auto confirmed = m_book->journalEntry(appended->id);
        QCOMPARE(confirmed->state, JournalState::Confirmed);
        QCOMPARE(confirmed->settledAt, m_clock.now());
        QCOMPARE(confirmed->traceId, QStringLiteral("trace-123"));
        QCOMPARE(confirmed->resultNote, QStringLiteral("200 OK"));
        QCOMPARE(confirmed->bodyHash, sneaky.bodyHash);
        QVERIFY(m_book->unsettledJournal()->isEmpty());

        // No way back, and no way sideways.
        QVERIFY(!m_book->markJournal(appended->id, JournalState::Sent, {}, {}));
        QVERIFY(!m_book->markJournal(appended->id, JournalState::Pending, {}, {}));
        QVERIFY(!m_book->markJournal(appended->id, JournalState::Failed, {}, {}));
        QCOMPARE(m_book->journalEntry(appended->id)->state, JournalState::Confirmed);
        QVERIFY(!m_book->markJournal(12345, JournalState::Sent, {}, {}));
    }

    void pendingMaySettleDirectly()
    {
        auto a = m_book->appendJournal(entry(QStringLiteral("k-a")));
        auto b = m_book->appendJournal(entry(QStringLiteral("k-b")));
        auto c = m_book->appendJournal(entry(QStringLiteral("k-c")));
        QVERIFY_OK(m_book->markJournal(a->id, JournalState::Failed, QStringLiteral("could not connect"), {}));
        QVERIFY_OK(m_book->markJournal(b->id, JournalState::Confirmed, QStringLiteral("found at Vipps"), {}));
        QVERIFY_OK(m_book->markJournal(c->id, JournalState::Sent, {}, {}));
        auto unsettled = m_book->unsettledJournal();
        QCOMPARE(unsettled->size(), 1);
        QCOMPARE(unsettled->first().idempotencyKey, QStringLiteral("k-c"));
        QVERIFY(!m_book->markJournal(c->id, JournalState::Pending, {}, {}));
        QCOMPARE(m_book->journalFor(QStringLiteral("acme-10001-1"))->size(), 3);
    }

    void unsettledIsOldestFirst()
    {
        for (int i = 0; i < 5; ++i) {
            QVERIFY_OK(m_book->appendJournal(entry(QStringLiteral("key-%1").arg(i))));
            m_clock.advance(std::chrono::seconds(1));
        }
        auto unsettled = m_book->unsettledJournal();
        QCOMPARE(unsettled->size(), 5);
        for (int i = 0; i < 5; ++i)
            QCOMPARE(unsettled->at(i).idempotencyKey, QStringLiteral("key-%1").arg(i));
    }

    void databaseRefusesBackwardMovesAndDeletes()
    {
        auto a = m_book->appendJournal(entry(QStringLiteral("k-raw")));
        QVERIFY_OK(m_book->markJournal(a->id, JournalState::Confirmed, {}, {}));
        QString error;
        const QString id = QString::number(a->id);
        // Even written around the book, with a SQLite shell, the journal only moves forward.
        QVERIFY(!execRaw(bookFile(), QStringLiteral("UPDATE journal SET state = 'pending' WHERE id = ") + id,
                         &error));
        QVERIFY2(error.contains(QLatin1String("forward")), qPrintable(error));
        QVERIFY(!execRaw(bookFile(), QStringLiteral("UPDATE journal SET body_hash = 'x' WHERE id = ") + id));
        QVERIFY(!execRaw(bookFile(), QStringLiteral("UPDATE journal SET amount_minor = 1 WHERE id = ") + id));
        QVERIFY(!execRaw(bookFile(), QStringLiteral("DELETE FROM journal"), &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!execRaw(bookFile(), QStringLiteral("INSERT INTO journal (kind, reference, idempotency_key, "
                                                    "body_hash, state, created_at) VALUES ('capture', "
                                                    "'r-0000001', 'k', 'h', 'sent', 'now')")));
        QVERIFY(!execRaw(bookFile(), QStringLiteral("UPDATE journal SET state = 'bogus'")));
        QCOMPARE(m_book->journalEntry(a->id)->state, JournalState::Confirmed);
    }

    void rejectsIncompleteEntries()
    {
        JournalEntry noKey = entry(QString());
        QVERIFY(!m_book->appendJournal(noKey));
        JournalEntry noReference = entry(QStringLiteral("k"));
        noReference.reference.clear();
        QVERIFY(!m_book->appendJournal(noReference));
    }

    void auditIsAppendOnly()
    {
        AuditEntry sent;
        sent.actor = QStringLiteral("Kari");
        sent.action = QStringLiteral("send-push");
        sent.invoiceId = m_invoiceId;
        sent.reference = QStringLiteral("acme-10001-1");
        sent.result = QStringLiteral("ok");
        sent.traceId = QStringLiteral("trace-9");
        QVERIFY_OK(m_book->appendAudit(sent));
        m_clock.advance(std::chrono::minutes(1));
        AuditEntry captured = sent;
        captured.action = QStringLiteral("capture");
        captured.at = QDateTime(QDate(2026, 1, 1), QTime(12, 0), QTimeZone::utc());
        QVERIFY_OK(m_book->appendAudit(captured));
        AuditEntry other = sent;
        other.invoiceId = 0;
        other.action = QStringLiteral("settings");
        QVERIFY_OK(m_book->appendAudit(other));

        auto forInvoice = m_book->auditFor(m_invoiceId);
        QVERIFY_OK(forInvoice);
        QCOMPARE(forInvoice->size(), 2);
        QCOMPARE(forInvoice->at(0).action, QStringLiteral("send-push"));
        QCOMPARE(forInvoice->at(0).at, m_clock.now().addSecs(-60));
        QCOMPARE(forInvoice->at(0).traceId, QStringLiteral("trace-9"));
        QCOMPARE(forInvoice->at(1).at, captured.at);
        QCOMPARE(m_book->auditLog()->first().action, QStringLiteral("settings"));

        AuditEntry nobody;
        nobody.action = QStringLiteral("x");
        QVERIFY(!m_book->appendAudit(nobody));

        QString error;
        QVERIFY(!execRaw(bookFile(), QStringLiteral("DELETE FROM audit_log"), &error));
        QVERIFY2(error.contains(QLatin1String("append-only")), qPrintable(error));
        QVERIFY(!execRaw(bookFile(), QStringLiteral("UPDATE audit_log SET actor = 'someone else'")));
        QCOMPARE(m_book->auditFor(m_invoiceId)->size(), 2);
    }

    void referencesCannotBeReleased()
    {
        PaymentAttempt draft;
        draft.amountMinor = 100;
        auto attempt =
            m_book->createAttempt(m_invoiceId, draft, QStringLiteral("acme"), QList<JournalEntry>{});
        QVERIFY_OK(attempt);
        QVERIFY(!execRaw(bookFile(), QStringLiteral("DELETE FROM reserved_references")));
        QVERIFY(
            !execRaw(bookFile(), QStringLiteral("UPDATE reserved_references SET reference = 'other-ref-1'")));
        QVERIFY(!execRaw(bookFile(), QStringLiteral("DELETE FROM payment_attempts")));
        QVERIFY(m_book->isReferenceReserved(attempt->reference).value());
    }

    void attemptAndEntriesAreOneTransaction()
    {
        PaymentAttempt draft;
        draft.amountMinor = 100;
        JournalEntry good = entry(QStringLiteral("create-1"), JournalKind::CreatePayment);
        JournalEntry bad = entry(QString(), JournalKind::SetCategory); // no key: refused
        auto attempt = m_book->createAttempt(m_invoiceId, draft, QStringLiteral("acme"), {good, bad});
        QVERIFY(!attempt);
        // Nothing of it is left: no attempt, no journal entry, no reserved reference.
        QVERIFY(m_book->attempts(m_invoiceId)->isEmpty());
        QVERIFY(m_book->unsettledJournal()->isEmpty());
        auto next = m_book->createAttempt(m_invoiceId, draft, QStringLiteral("acme"), {good});
        QVERIFY_OK(next);
        QCOMPARE(next->sequence, 1);
        QCOMPARE(m_book->unsettledJournal()->size(), 1);
        QCOMPARE(m_book->unsettledJournal()->first().reference, next->reference);
        QVERIFY(!m_book->createAttempt(9999, draft, QStringLiteral("acme"), QList<JournalEntry>{}));
    }

    // A batch of attempts is stored whole or not at all: one bad invoice leaves nothing of the others.
    void attemptsOfSeveralInvoicesAreOneTransaction()
    {
        auto customer = m_book->customers()->constFirst();
        Invoice second = sampleInvoice(customer.id);
        second.number = QStringLiteral("10002");
        auto other = m_book->saveInvoice(second);
        QVERIFY_OK(other);
        PaymentAttempt a;
        a.invoiceId = m_invoiceId;
        a.amountMinor = 100;
        PaymentAttempt b = a;
        b.invoiceId = other->id;
        PaymentAttempt missing = a;
        missing.invoiceId = 9999;
        const auto entries = [this](const PaymentAttempt& attempt) {
            return QList<JournalEntry>{
                entry(QStringLiteral("create-") + attempt.reference, JournalKind::CreatePayment)};
        };
        QVERIFY(!m_book->createAttempts({a, b, missing}, QStringLiteral("acme"), entries));
        QVERIFY(m_book->attempts(m_invoiceId)->isEmpty());
        QVERIFY(m_book->attempts(other->id)->isEmpty());
        QVERIFY(m_book->unsettledJournal()->isEmpty());

        auto stored = m_book->createAttempts({a, b}, QStringLiteral("acme"), entries);
        QVERIFY_OK(stored);
        QCOMPARE(stored->size(), 2);
        QCOMPARE(stored->at(0).attempt.reference, QStringLiteral("acme-10001-1"));
        QCOMPARE(stored->at(1).attempt.reference, QStringLiteral("acme-10002-1"));
        const auto unsettled = m_book->unsettledJournal();
        QCOMPARE(unsettled->size(), 2);
        QCOMPARE(unsettled->at(1).idempotencyKey, QStringLiteral("create-acme-10002-1"));
        QCOMPARE(unsettled->at(1).attemptId, stored->at(1).attempt.id);
        // What the call hands back is what the book holds.
        QCOMPARE(stored->at(0).journal, QList<JournalEntry>{unsettled->at(0)});
        QCOMPARE(stored->at(1).journal, QList<JournalEntry>{unsettled->at(1)});
        QCOMPARE(m_book->invoiceRow(other->id)->status, InvoiceStatus::AwaitingCustomer);
    }

    // One step's marks, attempt and audit entries land together, or none of them does.
    void progressIsWrittenWholeOrNotAtAll()
    {
        PaymentAttempt draft;
        draft.amountMinor = 100;
        auto attempt = m_book->createAttempt(m_invoiceId, draft, QStringLiteral("acme"),
                                             {entry(QStringLiteral("create-1"), JournalKind::CreatePayment),
                                              entry(QStringLiteral("category-1"), JournalKind::SetCategory)});
        QVERIFY_OK(attempt);
        const auto journal = m_book->journalFor(attempt->reference);
        QVERIFY_OK(journal);
        const qint64 create = journal->at(0).id;
        const qint64 category = journal->at(1).id;
        AuditEntry audit;
        audit.actor = QStringLiteral("staff");
        audit.action = QStringLiteral("send-link");
        audit.invoiceId = m_invoiceId;
        audit.reference = attempt->reference;
        audit.result = QStringLiteral("ok");

        // The second mark would move its entry backwards: the first mark and the audit entry go too.
        QVERIFY_OK(m_book->markJournal(category, JournalState::Confirmed, QStringLiteral("ok"), {}));
        ProgressRecord refused{{{create, JournalState::Sent, {}, {}}, {category, JournalState::Sent, {}, {}}},
                               std::nullopt,
                               {audit}};
        QVERIFY(!m_book->recordProgress(refused));
        QCOMPARE(m_book->journalEntry(create)->state, JournalState::Pending);
        QVERIFY(m_book->auditFor(m_invoiceId)->isEmpty());

        PaymentAttempt sent = *attempt;
        sent.phase = AttemptPhase::Sent;
        sent.vippsState = VippsState::Created;
        ProgressRecord answer{
            {{create, JournalState::Confirmed, QStringLiteral("ok"), QStringLiteral("t-1")}}, sent, {audit}};
        QVERIFY_OK(m_book->recordProgress(answer));
        QCOMPARE(m_book->journalEntry(create)->state, JournalState::Confirmed);
        QCOMPARE(m_book->journalEntry(create)->traceId, QStringLiteral("t-1"));
        QCOMPARE(m_book->attemptByReference(attempt->reference)->value().phase, AttemptPhase::Sent);
        QCOMPARE(m_book->auditFor(m_invoiceId)->size(), 1);

        // An attempt that is not the book's (wrong invoice) is refused, and so is what came with it.
        PaymentAttempt stranger = sent;
        stranger.invoiceId = m_invoiceId + 1;
        QVERIFY(!m_book->recordProgress({{}, stranger, {audit}}));
        QCOMPARE(m_book->auditFor(m_invoiceId)->size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestJournal)
#include "tst_journal.moc"
