// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/output.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTextStream>

namespace InvoiceDesk::Cli {

Output::Output(bool json)
    : m_json(json)
{}

void Output::printJson(const QJsonObject& json)
{
    QTextStream(stdout) << QString::fromUtf8(QJsonDocument(json).toJson(QJsonDocument::Indented));
}

int Output::success(const QJsonObject& json, const QString& text)
{
    if (m_json)
        printJson(json);
    else
        QTextStream(stdout) << text << '\n';
    return ExitCode::Success;
}

ExitCode Output::exitCodeFor(const Vipps::Error& error)
{
    using Kind = Vipps::Error::Kind;
    if (error.isOutcomeUnknown())
        return ExitCode::TransportFailure; // Vipps may have applied it: settle, never a refusal
    switch (error.kind()) {
    case Kind::Authentication:
    case Kind::Permission:
    case Kind::Validation:
    case Kind::Domain:
    case Kind::RateLimited:
    case Kind::Conflict:
    case Kind::NotFound:
        return ExitCode::RefusedByVipps;
    case Kind::Configuration:
        return ExitCode::BadUsage;
    case Kind::Network:
    case Kind::Timeout:
    case Kind::Server:
    case Kind::BadReply:
        return ExitCode::TransportFailure;
    }
    return ExitCode::TransportFailure;
}

int Output::vippsError(const Vipps::Error& error)
{
    if (m_json) {
        printJson({{QStringLiteral("error"), error.toJson()}});
    } else {
        QTextStream err(stderr);
        err << error.message() << '\n';
        if (!error.detail().isEmpty() && error.kind() != Vipps::Error::Kind::Configuration)
            err << QCoreApplication::translate("InvoiceDesk::Cli", "Details: %1").arg(error.detail()) << '\n';
        if (error.httpStatus() != 0)
            err << QCoreApplication::translate("InvoiceDesk::Cli", "HTTP status %1, Vipps error code %2")
                       .arg(error.httpStatus())
                       .arg(error.vippsCode())
                << '\n';
    }
    return exitCodeFor(error);
}

int Output::credentialError(const Credentials::CredentialError& error)
{
    if (m_json)
        printJson({{QStringLiteral("error"), error.toJson()}});
    else
        QTextStream(stderr) << error.message() << '\n';
    return ExitCode::BadUsage;
}

int Output::storageError(const Storage::StorageError& error)
{
    if (m_json)
        printJson({{QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("storage")},
                                                         {QStringLiteral("message"), error.message},
                                                         {QStringLiteral("detail"), error.detail}}}});
    else
        QTextStream(stderr) << error.message << '\n';
    return ExitCode::TransportFailure;
}

ExitCode Output::exitCodeFor(const Workflows::WorkflowError& error)
{
    using Kind = Workflows::WorkflowError::Kind;
    switch (error.kind()) {
    case Kind::Vipps:
        return exitCodeFor(*error.vippsError());
    case Kind::Storage:
        return ExitCode::TransportFailure;
    case Kind::Refused:
        // A local rule refuses what Vipps would refuse (ActionRules), or what the book does not allow:
        // the same answer for scripts as Vipps' own refusal.
        return ExitCode::RefusedByVipps;
    }
    return ExitCode::TransportFailure;
}

int Output::workflowError(const Workflows::WorkflowError& error)
{
    using Kind = Workflows::WorkflowError::Kind;
    switch (error.kind()) {
    case Kind::Vipps:
        return vippsError(*error.vippsError());
    case Kind::Storage:
        return storageError({error.message(), {}});
    case Kind::Refused:
        break;
    }
    if (m_json)
        printJson({{QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("refused")},
                                                         {QStringLiteral("message"), error.message()}}}});
    else
        QTextStream(stderr) << error.message() << '\n';
    return exitCodeFor(error);
}

int Output::usage(const QString& problem)
{
    if (m_json)
        printJson({{QStringLiteral("error"), QJsonObject{{QStringLiteral("kind"), QStringLiteral("usage")},
                                                         {QStringLiteral("message"), problem}}}});
    else
        QTextStream(stderr) << problem << '\n'
                            << QCoreApplication::translate("InvoiceDesk::Cli",
                                                           "Run invoicedesk-cli --help for usage.")
                            << '\n';
    return ExitCode::BadUsage;
}

void Output::note(const QString& text)
{
    QTextStream(stderr) << text << '\n';
}

} // namespace InvoiceDesk::Cli
