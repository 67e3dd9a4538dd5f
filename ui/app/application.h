// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/prompter.h"
#include "common/translator.h"
#include "credentials/keychainstore.h"
#include "credentials/merchantcredentials.h"
#include "mainwindow/mainwindow.h"
#include "profiles/profilestore.h"
#include "storage/bookpaths.h"

#include <QObject>
#include <QSettings>

#include <memory>

namespace InvoiceDesk::Ui {

class AppSession;

// The desktop application's objects, wired once: settings, merchant profiles, the keychain, and the
// session and window of the current profile, opened again when staff switch or edit profiles.
class Application : public QObject {
    Q_OBJECT

public:
    struct Options {
        QString dataDirectory; // empty: the platform's app data folder
        QString profile;       // empty: the current profile of the settings
        bool demo = false;     // fill an empty Sandbox book with demo invoices
        QString language;      // "en" or "nb"; empty: the settings' choice, else the system's
    };

    explicit Application(const Options& options, QObject* parent = nullptr);
    ~Application() override;

    // Shows the window at once, saying that the book is opening; once it is painted, opens the
    // profile's session and fills the window (or says why it could not).
    void start();
    MainWindow* window() const { return m_window.get(); }

Q_SIGNALS:
    // The window is filled and ready for work.
    void windowShown();

private:
    void open(const Workflows::MerchantProfile& profile);
    void show(std::shared_ptr<AppSession> session);
    MainWindow::Shell shell();
    static QString staffName();

    Options m_options;
    SystemClock m_clock;
    Storage::BookPaths m_paths;
    QSettings m_settings;
    Translator m_translator; // before any window, so that every text is in the chosen language
    Profiles::ProfileStore m_profiles;
    Credentials::KeychainStore m_keychain;
    Credentials::MerchantCredentials m_credentials;
    Prompter m_prompter;
    std::unique_ptr<MainWindow> m_window; // before the session: the window refers to it
    std::shared_ptr<AppSession> m_session;
};

} // namespace InvoiceDesk::Ui
