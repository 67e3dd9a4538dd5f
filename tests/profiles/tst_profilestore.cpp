// SPDX-License-Identifier: GPL-3.0-or-later
#include "profiles/profilestore.h"
#include "profiles/profilevalidator.h"

#include <QFile>
#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using Workflows::MerchantProfile;

namespace {

// A profile with a value other than the default in every field.
MerchantProfile fullProfile()
{
    MerchantProfile p;
    p.name = QStringLiteral("Bakeri Øst AS");
    p.storedBookName = QStringLiteral("Bakeriet"); // the name it had when it was first saved
    p.environment = Vipps::EnvironmentKind::Production;
    p.merchantSerialNumber = QStringLiteral("987654");
    p.systemName = QStringLiteral("invoicedesk-office");
    p.invoiceLinkTemplate = QStringLiteral("https://faktura.example.no/vis?nr={number}&ref={reference}");
    p.returnUrl = QUrl(QStringLiteral("https://faktura.example.no/takk"));
    p.referencePrefix = QStringLiteral("bak-ost");
    p.orderCategory = QStringLiteral("RECEIPT");
    p.language = QStringLiteral("en");
    p.currency = QStringLiteral("EUR");
    p.defaultExpiry = std::chrono::hours(24 * 3);
    p.maximumExpiry = std::chrono::hours(24 * 60);
    p.captureAutomatically = false;
    return p;
}

} // namespace

class TestProfileStore : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString iniFile() const { return m_dir.filePath(QStringLiteral("invoicedesk.ini")); }
    QByteArray iniContents() const
    {
        QFile file(iniFile());
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return file.readAll();
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        QFile::remove(iniFile());
    }

    void roundTripsEveryFieldThroughTheFile()
    {
        const MerchantProfile original = fullProfile();
        MerchantProfile custom = fullProfile();
        custom.name = QStringLiteral("Local");
        custom.storedBookName = QStringLiteral("Local");
        custom.environment = Vipps::EnvironmentKind::Custom;
        custom.customBaseUrl = QUrl(QStringLiteral("http://127.0.0.1:8123"));
        {
            QSettings settings(iniFile(), QSettings::IniFormat);
            Profiles::ProfileStore store(settings);
            const auto saved = store.save(original);
            QVERIFY2(saved.hasValue(), qPrintable(saved.hasValue() ? QString() : saved.error()));
            QVERIFY(store.save(custom).hasValue());
            store.setCurrentName(custom.name);
        }
        QSettings reopened(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(reopened);
        const QList<MerchantProfile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0), original);
        QCOMPARE(all.at(1), custom);
        QCOMPARE(store.profile(original.name), original);
        QCOMPARE(store.currentName(), custom.name);
        QCOMPARE(store.current(), custom);
        QVERIFY(!store.profile(QStringLiteral("Nobody")).has_value());
    }

    void anOlderFileFilesTheBookUnderTheProfilesName()
    {
        {
            // As written before profiles kept their book's name.
            QSettings settings(iniFile(), QSettings::IniFormat);
            settings.beginWriteArray(QStringLiteral("profiles"), 1);
            settings.setArrayIndex(0);
            settings.setValue(QStringLiteral("name"), QStringLiteral("Shop"));
            settings.setValue(QStringLiteral("environment"), QStringLiteral("sandbox"));
            settings.endArray();
        }
        QSettings settings(iniFile(), QSettings::IniFormat);
        const auto shop = Profiles::ProfileStore(settings).profile(QStringLiteral("Shop"));
        QVERIFY(shop);
        QCOMPARE(shop->bookName(), QStringLiteral("Shop"));
    }

    void aRenamedProfileKeepsItsBook()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        MerchantProfile first;
        first.name = QStringLiteral("Shop");
        QVERIFY(store.save(first).hasValue()); // first saved: its book is filed under "Shop"
        MerchantProfile renamed = *store.profile(QStringLiteral("Shop"));
        QCOMPARE(renamed.bookName(), QStringLiteral("Shop"));
        renamed.name = QStringLiteral("Bakery");
        QVERIFY(store.remove(QStringLiteral("Shop")).hasValue());
        QVERIFY(store.save(renamed).hasValue());

        QSettings reopened(iniFile(), QSettings::IniFormat);
        const auto bakery = Profiles::ProfileStore(reopened).profile(QStringLiteral("Bakery"));
        QVERIFY(bakery);
        QCOMPARE(bakery->bookName(), QStringLiteral("Shop"));
        QCOMPARE(Profiles::ProfileStore::demoProfile().bookName(), QStringLiteral("Demo"));
    }

    void twoProfilesNeverShareABook()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        MerchantProfile shop;
        shop.name = QStringLiteral("Shop");
        shop.storedBookName = QStringLiteral("Demo"); // the demo profile, renamed
        QVERIFY(store.save(shop).hasValue());

        MerchantProfile demo;
        demo.name = QStringLiteral("Demo"); // new, with the name the book of "Shop" has
        const auto saved = store.save(demo);
        QVERIFY(saved.hasValue());
        QCOMPARE(saved->bookName(), QStringLiteral("Demo 2"));
        QCOMPARE(store.profile(QStringLiteral("Demo"))->bookName(), QStringLiteral("Demo 2"));
        // Saved again without its book name, a stored profile keeps the one it has.
        QCOMPARE(store.save(demo)->bookName(), QStringLiteral("Demo 2"));
        MerchantProfile unnamedShop = shop;
        unnamedShop.storedBookName.clear();
        QCOMPARE(store.save(unnamedShop)->bookName(), QStringLiteral("Demo"));

        // A book name that leads to another profile's file is refused, and nothing changes.
        MerchantProfile other;
        other.name = QStringLiteral("Other");
        other.storedBookName = QStringLiteral("demo"); // the same file on Windows and macOS
        const auto refused = store.save(other);
        QVERIFY(!refused.hasValue());
        QVERIFY2(refused.error().contains(QStringLiteral("Shop")), qPrintable(refused.error()));
        QCOMPARE(store.profiles().size(), 2);
    }

    void savingAgainReplacesInPlace()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        MerchantProfile a = fullProfile();
        MerchantProfile b = fullProfile();
        b.name = QStringLiteral("Second");
        b.storedBookName.clear(); // a book of its own
        QVERIFY(store.save(a).hasValue());
        QVERIFY(store.save(b).hasValue());
        a.merchantSerialNumber = QStringLiteral("111111");
        QVERIFY(store.save(a).hasValue());
        const QList<MerchantProfile> all = store.profiles();
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).merchantSerialNumber, QStringLiteral("111111"));
        QCOMPARE(all.at(1).name, QStringLiteral("Second"));
    }

    void removesAndForgetsTheCurrentName()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        MerchantProfile a = fullProfile();
        MerchantProfile b = fullProfile();
        b.name = QStringLiteral("Second");
        b.storedBookName.clear(); // a book of its own
        QVERIFY(store.save(a).hasValue());
        QVERIFY(store.save(b).hasValue());
        store.setCurrentName(b.name);
        QVERIFY(store.remove(b.name).hasValue());
        QCOMPARE(store.profiles().size(), 1);
        QCOMPARE(store.currentName(), QString());
        QCOMPARE(store.current(), a); // the first stored profile when the current one is gone
        QVERIFY(!store.remove(QStringLiteral("Second")).hasValue());
        QVERIFY(!iniContents().contains("Second"));
    }

    void fallsBackToTheDemoProfile()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        QVERIFY(store.profiles().isEmpty());
        const MerchantProfile demo = store.current();
        QCOMPARE(demo.name, QStringLiteral("Demo"));
        QCOMPARE(demo.environment, Vipps::EnvironmentKind::Sandbox);
        QCOMPARE(demo.merchantSerialNumber, QStringLiteral("123456"));
        QVERIFY(Profiles::ProfileValidator::problems(demo).isEmpty());
        store.setCurrentName(QStringLiteral("Missing"));
        QCOMPARE(store.current(), demo);
    }

    void anUnknownEnvironmentReadsAsSandbox()
    {
        {
            QSettings settings(iniFile(), QSettings::IniFormat);
            Profiles::ProfileStore store(settings);
            QVERIFY(store.save(fullProfile()).hasValue());
            settings.setValue(QStringLiteral("profiles/1/environment"), QStringLiteral("moon"));
        }
        QSettings settings(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        QCOMPARE(store.profiles().at(0).environment, Vipps::EnvironmentKind::Sandbox);
    }

    void keepsKeysOutOfTheFile()
    {
        QSettings settings(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        MerchantProfile p = fullProfile();
        p.clientId = QStringLiteral("client-id-7f3a9c");
        QVERIFY(store.save(p).hasValue());
        const QByteArray ini = iniContents();
        QVERIFY(ini.contains("987654"));            // the file was written...
        QVERIFY(!ini.contains("client-id-7f3a9c")); // ...without the id the keychain keeps
        QVERIFY(!ini.toLower().contains("secret"));
        QVERIFY(!ini.toLower().contains("subscription"));
        QVERIFY(!ini.toLower().contains("clientid"));
        QCOMPARE(store.profile(p.name)->clientId, QString());
    }

    void validates_data()
    {
        QTest::addColumn<MerchantProfile>("profile");
        QTest::addColumn<Profiles::ProfileField>("field");
        QTest::addColumn<QString>("message");
        const auto with = [](auto change) {
            MerchantProfile p = fullProfile();
            change(p);
            return p;
        };
        QTest::newRow("empty name") << with([](MerchantProfile& p) { p.name = QStringLiteral("  "); })
                                    << Profiles::ProfileField::Name
                                    << QStringLiteral("The profile needs a name.");
        QTest::newRow("msn letters")
            << with([](MerchantProfile& p) { p.merchantSerialNumber = QStringLiteral("12a45"); })
            << Profiles::ProfileField::MerchantSerialNumber
            << QStringLiteral(
                   "The merchant serial number (MSN) is the number of the sales unit at Vipps: digits "
                   "only.");
        QTest::newRow("msn empty in test")
            << with([](MerchantProfile& p) {
                   p.environment = Vipps::EnvironmentKind::Test;
                   p.merchantSerialNumber.clear();
               })
            << Profiles::ProfileField::MerchantSerialNumber
            << QStringLiteral(
                   "The merchant serial number (MSN) is the number of the sales unit at Vipps: digits "
                   "only.");
        QTest::newRow("prefix underscore")
            << with([](MerchantProfile& p) { p.referencePrefix = QStringLiteral("inv_2"); })
            << Profiles::ProfileField::ReferencePrefix
            << QStringLiteral(
                   "The reference prefix may contain only the letters A–Z, digits and single dashes "
                   "between them (Vipps references allow nothing else).");
        QTest::newRow("prefix letter outside A-Z")
            << with([](MerchantProfile& p) { p.referencePrefix = QStringLiteral("fåk"); })
            << Profiles::ProfileField::ReferencePrefix
            << QStringLiteral(
                   "The reference prefix may contain only the letters A–Z, digits and single dashes "
                   "between them (Vipps references allow nothing else).");
        QTest::newRow("link without placeholder")
            << with([](MerchantProfile& p) {
                   p.invoiceLinkTemplate = QStringLiteral("https://x.example/inv");
               })
            << Profiles::ProfileField::InvoiceLinkTemplate
            << QStringLiteral(
                   "The invoice link must contain {number} or {reference}, so that each invoice gets "
                   "its own link.");
        QTest::newRow("link over http")
            << with([](MerchantProfile& p) {
                   p.invoiceLinkTemplate = QStringLiteral("http://x.example/{number}");
               })
            << Profiles::ProfileField::InvoiceLinkTemplate
            << QStringLiteral("The invoice link must start with https:// (http:// only for this computer).");
        QTest::newRow("return url http")
            << with([](MerchantProfile& p) { p.returnUrl = QUrl(QStringLiteral("http://x.example/thanks")); })
            << Profiles::ProfileField::ReturnUrl
            << QStringLiteral("The return address must start with https://.");
        QTest::newRow("maximum over 60 days")
            << with([](MerchantProfile& p) { p.maximumExpiry = std::chrono::hours(24 * 61); })
            << Profiles::ProfileField::MaximumExpiry
            << QStringLiteral("The maximum expiry must be between 1 hour and 60 days.");
        QTest::newRow("default over maximum")
            << with([](MerchantProfile& p) {
                   p.maximumExpiry = std::chrono::hours(24);
                   p.defaultExpiry = std::chrono::hours(48);
               })
            << Profiles::ProfileField::DefaultExpiry
            << QStringLiteral("The default expiry must not be longer than the maximum expiry.");
    }

    void validates()
    {
        QFETCH(MerchantProfile, profile);
        QFETCH(Profiles::ProfileField, field);
        QFETCH(QString, message);
        QCOMPARE(Profiles::ProfileValidator::problemWith(profile, field), message);
        QSettings settings(iniFile(), QSettings::IniFormat);
        Profiles::ProfileStore store(settings);
        const auto saved = store.save(profile);
        QVERIFY(!saved.hasValue());
        QCOMPARE(saved.error(), message);
        QVERIFY(store.profiles().isEmpty());
    }

    void acceptsTheEdges()
    {
        MerchantProfile p = fullProfile();
        p.environment = Vipps::EnvironmentKind::Sandbox;
        p.merchantSerialNumber.clear(); // the sandbox's demo merchant
        p.invoiceLinkTemplate = QStringLiteral("http://127.0.0.1:8080/invoice/{reference}");
        p.maximumExpiry = std::chrono::hours(24 * 60);
        p.defaultExpiry = p.maximumExpiry;
        QCOMPARE(Profiles::ProfileValidator::problems(p), QList<Profiles::ProfileProblem>());
    }
};

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profilestore.moc"
