// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/csvreader.h"
#include "storage/textdecoding.h"

#include <QTest>

using namespace InvoiceDesk::Storage;

class TestCsvReader : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void decodesWindows1252()
    {
        // "Blåbær Ærø Øst € – “sitat”" as Windows-1252 writes it.
        const QByteArray bytes("Bl\xE5"
                               "b\xE6r \xC6r\xF8 \xD8st \x80 \x96 \x93sitat\x94 \x9F");
        QVERIFY(!TextDecoding::isValidUtf8(bytes));
        TextDecoding::Encoding encoding = TextDecoding::Encoding::Utf8;
        const QString text = TextDecoding::decode(bytes, &encoding);
        QCOMPARE(encoding, TextDecoding::Encoding::Windows1252);
        QCOMPARE(text, QStringLiteral("Blåbær Ærø Øst € – “sitat” Ÿ"));
    }

    void decodesUtf8WithAndWithoutBom()
    {
        const QByteArray plain = QStringLiteral("Kunde;Beløp\nÆrlig Åse;12\n").toUtf8();
        TextDecoding::Encoding encoding = TextDecoding::Encoding::Windows1252;
        QCOMPARE(TextDecoding::decode(plain, &encoding), QStringLiteral("Kunde;Beløp\nÆrlig Åse;12\n"));
        QCOMPARE(encoding, TextDecoding::Encoding::Utf8);
        const QString withBom = TextDecoding::decode(QByteArray("\xEF\xBB\xBF") + plain, &encoding);
        QCOMPARE(encoding, TextDecoding::Encoding::Utf8WithBom);
        QVERIFY(withBom.startsWith(QLatin1String("Kunde")));
        // Plain ASCII is valid UTF-8.
        TextDecoding::decode("a;b", &encoding);
        QCOMPARE(encoding, TextDecoding::Encoding::Utf8);
    }

    void detectsDelimiter_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("delimiter");
        QTest::newRow("semicolon") << QStringLiteral("a;b;c\n1,5;2;3") << QStringLiteral(";");
        QTest::newRow("comma") << QStringLiteral("a,b,c\n\"1,5\",2,3") << QStringLiteral(",");
        QTest::newRow("tab") << QStringLiteral("a\tb\tc\n1,5\t2\t3") << QStringLiteral("\t");
        QTest::newRow("quoted comma in header") << QStringLiteral("\"a,b\";c\n") << QStringLiteral(";");
        QTest::newRow("only header line counts") << QStringLiteral("a;b\n1,2,3,4,5") << QStringLiteral(";");
        QTest::newRow("single column") << QStringLiteral("invoice\n1") << QStringLiteral(";");
    }
    void detectsDelimiter()
    {
        QFETCH(QString, text);
        QFETCH(QString, delimiter);
        QCOMPARE(QString(CsvReader::detectDelimiter(text)), delimiter);
    }

    void parsesQuotedFields()
    {
        const QString text = QStringLiteral("a;b;c\r\n"
                                            "\"x;y\";\"he said \"\"hi\"\"\";\"two\r\nlines\"\r\n"
                                            "plain; spaced ;\r\n"
                                            "\r\n"
                                            ";;\r\n"
                                            "last;\"\";end");
        const QList<CsvRecord> records = CsvReader::parse(text, QLatin1Char(';'));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(0).fields,
                 (QStringList{QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}));
        QCOMPARE(records.at(0).line, 1);
        QCOMPARE(records.at(1).fields, (QStringList{QStringLiteral("x;y"), QStringLiteral("he said \"hi\""),
                                                    QStringLiteral("two\nlines")}));
        QCOMPARE(records.at(1).line, 2);
        QCOMPARE(records.at(2).fields,
                 (QStringList{QStringLiteral("plain"), QStringLiteral(" spaced "), QString()}));
        QCOMPARE(records.at(2).line, 4); // the quoted line break made record 2 two lines long
        QCOMPARE(records.at(3).line, 7); // a blank line and an empty record are skipped, not renumbered
        QCOMPARE(records.at(3).fields,
                 (QStringList{QStringLiteral("last"), QString(), QStringLiteral("end")}));
        for (const CsvRecord& record : records)
            QVERIFY(record.error.isEmpty());
    }

    void acceptsEveryLineEnding()
    {
        for (const QString& newline : {QStringLiteral("\n"), QStringLiteral("\r\n"), QStringLiteral("\r")}) {
            const QString text = QStringLiteral("a;b") + newline + QStringLiteral("1;2") + newline +
                                 QStringLiteral("\"x") + newline + QStringLiteral("y\";3") + newline;
            const QList<CsvRecord> records = CsvReader::parse(text, QLatin1Char(';'));
            QCOMPARE(records.size(), 3);
            QCOMPARE(records.at(1).line, 2);
            QCOMPARE(records.at(2).fields.first(), QStringLiteral("x\ny"));
            QCOMPARE(records.at(2).line, 3);
        }
    }

    void unterminatedQuoteLosesNoLaterRow()
    {
        const QString text = QStringLiteral("a;b\n1;\"open\n2;two\n3;three\n");
        const QList<CsvRecord> records = CsvReader::parse(text, QLatin1Char(';'));
        QCOMPARE(records.size(), 4);
        QCOMPARE(records.at(1).line, 2);
        QVERIFY(records.at(1).error.contains(QLatin1String("not closed")));
        QCOMPARE(records.at(2).line, 3);
        QCOMPARE(records.at(2).fields, (QStringList{QStringLiteral("2"), QStringLiteral("two")}));
        QCOMPARE(records.at(3).line, 4);
        QVERIFY(records.at(3).error.isEmpty());
    }

    void readsWholeFiles()
    {
        const QByteArray bytes = QByteArray("Faktura\tKunde\tBel\xF8p\r\n1\tS\xF8ren \xC6"
                                            "bel\t1 234,50\r\n");
        const CsvTable table = CsvReader::read(bytes);
        QCOMPARE(table.encoding, TextDecoding::Encoding::Windows1252);
        QCOMPARE(table.delimiter, QLatin1Char('\t'));
        QCOMPARE(table.records.size(), 2);
        QCOMPARE(table.records.at(0).fields.at(2), QStringLiteral("Beløp"));
        QCOMPARE(table.records.at(1).fields.at(1), QStringLiteral("Søren Æbel"));
        QVERIFY(CsvReader::read(QByteArray()).records.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
