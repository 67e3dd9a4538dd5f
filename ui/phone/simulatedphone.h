// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/expected.h"
#include "sandbox/sandboxpayment.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace InvoiceDesk::Sandbox {
class SandboxServer;
}

namespace InvoiceDesk::Ui {

// The customer's phone, in the Sandbox environment only: the requests a demo Vipps user would see in
// their app (pushed to their number, or opened from a link or QR code), with Approve, Reject and
// "Later", and the consent to share their phone number when the merchant asked for it.
class SimulatedPhone : public QWidget {
    Q_OBJECT

public:
    explicit SimulatedPhone(Sandbox::SandboxServer& sandbox, QWidget* parent = nullptr);

    void setPhone(const QString& msisdn);
    QString phone() const;
    QStringList shownReferences() const;
    void selectReference(const QString& reference);
    void setShareNumber(bool share);

    void approve();
    void reject();
    void later();

Q_SIGNALS:
    // The customer did something with the request: the merchant's side may look now.
    void customerActed(const QString& reference);

private:
    void reload();
    void updateDetails();
    QString selectedReference() const;
    void act(const QString& reference, const Expected<Done, QString>& outcome);

    Sandbox::SandboxServer& m_sandbox;
    QList<Sandbox::SandboxPayment> m_shown;
    QComboBox* m_user;
    QListWidget* m_requests;
    QLabel* m_details;
    QCheckBox* m_share;
    QPushButton* m_approve;
    QPushButton* m_reject;
    QPushButton* m_later;
    QLabel* m_feedback;
};

} // namespace InvoiceDesk::Ui
