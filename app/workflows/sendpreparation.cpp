// SPDX-License-Identifier: GPL-3.0-or-later
// The local checks of InvoiceSender: everything Vipps would refuse, said before anything is stored.
#include "workflows/actionrules.h"
#include "workflows/invoicesender.h"
#include "workflows/paymentrequestbuilder.h"

namespace InvoiceDesk::Workflows {

namespace {

// Vipps refuses an expiresAt less than ten minutes ahead (6120); keep a margin for the trip.
constexpr qint64 minimumExpirySeconds = 11 * 60;
// Without expiresAt, Vipps lets a request live for ten minutes.
constexpr qint64 defaultVippsExpirySeconds = 10 * 60;

} // namespace

WorkflowResult<PaymentAttempt> InvoiceSender::prepare(qint64 invoiceId, const SendOptions& options) const
{
    const auto invoice = m_book.invoice(invoiceId);
    if (!invoice)
        return WorkflowError::fromStorage(invoice.error());
    return prepareFor(*invoice, options);
}

WorkflowResult<PaymentAttempt> InvoiceSender::prepareFor(const Invoice& invoice,
                                                         const SendOptions& options) const
{
    const qint64 invoiceId = invoice.id;
    const auto attempts = m_book.attempts(invoiceId);
    if (!attempts)
        return WorkflowError::fromStorage(attempts.error());
    if (!attempts->isEmpty()) {
        if (const QString why = ActionRules::whyNotResend(*attempts); !why.isEmpty())
            return WorkflowError::refused(why);
    }
    if (!isSupportedCurrency(invoice.currency))
        return WorkflowError::refused(
            tr("Vipps MobilePay takes NOK, DKK or EUR, not %1.").arg(invoice.currency));
    if (invoice.currency != m_profile.currency)
        return WorkflowError::refused(tr("Invoice %1 is in %2, but this merchant takes payments in %3.")
                                          .arg(invoice.number, invoice.currency, m_profile.currency));
    const qint64 amount = invoice.total().minorUnits();
    const qint64 minimum = invoice.currency == QLatin1String("NOK") ? ActionRules::minimumAmountMinor : 1;
    if (amount < minimum)
        return WorkflowError::refused(tr("Invoice %1 is for %2, less than Vipps' smallest payment of %3.")
                                          .arg(invoice.number, invoice.total().toDisplayString(),
                                               Money(minimum, invoice.currency).toDisplayString()));

    PaymentAttempt draft;
    draft.invoiceId = invoiceId;
    draft.flow = options.flow;
    draft.learnPhone = options.learnPhone && options.flow != PaymentFlow::Push;
    draft.amountMinor = amount;
    draft.currency = invoice.currency;
    draft.createdAt = m_clock.now();
    draft.description = options.description.trimmed().isEmpty()
                            ? PaymentRequestBuilder::defaultDescription(invoice, m_profile.language)
                            : options.description.trimmed();
    const auto length = draft.description.size();
    if (length < PaymentRequestBuilder::minimumDescriptionLength ||
        length > PaymentRequestBuilder::maximumDescriptionLength)
        return WorkflowError::refused(
            tr("The description must be 3 to 100 characters long; it is %1.").arg(length));

    if (options.flow == PaymentFlow::Push) {
        const auto customer = m_book.customer(invoice.customerId);
        if (!customer)
            return WorkflowError::fromStorage(customer.error());
        if (!customer->phone.isValid())
            return WorkflowError::refused(
                tr("%1 has no mobile number. Send a link or QR code instead, and ask "
                   "Vipps to share the number.")
                    .arg(customer->name));
        if (!customer->consent)
            return WorkflowError::refused(tr("%1 has not agreed to receive payment requests in Vipps. Record "
                                             "their consent first, or send a link or QR code.")
                                              .arg(customer->name));
        draft.phoneMsisdn = customer->phone.msisdn();
    }

    const QDateTime now = m_clock.now();
    if (options.flow == PaymentFlow::Link) {
        if (options.expiresAt)
            return WorkflowError::refused(
                tr("A one-time link always expires after ten minutes; it cannot be "
                   "given another expiry. Use a QR code or a push request for that."));
        draft.expiresAt = now.addSecs(defaultVippsExpirySeconds);
    } else {
        const QDateTime expiresAt =
            options.expiresAt.value_or(now.addSecs(std::chrono::seconds(m_profile.defaultExpiry).count()));
        const QDateTime latest = now.addSecs(std::chrono::seconds(m_profile.maximumExpiry).count());
        if (expiresAt < now.addSecs(minimumExpirySeconds))
            return WorkflowError::refused(tr("The request must be open for more than ten minutes."));
        if (expiresAt > latest)
            return WorkflowError::refused(
                tr("Vipps lets this merchant keep a request open until %1 at the latest (%2 days).")
                    .arg(QLocale().toString(latest.toLocalTime(), QLocale::ShortFormat))
                    .arg(std::chrono::duration_cast<std::chrono::days>(m_profile.maximumExpiry).count()));
        // Vipps takes whole seconds; store exactly what is sent.
        draft.expiresAt = expiresAt.addMSecs(-expiresAt.time().msec());
    }
    return draft;
}

} // namespace InvoiceDesk::Workflows
