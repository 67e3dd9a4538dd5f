// SPDX-License-Identifier: GPL-3.0-or-later
#include "phone/simulatedphone.h"

#include "invoices/money.h"
#include "invoices/phonenumber.h"
#include "sandbox/sandboxserver.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

namespace {
bool isOpenLink(const Sandbox::SandboxPayment& payment)
{
    return payment.state == QLatin1String("CREATED") && payment.phone.isEmpty() &&
           payment.userFlow != QLatin1String("PUSH_MESSAGE");
}
} // namespace

SimulatedPhone::SimulatedPhone(Sandbox::SandboxServer& sandbox, QWidget* parent)
    : QWidget(parent)
    , m_sandbox(sandbox)
    , m_user(new QComboBox(this))
    , m_requests(new QListWidget(this))
    , m_details(new QLabel(this))
    , m_share(new QCheckBox(tr("&Share my phone number with the merchant"), this))
    , m_approve(new QPushButton(tr("&Approve"), this))
    , m_reject(new QPushButton(tr("&Reject"), this))
    , m_later(new QPushButton(tr("I'll pay &later"), this))
    , m_feedback(new QLabel(this))
{
    setAccessibleName(tr("Simulated phone"));
    for (const Sandbox::SimulatedUser& user : m_sandbox.users())
        m_user->addItem(
            tr("%1, %2").arg(user.name(), PhoneNumber::fromStoredMsisdn(user.msisdn).toDisplayString()),
            user.msisdn);
    m_user->setAccessibleName(tr("Customer"));
    m_requests->setAccessibleName(tr("Payment requests on the phone"));
    m_details->setWordWrap(true);
    m_feedback->setWordWrap(true);
    auto* note = new QLabel(tr("Sandbox only: act as the customer in the Vipps app. Requests pushed to the "
                               "number appear here; so do links and QR codes waiting to be opened."),
                            this);
    note->setWordWrap(true);
    auto* form = new QFormLayout;
    form->addRow(tr("&Customer:"), m_user);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_approve);
    buttons->addWidget(m_reject);
    buttons->addWidget(m_later);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(form);
    layout->addWidget(m_requests, 1);
    layout->addWidget(m_details);
    layout->addWidget(m_share);
    layout->addLayout(buttons);
    layout->addWidget(m_feedback);

    connect(m_user, &QComboBox::currentIndexChanged, this, &SimulatedPhone::reload);
    connect(m_requests, &QListWidget::currentRowChanged, this, &SimulatedPhone::updateDetails);
    connect(m_approve, &QPushButton::clicked, this, &SimulatedPhone::approve);
    connect(m_reject, &QPushButton::clicked, this, &SimulatedPhone::reject);
    connect(m_later, &QPushButton::clicked, this, &SimulatedPhone::later);
    connect(&m_sandbox, &Sandbox::SandboxServer::paymentChanged, this, &SimulatedPhone::reload);
    reload();
}

void SimulatedPhone::setPhone(const QString& msisdn)
{
    m_user->setCurrentIndex(m_user->findData(msisdn));
}

QString SimulatedPhone::phone() const
{
    return m_user->currentData().toString();
}

QStringList SimulatedPhone::shownReferences() const
{
    QStringList references;
    for (const Sandbox::SandboxPayment& payment : m_shown)
        references.append(payment.reference);
    return references;
}

void SimulatedPhone::selectReference(const QString& reference)
{
    const QStringList references = shownReferences();
    m_requests->setCurrentRow(int(references.indexOf(reference)));
}

void SimulatedPhone::setShareNumber(bool share)
{
    m_share->setChecked(share);
}

QString SimulatedPhone::selectedReference() const
{
    const int row = m_requests->currentRow();
    return row >= 0 && row < m_shown.size() ? m_shown.at(row).reference : QString();
}

void SimulatedPhone::reload()
{
    const QString keep = selectedReference();
    m_shown = m_sandbox.requestsForPhone(phone());
    for (const Sandbox::SandboxPayment& payment : m_sandbox.payments()) {
        if (isOpenLink(payment))
            m_shown.append(payment);
    }
    m_requests->clear();
    for (const Sandbox::SandboxPayment& payment : std::as_const(m_shown)) {
        const QString amount = Money(payment.amount, payment.currency).toDisplayString();
        const QString kind =
            payment.userFlow == QLatin1String("PUSH_MESSAGE") ? tr("Request") : tr("Opened link");
        m_requests->addItem(tr("%1: %2 — %3").arg(kind, amount, payment.description));
    }
    const auto keepRow = shownReferences().indexOf(keep);
    m_requests->setCurrentRow(keepRow >= 0 ? int(keepRow) : (m_shown.isEmpty() ? -1 : 0));
    updateDetails();
}

void SimulatedPhone::updateDetails()
{
    const int row = m_requests->currentRow();
    const bool has = row >= 0 && row < m_shown.size();
    for (QPushButton* button : {m_approve, m_reject, m_later})
        button->setEnabled(has);
    if (!has) {
        m_details->setText(tr("No payment requests."));
        m_share->hide();
        return;
    }
    const Sandbox::SandboxPayment& payment = m_shown.at(row);
    m_details->setText(tr("%1<br>%2<br>Pay by %3 · %4")
                           .arg(Money(payment.amount, payment.currency).toDisplayString(),
                                payment.description.toHtmlEscaped(),
                                QLocale().toString(payment.expiresAt.toLocalTime(), QLocale::ShortFormat),
                                payment.reference));
    const bool asksForNumber = payment.scope.contains(QLatin1String("phoneNumber"));
    m_share->setVisible(asksForNumber);
    if (!asksForNumber)
        m_share->setChecked(false);
}

void SimulatedPhone::act(const QString& reference, const Expected<Done, QString>& outcome)
{
    m_feedback->setText(outcome ? QString() : outcome.error());
    if (outcome)
        Q_EMIT customerActed(reference);
}

void SimulatedPhone::approve()
{
    const QString reference = selectedReference();
    if (!reference.isEmpty())
        act(reference, m_sandbox.approve(reference, phone(), m_share->isChecked()));
}

void SimulatedPhone::reject()
{
    const QString reference = selectedReference();
    if (!reference.isEmpty())
        act(reference, m_sandbox.reject(reference));
}

void SimulatedPhone::later()
{
    const QString reference = selectedReference();
    if (!reference.isEmpty())
        act(reference, m_sandbox.postpone(reference));
}

} // namespace InvoiceDesk::Ui
