// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QThread>
#include <QTimer>

#include <malloc.h>
#include <sys/resource.h>
#include <unistd.h>

namespace InvoiceDesk::Bench {

bool waitUntil(const std::function<bool()>& done, std::chrono::milliseconds timeout)
{
    QElapsedTimer timer;
    timer.start();
    // Wakes the blocking wait below now and then, so `done` is looked at even when nothing arrives.
    QTimer tick;
    tick.start(5);
    while (!done()) {
        if (timer.elapsed() > timeout.count())
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents | QEventLoop::WaitForMoreEvents);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    }
    return true;
}

double cpuSeconds()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           double(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

qint64 peakRssKiB()
{
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return qint64(usage.ru_maxrss);
}

qint64 currentRssKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray& line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

qint64 heapInUseKiB()
{
    const struct mallinfo2 info = mallinfo2();
    return qint64((info.uordblks + info.hblkhd) / 1024);
}

QJsonObject machine()
{
    QString model;
    QFile cpuinfo(QStringLiteral("/proc/cpuinfo"));
    if (cpuinfo.open(QIODevice::ReadOnly)) {
        const QList<QByteArray> lines = cpuinfo.readAll().split('\n');
        for (const QByteArray& line : lines) {
            if (line.startsWith("model name")) {
                model = QString::fromUtf8(line.mid(line.indexOf(':') + 1).trimmed());
                break;
            }
        }
    }
    return {{QStringLiteral("nproc"), QThread::idealThreadCount()},
            {QStringLiteral("cpu"), model},
            {QStringLiteral("qt"), QString::fromLatin1(qVersion())},
            {QStringLiteral("buildType"), QStringLiteral(INVOICEDESK_BENCH_BUILD_TYPE)}};
}

SandboxProcess::SandboxProcess(const QString& program)
    : m_program(program)
{}

SandboxProcess::~SandboxProcess()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000))
            m_process->kill();
        m_process->waitForFinished(5000);
    }
}

bool SandboxProcess::start(const QStringList& extraArguments)
{
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(m_program);
    m_process->setArguments(QStringList{QStringLiteral("--port"), QStringLiteral("0")} + extraArguments);
    m_process->setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("invoicedesk.*=false"));
    m_process->setProcessEnvironment(environment);
    m_process->start();
    if (!m_process->waitForStarted(10000))
        return false;
    while (!m_process->canReadLine() && m_process->waitForReadyRead(10000)) {
    }
    m_hello = QJsonDocument::fromJson(m_process->readLine()).object();
    m_baseUrl = QUrl(m_hello.value(QStringLiteral("baseUrl")).toString());
    return m_baseUrl.isValid() && m_baseUrl.port() > 0;
}

double SandboxProcess::cpuSeconds() const
{
    if (!m_process)
        return 0;
    QFile stat(QStringLiteral("/proc/%1/stat").arg(m_process->processId()));
    if (!stat.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray text = stat.readAll();
    // Fields after the command name in parentheses; utime and stime are fields 14 and 15.
    const QList<QByteArray> fields = text.mid(text.lastIndexOf(')') + 2).split(' ');
    const double ticks = double(sysconf(_SC_CLK_TCK));
    return (fields.value(11).toDouble() + fields.value(12).toDouble()) / ticks;
}

} // namespace InvoiceDesk::Bench
