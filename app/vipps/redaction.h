// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QPair>
#include <QString>

namespace InvoiceDesk::Vipps::Redaction {

using Headers = QList<QPair<QByteArray, QByteArray>>;

// Header values that carry secrets (Authorization, client_id, client_secret, the subscription key)
// are replaced by "<redacted>"; the rest are kept so a log still shows what was sent.
Headers headers(const Headers& input);
// A body fit for a log: JSON values under secret or personal keys (tokens, secrets, phone numbers,
// names, e-mail, addresses, nin) become "<redacted>", and any run of 8 or more digits in the remaining
// text is masked, so phone numbers never reach a log even in free text or malformed JSON.
QString body(const QByteArray& input);
// One line for the log: method, URL, redacted headers and body.
QString describe(const QByteArray& method, const QString& url, const Headers& headerList,
                 const QByteArray& bodyBytes);

} // namespace InvoiceDesk::Vipps::Redaction
