// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/amount.h"
#include "vipps/result.h"

#include <QJsonArray>
#include <QJsonObject>

#include <optional>

namespace InvoiceDesk::Vipps {

// Strict reading of a reply: every accessor checks presence and type and remembers the first
// problem, so a parser reads all fields and then asks ok() once. A wrong reply becomes a BadReply
// error naming the field, never a default value or a crash.
class JsonReader {
public:
    explicit JsonReader(QJsonObject object, QString path = {});

    QString string(const char* key);
    std::optional<QString> optionalString(const char* key);
    qint64 int64(const char* key);
    std::optional<qint64> optionalInt64(const char* key);
    bool boolean(const char* key);
    QJsonArray array(const char* key);
    // A nested object read with the same rules; its problems become ours.
    JsonReader object(const char* key);
    std::optional<JsonReader> optionalObject(const char* key);
    Amount amount(const char* key);

    bool ok() const { return m_failure->isEmpty(); }
    Error error() const;
    void fail(const QString& problem);
    const QJsonObject& raw() const { return m_object; }

    static Result<QJsonObject> parseObject(const QByteArray& body);
    static Result<QJsonArray> parseArray(const QByteArray& body);
    static Error badReply(const QString& problem);

private:
    JsonReader(QJsonObject object, QString path, std::shared_ptr<QString> failure);
    QString pathOf(const char* key) const;
    QJsonValue field(const char* key, bool required);

    QJsonObject m_object;
    QString m_path;
    std::shared_ptr<QString> m_failure;
};

} // namespace InvoiceDesk::Vipps
