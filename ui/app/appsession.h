// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "common/expected.h"
#include "sandbox/sandboxserver.h"
#include "storage/bookpaths.h"
#include "storage/invoicebook.h"
#include "workflows/merchantprofile.h"
#include "workflows/vippsservices.h"
#include "workflows/workflowservices.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>

#include <memory>

namespace InvoiceDesk::Credentials {
class MerchantCredentials;
}

namespace InvoiceDesk::Ui {

// Everything the window works with for one merchant profile: its invoice book, its Vipps connection
// and the workflows over both. In the Sandbox environment the simulator runs inside the application
// (its state kept next to the book), so the product works with no credentials at all.
class AppSession : public QObject {
    Q_OBJECT

public:
    ~AppSession() override;

    // Opens the profile's book and connection. Sandbox profiles use the built-in simulator and its
    // demo keys; every other profile reads its keys from the keychain first.
    static QFuture<Expected<std::shared_ptr<AppSession>, QString>>
    open(Clock& clock, const Storage::BookPaths& paths, const Workflows::MerchantProfile& profile,
         Credentials::MerchantCredentials& credentials);
    // The Sandbox session alone, with the simulator state in `sandboxStateFile` (empty: in memory).
    static Expected<std::shared_ptr<AppSession>, QString>
    openSandbox(Clock& clock, const Storage::BookPaths& paths, const Workflows::MerchantProfile& profile,
                const QString& sandboxStateFile);

    Clock& clock() { return m_clock; }
    const Workflows::MerchantProfile& profile() const { return m_profile; }
    Storage::InvoiceBook& book() { return *m_book; }
    Workflows::WorkflowServices& workflows() { return *m_workflows; }
    QNetworkAccessManager& network() { return m_network; }
    // The simulator, in the Sandbox environment only.
    Sandbox::SandboxServer* sandbox() { return m_sandbox.get(); }

private:
    AppSession(Clock& clock, const Workflows::MerchantProfile& profile);
    std::optional<QString> connect(const Storage::BookPaths& paths, const Vipps::Environment& environment,
                                   const Vipps::MerchantKeys& keys);

    Clock& m_clock;
    Workflows::MerchantProfile m_profile;
    QNetworkAccessManager m_network;
    std::unique_ptr<Sandbox::SandboxServer> m_sandbox;
    std::unique_ptr<Storage::InvoiceBook> m_book;
    std::unique_ptr<Workflows::VippsServices> m_vipps;
    std::unique_ptr<Workflows::WorkflowServices> m_workflows;
};

} // namespace InvoiceDesk::Ui
