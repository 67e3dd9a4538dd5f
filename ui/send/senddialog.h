// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"
#include "workflows/invoicesender.h"

#include <QDialog>
#include <QList>

class QButtonGroup;
class QCheckBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QStackedWidget;

namespace InvoiceDesk::Ui {

class AppSession;
class BulkSendProgress;

// Asks Vipps MobilePay for payment of one invoice or a selection. The way is chosen from what is known
// about the customer: a push to a number they agreed to use, otherwise a one-time link or a QR code,
// optionally asking them to share their number for next time. Every local rule (expiry within the
// merchant's maximum, 3–100 characters of description, consent) is shown before sending.
class SendDialog : public QDialog {
    Q_OBJECT

public:
    SendDialog(AppSession& session, QList<qint64> invoiceIds, QString actor, QWidget* parent = nullptr);

    void setPreset(const Workflows::SendOptions& options);
    Workflows::SendOptions options() const;
    // Why the request cannot be sent as filled in; empty when it can.
    QString problem() const { return m_problem; }
    QPushButton* sendButton() const;
    const QList<qint64>& invoiceIds() const { return m_invoiceIds; }
    // After a single send: the stored attempt (its link, QR and expiry are shown in the dialog).
    const std::optional<PaymentAttempt>& result() const { return m_result; }
    const BulkSendProgress* progress() const { return m_progress; }

    // Cancel, Escape and the window's close button: during a bulk send they stop it (and the dialog
    // stays until the requests already out are answered); otherwise they close the dialog.
    void reject() override;

Q_SIGNALS:
    // Something was sent; the text says what, for the status bar.
    void sent(const QString& summary);
    void finishedSending();

private:
    QWidget* buildForm();
    void chooseDefaultFlow();
    void updateState();
    void sendNow();
    void showResult(const PaymentAttempt& attempt);
    PaymentFlow chosenFlow() const;
    bool allCanReceivePush() const;

    AppSession& m_session;
    QList<qint64> m_invoiceIds;
    QString m_actor;
    QString m_problem;
    std::optional<PaymentAttempt> m_result;
    QStackedWidget* m_pages = nullptr;
    QButtonGroup* m_flows = nullptr;
    QRadioButton* m_push = nullptr;
    QRadioButton* m_link = nullptr;
    QRadioButton* m_qr = nullptr;
    QLabel* m_pushNote = nullptr;
    QCheckBox* m_learnPhone = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
    QLabel* m_expiryNote = nullptr;
    QLineEdit* m_description = nullptr;
    QLabel* m_counter = nullptr;
    QLabel* m_invoiceLink = nullptr;
    QLabel* m_problemLabel = nullptr;
    QLabel* m_resultLabel = nullptr;
    BulkSendProgress* m_progress = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace InvoiceDesk::Ui
