// SPDX-License-Identifier: GPL-3.0-or-later
// libFuzzer target: every parser of a Vipps reply on arbitrary bytes. A reply that is not what the
// API promises must come back as an Error, never as a crash or a half-read value; an error reply of
// any shape must still give an Error of the kind its status implies.
#include "vipps/accesstoken.h"
#include "vipps/errorparser.h"
#include "vipps/jsonreader.h"
#include "vipps/paymentdetails.h"
#include "vipps/userinfoapi.h"

#include <QDateTime>
#include <QTimeZone>

#include <cstddef>
#include <cstdint>

using namespace InvoiceDesk::Vipps;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QDateTime now(QDate(2026, 1, 15), QTime(9, 0), QTimeZone::utc());

    if (const auto details = PaymentDetails::fromReply(body))
        (void)details->toJson();
    if (const auto events = PaymentEvent::listFromReply(body)) {
        for (const PaymentEvent& event : *events)
            (void)event.toJson();
    }
    if (const auto modification = ModificationResult::fromReply(body))
        (void)modification->toJson();
    (void)AccessToken::fromReply(body, now);
    (void)UserInfo::fromReply(body);
    (void)JsonReader::parseObject(body);
    (void)JsonReader::parseArray(body);

    for (const int status : {400, 401, 403, 404, 409, 422, 429, 500, 503}) {
        const Error error = ErrorParser::fromHttpReply(status, body);
        (void)error.message();
    }
    return 0;
}
