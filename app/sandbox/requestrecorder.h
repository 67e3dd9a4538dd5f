// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sandbox/httprequest.h"

#include <QFile>
#include <QString>

namespace InvoiceDesk::Sandbox {

// Appends one JSON line per Vipps API request received (method, path, query, headers, body), so every
// request a client sends can later be checked against the OpenAPI files. Secrets are redacted.
class RequestRecorder {
public:
    bool open(const QString& file);
    bool isOpen() const { return m_file.isOpen(); }
    QString errorString() const { return m_file.errorString(); }
    void record(const HttpRequest& request, const QString& endpoint);

private:
    QFile m_file;
};

} // namespace InvoiceDesk::Sandbox
