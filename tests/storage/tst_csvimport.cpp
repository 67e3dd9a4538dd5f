// SPDX-License-Identifier: GPL-3.0-or-later
#include "booktestsupport.h"
#include "storage/invoicebook.h"
#include "storage/invoicecsvimporter.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Storage;
using namespace InvoiceDesk::Storage::TestSupport;

namespace {

QByteArray readData(const QString& name)
{
    QFile file(QStringLiteral(INVOICEDESK_TEST_DATA_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly))
        qFatal("missing test data %s", qPrintable(file.fileName()));
    return file.readAll();
}

const ImportRow* rowAt(const CsvImportPreview& preview, int row)
{
    for (const ImportRow& candidate : preview.rows) {
        if (candidate.row == row)
            return &candidate;
    }
    return nullptr;
}

QByteArray simpleFile(const QStringList& rows)
{
    return (QStringLiteral("Invoice number;Customer;Customer number;Phone;E-mail;Amount;Due date\r\n") +
            rows.join(QStringLiteral("\r\n")) + QStringLiteral("\r\n"))
        .toUtf8();
}

} // namespace

class TestCsvImport : public QObject {
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    int m_books = 0;

    std::unique_ptr<InvoiceBook> newBook()
    {
        auto book =
            InvoiceBook::open(m_dir.filePath(QStringLiteral("book%1.sqlite").arg(++m_books)), m_clock);
        return book ? std::move(book).value() : nullptr;
    }

private Q_SLOTS:
    void malformedRowsAreEachReportedWithTheirReason()
    {
        const CsvImportPreview preview =
            InvoiceCsvImporter().preview(readData(QStringLiteral("malformed.csv")));
        QVERIFY(preview.fileErrors.isEmpty());
        QCOMPARE(preview.delimiter, QLatin1Char(';'));
        QCOMPARE(preview.encoding, QStringLiteral("UTF-8"));

        int expectedRows = 0;
        int expectedValid = 0;
        const QList<QByteArray> lines = readData(QStringLiteral("malformed.expected")).split('\n');
        for (const QByteArray& rawLine : lines) {
            const QString line = QString::fromUtf8(rawLine).trimmed();
            if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
                continue;
            const int row = line.section(QLatin1Char('\t'), 0, 0).toInt();
            const QString reason = line.section(QLatin1Char('\t'), 1);
            ++expectedRows;
            const ImportRow* found = rowAt(preview, row);
            QVERIFY2(found, qPrintable(QStringLiteral("row %1 is missing from the preview").arg(row)));
            if (reason == QLatin1String("VALID")) {
                ++expectedValid;
                QVERIFY2(found->isValid(),
                         qPrintable(QStringLiteral("row %1: %2")
                                        .arg(row)
                                        .arg(found->error ? found->error->reason : QString())));
            } else {
                QVERIFY2(found->error,
                         qPrintable(QStringLiteral("row %1 should be rejected: %2").arg(row).arg(reason)));
                QCOMPARE(found->error->row, row);
                QVERIFY2(found->error->reason.contains(reason),
                         qPrintable(QStringLiteral("row %1: got \"%2\", want \"%3\"")
                                        .arg(row)
                                        .arg(found->error->reason, reason)));
            }
        }
        // Nothing more and nothing less: every record is either valid or reported.
        QCOMPARE(preview.rows.size(), expectedRows);
        QCOMPARE(preview.validCount(), expectedValid);
        QCOMPARE(preview.errorCount(), expectedRows - expectedValid);

        const ImportRow* first = rowAt(preview, 2);
        QCOMPARE(first->invoice->number, QStringLiteral("1001"));
        QCOMPARE(first->invoice->totalWithoutLinesMinor, 123450);
        QCOMPARE(first->invoice->issueDate, QDate(2026, 2, 1));
        QCOMPARE(first->invoice->dueDate, QDate(2026, 2, 15));
        QCOMPARE(first->invoice->link, QUrl(QStringLiteral("https://shop.example/i/1001")));
        QCOMPARE(first->customer.name, QStringLiteral("Kari Nordmann"));
        QCOMPARE(first->customer.customerNumber, QStringLiteral("K1"));
        QCOMPARE(first->customer.phone.msisdn(), QStringLiteral("4791234567"));
        QCOMPARE(first->customer.email, QStringLiteral("kari@example.no"));

        const ImportRow* quoted = rowAt(preview, 24);
        QCOMPARE(quoted->customer.name, QStringLiteral("Quoted \"Name\" AS"));
        QCOMPARE(quoted->invoice->description, QStringLiteral("Line one\nline two; with semicolon"));
        QCOMPARE(quoted->invoice->totalWithoutLinesMinor, 250000);
        QCOMPARE(quoted->invoice->issueDate, QDate(2026, 2, 1));

        const ImportRow* euro = rowAt(preview, 28);
        QCOMPARE(euro->invoice->currency, QStringLiteral("EUR"));
        QCOMPARE(euro->invoice->totalWithoutLinesMinor, 123450);

        // Importing it stores the valid rows and reports every other one.
        auto book = newBook();
        auto result = book->import(preview);
        QVERIFY_OK(result);
        QCOMPARE(result->imported, expectedValid);
        QCOMPARE(result->rejected, expectedRows - expectedValid);
        QCOMPARE(result->errors.size(), expectedRows - expectedValid);
        QCOMPARE(book->invoiceRows()->size(), expectedValid);
    }

    void readsWindows1252AndTabs()
    {
        const QByteArray bytes(
            "Fakturanummer\tKunde\tTelefon\tBel\xF8p\tForfall\tBeskrivelse\r\n"
            "77\tS\xF8ren \xC6r\xF8 \xC5s\t912 34 567\t1.234,50\t1.3.2026\tFyring \x80 18\r\n");
        const CsvImportPreview preview = InvoiceCsvImporter().preview(bytes);
        QVERIFY(preview.fileErrors.isEmpty());
        QCOMPARE(preview.encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(preview.delimiter, QLatin1Char('\t'));
        QCOMPARE(preview.rows.size(), 1);
        QVERIFY(preview.rows.first().isValid());
        QCOMPARE(preview.rows.first().customer.name, QStringLiteral("Søren Ærø Ås"));
        QCOMPARE(preview.rows.first().invoice->description, QStringLiteral("Fyring € 18"));
        QCOMPARE(preview.rows.first().invoice->totalWithoutLinesMinor, 123450);
        QCOMPARE(preview.rows.first().invoice->dueDate, QDate(2026, 3, 1));
        QCOMPARE(preview.rows.first().invoice->currency, QStringLiteral("NOK"));
    }

    void readsUtf8WithBomAndCommas()
    {
        const QByteArray bytes =
            QByteArray("\xEF\xBB\xBF") +
            QStringLiteral("Invoice No.,Customer Name,Mobile,Amount,Currency,Invoice date\n"
                           "A-1,Åsa Ødegård,+46 70 123 45 67,\"1 234,50\",DKK,2026-01-31\n")
                .toUtf8();
        const CsvImportPreview preview = InvoiceCsvImporter().preview(bytes);
        QVERIFY(preview.fileErrors.isEmpty());
        QCOMPARE(preview.encoding, QStringLiteral("UTF-8 (BOM)"));
        QCOMPARE(preview.delimiter, QLatin1Char(','));
        QCOMPARE(preview.header.first(), QStringLiteral("Invoice No."));
        QVERIFY(preview.rows.first().isValid());
        QCOMPARE(preview.rows.first().customer.name, QStringLiteral("Åsa Ødegård"));
        QCOMPARE(preview.rows.first().customer.phone.msisdn(), QStringLiteral("46701234567"));
        QCOMPARE(preview.rows.first().invoice->currency, QStringLiteral("DKK"));
        QCOMPARE(preview.rows.first().invoice->issueDate, QDate(2026, 1, 31));
    }

    void swedishDefaultRegionReadsNationalNumbers()
    {
        const QByteArray bytes =
            QStringLiteral("Invoice;Customer;Phone;Amount\n1;Sven;070-123 45 67;10\n").toUtf8();
        QVERIFY(!InvoiceCsvImporter().preview(bytes).rows.first().isValid()); // not a Norwegian number
        const CsvImportPreview swedish = InvoiceCsvImporter({}, QStringLiteral("SE")).preview(bytes);
        QVERIFY(swedish.rows.first().isValid());
        QCOMPARE(swedish.rows.first().customer.phone.msisdn(), QStringLiteral("46701234567"));
    }

    void mappingFileOverridesHeaders()
    {
        auto mapping = ColumnMapping::fromJson(R"({"invoice_number": "Bilag", "amount": "Totalt inkl. mva",
                                                   "customer": "Betaler"})");
        QVERIFY(mapping);
        const QByteArray bytes =
            QStringLiteral("Bilag;Betaler;Totalt inkl. mva;Beløp\n9;Ida;250,00;1\n").toUtf8();
        const CsvImportPreview preview = InvoiceCsvImporter(mapping.value()).preview(bytes);
        QVERIFY(preview.fileErrors.isEmpty());
        QVERIFY(preview.rows.first().isValid());
        QCOMPARE(preview.rows.first().invoice->number, QStringLiteral("9"));
        QCOMPARE(preview.rows.first().customer.name, QStringLiteral("Ida"));
        QCOMPARE(preview.rows.first().invoice->totalWithoutLinesMinor, 25000); // not the "Beløp" column

        const QString path = m_dir.filePath(QStringLiteral("mapping.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(R"({"invoice_number": "Bilag"})");
        file.close();
        QVERIFY(ColumnMapping::fromFile(path));
        QVERIFY(!ColumnMapping::fromFile(m_dir.filePath(QStringLiteral("missing.json"))));
        QVERIFY(!ColumnMapping::fromJson("[1,2]"));
        QVERIFY(!ColumnMapping::fromJson("{not json"));
        const auto unknown = ColumnMapping::fromJson(R"({"invoice_nummer": "X"})");
        QVERIFY(!unknown);
        QVERIFY(unknown.error().contains(QLatin1String("invoice_nummer")));
        QVERIFY(!ColumnMapping::fromJson(R"({"amount": 5})"));
    }

    void missingColumnsRejectTheFileAndListEveryRow()
    {
        auto mapping = ColumnMapping::fromJson(R"({"amount": "Sum eks mva"})");
        const QByteArray bytes = QStringLiteral("Nummer;Kunde;Beløp\n1;A;10\n2;B;20\n").toUtf8();
        const CsvImportPreview preview = InvoiceCsvImporter(mapping.value()).preview(bytes);
        QCOMPARE(preview.fileErrors.size(), 2); // no invoice number column; "Sum eks mva" is not there
        QCOMPARE(preview.fileErrors.at(0).row, 1);
        QVERIFY(preview.fileErrors.at(0).reason.contains(QLatin1String("invoice number")));
        QVERIFY(preview.fileErrors.at(1).reason.contains(QLatin1String("Sum eks mva")));
        QCOMPARE(preview.rows.size(), 2);
        QCOMPARE(preview.validCount(), 0);
        QCOMPARE(preview.errors().size(), 4);

        auto book = newBook();
        auto result = book->import(preview);
        QVERIFY_OK(result);
        QCOMPARE(result->imported, 0);
        QCOMPARE(result->rejected, 4);
        QVERIFY(book->invoiceRows()->isEmpty());

        QCOMPARE(InvoiceCsvImporter().preview(QByteArray()).fileErrors.size(), 1);
        QCOMPARE(
            InvoiceCsvImporter().previewFile(m_dir.filePath(QStringLiteral("none.csv"))).fileErrors.size(),
            1);
    }

    void importingTwiceCreatesNoDuplicates()
    {
        auto book = newBook();
        const QByteArray file = simpleFile({
            QStringLiteral("1;Kari;K1;91234567;kari@example.no;100,00;01.03.2026"),
            QStringLiteral("2;Kari;K1;91234567;kari@example.no;200,00;01.03.2026"),
            QStringLiteral("3;Ola;;41234567;ola@example.no;300,00;"),
            QStringLiteral("4;Anne;;;;400,00;"),
        });
        const InvoiceCsvImporter importer;
        auto first = book->import(importer.preview(file));
        QVERIFY_OK(first);
        QCOMPARE(first->imported, 4);
        QCOMPARE(first->rejected, 0);
        QCOMPARE(book->customers()->size(), 3);

        auto second = book->import(importer.preview(file));
        QVERIFY_OK(second);
        QCOMPARE(second->imported, 0);
        QCOMPARE(second->unchanged, 4);
        QCOMPARE(second->updated, 0);
        QCOMPARE(book->invoiceRows()->size(), 4);
        QCOMPARE(book->customers()->size(), 3);

        const QByteArray changed = simpleFile({
            QStringLiteral("1;Kari;K1;91234567;kari@example.no;150,00;01.03.2026"),
            QStringLiteral("2;Kari;K1;91234567;kari@example.no;200,00;01.03.2026"),
            QStringLiteral("5;Ola;;41234567;ola@example.no;500,00;"),
            QStringLiteral("6;Bad;;;;x;"),
        });
        auto third = book->import(importer.preview(changed));
        QVERIFY_OK(third);
        QCOMPARE(third->imported, 1);
        QCOMPARE(third->updated, 1);
        QCOMPARE(third->unchanged, 1);
        QCOMPARE(third->rejected, 1);
        QCOMPARE(third->errors.first().row, 5);
        QCOMPARE(book->invoiceByNumber(QStringLiteral("1"))->value().totalWithoutLinesMinor, 15000);
        QCOMPARE(book->customers()->size(), 3); // Ola matched by name and e-mail
        QCOMPARE(book->auditLog()->size(), 3);
        QCOMPARE(book->auditLog()->first().action, QStringLiteral("import"));
    }

    void importNeverTouchesAConsent()
    {
        auto book = newBook();
        const InvoiceCsvImporter importer;
        QVERIFY_OK(
            book->import(importer.preview(simpleFile({QStringLiteral("1;Kari;K1;91234567;;100,00;")}))));
        const Customer kari = book->customers()->first();
        const auto consentPhone = *PhoneNumber::parse(QStringLiteral("41111111"));
        const PushConsent consent{m_clock.now(), PushConsent::Source::SharedThroughVipps,
                                  QStringLiteral("acme-1-1")};
        QVERIFY_OK(book->recordPushConsent(kari.id, consentPhone, consent));

        // The accounting system still has the old number: the consented one stays.
        auto result = book->import(
            importer.preview(simpleFile({QStringLiteral("2;Kari N;K1;91234567;k@example.no;5;")})));
        QVERIFY_OK(result);
        QCOMPARE(result->imported, 1);
        const Customer after = book->customer(kari.id).value();
        QCOMPARE(after.phone, consentPhone);
        QCOMPARE(after.consent, std::optional<PushConsent>(consent));
        QCOMPARE(after.name, QStringLiteral("Kari N"));        // matched by customer number
        QCOMPARE(after.email, QStringLiteral("k@example.no")); // other fields follow the file
        QCOMPARE(book->customers()->size(), 1);
    }

    void invoicesWithPaymentRequestsAreNotChanged()
    {
        auto book = newBook();
        const InvoiceCsvImporter importer;
        QVERIFY_OK(
            book->import(importer.preview(simpleFile({QStringLiteral("1;Kari;K1;91234567;;100,00;")}))));
        const Invoice invoice = book->invoiceByNumber(QStringLiteral("1"))->value();
        PaymentAttempt draft;
        draft.amountMinor = 10000;
        QVERIFY_OK(book->createAttempt(invoice.id, draft, QStringLiteral("acme"), QList<JournalEntry>{}));

        auto same =
            book->import(importer.preview(simpleFile({QStringLiteral("1;Kari;K1;91234567;;100,00;")})));
        QVERIFY_OK(same);
        QCOMPARE(same->unchanged, 1);
        auto changed =
            book->import(importer.preview(simpleFile({QStringLiteral("1;Kari;K1;91234567;;999,00;")})));
        QVERIFY_OK(changed);
        QCOMPARE(changed->rejected, 1);
        QCOMPARE(changed->errors.first().row, 2);
        QVERIFY(changed->errors.first().reason.contains(QLatin1String("payment requests")));
        QCOMPARE(book->invoice(invoice.id)->totalWithoutLinesMinor, 10000);
    }

    void progressIsReported()
    {
        auto book = newBook();
        QStringList rows;
        for (int i = 0; i < 450; ++i)
            rows << QStringLiteral("%1;Kunde %2;;;;%3;").arg(i).arg(i % 10).arg(i + 1);
        int calls = 0;
        int last = -1;
        auto result = book->import(InvoiceCsvImporter().preview(simpleFile(rows)), [&](int done, int total) {
            ++calls;
            QVERIFY(done >= last);
            QCOMPARE(total, 450);
            last = done;
        });
        QVERIFY_OK(result);
        QCOMPARE(result->imported, 450);
        QCOMPARE(last, 450);
        QVERIFY(calls >= 3);
        QCOMPARE(book->customers()->size(), 10);
    }

    void parsesDates()
    {
        QCOMPARE(InvoiceCsvImporter::parseDate(QStringLiteral("05.03.2026")), QDate(2026, 3, 5));
        QCOMPARE(InvoiceCsvImporter::parseDate(QStringLiteral("5.3.2026")), QDate(2026, 3, 5));
        QCOMPARE(InvoiceCsvImporter::parseDate(QStringLiteral("2026-03-05")), QDate(2026, 3, 5));
        QVERIFY(!InvoiceCsvImporter::parseDate(QStringLiteral("29.02.2026")).isValid());
        QVERIFY(!InvoiceCsvImporter::parseDate(QStringLiteral("03/05/2026")).isValid());
        QVERIFY(!InvoiceCsvImporter::parseDate(QStringLiteral("05.03.26")).isValid());
    }
};

QTEST_GUILESS_MAIN(TestCsvImport)
#include "tst_csvimport.moc"
