// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/mainwindow.h"

#include "about/aboutdialog.h"
#include "app/appsession.h"
#include "common/prompter.h"
#include "editor/invoiceeditordialog.h"
#include "import/importwizard.h"
#include "invoices/invoicefilterproxy.h"
#include "invoices/invoicelistmodel.h"
#include "invoices/invoicelistwidget.h"
#include "invoices/invoiceviewpanel.h"
#include "mainwindow/environmentbanner.h"
#include "mainwindow/languagemenu.h"
#include "payments/invoiceactions.h"
#include "payments/paymentstatusview.h"
#include "phone/simulatedphone.h"
#include "settings/settingsdialog.h"
#include "storage/invoicecsvexporter.h"

#include <QCloseEvent>
#include <QDockWidget>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QSaveFile>
#include <QSettings>
#include <QSplitter>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTableView>
#include <QTimer>
#include <QToolBar>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

namespace {
const QString geometryKey = QStringLiteral("mainWindow/geometry");
const QString stateKey = QStringLiteral("mainWindow/state");
const QString splitterKey = QStringLiteral("mainWindow/splitters/"); // + the splitter's object name
const QString listKey = QStringLiteral("mainWindow/invoiceList");
// invoicedesk.startup: when the window is ready for work (off unless enabled, as by QT_LOGGING_RULES).
Q_LOGGING_CATEGORY(startupLog, "invoicedesk.startup", QtWarningMsg)
} // namespace

MainWindow::MainWindow(const Services& services, QWidget* parent)
    : MainWindow(Shell{services.prompter, services.settings, services.actor, services.profiles,
                       services.credentials},
                 services.session.profile(), parent)
{
    attach(services.session);
}

MainWindow::MainWindow(const Shell& shell, const Workflows::MerchantProfile& profile, QWidget* parent)
    : QMainWindow(parent)
    , m_shell(shell)
{
    buildShell(profile);
}

MainWindow::~MainWindow() = default;

void MainWindow::buildShell(const Workflows::MerchantProfile& profile)
{
    setWindowTitle(tr("InvoiceDesk — %1").arg(profile.name));

    m_banner = new EnvironmentBanner(this);
    m_banner->setEnvironment(profile.environment, profile.name);
    m_opening = new QLabel(tr("Opening the invoice book…"), this);
    m_opening->setAlignment(Qt::AlignCenter);
    m_opening->installEventFilter(this);
    auto* central = new QWidget(this);
    m_central = new QVBoxLayout(central);
    m_central->setContentsMargins(0, 0, 0, 0);
    m_central->setSpacing(0);
    m_central->addWidget(m_banner);
    m_central->addWidget(m_opening, 1);
    setCentralWidget(central);

    // The menus are there from the start, so the window does not change shape when the book is open,
    // but nothing can be chosen or typed into until then.
    m_fileMenu = menuBar()->addMenu(tr("&File"));
    m_paymentMenu = menuBar()->addMenu(tr("&Payment"));
    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_helpMenu = menuBar()->addMenu(tr("&Help"));
    menuBar()->setEnabled(false);

    restoreGeometry(m_shell.settings.value(geometryKey).toByteArray());
    if (!m_shell.settings.contains(geometryKey))
        resize(1280, 760);

    // A window that is not painted soon (started minimized, say) still gets its book.
    QTimer::singleShot(std::chrono::milliseconds(250), this, &MainWindow::announceReady);
}

void MainWindow::announceReady()
{
    if (m_readyAnnounced || m_session)
        return;
    m_readyAnnounced = true;
    // The icon is drawn from SVG, which loads Qt's SVG plugin and library; the desktop shows the
    // desktop file's icon until then.
    setWindowIcon(QIcon(QStringLiteral(":/icons/invoicedesk.svg")));
    Q_EMIT readyToOpen();
}

bool MainWindow::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_opening && event->type() == QEvent::Paint && !m_readyAnnounced) {
        // Queued, so that this paint reaches the screen before the slow part of starting begins.
        QMetaObject::invokeMethod(this, &MainWindow::announceReady, Qt::QueuedConnection);
    }
    return QMainWindow::eventFilter(watched, event);
}

QString MainWindow::openingText() const
{
    return m_opening ? m_opening->text() : QString();
}

void MainWindow::showOpeningFailed(const QString& message)
{
    if (m_opening)
        m_opening->setText(tr("The invoice book could not be opened: %1").arg(message));
}

void MainWindow::attach(AppSession& session)
{
    Q_ASSERT(!m_session);
    m_session = &session;
    if (!m_readyAnnounced) // built over an open session: never waited to be painted
        setWindowIcon(QIcon(QStringLiteral(":/icons/invoicedesk.svg")));
    m_model = std::make_unique<InvoiceListModel>(session.book());
    setWindowTitle(tr("InvoiceDesk — %1").arg(session.profile().name));
    m_banner->setEnvironment(session.profile().environment, session.profile().name);

    m_views = new InvoiceViewPanel(this);
    m_list = new InvoiceListWidget(*m_model, this);
    m_actions = new InvoiceActions(session, m_shell.prompter, m_shell.actor, this);
    m_status = new PaymentStatusView(session, *m_actions, this);

    // The list above the payment of its current invoice, both wide enough for their columns.
    auto* work = new QSplitter(Qt::Vertical, this);
    work->setObjectName(QStringLiteral("workSplitter"));
    work->addWidget(m_list);
    work->addWidget(m_status);
    work->setStretchFactor(0, 3);
    work->setStretchFactor(1, 2);
    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_views);
    splitter->addWidget(work);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({190, 900});
    delete m_opening;
    m_opening = nullptr;
    m_central->addWidget(splitter, 1);

    m_tracking = new QLabel(this);
    statusBar()->addPermanentWidget(m_tracking);

    const QDate today = session.clock().now().toLocalTime().date();
    m_list->proxy().setToday(today);
    m_views->watch(m_model.get(), today);
    reloadList();

    connect(m_views, &InvoiceViewPanel::viewChanged, this,
            [this](InvoiceView view) { m_list->proxy().setView(view); });
    connect(m_list, &InvoiceListWidget::currentInvoiceChanged, this, &MainWindow::onCurrentInvoiceChanged);
    connect(m_list, &InvoiceListWidget::selectionChanged, this,
            [this] { m_actions->setCurrent(m_list->currentInvoiceId(), m_list->selectedInvoiceIds()); });
    connect(m_list, &InvoiceListWidget::activated, this, &MainWindow::editInvoice);
    connect(m_actions, &InvoiceActions::message, this,
            [this](const QString& text) { statusBar()->showMessage(text, 10000); });
    connect(m_model.get(), &InvoiceListModel::refreshFailed, this,
            [this](qint64, const QString& message) { statusBar()->showMessage(message, 10000); });

    Workflows::WorkflowServices& workflows = session.workflows();
    connect(&workflows, &Workflows::WorkflowServices::invoiceChanged, this, &MainWindow::onInvoiceChanged);
    connect(&workflows, &Workflows::WorkflowServices::customerChanged, this, &MainWindow::reloadList);
    connect(&workflows, &Workflows::WorkflowServices::notice, this, &MainWindow::onNotice);

    buildMenus();
    buildPhone();

    restoreState(m_shell.settings.value(stateKey).toByteArray());
    for (QSplitter* each : {splitter, work})
        each->restoreState(m_shell.settings.value(splitterKey + each->objectName()).toByteArray());
    m_list->restoreLayout(m_shell.settings.value(listKey).toByteArray());
    updateTrackingStatus();
    menuBar()->setEnabled(true);
    if (isVisible())
        m_list->view()->setFocus();
    qCInfo(startupLog, "The invoice list is filled: %d of %d invoice(s) shown.", m_list->proxy().rowCount(),
           m_model->count());
    Q_EMIT attached();
}

void MainWindow::buildMenus()
{
    QMenu* file = m_fileMenu;
    QAction* newInvoice = file->addAction(QIcon::fromTheme(QStringLiteral("document-new")),
                                          tr("&New Invoice…"), this, [this] { editInvoice(0); });
    newInvoice->setShortcut(QKeySequence::New);
    QAction* edit =
        file->addAction(tr("&Edit Invoice…"), this, [this] { editInvoice(m_list->currentInvoiceId()); });
    edit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addSeparator();
    QAction* import = m_import = file->addAction(QIcon::fromTheme(QStringLiteral("document-import")),
                                                 tr("&Import Invoices…"), this, &MainWindow::importCsv);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("E&xport View as CSV…"), this,
                    &MainWindow::exportView);
    file->addAction(tr("&Back Up Invoice Book…"), this, &MainWindow::backupBook);
    file->addSeparator();
    QAction* settings = file->addAction(QIcon::fromTheme(QStringLiteral("preferences-system")),
                                        tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setShortcut(QKeySequence::Preferences);
    settings->setEnabled(m_shell.profiles && m_shell.credentials);
    file->addSeparator();
    QAction* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    for (QAction* action : m_actions->all())
        m_paymentMenu->addAction(action);

    QMenu* view = m_viewMenu;
    view->addAction(m_list->findAction());
    QAction* reload = view->addAction(tr("&Reload List"), this, &MainWindow::reloadList);
    reload->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_R));
    QMenu* columns = m_list->createColumnMenu(view);
    columns->setTitle(tr("&Columns"));
    view->addMenu(columns);
    view->addSeparator();
    auto* language = new LanguageMenu(m_shell.settings, view);
    view->addMenu(language);
    connect(language, &LanguageMenu::languageChosen, this,
            [this](const QString&, const QString& note) { statusBar()->showMessage(note, 15000); });

    m_helpMenu->addAction(tr("&About InvoiceDesk"), this, &MainWindow::showAbout);

    QToolBar* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    toolbar->addAction(newInvoice);
    toolbar->addAction(import);
    toolbar->addSeparator();
    toolbar->addAction(m_actions->send());
    toolbar->addAction(m_actions->checkNow());
    toolbar->addAction(m_actions->capture());
    toolbar->addAction(m_actions->refund());
    // Shortcuts of actions that live only in menus and buttons work anywhere in the window.
    addActions(m_actions->all());
}

void MainWindow::buildPhone()
{
    Sandbox::SandboxServer* sandbox = m_session->sandbox();
    if (!sandbox)
        return;
    m_phone = new SimulatedPhone(*sandbox, this);
    m_phoneDock = new QDockWidget(tr("Simulated Phone"), this);
    m_phoneDock->setObjectName(QStringLiteral("simulatedPhoneDock"));
    m_phoneDock->setWidget(m_phone);
    addDockWidget(Qt::RightDockWidgetArea, m_phoneDock);
    QAction* toggle = m_phoneDock->toggleViewAction();
    toggle->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_P));
    m_viewMenu->addAction(toggle);
    // The phone stands in for Vipps telling the merchant: look at the payment now.
    connect(m_phone, &SimulatedPhone::customerActed, this,
            [this](const QString& reference) { m_session->workflows().tracker().checkNow(reference); });
}

void MainWindow::reloadList()
{
    if (const auto loaded = m_model->reload(); !loaded)
        statusBar()->showMessage(loaded.error().message);
    updateTrackingStatus();
}

void MainWindow::onCurrentInvoiceChanged(qint64 invoiceId)
{
    m_actions->setCurrent(invoiceId, m_list->selectedInvoiceIds());
    m_status->showInvoice(invoiceId);
}

void MainWindow::onInvoiceChanged(qint64 invoiceId)
{
    m_model->refreshInvoice(invoiceId);
    // The model has just read the row; take its time of the last check instead of asking the book again.
    if (const int row = m_model->rowOf(invoiceId); row >= 0) {
        const QDateTime checked = m_model->rowAt(row).lastCheckedAt;
        if (checked.isValid() && checked > m_lastChecked)
            m_lastChecked = checked;
    }
    if (invoiceId == m_status->invoiceId()) {
        m_actions->refresh();
        m_status->refresh();
    }
    updateTrackingStatus();
}

void MainWindow::updateTrackingStatus()
{
    const int watched = m_session->workflows().tracker().watchedCount();
    const QString checked = m_lastChecked.isValid()
                                ? QLocale().toString(m_lastChecked.toLocalTime().time(), QLocale::ShortFormat)
                                : tr("not yet");
    m_tracking->setText(tr("Following %n open request(s) · last checked %1", nullptr, watched).arg(checked));
}

void MainWindow::onNotice(Workflows::WorkflowServices::Notice kind, qint64 invoiceId, const QString& text)
{
    Q_UNUSED(invoiceId)
    m_lastNotice = text;
    statusBar()->showMessage(text, 15000);
    if (!QSystemTrayIcon::isSystemTrayAvailable())
        return;
    auto* tray = findChild<QSystemTrayIcon*>();
    if (!tray) {
        tray = new QSystemTrayIcon(windowIcon(), this);
        tray->show();
    }
    tray->showMessage(tr("InvoiceDesk"), text,
                      kind == Workflows::WorkflowServices::Notice::Paid ? QSystemTrayIcon::Information
                                                                        : QSystemTrayIcon::Warning);
}

void MainWindow::importCsv()
{
    auto* wizard = new ImportWizard(m_session->book(), this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setStaffName(m_shell.actor);
    connect(wizard, &ImportWizard::imported, this, [this] { reloadList(); });
    wizard->open();
}

void MainWindow::exportView()
{
    const QString file = QFileDialog::getSaveFileName(this, tr("Export Invoices"), tr("invoices.csv"),
                                                      tr("CSV files (*.csv)"));
    if (file.isEmpty())
        return;
    QList<Storage::InvoiceRow> rows;
    const InvoiceFilterProxy& proxy = m_list->proxy();
    rows.reserve(proxy.rowCount());
    for (int row = 0; row < proxy.rowCount(); ++row)
        rows.append(m_model->rowAt(proxy.mapToSource(proxy.index(row, 0)).row()));
    QHash<qint64, Customer> customers;
    if (const auto all = m_session->book().customers()) {
        for (const Customer& customer : *all)
            customers.insert(customer.id, customer);
    }
    QSaveFile out(file);
    if (!out.open(QIODevice::WriteOnly) ||
        out.write(Storage::InvoiceCsvExporter::toCsv(rows, customers)) < 0 || !out.commit()) {
        m_shell.prompter.showError(this, tr("Export"),
                                   tr("%1 could not be written: %2").arg(file, out.errorString()));
        return;
    }
    statusBar()->showMessage(tr("Exported %n invoice(s) to %1.", nullptr, int(rows.size())).arg(file), 10000);
}

void MainWindow::backupBook()
{
    const QString file = QFileDialog::getSaveFileName(
        this, tr("Back Up Invoice Book"), tr("invoicedesk-backup.sqlite"), tr("Invoice books (*.sqlite)"));
    if (file.isEmpty())
        return;
    if (const auto done = m_session->book().backupTo(file); !done) {
        m_shell.prompter.showError(this, tr("Back up"), done.error().message);
        return;
    }
    statusBar()->showMessage(tr("The invoice book was copied to %1.").arg(file), 10000);
}

void MainWindow::editInvoice(qint64 invoiceId)
{
    auto* editor = new InvoiceEditorDialog(m_session->book(), invoiceId, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->setStaffName(m_shell.actor);
    editor->setClock(m_session->clock());
    connect(editor, &InvoiceEditorDialog::invoiceSaved, this, [this](qint64 saved) {
        m_model->refreshInvoice(saved);
        m_list->selectInvoice(saved);
    });
    editor->open();
}

void MainWindow::openSettings()
{
    if (!m_shell.profiles || !m_shell.credentials)
        return;
    AppSession& session = *m_session;
    auto* dialog = new SettingsDialog(
        *m_shell.profiles, *m_shell.credentials, session.network(), session.clock(),
        [&session] { return session.sandbox() ? session.sandbox()->baseUrl() : QUrl(); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettingsDialog::profilesChanged, this, &MainWindow::profilesChanged);
    dialog->open();
}

void MainWindow::showAbout()
{
    auto* about = new AboutDialog(this);
    about->setAttribute(Qt::WA_DeleteOnClose);
    about->open();
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    m_shell.settings.setValue(geometryKey, saveGeometry());
    // A window closed before its book opened has no toolbar, docks or list whose layout to keep.
    if (m_session) {
        m_shell.settings.setValue(stateKey, saveState());
        for (const QSplitter* splitter : findChildren<QSplitter*>())
            m_shell.settings.setValue(splitterKey + splitter->objectName(), splitter->saveState());
        m_shell.settings.setValue(listKey, m_list->saveLayout());
    }
    QMainWindow::closeEvent(event);
}

} // namespace InvoiceDesk::Ui
