// SPDX-License-Identifier: GPL-3.0-or-later
// invoicedesk-bench: throughput and cost figures for the bulk send, the tracker and the invoice
// list, each against a bare baseline, printed as a table and written as JSON.
#include "benches.h"
#include "workflowstack.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>

using namespace InvoiceDesk::Bench;

namespace {

// The sandbox's per-reference limits are Vipps' (5 mutations, 120 reads a minute); raise them so the
// bench measures the software, not the limiter.
bool raiseRateLimits(const QUrl& baseUrl)
{
    QNetworkAccessManager network;
    QNetworkRequest request(baseUrl.resolved(QUrl(QStringLiteral("/sandbox/ratelimits"))));
    request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
    QNetworkReply* reply =
        network.post(request, QByteArray("{\"mutationsPerMinute\":1000000,\"readsPerMinute\":1000000}"));
    waitUntil([reply] { return reply->isFinished(); }, std::chrono::seconds(30));
    const bool ok = reply->error() == QNetworkReply::NoError;
    reply->deleteLater();
    return ok;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("invoicedesk-bench"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("InvoiceDesk benchmarks against the local sandbox."));
    parser.addHelpOption();
    const QCommandLineOption invoicesOption(QStringLiteral("invoices"),
                                            QStringLiteral("Invoices to bulk send."), QStringLiteral("N"),
                                            QStringLiteral("1000"));
    const QCommandLineOption concurrencyOption(QStringLiteral("concurrency"),
                                               QStringLiteral("Requests in flight."), QStringLiteral("N"),
                                               QStringLiteral("6"));
    const QCommandLineOption trackOption(QStringLiteral("track"), QStringLiteral("Open requests to track."),
                                         QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption minutesOption(QStringLiteral("track-minutes"),
                                           QStringLiteral("Simulated minutes of tracking."),
                                           QStringLiteral("N"), QStringLiteral("30"));
    const QCommandLineOption listOption(QStringLiteral("list"), QStringLiteral("Invoices in the list bench."),
                                        QStringLiteral("N"), QStringLiteral("100000"));
    const QCommandLineOption onlyOption(
        QStringLiteral("only"),
        QStringLiteral("Benches to run: any of a (bulk), b (track), c (list), d (GUI start)."),
        QStringLiteral("LETTERS"), QStringLiteral("abc"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), QStringLiteral("Write the figures to FILE."),
                                        QStringLiteral("FILE"), QStringLiteral("bench-results.json"));
    const QCommandLineOption sandboxOption(QStringLiteral("sandbox"), QStringLiteral("The sandbox program."),
                                           QStringLiteral("PATH"), QStringLiteral(INVOICEDESK_BENCH_SANDBOX));
    const QCommandLineOption runsOption(QStringLiteral("runs"),
                                        QStringLiteral("Starts of each GUI program (d)."),
                                        QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption appOption(QStringLiteral("app"),
                                       QStringLiteral("The InvoiceDesk GUI program (d)."),
                                       QStringLiteral("PATH"), QStringLiteral(INVOICEDESK_BENCH_APP));
    const QCommandLineOption windowOption(
        QStringLiteral("bare-window"), QStringLiteral("The bare window program (d)."), QStringLiteral("PATH"),
        QStringLiteral(INVOICEDESK_BENCH_BARE_WINDOW));
    parser.addOptions({invoicesOption, concurrencyOption, trackOption, minutesOption, listOption, onlyOption,
                       jsonOption, sandboxOption, runsOption, appOption, windowOption});
    parser.process(app);

    BenchConfig config;
    config.invoices = std::max(1, parser.value(invoicesOption).toInt());
    config.concurrency = std::max(1, parser.value(concurrencyOption).toInt());
    config.tracked = std::max(1, parser.value(trackOption).toInt());
    config.trackMinutes = std::max(1, parser.value(minutesOption).toInt());
    config.listed = std::max(1, parser.value(listOption).toInt());
    config.runTag = QString::number(QDateTime::currentMSecsSinceEpoch(), 36);
    const QString only = parser.value(onlyOption);

    QJsonObject report{{QStringLiteral("machine"), machine()},
                       {QStringLiteral("arguments"), QJsonArray::fromStringList(app.arguments().mid(1))},
                       {QStringLiteral("startedAt"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate)}};
    const QJsonObject host = report.value(QStringLiteral("machine")).toObject();
    std::printf("invoicedesk-bench on %d CPUs (%s), Qt %s, %s\n", host.value(QStringLiteral("nproc")).toInt(),
                qPrintable(host.value(QStringLiteral("cpu")).toString()), qVersion(),
                INVOICEDESK_BENCH_BUILD_TYPE);

    bool ok = true;
    if (only.contains(QLatin1Char('a')) || only.contains(QLatin1Char('b'))) {
        SandboxProcess sandbox(parser.value(sandboxOption));
        if (!sandbox.start() || !raiseRateLimits(sandbox.baseUrl())) {
            std::fprintf(stderr, "invoicedesk-bench: the sandbox did not start\n");
            return 1;
        }
        std::unique_ptr<WorkflowStack> sentStack;
        if (only.contains(QLatin1Char('a'))) {
            const QJsonObject bulk = runBulkBench(config, sandbox, sentStack);
            ok = ok && !bulk.isEmpty();
            report.insert(QStringLiteral("bulkSend"), bulk);
        }
        if (only.contains(QLatin1Char('b'))) {
            const QJsonObject track = runTrackBench(config, sandbox, std::move(sentStack));
            ok = ok && !track.isEmpty();
            report.insert(QStringLiteral("tracking"), track);
        }
    }
    if (only.contains(QLatin1Char('c'))) {
        const QJsonObject list = runListBench(config);
        ok = ok && !list.isEmpty();
        report.insert(QStringLiteral("invoiceList"), list);
    }

    if (only.contains(QLatin1Char('d'))) {
        const QJsonObject start = runColdStartBench(parser.value(appOption), parser.value(windowOption),
                                                    std::max(1, parser.value(runsOption).toInt()));
        report.insert(QStringLiteral("coldStart"), start);
    }

    QFile json(parser.value(jsonOption));
    if (!json.open(QIODevice::WriteOnly | QIODevice::Truncate)) {
        std::fprintf(stderr, "invoicedesk-bench: cannot write %s\n", qPrintable(json.fileName()));
        return 1;
    }
    json.write(QJsonDocument(report).toJson());
    std::printf("\nfigures written to %s\n", qPrintable(json.fileName()));
    return ok ? 0 : 1;
}
