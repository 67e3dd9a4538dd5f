// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/commandcontext.h"

#include "credentials/keychainstore.h"
#include "credentials/merchantcredentials.h"
#include "profiles/profilestore.h"
#include "storage/bookpaths.h"
#include "storage/invoicebook.h"

#include <QCoreApplication>
#include <QPromise>
#include <QSettings>

namespace InvoiceDesk::Cli {

namespace {

QString fromEnvironment(const char* name)
{
    return qEnvironmentVariable(name);
}

} // namespace

QFuture<int> readyExit(int code)
{
    QPromise<int> promise;
    promise.start();
    promise.addResult(code);
    promise.finish();
    return promise.future();
}

CommandContext::CommandContext(Arguments arguments, Output output, QObject* parent)
    : QObject(parent)
    , m_arguments(std::move(arguments))
    , m_output(output)
{}

CommandContext::~CommandContext() = default;

QStringList CommandContext::globalOptions()
{
    return {QStringLiteral("profile"),  QStringLiteral("base-url"), QStringLiteral("environment"),
            QStringLiteral("msn"),      QStringLiteral("json"),     QStringLiteral("help"),
            QStringLiteral("data-dir"), QStringLiteral("language")};
}

std::optional<Vipps::Environment> CommandContext::environment(QString* problem) const
{
    using Vipps::Environment;
    const QString baseUrlText =
        m_arguments.value(QStringLiteral("base-url"), fromEnvironment("INVOICEDESK_BASE_URL"));
    const QString kindText =
        m_arguments.value(QStringLiteral("environment"), fromEnvironment("INVOICEDESK_ENVIRONMENT"));
    std::optional<Vipps::EnvironmentKind> kind;
    if (!kindText.isEmpty()) {
        kind = Environment::kindFromKey(kindText);
        if (!kind) {
            *problem = tr("Unknown environment “%1”: use production, test, sandbox or custom.").arg(kindText);
            return std::nullopt;
        }
    }
    const QUrl baseUrl(baseUrlText);
    if (!kind && baseUrlText.isEmpty()) {
        *problem = tr("Say where to connect: --environment production|test, or --base-url URL (or "
                      "INVOICEDESK_BASE_URL).");
        return std::nullopt;
    }
    if (kind == Vipps::EnvironmentKind::Production)
        return Environment::production();
    if (kind == Vipps::EnvironmentKind::Test)
        return Environment::test();
    if (baseUrlText.isEmpty()) {
        *problem = tr("The %1 environment needs --base-url.").arg(kindText);
        return std::nullopt;
    }
    const QString unsafe = Environment::whyUnsafe(baseUrl);
    if (!unsafe.isEmpty()) {
        *problem = unsafe;
        return std::nullopt;
    }
    return kind == Vipps::EnvironmentKind::Sandbox ? Environment::sandbox(baseUrl)
                                                   : Environment::custom(baseUrl);
}

QFuture<int> CommandContext::withClient(std::function<QFuture<int>(Vipps::ApiClient&)> action)
{
    return withKeys([this, action](const Vipps::Environment& environment, const Vipps::MerchantKeys& keys) {
        return start(environment, keys, action);
    });
}

QString CommandContext::profileName() const
{
    return m_arguments.value(QStringLiteral("profile"), QStringLiteral("Demo"));
}

QString CommandContext::bookName(const Storage::BookPaths& paths) const
{
    // A profile staff saved in the desktop application may have been renamed since its book was
    // made: only the book's name is taken from there, none of the profile's settings.
    QSettings settings(paths.settingsFile(), QSettings::IniFormat);
    const auto saved = Profiles::ProfileStore(settings).profile(profileName());
    return saved ? saved->bookName() : profileName();
}

Storage::StorageResult<Storage::InvoiceBook*> CommandContext::book()
{
    if (!m_book) {
        const Storage::BookPaths paths(
            Storage::BookPaths::fromEnvironment(m_arguments.value(QStringLiteral("data-dir"))));
        auto opened = Storage::InvoiceBook::openProfile(paths, bookName(paths), m_clock);
        if (!opened)
            return opened.error();
        m_book = std::move(opened).value();
    }
    return m_book.get();
}

QFuture<int> CommandContext::withKeys(
    std::function<QFuture<int>(const Vipps::Environment&, const Vipps::MerchantKeys&)> action)
{
    QString problem;
    const auto env = environment(&problem);
    if (!env)
        return readyExit(m_output.usage(problem));

    const QString msn = m_arguments.value(QStringLiteral("msn"), fromEnvironment("INVOICEDESK_MSN"));
    if (!m_arguments.isSet(QStringLiteral("profile"))) {
        const Vipps::MerchantKeys keys{msn, fromEnvironment("INVOICEDESK_CLIENT_ID"),
                                       fromEnvironment("INVOICEDESK_CLIENT_SECRET"),
                                       fromEnvironment("INVOICEDESK_SUBSCRIPTION_KEY")};
        if (!keys.isComplete())
            return readyExit(m_output.usage(
                tr("Set INVOICEDESK_MSN, INVOICEDESK_CLIENT_ID, INVOICEDESK_CLIENT_SECRET and "
                   "INVOICEDESK_SUBSCRIPTION_KEY, or use --profile NAME with --msn to read the keys from the "
                   "keychain.")));
        return action(*env, keys);
    }
    if (msn.isEmpty())
        return readyExit(
            m_output.usage(tr("--profile needs the merchant serial number: --msn or INVOICEDESK_MSN.")));
    auto* store = new Credentials::KeychainStore(this);
    auto* credentials = new Credentials::MerchantCredentials(*store, this);
    const Vipps::Environment environment = *env;
    QPromise<int> promise;
    auto shared = std::make_shared<QPromise<int>>(std::move(promise));
    shared->start();
    credentials->load(environment.kind(), msn)
        .then(this, [this, shared, environment,
                     action](const Credentials::SecretResult<Vipps::MerchantKeys>& keys) {
            if (!keys) {
                shared->addResult(m_output.credentialError(keys.error()));
                shared->finish();
                return;
            }
            action(environment, *keys).then(this, [shared](int code) {
                shared->addResult(code);
                shared->finish();
            });
        });
    return shared->future();
}

QFuture<int> CommandContext::start(const Vipps::Environment& environment, const Vipps::MerchantKeys& keys,
                                   const std::function<QFuture<int>(Vipps::ApiClient&)>& action)
{
    Vipps::SystemInfo system;
    system.pluginName = QStringLiteral("invoicedesk-cli");
    m_client = std::make_unique<Vipps::ApiClient>(m_network, m_clock, environment, keys, system);
    return action(*m_client);
}

} // namespace InvoiceDesk::Cli
