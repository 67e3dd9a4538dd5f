// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/languagemenu.h"

#include <QActionGroup>
#include <QSettings>

namespace InvoiceDesk::Ui {

LanguageMenu::LanguageMenu(QSettings& settings, QWidget* parent)
    : QMenu(tr("&Language"), parent)
    , m_settings(settings)
    , m_group(new QActionGroup(this))
{
    setObjectName(QStringLiteral("languageMenu"));
    const QString current = chosen();
    // Each language's own name, so that staff find theirs whatever the window speaks now.
    const struct {
        QString tag;
        QString name;
    } choices[] = {
        {QString(), tr("System Language")},
        {QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("nb"), QStringLiteral("Norsk bokmål")},
    };
    for (const auto& choice : choices) {
        QAction* action = addAction(choice.name);
        action->setCheckable(true);
        action->setChecked(choice.tag == current);
        action->setData(choice.tag);
        m_group->addAction(action);
        connect(action, &QAction::triggered, this,
                [this, tag = choice.tag, name = choice.name] { choose(tag, name); });
    }
    addSeparator();
    QAction* note = addAction(tr("Takes effect the next time InvoiceDesk starts"));
    note->setEnabled(false);
}

QString LanguageMenu::chosen() const
{
    const QString stored = m_settings.value(settingsKey()).toString();
    return stored == QLatin1String("en") || stored == QLatin1String("nb") ? stored : QString();
}

void LanguageMenu::choose(const QString& language, const QString& name)
{
    if (language == chosen())
        return;
    if (language.isEmpty())
        m_settings.remove(settingsKey());
    else
        m_settings.setValue(settingsKey(), language);
    m_settings.sync();
    Q_EMIT languageChosen(language, tr("InvoiceDesk will speak %1 the next time it starts.")
                                        .arg(language.isEmpty() ? tr("the system's language") : name));
}

} // namespace InvoiceDesk::Ui
