// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/invoiceeditordialog.h"

#include "editor/invoicelineseditor.h"
#include "storage/invoicebook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

InvoiceEditorDialog::InvoiceEditorDialog(Storage::InvoiceBook& book, qint64 invoiceId, QWidget* parent)
    : QDialog(parent)
    , m_book(book)
    , m_staffName(qEnvironmentVariable("USER", qEnvironmentVariable("USERNAME")))
{
    setWindowTitle(invoiceId == 0 ? tr("New invoice") : tr("Edit invoice"));
    const auto named = [](QWidget* widget, const char* name) {
        widget->setObjectName(QString::fromLatin1(name));
        return widget;
    };
    m_number = new QLineEdit(this);
    m_customer = new QComboBox(this);
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_email = new QLineEdit(this);
    m_phone = new QLineEdit(this);
    m_phone->setPlaceholderText(tr("+47 912 34 567"));
    m_consent = new QCheckBox(tr("Customer agreed to receive payment requests in Vipps"), this);
    m_currency = new QComboBox(this);
    m_currency->addItems({QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("EUR")});
    m_issueDate = new QDateEdit(this);
    m_issueDate->setCalendarPopup(true);
    m_dueDate = new QDateEdit(this);
    m_dueDate->setCalendarPopup(true);
    m_description = new QLineEdit(this);
    m_link = new QLineEdit(this);
    m_link->setPlaceholderText(tr("https://…  (empty: made from the profile's invoice link)"));
    m_totalWithoutLines = new QLineEdit(this);
    m_lines = new InvoiceLinesEditor(this);
    m_totals = new QLabel(this);
    m_lockNote = new QLabel(this);
    m_lockNote->setWordWrap(true);
    m_lockNote->hide();
    m_error = new QLabel(this);
    m_error->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_error->setWordWrap(true);
    m_error->hide();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    named(m_number, "number");
    named(m_customer, "customer");
    named(m_email, "email");
    named(m_phone, "phone");
    named(m_consent, "pushConsent");
    named(m_currency, "currency");
    named(m_issueDate, "issueDate");
    named(m_dueDate, "dueDate");
    named(m_description, "description");
    named(m_link, "link");
    named(m_totalWithoutLines, "totalWithoutLines");
    named(m_totals, "totals");
    named(m_error, "error");
    named(m_lockNote, "lockNote");

    auto* form = new QFormLayout;
    form->addRow(tr("&Number:"), m_number);
    form->addRow(tr("C&ustomer:"), m_customer);
    form->addRow(tr("&E-mail:"), m_email);
    form->addRow(tr("&Phone:"), m_phone);
    form->addRow(QString(), m_consent);
    form->addRow(tr("Cu&rrency:"), m_currency);
    form->addRow(tr("&Issue date:"), m_issueDate);
    form->addRow(tr("&Due date:"), m_dueDate);
    form->addRow(tr("De&scription:"), m_description);
    form->addRow(tr("Lin&k:"), m_link);
    form->addRow(tr("&Total without lines:"), m_totalWithoutLines);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_lines, 1);
    layout->addWidget(m_totals);
    layout->addWidget(m_lockNote);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, &InvoiceEditorDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &InvoiceEditorDialog::customerChosen);
    connect(m_customer, &QComboBox::editTextChanged, this, &InvoiceEditorDialog::updateConsent);
    connect(m_phone, &QLineEdit::textChanged, this, &InvoiceEditorDialog::updateConsent);
    connect(m_currency, &QComboBox::currentTextChanged, this,
            [this](const QString& currency) { m_lines->setCurrency(currency); });
    connect(m_lines, &InvoiceLinesEditor::linesChanged, this, &InvoiceEditorDialog::updateTotals);
    connect(m_totalWithoutLines, &QLineEdit::textChanged, this, &InvoiceEditorDialog::updateTotals);

    fillCustomers();
    const QDate today = m_clock->now().date();
    m_issueDate->setDate(today);
    m_dueDate->setDate(today.addDays(14));
    if (invoiceId != 0)
        load(invoiceId);
    else
        m_customer->setCurrentIndex(-1);
    updateTotals();
    updateConsent();
}

void InvoiceEditorDialog::setStaffName(const QString& name)
{
    m_staffName = name;
}

void InvoiceEditorDialog::setClock(Clock& clock)
{
    m_clock = &clock;
    if (m_invoice.id == 0) {
        const QDate today = clock.now().date();
        m_issueDate->setDate(today);
        m_dueDate->setDate(today.addDays(14));
    }
}

void InvoiceEditorDialog::fillCustomers()
{
    auto customers = m_book.customers();
    if (!customers) {
        showError(customers.error().message);
        return;
    }
    m_customers = customers.value();
    const QSignalBlocker blocker(m_customer);
    m_customer->clear();
    for (const Customer& customer : std::as_const(m_customers))
        m_customer->addItem(customer.name, customer.id);
}

void InvoiceEditorDialog::load(qint64 invoiceId)
{
    auto stored = m_book.invoice(invoiceId);
    if (!stored) {
        showError(stored.error().message);
        m_buttons->button(QDialogButtonBox::Save)->setEnabled(false);
        return;
    }
    m_invoice = stored.value();
    m_number->setText(m_invoice.number);
    m_customer->setCurrentIndex(m_customer->findData(m_invoice.customerId));
    customerChosen(m_customer->currentIndex());
    m_currency->setCurrentText(m_invoice.currency);
    m_lines->setCurrency(m_invoice.currency);
    m_issueDate->setDate(m_invoice.issueDate);
    m_dueDate->setDate(m_invoice.dueDate);
    m_description->setText(m_invoice.description);
    m_link->setText(m_invoice.link.toString());
    if (m_invoice.lines.isEmpty())
        m_totalWithoutLines->setText(
            Money(m_invoice.totalWithoutLinesMinor, m_invoice.currency).toPlainString());
    m_lines->setLines(m_invoice.lines);

    // A payment request carries the amount it was sent with: changing the invoice's amount
    // afterwards would leave the two apart.
    auto attempts = m_book.attempts(invoiceId);
    m_amountLocked = !attempts || !attempts->isEmpty();
    if (m_amountLocked) {
        m_lines->setEnabled(false);
        m_currency->setEnabled(false);
        m_totalWithoutLines->setReadOnly(true);
        m_lockNote->setText(tr("Payment requests were sent for this invoice, so its lines, total and "
                               "currency can no longer be changed."));
        m_lockNote->show();
    }
}

void InvoiceEditorDialog::customerChosen(int index)
{
    if (index < 0 || index >= m_customers.size())
        return;
    const Customer& customer = m_customers.at(index);
    m_email->setText(customer.email);
    m_phone->setText(customer.phone.isValid() ? customer.phone.toDisplayString() : QString());
    updateConsent();
}

void InvoiceEditorDialog::updateConsent()
{
    // A consent already on record is shown, not given again; withdrawing it is not done here.
    const int index = m_customer->currentIndex();
    const bool existing =
        index >= 0 && index < m_customers.size() && m_customer->itemText(index) == m_customer->currentText();
    const bool given = existing && m_customers.at(index).consent.has_value();
    m_consent->setEnabled(!given);
    if (given) {
        const PushConsent& consent = *m_customers.at(index).consent;
        m_consent->setChecked(true);
        m_consent->setToolTip(
            tr("Recorded %1 by %2.")
                .arg(QLocale().toString(consent.givenAt.toLocalTime(), QLocale::ShortFormat),
                     consent.recordedBy));
    } else {
        m_consent->setToolTip(tr("Push requests go straight to the customer's Vipps app; they need the "
                                 "customer's agreement and a mobile number."));
    }
}

void InvoiceEditorDialog::updateTotals()
{
    const QString currency = m_currency->currentText();
    m_totalWithoutLines->setEnabled(m_lines->lineCount() == 0 && !m_amountLocked);
    const std::optional<QList<InvoiceLine>> lines = m_lines->lines();
    if (!lines) {
        m_totals->setText(tr("Some lines cannot be read yet."));
        m_totals->setProperty("totalMinor", QVariant());
        return;
    }
    Invoice draft;
    draft.currency = currency;
    draft.lines = *lines;
    if (lines->isEmpty()) {
        const auto total = Money::parse(m_totalWithoutLines->text(), currency);
        draft.totalWithoutLinesMinor = total ? total->minorUnits() : 0;
    }
    const Money total = draft.total();
    const Money vat = draft.totalVat();
    m_totals->setText(
        tr("Excl. VAT: %1   VAT: %2   Total: %3")
            .arg((total - vat).toDisplayString(), vat.toDisplayString(), total.toDisplayString()));
    m_totals->setProperty("totalMinor", total.minorUnits());
    m_totals->setProperty("vatMinor", vat.minorUnits());
}

QString InvoiceEditorDialog::problem() const
{
    if (m_number->text().trimmed().isEmpty())
        return tr("The invoice needs a number.");
    if (m_customer->currentText().trimmed().isEmpty())
        return tr("Choose a customer or type the name of a new one.");
    if (!m_phone->text().trimmed().isEmpty()) {
        QString whyNot;
        if (!PhoneNumber::parse(m_phone->text(), QStringLiteral("NO"), &whyNot))
            return tr("The phone number cannot be used: %1").arg(whyNot);
    }
    if (m_consent->isChecked() && m_consent->isEnabled() && m_phone->text().trimmed().isEmpty())
        return tr("A payment request in Vipps needs the customer's mobile number.");
    if (m_dueDate->date() < m_issueDate->date())
        return tr("The due date is before the issue date.");
    if (!m_link->text().trimmed().isEmpty()) {
        const QUrl link(m_link->text().trimmed(), QUrl::StrictMode);
        if (!link.isValid() || link.host().isEmpty() || link.scheme() != QLatin1String("https"))
            return tr("The link must be an https:// address.");
    }
    const std::optional<QList<InvoiceLine>> lines = m_lines->lines();
    if (!lines)
        return tr("Every line needs a quantity and a unit price that can be read as numbers.");
    if (lines->isEmpty()) {
        const auto total = Money::parse(m_totalWithoutLines->text(), m_currency->currentText());
        if (!total || total->minorUnits() <= 0)
            return tr("Add a line, or give the total of an invoice without lines.");
    }
    return {};
}

void InvoiceEditorDialog::accept()
{
    if (save())
        QDialog::accept();
}

bool InvoiceEditorDialog::save()
{
    m_error->hide();
    const QString why = problem();
    if (!why.isEmpty()) {
        showError(why);
        return false;
    }

    // The customer first: an existing one chosen from the list, else a new one (created once, even
    // when the invoice itself is refused and saved again).
    Customer customer;
    const int index = m_customer->currentIndex();
    if (index >= 0 && index < m_customers.size() && m_customer->itemText(index) == m_customer->currentText())
        customer = m_customers.at(index);
    else if (m_createdCustomerId != 0)
        customer.id = m_createdCustomerId;
    customer.name = m_customer->currentText().trimmed();
    customer.email = m_email->text().trimmed();
    const QString phoneText = m_phone->text().trimmed();
    customer.phone = phoneText.isEmpty() ? PhoneNumber() : *PhoneNumber::parse(phoneText);
    const Customer* known = nullptr;
    for (const Customer& candidate : std::as_const(m_customers)) {
        if (candidate.id == customer.id && customer.id != 0)
            known = &candidate;
    }
    if (!known || !(*known == customer)) {
        auto saved = m_book.saveCustomer(customer);
        if (!saved) {
            showError(saved.error().message);
            return false;
        }
        customer = saved.value();
        if (!known)
            m_createdCustomerId = customer.id;
    }

    Invoice invoice = m_invoice;
    invoice.number = m_number->text().trimmed();
    invoice.customerId = customer.id;
    invoice.issueDate = m_issueDate->date();
    invoice.dueDate = m_dueDate->date();
    invoice.description = m_description->text().trimmed();
    invoice.link = QUrl(m_link->text().trimmed());
    if (!m_amountLocked) {
        invoice.currency = m_currency->currentText();
        invoice.lines = *m_lines->lines();
        invoice.totalWithoutLinesMinor = 0;
        if (invoice.lines.isEmpty())
            invoice.totalWithoutLinesMinor =
                Money::parse(m_totalWithoutLines->text(), invoice.currency)->minorUnits();
    }
    auto stored = m_book.saveInvoice(invoice);
    if (!stored) {
        showError(stored.error().message);
        refreshCustomers(customer.id);
        return false;
    }
    m_invoice = stored.value();

    if (m_consent->isChecked() && m_consent->isEnabled()) {
        const PushConsent consent{m_clock->now(), PushConsent::Source::EnteredByStaff, m_staffName};
        auto recorded = m_book.recordPushConsent(customer.id, customer.phone, consent);
        if (!recorded) {
            showError(tr("The invoice is saved, but the consent is not: %1").arg(recorded.error().message));
            refreshCustomers(customer.id);
            return false;
        }
    }
    refreshCustomers(customer.id);
    Q_EMIT invoiceSaved(m_invoice.id);
    return true;
}

void InvoiceEditorDialog::refreshCustomers(qint64 chosenId)
{
    // Keeps what staff typed in the other fields: only the list and the chosen entry change.
    const QString email = m_email->text();
    const QString phone = m_phone->text();
    fillCustomers();
    {
        const QSignalBlocker blocker(m_customer);
        m_customer->setCurrentIndex(m_customer->findData(chosenId));
    }
    m_createdCustomerId = 0;
    m_email->setText(email);
    m_phone->setText(phone);
    updateConsent();
}

void InvoiceEditorDialog::showError(const QString& message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

} // namespace InvoiceDesk::Ui
