// SPDX-License-Identifier: GPL-3.0-or-later
// invoicedesk-sandbox: the Vipps MobilePay simulator as a standalone process. Prints one JSON line
// with its base URL and the demo merchant's (public, sandbox-only) keys, then serves until SIGTERM or
// SIGINT.
#include "sandbox/offsetclock.h"
#include "sandbox/sandboxserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTimer>

#include <atomic>
#include <csignal>
#include <cstdio>

namespace {
std::atomic<bool> stopRequested{false};

extern "C" void requestStop(int)
{
    stopRequested.store(true);
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invoicedesk-sandbox"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("Sandbox", "Local Vipps MobilePay simulator for InvoiceDesk."));
    parser.addHelpOption();
    const QCommandLineOption portOption(
        QStringLiteral("port"),
        QCoreApplication::translate("Sandbox", "Port on 127.0.0.1 (0 picks a free one)."),
        QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption stateOption(
        QStringLiteral("state"), QCoreApplication::translate("Sandbox", "SQLite file that keeps the state."),
        QStringLiteral("FILE"));
    const QCommandLineOption faultsOption(
        QStringLiteral("faults"), QCoreApplication::translate("Sandbox", "Faults to inject (see README)."),
        QStringLiteral("SPEC"));
    const QCommandLineOption recordOption(
        QStringLiteral("record"), QCoreApplication::translate("Sandbox", "Append every API request to FILE."),
        QStringLiteral("FILE"));
    const QCommandLineOption tokenOption(
        QStringLiteral("token-lifetime"),
        QCoreApplication::translate("Sandbox", "Access token lifetime in seconds."),
        QStringLiteral("SECONDS"), QStringLiteral("3600"));
    parser.addOptions({portOption, stateOption, faultsOption, recordOption, tokenOption});
    parser.process(app);

    bool portOk = false;
    const uint port = parser.value(portOption).toUInt(&portOk);
    if (!portOk || port > 65535) {
        std::fprintf(stderr, "invoicedesk-sandbox: --port must be 0-65535\n");
        return 2;
    }

    InvoiceDesk::Sandbox::OffsetClock clock;
    InvoiceDesk::Sandbox::SandboxServer server(clock, parser.value(stateOption));
    server.setTokenLifetime(std::chrono::seconds(parser.value(tokenOption).toLongLong()));
    if (parser.isSet(faultsOption)) {
        const auto added = server.faults().addSpec(parser.value(faultsOption));
        if (!added) {
            std::fprintf(stderr, "invoicedesk-sandbox: %s\n", qPrintable(added.error()));
            return 2;
        }
    }
    if (parser.isSet(recordOption) && !server.recordRequestsTo(parser.value(recordOption))) {
        std::fprintf(stderr, "invoicedesk-sandbox: cannot open %s\n", qPrintable(parser.value(recordOption)));
        return 2;
    }
    if (!server.listen(quint16(port))) {
        std::fprintf(stderr, "invoicedesk-sandbox: %s\n", qPrintable(server.errorString()));
        return 1;
    }

    const auto keys = server.demoMerchant();
    const QJsonObject hello{{QStringLiteral("baseUrl"), server.baseUrl().toString()},
                            {QStringLiteral("clientId"), keys.clientId},
                            {QStringLiteral("clientSecret"), keys.clientSecret},
                            {QStringLiteral("subscriptionKey"), keys.subscriptionKey},
                            {QStringLiteral("msn"), keys.merchantSerialNumber}};
    std::fprintf(stdout, "%s\n", QJsonDocument(hello).toJson(QJsonDocument::Compact).constData());
    std::fflush(stdout);

    std::signal(SIGTERM, requestStop);
    std::signal(SIGINT, requestStop);
    // A signal handler may only set a flag; the event loop notices it here and exits cleanly.
    QTimer stopWatch;
    QObject::connect(&stopWatch, &QTimer::timeout, &app, [] {
        if (stopRequested.load())
            QCoreApplication::quit();
    });
    stopWatch.start(100);
    return app.exec();
}
