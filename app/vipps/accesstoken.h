// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/result.h"

#include <QDateTime>
#include <QString>

#include <chrono>

namespace InvoiceDesk::Vipps {

// A bearer token from POST /accesstoken/get. The numeric fields arrive as strings ("3600").
struct AccessToken {
    QString value;
    QDateTime expiresAt;
    std::chrono::seconds lifetime{0};

    // Refresh a little before expiry: 3 minutes, or half the lifetime for very short-lived tokens.
    std::chrono::seconds refreshMargin() const;
    bool isFreshAt(const QDateTime& now) const;

    static Result<AccessToken> fromReply(const QByteArray& body, const QDateTime& now);
};

} // namespace InvoiceDesk::Vipps
