// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "sandbox/sandboxserver.h"
#include "vipps/apiclient.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QTemporaryDir>
#include <QTest>

#include <chrono>
#include <memory>

// A sandbox on a loopback port, a manual clock shared by client and sandbox, and an ApiClient for
// the demo merchant. Each test builds its own, so no state leaks between tests.
struct SandboxFixture {
    InvoiceDesk::ManualClock clock;
    InvoiceDesk::Sandbox::SandboxServer sandbox{clock};
    std::unique_ptr<QNetworkAccessManager> network = std::make_unique<QNetworkAccessManager>();
    QTemporaryDir scratch;
    std::unique_ptr<InvoiceDesk::Vipps::ApiClient> client;

    SandboxFixture()
    {
        if (!sandbox.listen())
            qFatal("sandbox did not listen: %s", qPrintable(sandbox.errorString()));
        if (!sandbox.recordRequestsTo(recordFile()))
            qFatal("sandbox cannot record");
        client = std::make_unique<InvoiceDesk::Vipps::ApiClient>(
            *network, clock, InvoiceDesk::Vipps::Environment::sandbox(sandbox.baseUrl()),
            sandbox.demoMerchant());
    }

    ~SandboxFixture()
    {
        // Close our connections first and let the sandbox see them go: its HttpServer crashes if it
        // is destroyed with client sockets still open (see the report; app/sandbox is not ours).
        client.reset();
        network.reset();
        QTest::qWait(50);
    }

    QString recordFile() const { return scratch.filePath(QStringLiteral("requests.jsonl")); }

    // Every request the sandbox received, as recorded.
    QList<QJsonObject> recorded() const
    {
        QList<QJsonObject> lines;
        QFile file(recordFile());
        if (!file.open(QIODevice::ReadOnly))
            return lines;
        while (!file.atEnd()) {
            const QByteArray line = file.readLine().trimmed();
            if (!line.isEmpty())
                lines.append(QJsonDocument::fromJson(line).object());
        }
        return lines;
    }

    QList<QJsonObject> recordedTo(const QString& pathSuffix,
                                  const QString& method = QStringLiteral("POST")) const
    {
        QList<QJsonObject> matching;
        for (const QJsonObject& line : recorded()) {
            if (line.value(QStringLiteral("path")).toString().endsWith(pathSuffix) &&
                line.value(QStringLiteral("method")).toString() == method)
                matching.append(line);
        }
        return matching;
    }

    // Lets the event loop deliver replies, and moves the manual clock on in small steps while
    // something waits on it (backoff, rate budget), up to `maxAdvance` of simulated time.
    template<class T>
    T await(QFuture<T> future, std::chrono::milliseconds maxAdvance = std::chrono::minutes(5))
    {
        using namespace std::chrono_literals;
        std::chrono::milliseconds advanced{0};
        QElapsedTimer real;
        real.start();
        while (!future.isFinished() && real.elapsed() < 30000) {
            // Deliver whatever the network has for us before deciding that time must pass.
            if (QTest::qWaitFor([&] { return future.isFinished(); }, 20))
                break;
            if (!future.isFinished() && clock.pendingCount() > 0 && advanced < maxAdvance) {
                clock.advance(250ms);
                advanced += 250ms;
            }
        }
        if (!future.isFinished())
            qFatal("future did not finish");
        return future.result();
    }

    // Waits for real network delivery only; the manual clock stands still.
    template<class T>
    T awaitWithoutTime(QFuture<T> future)
    {
        if (!QTest::qWaitFor([&] { return future.isFinished(); }, 30000))
            qFatal("future did not finish");
        return future.result();
    }
};
