// SPDX-License-Identifier: GPL-3.0-or-later
#include "invoices/phonenumber.h"

#include <QTest>

using namespace InvoiceDesk;

class TestPhoneNumber : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void accepts_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("msisdn");
        QTest::addColumn<QString>("display");
        const QString no = QStringLiteral("NO");
        QTest::newRow("NO international spaced")
            << QStringLiteral("+47 912 34 567") << no << QStringLiteral("4791234567")
            << QStringLiteral("+47 912 34 567");
        QTest::newRow("NO 0047 prefix") << QStringLiteral("0047 91234567") << no
                                        << QStringLiteral("4791234567") << QStringLiteral("+47 912 34 567");
        QTest::newRow("NO national with default region")
            << QStringLiteral("91234567") << no << QStringLiteral("4791234567")
            << QStringLiteral("+47 912 34 567");
        QTest::newRow("NO starting with 4")
            << QStringLiteral("412 34 567") << no << QStringLiteral("4741234567")
            << QStringLiteral("+47 412 34 567");
        QTest::newRow("NO msisdn as Vipps writes it")
            << QStringLiteral("4791234567") << no << QStringLiteral("4791234567")
            << QStringLiteral("+47 912 34 567");
        QTest::newRow("NO with dashes and brackets")
            << QStringLiteral("(+47) 912-34-567") << no << QStringLiteral("4791234567")
            << QStringLiteral("+47 912 34 567");
        QTest::newRow("DK international")
            << QStringLiteral("+45 20 12 34 56") << no << QStringLiteral("4520123456")
            << QStringLiteral("+45 20 12 34 56");
        QTest::newRow("DK national with DK")
            << QStringLiteral("20123456") << QStringLiteral("DK") << QStringLiteral("4520123456")
            << QStringLiteral("+45 20 12 34 56");
        QTest::newRow("SE national with SE")
            << QStringLiteral("070-123 45 67") << QStringLiteral("SE") << QStringLiteral("46701234567")
            << QStringLiteral("+46 70 123 45 67");
        QTest::newRow("SE international")
            << QStringLiteral("+46 70 123 45 67") << no << QStringLiteral("46701234567")
            << QStringLiteral("+46 70 123 45 67");
        QTest::newRow("FI international")
            << QStringLiteral("+358 40 123 4567") << no << QStringLiteral("358401234567")
            << QStringLiteral("+358 40 1234567");
        QTest::newRow("FI national with FI")
            << QStringLiteral("040 123 4567") << QStringLiteral("FI") << QStringLiteral("358401234567")
            << QStringLiteral("+358 40 1234567");
    }
    void accepts()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, msisdn);
        QFETCH(QString, display);
        QString why;
        const auto phone = PhoneNumber::parse(typed, region, &why);
        QVERIFY2(phone, qPrintable(why));
        QVERIFY(phone->isValid());
        QCOMPARE(phone->msisdn(), msisdn);
        QCOMPARE(phone->toDisplayString(), display);
        // What is shown to staff reads back as the same number.
        QCOMPARE(PhoneNumber::parse(phone->toDisplayString(), QStringLiteral("NO"))->msisdn(), msisdn);
    }

    void rejects_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QString>("region");
        QTest::addColumn<QString>("reasonContains");
        const QString no = QStringLiteral("NO");
        QTest::newRow("empty") << QString() << no << QStringLiteral("no number");
        QTest::newRow("too short") << QStringLiteral("912") << no << QStringLiteral("short");
        QTest::newRow("too short international")
            << QStringLiteral("+47 912 34") << no << QStringLiteral("short");
        QTest::newRow("letters") << QStringLiteral("9123 ABCD") << no << QStringLiteral("characters");
        QTest::newRow("vanity letters")
            << QStringLiteral("+47 FLOWERS") << no << QStringLiteral("characters");
        QTest::newRow("NO landline") << QStringLiteral("22 12 34 56") << no << QStringLiteral("landline");
        QTest::newRow("SE landline") << QStringLiteral("08-123 456 78") << QStringLiteral("SE")
                                     << QStringLiteral("landline");
        QTest::newRow("UK mobile") << QStringLiteral("+44 7700 900123") << no << QStringLiteral("country");
        QTest::newRow("German mobile")
            << QStringLiteral("+49 151 23456789") << no << QStringLiteral("country");
        QTest::newRow("unknown country code")
            << QStringLiteral("+999 1234 5678") << no << QStringLiteral("country");
        QTest::newRow("too long") << QStringLiteral("+47 912 34 567 89012") << no << QStringLiteral("long");
        QTest::newRow("emoji") << QStringLiteral("912 34 567 \U0001F4F1") << no
                               << QStringLiteral("characters");
    }
    void rejects()
    {
        QFETCH(QString, typed);
        QFETCH(QString, region);
        QFETCH(QString, reasonContains);
        QString why;
        QVERIFY(!PhoneNumber::parse(typed, region, &why));
        QVERIFY2(why.contains(reasonContains, Qt::CaseInsensitive), qPrintable(why));
    }

    void storedMsisdnIsCheckedForShape()
    {
        QCOMPARE(PhoneNumber::fromStoredMsisdn(QStringLiteral("4791234567")).msisdn(),
                 QStringLiteral("4791234567"));
        QVERIFY(!PhoneNumber::fromStoredMsisdn(QString()).isValid());
        QVERIFY(!PhoneNumber::fromStoredMsisdn(QStringLiteral("+4791234567")).isValid());
        QVERIFY(!PhoneNumber::fromStoredMsisdn(QStringLiteral("0791234567")).isValid());
        QVERIFY(PhoneNumber().toDisplayString().isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestPhoneNumber)
#include "tst_phonenumber.moc"
