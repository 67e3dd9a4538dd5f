// SPDX-License-Identifier: GPL-3.0-or-later
// The main paths of the back office, driven through the real window on the offscreen platform: the
// invoice book in a real SQLite file, the built-in Sandbox over loopback HTTP, and one ManualClock.
#include "app/application.h"
#include "app/appsession.h"
#include "common/translator.h"
#include "import/importwizard.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistwidget.h"
#include "mainwindow/environmentbanner.h"
#include "mainwindow/languagemenu.h"
#include "mainwindow/mainwindow.h"
#include "payments/invoiceactions.h"
#include "payments/paymentlabels.h"
#include "payments/paymentstatusview.h"
#include "payments/qrdialog.h"
#include "payments/timeline.h"
#include "phone/simulatedphone.h"
#include "scriptedprompter.h"
#include "send/bulksendprogress.h"
#include "send/senddialog.h"
#include "vipps/errormessages.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QFile>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QPointer>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;
using namespace InvoiceDesk::Ui;

namespace {

// An accounting export: Kari and Ola are Vipps users of the sandbox; Nils's number is not.
const QByteArray exportFile =
    "Fakturanr;Kundenavn;Kundenummer;Mobil;E-post;Beløp;Valuta;Fakturadato;"
    "Forfallsdato;Beskrivelse\r\n"
    "2001;Kari Nordmann;K1;+47 912 34 567;kari@example.no;1 250,00;NOK;05.01.2026;"
    "25.01.2026;Vinduspuss\r\n"
    "2002;Ola Nordmann;K2;;ola@example.no;499,00;NOK;05.01.2026;25.01.2026;Abonnement\r\n"
    "2003;Nils Nilsen;K3;+47 934 56 789;nils@example.no;99,00;NOK;05.01.2026;25.01.2026;"
    "Nøkler\r\n";

} // namespace

class BackOfficeTest : public QObject {
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void pushPaymentIsApprovedOnThePhoneAndCaptured();
    void partialRefundAsksForTheAmount();
    void staffCaptureInParts();
    void linkFlowLearnsThePhoneNumber();
    void refusalByVippsIsShownToStaff();
    void qrCodeIsShownForAQrRequest();
    void refusalSpeaksTheUsersLanguage();
    void bulkSendReportsEveryInvoice();
    void escapeStopsABulkSendInsteadOfHidingIt();
    void bannerNamesTheEnvironment();
    void windowShowsBeforeItsBookOpens();
    void languageChosenInTheMenuIsSpokenAtTheNextStart();
    void renamedProfileOpensTheBookItWasSavedWith();

private:
    qint64 invoiceId(const QString& number) const;
    InvoiceStatus status(const QString& number) const;
    void recordConsent(const QString& number);
    SendDialog* openSendDialog(const QString& number);
    PaymentAttempt sendAndWait(SendDialog* dialog);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<ManualClock> m_clock;
    std::shared_ptr<AppSession> m_session;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<Tests::ScriptedPrompter> m_prompter;
    std::unique_ptr<MainWindow> m_window;
};

void BackOfficeTest::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_clock = std::make_unique<ManualClock>();
    Workflows::MerchantProfile profile;
    // The staff-capture test needs a merchant who captures by hand.
    profile.captureAutomatically = qstrcmp(QTest::currentTestFunction(), "staffCaptureInParts") != 0;
    auto opened = AppSession::openSandbox(*m_clock, Storage::BookPaths(m_dir->path()), profile, {});
    QVERIFY2(opened.hasValue(), qPrintable(opened ? QString() : opened.error()));
    m_session = *opened;

    m_settings = std::make_unique<QSettings>(m_dir->filePath(QStringLiteral("ui.ini")), QSettings::IniFormat);
    m_prompter = std::make_unique<Tests::ScriptedPrompter>();
    MainWindow::Services services{*m_session, *m_prompter, *m_settings, QStringLiteral("Test Staff")};
    m_window = std::make_unique<MainWindow>(services);
    new QAbstractItemModelTester(&m_window->model(), QAbstractItemModelTester::FailureReportingMode::QtTest,
                                 m_window.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QCOMPARE(m_window->model().rowCount(), 0);

    // The import a merchant starts with, through File → Import and its wizard.
    const QString csv = m_dir->filePath(QStringLiteral("export.csv"));
    QFile file(csv);
    QVERIFY(file.open(QIODevice::WriteOnly) && file.write(exportFile) == exportFile.size());
    file.close();
    m_window->importAction()->trigger();
    auto* wizard = m_window->findChild<ImportWizard*>();
    QVERIFY(wizard);
    QSignalSpy imported(wizard, &ImportWizard::imported);
    wizard->setFileName(csv);
    wizard->next();
    wizard->next();
    QCOMPARE(wizard->currentId(), int(ImportWizard::PreviewPage));
    wizard->button(QWizard::CommitButton)->click();
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().value<Storage::ImportResult>().imported, 3);
    wizard->button(QWizard::FinishButton)->click();
    QCOMPARE(m_window->model().rowCount(), 3); // the list shows them at once
}

void BackOfficeTest::cleanup()
{
    m_window.reset();
    m_session.reset();
    m_clock.reset();
    m_dir.reset();
}

qint64 BackOfficeTest::invoiceId(const QString& number) const
{
    const auto invoice = m_session->book().invoiceByNumber(number);
    return invoice && invoice->has_value() ? (*invoice)->id : 0;
}

InvoiceStatus BackOfficeTest::status(const QString& number) const
{
    // What the list shows, not what the book says: the row of the model behind the window.
    const InvoiceListModel& model = m_window->model();
    const int row = model.rowOf(invoiceId(number));
    return InvoiceStatus(
        model.data(model.index(row, InvoiceListModel::Status), InvoiceListModel::StatusRole).toInt());
}

void BackOfficeTest::recordConsent(const QString& number)
{
    const auto invoice = m_session->book().invoiceByNumber(number);
    const auto customer = m_session->book().customer((*invoice)->customerId);
    const PushConsent consent{m_clock->now(), PushConsent::Source::EnteredByStaff,
                              QStringLiteral("Test Staff")};
    QVERIFY(m_session->book().recordPushConsent(customer->id, customer->phone, consent).hasValue());
    m_window->model().refreshInvoice((*invoice)->id);
}

SendDialog* BackOfficeTest::openSendDialog(const QString& number)
{
    m_window->list()->selectInvoice(invoiceId(number));
    if (m_window->list()->currentInvoiceId() != invoiceId(number))
        return nullptr;
    QAction* send = m_window->actions()->send();
    if (!send->isEnabled())
        return nullptr;
    send->trigger();
    return m_window->findChild<SendDialog*>();
}

PaymentAttempt BackOfficeTest::sendAndWait(SendDialog* dialog)
{
    QSignalSpy finished(dialog, &SendDialog::finishedSending);
    dialog->sendButton()->click();
    if (!finished.wait(10000) || !dialog->result())
        return {};
    return *dialog->result();
}

void BackOfficeTest::pushPaymentIsApprovedOnThePhoneAndCaptured()
{
    recordConsent(QStringLiteral("2001"));
    QCOMPARE(status(QStringLiteral("2001")), InvoiceStatus::Draft);

    SendDialog* dialog = openSendDialog(QStringLiteral("2001"));
    QVERIFY(dialog);
    QVERIFY(dialog->findChild<QRadioButton*>()->isChecked()); // push is offered first when consented
    QCOMPARE(dialog->options().flow, PaymentFlow::Push);
    QCOMPARE(dialog->problem(), QString());
    const PaymentAttempt attempt = sendAndWait(dialog);
    QCOMPARE(attempt.phoneMsisdn, QStringLiteral("4791234567"));
    QCOMPARE(attempt.amountMinor, 125000);
    QTRY_COMPARE(status(QStringLiteral("2001")), InvoiceStatus::AwaitingCustomer);
    dialog->close();

    // The customer sees it on their phone and approves it; automatic capture follows.
    SimulatedPhone* phone = m_window->phone();
    QVERIFY(phone);
    phone->setPhone(QStringLiteral("4791234567"));
    QVERIFY(phone->shownReferences().contains(attempt.reference));
    phone->selectReference(attempt.reference);
    phone->approve();
    QTRY_COMPARE(status(QStringLiteral("2001")), InvoiceStatus::Captured);
    QCOMPARE(m_session->sandbox()->payment(attempt.reference)->capturedAmount, 125000);
    QVERIFY(!phone->shownReferences().contains(attempt.reference));

    // The list shows it as captured, and the status view tells the same story.
    const InvoiceListModel& model = m_window->model();
    const int row = model.rowOf(invoiceId(QStringLiteral("2001")));
    QCOMPARE(model.data(model.index(row, InvoiceListModel::Status)).toString(),
             invoiceStatusDisplayName(InvoiceStatus::Captured));
    QTRY_VERIFY(!m_window->statusView()->timeline().isEmpty());
    QVERIFY(!m_window->actions()->capture()->isEnabled());
    QVERIFY(m_window->actions()->refund()->isEnabled());
    QVERIFY(!m_window->actions()->send()->isEnabled());
    QVERIFY(m_window->lastNotice().contains(QStringLiteral("2001")));
}

void BackOfficeTest::partialRefundAsksForTheAmount()
{
    recordConsent(QStringLiteral("2001"));
    const PaymentAttempt attempt = sendAndWait(openSendDialog(QStringLiteral("2001")));
    QVERIFY(!attempt.reference.isEmpty());
    QVERIFY(m_session->sandbox()->approve(attempt.reference, QStringLiteral("4791234567"), false).hasValue());
    m_window->actions()->checkNow()->trigger();
    QTRY_COMPARE(status(QStringLiteral("2001")), InvoiceStatus::Captured);

    m_prompter->amounts.push_back(30000);
    m_window->actions()->refund()->trigger();
    QCOMPARE(m_prompter->lastMaximumMinor, 125000); // refund asks, offering at most what was captured
    QVERIFY(m_prompter->asked.constLast().contains(attempt.reference));
    QVERIFY(m_prompter->asked.constLast().contains(QStringLiteral("Kari Nordmann")));
    QTRY_COMPARE(status(QStringLiteral("2001")), InvoiceStatus::PartlyRefunded);
    QCOMPARE(m_session->sandbox()->payment(attempt.reference)->refundedAmount, 30000);
    QVERIFY(m_prompter->errors.isEmpty());

    // Declining the question moves nothing.
    m_window->actions()->refund()->trigger();
    QCOMPARE(m_session->sandbox()->payment(attempt.reference)->refundedAmount, 30000);
}

void BackOfficeTest::staffCaptureInParts()
{
    recordConsent(QStringLiteral("2001"));
    const PaymentAttempt attempt = sendAndWait(openSendDialog(QStringLiteral("2001")));
    QVERIFY(!attempt.reference.isEmpty());
    QVERIFY(!m_window->actions()->capture()->isEnabled()); // nothing to capture before the approval
    QVERIFY(m_session->sandbox()->approve(attempt.reference, QStringLiteral("4791234567"), false).hasValue());
    m_window->actions()->checkNow()->trigger();
    QTRY_COMPARE(status(QStringLiteral("2001")), InvoiceStatus::Paid); // reserved, not captured
    QVERIFY(m_window->actions()->capture()->isEnabled());
    QVERIFY(m_window->actions()->cancel()->isEnabled());

    m_prompter->amounts.push_back(100000);
    m_window->actions()->capture()->trigger();
    QCOMPARE(m_prompter->lastMaximumMinor, 125000);
    QTRY_COMPARE(m_session->sandbox()->payment(attempt.reference)->capturedAmount, 100000);
    QTRY_COMPARE(status(QStringLiteral("2001")), InvoiceStatus::Captured);
    QTRY_VERIFY(m_window->actions()->capture()->isEnabled()); // the rest can still be captured

    m_prompter->amounts.push_back(25000);
    m_window->actions()->capture()->trigger();
    QCOMPARE(m_prompter->lastMaximumMinor, 25000);
    QTRY_COMPARE(m_session->sandbox()->payment(attempt.reference)->capturedAmount, 125000);
    QTRY_VERIFY(!m_window->actions()->capture()->isEnabled());
    QVERIFY(m_prompter->errors.isEmpty());
}

void BackOfficeTest::linkFlowLearnsThePhoneNumber()
{
    // Ola has no number in the book: the dialog offers a link and asks to learn the number.
    SendDialog* dialog = openSendDialog(QStringLiteral("2002"));
    QVERIFY(dialog);
    QCOMPARE(dialog->options().flow, PaymentFlow::Link);
    QVERIFY(dialog->options().learnPhone);
    const PaymentAttempt attempt = sendAndWait(dialog);
    QVERIFY(attempt.redirectUrl.isValid());
    QVERIFY(m_window->actions()->copyLink()->isEnabled());
    dialog->close();

    // Ola opens the link on his phone, shares his number and pays.
    SimulatedPhone* phone = m_window->phone();
    phone->setPhone(QStringLiteral("4748123456"));
    QVERIFY(phone->shownReferences().contains(attempt.reference));
    phone->selectReference(attempt.reference);
    phone->setShareNumber(true);
    phone->approve();
    QTRY_COMPARE(status(QStringLiteral("2002")), InvoiceStatus::Captured);
    // Vipps may write the sub a moment after the approval; the learner then asks again on the clock.
    const qint64 customerId = m_session->book().invoice(invoiceId(QStringLiteral("2002")))->customerId;
    const auto learned = [&] {
        return m_session->book().customer(customerId)->consent.has_value();
    };
    for (int i = 0; i < 20 && !learned(); ++i) {
        QTest::qWait(50); // the loopback replies
        if (m_clock->pendingCount() > 0)
            m_clock->advance(std::chrono::seconds(2));
    }
    QVERIFY(learned());
    const Customer customer = *m_session->book().customer(customerId);
    QCOMPARE(customer.phone.msisdn(), QStringLiteral("4748123456"));
    QCOMPARE(customer.consent->source, PushConsent::Source::SharedThroughVipps);
    // The next invoice for Ola can go straight to his phone.
    QVERIFY(m_window->model()
                .rowAt(m_window->model().rowOf(invoiceId(QStringLiteral("2002"))))
                .customerHasConsent);
}

void BackOfficeTest::qrCodeIsShownForAQrRequest()
{
    SendDialog* dialog = openSendDialog(QStringLiteral("2002"));
    QVERIFY(dialog);
    Workflows::SendOptions qr;
    qr.flow = PaymentFlow::Qr;
    dialog->setPreset(qr);
    QCOMPARE(dialog->options().flow, PaymentFlow::Qr);
    QVERIFY(dialog->options().expiresAt.has_value()); // a QR request may live long, within the maximum
    const PaymentAttempt attempt = sendAndWait(dialog);
    QVERIFY(attempt.redirectUrl.isValid());
    dialog->close();

    QVERIFY(m_window->actions()->showQr()->isEnabled());
    m_window->actions()->showQr()->trigger();
    auto* qrDialog = m_window->findChild<QrDialog*>();
    QVERIFY(qrDialog);
    QSignalSpy loaded(qrDialog, &QrDialog::imageLoaded);
    QVERIFY(loaded.wait(10000));
    QCOMPARE(loaded.first().first().toBool(), true);
    QVERIFY(qrDialog->hasImage());
}

void BackOfficeTest::refusalByVippsIsShownToStaff()
{
    // Nils's number is valid but belongs to nobody in Vipps: the request is refused by Vipps itself.
    recordConsent(QStringLiteral("2003"));
    SendDialog* dialog = openSendDialog(QStringLiteral("2003"));
    QVERIFY(dialog);
    QCOMPARE(dialog->problem(), QString()); // nothing local stands in the way
    QSignalSpy finished(dialog, &SendDialog::finishedSending);
    dialog->sendButton()->click();
    QVERIFY(finished.wait(10000));
    QVERIFY(!dialog->result());
    QTRY_COMPARE(status(QStringLiteral("2003")), InvoiceStatus::Failed);
    const auto attempts = m_session->book().attempts(invoiceId(QStringLiteral("2003")));
    QCOMPARE(attempts->size(), 1);
    const QString message = attempts->constFirst().failureMessage;
    QVERIFY(!message.isEmpty());
    const auto labels = dialog->findChildren<QLabel*>();
    const bool shown = std::any_of(labels.begin(), labels.end(), [&message](const QLabel* label) {
        return label->text().contains(message.toHtmlEscaped());
    });
    QVERIFY2(shown, qPrintable(message));
    // A failed request can be sent again, with a new reference.
    QVERIFY(m_window->actions()->send()->isEnabled());
}

void BackOfficeTest::refusalSpeaksTheUsersLanguage()
{
    const Translator norwegian(*QCoreApplication::instance(), QStringLiteral("nb"));
    QCOMPARE(norwegian.language(), QStringLiteral("nb"));
    recordConsent(QStringLiteral("2003"));
    SendDialog* dialog = openSendDialog(QStringLiteral("2003"));
    QVERIFY(dialog);
    QSignalSpy finished(dialog, &SendDialog::finishedSending);
    dialog->sendButton()->click();
    QVERIFY(finished.wait(10000));
    const QString message =
        m_session->book().attempts(invoiceId(QStringLiteral("2003")))->constFirst().failureMessage;
    // Vipps' code 7010, in Norwegian: the staff message for the code as the translation has it.
    const QString expected = Vipps::ErrorMessages::forCode(7010);
    QVERIFY(!expected.isEmpty());
    QVERIFY2(message.contains(expected), qPrintable(message));
    QVERIFY2(!expected.startsWith(QStringLiteral("Vipps MobilePay could not find")), qPrintable(expected));
    // What the list, the status view and its history show is Norwegian too.
    QVERIFY(invoiceStatusDisplayName(InvoiceStatus::Failed) != QStringLiteral("Failed"));
    QVERIFY(vippsStateDisplayName(VippsState::Created) != QStringLiteral("Waiting for the customer"));
    QVERIFY(paymentFlowDisplayName(PaymentFlow::Push) != QStringLiteral("Push to phone"));
    QVERIFY(describeAuditAction(QStringLiteral("capture")) != QStringLiteral("Capture"));
    QVERIFY(describeEvent(Vipps::PaymentEventName::Authorized) != QStringLiteral("Approved by the customer"));
}

void BackOfficeTest::bulkSendReportsEveryInvoice()
{
    recordConsent(QStringLiteral("2001"));
    const QList<qint64> ids{invoiceId(QStringLiteral("2001")), invoiceId(QStringLiteral("2002"))};
    m_window->actions()->setCurrent(ids.constFirst(), ids);
    QVERIFY(m_window->actions()->send()->isEnabled());
    m_window->actions()->send()->trigger();
    auto* dialog = m_window->findChild<SendDialog*>();
    QVERIFY(dialog);
    QCOMPARE(dialog->options().flow, PaymentFlow::Link); // Ola has no number, so not all can be pushed
    QSignalSpy finished(dialog, &SendDialog::finishedSending);
    dialog->sendButton()->click();
    QVERIFY(finished.wait(10000));
    QCOMPARE(m_session->workflows().bulk().results().size(), 2);
    for (const auto& result : m_session->workflows().bulk().results())
        QVERIFY2(result.sent, qPrintable(result.message));
    QCOMPARE(m_session->sandbox()->payments().size(), 2);
    QTRY_COMPARE(status(QStringLiteral("2001")), InvoiceStatus::AwaitingCustomer);
    QTRY_COMPARE(status(QStringLiteral("2002")), InvoiceStatus::AwaitingCustomer);
}

void BackOfficeTest::escapeStopsABulkSendInsteadOfHidingIt()
{
    const QList<qint64> ids{invoiceId(QStringLiteral("2001")), invoiceId(QStringLiteral("2002")),
                            invoiceId(QStringLiteral("2003"))};
    Workflows::BulkSender& bulk = m_session->workflows().bulk();
    bulk.setConcurrency(1); // one out at a time: the other two are still waiting when Escape comes
    m_window->actions()->setCurrent(ids.constFirst(), ids);
    m_window->actions()->send()->trigger();
    QPointer<SendDialog> dialog = m_window->findChild<SendDialog*>();
    QVERIFY(dialog);
    QSignalSpy finished(&bulk, &Workflows::BulkSender::finished);
    dialog->sendButton()->click();
    QVERIFY(bulk.isRunning());

    QTest::keyClick(dialog, Qt::Key_Escape);
    QVERIFY(dialog->isVisible()); // still there, saying what happens
    QVERIFY2(dialog->progress()->statusText().startsWith(QStringLiteral("Stopping")),
             qPrintable(dialog->progress()->statusText()));
    QVERIFY(!dialog->close()); // the window's close button stops the same way
    QVERIFY(finished.wait(10000));
    QCOMPARE(finished.constFirst().constFirst().toBool(), true); // stopped, not done

    // The request already out was answered; the two waiting were never sent.
    QCOMPARE(m_session->sandbox()->payments().size(), 1);
    QCOMPARE(bulk.results().size(), 1);
    QVERIFY(bulk.results().constFirst().sent);
    QVERIFY(m_session->book().attempts(ids.at(1))->isEmpty());
    QVERIFY(m_session->book().attempts(ids.at(2))->isEmpty());
    QVERIFY2(dialog->progress()->statusText().startsWith(QStringLiteral("Stopped")),
             qPrintable(dialog->progress()->statusText()));

    // With nothing running, Escape closes the dialog as usual.
    QTest::keyClick(dialog, Qt::Key_Escape);
    QTRY_VERIFY(!dialog || !dialog->isVisible());
}

void BackOfficeTest::renamedProfileOpensTheBookItWasSavedWith()
{
    Workflows::MerchantProfile renamed;
    renamed.name = QStringLiteral("Shop");
    renamed.storedBookName = QStringLiteral("Demo");
    QTemporaryDir dir;
    auto opened = AppSession::openSandbox(*m_clock, Storage::BookPaths(dir.path()), renamed, {});
    QVERIFY2(opened.hasValue(), qPrintable(opened ? QString() : opened.error()));
    QCOMPARE(QFileInfo((*opened)->book().fileName()).fileName(), QStringLiteral("Demo.invoicedesk.sqlite"));
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("Shop.invoicedesk.sqlite"))));
}

void BackOfficeTest::bannerNamesTheEnvironment()
{
    EnvironmentBanner* banner = m_window->banner();
    QCOMPARE(banner->environment(), Vipps::EnvironmentKind::Sandbox);
    banner->setEnvironment(Vipps::EnvironmentKind::Production, QStringLiteral("Shop"));
    QVERIFY(banner->text().contains(QStringLiteral("PRODUCTION")));
    QVERIFY(banner->styleSheet().contains(QStringLiteral("#b71c1c")));
}

void BackOfficeTest::windowShowsBeforeItsBookOpens()
{
    // The application as it starts: a first start in an empty data folder, with the built-in Sandbox.
    QTemporaryDir data;
    QVERIFY(data.isValid());
    Application::Options options;
    options.dataDirectory = data.path();
    options.language = QStringLiteral("en");
    Application application(options);
    QSignalSpy shown(&application, &Application::windowShown);
    application.start();

    // The window is there before the book: it says so, and nothing in it can be used yet.
    MainWindow* window = application.window();
    QVERIFY(window);
    QVERIFY(window->isVisible());
    QVERIFY(!window->isAttached());
    QCOMPARE(window->openingText(), QStringLiteral("Opening the invoice book…"));
    QVERIFY(!window->menuBar()->isEnabled());
    QVERIFY(!window->list());

    // Once painted, it opens the book and fills itself in.
    QSignalSpy attached(window, &MainWindow::attached);
    QVERIFY(shown.wait(10000));
    QCOMPARE(attached.size(), 1);
    QCOMPARE(application.window(), window);
    QVERIFY(window->isAttached());
    QVERIFY(window->openingText().isEmpty());
    QVERIFY(window->menuBar()->isEnabled());
    QVERIFY(window->list());
    QTRY_VERIFY(window->list()->isVisible()); // a widget added to a shown window shows from the event loop
    QCOMPARE(window->model().rowCount(), 0);
    QVERIFY(window->phone()); // the Sandbox's simulated phone
    QVERIFY(window->importAction() && window->importAction()->isEnabled());
}

void BackOfficeTest::languageChosenInTheMenuIsSpokenAtTheNextStart()
{
    QTemporaryDir data;
    QVERIFY(data.isValid());
    Application::Options options;
    options.dataDirectory = data.path();
    {
        Application application(options);
        QSignalSpy shown(&application, &Application::windowShown);
        application.start();
        QVERIFY(shown.wait(10000));
        MainWindow* window = application.window();
        auto* menu = window->findChild<LanguageMenu*>();
        QVERIFY(menu);
        QAction* norwegian = nullptr;
        for (QAction* action : menu->actions()) {
            if (action->data().toString() == QLatin1String("nb"))
                norwegian = action;
        }
        QVERIFY(norwegian);
        QVERIFY(!norwegian->isChecked());
        norwegian->trigger();
        QVERIFY(norwegian->isChecked());
        QCOMPARE(menu->chosen(), QStringLiteral("nb"));
        // Said in the language of today's window, and nothing changes under staff's hands.
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("Norsk bokmål")));
        QVERIFY(window->statusBar()->currentMessage().contains(QStringLiteral("next time")));
    }
    // The next start speaks it, unless the command line says otherwise.
    {
        Application application(options);
        QSignalSpy shown(&application, &Application::windowShown);
        application.start();
        QVERIFY(shown.wait(10000));
        QCOMPARE(application.window()->menuBar()->actions().constFirst()->text(), QStringLiteral("&Fil"));
    }
    options.language = QStringLiteral("en");
    Application application(options);
    QSignalSpy shown(&application, &Application::windowShown);
    application.start();
    QVERIFY(shown.wait(10000));
    QCOMPARE(application.window()->menuBar()->actions().constFirst()->text(), QStringLiteral("&File"));
}

QTEST_MAIN(BackOfficeTest)
#include "tst_backoffice.moc"
