// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "sandbox/sandboxserver.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

// Runs invoicedesk-cli as a child process against a sandbox in this process. The child is waited
// for with the event loop running, so the sandbox can answer it.
struct CliRun {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonObject json() const { return QJsonDocument::fromJson(out.toUtf8()).object(); }
};

struct CliRunner {
    InvoiceDesk::SystemClock clock;
    InvoiceDesk::Sandbox::SandboxServer sandbox{clock};
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();

    CliRunner()
    {
        if (!sandbox.listen())
            qFatal("sandbox did not listen");
        const auto keys = sandbox.demoMerchant();
        environment.insert(QStringLiteral("INVOICEDESK_BASE_URL"), sandbox.baseUrl().toString());
        environment.insert(QStringLiteral("INVOICEDESK_ENVIRONMENT"), QStringLiteral("sandbox"));
        environment.insert(QStringLiteral("INVOICEDESK_MSN"), keys.merchantSerialNumber);
        environment.insert(QStringLiteral("INVOICEDESK_CLIENT_ID"), keys.clientId);
        environment.insert(QStringLiteral("INVOICEDESK_CLIENT_SECRET"), keys.clientSecret);
        environment.insert(QStringLiteral("INVOICEDESK_SUBSCRIPTION_KEY"), keys.subscriptionKey);
    }

    CliRun run(const QStringList& arguments)
    {
        QProcess process;
        process.setProcessEnvironment(environment);
        process.start(QStringLiteral(INVOICEDESK_CLI_PATH), arguments);
        if (!QTest::qWaitFor([&] { return process.state() == QProcess::NotRunning; }, 60000))
            qFatal("invoicedesk-cli did not finish");
        CliRun result;
        result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        result.out = QString::fromUtf8(process.readAllStandardOutput());
        result.err = QString::fromUtf8(process.readAllStandardError());
        return result;
    }
};
