// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/reference.h"

#include <QTest>

using namespace InvoiceDesk;

class TestReference : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void makes_data()
    {
        QTest::addColumn<QString>("prefix");
        QTest::addColumn<QString>("number");
        QTest::addColumn<int>("attempt");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("acme") << QStringLiteral("10001") << 1
                               << QStringLiteral("acme-10001-1");
        QTest::newRow("second attempt")
            << QStringLiteral("acme") << QStringLiteral("10001") << 2 << QStringLiteral("acme-10001-2");
        QTest::newRow("slash and space")
            << QStringLiteral("inv") << QStringLiteral("2026/ 001") << 1 << QStringLiteral("inv-2026-001-1");
        QTest::newRow("norwegian letters")
            << QStringLiteral("inv") << QStringLiteral("Ærø-12") << 3 << QStringLiteral("inv-r-12-3");
        QTest::newRow("short is padded")
            << QStringLiteral("a") << QStringLiteral("7") << 1 << QStringLiteral("a-0007-1");
        QTest::newRow("no prefix short")
            << QString() << QStringLiteral("7") << 1 << QStringLiteral("000007-1");
        QTest::newRow("only symbols")
            << QStringLiteral("inv") << QStringLiteral("###") << 1 << QStringLiteral("inv-00-1");
        QTest::newRow("bad prefix cleaned")
            << QStringLiteral("my shop!") << QStringLiteral("55") << 10 << QStringLiteral("my-shop-55-10");
    }
    void makes()
    {
        QFETCH(QString, prefix);
        QFETCH(QString, number);
        QFETCH(int, attempt);
        QFETCH(QString, expected);
        const Reference reference = Reference::make(prefix, number, attempt);
        QCOMPARE(reference.toString(), expected);
        QVERIFY(Reference::isValid(reference.toString()));
    }

    void longNumbersStayValidAndDistinct()
    {
        const QString base = QString(70, QLatin1Char('9'));
        const Reference a = Reference::make(QStringLiteral("acme"), base + QStringLiteral("1"), 1);
        const Reference b = Reference::make(QStringLiteral("acme"), base + QStringLiteral("2"), 1);
        QVERIFY(Reference::isValid(a.toString()));
        QVERIFY(Reference::isValid(b.toString()));
        QCOMPARE(a.toString().size(), Reference::MaximumLength);
        QVERIFY(a.toString().startsWith(QLatin1String("acme-999")));
        QVERIFY(a.toString().endsWith(QLatin1String("-1")));
        QVERIFY(a != b);
        // Stable: the same input gives the same reference.
        QCOMPARE(Reference::make(QStringLiteral("acme"), base + QStringLiteral("1"), 1), a);
        // Even an absurd prefix gives a valid reference.
        QVERIFY(Reference::isValid(Reference::make(QString(100, QLatin1Char('p')), base, 12).toString()));
    }

    void validates()
    {
        QVERIFY(Reference::isValid(QStringLiteral("acme-1-1")));
        QVERIFY(!Reference::isValid(QStringLiteral("acme-1")));       // 6 characters
        QVERIFY(!Reference::isValid(QStringLiteral("acme_10001_1"))); // underscore
        QVERIFY(!Reference::isValid(QString(65, QLatin1Char('a'))));
        QVERIFY(Reference::isValid(QString(64, QLatin1Char('a'))));
        QVERIFY(Reference::fromString(QStringLiteral("inv-2026-001-1")));
        QVERIFY(!Reference::fromString(QStringLiteral("inv 2026")));
    }
};

QTEST_GUILESS_MAIN(TestReference)
#include "tst_reference.moc"
