// SPDX-License-Identifier: GPL-3.0-or-later
#include "booktestsupport.h"
#include "storage/csvreader.h"
#include "storage/invoicebook.h"
#include "storage/invoicecsvexporter.h"
#include "storage/invoicecsvimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Storage;
using namespace InvoiceDesk::Storage::TestSupport;

class TestCsvExport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<InvoiceBook> m_book;

    std::unique_ptr<InvoiceBook> openBook(const QString& name)
    {
        auto book = InvoiceBook::open(m_dir.filePath(name), m_clock);
        return book ? std::move(book).value() : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_book = openBook(QStringLiteral("export.sqlite"));
        QVERIFY(m_book);
        Customer tricky = sampleCustomer(QStringLiteral("Bakeriet \"Brød & Bær\"; Ås"));
        tricky.customerNumber = QStringLiteral("=K1");
        auto customer = m_book->saveCustomer(tricky);
        QVERIFY_OK(customer);
        Invoice first = sampleInvoice(customer->id, QStringLiteral("2026-001"));
        first.description = QStringLiteral("Kaker til jubileum\nlevert fredag; hentet lørdag");
        QVERIFY_OK(m_book->saveInvoice(first));
        Invoice second;
        second.number = QStringLiteral("-2026-002");
        second.customerId = customer->id;
        second.totalWithoutLinesMinor = 123456789;
        second.currency = QStringLiteral("EUR");
        second.dueDate = QDate(2026, 12, 24);
        auto stored = m_book->saveInvoice(second);
        QVERIFY_OK(stored);

        PaymentAttempt draft;
        draft.amountMinor = 123456789;
        auto attempt =
            m_book->createAttempt(stored->id, draft, QStringLiteral("acme"), QList<JournalEntry>{});
        QVERIFY_OK(attempt);
        PaymentAttempt captured = attempt.value();
        captured.phase = AttemptPhase::Sent;
        captured.vippsState = VippsState::Authorized;
        captured.authorizedMinor = captured.capturedMinor = 123456789;
        captured.refundedMinor = 50;
        captured.lastCheckedAt = m_clock.now();
        QVERIFY_OK(m_book->updateAttempt(captured));
    }

    void hasTheShapeExcelExpects()
    {
        auto csv = InvoiceCsvExporter::exportBook(*m_book);
        QVERIFY_OK(csv);
        const QByteArray bytes = csv.value();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.endsWith("\r\n"));
        // Records end in CRLF; a line break inside a quoted field stays LF, Excel's in-cell line break.
        QCOMPARE(bytes.count("\r\n"), 3);
        QCOMPARE(bytes.count("\n"), 4);
        const QString text = QString::fromUtf8(bytes.mid(3));
        const QStringList lines = text.split(QStringLiteral("\r\n"));
        QCOMPARE(lines.first(),
                 QStringLiteral("Invoice number;Customer number;Customer;E-mail;Phone;Currency;"
                                "Amount;Issue date;Due date;Status;Reference;Vipps state;Captured;"
                                "Refunded;Last checked;Description;Link"));
        QVERIFY(text.contains(QStringLiteral(";2638,00;10.01.2026;24.01.2026;Draft;")));
        QVERIFY(text.contains(QStringLiteral("\"Bakeriet \"\"Brød & Bær\"\"; Ås\"")));
        QVERIFY(text.contains(QStringLiteral("\"Kaker til jubileum\nlevert fredag; hentet lørdag\"")));
        QVERIFY(text.contains(QStringLiteral(";0047 912 34 567;")));
        // Text Excel would run as a formula is defused; numbers are not.
        QVERIFY(text.contains(QStringLiteral(";'=K1;")));
        QVERIFY(text.contains(QStringLiteral("\r\n'-2026-002;")));
        QVERIFY(text.contains(
            QStringLiteral(";EUR;1234567,89;;24.12.2026;Partly refunded;acme-2026-002-1;AUTHORIZED;"
                           "1234567,89;0,50;")));
        QVERIFY(!text.contains(QStringLiteral("1 234 567")));
    }

    void formatsAmountsAndQuotes()
    {
        QCOMPARE(InvoiceCsvExporter::formatAmount(0), QStringLiteral("0,00"));
        QCOMPARE(InvoiceCsvExporter::formatAmount(5), QStringLiteral("0,05"));
        QCOMPARE(InvoiceCsvExporter::formatAmount(-1200), QStringLiteral("-12,00"));
        QCOMPARE(InvoiceCsvExporter::formatAmount(123450), QStringLiteral("1234,50"));
        QCOMPARE(InvoiceCsvExporter::quoteField(QStringLiteral("plain")), QStringLiteral("plain"));
        QCOMPARE(InvoiceCsvExporter::quoteField(QStringLiteral("a;b")), QStringLiteral("\"a;b\""));
        QCOMPARE(InvoiceCsvExporter::quoteField(QStringLiteral(" pad")), QStringLiteral("\" pad\""));
        QCOMPARE(InvoiceCsvExporter::quoteField(QStringLiteral("say \"x\"")),
                 QStringLiteral("\"say \"\"x\"\"\""));
    }

    void roundTripsThroughTheImporter()
    {
        const QString file = m_dir.filePath(QStringLiteral("export.csv"));
        QVERIFY_OK(InvoiceCsvExporter::exportBookToFile(*m_book, file));
        const CsvImportPreview preview = InvoiceCsvImporter().previewFile(file);
        QVERIFY(preview.fileErrors.isEmpty());
        QCOMPARE(preview.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(preview.delimiter, QLatin1Char(';'));
        QCOMPARE(preview.validCount(), 2);
        QCOMPARE(preview.rows.at(1).row, 4); // the line break in row 2's description counts

        // Into a fresh book: the same invoices and customer come out.
        auto other = openBook(QStringLiteral("roundtrip.sqlite"));
        auto imported = other->import(preview);
        QVERIFY_OK(imported);
        QCOMPARE(imported->imported, 2);
        const Invoice original = m_book->invoiceByNumber(QStringLiteral("2026-001"))->value();
        const Invoice copy = other->invoiceByNumber(QStringLiteral("2026-001"))->value();
        QCOMPARE(copy.total(), original.total());
        QCOMPARE(copy.issueDate, original.issueDate);
        QCOMPARE(copy.dueDate, original.dueDate);
        QCOMPARE(copy.description, original.description);
        QCOMPARE(copy.link, original.link);
        const Invoice euro = other->invoiceByNumber(QStringLiteral("-2026-002"))->value();
        QCOMPARE(euro.total(), Money(123456789, QStringLiteral("EUR")));
        const Customer customer = other->customer(copy.customerId).value();
        const Customer originalCustomer = m_book->customer(original.customerId).value();
        QCOMPARE(customer.name, originalCustomer.name);
        QCOMPARE(customer.customerNumber, QStringLiteral("=K1"));
        QCOMPARE(customer.email, originalCustomer.email);
        QCOMPARE(customer.phone, originalCustomer.phone);
        QCOMPARE(other->customers()->size(), 1);

        // Back into the book it came from: nothing changes.
        auto again = m_book->import(preview);
        QVERIFY_OK(again);
        QCOMPARE(again->unchanged, 2);
        QCOMPARE(again->imported + again->updated + again->rejected, 0);
    }
};

QTEST_GUILESS_MAIN(TestCsvExport)
#include "tst_csvexport.moc"
