// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/application.h"

#include "app/appsession.h"
#include "app/demobook.h"
#include "mainwindow/languagemenu.h"

#include <QCoreApplication>
#include <QMessageBox>
#include <QStatusBar>

namespace InvoiceDesk::Ui {

Application::Application(const Options& options, QObject* parent)
    : QObject(parent)
    , m_options(options)
    , m_paths(Storage::BookPaths::fromEnvironment(options.dataDirectory))
    , m_settings(m_paths.settingsFile(), QSettings::IniFormat)
    , m_translator(*QCoreApplication::instance(),
                   options.language.isEmpty() ? m_settings.value(LanguageMenu::settingsKey()).toString()
                                              : options.language)
    , m_profiles(m_settings)
    , m_credentials(m_keychain)
{}

Application::~Application()
{
    m_window.reset();
    m_session.reset();
}

QString Application::staffName()
{
    const QString user = qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME"));
    return user.isEmpty() ? QStringLiteral("staff") : user;
}

MainWindow::Shell Application::shell()
{
    return MainWindow::Shell{m_prompter, m_settings, staffName(), &m_profiles, &m_credentials};
}

void Application::start()
{
    Workflows::MerchantProfile profile = m_profiles.current();
    if (!m_options.profile.isEmpty()) {
        if (const auto named = m_profiles.profile(m_options.profile))
            profile = *named;
    }
    // Opening the book, starting the Sandbox and reading the list take longer than showing a window:
    // the window comes first, so that staff see at once that InvoiceDesk is starting.
    m_window = std::make_unique<MainWindow>(shell(), profile);
    connect(m_window.get(), &MainWindow::readyToOpen, this, [this, profile] { open(profile); });
    m_window->show();
}

void Application::open(const Workflows::MerchantProfile& profile)
{
    AppSession::open(m_clock, m_paths, profile, m_credentials)
        .then(this, [this, profile](const Expected<std::shared_ptr<AppSession>, QString>& opened) {
            if (!opened) {
                const bool starting = !m_session;
                if (starting && m_window)
                    m_window->showOpeningFailed(opened.error());
                QMessageBox::critical(m_window.get(), tr("InvoiceDesk"),
                                      tr("The merchant profile “%1” could not be opened: %2")
                                          .arg(profile.name, opened.error()));
                if (starting && profile.environment != Vipps::EnvironmentKind::Sandbox)
                    open(Profiles::ProfileStore::demoProfile()); // something to work in all the same
                return;
            }
            show(*opened);
        });
}

void Application::show(std::shared_ptr<AppSession> session)
{
    // The window waiting for its first session is filled in; a profile opened later gets a new one.
    const bool fillWaiting = m_window && !m_window->isAttached() && !m_session;
    if (!fillWaiting)
        m_window.reset();
    m_session = std::move(session);
    if (m_options.demo && m_session->sandbox()) {
        if (const auto added = addDemoInvoices(m_session->book(), m_session->sandbox()->users(), m_clock);
            !added)
            qWarning("Demo invoices could not be added: %s", qPrintable(added.error().message));
    }
    if (fillWaiting) {
        m_window->attach(*m_session);
    } else {
        const MainWindow::Shell services = shell();
        m_window = std::make_unique<MainWindow>(
            MainWindow::Services{*m_session, services.prompter, services.settings, services.actor,
                                 services.profiles, services.credentials});
        m_window->show();
    }
    connect(m_window.get(), &MainWindow::profilesChanged, this, [this] { open(m_profiles.current()); });
    m_session->workflows().start().then(this, [this](Workflows::RecoveryReport report) {
        if (report.examined > 0 && m_window)
            m_window->statusBar()->showMessage(
                tr("Settled %1 unfinished request(s) from the last run: %2 found at Vipps MobilePay, %3 sent "
                   "again, %4 still unknown.")
                    .arg(report.examined)
                    .arg(report.foundAtVipps)
                    .arg(report.repeated)
                    .arg(report.unresolved));
    });
    Q_EMIT windowShown();
}

} // namespace InvoiceDesk::Ui
