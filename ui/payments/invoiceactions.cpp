// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/invoiceactions.h"

#include "app/appsession.h"
#include "common/prompter.h"
#include "invoices/money.h"
#include "payments/qrdialog.h"
#include "send/senddialog.h"
#include "workflows/actionrules.h"
#include "workflows/paymentactions.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QIcon>
#include <QWidget>

namespace InvoiceDesk::Ui {

using Workflows::ActionRules;
using Workflows::WorkflowResult;

InvoiceActions::InvoiceActions(AppSession& session, Prompter& prompter, QString actor, QWidget* dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_prompter(prompter)
    , m_actor(std::move(actor))
    , m_dialogParent(dialogParent)
    , m_send(QIcon::fromTheme(QStringLiteral("mail-send")), tr("&Send Request…"))
    , m_learnPhone(QIcon::fromTheme(QStringLiteral("contact-new")), tr("&Learn Phone Number…"))
    , m_check(QIcon::fromTheme(QStringLiteral("view-refresh")), tr("C&heck Now"))
    , m_capture(QIcon::fromTheme(QStringLiteral("go-down")), tr("&Capture…"))
    , m_cancel(QIcon::fromTheme(QStringLiteral("process-stop")), tr("Ca&ncel Request…"))
    , m_refund(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Refund…"))
    , m_copyLink(QIcon::fromTheme(QStringLiteral("edit-copy")), tr("Copy &Link"))
    , m_showQr(tr("Show &QR Code…"))
{
    m_send.setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_check.setShortcut(QKeySequence::Refresh);
    m_capture.setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    m_refund.setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_R));
    m_copyLink.setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    for (QAction* action : all())
        action->setParent(this);
    connect(&m_send, &QAction::triggered, this, [this] { openSendDialog(std::nullopt); });
    connect(&m_learnPhone, &QAction::triggered, this, [this] {
        Workflows::SendOptions preset;
        preset.flow = PaymentFlow::Link;
        preset.learnPhone = true;
        openSendDialog(preset);
    });
    connect(&m_check, &QAction::triggered, this, &InvoiceActions::runCheck);
    connect(&m_capture, &QAction::triggered, this, &InvoiceActions::runCapture);
    connect(&m_cancel, &QAction::triggered, this, &InvoiceActions::runCancel);
    connect(&m_refund, &QAction::triggered, this, &InvoiceActions::runRefund);
    connect(&m_copyLink, &QAction::triggered, this, &InvoiceActions::runCopyLink);
    connect(&m_showQr, &QAction::triggered, this, &InvoiceActions::runShowQr);
    refresh();
}

QList<QAction*> InvoiceActions::all()
{
    return {&m_send, &m_learnPhone, &m_check, &m_capture, &m_cancel, &m_refund, &m_copyLink, &m_showQr};
}

void InvoiceActions::setCurrent(qint64 invoiceId, const QList<qint64>& selection)
{
    m_invoiceId = invoiceId;
    m_selection = selection;
    if (m_selection.isEmpty() && invoiceId != 0)
        m_selection = {invoiceId};
    refresh();
}

void InvoiceActions::allow(QAction& action, const QString& whyNot)
{
    action.setEnabled(whyNot.isEmpty());
    action.setToolTip(whyNot.isEmpty() ? action.text().remove(QLatin1Char('&')) : whyNot);
}

std::optional<PaymentAttempt> InvoiceActions::latestAttempt() const
{
    if (m_attempts.isEmpty())
        return std::nullopt;
    return m_attempts.constLast();
}

void InvoiceActions::refresh()
{
    m_attempts.clear();
    if (m_invoiceId != 0) {
        if (auto attempts = m_session.book().attempts(m_invoiceId))
            m_attempts = *attempts;
    }
    const QString noInvoice = tr("Choose an invoice first.");
    const QString nothingSent = tr("No payment request has been sent for this invoice.");
    const QDateTime now = m_session.clock().now();
    const auto latest = latestAttempt();

    const bool many = m_selection.size() > 1;
    m_send.setText(many ? tr("&Send Requests for %n Invoices…", nullptr, int(m_selection.size()))
                   : m_attempts.isEmpty() ? tr("&Send Request…")
                                          : tr("Re&send Request…"));
    if (m_selection.isEmpty())
        allow(m_send, noInvoice);
    else if (many || m_attempts.isEmpty())
        allow(m_send, {});
    else
        allow(m_send, ActionRules::whyNotResend(m_attempts));

    if (m_invoiceId == 0) {
        allow(m_learnPhone, noInvoice);
    } else {
        const auto row = m_session.book().invoiceRow(m_invoiceId);
        if (row && row->customerHasConsent && row->customerPhone.isValid())
            allow(m_learnPhone, tr("The customer's phone number is already known and may be used."));
        else
            allow(m_learnPhone, m_attempts.isEmpty() ? QString() : ActionRules::whyNotResend(m_attempts));
    }

    if (!latest) {
        const QString why = m_invoiceId == 0 ? noInvoice : nothingSent;
        for (QAction* action : {&m_check, &m_capture, &m_cancel, &m_refund, &m_copyLink, &m_showQr})
            allow(*action, why);
        return;
    }
    allow(m_check, ActionRules::whyNotCheck(*latest));
    const qint64 capturable = ActionRules::capturableMinor(*latest);
    allow(m_capture, ActionRules::whyNotCapture(*latest, std::max<qint64>(capturable, 1), now));
    allow(m_cancel, ActionRules::whyNotCancel(*latest, now));
    const qint64 refundable = ActionRules::refundableMinor(*latest);
    allow(m_refund, ActionRules::whyNotRefund(*latest, std::max<qint64>(refundable, 1), now));
    const bool hasLink =
        latest->flow != PaymentFlow::Push && latest->redirectUrl.isValid() && latest->isOpen();
    const QString noLink = latest->flow == PaymentFlow::Push
                               ? tr("This request went straight to the customer's phone; it has no link.")
                               : tr("The link is no longer valid.");
    allow(m_copyLink, hasLink ? QString() : noLink);
    allow(m_showQr, !hasLink                          ? noLink
                    : latest->flow == PaymentFlow::Qr ? QString()
                                                      : tr("This request is a link; copy it instead."));
}

QString InvoiceActions::customerName() const
{
    const auto row = m_session.book().invoiceRow(m_invoiceId);
    return row ? row->customerName : QString();
}

void InvoiceActions::openSendDialog(std::optional<Workflows::SendOptions> preset)
{
    if (m_selection.isEmpty())
        return;
    auto* dialog = new SendDialog(m_session, m_selection, m_actor, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (preset)
        dialog->setPreset(*preset);
    connect(dialog, &SendDialog::sent, this, [this](const QString& text) {
        refresh();
        Q_EMIT message(text);
    });
    dialog->open();
}

void InvoiceActions::report(const QString& done, const WorkflowResult<PaymentAttempt>& result)
{
    refresh();
    if (result) {
        Q_EMIT message(done);
        return;
    }
    Q_EMIT message(result.error().message());
    m_prompter.showError(m_dialogParent, tr("Vipps MobilePay"), result.error().message());
}

void InvoiceActions::runCheck()
{
    const auto latest = latestAttempt();
    if (!latest)
        return;
    const QString reference = latest->reference;
    m_session.workflows().tracker().checkNow(reference).then(
        this, [this, reference](const WorkflowResult<PaymentAttempt>& result) {
            report(tr("Checked %1 at Vipps MobilePay.").arg(reference), result);
        });
}

void InvoiceActions::runCapture()
{
    if (const auto latest = latestAttempt()) {
        const qint64 capturable = ActionRules::capturableMinor(*latest);
        const QString text = tr("Capture money from %1 for invoice request %2? Up to %3 can be captured.")
                                 .arg(customerName(), latest->reference,
                                      Money(capturable, latest->currency).toDisplayString());
        runAmountAction(*latest, tr("Capture"), text, capturable, tr("Captured %1 of %2."),
                        &Workflows::PaymentActions::capture);
    }
}

void InvoiceActions::runAmountAction(const PaymentAttempt& attempt, const QString& title,
                                     const QString& question, qint64 maximumMinor, const QString& doneText,
                                     AmountAction action)
{
    const auto amount =
        m_prompter.askAmount(m_dialogParent, title, question, attempt.currency, maximumMinor, maximumMinor);
    if (!amount)
        return;
    const QString done = doneText.arg(Money(*amount, attempt.currency).toDisplayString(), attempt.reference);
    (m_session.workflows().actions().*action)(attempt.reference, *amount, m_actor)
        .then(this, [this, done](const WorkflowResult<PaymentAttempt>& result) { report(done, result); });
}

void InvoiceActions::runCancel()
{
    const auto latest = latestAttempt();
    if (!latest)
        return;
    const QString text =
        tr("Cancel the payment request %1 of %2 to %3? The customer can no longer pay it.")
            .arg(latest->reference, Money(latest->amountMinor, latest->currency).toDisplayString(),
                 customerName());
    if (!m_prompter.confirm(m_dialogParent, tr("Cancel request"), text, tr("Cancel Request")))
        return;
    const QString reference = latest->reference;
    m_session.workflows()
        .actions()
        .cancel(reference, m_actor)
        .then(this, [this, reference](const WorkflowResult<PaymentAttempt>& result) {
            report(tr("Cancelled %1.").arg(reference), result);
        });
}

void InvoiceActions::runRefund()
{
    if (const auto latest = latestAttempt()) {
        const qint64 refundable = ActionRules::refundableMinor(*latest);
        const QString text = tr("Refund money to %1 for %2? Up to %3 can be refunded.")
                                 .arg(customerName(), latest->reference,
                                      Money(refundable, latest->currency).toDisplayString());
        runAmountAction(*latest, tr("Refund"), text, refundable, tr("Refunded %1 of %2."),
                        &Workflows::PaymentActions::refund);
    }
}

void InvoiceActions::runCopyLink()
{
    const auto latest = latestAttempt();
    if (!latest)
        return;
    QGuiApplication::clipboard()->setText(latest->redirectUrl.toString());
    Q_EMIT message(tr("Copied the payment link of %1.").arg(latest->reference));
}

void InvoiceActions::runShowQr()
{
    const auto latest = latestAttempt();
    if (!latest)
        return;
    auto* dialog = new QrDialog(m_session.network(), *latest, m_dialogParent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

} // namespace InvoiceDesk::Ui
