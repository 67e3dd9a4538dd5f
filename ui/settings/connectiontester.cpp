// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/connectiontester.h"

#include "common/futures.h"
#include "vipps/apiclient.h"

namespace InvoiceDesk::Ui {

ConnectionTester::ConnectionTester(QNetworkAccessManager& network, Clock& clock, QObject* parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{}

ConnectionTester::~ConnectionTester() = default;

QFuture<Vipps::Result<Vipps::AccessToken>> ConnectionTester::test(const Vipps::Environment& environment,
                                                                  const Vipps::MerchantKeys& keys)
{
    Vipps::SystemInfo system;
    system.pluginName = QStringLiteral("invoicedesk-settings");
    auto client = std::make_unique<Vipps::ApiClient>(m_network, m_clock, environment, keys, system);
    const QString why = client->whyNotConfigured();
    if (!why.isEmpty())
        return readyFuture(
            Vipps::Result<Vipps::AccessToken>(Vipps::Error(Vipps::Error::Kind::Configuration, why)));
    Vipps::ApiClient* running = client.get();
    // Replacing the client abandons an older test; its reply then finds no client and is dropped.
    m_client = std::move(client);
    Completion<Vipps::Result<Vipps::AccessToken>> completion;
    running->fetchToken().then(this,
                               [this, running, completion](const Vipps::Result<Vipps::AccessToken>& result) {
                                   if (m_client.get() != running)
                                       return;
                                   completion.finish(result);
                               });
    return completion.future();
}

} // namespace InvoiceDesk::Ui
