// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/environment.h"

#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace InvoiceDesk::Vipps {

// A field the API (or our own checks) found wrong, as reported in extraDetails / invalidParams.
struct FieldError {
    QString name;
    QString reason;
    friend bool operator==(const FieldError&, const FieldError&) = default;
};

// Every failure of the service layer, as one value. The kind says what to do about it; the HTTP
// status, Vipps error code and trace id say exactly what happened, for support and logs.
class Error {
public:
    enum class Kind {
        Network,        // no connection, DNS, TLS, connection dropped
        Timeout,        // no complete reply in time
        Authentication, // 401: keys, environment or token rejected
        Permission,     // 403: the sales unit may not use this product or operation
        Validation,     // 400 without an error code: a field was rejected
        Domain,         // a Vipps error code (extraDetails ErrorCode) refused the operation
        RateLimited,    // 423/429 after every retry was used
        Server,         // 5xx after every retry was used
        BadReply,       // the reply could not be understood (malformed JSON, missing fields, wrong types)
        Conflict,       // 409: idempotency key reused with another body, or a state conflict
        NotFound,       // 404: no such payment or order for this merchant
        Configuration,  // refused locally before sending: unsafe URL, missing keys, test-only call
    };

    Error() = default;
    Error(Kind kind, QString detail, int httpStatus = 0);

    Kind kind() const { return m_kind; }
    int httpStatus() const { return m_httpStatus; }
    int vippsCode() const { return m_vippsCode; }
    QString traceId() const { return m_traceId; }
    QString title() const { return m_title; }
    // What the server or our check said, in English, for logs and support; never shown alone to staff.
    QString detail() const { return m_detail; }
    QList<FieldError> fieldErrors() const { return m_fieldErrors; }
    std::optional<EnvironmentKind> environment() const { return m_environment; }
    // Which call failed ("createPayment", "accessToken", ...), to name it in messages.
    QString operation() const { return m_operation; }

    void setVippsCode(int code) { m_vippsCode = code; }
    void setTraceId(const QString& id) { m_traceId = id; }
    void setTitle(const QString& title) { m_title = title; }
    void setFieldErrors(const QList<FieldError>& errors) { m_fieldErrors = errors; }
    void setEnvironment(EnvironmentKind kind) { m_environment = kind; }
    void setOperation(const QString& operation) { m_operation = operation; }
    void setHttpStatus(int status) { m_httpStatus = status; }
    void setKind(Kind kind) { m_kind = kind; }

    // For staff: what happened and what to do, translated.
    QString message() const;
    QJsonObject toJson() const;
    // Worth trying again later with the same idempotency key (network, timeout, 5xx, 423/429,
    // and the Vipps codes that say "try again": 6160 order processing, 6280 capture failed).
    [[nodiscard]] bool isTransient() const;
    // For a mutation: whether Vipps may have applied it although this is an error. True for every
    // transient error and for replies that could not be read (cut off, not JSON, missing fields, at
    // any status but 401/403): only a refusal Vipps clearly stated is a failure. Such an outcome is
    // settled by asking Vipps, never by sending something new.
    [[nodiscard]] bool isOutcomeUnknown() const;
    // The reply's body could not be read, whatever its status said.
    void setReplyUnreadable(bool unreadable) { m_replyUnreadable = unreadable; }

    static QString kindName(Kind kind);

private:
    static QString unreadableReplyMessage();

private:
    Kind m_kind = Kind::BadReply;
    int m_httpStatus = 0;
    int m_vippsCode = 0;
    QString m_traceId;
    QString m_title;
    QString m_detail;
    QString m_operation;
    QList<FieldError> m_fieldErrors;
    std::optional<EnvironmentKind> m_environment;
    bool m_replyUnreadable = false;
};

} // namespace InvoiceDesk::Vipps
