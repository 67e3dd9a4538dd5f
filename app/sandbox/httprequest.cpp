// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/httprequest.h"

#include <QUrl>

namespace InvoiceDesk::Sandbox {

namespace {
constexpr qsizetype maxHeaderBytes = 64 * 1024;
constexpr qsizetype maxBodyBytes = 8 * 1024 * 1024;
} // namespace

QByteArray HttpRequest::header(const QByteArray& name) const
{
    for (const auto& [key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return {};
}

bool HttpRequest::hasHeader(const QByteArray& name) const
{
    for (const auto& entry : headers) {
        if (entry.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

QJsonDocument HttpRequest::json(QJsonParseError* error) const
{
    QJsonParseError localError;
    const QJsonDocument document = QJsonDocument::fromJson(body, &localError);
    if (error)
        *error = localError;
    return document;
}

HttpRequestParser::Status HttpRequestParser::next(HttpRequest& request)
{
    const qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    if (headerEnd < 0)
        return m_buffer.size() > maxHeaderBytes ? Status::Malformed : Status::NeedMore;

    const QList<QByteArray> lines = m_buffer.left(headerEnd).split('\n');
    const QList<QByteArray> requestLine = lines.value(0).trimmed().split(' ');
    if (requestLine.size() != 3 || !requestLine[2].startsWith("HTTP/1."))
        return Status::Malformed;

    HttpRequest parsed;
    parsed.method = requestLine[0];
    const QUrl target = QUrl::fromEncoded(requestLine[1]);
    if (!target.isValid())
        return Status::Malformed;
    parsed.path = target.path(QUrl::FullyDecoded);
    parsed.query = QUrlQuery(target.query(QUrl::FullyEncoded));
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines[i].trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0)
            return Status::Malformed;
        parsed.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    if (!parsed.header("Transfer-Encoding").isEmpty())
        return Status::Malformed;

    qsizetype length = 0;
    const QByteArray lengthHeader = parsed.header("Content-Length");
    if (!lengthHeader.isEmpty()) {
        bool ok = false;
        length = lengthHeader.toLongLong(&ok);
        if (!ok || length < 0 || length > maxBodyBytes)
            return Status::Malformed;
    }
    const qsizetype bodyStart = headerEnd + 4;
    if (m_buffer.size() - bodyStart < length) {
        m_continueWanted =
            !m_continueSent && parsed.header("Expect").compare("100-continue", Qt::CaseInsensitive) == 0;
        return Status::NeedMore;
    }
    m_continueSent = false;
    m_continueWanted = false;
    parsed.body = m_buffer.mid(bodyStart, length);
    m_buffer.remove(0, bodyStart + length);
    request = std::move(parsed);
    return Status::Complete;
}

bool HttpRequestParser::takeContinueRequest()
{
    if (!m_continueWanted)
        return false;
    m_continueWanted = false;
    m_continueSent = true;
    return true;
}

} // namespace InvoiceDesk::Sandbox
