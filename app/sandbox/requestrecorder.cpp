// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/requestrecorder.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace InvoiceDesk::Sandbox {

bool RequestRecorder::open(const QString& file)
{
    m_file.setFileName(file);
    return m_file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void RequestRecorder::record(const HttpRequest& request, const QString& endpoint)
{
    if (!m_file.isOpen())
        return;
    static const QList<QByteArray> secrets{"authorization", "client_secret", "ocp-apim-subscription-key"};
    QJsonObject headers;
    for (const auto& [name, value] : request.headers) {
        const bool secret = secrets.contains(name.toLower());
        headers.insert(QString::fromUtf8(name),
                       secret ? QStringLiteral("<redacted>") : QString::fromUtf8(value));
    }
    QJsonObject query;
    const auto items = request.query.queryItems(QUrl::FullyDecoded);
    for (const auto& [key, value] : items)
        query.insert(key, value);
    QJsonObject line{{QStringLiteral("method"), QString::fromLatin1(request.method)},
                     {QStringLiteral("path"), request.path},
                     {QStringLiteral("endpoint"), endpoint},
                     {QStringLiteral("query"), query},
                     {QStringLiteral("headers"), headers}};
    if (request.body.isEmpty()) {
        line.insert(QStringLiteral("body"), QJsonValue::Null);
    } else {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
        if (error.error == QJsonParseError::NoError)
            line.insert(QStringLiteral("body"),
                        document.isObject() ? QJsonValue(document.object()) : QJsonValue(document.array()));
        else
            line.insert(QStringLiteral("bodyText"), QString::fromUtf8(request.body));
    }
    m_file.write(QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n');
    m_file.flush();
}

} // namespace InvoiceDesk::Sandbox
