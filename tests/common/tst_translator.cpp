// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translator.h"
#include "credentials/credentialerror.h"
#include "invoices/phonenumber.h"
#include "vipps/error.h"
#include "vipps/errormessages.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFileInfo>
#include <QLibraryInfo>
#include <QLocale>
#include <QTest>

using namespace InvoiceDesk;

namespace {

// Code 6040 through the same lookup the service layer uses for every refused operation.
QString capturedCannotBeCancelled()
{
    Vipps::Error error(Vipps::Error::Kind::Domain, QStringLiteral("Captured payments cannot be cancelled"),
                       400);
    error.setVippsCode(6040);
    return error.message();
}

const QString englishText = QStringLiteral("A captured payment cannot be cancelled. Refund it instead.");
const QString norwegianText =
    QStringLiteral("En betaling som er trukket, kan ikke kanselleres. Refunder den i stedet.");

} // namespace

class TestTranslator : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        // Without a Translator nothing is translated: the core's texts are English.
        QCOMPARE(capturedCannotBeCancelled(), englishText);
    }

    void picksTheFirstSystemLanguageItSpeaks_data()
    {
        QTest::addColumn<QStringList>("uiLanguages");
        QTest::addColumn<QString>("expected");
        QTest::newRow("bokmål") << QStringList{QStringLiteral("nb-NO")} << QStringLiteral("nb");
        QTest::newRow("plain no") << QStringList{QStringLiteral("no")} << QStringLiteral("nb");
        QTest::newRow("nynorsk") << QStringList{QStringLiteral("nn-NO"), QStringLiteral("nn")}
                                 << QStringLiteral("nb");
        QTest::newRow("qt locale name") << QStringList{QStringLiteral("nb_NO")} << QStringLiteral("nb");
        QTest::newRow("english") << QStringList{QStringLiteral("en-GB")} << QStringLiteral("en");
        QTest::newRow("german then bokmål")
            << QStringList{QStringLiteral("de-DE"), QStringLiteral("de"), QStringLiteral("nb-NO")}
            << QStringLiteral("nb");
        QTest::newRow("english before bokmål")
            << QStringList{QStringLiteral("en-US"), QStringLiteral("nb-NO")} << QStringLiteral("en");
        QTest::newRow("swedish only") << QStringList{QStringLiteral("sv-SE")} << QStringLiteral("en");
        QTest::newRow("nothing") << QStringList{} << QStringLiteral("en");
    }

    void picksTheFirstSystemLanguageItSpeaks()
    {
        QFETCH(QStringList, uiLanguages);
        QFETCH(QString, expected);
        QCOMPARE(Translator::languageFor(uiLanguages), expected);
    }

    void norwegianTranslatesTheCoreAndTheLocale()
    {
        {
            Translator translator(*QCoreApplication::instance(), QStringLiteral("nb"));
            QCOMPARE(translator.language(), QStringLiteral("nb"));
            QCOMPARE(capturedCannotBeCancelled(), norwegianText);
            QCOMPARE(Vipps::ErrorMessages::forCode(6170), QStringLiteral("Betalingen er allerede trukket."));
            QCOMPARE(QLocale().language(), QLocale::NorwegianBokmal);
            QCOMPARE(QLocale().toString(QDate(2026, 12, 24), QLocale::ShortFormat),
                     QStringLiteral("24.12.2026"));
            // Messages from helpers outside any class, and from value types, are found too.
            QString whyNot;
            QVERIFY(!PhoneNumber::parse(QStringLiteral("+99912345678"), QStringLiteral("NO"), &whyNot));
            QCOMPARE(whyNot, QStringLiteral("ukjent landkode"));
            QCOMPARE(Credentials::CredentialError(Credentials::CredentialError::Kind::Other).message(),
                     QStringLiteral("Systemets nøkkelring meldte en feil: ukjent feil"));
        }
        // Gone with its owner: the texts and the locale are as before.
        QCOMPARE(capturedCannotBeCancelled(), englishText);
        QCOMPARE(QLocale(), QLocale::system());
    }

    void englishStaysEnglish()
    {
        Translator translator(*QCoreApplication::instance(), QStringLiteral("en"));
        QCOMPARE(translator.language(), QStringLiteral("en"));
        QCOMPARE(capturedCannotBeCancelled(), englishText);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void anUnknownLanguageIsEnglish()
    {
        Translator translator(*QCoreApplication::instance(), QStringLiteral("de"));
        QCOMPARE(translator.language(), QStringLiteral("en"));
        QCOMPARE(capturedCannotBeCancelled(), englishText);
        QCOMPARE(QLocale().language(), QLocale::English);
    }

    void loadsQtsOwnTranslationWhereInstalled()
    {
        const QDir folder(QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        if (!QFileInfo::exists(folder.filePath(QStringLiteral("qtbase_nn.qm"))))
            QSKIP("Qt's translations are not installed here");
        Translator translator(*QCoreApplication::instance(), QStringLiteral("nb"));
        QVERIFY(translator.hasQtTranslation());
        const QString english = QStringLiteral("Displays help on commandline options.");
        QVERIFY(QCoreApplication::translate("QCommandLineParser", "Displays help on commandline options.") !=
                english);
    }
};

QTEST_GUILESS_MAIN(TestTranslator)
#include "tst_translator.moc"
