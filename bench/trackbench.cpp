// SPDX-License-Identifier: GPL-3.0-or-later
// b) Following many open requests: how many get-payment calls the schedule makes per minute, and what
// each costs in CPU. The requests are three hours old (the steady state of long-living invoice
// requests); a ManualClock is moved a minute at a time and each minute's checks are let run out.
#include "benches.h"
#include "workflows/paymenttracker.h"
#include "workflowstack.h"

#include <QElapsedTimer>

#include <cstdio>

namespace InvoiceDesk::Bench {

QJsonObject runTrackBench(const BenchConfig& config, SandboxProcess& sandbox,
                          std::unique_ptr<WorkflowStack> sentStack)
{
    const Vipps::MerchantKeys keys = keysFrom(sandbox.hello());
    QElapsedTimer setupTimer;
    setupTimer.start();
    int sentCount = config.tracked;
    if (!sentStack) {
        sentStack = std::make_unique<WorkflowStack>(sandbox.baseUrl(), keys,
                                                    QStringLiteral("tr") + config.runTag, config.tracked);
        if (!sentStack->isValid() || !sentStack->warmUp()) {
            std::fprintf(stderr, "track: the workflow stack could not be set up\n");
            return {};
        }
        sentCount = sentStack->bulkSendAll(config.concurrency).sent;
    }
    WorkflowStack& stack = *sentStack;
    const double setupSeconds = double(setupTimer.nsecsElapsed()) / 1e9;
    // Only the tracker below follows the requests.
    stack.stopServices();
    stack.clock().advance(std::chrono::hours(3));

    Workflows::PaymentTracker tracker(stack.book(), stack.vipps(), stack.clock());
    int completed = 0;
    QObject context;
    QObject::connect(&tracker, &Workflows::PaymentTracker::attemptChanged, &context,
                     [&completed] { ++completed; });
    const double cpuBefore = cpuSeconds();
    const double sandboxCpuBefore = sandbox.cpuSeconds();
    QElapsedTimer startTimer;
    startTimer.start();
    tracker.start();
    const double startSeconds = double(startTimer.nsecsElapsed()) / 1e9;
    const int watched = tracker.watchedCount();

    int peakPerMinute = 0;
    double slowestMinuteSeconds = 0;
    double busySeconds = 0;
    for (int minute = 0; minute < config.trackMinutes; ++minute) {
        const int sentBefore = tracker.checksSent();
        QElapsedTimer minuteTimer;
        minuteTimer.start();
        stack.clock().advance(std::chrono::minutes(1));
        // Let the minute's checks run out; a check that fails does not count as completed, so stop
        // also when nothing more is sent for two seconds.
        int lastSent = -1;
        QElapsedTimer quiet;
        quiet.start();
        waitUntil(
            [&] {
                if (tracker.checksSent() != lastSent) {
                    lastSent = tracker.checksSent();
                    quiet.restart();
                }
                return completed >= tracker.checksSent() || quiet.elapsed() > 2000;
            },
            std::chrono::minutes(10));
        const double seconds = double(minuteTimer.nsecsElapsed()) / 1e9;
        busySeconds += seconds;
        slowestMinuteSeconds = std::max(slowestMinuteSeconds, seconds);
        peakPerMinute = std::max(peakPerMinute, tracker.checksSent() - sentBefore);
    }
    const double cpu = cpuSeconds() - cpuBefore;
    const double sandboxCpu = sandbox.cpuSeconds() - sandboxCpuBefore;
    const int checks = tracker.checksSent();
    const double perMinute = double(checks) / config.trackMinutes;
    const double cpuPerCheckMs = checks > 0 ? 1000.0 * cpu / checks : 0;
    const double sandboxCpuPerCheckMs = checks > 0 ? 1000.0 * sandboxCpu / checks : 0;

    std::printf("\n== b) tracking %d open requests (sent %d in %.1f s setup), %d simulated minutes ==\n",
                config.tracked, sentCount, setupSeconds, config.trackMinutes);
    std::printf("watched %d; start() %.3f s; checks %d (%d answered); %.0f per minute on average, %d in the "
                "busiest minute\n",
                watched, startSeconds, checks, completed, perMinute, peakPerMinute);
    std::printf("client CPU per check %.3f ms; sandbox CPU per check %.3f ms; wall time for the busiest "
                "minute's checks %.2f s (%.2f s for all)\n",
                cpuPerCheckMs, sandboxCpuPerCheckMs, slowestMinuteSeconds, busySeconds);
    return {{QStringLiteral("tracked"), config.tracked},
            {QStringLiteral("watched"), watched},
            {QStringLiteral("simulatedMinutes"), config.trackMinutes},
            {QStringLiteral("checks"), checks},
            {QStringLiteral("answered"), completed},
            {QStringLiteral("checksPerMinute"), perMinute},
            {QStringLiteral("peakChecksPerMinute"), peakPerMinute},
            {QStringLiteral("clientCpuMsPerCheck"), cpuPerCheckMs},
            {QStringLiteral("sandboxCpuMsPerCheck"), sandboxCpuPerCheckMs},
            {QStringLiteral("startSeconds"), startSeconds},
            {QStringLiteral("busiestMinuteWallSeconds"), slowestMinuteSeconds},
            {QStringLiteral("totalWallSeconds"), busySeconds},
            {QStringLiteral("setupSeconds"), setupSeconds}};
}

} // namespace InvoiceDesk::Bench
