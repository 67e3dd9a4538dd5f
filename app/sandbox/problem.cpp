// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/problem.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QMap>
#include <QUuid>

namespace InvoiceDesk::Sandbox::Problem {

namespace {
const QMap<int, QString>& titles()
{
    static const QMap<int, QString> table = {
        {3010, QStringLiteral("Internal error")},
        {4010, QStringLiteral("Capture idempotency conflict")},
        {4020, QStringLiteral("Idempotency error")},
        {4040, QStringLiteral("Invalid amount")},
        {4050, QStringLiteral("Invalid CustomerToken")},
        {4060, QStringLiteral("Invalid PersonalQr")},
        {4070, QStringLiteral("Invalid phone number")},
        {4080, QStringLiteral("Invalid scope")},
        {4090, QStringLiteral("Invalid URL")},
        {4100, QStringLiteral("Metadata capacity exceeded")},
        {4110, QStringLiteral("Metadata duplicate keys")},
        {4120, QStringLiteral("Metadata key too long")},
        {4130, QStringLiteral("Metadata value too long")},
        {4140, QStringLiteral("Missing required parameter")},
        {4150, QStringLiteral("Reference exists")},
        {4160, QStringLiteral("Invalid payment method type")},
        {5040, QStringLiteral("Invalid currency for merchant")},
        {5050, QStringLiteral("Long-living payment not allowed")},
        {5070, QStringLiteral("Payment cannot be created")},
        {5080, QStringLiteral("PUSH_MESSAGE not allowed")},
        {5090, QStringLiteral("Reference not found")},
        {6010, QStringLiteral("Amount too small")},
        {6020, QStringLiteral("Attempted refund before reservation")},
        {6040, QStringLiteral("Cannot cancel a captured payment")},
        {6050, QStringLiteral("Cannot cancel a non-reserved payment")},
        {6060, QStringLiteral("Cannot cancel authorized payment")},
        {6070, QStringLiteral("Cannot capture a cancelled payment")},
        {6080, QStringLiteral("Cannot capture before reservation")},
        {6090, QStringLiteral("Capture amount too high")},
        {6110, QStringLiteral("Expiration date is too late")},
        {6120, QStringLiteral("Expiration date is too soon")},
        {6130, QStringLiteral("Long living payments require a receipt")},
        {6150, QStringLiteral("Not enough refundable")},
        {6190, QStringLiteral("Payment cannot be cancelled")},
        {6200, QStringLiteral("Payment cannot be captured")},
        {6210, QStringLiteral("Payment cannot be refunded")},
        {7010, QStringLiteral("Customer not found")},
        {10010, QStringLiteral("Approve failed")},
    };
    return table;
}
} // namespace

QString newTraceId()
{
    return QUuid::createUuid().toString(QUuid::Id128);
}

int statusOfCode(int code)
{
    switch (code) {
    case 0:
        return 400;
    case 3010:
        return 500;
    case 4010:
    case 4020:
    case 4150:
        return 409;
    case 5070:
        return 422;
    case 5090:
        return 404;
    default:
        return 400;
    }
}

QString titleOfCode(int code)
{
    return titles().value(code, QStringLiteral("Bad Request"));
}

HttpResponse epayment(const ApiError& error, const QString& instance)
{
    QJsonArray extraDetails;
    if (!error.field.isEmpty())
        extraDetails.append(
            QJsonObject{{QStringLiteral("name"), error.field}, {QStringLiteral("reason"), error.reason}});
    if (error.code != 0)
        extraDetails.append(QJsonObject{{QStringLiteral("name"), QStringLiteral("ErrorCode")},
                                        {QStringLiteral("reason"), QString::number(error.code)}});
    const int status = statusOfCode(error.code);
    const QString title = error.code == 0 ? QStringLiteral("Bad Request") : titleOfCode(error.code);
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("https://developer.vippsmobilepay.com/docs/APIs/"
                                                "epayment-api/errors")},
        {QStringLiteral("title"), title},
        {QStringLiteral("detail"), error.reason},
        {QStringLiteral("status"), status},
        {QStringLiteral("traceId"), newTraceId()},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("extraDetails"), extraDetails}};
    return HttpResponse::json(status, body, "application/problem+json");
}

HttpResponse epayment(int status, const QString& title, const QString& detail, const QString& instance)
{
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("https://developer.vippsmobilepay.com/docs/APIs/"
                                                "epayment-api/errors")},
        {QStringLiteral("title"), title},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("status"), status},
        {QStringLiteral("traceId"), newTraceId()},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("extraDetails"), QJsonArray()}};
    return HttpResponse::json(status, body, "application/problem+json");
}

HttpResponse orderManagement(int status, const QString& title, const QString& detail, const QString& instance,
                             const QList<QPair<QString, QString>>& invalidParams)
{
    QJsonArray params;
    for (const auto& [name, reason] : invalidParams)
        params.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("reason"), reason}});
    const QJsonObject body{
        {QStringLiteral("type"), QStringLiteral("https://datatracker.ietf.org/doc/html/rfc7231")},
        {QStringLiteral("title"), title},
        {QStringLiteral("detail"), detail},
        {QStringLiteral("instance"), instance},
        {QStringLiteral("invalidParams"), params}};
    return HttpResponse::json(status, body, "application/problem+json");
}

HttpResponse userinfo(int status, const QString& error, const QString& description, const QString& instance)
{
    const QJsonObject body{
        {QStringLiteral("error"), error},
        {QStringLiteral("error_description"), description},
        {QStringLiteral("type"), QStringLiteral("https://developer.vippsmobilepay.com/docs/APIs/"
                                                "userinfo-api")},
        {QStringLiteral("title"), error},
        {QStringLiteral("status"), QString::number(status)},
        {QStringLiteral("detail"), description},
        {QStringLiteral("instance"), instance}};
    return HttpResponse::json(status, body);
}

HttpResponse accessToken(int status, const QString& error, const QString& description)
{
    const QJsonObject body{{QStringLiteral("error"), error},
                           {QStringLiteral("error_description"), description},
                           {QStringLiteral("error_codes"), QJsonArray{70001}},
                           {QStringLiteral("trace_id"), newTraceId()},
                           {QStringLiteral("correlation_id"), newTraceId()}};
    return HttpResponse::json(status, body);
}

} // namespace InvoiceDesk::Sandbox::Problem
