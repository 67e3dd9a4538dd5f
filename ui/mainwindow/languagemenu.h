// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMenu>

class QActionGroup;
class QSettings;

namespace InvoiceDesk::Ui {

// The language InvoiceDesk speaks: the system's, English or Norwegian Bokmål, kept in the settings
// file and used from the next start (every window would otherwise have to translate itself again
// while open). `--language` on the command line still wins for one run.
class LanguageMenu : public QMenu {
    Q_OBJECT
public:
    LanguageMenu(QSettings& settings, QWidget* parent = nullptr);

    static QString settingsKey() { return QStringLiteral("ui/language"); }
    // "" (the system's), "en" or "nb": what the settings say now.
    QString chosen() const;

Q_SIGNALS:
    // Staff chose another language; `note` says when it takes effect, in today's language.
    void languageChosen(const QString& language, const QString& note);

private:
    void choose(const QString& language, const QString& name);

    QSettings& m_settings;
    QActionGroup* m_group;
};

} // namespace InvoiceDesk::Ui
