// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/money.h"

#include <QTest>

using namespace InvoiceDesk;

class TestMoney : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qlonglong>("minor");
        QTest::newRow("integer") << QStringLiteral("1234") << 123400LL;
        QTest::newRow("decimal comma") << QStringLiteral("1234,5") << 123450LL;
        QTest::newRow("decimal point") << QStringLiteral("20.00") << 2000LL;
        QTest::newRow("space thousands") << QStringLiteral("1 234,50") << 123450LL;
        QTest::newRow("nbsp thousands") << QStringLiteral("1\u00a0234,50") << 123450LL;
        QTest::newRow("dot thousands") << QStringLiteral("1.234,50") << 123450LL;
        QTest::newRow("comma thousands") << QStringLiteral("1,234.50") << 123450LL;
        QTest::newRow("millions") << QStringLiteral("1.234.567,89") << 123456789LL;
        QTest::newRow("negative") << QStringLiteral("-12,00") << -1200LL;
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(qlonglong, minor);
        const auto money = Money::parse(text, QStringLiteral("NOK"));
        QVERIFY(money);
        QCOMPARE(money->minorUnits(), minor);
        QCOMPARE(money->currency(), QStringLiteral("NOK"));
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("empty") << QString();
        QTest::newRow("letters") << QStringLiteral("12a");
        QTest::newRow("three decimals") << QStringLiteral("1,234.567");
        QTest::newRow("bad grouping") << QStringLiteral("12.34.56");
        QTest::newRow("two signs") << QStringLiteral("--5");
    }
    void rejects()
    {
        QFETCH(QString, text);
        QVERIFY(!Money::parse(text, QStringLiteral("NOK")));
    }

    void formats()
    {
        QCOMPARE(Money(123450, QStringLiteral("NOK")).toPlainString(), QStringLiteral("1234.50"));
        QCOMPARE(Money(-5, QStringLiteral("NOK")).toPlainString(), QStringLiteral("-0.05"));
        const QString nb =
            Money(123450, QStringLiteral("NOK")).toDisplayString(QLocale(QLocale::NorwegianBokmal));
        QVERIFY2(nb.contains(QStringLiteral("234,50")), qPrintable(nb));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
