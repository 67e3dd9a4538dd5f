// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/errormessages.h"

#include <QCoreApplication>

namespace InvoiceDesk::Vipps::ErrorMessages {

namespace {

#define ID_MSG(text) QT_TRANSLATE_NOOP("InvoiceDesk::Vipps::ErrorMessages", text)

struct CodeText {
    int code;
    const char* text;
};

// One entry per code InvoiceDesk can meet when it creates, watches, captures, cancels or refunds.
constexpr CodeText codeTexts[] = {
    {3010, ID_MSG("Vipps MobilePay had an internal error. Try again later with the same request.")},
    {4010, ID_MSG("A capture with this request key was already sent with a different amount. Check the "
                  "payment's captured amount before capturing again.")},
    {4020, ID_MSG("This request key was already used for another operation. Send the operation again as a "
                  "new action.")},
    {4040, ID_MSG("The amount is not valid. Enter a whole amount in øre/cents within the allowed range.")},
    {4050, ID_MSG("The customer token is not valid.")},
    {4060, ID_MSG("The personal QR code is not valid.")},
    {4070, ID_MSG("The phone number is not valid. Use the country code and number, digits only, for "
                  "example 4791234567.")},
    {4080, ID_MSG("The requested profile information (scope) is not valid. Ask only for name, address, "
                  "email, phoneNumber or birthDate.")},
    {4090, ID_MSG("An address (URL) in the request is not valid. Use an https:// address.")},
    {4100, ID_MSG("Too much metadata was attached to the payment (at most five entries).")},
    {4110, ID_MSG("The payment metadata contains the same key twice.")},
    {4120, ID_MSG("A metadata key is too long (at most 100 characters).")},
    {4130, ID_MSG("A metadata value is too long (at most 500 characters).")},
    {4140, ID_MSG("A required field is missing from the request. See the field list.")},
    {4150, ID_MSG("This payment reference already exists, or a refund with this request key was sent "
                  "with a different amount. Use a new reference for a new payment, and check the refunded "
                  "amount before refunding again.")},
    {4160, ID_MSG("The payment method is not valid for this request.")},
    {5010, ID_MSG("Blocking payment sources is not possible for this merchant.")},
    {5020, ID_MSG("Express payments are not allowed for this sales unit.")},
    {5030, ID_MSG("The sales unit may not ask for this profile information. Remove the scope or ask "
                  "Vipps MobilePay for access.")},
    {5040, ID_MSG("The currency does not match the sales unit's market. Use the sales unit's currency.")},
    {5050, ID_MSG("This sales unit may not create long-living payments (an expiry date). Send without an "
                  "expiry date, or ask Vipps MobilePay for access.")},
    {5060, ID_MSG("The merchant's bank account is not verified yet. Contact Vipps MobilePay.")},
    {5070, ID_MSG("Vipps MobilePay could not create the payment. Try again with a new reference; if it "
                  "keeps happening, contact Vipps MobilePay.")},
    {5080, ID_MSG("This sales unit may not send payment requests straight to a phone (push). Use a link or "
                  "QR code instead, or ask Vipps MobilePay to allow push.")},
    {5090, ID_MSG("Vipps MobilePay does not know this payment reference for this merchant.")},
    {5100, ID_MSG("The payment cannot be refunded.")},
    {6010, ID_MSG("The amount is too small. The smallest amount is 1 krone (100 øre).")},
    {6020, ID_MSG("Nothing can be refunded before the customer has approved the payment.")},
    {6030, ID_MSG("The payment can no longer be cancelled: the cancel period has expired.")},
    {6040, ID_MSG("A captured payment cannot be cancelled. Refund it instead.")},
    {6050, ID_MSG("The payment cannot be cancelled because no money is reserved.")},
    {6060, ID_MSG("The customer has already approved the payment, so it was not cancelled. Capture it, or "
                  "cancel it again without 'only if not approved'.")},
    {6070, ID_MSG("The payment is cancelled and cannot be captured.")},
    {6080, ID_MSG("The payment cannot be captured before the customer has approved it. Wait for approval.")},
    {6090, ID_MSG("The capture amount is higher than what is left to capture. Check the captured amount.")},
    {6100, ID_MSG("The capture period has expired; the reservation is gone. Ask the customer to pay again.")},
    {6110, ID_MSG("The expiry date is too far in the future. Choose an earlier due date.")},
    {6120, ID_MSG("The expiry date is too soon. It must be more than ten minutes from now.")},
    {6130, ID_MSG("A payment with an expiry date must include a receipt (order lines).")},
    {6140, ID_MSG("This sales unit must capture the full amount at once.")},
    {6150, ID_MSG("The refund is higher than what was captured and not yet refunded.")},
    {6160, ID_MSG("Vipps MobilePay is still processing another operation on this payment. Try again in a "
                  "moment.")},
    {6170, ID_MSG("The payment is already captured.")},
    {6180, ID_MSG("The payment is already refunded.")},
    {6190, ID_MSG("The payment cannot be cancelled in its current state.")},
    {6200, ID_MSG("The payment cannot be captured in its current state.")},
    {6210, ID_MSG("The payment cannot be refunded in its current state.")},
    {6220, ID_MSG("The refund period has expired. Settle the amount with the customer another way.")},
    {6230, ID_MSG("The payment is already approved by the customer.")},
    {6250, ID_MSG("The customer is approving the payment right now, so it cannot be cancelled. Check the "
                  "status again shortly.")},
    {6260, ID_MSG("The reserved funds are no longer available, so the payment could not be captured. Ask "
                  "the customer to pay again.")},
    {6280, ID_MSG("The capture failed for now. Try again later; it is safe to repeat.")},
    {7010, ID_MSG("Vipps MobilePay could not find a customer who can pay this request (unknown number, a "
                  "user who cannot pay businesses, or under the age limit). Use another way to get paid.")},
    {10010, ID_MSG("Test approval failed.")},
    {10020, ID_MSG("Test approval is not allowed for this payment.")},
    {10030, ID_MSG("The test user must first approve one payment manually in the test app.")},
    {10040, ID_MSG("The test user's payment source is not valid.")},
    {10050, ID_MSG("The test user has no cards. Create a new test user.")},
    {10060, ID_MSG("This operation is not supported in the test environment.")},
    {10070, ID_MSG("The test user's payment limit is exceeded.")},
};

#undef ID_MSG

} // namespace

QString forCode(int code)
{
    for (const CodeText& entry : codeTexts) {
        if (entry.code == code)
            return QCoreApplication::translate("InvoiceDesk::Vipps::ErrorMessages", entry.text);
    }
    return {};
}

} // namespace InvoiceDesk::Vipps::ErrorMessages
