// SPDX-License-Identifier: GPL-3.0-or-later
// InvoiceBook: customers and their consent to push requests.
#include "storage/invoicebook.h"
#include "storage/sqlsupport.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace InvoiceDesk::Storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Storage::InvoiceBook", text);
}

const QString customerColumns = QStringLiteral("id, customer_number, name, email, phone_msisdn, "
                                               "consent_given_at, consent_source, consent_recorded_by");

QString consentSourceKey(PushConsent::Source source)
{
    switch (source) {
    case PushConsent::Source::EnteredByStaff:
        return QStringLiteral("staff");
    case PushConsent::Source::SharedThroughVipps:
        return QStringLiteral("vipps");
    }
    return {};
}

} // namespace

Customer customerFromQuery(const QSqlQuery& query)
{
    Customer customer;
    customer.id = query.value(0).toLongLong();
    customer.customerNumber = query.value(1).toString();
    customer.name = query.value(2).toString();
    customer.email = query.value(3).toString();
    customer.phone = PhoneNumber::fromStoredMsisdn(query.value(4).toString());
    if (!query.value(5).isNull()) {
        PushConsent consent;
        consent.givenAt = dateTimeFromStored(query.value(5));
        consent.source = query.value(6).toString() == QLatin1String("vipps")
                             ? PushConsent::Source::SharedThroughVipps
                             : PushConsent::Source::EnteredByStaff;
        consent.recordedBy = query.value(7).toString();
        customer.consent = consent;
    }
    return customer;
}

QString customerSelect()
{
    return QStringLiteral("SELECT ") + customerColumns + QStringLiteral(" FROM customers ");
}

StorageResult<Customer> InvoiceBook::saveCustomer(const Customer& customer)
{
    Transaction transaction(*this, Durability::Synced);
    if (!transaction.isActive())
        return transaction.error();
    auto written = writeCustomer(customer);
    if (!written)
        return written;
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return written;
}

StorageResult<Customer> InvoiceBook::writeCustomer(const Customer& customer)
{
    if (customer.name.trimmed().isEmpty())
        return StorageError{tr("A customer needs a name."), {}};
    QSqlQuery query(database());
    if (customer.id == 0) {
        query.prepare(QStringLiteral("INSERT INTO customers (customer_number, name, email, phone_msisdn, "
                                     "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?)"));
    } else {
        query.prepare(QStringLiteral("UPDATE customers SET customer_number = ?, name = ?, email = ?, "
                                     "phone_msisdn = ?, updated_at = ? WHERE id = ?"));
    }
    query.addBindValue(nullIfEmpty(customer.customerNumber));
    query.addBindValue(text(customer.name));
    query.addBindValue(text(customer.email));
    query.addBindValue(text(customer.phone.msisdn()));
    if (customer.id == 0) {
        query.addBindValue(now());
        query.addBindValue(now());
    } else {
        query.addBindValue(now());
        query.addBindValue(customer.id);
    }
    if (!query.exec())
        return errorFrom(tr("The customer %1 could not be saved (is the customer number already used?).")
                             .arg(customer.name),
                         query);
    const qint64 id = customer.id == 0 ? query.lastInsertId().toLongLong() : customer.id;
    if (customer.id != 0 && query.numRowsAffected() != 1)
        return StorageError{tr("The customer %1 is not in the book.").arg(customer.name), {}};
    query.finish();
    return this->customer(id);
}

StorageResult<Customer> InvoiceBook::customer(qint64 id) const
{
    auto queryStatement = m_statements->take(customerSelect() + QStringLiteral("WHERE id = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(id);
    if (!query.exec())
        return errorFrom(tr("The customer could not be read."), query);
    if (!query.next())
        return StorageError{tr("The customer is not in the book."), QStringLiteral("customer id %1").arg(id)};
    return customerFromQuery(query);
}

StorageResult<QList<Customer>> InvoiceBook::customers() const
{
    QSqlQuery query(database());
    query.setForwardOnly(true);
    query.prepare(customerSelect() + QStringLiteral("ORDER BY name, id"));
    if (!query.exec())
        return errorFrom(tr("The customers could not be read."), query);
    QList<Customer> result;
    while (query.next())
        result.append(customerFromQuery(query));
    return result;
}

StorageResult<Done> InvoiceBook::recordPushConsent(qint64 customerId, const PhoneNumber& phone,
                                                   const PushConsent& consent)
{
    if (!phone.isValid())
        return StorageError{tr("Consent needs a valid mobile number."), {}};
    if (!consent.givenAt.isValid() || consent.recordedBy.trimmed().isEmpty())
        return StorageError{tr("Consent needs the time it was given and who recorded it."), {}};
    Transaction transaction(*this, Durability::Synced);
    if (!transaction.isActive())
        return transaction.error();
    auto queryStatement = m_statements->take(
        QStringLiteral("UPDATE customers SET phone_msisdn = ?, consent_given_at = ?, consent_source = ?, "
                       "consent_recorded_by = ?, updated_at = ? WHERE id = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(text(phone.msisdn()));
    query.addBindValue(storedDateTime(consent.givenAt));
    query.addBindValue(consentSourceKey(consent.source));
    query.addBindValue(text(consent.recordedBy));
    query.addBindValue(now());
    query.addBindValue(customerId);
    if (!query.exec())
        return errorFrom(tr("The consent could not be saved."), query);
    if (query.numRowsAffected() != 1)
        return StorageError{tr("The customer is not in the book."),
                            QStringLiteral("customer id %1").arg(customerId)};

    AuditEntry audit;
    audit.actor = consent.recordedBy;
    audit.action = QStringLiteral("record-consent");
    audit.result = QStringLiteral("ok");
    audit.detail = QStringLiteral("customer %1, phone %2, %3, given %4")
                       .arg(QString::number(customerId), phone.msisdn(), consentSourceKey(consent.source),
                            consent.givenAt.toUTC().toString(Qt::ISODate));
    if (auto audited = insertAudit(audit); !audited)
        return audited.error();
    return transaction.commit();
}

StorageResult<Done> InvoiceBook::withdrawPushConsent(qint64 customerId, const QString& actor)
{
    Transaction transaction(*this, Durability::Synced);
    if (!transaction.isActive())
        return transaction.error();
    auto queryStatement = m_statements->take(
        QStringLiteral("UPDATE customers SET consent_given_at = NULL, consent_source = NULL, "
                       "consent_recorded_by = NULL, updated_at = ? WHERE id = ?"));
    QSqlQuery& query = queryStatement.query();
    query.addBindValue(now());
    query.addBindValue(customerId);
    if (!query.exec())
        return errorFrom(tr("The consent could not be withdrawn."), query);
    if (query.numRowsAffected() != 1)
        return StorageError{tr("The customer is not in the book."),
                            QStringLiteral("customer id %1").arg(customerId)};
    AuditEntry audit;
    audit.actor = actor;
    audit.action = QStringLiteral("withdraw-consent");
    audit.result = QStringLiteral("ok");
    audit.detail = QStringLiteral("customer %1").arg(customerId);
    if (auto audited = insertAudit(audit); !audited)
        return audited.error();
    return transaction.commit();
}

} // namespace InvoiceDesk::Storage
