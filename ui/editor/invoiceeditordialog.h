// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/clock.h"
#include "invoices/customer.h"
#include "invoices/invoice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace InvoiceDesk::Storage {
class InvoiceBook;
}

namespace InvoiceDesk::Ui {

class InvoiceLinesEditor;

// Creates (invoiceId 0) or edits one invoice with its customer and lines. Totals are computed as
// staff type, in minor units. Saving goes through the invoice book; when the book refuses, its
// message is shown and everything typed stays in the dialog.
class InvoiceEditorDialog : public QDialog {
    Q_OBJECT
public:
    InvoiceEditorDialog(Storage::InvoiceBook& book, qint64 invoiceId, QWidget* parent = nullptr);

    // The staff member named in a push consent; the login name unless set.
    void setStaffName(const QString& name);
    // Where the time of a consent comes from; the system clock unless set.
    void setClock(Clock& clock);

    // The invoice as last saved (id set), or the one being edited before the first save.
    const Invoice& invoice() const { return m_invoice; }

    void accept() override;

Q_SIGNALS:
    void invoiceSaved(qint64 invoiceId);

private:
    void load(qint64 invoiceId);
    void fillCustomers();
    void refreshCustomers(qint64 chosenId);
    void customerChosen(int index);
    void updateTotals();
    void updateConsent();
    QString problem() const;
    bool save();
    void showError(const QString& message);

    Storage::InvoiceBook& m_book;
    SystemClock m_systemClock;
    Clock* m_clock = &m_systemClock;
    QString m_staffName;
    Invoice m_invoice;
    QList<Customer> m_customers;
    bool m_amountLocked = false;    // payment requests were sent for the invoice
    qint64 m_createdCustomerId = 0; // a customer stored by a save that then failed, so it is reused

    QLineEdit* m_number = nullptr;
    QComboBox* m_customer = nullptr;
    QLineEdit* m_email = nullptr;
    QLineEdit* m_phone = nullptr;
    QCheckBox* m_consent = nullptr;
    QComboBox* m_currency = nullptr;
    QDateEdit* m_issueDate = nullptr;
    QDateEdit* m_dueDate = nullptr;
    QLineEdit* m_description = nullptr;
    QLineEdit* m_link = nullptr;
    QLineEdit* m_totalWithoutLines = nullptr;
    InvoiceLinesEditor* m_lines = nullptr;
    QLabel* m_totals = nullptr;
    QLabel* m_lockNote = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace InvoiceDesk::Ui
