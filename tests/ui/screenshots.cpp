// SPDX-License-Identifier: GPL-3.0-or-later
// Renders the README's screenshots from the real windows on the demo book: `./dev screenshots`.
#include "app/appsession.h"
#include "app/demobook.h"
#include "common/translator.h"
#include "invoices/invoicelistwidget.h"
#include "mainwindow/mainwindow.h"
#include "payments/invoiceactions.h"
#include "payments/paymentstatusview.h"
#include "phone/simulatedphone.h"
#include "scriptedprompter.h"
#include "send/senddialog.h"

#include <QApplication>
#include <QDir>
#include <QEventLoop>
#include <QSettings>
#include <QTemporaryDir>
#include <QTimer>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Ui;

namespace {

// Lets the loopback requests of the built-in Sandbox finish.
void settle(int milliseconds = 400)
{
    QEventLoop loop;
    QTimer::singleShot(milliseconds, &loop, &QEventLoop::quit);
    loop.exec();
}

bool save(QWidget* widget, const QDir& out, const QString& name)
{
    const QString file = out.filePath(name);
    const bool ok = widget->grab().save(file);
    qInfo("%s %s", ok ? "wrote" : "could not write", qPrintable(file));
    return ok;
}

qint64 idOf(AppSession& session, const QString& number)
{
    return (*session.book().invoiceByNumber(number))->id;
}

} // namespace

int main(int argc, char** argv)
{
    QApplication app(argc, argv);
    const Translator translator(app, QStringLiteral("en"));
    const QDir out(argc > 1 ? QString::fromLocal8Bit(argv[1]) : QStringLiteral("docs/screenshots"));
    QDir().mkpath(out.path());

    QTemporaryDir dir;
    ManualClock clock(QDateTime(QDate(2026, 3, 2), QTime(9, 30), QTimeZone::utc()));
    auto opened =
        AppSession::openSandbox(clock, Storage::BookPaths(dir.path()), Workflows::MerchantProfile{}, {});
    if (!opened)
        qFatal("%s", qPrintable(opened.error()));
    AppSession& session = **opened;
    addDemoInvoices(session.book(), session.sandbox()->users(), clock);

    QSettings settings(dir.filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    Tests::ScriptedPrompter prompter;
    MainWindow window({session, prompter, settings, QStringLiteral("Anne (office)")});
    window.resize(1500, 820);
    window.show();

    // Kari's invoice is pushed, approved and captured; Per's waits on his phone.
    for (const QString& number : {QStringLiteral("10001"), QStringLiteral("10002")}) {
        Workflows::SendOptions push;
        push.actor = QStringLiteral("Anne (office)");
        session.workflows().sender().send(idOf(session, number), push);
        settle();
    }
    const QString paid =
        session.book().attempts(idOf(session, QStringLiteral("10001")))->constLast().reference;
    session.sandbox()->approve(paid, {}, false);
    session.workflows().tracker().checkNow(paid);
    settle(800);
    window.phone()->setPhone(
        session.book().attempts(idOf(session, QStringLiteral("10002")))->constLast().phoneMsisdn);

    window.list()->selectInvoice(idOf(session, QStringLiteral("10001")));
    settle();
    bool ok = save(&window, out, QStringLiteral("mainwindow.png"));
    ok = save(window.statusView(), out, QStringLiteral("paymentstatus.png")) && ok;

    window.list()->selectInvoice(idOf(session, QStringLiteral("10003")));
    window.actions()->send()->trigger();
    auto* dialog = window.findChild<SendDialog*>();
    if (!dialog)
        qFatal("the send dialog did not open");
    dialog->adjustSize();
    settle(100);
    ok = save(dialog, out, QStringLiteral("senddialog.png")) && ok;
    return ok ? 0 : 1;
}
