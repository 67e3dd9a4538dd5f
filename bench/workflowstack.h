// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "benchbook.h"
#include "workflows/vippsservices.h"
#include "workflows/workflowservices.h"

#include <QNetworkAccessManager>
#include <QTemporaryDir>

#include <memory>

namespace InvoiceDesk::Bench {

// The whole stack the GUI builds for one merchant profile (book, journal, service layer), against a
// sandbox at `baseUrl`. Time is a ManualClock that only the tracking bench moves, so no retry timer
// or scheduled check runs during a timed bulk send.
class WorkflowStack {
public:
    WorkflowStack(const QUrl& baseUrl, const Vipps::MerchantKeys& keys, const QString& referencePrefix,
                  int invoiceCount);

    bool isValid() const { return m_book.book != nullptr; }
    bool warmUp(); // fetches the access token, outside any timing

    struct Outcome {
        int sent = 0;
        int refused = 0;
        double seconds = 0;
    };
    Outcome bulkSendAll(int concurrency);
    // The same category PUT and create per invoice through the service layer alone (token cache,
    // request building, rate budget, reply parsing), with the invoices read before the clock starts
    // and nothing written to the book: what the workflow costs without its book and journal.
    Outcome sendWithoutBook(int concurrency, const QString& referencePrefix);

    ManualClock& clock() { return m_clock; }
    Storage::InvoiceBook& book() { return *m_book.book; }
    Workflows::VippsServices& vipps() { return *m_vipps; }
    double importSeconds() const { return m_book.importSeconds; }
    void stopServices() { m_services.reset(); }

private:
    ManualClock m_clock;
    QTemporaryDir m_dir;
    QNetworkAccessManager m_network;
    BenchBook m_book;
    std::unique_ptr<Workflows::VippsServices> m_vipps;
    Workflows::MerchantProfile m_profile;
    std::unique_ptr<Workflows::WorkflowServices> m_services;
};

} // namespace InvoiceDesk::Bench
