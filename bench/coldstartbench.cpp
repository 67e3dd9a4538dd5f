// SPDX-License-Identifier: GPL-3.0-or-later
// d) GUI cold start: from starting the process to its first painted window, for InvoiceDesk and for a
// bare QWidget window, each started many times on the offscreen platform. The child's first widget
// paint is seen through Qt's own "qt.widgets.painting" log line of the first flush, stamped with the
// monotonic clock
// (%{time boot}, QDeadlineTimer::current()) that the parent reads just before it starts the process.
#include "benches.h"

#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace InvoiceDesk::Bench {

namespace {

// Milliseconds from start to first paint, or a negative number when no paint was seen.
double firstPaintMs(const QString& program)
{
    QTemporaryDir home; // a first start: no settings, no books
    QProcess process;
    process.setProgram(program);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("qt.widgets.painting=true"));
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                       QStringLiteral("%{time boot} %{category} %{message}"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    const qint64 startedAt = QDeadlineTimer::current().deadline();
    process.start();
    double result = -1;
    QElapsedTimer patience;
    patience.start();
    while (result < 0 && patience.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        while (process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            // The first flush of a painted window to its backing store; earlier lines only mark regions.
            if (!line.contains(QStringLiteral("qt.widgets.painting Flushing")))
                continue;
            // "%{time boot}" prints seconds with three decimals.
            const double at = line.section(QLatin1Char(' '), 0, 0).toDouble() * 1000.0;
            result = at - double(startedAt);
            break;
        }
    }
    process.kill();
    process.waitForFinished(5000);
    return result;
}

struct Series {
    double median = -1;
    double minimum = -1;
    int seen = 0;
};

Series measure(const QString& program, int runs)
{
    std::vector<double> times;
    for (int i = 0; i < runs; ++i) {
        const double ms = firstPaintMs(program);
        if (ms >= 0)
            times.push_back(ms);
    }
    Series series;
    series.seen = int(times.size());
    if (times.empty())
        return series;
    std::sort(times.begin(), times.end());
    series.median = times[times.size() / 2];
    series.minimum = times.front();
    return series;
}

} // namespace

QJsonObject runColdStartBench(const QString& appProgram, const QString& bareProgram, int runs)
{
    std::printf("\n== d) cold start to first paint, offscreen, %d runs each ==\n", runs);
    QJsonObject result{{QStringLiteral("runs"), runs}};
    const Series bare = measure(bareProgram, runs);
    std::printf("%-44s %10.1f ms median, %.1f ms best (%d painted)\n", "bare QWidget window", bare.median,
                bare.minimum, bare.seen);
    result.insert(QStringLiteral("bareMedianMs"), bare.median);
    result.insert(QStringLiteral("bareBestMs"), bare.minimum);
    if (!QFileInfo(appProgram).isExecutable()) {
        std::printf("(InvoiceDesk's GUI is not built at %s)\n", qPrintable(appProgram));
        result.insert(QStringLiteral("app"), QStringLiteral("not built"));
        return result;
    }
    const Series app = measure(appProgram, runs);
    std::printf("%-44s %10.1f ms median, %.1f ms best (%d painted)\n", "InvoiceDesk main window", app.median,
                app.minimum, app.seen);
    if (app.median > 0 && bare.median > 0)
        std::printf("InvoiceDesk / bare: %.2f\n", app.median / bare.median);
    result.insert(QStringLiteral("appMedianMs"), app.median);
    result.insert(QStringLiteral("appBestMs"), app.minimum);
    result.insert(QStringLiteral("appPainted"), app.seen);
    return result;
}

} // namespace InvoiceDesk::Bench
