// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonObject>
#include <QString>

namespace InvoiceDesk::Vipps {

// An amount as Vipps sends it: integer minor units (øre, cents) and an ISO currency code.
struct Amount {
    qint64 value = 0;
    QString currency = QStringLiteral("NOK");

    QJsonObject toJson() const
    {
        return {{QStringLiteral("value"), value}, {QStringLiteral("currency"), currency}};
    }
    friend bool operator==(const Amount&, const Amount&) = default;
};

} // namespace InvoiceDesk::Vipps
