// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflows/workflowservices.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QSettings;
class QVBoxLayout;

namespace InvoiceDesk::Profiles {
class ProfileStore;
}
namespace InvoiceDesk::Credentials {
class MerchantCredentials;
}

namespace InvoiceDesk::Ui {

class AppSession;
class EnvironmentBanner;
class InvoiceActions;
class InvoiceListModel;
class InvoiceListWidget;
class InvoiceViewPanel;
class PaymentStatusView;
class Prompter;
class SimulatedPhone;

// The back office: the views on the left, the invoice list in the middle, the payment of the current
// invoice on the right, and (in the Sandbox) the customer's simulated phone. The window only shows
// and asks; every Vipps call is made by the session's workflows.
//
// At start the window is shown before its session exists: it says that the invoice book is opening,
// with its menus disabled, so that staff see it at once. Once it has been painted it asks for its
// session (readyToOpen); attach() then builds the list, the payment view and the phone around it.
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    // What the window needs before any session is open.
    struct Shell {
        Prompter& prompter;
        QSettings& settings; // window layout; never anything secret
        QString actor;       // the staff member, for the audit log
        Profiles::ProfileStore* profiles = nullptr;
        Credentials::MerchantCredentials* credentials = nullptr;
    };
    struct Services {
        AppSession& session;
        Prompter& prompter;
        QSettings& settings; // window layout; never anything secret
        QString actor;       // the staff member, for the audit log
        Profiles::ProfileStore* profiles = nullptr;
        Credentials::MerchantCredentials* credentials = nullptr;
    };

    // The whole window over an open session.
    explicit MainWindow(const Services& services, QWidget* parent = nullptr);
    // The window of `profile` while its session opens: banner, title and "Opening the invoice book…".
    MainWindow(const Shell& shell, const Workflows::MerchantProfile& profile, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Builds the rest of the window over the session, which must outlive it, and enables it. Once only.
    void attach(AppSession& session);
    bool isAttached() const { return m_session != nullptr; }
    // The session could not be opened: the window says why instead of "Opening…".
    void showOpeningFailed(const QString& message);
    QString openingText() const;

    InvoiceListModel& model() { return *m_model; }
    InvoiceListWidget* list() const { return m_list; }
    InvoiceViewPanel* views() const { return m_views; }
    PaymentStatusView* statusView() const { return m_status; }
    InvoiceActions* actions() const { return m_actions; }
    SimulatedPhone* phone() const { return m_phone; }
    EnvironmentBanner* banner() const { return m_banner; }
    QString lastNotice() const { return m_lastNotice; }
    QAction* importAction() const { return m_import; }

Q_SIGNALS:
    // The window of a session still opening has been painted (or could not be, for a moment): the slow
    // part of starting can run now without keeping the window from the screen. Emitted once.
    void readyToOpen();
    // attach() has built the window and filled the invoice list.
    void attached();
    // The merchant profiles were edited: the application opens the current one again.
    void profilesChanged();

protected:
    void closeEvent(QCloseEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void buildShell(const Workflows::MerchantProfile& profile);
    void announceReady();
    void buildMenus();
    void buildPhone();
    void onCurrentInvoiceChanged(qint64 invoiceId);
    void onInvoiceChanged(qint64 invoiceId);
    void onNotice(Workflows::WorkflowServices::Notice kind, qint64 invoiceId, const QString& text);
    void updateTrackingStatus();
    void reloadList();
    void importCsv();
    void exportView();
    void backupBook();
    void editInvoice(qint64 invoiceId);
    void openSettings();
    void showAbout();

    Shell m_shell;
    AppSession* m_session = nullptr;
    std::unique_ptr<InvoiceListModel> m_model;
    QVBoxLayout* m_central = nullptr;
    QLabel* m_opening = nullptr; // until attach()
    bool m_readyAnnounced = false;
    QMenu* m_fileMenu = nullptr;
    QMenu* m_paymentMenu = nullptr;
    QMenu* m_helpMenu = nullptr;
    EnvironmentBanner* m_banner = nullptr;
    InvoiceViewPanel* m_views = nullptr;
    InvoiceListWidget* m_list = nullptr;
    PaymentStatusView* m_status = nullptr;
    InvoiceActions* m_actions = nullptr;
    SimulatedPhone* m_phone = nullptr;
    QDockWidget* m_phoneDock = nullptr;
    QLabel* m_tracking = nullptr;
    QAction* m_import = nullptr;
    QMenu* m_viewMenu = nullptr;
    QDateTime m_lastChecked;
    QString m_lastNotice;
};

} // namespace InvoiceDesk::Ui
