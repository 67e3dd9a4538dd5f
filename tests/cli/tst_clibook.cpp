// SPDX-License-Identifier: GPL-3.0-or-later
// invoicedesk-cli on the invoice book: import, list, show, export, customers, backup, and an invoice
// sent, paid, captured and refunded through the sandbox, each command a child process.
#include "clirunner.h"
#include "common/applicationidentity.h"
#include "common/translator.h"
#include "profiles/profilestore.h"
#include "storage/invoicebook.h"

#include <QFile>
#include <QJsonArray>
#include <QSettings>
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

    // Imports goodAndBadRows from a file in `dir`: its exit code, 1 as three rows are rejected.
    int importGoodAndBadRows(const QTemporaryDir& dir) const
    {
        return run({QStringLiteral("invoice"), QStringLiteral("import"),
                    writeFile(dir, QStringLiteral("invoices.csv"), goodAndBadRows)})
            .exitCode;
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
        QCOMPARE(book.importGoodAndBadRows(dir), 1);
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

    void refusalIsInTheLanguageAskedFor()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli book{cli, dir.filePath(QStringLiteral("data"))};
        QCOMPARE(book.importGoodAndBadRows(dir), 1);

        // The refusal of a push without consent, as the sender words it.
        const char* source = "%1 has not agreed to receive payment requests in Vipps. Record their consent "
                             "first, or send a link or QR code.";
        const char* context = "InvoiceDesk::Workflows::InvoiceSender";
        const auto refusal = [&book](const QString& language) {
            const CliRun run = book.run({QStringLiteral("--language"), language, QStringLiteral("invoice"),
                                         QStringLiteral("send"), QStringLiteral("10001")});
            if (run.exitCode != 1)
                qWarning("exit code %d: %s", run.exitCode, qPrintable(run.out + run.err));
            return run.json()[QStringLiteral("results")][0][QStringLiteral("message")].toString();
        };

        QCOMPARE(refusal(QStringLiteral("en")),
                 QString::fromUtf8(source).arg(QStringLiteral("Kari Nordmann")));
        QString norwegian;
        {
            const Translator translator(*QCoreApplication::instance(), QStringLiteral("nb"));
            QCOMPARE(translator.language(), QStringLiteral("nb"));
            norwegian = QCoreApplication::translate(context, source).arg(QStringLiteral("Kari Nordmann"));
        }
        QVERIFY2(norwegian != QString::fromUtf8(source).arg(QStringLiteral("Kari Nordmann")),
                 "the message has no Norwegian translation");
        QCOMPARE(refusal(QStringLiteral("nb")), norwegian);
        QVERIFY(cli.sandbox.payments().isEmpty());
    }

    void invoiceIsSentPaidCapturedAndRefunded()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli book{cli, dir.filePath(QStringLiteral("data"))};
        QCOMPARE(book.importGoodAndBadRows(dir), 1);

        // Without consent a push is refused before anything is sent.
        const CliRun refused =
            book.run({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("10001")});
        QCOMPARE(refused.exitCode, 1);
        QCOMPARE(refused.json().value(QStringLiteral("sent")).toInt(), 0);
        QVERIFY(
            !refused.json()[QStringLiteral("results")][0][QStringLiteral("message")].toString().isEmpty());
        QVERIFY(cli.sandbox.payments().isEmpty());

        QCOMPARE(book.run({QStringLiteral("customer"), QStringLiteral("consent"), QStringLiteral("K1"),
                           QStringLiteral("--phone"), QStringLiteral("4791234567"), QStringLiteral("--by"),
                           QStringLiteral("Desk")})
                     .exitCode,
                 0);
        const CliRun sent =
            book.run({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("10001"),
                      QStringLiteral("--flow"), QStringLiteral("push")});
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(sent.json().value(QStringLiteral("sent")).toInt(), 1);
        const QString reference =
            sent.json()[QStringLiteral("results")][0][QStringLiteral("reference")].toString();
        QVERIFY(!reference.isEmpty());
        const auto payment = cli.sandbox.payment(reference);
        QVERIFY(payment.has_value());
        QCOMPARE(payment->amount, 125000);
        QCOMPARE(payment->userFlow, QStringLiteral("PUSH_MESSAGE"));
        QCOMPARE(payment->phone, QStringLiteral("4791234567"));

        // Sending it again is refused: its request is out.
        QCOMPARE(
            book.run({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("10001")}).exitCode,
            1);
        QCOMPARE(cli.sandbox.payments().size(), 1);

        // The customer approves on the phone; a check reads it into the book.
        QCOMPARE(cli.run({QStringLiteral("payment"), QStringLiteral("approve"), reference,
                          QStringLiteral("--phone"), QStringLiteral("4791234567")})
                     .exitCode,
                 0);
        const CliRun checked = book.run({QStringLiteral("invoice"), QStringLiteral("check")});
        QCOMPARE(checked.exitCode, 0);
        const QJsonArray checkedArray = checked.json().value(QStringLiteral("checked")).toArray();
        QCOMPARE(checkedArray.size(), 1);
        QCOMPARE(checkedArray[0][QStringLiteral("vippsState")].toString(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(checkedArray[0][QStringLiteral("authorized")].toInteger(), 125000);
        QCOMPARE(checkedArray[0][QStringLiteral("captured")].toInteger(), 0); // scripts capture themselves
        QCOMPARE(numbersIn(invoicesIn(book.run({QStringLiteral("invoice"), QStringLiteral("list"),
                                                QStringLiteral("--status"), QStringLiteral("paid")}))),
                 QStringList{QStringLiteral("10001")});

        // Part of it is captured, part of that refunded; more than is left is refused.
        const CliRun captured =
            book.run({QStringLiteral("invoice"), QStringLiteral("capture"), QStringLiteral("10001"),
                      QStringLiteral("--amount"), QStringLiteral("100000")});
        QCOMPARE(captured.exitCode, 0);
        QCOMPARE(captured.json().value(QStringLiteral("captured")).toInteger(), 100000);
        QCOMPARE(cli.sandbox.payment(reference)->capturedAmount, 100000);
        const CliRun tooMuch =
            book.run({QStringLiteral("invoice"), QStringLiteral("refund"), QStringLiteral("10001"),
                      QStringLiteral("--amount"), QStringLiteral("200000")});
        QCOMPARE(tooMuch.exitCode, 1);
        QCOMPARE(tooMuch.json()[QStringLiteral("error")][QStringLiteral("kind")].toString(),
                 QStringLiteral("refused"));
        const CliRun refunded =
            book.run({QStringLiteral("invoice"), QStringLiteral("refund"), QStringLiteral("10001"),
                      QStringLiteral("--amount"), QStringLiteral("30000")});
        QCOMPARE(refunded.exitCode, 0);
        QCOMPARE(refunded.json().value(QStringLiteral("refunded")).toInteger(), 30000);
        QCOMPARE(cli.sandbox.payment(reference)->refundedAmount, 30000);

        const CliRun status =
            book.run({QStringLiteral("invoice"), QStringLiteral("status"), QStringLiteral("10001")});
        QCOMPARE(status.exitCode, 0);
        QCOMPARE(status.json().value(QStringLiteral("status")).toString(), QStringLiteral("partly-refunded"));
        const QJsonArray attempts = status.json().value(QStringLiteral("attempts")).toArray();
        QCOMPARE(attempts.size(), 1);
        QCOMPARE(attempts[0][QStringLiteral("reference")].toString(), reference);
        QCOMPARE(attempts[0][QStringLiteral("captured")].toInteger(), 100000);
        QCOMPARE(attempts[0][QStringLiteral("refunded")].toInteger(), 30000);
        QStringList events;
        for (const auto& event : status.json().value(QStringLiteral("vippsEvents")).toArray())
            events << event[QStringLiteral("name")].toString();
        QCOMPARE(events, (QStringList{QStringLiteral("CREATED"), QStringLiteral("AUTHORIZED"),
                                      QStringLiteral("CAPTURED"), QStringLiteral("REFUNDED")}));
        QVERIFY(!status.json().value(QStringLiteral("timeline")).toArray().isEmpty());

        const QJsonObject row =
            invoicesIn(book.run({QStringLiteral("invoice"), QStringLiteral("list")}))[0].toObject();
        QCOMPARE(row.value(QStringLiteral("status")).toString(), QStringLiteral("partly-refunded"));
        QCOMPARE(row.value(QStringLiteral("captured")).toInteger(), 100000);
        QCOMPARE(row.value(QStringLiteral("refunded")).toInteger(), 30000);

        // What was not captured is released.
        const CliRun rest =
            book.run({QStringLiteral("invoice"), QStringLiteral("cancel"), QStringLiteral("10001")});
        QCOMPARE(rest.exitCode, 0);
        QCOMPARE(rest.json().value(QStringLiteral("cancelled")).toInteger(), 25000);
        QCOMPARE(cli.sandbox.payment(reference)->cancelledAmount, 25000);
    }

    void linkRequestIsCancelledAndSentAgain()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli book{cli, dir.filePath(QStringLiteral("data"))};
        QCOMPARE(book.importGoodAndBadRows(dir), 1);
        const CliRun sent =
            book.run({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("--all-drafts"),
                      QStringLiteral("--flow"), QStringLiteral("link")});
        QCOMPARE(sent.exitCode, 0);
        QCOMPARE(sent.json().value(QStringLiteral("sent")).toInt(), 2);
        QCOMPARE(cli.sandbox.payments().size(), 2);
        // Nothing is left to send.
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("--all-drafts")})
                     .json()
                     .value(QStringLiteral("sent"))
                     .toInt(),
                 0);

        QCOMPARE(
            book.run({QStringLiteral("invoice"), QStringLiteral("resend"), QStringLiteral("10002")}).exitCode,
            1); // the first request can still be paid
        const CliRun cancelled =
            book.run({QStringLiteral("invoice"), QStringLiteral("cancel"), QStringLiteral("10002")});
        QCOMPARE(cancelled.exitCode, 0);
        const QString first = cancelled.json().value(QStringLiteral("reference")).toString();
        QCOMPARE(cli.sandbox.payment(first)->state, QStringLiteral("TERMINATED"));
        const CliRun resent =
            book.run({QStringLiteral("invoice"), QStringLiteral("resend"), QStringLiteral("10002")});
        QCOMPARE(resent.exitCode, 0);
        const QString second = resent.json().value(QStringLiteral("reference")).toString();
        QVERIFY(second != first);
        QCOMPARE(resent.json().value(QStringLiteral("flow")).toString(), QStringLiteral("link"));
        QVERIFY(!resent.json().value(QStringLiteral("link")).toString().isEmpty());
        QCOMPARE(cli.sandbox.payment(second)->state, QStringLiteral("CREATED"));
    }

    void learnedPhoneNumberAllowsThePushOfTheNextInvoice()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli book{cli, dir.filePath(QStringLiteral("data"))};
        QCOMPARE(book.importGoodAndBadRows(dir), 1);
        // Ola's number is not known: a link that asks for it.
        const CliRun sent =
            book.run({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("10002"),
                      QStringLiteral("--flow"), QStringLiteral("link"), QStringLiteral("--learn-phone")});
        QCOMPARE(sent.exitCode, 0);
        const QString reference =
            sent.json()[QStringLiteral("results")][0][QStringLiteral("reference")].toString();
        QCOMPARE(cli.sandbox.payment(reference)->scope, QStringLiteral("phoneNumber"));
        QVERIFY(cli.sandbox.approve(reference, QStringLiteral("4748123456"), true).hasValue());

        const CliRun checked = book.run({QStringLiteral("invoice"), QStringLiteral("check"),
                                         QStringLiteral("10002"), QStringLiteral("--capture")});
        QCOMPARE(checked.exitCode, 0);
        const QJsonObject attempt = checked.json()[QStringLiteral("checked")][0].toObject();
        QCOMPARE(attempt.value(QStringLiteral("vippsState")).toString(), QStringLiteral("AUTHORIZED"));
        QCOMPARE(attempt.value(QStringLiteral("captured")).toInteger(), 49950);
        QCOMPARE(cli.sandbox.payment(reference)->capturedAmount, 49950);
        const QJsonArray customers = book.run({QStringLiteral("customer"), QStringLiteral("list")})
                                         .json()[QStringLiteral("customers")]
                                         .toArray();
        QCOMPARE(customers[1][QStringLiteral("name")].toString(), QStringLiteral("Ola Hansen"));
        QCOMPARE(customers[1][QStringLiteral("phone")].toString(), QStringLiteral("4748123456"));
        QCOMPARE(customers[1][QStringLiteral("pushAllowed")].toBool(), true);
        QCOMPARE(customers[1][QStringLiteral("consent")][QStringLiteral("source")].toString(),
                 QStringLiteral("shared-through-vipps"));

        // Learned once: a second check asks Vipps for the payment only.
        QCOMPARE(
            book.run({QStringLiteral("invoice"), QStringLiteral("check"), QStringLiteral("10002")}).exitCode,
            0);
        int learned = 0;
        for (const auto& entry :
             book.run({QStringLiteral("invoice"), QStringLiteral("status"), QStringLiteral("10002")})
                 .json()
                 .value(QStringLiteral("timeline"))
                 .toArray())
            learned += entry[QStringLiteral("action")].toString() == QLatin1String("learn-phone") ? 1 : 0;
        QCOMPARE(learned, 1);

        // The next invoice for Ola can be pushed.
        QByteArray next(
            "Fakturanummer;Kundenummer;Kunde;E-post;Beløp\n10010;K2;Ola Hansen;ola@example.com;200,00\n");
        QCOMPARE(book.run({QStringLiteral("invoice"), QStringLiteral("import"),
                           writeFile(dir, QStringLiteral("next.csv"), next)})
                     .exitCode,
                 0);
        const CliRun pushed =
            book.run({QStringLiteral("invoice"), QStringLiteral("send"), QStringLiteral("10010")});
        QCOMPARE(pushed.exitCode, 0);
        const QString pushReference =
            pushed.json()[QStringLiteral("results")][0][QStringLiteral("reference")].toString();
        QCOMPARE(cli.sandbox.payment(pushReference)->phone, QStringLiteral("4748123456"));
        QCOMPARE(cli.sandbox.payment(pushReference)->userFlow, QStringLiteral("PUSH_MESSAGE"));
    }

    void unansweredSendIsATransportFailureAndIsSettledOnTheNextRun()
    {
        CliRunner cli;
        QTemporaryDir dir;
        // The book chosen by the environment rather than --data-dir.
        cli.environment.insert(QStringLiteral("INVOICEDESK_DATA_DIR"), dir.filePath(QStringLiteral("data")));
        QCOMPARE(cli.run({QStringLiteral("invoice"), QStringLiteral("import"),
                          writeFile(dir, QStringLiteral("invoices.csv"), goodAndBadRows)})
                     .exitCode,
                 1);
        QVERIFY(QFile::exists(dir.filePath(QStringLiteral("data/Demo.invoicedesk.sqlite"))));

        const QString sandboxUrl = cli.environment.value(QStringLiteral("INVOICEDESK_BASE_URL"));
        // A loopback port nobody listens on.
        cli.environment.insert(QStringLiteral("INVOICEDESK_BASE_URL"), QStringLiteral("http://127.0.0.1:9"));
        const CliRun lost =
            cli.run({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("send"),
                     QStringLiteral("10002"), QStringLiteral("--flow"), QStringLiteral("qr")});
        QCOMPARE(lost.exitCode, 3);
        const QJsonObject item = lost.json()[QStringLiteral("results")][0].toObject();
        QCOMPARE(item.value(QStringLiteral("sent")).toBool(), false);
        QCOMPARE(item.value(QStringLiteral("outcomeUnknown")).toBool(), true);
        const QString reference = item.value(QStringLiteral("reference")).toString();
        QVERIFY(!reference.isEmpty());
        QVERIFY(cli.sandbox.payments().isEmpty());

        // Back online: the next command first completes the request, with the same reference.
        cli.environment.insert(QStringLiteral("INVOICEDESK_BASE_URL"), sandboxUrl);
        const CliRun settled =
            cli.run({QStringLiteral("--json"), QStringLiteral("invoice"), QStringLiteral("check")});
        QCOMPARE(settled.exitCode, 0);
        QVERIFY2(settled.err.contains(QStringLiteral("Settled 1 unfinished")), qPrintable(settled.err));
        QCOMPARE(cli.sandbox.payments().size(), 1);
        QCOMPARE(cli.sandbox.payment(reference)->userFlow, QStringLiteral("QR"));
        QCOMPARE(settled.json()[QStringLiteral("checked")][0][QStringLiteral("reference")].toString(),
                 reference);
        QCOMPARE(settled.json()[QStringLiteral("checked")][0][QStringLiteral("vippsState")].toString(),
                 QStringLiteral("CREATED"));
    }

    void aProfileRenamedInTheDesktopApplicationKeepsItsBook()
    {
        CliRunner cli;
        QTemporaryDir dir;
        const BookCli demo{cli, dir.filePath(QStringLiteral("data"))};
        QCOMPARE(demo.importGoodAndBadRows(dir), 1);
        {
            // Staff renamed the demo profile to "Shop" in the desktop application.
            QSettings settings(Storage::BookPaths(demo.dataDir).settingsFile(), QSettings::IniFormat);
            Workflows::MerchantProfile shop = Profiles::ProfileStore::demoProfile();
            shop.name = QStringLiteral("Shop");
            QVERIFY(Profiles::ProfileStore(settings).save(shop).hasValue());
        }
        const CliRun listed = demo.run({QStringLiteral("--profile"), QStringLiteral("Shop"),
                                        QStringLiteral("invoice"), QStringLiteral("list")});
        QCOMPARE(listed.exitCode, 0);
        QCOMPARE(numbersIn(invoicesIn(listed)),
                 (QStringList{QStringLiteral("10001"), QStringLiteral("10002")}));
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("data/Shop.invoicedesk.sqlite"))));
    }

    void withoutDataDirItKeepsTheBooksWhereTheDesktopApplicationDoes()
    {
#ifndef Q_OS_LINUX
        QSKIP("The data folder is placed through XDG_DATA_HOME on Linux only.");
#endif
        CliRunner cli;
        QTemporaryDir dir;
        const QString dataHome = dir.filePath(QStringLiteral("share"));
        cli.environment.remove(QStringLiteral("INVOICEDESK_DATA_DIR"));
        cli.environment.insert(QStringLiteral("XDG_DATA_HOME"), dataHome);
        QCOMPARE(cli.run({QStringLiteral("invoice"), QStringLiteral("import"),
                          writeFile(dir, QStringLiteral("invoices.csv"), goodAndBadRows)})
                     .exitCode,
                 1); // the two good rows imported, the three bad ones reported
        QVERIFY(QFile::exists(dataHome + QStringLiteral("/InvoiceDesk/InvoiceDesk/Demo.invoicedesk.sqlite")));

        // The desktop application, named the same way and given no folder, opens that very book.
        const QByteArray savedDataHome = qgetenv("XDG_DATA_HOME");
        qputenv("XDG_DATA_HOME", dataHome.toUtf8());
        setApplicationIdentity();
        const Storage::BookPaths paths;
        qputenv("XDG_DATA_HOME", savedDataHome);
        SystemClock clock;
        auto book = Storage::InvoiceBook::openProfile(paths, QStringLiteral("Demo"), clock);
        QVERIFY2(book.hasValue(), book ? "" : qPrintable(book.error().message));
        const auto rows = (*book)->invoiceRows();
        QVERIFY(rows.hasValue());
        QCOMPARE(rows->size(), 2);
    }
};

QTEST_GUILESS_MAIN(TestCliBook)
#include "tst_clibook.moc"
