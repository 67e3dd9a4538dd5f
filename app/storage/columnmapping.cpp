// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage/columnmapping.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Storage {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Storage", text);
}

QString fieldDisplayName(ImportField field)
{
    switch (field) {
    case ImportField::InvoiceNumber:
        return tr("invoice number");
    case ImportField::Customer:
        return tr("customer");
    case ImportField::CustomerNumber:
        return tr("customer number");
    case ImportField::Phone:
        return tr("phone");
    case ImportField::Email:
        return tr("e-mail");
    case ImportField::Amount:
        return tr("amount");
    case ImportField::Currency:
        return tr("currency");
    case ImportField::IssueDate:
        return tr("issue date");
    case ImportField::DueDate:
        return tr("due date");
    case ImportField::Description:
        return tr("description");
    case ImportField::Link:
        return tr("link");
    }
    return {};
}

bool isRequired(ImportField field)
{
    return field == ImportField::InvoiceNumber || field == ImportField::Customer ||
           field == ImportField::Amount;
}

} // namespace

QList<ImportField> ColumnMapping::allFields()
{
    return {ImportField::InvoiceNumber, ImportField::Customer,  ImportField::CustomerNumber,
            ImportField::Phone,         ImportField::Email,     ImportField::Amount,
            ImportField::Currency,      ImportField::IssueDate, ImportField::DueDate,
            ImportField::Description,   ImportField::Link};
}

QString ColumnMapping::fieldKey(ImportField field)
{
    switch (field) {
    case ImportField::InvoiceNumber:
        return QStringLiteral("invoice_number");
    case ImportField::Customer:
        return QStringLiteral("customer");
    case ImportField::CustomerNumber:
        return QStringLiteral("customer_number");
    case ImportField::Phone:
        return QStringLiteral("phone");
    case ImportField::Email:
        return QStringLiteral("email");
    case ImportField::Amount:
        return QStringLiteral("amount");
    case ImportField::Currency:
        return QStringLiteral("currency");
    case ImportField::IssueDate:
        return QStringLiteral("issue_date");
    case ImportField::DueDate:
        return QStringLiteral("due_date");
    case ImportField::Description:
        return QStringLiteral("description");
    case ImportField::Link:
        return QStringLiteral("link");
    }
    return {};
}

QStringList ColumnMapping::knownHeaders(ImportField field)
{
    // Normalised spellings seen in English and Norwegian accounting exports (Tripletex, Fiken,
    // Visma, PowerOffice, Excel sheets made by hand).
    switch (field) {
    case ImportField::InvoiceNumber:
        return {QStringLiteral("invoicenumber"), QStringLiteral("invoiceno"),     QStringLiteral("invoicenr"),
                QStringLiteral("invoice"),       QStringLiteral("fakturanummer"), QStringLiteral("fakturanr"),
                QStringLiteral("fakturano"),     QStringLiteral("faktura")};
    case ImportField::Customer:
        return {QStringLiteral("customer"), QStringLiteral("customername"), QStringLiteral("name"),
                QStringLiteral("kunde"),    QStringLiteral("kundenavn"),    QStringLiteral("navn")};
    case ImportField::CustomerNumber:
        return {QStringLiteral("customernumber"), QStringLiteral("customerno"),  QStringLiteral("customernr"),
                QStringLiteral("customerid"),     QStringLiteral("kundenummer"), QStringLiteral("kundenr"),
                QStringLiteral("kundeid")};
    case ImportField::Phone:
        return {
            QStringLiteral("phone"),        QStringLiteral("phonenumber"), QStringLiteral("mobile"),
            QStringLiteral("mobilenumber"), QStringLiteral("telefon"),     QStringLiteral("telefonnummer"),
            QStringLiteral("tlf"),          QStringLiteral("mobil"),       QStringLiteral("mobilnummer")};
    case ImportField::Email:
        return {QStringLiteral("email"), QStringLiteral("emailaddress"), QStringLiteral("mail"),
                QStringLiteral("epost"), QStringLiteral("epostadresse")};
    case ImportField::Amount:
        return {QStringLiteral("amount"),    QStringLiteral("total"),  QStringLiteral("totalamount"),
                QStringLiteral("amountdue"), QStringLiteral("beløp"),  QStringLiteral("belop"),
                QStringLiteral("sum"),       QStringLiteral("totalt"), QStringLiteral("totalbeløp"),
                QStringLiteral("åbetale")};
    case ImportField::Currency:
        return {QStringLiteral("currency"), QStringLiteral("valuta")};
    case ImportField::IssueDate:
        return {QStringLiteral("issuedate"), QStringLiteral("invoicedate"), QStringLiteral("date"),
                QStringLiteral("fakturadato"), QStringLiteral("dato")};
    case ImportField::DueDate:
        return {QStringLiteral("duedate"), QStringLiteral("due"), QStringLiteral("forfallsdato"),
                QStringLiteral("forfall"), QStringLiteral("forfallsdag")};
    case ImportField::Description:
        return {QStringLiteral("description"), QStringLiteral("text"), QStringLiteral("beskrivelse"),
                QStringLiteral("tekst")};
    case ImportField::Link:
        return {QStringLiteral("link"),       QStringLiteral("url"),   QStringLiteral("invoicelink"),
                QStringLiteral("invoiceurl"), QStringLiteral("lenke"), QStringLiteral("fakturalenke")};
    }
    return {};
}

QString ColumnMapping::normalizeHeader(const QString& header)
{
    QString out;
    for (const QChar c : header.toLower()) {
        if (c.isLetterOrNumber())
            out.append(c);
    }
    return out;
}

Expected<ColumnMapping, QString> ColumnMapping::fromJson(const QByteArray& json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return tr("The column mapping is not a JSON object: %1").arg(parseError.errorString());
    ColumnMapping mapping;
    const QJsonObject object = document.object();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        bool known = false;
        for (const ImportField field : allFields()) {
            if (fieldKey(field) == it.key()) {
                if (!it.value().isString() || it.value().toString().trimmed().isEmpty())
                    return tr("The column mapping for \"%1\" must be a header name.").arg(it.key());
                mapping.setHeader(field, it.value().toString());
                known = true;
            }
        }
        if (!known)
            return tr("The column mapping names an unknown field \"%1\".").arg(it.key());
    }
    return mapping;
}

Expected<ColumnMapping, QString> ColumnMapping::fromFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return tr("The column mapping file cannot be read: %1").arg(file.errorString());
    return fromJson(file.readAll());
}

Expected<QHash<ImportField, int>, QStringList> ColumnMapping::resolve(const QStringList& header) const
{
    QStringList normalized;
    for (const QString& name : header)
        normalized << normalizeHeader(name);
    QHash<ImportField, int> columns;
    QStringList errors;
    for (const ImportField field : allFields()) {
        if (m_overrides.contains(field)) {
            const qsizetype index = normalized.indexOf(normalizeHeader(m_overrides.value(field)));
            if (index < 0)
                errors << tr("the column \"%1\" given for the %2 is not in the file")
                              .arg(m_overrides.value(field), fieldDisplayName(field));
            else
                columns.insert(field, int(index));
            continue;
        }
        const QStringList known = knownHeaders(field);
        for (qsizetype index = 0; index < normalized.size(); ++index) {
            if (known.contains(normalized.at(index))) {
                columns.insert(field, int(index));
                break;
            }
        }
        if (!columns.contains(field) && isRequired(field))
            errors << tr("no column for the %1 (a header such as \"%2\")")
                          .arg(fieldDisplayName(field), known.first());
    }
    if (!errors.isEmpty())
        return errors;
    return columns;
}

} // namespace InvoiceDesk::Storage
