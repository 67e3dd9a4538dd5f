// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cli/arguments.h"
#include "cli/output.h"
#include "common/clock.h"
#include "storage/storageerror.h"
#include "vipps/apiclient.h"

#include <QFuture>
#include <QNetworkAccessManager>
#include <QObject>

#include <functional>
#include <memory>

namespace InvoiceDesk::Storage {
class BookPaths;
class InvoiceBook;
} // namespace InvoiceDesk::Storage

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
    QNetworkAccessManager& network() { return m_network; }

    // Resolves the environment and the keys, then runs `action` with a client. Problems with either
    // end the command with the right exit code before anything is sent.
    QFuture<int> withClient(std::function<QFuture<int>(Vipps::ApiClient&)> action);
    // The same resolution of environment and keys, for callers that build their own connection.
    QFuture<int>
    withKeys(std::function<QFuture<int>(const Vipps::Environment&, const Vipps::MerchantKeys&)> action);

    // The invoice book of the profile (--profile, default "Demo") in --data-dir or
    // INVOICEDESK_DATA_DIR (default: the desktop application's folder); opened once.
    Storage::StorageResult<Storage::InvoiceBook*> book();
    QString profileName() const;

    static QStringList globalOptions();

private:
    // The name the profile's book is filed under: the one the desktop application keeps for a
    // profile saved there (it stays when the profile is renamed), else the profile's name.
    QString bookName(const Storage::BookPaths& paths) const;
    std::optional<Vipps::Environment> environment(QString* problem) const;
    QFuture<int> start(const Vipps::Environment& environment, const Vipps::MerchantKeys& keys,
                       const std::function<QFuture<int>(Vipps::ApiClient&)>& action);

    Arguments m_arguments;
    Output m_output;
    SystemClock m_clock;
    QNetworkAccessManager m_network;
    std::unique_ptr<Vipps::ApiClient> m_client;
    std::unique_ptr<Storage::InvoiceBook> m_book;
};

} // namespace InvoiceDesk::Cli
