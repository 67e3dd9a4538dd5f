// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QUrl>

#include <chrono>
#include <functional>
#include <memory>

namespace InvoiceDesk::Bench {

// Runs the event loop until `done` holds or `timeout` passes; true when it held.
bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout);

double cpuSeconds();    // user + system time of this process so far
qint64 peakRssKiB();    // getrusage ru_maxrss: the highest resident size so far
qint64 currentRssKiB(); // VmRSS from /proc/self/status, 0 where there is none
qint64 heapInUseKiB();  // malloc'ed and not freed (glibc mallinfo2): what a structure holds
QJsonObject machine();  // nproc, CPU model, Qt version, build type

// invoicedesk-sandbox as a child process (its own event loop and CPU), in-memory state.
class SandboxProcess {
public:
    explicit SandboxProcess(const QString& program);
    ~SandboxProcess();
    bool start(const QStringList& extraArguments = {});
    QUrl baseUrl() const { return m_baseUrl; }
    const QJsonObject& hello() const { return m_hello; }
    double cpuSeconds() const; // utime + stime of the child from /proc/<pid>/stat

private:
    QString m_program;
    std::unique_ptr<QProcess> m_process;
    QUrl m_baseUrl;
    QJsonObject m_hello;
};

} // namespace InvoiceDesk::Bench
