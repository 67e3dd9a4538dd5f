// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "credentials/credentialerror.h"
#include "storage/storageerror.h"
#include "vipps/error.h"
#include "workflows/workflowerror.h"

#include <QJsonObject>
#include <QString>

namespace InvoiceDesk::Cli {

// Exit codes scripts can rely on.
enum ExitCode : int { Success = 0, RefusedByVipps = 1, BadUsage = 2, TransportFailure = 3 };

// Where results go: plain text for people, or one JSON document on stdout with --json. Errors go to
// stderr in text mode and to stdout (as {"error": ...}) in JSON mode.
class Output {
public:
    explicit Output(bool json);

    bool isJson() const { return m_json; }
    // Prints the result: `json` with --json, otherwise `text`.
    int success(const QJsonObject& json, const QString& text);
    int vippsError(const Vipps::Error& error);
    int credentialError(const Credentials::CredentialError& error);
    int storageError(const Storage::StorageError& error);
    int workflowError(const Workflows::WorkflowError& error);
    int usage(const QString& problem);
    void note(const QString& text); // progress or hints, on stderr

    static ExitCode exitCodeFor(const Vipps::Error& error);
    static ExitCode exitCodeFor(const Workflows::WorkflowError& error);

private:
    void printJson(const QJsonObject& json);

    bool m_json;
};

} // namespace InvoiceDesk::Cli
