// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/error.h"

#include <QByteArray>

namespace InvoiceDesk::Vipps::ErrorParser {

// Turns an HTTP error reply into an Error. Understands every error body the four APIs send:
// ePayment problem+json (extraDetails with ErrorCode), Order Management's invalidParams, Userinfo's
// string status, Azure-style token errors and the API gateway's {statusCode, message}. An empty
// or unparsable body still gives an Error of the kind the status implies.
Error fromHttpReply(int httpStatus, const QByteArray& body);

// The kind a status implies before the body is read (400 with an error code becomes Domain).
Error::Kind kindForStatus(int httpStatus);

} // namespace InvoiceDesk::Vipps::ErrorParser
