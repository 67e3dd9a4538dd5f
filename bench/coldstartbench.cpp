// SPDX-License-Identifier: GPL-3.0-or-later
// d) GUI cold start: from starting the process to its first painted window, for InvoiceDesk, for a
// bare QWidget window and for a bare window with menus and a label (the least that shows text), each
// started many times on the offscreen platform. The child's first widget paint is seen through Qt's
// own "qt.widgets.painting" log line of the first flush, stamped with the monotonic clock
// (%{time boot}, QDeadlineTimer::current()) that the parent reads just before it starts the process.
// InvoiceDesk paints its window before its book is open; its second figure is the first flush after
// its "invoicedesk.startup" line that says the invoice list is filled: the window ready for work.
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

struct Start {
    double firstPaintMs = -1; // negative: no paint seen
    double readyPaintMs = -1; // negative: no paint seen after the list was filled
};

// Milliseconds from start to the first paint, and to the first paint once the list is filled (for a
// program that says when it is; the bare window does not).
Start firstPaints(const QString& program, const QStringList& arguments, bool waitForList)
{
    QTemporaryDir home; // a first start: no settings, no books
    QProcess process;
    process.setProgram(program);
    process.setArguments(arguments);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    environment.insert(QStringLiteral("QT_LOGGING_RULES"),
                       QStringLiteral("qt.widgets.painting=true;invoicedesk.startup=true"));
    environment.insert(QStringLiteral("QT_MESSAGE_PATTERN"),
                       QStringLiteral("%{time boot} %{category} %{message}"));
    environment.insert(QStringLiteral("HOME"), home.path());
    environment.insert(QStringLiteral("XDG_CONFIG_HOME"), home.filePath(QStringLiteral("config")));
    environment.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
    process.setProcessEnvironment(environment);
    process.setReadChannel(QProcess::StandardError);
    const qint64 startedAt = QDeadlineTimer::current().deadline();
    process.start();
    Start result;
    bool listFilled = false;
    const auto done = [&] {
        return result.firstPaintMs >= 0 && (!waitForList || result.readyPaintMs >= 0);
    };
    QElapsedTimer patience;
    patience.start();
    while (!done() && patience.elapsed() < 20000 && process.state() != QProcess::NotRunning) {
        process.waitForReadyRead(50);
        while (!done() && process.canReadLine()) {
            const QString line = QString::fromUtf8(process.readLine()).trimmed();
            if (line.contains(QStringLiteral("invoicedesk.startup The invoice list is filled"))) {
                listFilled = true;
                continue;
            }
            // A flush of a painted window to its backing store; earlier lines only mark regions.
            if (!line.contains(QStringLiteral("qt.widgets.painting Flushing")))
                continue;
            // "%{time boot}" prints seconds with three decimals.
            const double at = line.section(QLatin1Char(' '), 0, 0).toDouble() * 1000.0 - double(startedAt);
            if (result.firstPaintMs < 0)
                result.firstPaintMs = at;
            if (listFilled && result.readyPaintMs < 0)
                result.readyPaintMs = at;
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

Series summary(std::vector<double> times)
{
    Series series;
    series.seen = int(times.size());
    if (times.empty())
        return series;
    std::sort(times.begin(), times.end());
    series.median = times[times.size() / 2];
    series.minimum = times.front();
    return series;
}

struct Measured {
    Series firstPaint;
    Series readyPaint;
};

Measured measure(const QString& program, const QStringList& arguments, int runs, bool waitForList)
{
    std::vector<double> first;
    std::vector<double> ready;
    for (int i = 0; i < runs; ++i) {
        const Start start = firstPaints(program, arguments, waitForList);
        if (start.firstPaintMs >= 0)
            first.push_back(start.firstPaintMs);
        if (start.readyPaintMs >= 0)
            ready.push_back(start.readyPaintMs);
    }
    return {summary(std::move(first)), summary(std::move(ready))};
}

} // namespace

QJsonObject runColdStartBench(const QString& appProgram, const QString& bareProgram, int runs)
{
    std::printf("\n== d) cold start to first paint, offscreen, %d runs each ==\n", runs);
    QJsonObject result{{QStringLiteral("runs"), runs}};
    const Series bare = measure(bareProgram, {}, runs, false).firstPaint;
    std::printf("%-44s %10.1f ms median, %.1f ms best (%d painted)\n", "bare QWidget window", bare.median,
                bare.minimum, bare.seen);
    result.insert(QStringLiteral("bareMedianMs"), bare.median);
    result.insert(QStringLiteral("bareBestMs"), bare.minimum);
    const Series text = measure(bareProgram, {QStringLiteral("--text")}, runs, false).firstPaint;
    std::printf("%-44s %10.1f ms median, %.1f ms best (%d painted)\n",
                "bare QMainWindow, four menus, a label", text.median, text.minimum, text.seen);
    result.insert(QStringLiteral("bareTextMedianMs"), text.median);
    result.insert(QStringLiteral("bareTextBestMs"), text.minimum);
    if (text.median > 0 && bare.median > 0)
        std::printf("bare text window / bare window: %.2f\n", text.median / bare.median);
    if (!QFileInfo(appProgram).isExecutable()) {
        std::printf("(InvoiceDesk's GUI is not built at %s)\n", qPrintable(appProgram));
        result.insert(QStringLiteral("app"), QStringLiteral("not built"));
        return result;
    }
    const Measured measured = measure(appProgram, {}, runs, true);
    const Series& app = measured.firstPaint;
    const Series& ready = measured.readyPaint;
    std::printf("%-44s %10.1f ms median, %.1f ms best (%d painted)\n", "InvoiceDesk main window", app.median,
                app.minimum, app.seen);
    std::printf("%-44s %10.1f ms median, %.1f ms best (%d painted)\n", "InvoiceDesk window with its list",
                ready.median, ready.minimum, ready.seen);
    if (app.median > 0 && bare.median > 0)
        std::printf("InvoiceDesk / bare: %.2f (first paint), %.2f (list shown)\n", app.median / bare.median,
                    ready.median / bare.median);
    if (app.median > 0 && text.median > 0)
        std::printf("InvoiceDesk / bare text window: %.2f (first paint)\n", app.median / text.median);
    result.insert(QStringLiteral("appMedianMs"), app.median);
    result.insert(QStringLiteral("appBestMs"), app.minimum);
    result.insert(QStringLiteral("appPainted"), app.seen);
    result.insert(QStringLiteral("appListMedianMs"), ready.median);
    result.insert(QStringLiteral("appListBestMs"), ready.minimum);
    result.insert(QStringLiteral("appListPainted"), ready.seen);
    return result;
}

} // namespace InvoiceDesk::Bench
