// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/appsession.h"

#include "common/futures.h"
#include "credentials/merchantcredentials.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

namespace InvoiceDesk::Ui {

namespace {

using SessionResult = Expected<std::shared_ptr<AppSession>, QString>;

std::optional<Vipps::Environment> remoteEnvironment(const Workflows::MerchantProfile& profile)
{
    switch (profile.environment) {
    case Vipps::EnvironmentKind::Test:
        return Vipps::Environment::test();
    case Vipps::EnvironmentKind::Production:
        return Vipps::Environment::production();
    case Vipps::EnvironmentKind::Custom:
        return Vipps::Environment::custom(profile.customBaseUrl);
    case Vipps::EnvironmentKind::Sandbox:
        break;
    }
    return std::nullopt;
}

} // namespace

AppSession::AppSession(Clock& clock, const Workflows::MerchantProfile& profile)
    : m_clock(clock)
    , m_profile(profile)
{}

AppSession::~AppSession()
{
    // The workflows refer to the connection and the book; take them down first.
    m_workflows.reset();
    m_vipps.reset();
    m_book.reset();
}

std::optional<QString> AppSession::connect(const Storage::BookPaths& paths,
                                           const Vipps::Environment& environment,
                                           const Vipps::MerchantKeys& keys)
{
    if (!QDir().mkpath(paths.dataDirectory()))
        return tr("The data folder %1 cannot be created.")
            .arg(QDir::toNativeSeparators(paths.dataDirectory()));
    auto book = Storage::InvoiceBook::openProfile(paths, m_profile.bookName(), m_clock);
    if (!book)
        return book.error().message;
    m_book = std::move(book).value();
    m_vipps = std::make_unique<Workflows::VippsServices>(m_network, m_clock, environment, keys);
    m_workflows = std::make_unique<Workflows::WorkflowServices>(*m_book, *m_vipps, m_clock, m_profile);
    return std::nullopt;
}

SessionResult AppSession::openSandbox(Clock& clock, const Storage::BookPaths& paths,
                                      const Workflows::MerchantProfile& profile,
                                      const QString& sandboxStateFile)
{
    std::shared_ptr<AppSession> session(new AppSession(clock, profile));
    if (sandboxStateFile.isEmpty()) {
        session->m_sandbox = std::make_unique<Sandbox::SandboxServer>(clock);
    } else {
        QDir().mkpath(QFileInfo(sandboxStateFile).absolutePath());
        session->m_sandbox = std::make_unique<Sandbox::SandboxServer>(clock, sandboxStateFile);
    }
    if (!session->m_sandbox->listen())
        return tr("The built-in Sandbox could not start: %1").arg(session->m_sandbox->errorString());
    const Vipps::MerchantKeys keys = session->m_sandbox->demoMerchant();
    session->m_profile.merchantSerialNumber = keys.merchantSerialNumber;
    if (const auto problem =
            session->connect(paths, Vipps::Environment::sandbox(session->m_sandbox->baseUrl()), keys))
        return *problem;
    return session;
}

QFuture<SessionResult> AppSession::open(Clock& clock, const Storage::BookPaths& paths,
                                        const Workflows::MerchantProfile& profile,
                                        Credentials::MerchantCredentials& credentials)
{
    const auto environment = remoteEnvironment(profile);
    if (!environment) {
        // Beside the profile's book, named after it: the book's file name is already made safe.
        const QFileInfo book(paths.databaseFile(profile.bookName()));
        const QString stateFile =
            book.dir().filePath(book.completeBaseName() + QStringLiteral(".sandbox.sqlite"));
        return readyFuture(openSandbox(clock, paths, profile, stateFile));
    }
    if (const QString unsafe = Vipps::Environment::whyUnsafe(environment->baseUrl()); !unsafe.isEmpty())
        return readyFuture(SessionResult(unsafe));
    const Vipps::Environment env = *environment;
    return credentials.load(profile.environment, profile.merchantSerialNumber)
        .then(&credentials,
              [&clock, paths, profile, env](const Credentials::SecretResult<Vipps::MerchantKeys>& keys) {
                  if (!keys)
                      return SessionResult(keys.error().message());
                  std::shared_ptr<AppSession> session(new AppSession(clock, profile));
                  if (const auto problem = session->connect(paths, env, *keys))
                      return SessionResult(*problem);
                  return SessionResult(session);
              });
}

} // namespace InvoiceDesk::Ui
