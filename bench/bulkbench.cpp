// SPDX-License-Identifier: GPL-3.0-or-later
// a) Bulk send through the whole workflow against bare create-payment requests, same sandbox, same
// concurrency.
#include "barecreator.h"
#include "benches.h"
#include "workflowstack.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace InvoiceDesk::Bench {

namespace {

// What one durable write costs on this disk: the book commits several times per invoice (attempt and
// journal, each journal step, the attempt's update, the audit log), each with an fsync.
double commitMilliseconds()
{
    QTemporaryDir dir;
    std::vector<double> times;
    {
        QSqlDatabase db =
            QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-commit"));
        db.setDatabaseName(dir.filePath(QStringLiteral("commit.sqlite")));
        db.open();
        QSqlQuery query(db);
        query.exec(QStringLiteral("PRAGMA journal_mode = WAL"));
        query.exec(QStringLiteral("PRAGMA synchronous = FULL"));
        query.exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT)"));
        for (int i = 0; i < 200; ++i) {
            QElapsedTimer timer;
            timer.start();
            db.transaction();
            query.exec(QStringLiteral("INSERT INTO t (v) VALUES ('some text of an audit entry')"));
            db.commit();
            times.push_back(double(timer.nsecsElapsed()) / 1e6);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-commit"));
    std::sort(times.begin(), times.end());
    return times[times.size() / 2];
}

} // namespace

Vipps::MerchantKeys keysFrom(const QJsonObject& hello)
{
    return {hello.value(QStringLiteral("msn")).toString(), hello.value(QStringLiteral("clientId")).toString(),
            hello.value(QStringLiteral("clientSecret")).toString(),
            hello.value(QStringLiteral("subscriptionKey")).toString()};
}

QJsonObject runBulkBench(const BenchConfig& config, SandboxProcess& sandbox,
                         std::unique_ptr<WorkflowStack>& sentStack)
{
    const Vipps::MerchantKeys keys = keysFrom(sandbox.hello());
    BareCreator bare(sandbox.baseUrl(), keys);
    if (!bare.fetchToken()) {
        std::fprintf(stderr, "bulk: no token from the sandbox\n");
        return {};
    }
    auto owned = std::make_unique<WorkflowStack>(sandbox.baseUrl(), keys,
                                                 QStringLiteral("wf") + config.runTag, config.invoices);
    WorkflowStack& stack = *owned;
    if (!stack.isValid() || !stack.warmUp()) {
        std::fprintf(stderr, "bulk: the workflow stack could not be set up\n");
        return {};
    }
    const int n = config.invoices;
    const int c = config.concurrency;

    double sandboxCpu = sandbox.cpuSeconds();
    double clientCpu = cpuSeconds();
    const auto creates = bare.run(QStringLiteral("bare-") + config.runTag, n, c, false);
    const double bareCreateServerCpu = sandbox.cpuSeconds() - sandboxCpu;
    const double bareCreateClientCpu = cpuSeconds() - clientCpu;

    sandboxCpu = sandbox.cpuSeconds();
    clientCpu = cpuSeconds();
    const auto pairs = bare.run(QStringLiteral("pair-") + config.runTag, n, c, true);
    const double barePairServerCpu = sandbox.cpuSeconds() - sandboxCpu;
    const double barePairClientCpu = cpuSeconds() - clientCpu;

    sandboxCpu = sandbox.cpuSeconds();
    clientCpu = cpuSeconds();
    const auto services = stack.sendWithoutBook(c, QStringLiteral("svc") + config.runTag);
    const double servicesClientCpu = cpuSeconds() - clientCpu;
    const double servicesServerCpu = sandbox.cpuSeconds() - sandboxCpu;

    sandboxCpu = sandbox.cpuSeconds();
    clientCpu = cpuSeconds();
    const auto workflow = stack.bulkSendAll(c);
    const double workflowClientCpu = cpuSeconds() - clientCpu;
    const double workflowServerCpu = sandbox.cpuSeconds() - sandboxCpu;

    const double commitMs = commitMilliseconds();
    if (config.tracked == n)
        sentStack = std::move(owned);

    const double createRate = creates.ok / creates.seconds;
    const double pairRate = pairs.ok / pairs.seconds;
    const double servicesRate = services.sent / services.seconds;
    const double workflowRate = workflow.sent / workflow.seconds;
    std::printf("\n== a) bulk send, %d invoices, concurrency %d ==\n", n, c);
    std::printf("%-44s %10s %10s %12s %12s\n", "", "seconds", "per s", "client cpu", "sandbox cpu");
    std::printf("%-44s %10.2f %10.1f %12.2f %12.2f\n", "bare create requests (QNAM)", creates.seconds,
                createRate, bareCreateClientCpu, bareCreateServerCpu);
    std::printf("%-44s %10.2f %10.1f %12.2f %12.2f\n", "bare category PUT + create (QNAM)", pairs.seconds,
                pairRate, barePairClientCpu, barePairServerCpu);
    std::printf("%-44s %10.2f %10.1f %12.2f %12.2f\n", "service layer category + create (no book)",
                services.seconds, servicesRate, servicesClientCpu, servicesServerCpu);
    std::printf("%-44s %10.2f %10.1f %12.2f %12.2f\n", "workflow bulk send (book+journal+services)",
                workflow.seconds, workflowRate, workflowClientCpu, workflowServerCpu);
    std::printf("workflow / bare create: %.2f   workflow / bare category+create: %.2f\n",
                workflowRate / createRate, workflowRate / pairRate);
    std::printf("service layer alone / bare category+create: %.2f   workflow / service layer alone: %.2f\n",
                servicesRate / pairRate, workflowRate / servicesRate);
    std::printf("workflow client CPU: %.2f s (%.2f ms per invoice); failed: bare %d, pairs %d, service layer "
                "%d, workflow %d\n",
                workflowClientCpu, 1000.0 * workflowClientCpu / std::max(1, workflow.sent), creates.failed,
                pairs.failed, services.refused, workflow.refused);
    std::printf("one SQLite commit (WAL, synchronous=FULL) in the same folder: %.2f ms median\n", commitMs);
    if (creates.ok != n || pairs.ok != n || services.sent != n || workflow.sent != n) {
        // Every request is one the sandbox accepts: a failure means a broken bench, not a slow one.
        std::fprintf(stderr, "bulk: some requests failed, so these rates compare unlike work\n");
        return {};
    }
    return {{QStringLiteral("invoices"), n},
            {QStringLiteral("commitMilliseconds"), commitMs},
            {QStringLiteral("concurrency"), c},
            {QStringLiteral("bareCreateSeconds"), creates.seconds},
            {QStringLiteral("bareCreatePerSecond"), createRate},
            {QStringLiteral("bareCreateFailed"), creates.failed},
            {QStringLiteral("barePairSeconds"), pairs.seconds},
            {QStringLiteral("barePairPerSecond"), pairRate},
            {QStringLiteral("servicesSeconds"), services.seconds},
            {QStringLiteral("servicesPerSecond"), servicesRate},
            {QStringLiteral("servicesFailed"), services.refused},
            {QStringLiteral("servicesClientCpuSeconds"), servicesClientCpu},
            {QStringLiteral("sandboxCpuSecondsServices"), servicesServerCpu},
            {QStringLiteral("ratioServicesToBarePair"), servicesRate / pairRate},
            {QStringLiteral("workflowSeconds"), workflow.seconds},
            {QStringLiteral("workflowPerSecond"), workflowRate},
            {QStringLiteral("workflowSent"), workflow.sent},
            {QStringLiteral("workflowRefused"), workflow.refused},
            {QStringLiteral("ratioToBareCreate"), workflowRate / createRate},
            {QStringLiteral("ratioToBarePair"), workflowRate / pairRate},
            {QStringLiteral("workflowClientCpuSeconds"), workflowClientCpu},
            {QStringLiteral("clientCpuSecondsBareCreate"), bareCreateClientCpu},
            {QStringLiteral("clientCpuSecondsBarePair"), barePairClientCpu},
            {QStringLiteral("sandboxCpuSecondsBareCreate"), bareCreateServerCpu},
            {QStringLiteral("sandboxCpuSecondsBarePair"), barePairServerCpu},
            {QStringLiteral("sandboxCpuSecondsWorkflow"), workflowServerCpu},
            {QStringLiteral("bookImportSeconds"), stack.importSeconds()}};
}

} // namespace InvoiceDesk::Bench
