// SPDX-License-Identifier: GPL-3.0-or-later
// The fault drill: a bulk send of 300 invoices to the standalone sandbox while it injects server
// errors, 423/429 bursts, latency and lost replies, and while the sending process is killed with
// SIGKILL ten times at seeded random points (a seeded number of milliseconds after a seeded number
// of finished items) and started again; each start runs the journal recovery. A kill lands between
// two writes of one send (the create confirmed in the journal, say, but the attempt not yet updated)
// only when it happens to fall inside that commit, hence the many rounds. At the end the sandbox's
// own records are held against the book.
//
// What is counted, precisely (the sandbox keeps at most one payment per reference by design, so a
// second create for the same reference is refused there; the check below still counts it):
//   duplicates = for every reference, the payments at Vipps with that reference beyond the first,
//              + for every invoice, the payments at Vipps for that invoice beyond the first. Nothing
//                expires or is declined in the drill, so a second payment for one invoice always
//                means the customer was asked twice, whether or not the book knows of it.
//   lost       = invoices whose latest attempt has no known outcome (still being prepared, or sent
//                with Vipps' state unknown), or that were never sent at all,
//              + payments at Vipps whose reference the book does not know, or that belong to an
//                attempt the book holds as failed (the customer was asked, the book says not).
// Invoices whose request was given up after every retry (Failed, nothing at Vipps) are a known
// outcome, not a loss; they are printed as "failed: N".
#include "common/clock.h"
#include "storage/invoicebook.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>
#include <memory>

using namespace InvoiceDesk;

namespace {

constexpr int invoiceCount = 300;
constexpr int killRounds = 10;
constexpr quint32 drillSeed = 20261201;

// Faults for the whole drill, each call drawing from the sandbox's seeded generator: server errors,
// lost and cut-off replies on every mutating endpoint, unreadable answers to creates and reads, and
// slow answers past the driver's 2 s timeout.
const char* const steadyFaults = "create:503:p=0.04,create:drop-after:p=0.04,create:drop-before:p=0.02,"
                                 "create:malformed:p=0.03,create:cut:p=0.02,"
                                 "create:latency=2500:p=0.02,category:502:p=0.04,category:drop-after:p=0.03,"
                                 "category:malformed:p=0.02,get:503:p=0.05,get:drop-after:p=0.02,"
                                 "get:malformed:p=0.02,token:500:p=0.05";
// Added at the start of every round: bursts of "locked" and "too many requests".
const char* const burstFaults = "create:429:next=3,category:423:next=3,get:429:next=2";

struct DriverRun {
    bool killed = false;
    int items = 0;
    int exitCode = -1;
    bool done = false;
    QByteArray errors;
};

} // namespace

class TestFaultDrill : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QProcess m_sandbox;
    QUrl m_baseUrl;
    QNetworkAccessManager m_network;
    QRandomGenerator m_random{drillSeed};

    QString bookFile() const { return m_dir.filePath(QStringLiteral("book.sqlite")); }

    QByteArray control(const QByteArray& method, const QString& path, const QByteArray& body = {})
    {
        QNetworkRequest request(m_baseUrl.resolved(QUrl(path)));
        request.setHeader(QNetworkRequest::ContentTypeHeader, QStringLiteral("application/json"));
        QNetworkReply* reply = m_network.sendCustomRequest(request, method, body);
        const bool finished = QTest::qWaitFor([reply] { return reply->isFinished(); }, 30000);
        const QByteArray data = finished ? reply->readAll() : QByteArray();
        if (!finished || reply->error() != QNetworkReply::NoError)
            qWarning("control %s %s: %s", method.constData(), qPrintable(path),
                     qPrintable(reply->errorString()));
        reply->deleteLater();
        return data;
    }

    // Starts the driver and kills it (SIGKILL) `delayMs` after it has reported `killAt` finished
    // items; with killAt 0 it runs to the end. The delay lets the kill land anywhere in the steps of
    // the sends in flight, not always just after one has finished.
    DriverRun runDriver(int killAt, int delayMs = 0)
    {
        DriverRun run;
        QProcess driver;
        driver.setProgram(QStringLiteral(INVOICEDESK_DRILL_DRIVER));
        driver.setArguments({bookFile(), m_baseUrl.toString(), QStringLiteral("6")});
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("invoicedesk.*=false"));
        driver.setProcessEnvironment(environment);
        driver.start();
        if (!driver.waitForStarted(10000))
            return run;
        QElapsedTimer timer;
        timer.start();
        QElapsedTimer sinceKillPoint;
        while (driver.state() != QProcess::NotRunning && timer.elapsed() < 200000) {
            if (sinceKillPoint.isValid() && !run.killed) {
                // Waiting for the driver's output until the kill is due, not sleeping.
                driver.waitForReadyRead(std::max<qint64>(1, delayMs - sinceKillPoint.elapsed()));
                if (sinceKillPoint.elapsed() >= delayMs) {
                    driver.kill(); // SIGKILL: requests in flight, journal entries sent but unanswered
                    run.killed = true;
                }
            } else {
                driver.waitForReadyRead(100);
            }
            while (driver.canReadLine()) {
                const QString line = QString::fromUtf8(driver.readLine()).trimmed();
                if (line.startsWith(QStringLiteral("recovered")) || line.startsWith(QStringLiteral("done")) ||
                    line.startsWith(QStringLiteral("sending")) || line.startsWith(QStringLiteral("settled")))
                    qInfo("driver: %s", qPrintable(line));
                if (line.startsWith(QStringLiteral("done")))
                    run.done = true;
                if (!line.startsWith(QStringLiteral("item ")))
                    continue;
                run.items = line.section(QLatin1Char(' '), 1, 1).toInt();
                if (killAt > 0 && run.items >= killAt && !sinceKillPoint.isValid())
                    sinceKillPoint.start();
            }
        }
        if (driver.state() != QProcess::NotRunning) {
            driver.kill();
            driver.waitForFinished(10000);
        }
        run.exitCode = driver.exitStatus() == QProcess::NormalExit ? driver.exitCode() : -1;
        run.errors = driver.readAllStandardError();
        qInfo("round: asked to kill %d ms after item %d, %s after %d items, %lld ms", delayMs, killAt,
              run.killed ? "killed" : "finished", run.items, timer.elapsed());
        return run;
    }

    void createBook()
    {
        ManualClock clock;
        auto opened = Storage::InvoiceBook::open(bookFile(), clock);
        QVERIFY(opened.hasValue());
        auto& book = **opened;
        // Every number is a known sandbox user; several customers share one, as families do.
        const QStringList phones{QStringLiteral("4791234567"), QStringLiteral("4748123456"),
                                 QStringLiteral("4790000001"), QStringLiteral("4790000002")};
        QList<qint64> customers;
        for (int i = 0; i < 40; ++i) {
            Customer customer;
            customer.name = QStringLiteral("Drill Customer %1").arg(i + 1);
            customer.email = QStringLiteral("drill%1@example.com").arg(i + 1);
            auto saved = book.saveCustomer(customer);
            QVERIFY(saved.hasValue());
            const auto phone = PhoneNumber::parse(phones.at(i % phones.size()));
            QVERIFY(phone);
            QVERIFY(book.recordPushConsent(
                            saved->id, *phone,
                            {clock.now(), PushConsent::Source::EnteredByStaff, QStringLiteral("Drill Staff")})
                        .hasValue());
            customers.append(saved->id);
        }
        for (int i = 0; i < invoiceCount; ++i) {
            Invoice invoice;
            invoice.number = QStringLiteral("%1").arg(10001 + i);
            invoice.customerId = customers.at(i % customers.size());
            invoice.issueDate = QDate::currentDate();
            invoice.dueDate = invoice.issueDate.addDays(14);
            invoice.description = QStringLiteral("Consulting");
            InvoiceLine line;
            line.description = QStringLiteral("Consulting hours");
            line.quantity = QStringLiteral("1");
            line.unitPriceMinor = 10000 + 100 * i;
            line.totalExcludingVatMinor = line.unitPriceMinor;
            line.totalVatMinor = line.unitPriceMinor / 4;
            invoice.lines = {line};
            QVERIFY(book.saveInvoice(invoice).hasValue());
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_sandbox.setProgram(QStringLiteral(INVOICEDESK_SANDBOX_TOOL));
        m_sandbox.setArguments(
            {QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--state"),
             m_dir.filePath(QStringLiteral("sandbox.sqlite")), QStringLiteral("--faults"),
             QString::fromLatin1(steadyFaults) + QStringLiteral(",seed=%1").arg(drillSeed)});
        m_sandbox.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        m_sandbox.start();
        QVERIFY(m_sandbox.waitForStarted(10000));
        while (!m_sandbox.canReadLine() && m_sandbox.waitForReadyRead(10000)) {
        }
        const QJsonObject hello = QJsonDocument::fromJson(m_sandbox.readLine()).object();
        m_baseUrl = QUrl(hello.value(QStringLiteral("baseUrl")).toString());
        QVERIFY(m_baseUrl.isValid() && m_baseUrl.port() > 0);
        createBook();
    }

    void cleanupTestCase()
    {
        m_sandbox.terminate();
        m_sandbox.waitForFinished(10000);
    }

    void bulkSendSurvivesFaultsAndKills()
    {
        for (int round = 0; round < killRounds; ++round) {
            const QJsonObject faults{{QStringLiteral("spec"), QString::fromLatin1(burstFaults)},
                                     {QStringLiteral("replace"), false}};
            control("POST", QStringLiteral("/sandbox/faults"), QJsonDocument(faults).toJson());
            const int killAt = 3 + int(m_random.bounded(18));
            const int delayMs = int(m_random.bounded(40));
            const DriverRun run = runDriver(killAt, delayMs);
            QVERIFY2(run.killed, run.errors.constData());
        }
        const DriverRun last = runDriver(0);
        QVERIFY2(!last.killed && last.done && last.exitCode == 0, last.errors.constData());

        // The sandbox's own records.
        const QJsonArray payments =
            QJsonDocument::fromJson(control("GET", QStringLiteral("/sandbox/payments"))).array();
        ManualClock clock;
        auto opened = Storage::InvoiceBook::open(bookFile(), clock);
        QVERIFY(opened.hasValue());
        auto& book = **opened;

        int duplicates = 0;
        int lost = 0;
        QHash<QString, int> perReference;
        QHash<qint64, int> perInvoice;
        for (const QJsonValue& value : payments) {
            const QString reference = value.toObject().value(QStringLiteral("reference")).toString();
            if (++perReference[reference] > 1)
                ++duplicates;
            const auto attempt = book.attemptByReference(reference);
            QVERIFY(attempt.hasValue());
            if (!attempt->has_value()) {
                qWarning("a payment at Vipps the book does not know: %s", qPrintable(reference));
                ++lost;
                continue;
            }
            const PaymentAttempt& known = attempt->value();
            if (known.phase == AttemptPhase::Failed) {
                qWarning("a payment at Vipps the book holds as failed: %s", qPrintable(reference));
                ++lost;
            }
            if (++perInvoice[known.invoiceId] > 1) {
                qWarning("a second payment at Vipps for one invoice: %s", qPrintable(reference));
                ++duplicates;
            }
        }

        int failed = 0;
        int awaiting = 0;
        const auto rows = book.invoiceRows();
        QVERIFY(rows.hasValue());
        QCOMPARE(int(rows->size()), invoiceCount);
        for (const auto& row : *rows) {
            const auto attempts = book.attempts(row.invoiceId);
            QVERIFY(attempts.hasValue());
            if (attempts->isEmpty()) {
                qWarning("invoice %s was never sent", qPrintable(row.number));
                ++lost;
                continue;
            }
            const PaymentAttempt& latest = attempts->constLast();
            if (latest.phase == AttemptPhase::Failed) {
                ++failed;
            } else if (latest.phase == AttemptPhase::Preparing || latest.vippsState == VippsState::Unknown) {
                QStringList journal;
                if (const auto entries = book.journalFor(latest.reference)) {
                    for (const auto& entry : *entries)
                        journal.append(Storage::journalKindKey(entry.kind) + QLatin1Char(' ') +
                                       Storage::journalStateKey(entry.state) + QLatin1Char(' ') +
                                       entry.resultNote);
                }
                qWarning("invoice %s has no known outcome: %s phase %s, Vipps state '%s'; journal: %s",
                         qPrintable(row.number), qPrintable(latest.reference),
                         qPrintable(attemptPhaseKey(latest.phase)),
                         qPrintable(vippsStateKey(latest.vippsState)),
                         qPrintable(journal.join(QStringLiteral("; "))));
                ++lost;
            } else {
                ++awaiting;
            }
        }
        const auto unsettled = book.unsettledJournal();
        QVERIFY(unsettled.hasValue());

        std::printf("payments at vipps: %lld\nsent: %d\nfailed: %d\nunsettled journal entries: %lld\n",
                    qint64(payments.size()), awaiting, failed, qint64(unsettled->size()));
        std::printf("duplicates: %d\nlost: %d\n", duplicates, lost);
        std::fflush(stdout);
        QCOMPARE(duplicates, 0);
        QCOMPARE(lost, 0);
        QCOMPARE(unsettled->size(), qsizetype(0));
        // The drill means something only if most of the book went out through the faults.
        QVERIFY2(awaiting >= invoiceCount * 9 / 10, qPrintable(QStringLiteral("only %1 sent").arg(awaiting)));
    }
};

QTEST_GUILESS_MAIN(TestFaultDrill)
#include "tst_faultdrill.moc"
