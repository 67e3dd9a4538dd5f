// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/httpserver.h"

namespace InvoiceDesk::Sandbox {

HttpExchange::HttpExchange(QTcpSocket* socket, bool keepAlive)
    : m_socket(socket)
    , m_keepAlive(keepAlive)
{}

void HttpExchange::reply(const HttpResponse& response) const
{
    if (!m_socket)
        return;
    m_socket->write(response.serialize(m_keepAlive));
    if (!m_keepAlive)
        m_socket->disconnectFromHost();
}

void HttpExchange::cut(const HttpResponse& response) const
{
    if (!m_socket)
        return;
    const QByteArray whole = response.serialize(false);
    m_socket->write(whole.left(whole.size() - (response.body.size() + 1) / 2));
    m_socket->disconnectFromHost(); // writes what is buffered first, unlike abort()
}

void HttpExchange::drop() const
{
    if (m_socket)
        m_socket->abort();
}

HttpServer::HttpServer(Handler handler, QObject* parent)
    : QObject(parent)
    , m_handler(std::move(handler))
{
    connect(&m_server, &QTcpServer::newConnection, this, &HttpServer::onNewConnection);
}

HttpServer::~HttpServer()
{
    // The sockets die with m_server after m_parsers is gone: stop listening to them first.
    const auto sockets = m_parsers.keys();
    for (QTcpSocket* socket : sockets)
        socket->disconnect(this);
    m_parsers.clear();
}

bool HttpServer::listen(quint16 port)
{
    return m_server.listen(QHostAddress::LocalHost, port);
}

void HttpServer::close()
{
    m_server.close();
    const auto sockets = m_parsers.keys();
    for (QTcpSocket* socket : sockets)
        socket->abort();
}

void HttpServer::onNewConnection()
{
    while (QTcpSocket* socket = m_server.nextPendingConnection()) {
        m_parsers.insert(socket, {});
        connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
        connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
            m_parsers.remove(socket);
            socket->deleteLater();
        });
    }
}

void HttpServer::onReadyRead(QTcpSocket* socket)
{
    auto parser = m_parsers.find(socket);
    if (parser == m_parsers.end())
        return;
    parser->append(socket->readAll());
    HttpRequest request;
    while (true) {
        const auto status = parser->next(request);
        if (status == HttpRequestParser::Status::NeedMore) {
            if (parser->takeContinueRequest())
                socket->write("HTTP/1.1 100 Continue\r\n\r\n");
            return;
        }
        if (status == HttpRequestParser::Status::Malformed) {
            HttpExchange(socket, false).reply(HttpResponse::empty(400));
            m_parsers.remove(socket);
            return;
        }
        request.peer = socket->peerAddress();
        const bool keepAlive = request.header("Connection").compare("close", Qt::CaseInsensitive) != 0;
        m_handler(request, HttpExchange(socket, keepAlive));
        parser = m_parsers.find(socket); // the handler may have dropped the connection
        if (parser == m_parsers.end())
            return;
    }
}

} // namespace InvoiceDesk::Sandbox
