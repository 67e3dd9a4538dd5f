// SPDX-License-Identifier: GPL-3.0-or-later
// c) The invoice list of a large book: InvoiceBook::invoiceRows() (and, where the GUI's list model is
// built, the model's first rows, search and sort) against the same rows read with a bare QSqlQuery.
#include "benchbook.h"
#include "benches.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifdef INVOICEDESK_BENCH_LIST_MODEL
#include "invoices/invoicefilterproxy.h"
#include "invoices/invoicelistmodel.h"
#endif

#include <algorithm>
#include <cstdio>
#include <vector>

namespace InvoiceDesk::Bench {

namespace {

// The columns InvoiceBook reads for its list, in the same query, kept in the plainest form.
const char* const bareQuery =
    "SELECT i.id, i.number, i.customer_id, c.name, c.phone_msisdn, c.consent_given_at IS NOT NULL, "
    "i.currency, i.total_minor, i.issue_date, i.due_date, i.description, i.link, i.status, "
    "(SELECT count(*) FROM payment_attempts x WHERE x.invoice_id = i.id), "
    "a.reference, a.flow, a.vipps_state, a.captured_minor, a.refunded_minor, a.expires_at, a.last_checked_at "
    "FROM invoices i JOIN customers c ON c.id = i.customer_id "
    "LEFT JOIN payment_attempts a ON a.id = (SELECT y.id FROM payment_attempts y WHERE y.invoice_id = i.id "
    "ORDER BY y.sequence DESC LIMIT 1) ORDER BY i.id";

struct BareRow {
    qint64 id = 0;
    QString number;
    qint64 customerId = 0;
    QString customerName;
    QString phone;
    bool consent = false;
    QString currency;
    qint64 total = 0;
    QString issueDate;
    QString dueDate;
    QString description;
    QString link;
    QString status;
    int attempts = 0;
    QString reference;
    QString flow;
    QString vippsState;
    qint64 captured = 0;
    qint64 refunded = 0;
    QString expiresAt;
    QString lastCheckedAt;
};

std::vector<BareRow> readBare(QSqlDatabase& db)
{
    std::vector<BareRow> rows;
    QSqlQuery query(db);
    query.setForwardOnly(true);
    query.exec(QString::fromLatin1(bareQuery));
    while (query.next()) {
        BareRow row;
        row.id = query.value(0).toLongLong();
        row.number = query.value(1).toString();
        row.customerId = query.value(2).toLongLong();
        row.customerName = query.value(3).toString();
        row.phone = query.value(4).toString();
        row.consent = query.value(5).toBool();
        row.currency = query.value(6).toString();
        row.total = query.value(7).toLongLong();
        row.issueDate = query.value(8).toString();
        row.dueDate = query.value(9).toString();
        row.description = query.value(10).toString();
        row.link = query.value(11).toString();
        row.status = query.value(12).toString();
        row.attempts = query.value(13).toInt();
        row.reference = query.value(14).toString();
        row.flow = query.value(15).toString();
        row.vippsState = query.value(16).toString();
        row.captured = query.value(17).toLongLong();
        row.refunded = query.value(18).toLongLong();
        row.expiresAt = query.value(19).toString();
        row.lastCheckedAt = query.value(20).toString();
        rows.push_back(std::move(row));
    }
    return rows;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

template<typename F>
double seconds(F&& work)
{
    QElapsedTimer timer;
    timer.start();
    work();
    return double(timer.nsecsElapsed()) / 1e9;
}

constexpr int repeats = 5;

} // namespace

QJsonObject runListBench(const BenchConfig& config)
{
    QTemporaryDir dir;
    ManualClock clock(QDateTime::currentDateTimeUtc());
    const QString file = dir.filePath(QStringLiteral("list.sqlite"));
    BenchBook book = makeBenchBook(file, clock, config.listed, std::max(1, config.listed / 100));
    if (!book.book) {
        std::fprintf(stderr, "list: the book could not be made\n");
        return {};
    }
    QJsonObject result{{QStringLiteral("invoices"), config.listed},
                       {QStringLiteral("importSeconds"), book.importSeconds}};

    // The floor first, on its own connection, so that its memory is measured before the book's.
    std::vector<double> bareTimes;
    qint64 bareHeapDelta = 0;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("bench-bare"));
        db.setDatabaseName(file);
        db.open();
        for (int i = 0; i < repeats; ++i) {
            const qint64 before = heapInUseKiB();
            std::vector<BareRow> rows;
            bareTimes.push_back(seconds([&] { rows = readBare(db); }));
            bareHeapDelta = std::max(bareHeapDelta, heapInUseKiB() - before);
            if (int(rows.size()) != config.listed)
                std::fprintf(stderr, "list: the bare query read %zu rows\n", rows.size());
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-bare"));

    std::vector<double> bookTimes;
    qint64 bookHeapDelta = 0;
    for (int i = 0; i < repeats; ++i) {
        const qint64 before = heapInUseKiB();
        Storage::StorageResult<QList<Storage::InvoiceRow>> rows = QList<Storage::InvoiceRow>{};
        bookTimes.push_back(seconds([&] { rows = book.book->invoiceRows(); }));
        bookHeapDelta = std::max(bookHeapDelta, heapInUseKiB() - before);
        if (!rows || int(rows->size()) != config.listed)
            std::fprintf(stderr, "list: invoiceRows() did not read the book\n");
    }
    const double bare = median(bareTimes);
    const double read = median(bookTimes);
    std::printf("\n== c) invoice list, %d invoices (import %.2f s) ==\n", config.listed, book.importSeconds);
    std::printf("%-44s %10s %14s\n", "", "median s", "heap held KiB");
    std::printf("%-44s %10.3f %14lld\n", "bare QSqlQuery, plain struct", bare, bareHeapDelta);
    std::printf("%-44s %10.3f %14lld\n", "InvoiceBook::invoiceRows()", read, bookHeapDelta);
    std::printf("invoiceRows() / bare: %.2f\n", read / bare);
    result.insert(QStringLiteral("bareQuerySeconds"), bare);
    result.insert(QStringLiteral("bareHeapKiB"), bareHeapDelta);
    result.insert(QStringLiteral("invoiceRowsSeconds"), read);
    result.insert(QStringLiteral("invoiceRowsHeapKiB"), bookHeapDelta);
    result.insert(QStringLiteral("invoiceRowsToBare"), read / bare);

#ifdef INVOICEDESK_BENCH_LIST_MODEL
    {
        const qint64 before = heapInUseKiB();
        Ui::InvoiceListModel model(*book.book);
        QString first;
        const double firstRows = seconds([&] {
            model.reload();
            for (int row = 0; row < std::min(40, model.rowCount()); ++row) {
                for (int column = 0; column < model.columnCount(); ++column)
                    first = model.data(model.index(row, column)).toString();
            }
        });
        const qint64 modelHeap = heapInUseKiB() - before;
        // The proxy builds its mapping when it is first asked, so each timing ends with a question.
        Ui::InvoiceFilterProxy proxy;
        const double proxyAll = seconds([&] {
            proxy.setSourceModel(&model);
            (void)proxy.rowCount();
        });
        int found = 0;
        const double search = seconds([&] {
            proxy.setSearchText(QStringLiteral("kunde 17"));
            found = proxy.rowCount();
        });
        const double clearSearch = seconds([&] {
            proxy.setSearchText(QString());
            (void)proxy.rowCount();
        });
        const double sortAmount = seconds([&] {
            proxy.sort(Ui::InvoiceListModel::Amount, Qt::DescendingOrder);
            (void)proxy.index(0, 0).data();
        });
        const double sortCustomer = seconds([&] {
            proxy.sort(Ui::InvoiceListModel::Customer, Qt::AscendingOrder);
            (void)proxy.index(0, 0).data();
        });
        std::printf("%-44s %10.3f %14lld\n", "list model: reload + data() of first 40 rows", firstRows,
                    modelHeap);
        std::printf(
            "proxy over every row %.3f s; search \"kunde 17\" %.3f s (%d rows), clear %.3f s, sort by "
            "amount %.3f s, by customer %.3f s\n",
            proxyAll, search, found, clearSearch, sortAmount, sortCustomer);
        result.insert(QStringLiteral("proxyAllSeconds"), proxyAll);
        result.insert(QStringLiteral("searchRows"), found);
        result.insert(QStringLiteral("modelFirstRowsSeconds"), firstRows);
        result.insert(QStringLiteral("modelHeapKiB"), modelHeap);
        result.insert(QStringLiteral("searchSeconds"), search);
        result.insert(QStringLiteral("clearSearchSeconds"), clearSearch);
        result.insert(QStringLiteral("sortAmountSeconds"), sortAmount);
        result.insert(QStringLiteral("sortCustomerSeconds"), sortCustomer);
    }
#else
    std::printf(
        "(the GUI's invoice list model is not built into this bench: book read vs bare query only)\n");
    result.insert(QStringLiteral("listModel"), QStringLiteral("not built"));
#endif
    result.insert(QStringLiteral("peakRssKiB"), peakRssKiB());
    std::printf("peak RSS of the bench so far (ru_maxrss): %lld KiB\n", peakRssKiB());
    return result;
}

} // namespace InvoiceDesk::Bench
