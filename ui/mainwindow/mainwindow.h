// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "workflows/workflowservices.h"

#include <QMainWindow>
#include <QPointer>

class QDockWidget;
class QLabel;
class QMenu;
class QSettings;

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
class MainWindow : public QMainWindow {
    Q_OBJECT

public:
    struct Services {
        AppSession& session;
        Prompter& prompter;
        QSettings& settings; // window layout; never anything secret
        QString actor;       // the staff member, for the audit log
        Profiles::ProfileStore* profiles = nullptr;
        Credentials::MerchantCredentials* credentials = nullptr;
    };

    explicit MainWindow(const Services& services, QWidget* parent = nullptr);
    ~MainWindow() override;

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
    // The merchant profiles were edited: the application opens the current one again.
    void profilesChanged();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
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

    Services m_services;
    std::unique_ptr<InvoiceListModel> m_model;
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
