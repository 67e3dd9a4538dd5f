// SPDX-License-Identifier: GPL-3.0-or-later
// Kills a process that is writing to an invoice book (SIGKILL, at seeded random points) and checks
// that the book it leaves behind opens and is consistent: SQLite's integrity check passes, no foreign
// key dangles, every invoice is there with all its lines or not at all, an import is all or nothing,
// and journal entries are in valid states with their attempts.
#include "booktestsupport.h"
#include "storage/invoicebook.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Storage;
using namespace InvoiceDesk::Storage::TestSupport;

namespace {

struct Run {
    bool killed = false;
    int lastProgress = 0; // the highest number the writer printed with the expected prefix
    QByteArray errors;
};

// Starts book_writer and kills it once it has printed `<prefix> N` with N >= killAt (never, when
// killAt is 0).
Run runWriter(const QStringList& arguments, const QString& prefix, int killAt)
{
    Run run;
    QProcess writer;
    writer.setProgram(QStringLiteral(INVOICEDESK_BOOK_WRITER));
    writer.setArguments(arguments);
    writer.start();
    if (!writer.waitForStarted(10000))
        return run;
    QElapsedTimer timer;
    timer.start();
    while (writer.state() != QProcess::NotRunning && timer.elapsed() < 60000) {
        writer.waitForReadyRead(50);
        while (writer.canReadLine()) {
            const QString line = QString::fromUtf8(writer.readLine()).trimmed();
            if (!line.startsWith(prefix + QLatin1Char(' ')))
                continue;
            run.lastProgress = std::max(run.lastProgress, line.section(QLatin1Char(' '), 1).toInt());
            if (killAt > 0 && run.lastProgress >= killAt && !run.killed) {
                writer.kill(); // SIGKILL: no destructor, no rollback, no flush
                run.killed = true;
            }
        }
    }
    writer.waitForFinished(10000);
    run.errors = writer.readAllStandardError();
    qInfo("%s: asked to kill at %d, %s at %s %d after %lld ms", qPrintable(arguments.first()), killAt,
          run.killed ? "killed" : "finished", qPrintable(prefix), run.lastProgress, timer.elapsed());
    return run;
}

qint64 scalar(const QString& file, const QString& sql)
{
    const QString name = QUuid::createUuid().toString();
    qint64 result = -1;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(file);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(sql) && query.next())
                result = query.value(0).toLongLong();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}

} // namespace

class TestCrashSafety : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QRandomGenerator m_random{20260115};

    // Opens the book the killed writer left and checks what holds for every book.
    void checkBook(const QString& file)
    {
        auto book = InvoiceBook::open(file, m_clock);
        QVERIFY_OK(book);
        auto problems = book.value()->checkIntegrity();
        QVERIFY_OK(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM journal WHERE state NOT IN "
                                             "('pending', 'sent', 'confirmed', 'failed')")),
                 0);
        QCOMPARE(scalar(file, QStringLiteral("SELECT count(*) FROM journal WHERE (state IN ('confirmed', "
                                             "'failed') AND settled_at IS NULL) OR (state = 'sent' AND "
                                             "sent_at IS NULL)")),
                 0);
    }

private Q_SLOTS:
    void importIsAllOrNothing()
    {
        const QString csv = m_dir.filePath(QStringLiteral("large.csv"));
        const int rowCount = 8000;
        {
            QFile file(csv);
            QVERIFY(file.open(QIODevice::WriteOnly));
            QByteArray data =
                "Fakturanr;Kundenavn;Kundenummer;Mobil;Bel\xC3\xB8p;Forfallsdato;Beskrivelse\r\n";
            for (int i = 0; i < rowCount; ++i) {
                data += QStringLiteral("F-%1;Kunde %2;K%2;9%3;%4,50;15.03.2026;\"Linje %1\"\r\n")
                            .arg(i)
                            .arg(i % 97)
                            .arg(1000000 + i % 97, 7, 10, QLatin1Char('0'))
                            .arg(100 + i)
                            .toUtf8();
            }
            file.write(data);
        }
        const QString book = m_dir.filePath(QStringLiteral("import.sqlite"));
        for (int round = 0; round < 4; ++round) {
            const int killAt = 1 + int(m_random.bounded(rowCount - 200));
            const Run run =
                runWriter({QStringLiteral("import"), book, csv}, QStringLiteral("progress"), killAt);
            QVERIFY2(run.killed, run.errors.constData());
            checkBook(book);
            // The import is one transaction: a killed import leaves nothing of itself.
            QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM invoices")), 0);
            QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM customers")), 0);
        }
        // Killed right as it commits: all of it or none of it, customers and invoices alike.
        const Run atCommit =
            runWriter({QStringLiteral("import"), book, csv}, QStringLiteral("progress"), rowCount);
        QVERIFY2(atCommit.lastProgress == rowCount, atCommit.errors.constData());
        checkBook(book);
        const qint64 invoicesAfterCommitKill = scalar(book, QStringLiteral("SELECT count(*) FROM invoices"));
        QVERIFY(invoicesAfterCommitKill == 0 || invoicesAfterCommitKill == rowCount);
        QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM customers")),
                 invoicesAfterCommitKill == 0 ? 0 : 97);

        const Run complete = runWriter({QStringLiteral("import"), book, csv}, QStringLiteral("progress"), 0);
        QVERIFY2(!complete.killed && complete.lastProgress == rowCount, complete.errors.constData());
        checkBook(book);
        QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM invoices")), rowCount);
        QCOMPARE(scalar(book, QStringLiteral("SELECT count(*) FROM customers")), 97);
    }

    void invoicesKeepAllTheirLines()
    {
        const QString book = m_dir.filePath(QStringLiteral("invoices.sqlite"));
        int committed = 0;
        for (int round = 0; round < 4; ++round) {
            const int killAt = 1 + int(m_random.bounded(150));
            const Run run = runWriter({QStringLiteral("invoices"), book, QStringLiteral("100000")},
                                      QStringLiteral("saved"), killAt);
            QVERIFY2(run.killed, run.errors.constData());
            committed += run.lastProgress;
            checkBook(book);
            const qint64 invoices = scalar(book, QStringLiteral("SELECT count(*) FROM invoices"));
            // Every invoice the writer reported as saved survived the kill (at most one more, saved
            // between the report and the kill).
            QVERIFY2(invoices >= committed && invoices <= committed + round + 1,
                     qPrintable(QStringLiteral("%1 invoices, %2 reported").arg(invoices).arg(committed)));
            committed = int(invoices);
            QCOMPARE(
                scalar(book, QStringLiteral("SELECT count(*) FROM invoices i WHERE (SELECT count(*) FROM "
                                            "invoice_lines l WHERE l.invoice_id = i.id) <> 5")),
                0);
        }
    }

    void journalWritesStayConsistent()
    {
        const QString book = m_dir.filePath(QStringLiteral("journal.sqlite"));
        for (int round = 0; round < 5; ++round) {
            const int killAt = 1 + int(m_random.bounded(120));
            const Run run = runWriter({QStringLiteral("journal"), book, QStringLiteral("100000")},
                                      QStringLiteral("step"), killAt);
            QVERIFY2(run.killed, run.errors.constData());
            checkBook(book);
            // An attempt, its reserved reference and its two pending entries are written together.
            QCOMPARE(
                scalar(book, QStringLiteral("SELECT count(*) FROM payment_attempts a WHERE (SELECT count(*) "
                                            "FROM journal j WHERE j.attempt_id = a.id) <> 2")),
                0);
            QCOMPARE(scalar(book, QStringLiteral(
                                      "SELECT count(*) FROM reserved_references r WHERE NOT EXISTS "
                                      "(SELECT 1 FROM payment_attempts a WHERE a.reference = r.reference)")),
                     0);
            QCOMPARE(scalar(book, QStringLiteral(
                                      "SELECT count(DISTINCT reference) - count(*) FROM payment_attempts")),
                     0);
            QVERIFY(scalar(book, QStringLiteral("SELECT count(*) FROM payment_attempts")) >= round + 1);
        }
        // The book goes on working after the crashes: unsettled entries can be settled.
        auto reopened = InvoiceBook::open(book, m_clock);
        QVERIFY_OK(reopened);
        auto unsettled = reopened.value()->unsettledJournal();
        QVERIFY_OK(unsettled);
        for (const JournalEntry& entry : unsettled.value())
            QVERIFY_OK(
                reopened.value()->markJournal(entry.id, JournalState::Failed, QStringLiteral("crashed"), {}));
        QVERIFY(reopened.value()->unsettledJournal()->isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCrashSafety)
#include "tst_crashsafety.moc"
