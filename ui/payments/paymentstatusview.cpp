// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/paymentstatusview.h"

#include "app/appsession.h"
#include "invoices/money.h"
#include "payments/invoiceactions.h"
#include "payments/paymentlabels.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

namespace {

QString when(const QDateTime& at)
{
    return at.isValid() ? QLocale().toString(at.toLocalTime(), QLocale::ShortFormat) : QStringLiteral("—");
}

QLabel* valueLabel(QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setWordWrap(true);
    return label;
}

} // namespace

PaymentStatusView::PaymentStatusView(AppSession& session, InvoiceActions& actions, QWidget* parent)
    : QWidget(parent)
    , m_session(session)
    , m_heading(new QLabel(this))
    , m_state(valueLabel(this))
    , m_reference(valueLabel(this))
    , m_expires(valueLabel(this))
    , m_lastChecked(valueLabel(this))
    , m_amounts(valueLabel(this))
    , m_eventsNote(new QLabel(this))
    , m_attempts(new QTableWidget(0, 5, this))
    , m_history(new QTreeWidget(this))
{
    setAccessibleName(tr("Payment status"));
    m_heading->setWordWrap(true);
    m_heading->setTextFormat(Qt::RichText);

    auto* buttons = new QHBoxLayout;
    buttons->setSpacing(4);
    for (QAction* action : actions.all()) {
        auto* button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        button->setAutoRaise(false);
        buttons->addWidget(button);
    }
    buttons->addStretch();

    auto* facts = new QFormLayout;
    facts->addRow(tr("Vipps state:"), m_state);
    facts->addRow(tr("Reference:"), m_reference);
    facts->addRow(tr("Pay by:"), m_expires);
    facts->addRow(tr("Amounts:"), m_amounts);
    facts->addRow(tr("Last checked:"), m_lastChecked);

    m_attempts->setHorizontalHeaderLabels({tr("#"), tr("Reference"), tr("How"), tr("State"), tr("Sent")});
    m_attempts->horizontalHeader()->setStretchLastSection(true);
    m_attempts->verticalHeader()->hide();
    m_attempts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attempts->setSelectionMode(QAbstractItemView::NoSelection);
    m_attempts->setAccessibleName(tr("Payment requests"));
    m_attempts->setMaximumHeight(120);

    m_history->setHeaderLabels({tr("When"), tr("What"), tr("Who"), tr("Result")});
    m_history->setRootIsDecorated(false);
    m_history->setAccessibleName(tr("History"));
    m_history->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_eventsNote->setWordWrap(true);

    auto* attemptsBox = new QGroupBox(tr("Requests"), this);
    (new QVBoxLayout(attemptsBox))->addWidget(m_attempts);
    auto* historyBox = new QGroupBox(tr("History"), this);
    auto* historyLayout = new QVBoxLayout(historyBox);
    historyLayout->addWidget(m_history);
    historyLayout->addWidget(m_eventsNote);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_heading);
    layout->addLayout(buttons);
    layout->addLayout(facts);
    layout->addWidget(attemptsBox);
    layout->addWidget(historyBox, 1);
    showInvoice(0);
}

void PaymentStatusView::showInvoice(qint64 invoiceId)
{
    m_invoiceId = invoiceId;
    m_events.clear();
    refresh();
}

QString PaymentStatusView::stateText() const
{
    return m_state->text();
}

int PaymentStatusView::attemptCount() const
{
    return m_attempts->rowCount();
}

void PaymentStatusView::refresh()
{
    ++m_generation;
    m_audit.clear();
    if (m_invoiceId == 0) {
        m_heading->setText(tr("<i>Choose an invoice to see its payment.</i>"));
        showAttempt(nullptr);
        fillAttempts({});
        fillTimeline();
        return;
    }
    const auto row = m_session.book().invoiceRow(m_invoiceId);
    const auto attempts = m_session.book().attempts(m_invoiceId);
    if (!row || !attempts) {
        m_heading->setText(tr("The invoice could not be read: %1")
                               .arg((row ? attempts.error() : row.error()).message.toHtmlEscaped()));
        return;
    }
    m_heading->setText(tr("<b>Invoice %1</b> — %2 — %3<br>%4")
                           .arg(row->number.toHtmlEscaped(), row->customerName.toHtmlEscaped(),
                                Money(row->totalMinor, row->currency).toDisplayString(),
                                invoiceStatusDisplayName(row->status)));
    m_currency = row->currency;
    if (auto audit = m_session.book().auditFor(m_invoiceId))
        m_audit = *audit;
    showAttempt(attempts->isEmpty() ? nullptr : &attempts->constLast());
    fillAttempts(*attempts);
    fillTimeline();
    // Vipps has a history only for a request it has answered.
    if (attempts->isEmpty() || attempts->constLast().phase != AttemptPhase::Sent)
        return;

    const quint64 generation = m_generation;
    m_eventsNote->setText(tr("Reading Vipps MobilePay's history…"));
    m_session.workflows()
        .tracker()
        .events(attempts->constLast().reference)
        .then(this, [this, generation](const Workflows::WorkflowResult<QList<Vipps::PaymentEvent>>& events) {
            if (generation != m_generation)
                return;
            if (events) {
                m_events = *events;
                m_eventsNote->clear();
            } else {
                m_eventsNote->setText(
                    tr("Vipps MobilePay's history could not be read: %1").arg(events.error().message()));
            }
            fillTimeline();
            Q_EMIT timelineUpdated();
        });
}

void PaymentStatusView::showAttempt(const PaymentAttempt* latest)
{
    if (!latest) {
        for (QLabel* label : {m_state, m_reference, m_expires, m_amounts, m_lastChecked})
            label->setText(QStringLiteral("—"));
        return;
    }
    m_state->setText(latest->phase == AttemptPhase::Failed ? tr("Not sent: %1").arg(latest->failureMessage)
                                                           : vippsStateDisplayName(latest->vippsState));
    m_reference->setText(latest->reference);
    m_expires->setText(when(latest->expiresAt));
    const auto money = [latest](qint64 minor) {
        return Money(minor, latest->currency).toDisplayString();
    };
    m_amounts->setText(tr("requested %1 · approved %2 · captured %3 · refunded %4 · cancelled %5")
                           .arg(money(latest->amountMinor), money(latest->authorizedMinor),
                                money(latest->capturedMinor), money(latest->refundedMinor),
                                money(latest->cancelledMinor)));
    m_lastChecked->setText(when(latest->lastCheckedAt));
}

void PaymentStatusView::fillAttempts(const QList<PaymentAttempt>& attempts)
{
    m_attempts->setRowCount(int(attempts.size()));
    for (int i = 0; i < attempts.size(); ++i) {
        const PaymentAttempt& attempt = attempts.at(i);
        const QStringList cells{
            QString::number(attempt.sequence), attempt.reference, paymentFlowDisplayName(attempt.flow),
            attempt.phase == AttemptPhase::Failed ? tr("Not sent")
                                                  : vippsStateDisplayName(attempt.vippsState),
            when(attempt.createdAt)};
        for (int column = 0; column < cells.size(); ++column)
            m_attempts->setItem(i, column, new QTableWidgetItem(cells.at(column)));
    }
}

void PaymentStatusView::fillTimeline()
{
    m_timeline = mergeTimeline(m_audit, m_events, m_currency);
    m_history->clear();
    for (const TimelineItem& item : std::as_const(m_timeline)) {
        auto* line = new QTreeWidgetItem(m_history, {when(item.at), item.what, item.who, item.result});
        line->setIcon(1, QIcon::fromTheme(item.source == TimelineItem::Source::Vipps
                                              ? QStringLiteral("phone")
                                              : QStringLiteral("user-desktop")));
    }
}

} // namespace InvoiceDesk::Ui
