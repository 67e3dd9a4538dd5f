// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/merchantkeys.h"

#include <QNetworkAccessManager>
#include <QObject>
#include <QString>
#include <QUrl>

namespace InvoiceDesk::Bench {

// The floor for a bulk send: the same create-payment requests, hand-built and sent straight with
// QNetworkAccessManager, no book, no journal, no service layer. With `withCategory` each create is
// preceded by the Order Management category PUT, as the workflow does.
class BareCreator : public QObject {
public:
    BareCreator(QUrl baseUrl, Vipps::MerchantKeys keys);

    bool fetchToken();
    struct Outcome {
        int ok = 0;
        int failed = 0;
        double seconds = 0;
    };
    // Creates payments "<prefix>-1" ... "<prefix>-<count>", `concurrency` at a time.
    Outcome run(const QString& prefix, int count, int concurrency, bool withCategory);

private:
    QNetworkRequest request(const QString& path, const QString& idempotencyKey) const;
    QByteArray createBody(const QString& reference, int index) const;
    void launch(int index);

    QUrl m_baseUrl;
    Vipps::MerchantKeys m_keys;
    QNetworkAccessManager m_network;
    QString m_token;
    QString m_prefix;
    bool m_withCategory = false;
    int m_next = 0;
    int m_count = 0;
    int m_inFlight = 0;
    Outcome m_outcome;
};

} // namespace InvoiceDesk::Bench
