// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QRegularExpression>

namespace InvoiceDesk {

namespace {

const QString english = QStringLiteral("en");
const QString norwegian = QStringLiteral("nb");

// "nb-NO" → "nb": the language part of a BCP 47 tag or a Qt locale name, lower case.
QString primaryLanguage(const QString& tag)
{
    static const QRegularExpression separator(QStringLiteral("[-_.@]"));
    const auto end = tag.indexOf(separator);
    return (end < 0 ? tag : tag.left(end)).trimmed().toLower();
}

// The locale that formats amounts and dates for the language. English keeps the system's territory
// where Qt has English for it (en_GB, en_DE, en_SE, ...). Elsewhere (Norway has no en_NO) it is
// British English rather than Qt's en_US: day before month, as Norwegian readers expect.
QLocale localeFor(const QString& language)
{
    if (language == norwegian)
        return QLocale(QLocale::NorwegianBokmal, QLocale::Norway);
    const QLocale::Territory territory = QLocale::system().territory();
    const QLocale local(QLocale::English, territory);
    return local.territory() == territory ? local : QLocale(QLocale::English, QLocale::UnitedKingdom);
}

} // namespace

QString Translator::languageFor(const QStringList& uiLanguages)
{
    for (const QString& tag : uiLanguages) {
        const QString primary = primaryLanguage(tag);
        if (primary == english)
            return english;
        // Nynorsk readers and the plain "no" tag read Bokmål, which is closer than English.
        if (primary == norwegian || primary == QLatin1String("no") || primary == QLatin1String("nn"))
            return norwegian;
    }
    return english;
}

Translator::Translator(QCoreApplication& application, const QString& language)
    : m_language(languageFor(language.isEmpty() ? QLocale::system().uiLanguages() : QStringList{language}))
    , m_previousDefault(QLocale())
{
    // Translators are installed on the one application object; it must exist before this one.
    Q_ASSERT(&application == QCoreApplication::instance());

    // English needs its file too: it carries the English plural forms of the %n messages.
    if (m_project.load(QStringLiteral(":/i18n/invoicedesk_%1.qm").arg(m_language)))
        m_projectInstalled = QCoreApplication::installTranslator(&m_project);

    // Qt's own translations have no Bokmål for its texts (buttons, standard dialogs); Nynorsk is
    // the nearest.
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    const QStringList qtLanguages = m_language == norwegian
                                        ? QStringList{norwegian, QStringLiteral("no"), QStringLiteral("nn")}
                                        : QStringList{english};
    for (const QString& candidate : qtLanguages) {
        if (m_qt.load(QStringLiteral("qtbase_") + candidate, qtFolder)) {
            m_qtLoaded = QCoreApplication::installTranslator(&m_qt);
            break;
        }
    }

    QLocale::setDefault(localeFor(m_language));
}

Translator::~Translator()
{
    // QTranslator's destructor would remove itself too; doing it here keeps the order explicit.
    if (m_qtLoaded)
        QCoreApplication::removeTranslator(&m_qt);
    if (m_projectInstalled)
        QCoreApplication::removeTranslator(&m_project);
    QLocale::setDefault(m_previousDefault);
}

} // namespace InvoiceDesk
