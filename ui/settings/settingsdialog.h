// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/merchantkeys.h"
#include "workflows/merchantprofile.h"

#include <QDialog>
#include <QList>
#include <QUrl>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QListWidget;
class QNetworkAccessManager;
class QPushButton;

namespace InvoiceDesk {
class Clock;
}
namespace InvoiceDesk::Credentials {
class MerchantCredentials;
}
namespace InvoiceDesk::Profiles {
class ProfileStore;
}

namespace InvoiceDesk::Ui {

class ConnectionTester;
class ProfileEditor;

// The merchant profiles: add, remove, choose the one in use, and edit each with its keys. Profiles
// go to the ProfileStore and keys to the keychain when staff press OK or Apply; the keychain is
// written asynchronously, and OK closes the dialog once it has answered.
class SettingsDialog : public QDialog {
    Q_OBJECT
public:
    // `sandboxBaseUrl` gives the address of the simulator that Sandbox profiles talk to.
    SettingsDialog(Profiles::ProfileStore& store, Credentials::MerchantCredentials& credentials,
                   QNetworkAccessManager& network, Clock& clock, std::function<QUrl()> sandboxBaseUrl,
                   QWidget* parent = nullptr);
    // Without the simulator's address: Test connection then works for Test and Production only,
    // until setSandboxBaseUrl gives it.
    SettingsDialog(Profiles::ProfileStore& store, Credentials::MerchantCredentials& credentials,
                   QNetworkAccessManager& network, Clock& clock, QWidget* parent = nullptr);
    ~SettingsDialog() override;

    void setSandboxBaseUrl(std::function<QUrl()> sandboxBaseUrl);

    // True while OK and Apply are enabled: every profile is valid and nothing is being saved.
    bool canApply() const;

    void accept() override;

Q_SIGNALS:
    void profilesChanged();
    // The keychain has answered every save of the last OK or Apply.
    void saveFinished();

private:
    struct Entry {
        int id = 0; // stays the same while rows come and go, for answers that arrive later
        Workflows::MerchantProfile profile;
        Vipps::MerchantKeys keys;
        QString storedName;       // the name in the store; empty for a new profile
        bool keysLoaded = false;  // asked the keychain already
        bool keysChanged = false; // to be written to the keychain
    };

    void addProfile();
    void removeProfile();
    void useProfile();
    void select(int row);
    void showRow(int row); // selects the row in the list and shows it in the editor
    void loadKeys(int row);
    Entry* entryWithId(int id);
    void takeEdits();
    void refreshList();
    void revalidate();
    QList<QString> duplicateNames() const;
    void apply(bool closeWhenDone);
    void finishSave();
    void testConnection();
    void setStatus(const QString& text, bool problem);

    Profiles::ProfileStore& m_store;
    Credentials::MerchantCredentials& m_credentials;
    std::function<QUrl()> m_sandboxBaseUrl;
    ConnectionTester* m_tester = nullptr;

    QList<Entry> m_entries;
    QStringList m_removed;
    int m_selected = -1;
    int m_current = -1;
    int m_savesRunning = 0;
    int m_nextId = 1;
    QStringList m_saveProblems;
    bool m_closeWhenSaved = false;

    QListWidget* m_list = nullptr;
    ProfileEditor* m_editor = nullptr;
    QPushButton* m_remove = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_status = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace InvoiceDesk::Ui
