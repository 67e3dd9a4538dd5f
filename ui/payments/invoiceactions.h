// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"
#include "workflows/invoicesender.h"
#include "workflows/paymentactions.h"

#include <QAction>
#include <QList>
#include <QObject>

#include <optional>

class QWidget;

namespace InvoiceDesk::Ui {

class AppSession;
class Prompter;

// What staff can do with the current invoice or selection: one QAction each, shared by the menus, the
// toolbar and the payment status view. Each is enabled only when it is possible; when it is not, its
// tooltip says why (the same rules the workflows apply before sending anything).
class InvoiceActions : public QObject {
    Q_OBJECT

public:
    InvoiceActions(AppSession& session, Prompter& prompter, QString actor, QWidget* dialogParent);

    QAction* send() { return &m_send; }
    QAction* learnPhone() { return &m_learnPhone; }
    QAction* checkNow() { return &m_check; }
    QAction* capture() { return &m_capture; }
    QAction* cancel() { return &m_cancel; }
    QAction* refund() { return &m_refund; }
    QAction* copyLink() { return &m_copyLink; }
    QAction* showQr() { return &m_showQr; }
    QList<QAction*> all();

    // The invoice the status view shows and the selection the send action works on.
    void setCurrent(qint64 invoiceId, const QList<qint64>& selection);
    // Re-reads the invoice (after a change reported by the workflows) and updates what is possible.
    void refresh();

Q_SIGNALS:
    // A line for the status bar: what was done, or what went wrong.
    void message(const QString& text);

private:
    void openSendDialog(std::optional<Workflows::SendOptions> preset);
    void runCheck();
    void runCapture();
    void runCancel();
    void runRefund();
    // Capture and refund: ask for the amount (at most `maximumMinor`), then send it.
    using AmountAction = QFuture<Workflows::WorkflowResult<PaymentAttempt>> (Workflows::PaymentActions::*)(
        const QString&, qint64, const QString&);
    void runAmountAction(const PaymentAttempt& attempt, const QString& title, const QString& question,
                         qint64 maximumMinor, const QString& doneText, AmountAction action);
    void runCopyLink();
    void runShowQr();
    void report(const QString& done, const Workflows::WorkflowResult<PaymentAttempt>& result);
    std::optional<PaymentAttempt> latestAttempt() const;
    QString customerName() const;
    void allow(QAction& action, const QString& whyNot);

    AppSession& m_session;
    Prompter& m_prompter;
    QString m_actor;
    QWidget* m_dialogParent;
    qint64 m_invoiceId = 0;
    QList<qint64> m_selection;
    QList<PaymentAttempt> m_attempts;
    QAction m_send;
    QAction m_learnPhone;
    QAction m_check;
    QAction m_capture;
    QAction m_cancel;
    QAction m_refund;
    QAction m_copyLink;
    QAction m_showQr;
};

} // namespace InvoiceDesk::Ui
