// SPDX-License-Identifier: GPL-3.0-or-later
#include "booktestsupport.h"
#include "invoices/reference.h"
#include "storage/invoicebook.h"

#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Storage;
using namespace InvoiceDesk::Storage::TestSupport;

class TestInvoiceBook : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    QString file(const QString& name) const { return m_dir.filePath(name); }

    std::unique_ptr<InvoiceBook> openBook(const QString& name)
    {
        auto book = InvoiceBook::open(file(name), m_clock);
        if (!book)
            qWarning() << book.error().message << book.error().detail;
        return book ? std::move(book).value() : nullptr;
    }

private Q_SLOTS:
    void migratesFromEmptyAndReopens()
    {
        {
            auto book = openBook(QStringLiteral("migrate.sqlite"));
            QVERIFY(book);
            QCOMPARE(book->schemaVersion(), InvoiceBook::latestSchemaVersion());
            auto customer = book->saveCustomer(sampleCustomer());
            QVERIFY(customer);
        }
        // Reopening runs no migration twice and keeps the data.
        auto again = openBook(QStringLiteral("migrate.sqlite"));
        QVERIFY(again);
        QCOMPARE(again->schemaVersion(), InvoiceBook::latestSchemaVersion());
        auto customers = again->customers();
        QVERIFY(customers);
        QCOMPARE(customers->size(), 1);
        auto problems = again->checkIntegrity();
        QVERIFY(problems);
        QVERIFY2(problems->isEmpty(), qPrintable(problems->join(QLatin1Char('\n'))));
    }

    void opensOneBookPerProfile()
    {
        const BookPaths paths(m_dir.filePath(QStringLiteral("profiles")));
        auto shop = InvoiceBook::openProfile(paths, QStringLiteral("Bakeriet Ås"), m_clock);
        auto test = InvoiceBook::openProfile(paths, QStringLiteral("test"), m_clock);
        QVERIFY_OK(shop);
        QVERIFY_OK(test);
        QVERIFY(shop.value()->fileName() != test.value()->fileName());
        QVERIFY(shop.value()->fileName().startsWith(paths.dataDirectory()));
        QVERIFY_OK(shop.value()->saveCustomer(sampleCustomer()));
        QCOMPARE(test.value()->customers()->size(), 0);
    }

    void usesWalAndForeignKeys()
    {
        auto book = openBook(QStringLiteral("pragmas.sqlite"));
        QVERIFY(book);
        // WAL mode keeps its log next to the book.
        QVERIFY(QFile::exists(file(QStringLiteral("pragmas.sqlite-wal"))));
        // Foreign keys are enforced through the book: an invoice for a missing customer is refused.
        auto orphan = book->saveInvoice(sampleInvoice(4242));
        QVERIFY(!orphan);
        QVERIFY(!orphan.error().message.isEmpty());
    }

    void refusesBookFromNewerVersion()
    {
        {
            auto book = openBook(QStringLiteral("newer.sqlite"));
            QVERIFY(book);
        }
        QVERIFY(execRaw(file(QStringLiteral("newer.sqlite")), QStringLiteral("PRAGMA user_version = 99")));
        auto book = InvoiceBook::open(file(QStringLiteral("newer.sqlite")), m_clock);
        QVERIFY(!book);
        QVERIFY(book.error().detail.contains(QLatin1String("99")));
    }

    void refusesFileThatIsNotABook()
    {
        QFile junk(file(QStringLiteral("junk.sqlite")));
        QVERIFY(junk.open(QIODevice::WriteOnly));
        junk.write(QByteArray(4096, 'x'));
        junk.close();
        auto book = InvoiceBook::open(junk.fileName(), m_clock);
        QVERIFY(!book);
    }

    void twoBooksUseTheirOwnConnections()
    {
        const QStringList before = QSqlDatabase::connectionNames();
        {
            auto a = openBook(QStringLiteral("a.sqlite"));
            auto b = openBook(QStringLiteral("b.sqlite"));
            QVERIFY(a && b);
            QVERIFY(a->saveCustomer(sampleCustomer(QStringLiteral("A"))));
            QCOMPARE(b->customers()->size(), 0);
            QCOMPARE(QSqlDatabase::connectionNames().size(), before.size() + 2);
        }
        QCOMPARE(QSqlDatabase::connectionNames(), before);
    }

    void savesAndReadsInvoicesWithLines()
    {
        auto book = openBook(QStringLiteral("invoices.sqlite"));
        QVERIFY(book);
        auto customer = book->saveCustomer(sampleCustomer());
        QVERIFY(customer);
        QVERIFY(customer->id > 0);
        auto saved = book->saveInvoice(sampleInvoice(customer->id));
        QVERIFY(saved);
        QVERIFY(saved->id > 0);
        auto read = book->invoice(saved->id);
        QVERIFY(read);
        QCOMPARE(read.value(), saved.value());
        QCOMPARE(read->total().minorUnits(), 263800);
        QCOMPARE(read->totalVat().minorUnits(), 51800);

        Invoice changed = read.value();
        changed.lines.removeLast();
        changed.description = QStringLiteral("Endret");
        QVERIFY(book->saveInvoice(changed));
        auto byNumber = book->invoiceByNumber(QStringLiteral("10001"));
        QVERIFY(byNumber);
        QVERIFY(byNumber->has_value());
        QCOMPARE(byNumber->value(), changed);
        auto missing = book->invoiceByNumber(QStringLiteral("nope"));
        QVERIFY(missing);
        QVERIFY(!missing->has_value());
        QVERIFY(!book->invoice(999));

        // The number is unique in the book.
        Invoice duplicate = sampleInvoice(customer->id);
        QVERIFY(!book->saveInvoice(duplicate));
        // Unsupported currency is refused.
        Invoice sek = sampleInvoice(customer->id, QStringLiteral("SEK-1"));
        sek.currency = QStringLiteral("SEK");
        QVERIFY(!book->saveInvoice(sek));
    }

    void customersKeepConsentUntilWithdrawn()
    {
        auto book = openBook(QStringLiteral("customers.sqlite"));
        QVERIFY(book);
        auto customer = book->saveCustomer(sampleCustomer());
        QVERIFY(customer);
        QVERIFY(!customer->consent);
        PushConsent consent{m_clock.now(), PushConsent::Source::EnteredByStaff,
                            QStringLiteral("Ola at the desk")};
        const auto phone = *PhoneNumber::parse(QStringLiteral("+47 41 23 45 67"));
        QVERIFY_OK(book->recordPushConsent(customer->id, phone, consent));
        auto read = book->customer(customer->id);
        QVERIFY(read);
        QVERIFY(read->consent);
        QCOMPARE(*read->consent, consent);
        QCOMPARE(read->phone, phone);
        QVERIFY(read->canReceivePush());

        // saveCustomer never drops or changes the consent.
        Customer edited = read.value();
        edited.email = QStringLiteral("new@example.no");
        edited.consent.reset();
        auto saved = book->saveCustomer(edited);
        QVERIFY(saved);
        QVERIFY(saved->consent);
        QCOMPARE(saved->email, QStringLiteral("new@example.no"));

        auto audit = book->auditLog();
        QVERIFY(audit);
        QCOMPARE(audit->size(), 1);
        QCOMPARE(audit->first().action, QStringLiteral("record-consent"));
        QCOMPARE(audit->first().actor, QStringLiteral("Ola at the desk"));

        QVERIFY(book->withdrawPushConsent(customer->id, QStringLiteral("Ola")));
        QVERIFY(!book->customer(customer->id)->consent);
        QCOMPARE(book->auditLog()->size(), 2);
        QVERIFY(!book->recordPushConsent(customer->id, PhoneNumber(), consent));
        QVERIFY(!book->recordPushConsent(777, phone, consent));
    }

    void attemptsReserveReferencesThatAreNeverReused()
    {
        auto book = openBook(QStringLiteral("attempts.sqlite"));
        QVERIFY(book);
        auto customer = book->saveCustomer(sampleCustomer());
        auto invoice = book->saveInvoice(sampleInvoice(customer->id, QStringLiteral("2026/7")));
        QVERIFY(invoice);

        PaymentAttempt draft;
        draft.amountMinor = invoice->total().minorUnits();
        draft.expiresAt = m_clock.now().addDays(2);
        JournalEntry create;
        create.kind = JournalKind::CreatePayment;
        create.idempotencyKey = QStringLiteral("create-x");
        create.amountMinor = draft.amountMinor;
        create.currency = QStringLiteral("NOK");
        auto first = book->createAttempt(invoice->id, draft, QStringLiteral("acme"), {create});
        QVERIFY_OK(first);
        QCOMPARE(first->sequence, 1);
        QCOMPARE(first->reference, QStringLiteral("acme-2026-7-1"));
        QVERIFY(Reference::isValid(first->reference));
        QCOMPARE(first->phase, AttemptPhase::Preparing);
        auto journal = book->journalFor(first->reference);
        QVERIFY(journal);
        QCOMPARE(journal->size(), 1);
        QCOMPARE(journal->first().attemptId, first->id);
        QCOMPARE(journal->first().state, JournalState::Pending);
        QCOMPARE(book->invoiceRow(invoice->id)->status, InvoiceStatus::AwaitingCustomer);

        // The body of a create request carries the reference: the callback form sees it.
        auto second =
            book->createAttempt(invoice->id, draft, QStringLiteral("acme"), [](const PaymentAttempt& stored) {
                JournalEntry entry;
                entry.kind = JournalKind::CreatePayment;
                entry.idempotencyKey = QStringLiteral("create-") + stored.reference;
                entry.bodyHash = JournalEntry::hashBody(stored.reference.toUtf8());
                return QList<JournalEntry>{entry};
            });
        QVERIFY(second);
        QCOMPARE(second->sequence, 2);
        QCOMPARE(book->journalFor(second->reference)->first().idempotencyKey,
                 QStringLiteral("create-acme-2026-7-2"));

        // Even if an attempt row were lost (forced here behind the book's back, with the triggers
        // dropped), its reference stays reserved and the next attempt gets a new one.
        const QString path = file(QStringLiteral("attempts.sqlite"));
        QVERIFY(!execRaw(path, QStringLiteral("DELETE FROM payment_attempts WHERE sequence = 2")));
        QVERIFY(!execRaw(path, QStringLiteral("DELETE FROM reserved_references")));
        QVERIFY(execRaw(path, QStringLiteral("DROP TRIGGER payment_attempts_keep")));
        {
            const QString name = QStringLiteral("raw-delete");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
                db.setDatabaseName(path);
                QVERIFY(db.open());
                QSqlQuery query(db);
                QVERIFY(query.exec(QStringLiteral("PRAGMA foreign_keys = OFF")));
                QVERIFY(query.exec(QStringLiteral("DROP TRIGGER journal_keep")));
                QVERIFY(
                    query.exec(QStringLiteral("DELETE FROM journal WHERE attempt_id = %1").arg(second->id)));
                QVERIFY(
                    query.exec(QStringLiteral("DELETE FROM payment_attempts WHERE id = %1").arg(second->id)));
            }
            QSqlDatabase::removeDatabase(name);
        }
        QVERIFY(book->isReferenceReserved(second->reference).value());
        auto third = book->createAttempt(invoice->id, draft, QStringLiteral("acme"), QList<JournalEntry>{});
        QVERIFY(third);
        QCOMPARE(third->sequence, 3);
        QCOMPARE(third->reference, QStringLiteral("acme-2026-7-3"));
    }

    void referencesStayUniqueWhenNumbersSanitiseAlike()
    {
        auto book = openBook(QStringLiteral("alike.sqlite"));
        auto customer = book->saveCustomer(sampleCustomer());
        auto slash = book->saveInvoice(sampleInvoice(customer->id, QStringLiteral("A/100")));
        auto dash = book->saveInvoice(sampleInvoice(customer->id, QStringLiteral("A-100")));
        QVERIFY(slash && dash);
        PaymentAttempt draft;
        draft.amountMinor = 100;
        auto a = book->createAttempt(slash->id, draft, QStringLiteral("inv"), QList<JournalEntry>{});
        auto b = book->createAttempt(dash->id, draft, QStringLiteral("inv"), QList<JournalEntry>{});
        QVERIFY(a && b);
        QCOMPARE(a->reference, QStringLiteral("inv-A-100-1"));
        QVERIFY(a->reference != b->reference);
        QVERIFY(Reference::isValid(b->reference));
    }

    void updatesAttemptsAndDerivesStatusForTheList()
    {
        auto book = openBook(QStringLiteral("rows.sqlite"));
        auto customer = book->saveCustomer(sampleCustomer());
        auto paid = book->saveInvoice(sampleInvoice(customer->id, QStringLiteral("1")));
        auto draftOnly = book->saveInvoice(sampleInvoice(customer->id, QStringLiteral("2")));
        QVERIFY(paid && draftOnly);
        PaymentAttempt draft;
        draft.amountMinor = paid->total().minorUnits();
        auto attempt = book->createAttempt(paid->id, draft, QStringLiteral("inv"), QList<JournalEntry>{});
        QVERIFY(attempt);
        QCOMPARE(book->openAttempts()->size(), 1);

        PaymentAttempt changed = attempt.value();
        changed.phase = AttemptPhase::Sent;
        changed.vippsState = VippsState::Authorized;
        changed.authorizedMinor = changed.amountMinor;
        changed.capturedMinor = changed.amountMinor;
        changed.lastCheckedAt = m_clock.now();
        QVERIFY(book->updateAttempt(changed));
        auto reread = book->attemptByReference(changed.reference);
        QVERIFY(reread && reread->has_value());
        QCOMPARE(reread->value(), changed);
        QCOMPARE(book->openAttempts()->size(), 0);

        auto rows = book->invoiceRows();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 2);
        const InvoiceRow& first = rows->at(0);
        QCOMPARE(first.number, QStringLiteral("1"));
        QCOMPARE(first.status, InvoiceStatus::Captured);
        QCOMPARE(first.customerName, customer->name);
        QCOMPARE(first.customerPhone.msisdn(), QStringLiteral("4791234567"));
        QCOMPARE(first.latestReference, changed.reference);
        QCOMPARE(first.latestVippsState, VippsState::Authorized);
        QCOMPARE(first.capturedMinor, changed.amountMinor);
        QCOMPARE(first.lastCheckedAt, m_clock.now());
        QCOMPARE(first.attemptCount, 1);
        QCOMPARE(first.totalMinor, paid->total().minorUnits());
        QCOMPARE(rows->at(1).status, InvoiceStatus::Draft);
        QVERIFY(rows->at(1).latestReference.isEmpty());

        PaymentAttempt unknown = changed;
        unknown.id = 9999;
        QVERIFY(!book->updateAttempt(unknown));
    }

    void invoiceRowsIsFastForManyInvoices()
    {
        auto book = openBook(QStringLiteral("many.sqlite"));
        auto customer = book->saveCustomer(sampleCustomer());
        CsvImportPreview preview;
        for (int i = 0; i < 20000; ++i) {
            ImportRow row;
            row.row = i + 2;
            Invoice invoice;
            invoice.number = QString::number(100000 + i);
            invoice.totalWithoutLinesMinor = 1000 + i;
            row.invoice = invoice;
            row.customer = customer.value();
            preview.rows.append(row);
        }
        auto imported = book->import(preview);
        QVERIFY(imported);
        QCOMPARE(imported->imported, 20000);
        QElapsedTimer timer;
        timer.start();
        auto rows = book->invoiceRows();
        QVERIFY(rows);
        QCOMPARE(rows->size(), 20000);
        // 100,000 rows must load in well under a few seconds; 20,000 here under one.
        QVERIFY2(timer.elapsed() < 1000, qPrintable(QString::number(timer.elapsed())));
    }

    void backupOpensAsABook()
    {
        auto book = openBook(QStringLiteral("original.sqlite"));
        auto customer = book->saveCustomer(sampleCustomer());
        QVERIFY(book->saveInvoice(sampleInvoice(customer->id)));
        const QString target = file(QStringLiteral("backups/copy.sqlite"));
        QDir().mkpath(file(QStringLiteral("backups")));
        QVERIFY(book->backupTo(target));
        // A second backup replaces the first.
        QVERIFY(book->saveInvoice(sampleInvoice(customer->id, QStringLiteral("10002"))));
        QVERIFY(book->backupTo(target));
        auto copy = InvoiceBook::open(target, m_clock);
        QVERIFY(copy);
        QCOMPARE(copy.value()->schemaVersion(), InvoiceBook::latestSchemaVersion());
        QCOMPARE(copy.value()->invoiceRows()->size(), 2);
        QCOMPARE(copy.value()->invoiceByNumber(QStringLiteral("10001"))->value().lines.size(), 2);
        QVERIFY(copy.value()->checkIntegrity()->isEmpty());
        QVERIFY(!book->backupTo(file(QStringLiteral("no/such/folder/x.sqlite"))));
    }
};

QTEST_GUILESS_MAIN(TestInvoiceBook)
#include "tst_invoicebook.moc"
