// SPDX-License-Identifier: GPL-3.0-or-later
// The prepared-statement cache of a book's connection: reuse, nesting with the same SQL, and statements
// that failed.
#include "storage/statementcache.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk::Storage;

class TestStatementCache : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void reusesAStatementOnceItIsBack();
    void nestedUseOfTheSameSqlKeepsBothApart();
    void aStatementThatFailedIsNotKept();
    void aReturnedStatementHoldsNoReadTransaction();

private:
    QString selectByGroup() const
    {
        return QStringLiteral("SELECT value FROM items WHERE grp = ? ORDER BY value");
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_file;
    const QString m_connection = QStringLiteral("statementcache-test");
};

void TestStatementCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_file = m_dir->filePath(QStringLiteral("cache.sqlite"));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_file);
    QVERIFY(db.open());
    QSqlQuery setup(db);
    QVERIFY(setup.exec(QStringLiteral("PRAGMA journal_mode = WAL")));
    QVERIFY(setup.exec(
        QStringLiteral("CREATE TABLE items (grp INTEGER NOT NULL, value INTEGER NOT NULL UNIQUE)")));
    QVERIFY(
        setup.exec(QStringLiteral("INSERT INTO items VALUES (1, 10), (1, 11), (1, 12), (2, 20), (2, 21)")));
}

void TestStatementCache::cleanup()
{
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
    m_dir.reset();
}

static QList<int> readAll(QSqlQuery& query)
{
    QList<int> values;
    while (query.next())
        values.append(query.value(0).toInt());
    return values;
}

void TestStatementCache::reusesAStatementOnceItIsBack()
{
    StatementCache cache(m_connection);
    QCOMPARE(cache.idleCount(selectByGroup()), 0);
    {
        auto lease = cache.take(selectByGroup());
        lease.query().addBindValue(1);
        QVERIFY(lease.query().exec());
        QCOMPARE(readAll(lease.query()), (QList<int>{10, 11, 12}));
        QCOMPARE(cache.idleCount(selectByGroup()), 0);
    }
    QCOMPARE(cache.idleCount(selectByGroup()), 1);
    {
        // The same statement again, with new bindings replacing the old ones.
        auto lease = cache.take(selectByGroup());
        QCOMPARE(cache.idleCount(selectByGroup()), 0);
        lease.query().addBindValue(2);
        QVERIFY(lease.query().exec());
        QCOMPARE(readAll(lease.query()), (QList<int>{20, 21}));
    }
    QCOMPARE(cache.idleCount(selectByGroup()), 1);
    cache.clear();
    QCOMPARE(cache.idleCount(selectByGroup()), 0);
}

void TestStatementCache::nestedUseOfTheSameSqlKeepsBothApart()
{
    StatementCache cache(m_connection);
    {
        // Prime the cache so the outer use takes the cached statement.
        auto lease = cache.take(selectByGroup());
        lease.query().addBindValue(1);
        QVERIFY(lease.query().exec());
    }
    auto outer = cache.take(selectByGroup());
    outer.query().addBindValue(1);
    QVERIFY(outer.query().exec());
    QVERIFY(outer.query().next());
    QCOMPARE(outer.query().value(0).toInt(), 10);
    {
        // A nested call with the same SQL while the outer statement is still stepping through rows.
        auto inner = cache.take(selectByGroup());
        inner.query().addBindValue(2);
        QVERIFY(inner.query().exec());
        QCOMPARE(readAll(inner.query()), (QList<int>{20, 21}));
    }
    QCOMPARE(cache.idleCount(selectByGroup()), 1);
    // The outer one goes on where it was, with its own binding.
    QVERIFY(outer.query().next());
    QCOMPARE(outer.query().value(0).toInt(), 11);
    QVERIFY(outer.query().next());
    QCOMPARE(outer.query().value(0).toInt(), 12);
    QVERIFY(!outer.query().next());
}

void TestStatementCache::aStatementThatFailedIsNotKept()
{
    StatementCache cache(m_connection);
    const QString insert = QStringLiteral("INSERT INTO items (grp, value) VALUES (?, ?)");
    {
        auto lease = cache.take(insert);
        lease.query().addBindValue(3);
        lease.query().addBindValue(10); // value is UNIQUE: fails
        QVERIFY(!lease.query().exec());
        QVERIFY(lease.query().lastError().isValid());
    }
    QCOMPARE(cache.idleCount(insert), 0);
    {
        auto lease = cache.take(insert);
        lease.query().addBindValue(3);
        lease.query().addBindValue(30);
        QVERIFY2(lease.query().exec(), qPrintable(lease.query().lastError().text()));
    }
    QCOMPARE(cache.idleCount(insert), 1);

    // SQL that does not prepare is not kept either, and its exec() fails.
    const QString broken = QStringLiteral("SELECT nothing FROM nowhere WHERE x = ?");
    {
        auto lease = cache.take(broken);
        lease.query().addBindValue(1);
        QVERIFY(!lease.query().exec());
    }
    QCOMPARE(cache.idleCount(broken), 0);
}

void TestStatementCache::aReturnedStatementHoldsNoReadTransaction()
{
    StatementCache cache(m_connection);
    {
        // Read one row of three and give the statement back with rows left.
        auto lease = cache.take(selectByGroup());
        lease.query().addBindValue(1);
        QVERIFY(lease.query().exec());
        QVERIFY(lease.query().next());
    }
    QCOMPARE(cache.idleCount(selectByGroup()), 1);
    // A second connection can checkpoint the whole WAL only if no reader holds an old snapshot.
    const QString other = QStringLiteral("statementcache-other");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), other);
        db.setDatabaseName(m_file);
        QVERIFY(db.open());
        QSqlQuery write(db);
        QVERIFY(write.exec(QStringLiteral("INSERT INTO items VALUES (4, 40)")));
        QSqlQuery checkpoint(db);
        QVERIFY(checkpoint.exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        QVERIFY(checkpoint.next());
        QCOMPARE(checkpoint.value(0).toInt(), 0); // 0: not blocked by a reader
        checkpoint.finish();
        db.close();
    }
    QSqlDatabase::removeDatabase(other);
}

QTEST_GUILESS_MAIN(TestStatementCache)
#include "tst_statementcache.moc"
