// SPDX-License-Identifier: GPL-3.0-or-later
#include "send/senddialog.h"

#include "app/appsession.h"
#include "send/bulksendprogress.h"
#include "workflows/paymentrequestbuilder.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

using Workflows::PaymentRequestBuilder;

namespace {
constexpr int formPage = 0;
constexpr int resultPage = 1;
constexpr int progressPage = 2;
} // namespace

SendDialog::SendDialog(AppSession& session, QList<qint64> invoiceIds, QString actor, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_invoiceIds(std::move(invoiceIds))
    , m_actor(std::move(actor))
{
    setWindowTitle(m_invoiceIds.size() == 1
                       ? tr("Send Payment Request")
                       : tr("Send Payment Requests for %n Invoices", nullptr, int(m_invoiceIds.size())));
    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildForm());
    m_resultLabel = new QLabel(this);
    m_resultLabel->setWordWrap(true);
    m_resultLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_resultLabel->setOpenExternalLinks(true);
    m_pages->addWidget(m_resultLabel);
    m_progress = new BulkSendProgress(m_session.workflows().bulk(), this);
    m_pages->addWidget(m_progress);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    QPushButton* send = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    send->setObjectName(QStringLiteral("sendButton"));
    send->setDefault(true);
    connect(send, &QPushButton::clicked, this, &SendDialog::sendNow);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &SendDialog::reject);
    connect(m_progress, &BulkSendProgress::finished, this, [this](const QString& summary) {
        m_buttons->clear();
        m_buttons->addButton(QDialogButtonBox::Close);
        Q_EMIT sent(summary);
        Q_EMIT finishedSending();
    });

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_pages);
    layout->addWidget(m_buttons);
    chooseDefaultFlow();
    updateState();
}

void SendDialog::reject()
{
    Workflows::BulkSender& bulk = m_session.workflows().bulk();
    if (m_pages->currentIndex() != progressPage || !bulk.isRunning()) {
        QDialog::reject();
        return;
    }
    // Closing the dialog must not leave the send running unseen: it stops, and what was reserved but
    // not yet sent is withdrawn. The summary and a Close button follow once the answers are in.
    bulk.cancel();
    if (bulk.isRunning())
        m_progress->showStopping();
}

QWidget* SendDialog::buildForm()
{
    auto* form = new QWidget(this);
    auto* layout = new QFormLayout(form);
    const Workflows::MerchantProfile& profile = m_session.profile();

    QString heading;
    if (m_invoiceIds.size() == 1) {
        const auto row = m_session.book().invoiceRow(m_invoiceIds.constFirst());
        if (row)
            heading = tr("Invoice %1 to %2, %3")
                          .arg(row->number, row->customerName.toHtmlEscaped(),
                               Money(row->totalMinor, row->currency).toDisplayString());
    } else {
        heading = tr("%n invoices", nullptr, int(m_invoiceIds.size()));
    }
    auto* title = new QLabel(QStringLiteral("<b>%1</b>").arg(heading), form);
    layout->addRow(title);

    m_push = new QRadioButton(tr("Send to the customer's &phone (push)"), form);
    m_link = new QRadioButton(tr("One-time payment &link"), form);
    m_qr = new QRadioButton(tr("&QR code"), form);
    m_flows = new QButtonGroup(this);
    m_flows->addButton(m_push, int(PaymentFlow::Push));
    m_flows->addButton(m_link, int(PaymentFlow::Link));
    m_flows->addButton(m_qr, int(PaymentFlow::Qr));
    m_pushNote = new QLabel(form);
    m_pushNote->setWordWrap(true);
    auto* flowBox = new QVBoxLayout;
    flowBox->addWidget(m_push);
    flowBox->addWidget(m_pushNote);
    flowBox->addWidget(m_link);
    flowBox->addWidget(m_qr);
    layout->addRow(tr("How:"), flowBox);
    connect(m_flows, &QButtonGroup::idClicked, this, &SendDialog::updateState);

    m_learnPhone = new QCheckBox(tr("Ask the customer to share their phone number, so the next invoice can "
                                    "go straight to their phone"),
                                 form);
    layout->addRow(QString(), m_learnPhone);
    connect(m_learnPhone, &QCheckBox::toggled, this, &SendDialog::updateState);

    const QDateTime now = m_session.clock().now();
    m_expiry = new QDateTimeEdit(form);
    m_expiry->setCalendarPopup(true);
    m_expiry->setTimeSpec(Qt::LocalTime);
    m_expiry->setMinimumDateTime(now.addSecs(15 * 60).toLocalTime());
    m_expiry->setMaximumDateTime(
        now.addSecs(std::chrono::seconds(profile.maximumExpiry).count()).toLocalTime());
    m_expiry->setDateTime(now.addSecs(std::chrono::seconds(profile.defaultExpiry).count()).toLocalTime());
    m_expiry->setAccessibleName(tr("Pay by"));
    m_expiryNote = new QLabel(form);
    m_expiryNote->setWordWrap(true);
    auto* expiryBox = new QVBoxLayout;
    expiryBox->addWidget(m_expiry);
    expiryBox->addWidget(m_expiryNote);
    layout->addRow(tr("Pay &by:"), expiryBox);
    qobject_cast<QLabel*>(layout->labelForField(expiryBox))->setBuddy(m_expiry);
    connect(m_expiry, &QDateTimeEdit::dateTimeChanged, this, &SendDialog::updateState);

    m_description = new QLineEdit(form);
    m_description->setMaxLength(200); // longer than allowed, so the counter can say it is too long
    m_description->setAccessibleName(tr("Description"));
    m_counter = new QLabel(form);
    auto* descriptionBox = new QHBoxLayout;
    descriptionBox->addWidget(m_description, 1);
    descriptionBox->addWidget(m_counter);
    layout->addRow(tr("&Description:"), descriptionBox);
    qobject_cast<QLabel*>(layout->labelForField(descriptionBox))->setBuddy(m_description);
    connect(m_description, &QLineEdit::textChanged, this, &SendDialog::updateState);

    m_invoiceLink = new QLabel(form);
    m_invoiceLink->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_invoiceLink->setOpenExternalLinks(true);
    m_invoiceLink->setWordWrap(true);
    layout->addRow(tr("Invoice link:"), m_invoiceLink);

    if (m_invoiceIds.size() == 1) {
        const auto invoice = m_session.book().invoice(m_invoiceIds.constFirst());
        if (invoice) {
            m_description->setText(PaymentRequestBuilder::defaultDescription(*invoice, profile.language));
            const QUrl link = PaymentRequestBuilder::invoiceLink(*invoice, PaymentAttempt{}, profile);
            m_invoiceLink->setText(
                QStringLiteral("<a href=\"%1\">%1</a>").arg(link.toString().toHtmlEscaped()));
        }
    } else {
        m_description->setPlaceholderText(tr("Each invoice's own: “Invoice# N, due date: D”"));
        m_invoiceLink->setText(tr("Each invoice's own link, from the merchant profile."));
    }

    m_problemLabel = new QLabel(form);
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("color: #c62828;"));
    layout->addRow(m_problemLabel);
    return form;
}

bool SendDialog::allCanReceivePush() const
{
    for (qint64 id : m_invoiceIds) {
        const auto row = m_session.book().invoiceRow(id);
        if (!row || !row->customerHasConsent || !row->customerPhone.isValid())
            return false;
    }
    return true;
}

void SendDialog::chooseDefaultFlow()
{
    const bool push = allCanReceivePush();
    m_push->setEnabled(push);
    if (push) {
        m_push->setChecked(true);
        if (m_invoiceIds.size() == 1) {
            const auto row = m_session.book().invoiceRow(m_invoiceIds.constFirst());
            m_push->setText(
                tr("Send to the customer's &phone, %1 (push)").arg(row->customerPhone.toDisplayString()));
        }
        m_pushNote->hide();
    } else {
        m_link->setChecked(true);
        m_learnPhone->setChecked(true);
        m_pushNote->setText(m_invoiceIds.size() == 1
                                ? tr("Push needs a mobile number the customer agreed to use. Send a link and "
                                     "ask for the number.")
                                : tr("Push needs a mobile number every customer agreed to use."));
    }
}

void SendDialog::setPreset(const Workflows::SendOptions& options)
{
    if (QAbstractButton* button = m_flows->button(int(options.flow)); button && button->isEnabled())
        button->setChecked(true);
    m_learnPhone->setChecked(options.learnPhone);
    if (options.expiresAt)
        m_expiry->setDateTime(options.expiresAt->toLocalTime());
    if (!options.description.isEmpty())
        m_description->setText(options.description);
    updateState();
}

PaymentFlow SendDialog::chosenFlow() const
{
    return PaymentFlow(m_flows->checkedId());
}

Workflows::SendOptions SendDialog::options() const
{
    Workflows::SendOptions options;
    options.flow = chosenFlow();
    options.learnPhone = options.flow != PaymentFlow::Push && m_learnPhone->isChecked();
    if (options.flow != PaymentFlow::Link)
        options.expiresAt = m_expiry->dateTime().toUTC();
    options.description = m_description->text().trimmed();
    options.actor = m_actor;
    return options;
}

QPushButton* SendDialog::sendButton() const
{
    return findChild<QPushButton*>(QStringLiteral("sendButton"));
}

void SendDialog::updateState()
{
    if (!m_problemLabel)
        return; // still building the form
    const PaymentFlow flow = chosenFlow();
    m_learnPhone->setEnabled(flow != PaymentFlow::Push);
    m_expiry->setEnabled(flow != PaymentFlow::Link);
    const auto maxDays =
        std::chrono::duration_cast<std::chrono::days>(m_session.profile().maximumExpiry).count();
    m_expiryNote->setText(flow == PaymentFlow::Link
                              ? tr("A one-time link expires ten minutes after it is sent.")
                              : tr("At most %n days ahead: the longest Vipps MobilePay allows this merchant.",
                                   nullptr, int(maxDays)));

    const auto length = m_description->text().trimmed().size();
    const bool ownDescriptions = m_invoiceIds.size() > 1 && length == 0;
    const bool lengthOk = ownDescriptions || (length >= PaymentRequestBuilder::minimumDescriptionLength &&
                                              length <= PaymentRequestBuilder::maximumDescriptionLength);
    m_counter->setText(tr("%1/%2").arg(length).arg(PaymentRequestBuilder::maximumDescriptionLength));
    m_counter->setStyleSheet(lengthOk ? QString() : QStringLiteral("color: #c62828;"));
    m_counter->setAccessibleName(
        tr("%1 of at most %2 characters").arg(length).arg(PaymentRequestBuilder::maximumDescriptionLength));

    // The sender's own checks, for the first invoice: the same words staff would get after sending.
    m_problem.clear();
    if (!lengthOk)
        m_problem = tr("The description must be 3 to 100 characters long; it is %1.").arg(length);
    else if (m_invoiceIds.size() == 1) {
        const auto prepared = m_session.workflows().sender().prepare(m_invoiceIds.constFirst(), options());
        if (!prepared)
            m_problem = prepared.error().message();
    }
    m_problemLabel->setText(m_problem);
    m_problemLabel->setVisible(!m_problem.isEmpty());
    if (QPushButton* send = sendButton())
        send->setEnabled(m_problem.isEmpty());
}

void SendDialog::sendNow()
{
    updateState();
    if (!m_problem.isEmpty())
        return;
    if (QPushButton* send = sendButton())
        send->setEnabled(false);
    if (m_invoiceIds.size() > 1) {
        m_pages->setCurrentIndex(progressPage);
        m_progress->start(m_invoiceIds, options());
        return;
    }
    m_pages->setCurrentIndex(resultPage);
    m_resultLabel->setText(tr("Sending…"));
    m_session.workflows()
        .sender()
        .send(m_invoiceIds.constFirst(), options())
        .then(this, [this](const Workflows::WorkflowResult<PaymentAttempt>& result) {
            m_buttons->clear();
            m_buttons->addButton(QDialogButtonBox::Close);
            if (!result) {
                m_resultLabel->setText(QStringLiteral("<span style=\"color:#c62828\">%1</span>")
                                           .arg(result.error().message().toHtmlEscaped()));
                Q_EMIT finishedSending();
                return;
            }
            m_result = *result;
            showResult(*result);
            Q_EMIT sent(tr("Sent %1.").arg(result->reference));
            Q_EMIT finishedSending();
        });
}

void SendDialog::showResult(const PaymentAttempt& attempt)
{
    const QString until = QLocale().toString(attempt.expiresAt.toLocalTime(), QLocale::ShortFormat);
    QString text;
    switch (attempt.flow) {
    case PaymentFlow::Push:
        text = tr("The request %1 is on its way to the customer's phone. They can pay until %2.")
                   .arg(attempt.reference, until);
        break;
    case PaymentFlow::Link:
    case PaymentFlow::Qr:
        text = tr("The request %1 is ready. Give the customer this %2; it works until %3:<br><a "
                  "href=\"%4\">%4</a>")
                   .arg(attempt.reference, attempt.flow == PaymentFlow::Link ? tr("link") : tr("QR code"),
                        until, attempt.redirectUrl.toString().toHtmlEscaped());
        break;
    }
    m_resultLabel->setText(text);
}

} // namespace InvoiceDesk::Ui
