// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QPair>

namespace InvoiceDesk::Sandbox {

struct HttpResponse {
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers;
    QByteArray body;

    static HttpResponse json(int status, const QJsonObject& object,
                             const QByteArray& contentType = QByteArrayLiteral("application/json"));
    static HttpResponse json(int status, const QJsonArray& array);
    // A bare JSON string, as Order Management answers its upserts.
    static HttpResponse jsonString(int status, const QString& value);
    static HttpResponse html(int status, const QString& html);
    static HttpResponse bytes(int status, const QByteArray& contentType, const QByteArray& body);
    static HttpResponse empty(int status);

    HttpResponse& withHeader(const QByteArray& name, const QByteArray& value);
    QByteArray header(const QByteArray& name) const;
    // The status line, headers (Content-Length added) and body, ready for the socket.
    QByteArray serialize(bool keepAlive) const;
};

} // namespace InvoiceDesk::Sandbox
