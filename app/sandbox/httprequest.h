// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QHostAddress>
#include <QJsonDocument>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrlQuery>

#include <optional>

namespace InvoiceDesk::Sandbox {

// One HTTP/1.1 request as it arrived on the wire. Header names keep their original spelling in
// `headers`; header() looks them up case-insensitively, as HTTP requires.
struct HttpRequest {
    QByteArray method;
    QString path; // decoded, without the query
    QUrlQuery query;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;
    QHostAddress peer;

    QByteArray header(const QByteArray& name) const;
    bool hasHeader(const QByteArray& name) const;
    // The body parsed as JSON; `error` tells whether it was valid.
    QJsonDocument json(QJsonParseError* error = nullptr) const;
};

// Accumulates bytes from one connection and cuts complete requests out of them. Only
// Content-Length bodies are supported (chunked uploads are refused as malformed).
class HttpRequestParser {
public:
    enum class Status { NeedMore, Complete, Malformed };

    void append(const QByteArray& bytes) { m_buffer.append(bytes); }
    Status next(HttpRequest& request);
    bool hasBufferedBytes() const { return !m_buffer.isEmpty(); }
    // True once per request whose headers asked "Expect: 100-continue" while its body is still to come
    // (curl does that for bodies over 1 KiB and would otherwise wait a second).
    bool takeContinueRequest();

private:
    QByteArray m_buffer;
    bool m_continueSent = false;
    bool m_continueWanted = false;
};

} // namespace InvoiceDesk::Sandbox
