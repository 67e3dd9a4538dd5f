// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/httprequest.h"
#include "sandbox/httpresponse.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>

#include <functional>

namespace InvoiceDesk::Sandbox {

// The open end of one request: answer it, or drop the connection on purpose (fault injection needs
// exactly that, which is why the sandbox owns its wire instead of using Qt HttpServer).
class HttpExchange {
public:
    HttpExchange() = default;
    HttpExchange(QTcpSocket* socket, bool keepAlive);

    void reply(const HttpResponse& response) const;
    void drop() const;
    // Sends the status line, the headers (with the full Content-Length) and half the body, then
    // closes: a reply cut off on its way.
    void cut(const HttpResponse& response) const;
    QObject* context() const { return m_socket.data(); }

private:
    QPointer<QTcpSocket> m_socket;
    bool m_keepAlive = true;
};

// A minimal HTTP/1.1 server on 127.0.0.1: Content-Length bodies, keep-alive, one request in flight
// per connection.
class HttpServer : public QObject {
    Q_OBJECT
public:
    using Handler = std::function<void(const HttpRequest&, const HttpExchange&)>;

    explicit HttpServer(Handler handler, QObject* parent = nullptr);
    ~HttpServer() override;

    bool listen(quint16 port);
    quint16 port() const { return m_server.serverPort(); }
    QString errorString() const { return m_server.errorString(); }
    void close();

private:
    void onNewConnection();
    void onReadyRead(QTcpSocket* socket);

    Handler m_handler;
    QTcpServer m_server;
    QHash<QTcpSocket*, HttpRequestParser> m_parsers;
};

} // namespace InvoiceDesk::Sandbox
