// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/statementcache.h"

#include <QSqlDatabase>
#include <QSqlError>

namespace InvoiceDesk::Storage {

namespace {

// Idle statements kept per SQL text. Nesting is shallow (a helper inside a transaction), so a second
// one covers it; more would only keep memory.
constexpr std::size_t maxIdlePerStatement = 2;

} // namespace

StatementCache::Lease::Lease(StatementCache* cache, QString sql, QSqlQuery query, bool reusable)
    : m_cache(cache)
    , m_sql(std::move(sql))
    , m_query(std::move(query))
    , m_reusable(reusable)
{}

StatementCache::Lease::Lease(Lease&& other) noexcept
    : m_cache(other.m_cache)
    , m_sql(std::move(other.m_sql))
    , m_query(std::move(other.m_query))
    , m_reusable(other.m_reusable)
{
    other.m_cache = nullptr;
}

StatementCache::Lease::~Lease()
{
    if (!m_cache)
        return;
    if (!m_reusable || m_query.lastError().isValid())
        return; // dropped: destroying the query finalizes the statement
    m_query.finish();
    m_cache->giveBack(m_sql, std::move(m_query));
}

StatementCache::StatementCache(QString connectionName)
    : m_connectionName(std::move(connectionName))
{}

StatementCache::Lease StatementCache::take(const QString& sql)
{
    const auto found = m_idle.find(sql);
    if (found != m_idle.end() && !found->second.empty()) {
        QSqlQuery query = std::move(found->second.back());
        found->second.pop_back();
        return Lease(this, sql, std::move(query), true);
    }
    QSqlQuery query(QSqlDatabase::database(m_connectionName, false));
    const bool prepared = query.prepare(sql);
    return Lease(this, sql, std::move(query), prepared);
}

void StatementCache::clear()
{
    m_idle.clear();
}

int StatementCache::idleCount(const QString& sql) const
{
    const auto found = m_idle.find(sql);
    return found == m_idle.end() ? 0 : int(found->second.size());
}

void StatementCache::giveBack(const QString& sql, QSqlQuery&& query)
{
    std::vector<QSqlQuery>& idle = m_idle[sql];
    if (idle.size() < maxIdlePerStatement)
        idle.push_back(std::move(query));
}

} // namespace InvoiceDesk::Storage
