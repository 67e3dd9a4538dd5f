// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/httpresponse.h"

#include <QList>
#include <QString>

namespace InvoiceDesk::Sandbox {

// A rule a request broke. code 0 means a field (schema) error: 400 naming `field`, no ErrorCode.
// Otherwise `code` is the numeric Vipps error code, which decides the status; the codes are listed at
// https://developer.vippsmobilepay.com/docs/APIs/epayment-api/errors
struct ApiError {
    int code = 0;
    QString field;
    QString reason;

    static ApiError fieldError(const QString& field, const QString& reason) { return {0, field, reason}; }
    static ApiError domain(int code, const QString& reason, const QString& field = {})
    {
        return {code, field, reason};
    }
};

// The error bodies of each API, in its own shape.
namespace Problem {

// ePayment (RFC 7807 with extraDetails). `instance` is the request path.
HttpResponse epayment(const ApiError& error, const QString& instance);
HttpResponse epayment(int status, const QString& title, const QString& detail, const QString& instance);
// The HTTP status and title Vipps uses for a numeric error code.
int statusOfCode(int code);
QString titleOfCode(int code);

// Order Management: {type, title, detail, instance, invalidParams[{name, reason}]}.
HttpResponse orderManagement(int status, const QString& title, const QString& detail, const QString& instance,
                             const QList<QPair<QString, QString>>& invalidParams = {});
// Userinfo: {error, error_description} plus the RFC 7807 members with status as a string.
HttpResponse userinfo(int status, const QString& error, const QString& description, const QString& instance);
// Access token endpoint: Azure AD style.
HttpResponse accessToken(int status, const QString& error, const QString& description);

QString newTraceId();

} // namespace Problem
} // namespace InvoiceDesk::Sandbox
