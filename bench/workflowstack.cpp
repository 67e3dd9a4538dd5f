// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowstack.h"

#include "benchsupport.h"

#include <QElapsedTimer>

namespace InvoiceDesk::Bench {

WorkflowStack::WorkflowStack(const QUrl& baseUrl, const Vipps::MerchantKeys& keys,
                             const QString& referencePrefix, int invoiceCount)
    : m_clock(QDateTime::currentDateTimeUtc())
{
    m_book = makeBenchBook(m_dir.filePath(QStringLiteral("book.sqlite")), m_clock, invoiceCount,
                           std::max(1, std::min(invoiceCount, 200)));
    if (!m_book.book)
        return;
    m_vipps = std::make_unique<Workflows::VippsServices>(m_network, m_clock,
                                                         Vipps::Environment::sandbox(baseUrl), keys);
    m_profile.merchantSerialNumber = keys.merchantSerialNumber;
    m_profile.clientId = keys.clientId;
    m_profile.referencePrefix = referencePrefix;
    m_services = std::make_unique<Workflows::WorkflowServices>(*m_book.book, *m_vipps, m_clock, m_profile);
}

bool WorkflowStack::warmUp()
{
    auto token = m_vipps->client().fetchToken();
    waitUntil([&token] { return token.isFinished(); }, std::chrono::seconds(30));
    return token.isFinished() && token.result().hasValue();
}

WorkflowStack::Outcome WorkflowStack::bulkSendAll(int concurrency)
{
    Outcome outcome;
    bool finished = false;
    Workflows::BulkSender& bulk = m_services->bulk();
    bulk.setConcurrency(concurrency);
    QObject context;
    QObject::connect(&bulk, &Workflows::BulkSender::finished, &context, [&finished] { finished = true; });
    Workflows::SendOptions options;
    options.flow = PaymentFlow::Push;
    options.actor = QStringLiteral("Bench");
    QElapsedTimer timer;
    timer.start();
    bulk.start(m_book.invoiceIds, options);
    waitUntil([&finished] { return finished; }, std::chrono::minutes(30));
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    for (const auto& item : bulk.results())
        ++(item.sent ? outcome.sent : outcome.refused);
    return outcome;
}

} // namespace InvoiceDesk::Bench
