// SPDX-License-Identifier: GPL-3.0-or-later
// The process the fault drill kills: InvoiceDesk's own core sending a whole book in bulk to a
// sandbox, on the system clock, as the GUI or the CLI would.
//   drill_driver <book> <sandbox base URL> [concurrency]
// It reads the demo merchant's keys from the sandbox's control API, starts WorkflowServices (the
// journal recovery runs first), then bulk-sends every invoice that is a draft or whose last request
// failed, and settles what the journal still holds. One line per step on stdout:
//   "recovered examined=E found=F repeated=R unresolved=U", "item N sent|refused", "done ...".
#include "common/clock.h"
#include "storage/invoicebook.h"
#include "workflows/vippsservices.h"
#include "workflows/workflowservices.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <cstdio>
#include <memory>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Workflows;

namespace {

void say(const QString& line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

int fail(const QString& why)
{
    std::fputs(qPrintable(QStringLiteral("drill_driver: ") + why + QLatin1Char('\n')), stderr);
    return 2;
}

// Re-runs the journal recovery a few times: with faults on, one pass may leave an entry unresolved.
constexpr int maxSettlePasses = 8;

class Driver : public QObject {
public:
    Driver(Storage::InvoiceBook& book, Clock& clock, QUrl baseUrl, int concurrency)
        : m_book(book)
        , m_clock(clock)
        , m_baseUrl(std::move(baseUrl))
        , m_concurrency(concurrency)
    {}

    void run()
    {
        QNetworkReply* reply =
            m_network.get(QNetworkRequest(m_baseUrl.resolved(QUrl(QStringLiteral("/sandbox/merchant")))));
        connect(reply, &QNetworkReply::finished, this, [this, reply] {
            reply->deleteLater();
            const QJsonObject hello = QJsonDocument::fromJson(reply->readAll()).object();
            if (reply->error() != QNetworkReply::NoError || hello.isEmpty()) {
                exitWith(fail(QStringLiteral("cannot read the sandbox's merchant: ") + reply->errorString()));
                return;
            }
            Vipps::MerchantKeys keys;
            keys.merchantSerialNumber = hello.value(QStringLiteral("msn")).toString();
            keys.clientId = hello.value(QStringLiteral("clientId")).toString();
            keys.clientSecret = hello.value(QStringLiteral("clientSecret")).toString();
            keys.subscriptionKey = hello.value(QStringLiteral("subscriptionKey")).toString();
            startServices(keys);
        });
    }

private:
    void startServices(const Vipps::MerchantKeys& keys)
    {
        m_vipps =
            std::make_unique<VippsServices>(m_network, m_clock, Vipps::Environment::sandbox(m_baseUrl), keys);
        // Short enough that the sandbox's latency faults become lost replies.
        m_vipps->client().setTransferTimeout(std::chrono::milliseconds(2000));
        m_profile.merchantSerialNumber = keys.merchantSerialNumber;
        m_profile.clientId = keys.clientId;
        m_profile.referencePrefix = QStringLiteral("drill");
        m_services = std::make_unique<WorkflowServices>(m_book, *m_vipps, m_clock, m_profile);
        m_services->start().then(this, [this](RecoveryReport report) {
            say(QStringLiteral("recovered examined=%1 found=%2 repeated=%3 unresolved=%4")
                    .arg(report.examined)
                    .arg(report.foundAtVipps)
                    .arg(report.repeated)
                    .arg(report.unresolved));
            sendAll();
        });
    }

    void sendAll()
    {
        const auto rows = m_book.invoiceRows();
        if (!rows) {
            exitWith(fail(rows.error().message));
            return;
        }
        QList<qint64> ids;
        for (const auto& row : *rows) {
            if (row.status == InvoiceStatus::Draft || row.status == InvoiceStatus::Failed)
                ids.append(row.invoiceId);
        }
        say(QStringLiteral("sending %1").arg(ids.size()));
        BulkSender& bulk = m_services->bulk();
        bulk.setConcurrency(m_concurrency);
        connect(&bulk, &BulkSender::itemFinished, this, [this](const BulkItemResult& item) {
            ++m_items;
            say(QStringLiteral("item %1 %2")
                    .arg(m_items)
                    .arg(item.sent ? QStringLiteral("sent") : QStringLiteral("refused")));
        });
        connect(&bulk, &BulkSender::finished, this, [this] { settle(0); });
        SendOptions options;
        options.flow = PaymentFlow::Push;
        options.actor = QStringLiteral("Fault Drill");
        bulk.start(ids, options);
    }

    // What an unanswered create left in the journal is settled the way a restart would settle it.
    void settle(int pass)
    {
        const auto unsettled = m_book.unsettledJournal();
        if (!unsettled) {
            exitWith(fail(unsettled.error().message));
            return;
        }
        if (unsettled->isEmpty() || pass >= maxSettlePasses) {
            say(QStringLiteral("done items=%1 unsettled=%2").arg(m_items).arg(unsettled->size()));
            exitWith(0);
            return;
        }
        m_services->recovery().run().then(this, [this, pass](RecoveryReport report) {
            say(QStringLiteral("settled pass=%1 examined=%2 unresolved=%3")
                    .arg(pass + 1)
                    .arg(report.examined)
                    .arg(report.unresolved));
            settle(pass + 1);
        });
    }

    void exitWith(int code)
    {
        QMetaObject::invokeMethod(
            qApp, [code] { QCoreApplication::exit(code); }, Qt::QueuedConnection);
    }

    Storage::InvoiceBook& m_book;
    Clock& m_clock;
    QUrl m_baseUrl;
    int m_concurrency;
    QNetworkAccessManager m_network;
    MerchantProfile m_profile;
    std::unique_ptr<VippsServices> m_vipps;
    std::unique_ptr<WorkflowServices> m_services;
    int m_items = 0;
};

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    if (arguments.size() < 3)
        return fail(QStringLiteral("usage: drill_driver <book> <sandbox base URL> [concurrency]"));
    SystemClock clock;
    auto book = Storage::InvoiceBook::open(arguments.at(1), clock);
    if (!book)
        return fail(book.error().message + QStringLiteral(": ") + book.error().detail);
    const int concurrency = arguments.size() > 3 ? std::max(1, arguments.at(3).toInt()) : 4;
    Driver driver(**book, clock, QUrl(arguments.at(2)), concurrency);
    driver.run();
    return app.exec();
}
