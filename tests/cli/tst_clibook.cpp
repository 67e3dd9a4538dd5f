// SPDX-License-Identifier: GPL-3.0-or-later
// invoicedesk-cli on the invoice book: import, list, show, export, customers and backup, each command
// a child process.
#include "clirunner.h"
#include "storage/invoicebook.h"

#include <QFile>
#include <QJsonArray>
#include <QTemporaryDir>

using namespace InvoiceDesk;

namespace {

// Two good rows and three malformed ones (rows 4, 5 and 6; the header is row 1).
const char goodAndBadRows[] =
    "Fakturanummer;Kundenummer;Kunde;E-post;Telefon;Beløp;Forfallsdato;Beskrivelse\n"
    "10001;K1;Kari Nordmann;kari@example.com;+47 912 34 567;1 250,00;31.01.2026;Strøm januar\n"
    "10002;K2;Ola Hansen;ola@example.com;;499,50;15.02.2026;Vedlikehold\n"
    "10003;K3;Per Berg;;;tolv kroner;15.02.2026;Feil beløp\n"
    "10004;K4;Lise Dahl;;;100,00;32.13.2026;Feil dato\n"
    "10005;K5;;;;100,00;01.03.2026;Uten kunde\n";

QString writeFile(const QTemporaryDir& dir, const QString& name, const QByteArray& contents)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(contents) != contents.size())
        qFatal("cannot write %s", qPrintable(path));
    return path;
}

// A CLI run against the book in `dataDir`, with --json.
struct BookCli {
    CliRunner& cli;
    QString dataDir;

    CliRun run(const QStringList& arguments) const
    {
        return cli.run(QStringList{QStringLiteral("--json"), QStringLiteral("--data-dir"), dataDir} +
                       arguments);
    }
};

QJsonArray invoicesIn(const CliRun& run)
{
    return run.json().value(QStringLiteral("invoices")).toArray();
}

QStringList numbersIn(const QJsonArray& invoices)
{
    QStringList numbers;
    for (const auto& invoice : invoices)
        numbers << invoice[QStringLiteral("number")].toString();
    return numbers;
}

} // namespace

class TestCliBook : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void importReportsEveryRejectedRowAndNeverDuplicates()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli book{cli, dir.filePath(QStringLiteral("data"))};
        const QString csv = writeFile(dir, QStringLiteral("invoices.csv"), goodAndBadRows);

        // A dry run says what would happen and writes nothing.
        const CliRun dry =
            book.run({QStringLiteral("invoice"), QStringLiteral("import"), csv, QStringLiteral("--dry-run")});
        QCOMPARE(dry.exitCode, 1);
        QCOMPARE(dry.json().value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(dry.json().value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(dry.json().value(QStringLiteral("rejected")).toInt(), 3);
        QCOMPARE(invoicesIn(book.run({QStringLiteral("invoice"), QStringLiteral("list")})).size(), 0);

        const CliRun first = book.run({QStringLiteral("invoice"), QStringLiteral("import"), csv});
        QCOMPARE(first.exitCode, 1); // some rows were refused
        const QJsonObject counts = first.json();
        QCOMPARE(counts.value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(counts.value(QStringLiteral("updated")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("unchanged")).toInt(), 0);
        QCOMPARE(counts.value(QStringLiteral("rejected")).toInt(), 3);
        const QJsonArray rejected = counts.value(QStringLiteral("rejectedRows")).toArray();
        QCOMPARE(rejected.size(), 3);
        QCOMPARE(rejected[0][QStringLiteral("row")].toInt(), 4);
        QVERIFY2(rejected[0][QStringLiteral("reason")].toString().contains(QStringLiteral("amount")),
                 qPrintable(rejected[0][QStringLiteral("reason")].toString()));
        QCOMPARE(rejected[1][QStringLiteral("row")].toInt(), 5);
        QVERIFY(rejected[1][QStringLiteral("reason")].toString().contains(QStringLiteral("due date")));
        QCOMPARE(rejected[2][QStringLiteral("row")].toInt(), 6);
        QVERIFY(rejected[2][QStringLiteral("reason")].toString().contains(QStringLiteral("customer")));

        // Text mode names the rows too, for people.
        const CliRun text = cli.run({QStringLiteral("--data-dir"), book.dataDir, QStringLiteral("invoice"),
                                     QStringLiteral("import"), csv});
        QCOMPARE(text.exitCode, 1);
        QVERIFY2(text.out.contains(QStringLiteral("row 4:")), qPrintable(text.out));

        // The same file again: everything is already there.
        const CliRun again = book.run({QStringLiteral("invoice"), QStringLiteral("import"), csv});
        QCOMPARE(again.json().value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(again.json().value(QStringLiteral("unchanged")).toInt(), 2);
        QCOMPARE(again.json().value(QStringLiteral("rejected")).toInt(), 3);
        const CliRun list = book.run({QStringLiteral("invoice"), QStringLiteral("list")});
        QCOMPARE(list.exitCode, 0);
        QCOMPARE(numbersIn(invoicesIn(list)),
                 (QStringList{QStringLiteral("10001"), QStringLiteral("10002")}));
        QCOMPARE(invoicesIn(list)[0][QStringLiteral("total")].toInteger(), 125000);

        // A changed amount is an update; a dry run of it says so and changes nothing.
        QByteArray changed(goodAndBadRows);
        changed.replace("499,50", "599,50");
        const QString changedCsv = writeFile(dir, QStringLiteral("changed.csv"), changed);
        const CliRun dryUpdate = book.run(
            {QStringLiteral("invoice"), QStringLiteral("import"), changedCsv, QStringLiteral("--dry-run")});
        QCOMPARE(dryUpdate.json().value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(dryUpdate.json().value(QStringLiteral("unchanged")).toInt(), 1);
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("10002")})
                     .json()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 49950);
        const CliRun update = book.run({QStringLiteral("invoice"), QStringLiteral("import"), changedCsv});
        QCOMPARE(update.json().value(QStringLiteral("updated")).toInt(), 1);
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("10002")})
                     .json()
                     .value(QStringLiteral("total"))
                     .toInteger(),
                 59950);
    }

    void badFilesAreBadUsage()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli book{cli, dir.filePath(QStringLiteral("data"))};
        const CliRun missing = book.run({QStringLiteral("invoice"), QStringLiteral("import"),
                                         dir.filePath(QStringLiteral("nothing.csv"))});
        QCOMPARE(missing.exitCode, 2);
        QCOMPARE(missing.json()[QStringLiteral("error")][QStringLiteral("kind")].toString(),
                 QStringLiteral("usage"));
        const QString noColumns = writeFile(dir, QStringLiteral("columns.csv"), "Colour;Size\nblue;large\n");
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("import"), noColumns}).exitCode, 2);

        // A mapping file names the columns of an unusual export.
        const QString odd = writeFile(dir, QStringLiteral("odd.csv"),
                                      "Bilagsnr;Navn;Totalt inkl. mva\n20001;Kari Nordmann;100,00\n");
        const QString mapping =
            writeFile(dir, QStringLiteral("mapping.json"),
                      R"({"invoice_number": "Bilagsnr", "customer": "Navn", "amount": "Totalt inkl. mva"})");
        const CliRun mapped = book.run(
            {QStringLiteral("invoice"), QStringLiteral("import"), odd, QStringLiteral("--mapping"), mapping});
        QCOMPARE(mapped.exitCode, 0);
        QCOMPARE(mapped.json().value(QStringLiteral("imported")).toInt(), 1);
        const QString badMapping = writeFile(dir, QStringLiteral("bad.json"), "{not json");
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("import"), odd,
                           QStringLiteral("--mapping"), badMapping})
                     .exitCode,
                 2);

        QCOMPARE(
            book.run({QStringLiteral("invoice"), QStringLiteral("show"), QStringLiteral("99999")}).exitCode,
            2);
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("list"), QStringLiteral("--status"),
                           QStringLiteral("lost")})
                     .exitCode,
                 2);
    }

    void exportImportsAgainAndBackupOpensAsABook()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli book{cli, dir.filePath(QStringLiteral("data"))};
        const QString csv = writeFile(dir, QStringLiteral("invoices.csv"), goodAndBadRows);
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("import"), csv}).exitCode, 1);

        const QString exported = dir.filePath(QStringLiteral("export.csv"));
        const CliRun exportRun = book.run({QStringLiteral("invoice"), QStringLiteral("export"), exported});
        QCOMPARE(exportRun.exitCode, 0);
        QVERIFY(QFile::exists(exported));

        // The export read into an empty book gives the same invoices and customers.
        const BookCli other{cli, dir.filePath(QStringLiteral("other"))};
        const CliRun reimported = other.run({QStringLiteral("invoice"), QStringLiteral("import"), exported});
        QCOMPARE(reimported.exitCode, 0);
        QCOMPARE(reimported.json().value(QStringLiteral("imported")).toInt(), 2);
        QCOMPARE(reimported.json().value(QStringLiteral("rejected")).toInt(), 0);
        const QJsonArray before = invoicesIn(book.run({QStringLiteral("invoice"), QStringLiteral("list")}));
        const QJsonArray after = invoicesIn(other.run({QStringLiteral("invoice"), QStringLiteral("list")}));
        QCOMPARE(after, before);
        for (const QString& number : {QStringLiteral("10001"), QStringLiteral("10002")}) {
            const QStringList show{QStringLiteral("invoice"), QStringLiteral("show"), number};
            QCOMPARE(other.run(show).json(), book.run(show).json());
        }
        // And into the book it came from: nothing changes.
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("import"), exported})
                     .json()
                     .value(QStringLiteral("unchanged"))
                     .toInt(),
                 2);

        const CliRun customers = book.run({QStringLiteral("customer"), QStringLiteral("list")});
        QCOMPARE(customers.exitCode, 0);
        const QJsonArray customerArray = customers.json().value(QStringLiteral("customers")).toArray();
        QCOMPARE(customerArray.size(), 2);
        QCOMPARE(customerArray[0][QStringLiteral("name")].toString(), QStringLiteral("Kari Nordmann"));
        QCOMPARE(customerArray[0][QStringLiteral("phone")].toString(), QStringLiteral("4791234567"));
        QCOMPARE(customerArray[0][QStringLiteral("pushAllowed")].toBool(), false);
        QCOMPARE(other.run({QStringLiteral("customer"), QStringLiteral("list")})
                     .json()
                     .value(QStringLiteral("customers"))
                     .toArray()
                     .size(),
                 2);

        const QString backup = dir.filePath(QStringLiteral("backup.sqlite"));
        QCOMPARE(book.run({QStringLiteral("book"), QStringLiteral("backup"), backup}).exitCode, 0);
        ManualClock clock;
        auto opened = Storage::InvoiceBook::open(backup, clock);
        QVERIFY2(opened.hasValue(), qPrintable(opened ? QString() : opened.error().detail));
        const auto rows = (*opened)->invoiceRows();
        QVERIFY(rows.hasValue());
        QCOMPARE(rows->size(), 2);
        QCOMPARE(rows->at(1).totalMinor, 49950);
        QVERIFY((*opened)->checkIntegrity()->isEmpty());
    }

    void consentIsRecordedForPushAndCanBeWithdrawn()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli book{cli, dir.filePath(QStringLiteral("data"))};
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("import"),
                           writeFile(dir, QStringLiteral("invoices.csv"), goodAndBadRows)})
                     .exitCode,
                 1);
        const QStringList consent{QStringLiteral("customer"), QStringLiteral("consent"),
                                  QStringLiteral("K1")};
        // Who recorded it is required, and the number must be a mobile number.
        QCOMPARE(
            book.run(consent + QStringList{QStringLiteral("--phone"), QStringLiteral("4791234567")}).exitCode,
            2);
        QCOMPARE(book.run(consent + QStringList{QStringLiteral("--phone"), QStringLiteral("12"),
                                                QStringLiteral("--by"), QStringLiteral("Desk")})
                     .exitCode,
                 2);
        QCOMPARE(book.run({QStringLiteral("customer"), QStringLiteral("consent"), QStringLiteral("K9"),
                           QStringLiteral("--phone"), QStringLiteral("4791234567"), QStringLiteral("--by"),
                           QStringLiteral("Desk")})
                     .exitCode,
                 2);
        const CliRun recorded =
            book.run(consent + QStringList{QStringLiteral("--phone"), QStringLiteral("+47 912 34 567"),
                                           QStringLiteral("--by"), QStringLiteral("Desk")});
        QCOMPARE(recorded.exitCode, 0);
        QCOMPARE(recorded.json().value(QStringLiteral("pushAllowed")).toBool(), true);
        QCOMPARE(recorded.json()[QStringLiteral("consent")][QStringLiteral("recordedBy")].toString(),
                 QStringLiteral("Desk"));
        QCOMPARE(recorded.json()[QStringLiteral("consent")][QStringLiteral("source")].toString(),
                 QStringLiteral("entered-by-staff"));
        const QJsonArray customers = book.run({QStringLiteral("customer"), QStringLiteral("list")})
                                         .json()[QStringLiteral("customers")]
                                         .toArray();
        QCOMPARE(customers[0][QStringLiteral("pushAllowed")].toBool(), true);
        QCOMPARE(customers[1][QStringLiteral("pushAllowed")].toBool(), false);

        // By id as well as by customer number.
        const QString id = QString::number(customers[0][QStringLiteral("id")].toInteger());
        const CliRun withdrawn =
            book.run({QStringLiteral("customer"), QStringLiteral("consent"), id, QStringLiteral("--withdraw"),
                      QStringLiteral("--by"), QStringLiteral("Desk")});
        QCOMPARE(withdrawn.exitCode, 0);
        QCOMPARE(withdrawn.json().value(QStringLiteral("pushAllowed")).toBool(), false);
    }
};

QTEST_GUILESS_MAIN(TestCliBook)
#include "tst_clibook.moc"
