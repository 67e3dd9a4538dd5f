// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QStringList>
#include <QTranslator>

class QCoreApplication;

namespace InvoiceDesk {

// Makes the application speak one language: InvoiceDesk's own messages (the .qm files compiled into
// the core under :/i18n) and Qt's (qtbase from Qt's translations folder, where it is installed), and
// the matching default QLocale, so amounts and dates read the way the text does. English is the source
// language; Norwegian Bokmål is the one translation. The caller (each main()) owns the object, created
// after the application and destroyed before it; destroying it uninstalls the translations and restores
// the previous default locale.
class Translator {
public:
    // `language` is "en" or "nb" (a tag such as "nb_NO" or "no" works too); empty follows the system's
    // UI languages. A language InvoiceDesk does not have is English.
    explicit Translator(QCoreApplication& application, const QString& language = {});
    ~Translator();
    Translator(const Translator&) = delete;
    Translator& operator=(const Translator&) = delete;

    // "en" or "nb".
    QString language() const { return m_language; }
    // True when Qt's own translation for the language was found and installed.
    bool hasQtTranslation() const { return m_qtLoaded; }

    // The first of `uiLanguages` (as QLocale::uiLanguages() lists them, most wanted first) that
    // InvoiceDesk speaks: Norwegian (nb, no and nn read Bokmål) or English; English if none is.
    static QString languageFor(const QStringList& uiLanguages);

private:
    QString m_language;
    QLocale m_previousDefault;
    QTranslator m_project;
    QTranslator m_qt;
    bool m_projectInstalled = false;
    bool m_qtLoaded = false;
};

} // namespace InvoiceDesk
