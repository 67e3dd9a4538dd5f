// SPDX-License-Identifier: GPL-3.0-or-later
#include "workflowstack.h"

#include "benchsupport.h"
#include "common/futures.h"
#include "workflows/idempotencykey.h"
#include "workflows/paymentrequestbuilder.h"

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

WorkflowStack::Outcome WorkflowStack::sendWithoutBook(int concurrency, const QString& referencePrefix)
{
    struct Item {
        Invoice invoice;
        PaymentAttempt attempt;
    };
    std::vector<Item> items;
    for (const qint64 id : std::as_const(m_book.invoiceIds)) {
        const auto invoice = m_book.book->invoice(id);
        if (!invoice)
            continue;
        const auto customer = m_book.book->customer(invoice->customerId);
        if (!customer)
            continue;
        Item item{*invoice, {}};
        PaymentAttempt& attempt = item.attempt;
        attempt.invoiceId = id;
        attempt.reference = referencePrefix + QLatin1Char('-') + invoice->number;
        attempt.amountMinor = invoice->total().minorUnits();
        attempt.currency = invoice->currency;
        attempt.phoneMsisdn = customer->phone.msisdn();
        attempt.description =
            Workflows::PaymentRequestBuilder::defaultDescription(*invoice, m_profile.language);
        const QDateTime expiresAt = m_clock.now().addDays(7);
        attempt.expiresAt = expiresAt.addMSecs(-expiresAt.time().msec());
        items.push_back(std::move(item));
    }

    Outcome outcome;
    QObject context;
    std::size_t next = 0;
    int inFlight = 0;
    std::function<void()> launch = [&] {
        const Item& item = items[next++];
        ++inFlight;
        const QUrl link =
            Workflows::PaymentRequestBuilder::invoiceLink(item.invoice, item.attempt, m_profile);
        m_vipps->orderManagement()
            .putCategory(item.attempt.reference, m_profile.orderCategory, link)
            .then(&context,
                  [&, &item = item](const Vipps::Result<Done>& category) {
                      if (!category) // the workflow would not create it either
                          return readyFuture<Vipps::Result<Vipps::CreatePaymentResponse>>(category.error());
                      return m_vipps->epayment().create(
                          Workflows::PaymentRequestBuilder::build(item.invoice, item.attempt, m_profile),
                          Workflows::idempotencyKey(QStringLiteral("create"), item.attempt.reference));
                  })
            .unwrap()
            .then(&context, [&](const Vipps::Result<Vipps::CreatePaymentResponse>& created) {
                ++(created ? outcome.sent : outcome.refused);
                --inFlight;
                if (next < items.size())
                    launch();
            });
    };
    QElapsedTimer timer;
    timer.start();
    while (next < items.size() && inFlight < concurrency)
        launch();
    waitUntil([&] { return inFlight == 0 && next >= items.size(); }, std::chrono::minutes(30));
    outcome.seconds = double(timer.nsecsElapsed()) / 1e9;
    return outcome;
}

} // namespace InvoiceDesk::Bench
