// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Internal to the storage layer: the prepared statements of one book's connection, kept per SQL text.

#include <QSqlQuery>
#include <QString>

#include <unordered_map>
#include <vector>

namespace InvoiceDesk::Storage {

// SQLite parses a statement on every prepare(), and the book runs the same few dozen statements on
// every call; keeping them prepared saves most of that work. A statement is lent out for the length
// of one use and comes back reset (finish()), so an idle statement never holds a read transaction
// open. One lent out is not in the cache meanwhile: a nested call that needs the same SQL while the
// first is still active gets another statement instead of clobbering its bindings or its rows.
class StatementCache {
public:
    // A statement lent out of the cache; goes back (reset) when the lease ends. A statement whose
    // prepare or last exec failed is dropped instead, so a later use starts from a fresh one.
    class Lease {
    public:
        Lease(Lease&& other) noexcept;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        Lease& operator=(const Lease&) = delete;
        ~Lease();

        QSqlQuery& query() { return m_query; }

    private:
        friend class StatementCache;
        Lease(StatementCache* cache, QString sql, QSqlQuery query, bool reusable);

        StatementCache* m_cache;
        QString m_sql;
        QSqlQuery m_query;
        bool m_reusable;
    };

    // `connectionName` names the QSqlDatabase connection the statements are prepared on.
    explicit StatementCache(QString connectionName);
    StatementCache(const StatementCache&) = delete;
    StatementCache& operator=(const StatementCache&) = delete;

    // A statement prepared with `sql`, from the cache when an idle one is there. When preparing
    // fails, the lease's query carries the error and its exec() fails as it would have uncached.
    Lease take(const QString& sql);
    // Drops every idle statement; must run before the connection closes.
    void clear();
    // Idle statements kept for `sql` (for tests).
    int idleCount(const QString& sql) const;

private:
    void giveBack(const QString& sql, QSqlQuery&& query);

    QString m_connectionName;
    std::unordered_map<QString, std::vector<QSqlQuery>> m_idle; // QSqlQuery cannot be copied
};

} // namespace InvoiceDesk::Storage
