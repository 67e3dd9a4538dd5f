// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments.h"
#include "cli/output.h"
#include "common/clock.h"
#include "vipps/apiclient.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

namespace InvoiceDesk::Cli {

QFuture<int> readyExit(int code);

// What every command works with: its arguments, the output, and a Vipps connection built from
// --environment/--base-url and credentials from the environment variables or the keychain.
class CommandContext : public QObject {
    Q_OBJECT
public:
    CommandContext(Arguments arguments, Output output, QObject* parent = nullptr);
    ~CommandContext() override;

    const Arguments& arguments() const { return m_arguments; }
    Output& output() { return m_output; }
    Clock& clock() { return m_clock; }

    // Resolves the environment and the keys, then runs `action` with a client. Problems with either
    // end the command with the right exit code before anything is sent.
    QFuture<int> withClient(std::function<QFuture<int>(Vipps::ApiClient&)> action);

    static QStringList globalOptions();

private:
    std::optional<Vipps::Environment> environment(QString* problem) const;
    QFuture<int> start(const Vipps::Environment& environment, const Vipps::MerchantKeys& keys,
                       const std::function<QFuture<int>(Vipps::ApiClient&)>& action);

    Arguments m_arguments;
    Output m_output;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Vipps::ApiClient> m_client;
};

} // namespace InvoiceDesk::Cli
