// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/clock.h"

#include <QTest>

using namespace InvoiceDesk;
using namespace std::chrono_literals;

class TestClock : public QObject {
    Q_OBJECT
private Q_SLOTS:
    void manualClockRunsCallbacksInDueOrder()
    {
        ManualClock clock;
        QObject context;
        QStringList ran;
        clock.callAfter(2s, &context, [&] { ran << QStringLiteral("b"); });
        clock.callAfter(1s, &context, [&] { ran << QStringLiteral("a"); });
        clock.callAfter(5s, &context, [&] { ran << QStringLiteral("c"); });
        clock.advance(1500ms);
        QCOMPARE(ran, QStringList{QStringLiteral("a")});
        clock.advance(1s);
        QCOMPARE(ran, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
        QCOMPARE(clock.pendingCount(), 1);
    }

    void manualClockSkipsCallbacksOfDestroyedContext()
    {
        ManualClock clock;
        bool ran = false;
        {
            QObject context;
            clock.callAfter(1s, &context, [&] { ran = true; });
        }
        clock.advance(2s);
        QVERIFY(!ran);
    }

    void zeroDelayRunsFromTheEventLoop()
    {
        ManualClock clock;
        QObject context;
        bool ran = false;
        clock.callAfter(0ms, &context, [&] { ran = true; });
        QVERIFY(!ran);
        QTRY_VERIFY(ran);
    }

    void systemClockIsUtc() { QCOMPARE(SystemClock().now().timeSpec(), Qt::UTC); }
};

QTEST_GUILESS_MAIN(TestClock)
#include "tst_clock.moc"
