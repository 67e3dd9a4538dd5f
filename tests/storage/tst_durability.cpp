// SPDX-License-Identifier: GPL-3.0-or-later
// Which of the book's commits wait for the disk. SQLite's file layer is wrapped in a shim that
// forwards everything to the real one and counts the fsyncs, so the test sees what reaches the disk,
// not what the code intends.
#include "booktestsupport.h"

#include <QFileInfo>

#include <atomic>
#include <sqlite3.h>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Storage;
using namespace InvoiceDesk::Storage::TestSupport;

namespace {

// The shim's state: written by SQLite's calls into the shim, on the test's thread.
sqlite3_vfs* realVfs = nullptr;
sqlite3_vfs countingVfs;
std::atomic<int> opens{0};
std::atomic<int> syncs{0};

struct CountingFile {
    sqlite3_file base;
    sqlite3_file* real; // follows this struct in the same allocation
};

sqlite3_file* real(sqlite3_file* file)
{
    return reinterpret_cast<CountingFile*>(file)->real;
}

int fileClose(sqlite3_file* file)
{
    sqlite3_file* inner = real(file);
    const int rc = inner->pMethods ? inner->pMethods->xClose(inner) : SQLITE_OK;
    return rc;
}
int fileRead(sqlite3_file* f, void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xRead(real(f), buffer, amount, offset);
}
int fileWrite(sqlite3_file* f, const void* buffer, int amount, sqlite3_int64 offset)
{
    return real(f)->pMethods->xWrite(real(f), buffer, amount, offset);
}
int fileTruncate(sqlite3_file* f, sqlite3_int64 size)
{
    return real(f)->pMethods->xTruncate(real(f), size);
}
int fileSync(sqlite3_file* f, int flags)
{
    ++syncs;
    return real(f)->pMethods->xSync(real(f), flags);
}
int fileSize(sqlite3_file* f, sqlite3_int64* size)
{
    return real(f)->pMethods->xFileSize(real(f), size);
}
int fileLock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xLock(real(f), level);
}
int fileUnlock(sqlite3_file* f, int level)
{
    return real(f)->pMethods->xUnlock(real(f), level);
}
int fileCheckReservedLock(sqlite3_file* f, int* out)
{
    return real(f)->pMethods->xCheckReservedLock(real(f), out);
}
int fileControl(sqlite3_file* f, int op, void* arg)
{
    return real(f)->pMethods->xFileControl(real(f), op, arg);
}
int fileSectorSize(sqlite3_file* f)
{
    return real(f)->pMethods->xSectorSize(real(f));
}
int fileDeviceCharacteristics(sqlite3_file* f)
{
    return real(f)->pMethods->xDeviceCharacteristics(real(f));
}
int fileShmMap(sqlite3_file* f, int region, int size, int extend, void volatile** out)
{
    return real(f)->pMethods->xShmMap(real(f), region, size, extend, out);
}
int fileShmLock(sqlite3_file* f, int offset, int n, int flags)
{
    return real(f)->pMethods->xShmLock(real(f), offset, n, flags);
}
void fileShmBarrier(sqlite3_file* f)
{
    real(f)->pMethods->xShmBarrier(real(f));
}
int fileShmUnmap(sqlite3_file* f, int deleteFlag)
{
    return real(f)->pMethods->xShmUnmap(real(f), deleteFlag);
}
int fileFetch(sqlite3_file* f, sqlite3_int64 offset, int amount, void** out)
{
    return real(f)->pMethods->xFetch(real(f), offset, amount, out);
}
int fileUnfetch(sqlite3_file* f, sqlite3_int64 offset, void* pointer)
{
    return real(f)->pMethods->xUnfetch(real(f), offset, pointer);
}

const sqlite3_io_methods countingMethods = {
    3,
    fileClose,
    fileRead,
    fileWrite,
    fileTruncate,
    fileSync,
    fileSize,
    fileLock,
    fileUnlock,
    fileCheckReservedLock,
    fileControl,
    fileSectorSize,
    fileDeviceCharacteristics,
    fileShmMap,
    fileShmLock,
    fileShmBarrier,
    fileShmUnmap,
    fileFetch,
    fileUnfetch,
};

int vfsOpen(sqlite3_vfs*, sqlite3_filename name, sqlite3_file* file, int flags, int* outFlags)
{
    auto* wrapper = reinterpret_cast<CountingFile*>(file);
    wrapper->real = reinterpret_cast<sqlite3_file*>(wrapper + 1);
    wrapper->real->pMethods = nullptr;
    const int rc = realVfs->xOpen(realVfs, name, wrapper->real, flags, outFlags);
    // Every method the real file offers up to version 3 is forwarded; SQLite checks iVersion first.
    wrapper->base.pMethods = wrapper->real->pMethods ? &countingMethods : nullptr;
    if (rc == SQLITE_OK)
        ++opens;
    return rc;
}

void installCountingVfs()
{
    if (realVfs)
        return;
    realVfs = sqlite3_vfs_find(nullptr);
    countingVfs = *realVfs;
    countingVfs.zName = "invoicedesk-counting";
    countingVfs.szOsFile = int(sizeof(CountingFile)) + realVfs->szOsFile;
    countingVfs.xOpen = vfsOpen;
    sqlite3_vfs_register(&countingVfs, 1); // the default for every connection opened from now on
}

} // namespace

class DurabilityTest : public QObject {
    Q_OBJECT

    ManualClock clock{QDateTime(QDate(2026, 3, 2), QTime(9, 0), QTimeZone::utc())};
    QTemporaryDir dir;
    std::unique_ptr<InvoiceBook> book;
    Invoice invoice;

    // The fsyncs `change` causes.
    template<typename F>
    int syncsDuring(F change)
    {
        const int before = syncs.load();
        change();
        return syncs.load() - before;
    }

    JournalEntry captureEntry(const PaymentAttempt& attempt, int n)
    {
        JournalEntry entry;
        entry.kind = JournalKind::Capture;
        entry.attemptId = attempt.id;
        entry.reference = attempt.reference;
        entry.idempotencyKey = QStringLiteral("capture-%1-%2").arg(attempt.reference).arg(n);
        entry.amountMinor = 100;
        entry.currency = QStringLiteral("NOK");
        return entry;
    }

    PaymentAttempt newAttempt()
    {
        PaymentAttempt draft;
        draft.flow = PaymentFlow::Link;
        draft.amountMinor = invoice.total().minorUnits();
        draft.currency = QStringLiteral("NOK");
        JournalEntry create;
        create.kind = JournalKind::CreatePayment;
        create.idempotencyKey = QUuid::createUuid().toString(QUuid::WithoutBraces);
        auto stored = book->createAttempt(invoice.id, draft, QStringLiteral("dur"), {create});
        if (!stored)
            qFatal("the attempt could not be created: %s", qPrintable(stored.error().detail));
        return *stored;
    }

private Q_SLOTS:
    void initTestCase()
    {
        installCountingVfs();
        QVERIFY(dir.isValid());
        auto opened = InvoiceBook::open(dir.filePath(QStringLiteral("book.sqlite")), clock);
        QVERIFY_OK(opened);
        book = std::move(opened).value();
        if (opens.load() == 0)
            QSKIP("this Qt's SQLite driver carries its own SQLite, which the counting layer cannot see");
        auto customer = book->saveCustomer(sampleCustomer());
        QVERIFY_OK(customer);
        auto saved = book->saveInvoice(sampleInvoice(customer->id));
        QVERIFY_OK(saved);
        invoice = *saved;
    }

    // What lets a Vipps mutation leave is on the disk before the call returns.
    void pendingEntriesAreSynced()
    {
        PaymentAttempt attempt;
        QVERIFY(syncsDuring([&] { attempt = newAttempt(); }) >= 1);
        QVERIFY(syncsDuring([&] { QVERIFY_OK(book->appendJournal(captureEntry(attempt, 1))); }) >= 1);
    }

    // What staff enter by hand is synced too: nothing could rebuild it.
    void handEnteredDataIsSynced()
    {
        Invoice changed = invoice;
        changed.description = QStringLiteral("Rørlegger, februar");
        QVERIFY(syncsDuring([&] { QVERIFY_OK(book->saveInvoice(changed)); }) >= 1);
        auto customers = book->customers();
        QVERIFY_OK(customers);
        QVERIFY(syncsDuring([&] {
                    QVERIFY_OK(book->withdrawPushConsent(customers->first().id, QStringLiteral("staff")));
                }) >= 1);
    }

    // What is written after Vipps has answered skips the fsync.
    void writesAfterTheAnswerAreNotSynced()
    {
        PaymentAttempt attempt = newAttempt();
        auto journal = book->journalFor(attempt.reference);
        QVERIFY_OK(journal);
        const qint64 entryId = journal->first().id;
        QCOMPARE(syncsDuring([&] { QVERIFY_OK(book->markJournal(entryId, JournalState::Sent, {}, {})); }), 0);
        QCOMPARE(syncsDuring([&] {
                     QVERIFY_OK(
                         book->markJournal(entryId, JournalState::Confirmed, QStringLiteral("ok"), {}));
                 }),
                 0);
        attempt.phase = AttemptPhase::Sent;
        attempt.vippsState = VippsState::Created;
        QCOMPARE(syncsDuring([&] { QVERIFY_OK(book->updateAttempt(attempt)); }), 0);
        AuditEntry audit;
        audit.actor = QStringLiteral("staff");
        audit.action = QStringLiteral("send-link");
        audit.invoiceId = invoice.id;
        audit.reference = attempt.reference;
        audit.result = QStringLiteral("ok");
        QCOMPARE(syncsDuring([&] { QVERIFY_OK(book->appendAudit(audit)); }), 0);
        QCOMPARE(syncsDuring([&] { QVERIFY_OK(book->updateAttempt(attempt, audit)); }), 0);
        clock.advance(std::chrono::minutes(15));
        QCOMPARE(syncsDuring([&] { QVERIFY_OK(book->recordChecked(attempt.reference, clock.now())); }), 0);

        // Unsynced writes are still written: a second connection, as after a restart, sees them.
        auto reopened = InvoiceBook::open(book->fileName(), clock);
        QVERIFY_OK(reopened);
        auto seen = (*reopened)->attemptByReference(attempt.reference);
        QVERIFY_OK(seen);
        QVERIFY(seen->has_value());
        QCOMPARE((*seen)->lastCheckedAt, clock.now());
        QCOMPARE((*seen)->vippsState, VippsState::Created);
        auto entry = (*reopened)->journalEntry(entryId);
        QVERIFY_OK(entry);
        QCOMPARE(entry->state, JournalState::Confirmed);
        auto audits = (*reopened)->auditFor(invoice.id);
        QVERIFY_OK(audits);
        QCOMPARE(audits->size(), 2);
    }

    // Reserving attempts for several invoices waits for the disk as often as reserving one.
    void severalAttemptsShareOneSync()
    {
        PaymentAttempt draft;
        draft.invoiceId = invoice.id;
        draft.flow = PaymentFlow::Link;
        draft.amountMinor = invoice.total().minorUnits();
        draft.currency = QStringLiteral("NOK");
        const auto entries = [](const PaymentAttempt& attempt) {
            JournalEntry create;
            create.kind = JournalKind::CreatePayment;
            create.idempotencyKey = QStringLiteral("create-") + attempt.reference;
            return QList<JournalEntry>{create};
        };
        const int one =
            syncsDuring([&] { QVERIFY_OK(book->createAttempts({draft}, QStringLiteral("one"), entries)); });
        const int five = syncsDuring([&] {
            QVERIFY_OK(
                book->createAttempts({draft, draft, draft, draft, draft}, QStringLiteral("five"), entries));
        });
        const int fiveApart = syncsDuring([&] {
            for (int i = 0; i < 5; ++i)
                QVERIFY_OK(book->createAttempts({draft}, QStringLiteral("apart"), entries));
        });
        QVERIFY(one >= 1);
        QCOMPARE(five, one);
        QCOMPARE(fiveApart, 5 * one);
    }

    // One step's progress, however much it records, is one commit without an fsync.
    void progressIsNotSynced()
    {
        PaymentAttempt attempt = newAttempt();
        const qint64 entryId = book->journalFor(attempt.reference)->constFirst().id;
        attempt.phase = AttemptPhase::Sent;
        AuditEntry audit;
        audit.actor = QStringLiteral("staff");
        audit.action = QStringLiteral("send-link");
        audit.invoiceId = invoice.id;
        audit.result = QStringLiteral("ok");
        QCOMPARE(syncsDuring([&] {
                     QVERIFY_OK(
                         book->recordProgress({{{entryId, JournalState::Confirmed, QStringLiteral("ok"), {}}},
                                               attempt,
                                               {audit, audit}}));
                 }),
                 0);
    }

    // After an unsynced transaction the next pending entry is synced again, and so are writes that
    // fail half-way and roll back.
    void syncComesBackAfterAnUnsyncedWrite()
    {
        PaymentAttempt attempt = newAttempt();
        AuditEntry incomplete; // no actor: refused before anything is written
        QVERIFY(!book->appendAudit(incomplete));
        PaymentAttempt missing = attempt;
        missing.id = attempt.id + 1000;
        QVERIFY(!book->updateAttempt(missing)); // rolled back inside the transaction
        QVERIFY(syncsDuring([&] { QVERIFY_OK(book->appendJournal(captureEntry(attempt, 2))); }) >= 1);
        QVERIFY_OK(book->recordChecked(attempt.reference, clock.now()));
        QVERIFY(syncsDuring([&] { QVERIFY_OK(book->appendJournal(captureEntry(attempt, 3))); }) >= 1);
    }
};

QTEST_GUILESS_MAIN(DurabilityTest)
#include "tst_durability.moc"
