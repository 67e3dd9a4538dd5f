// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/expected.h"
#include "vipps/error.h"

namespace InvoiceDesk::Vipps {

using InvoiceDesk::Done;

template<class T>
using Result = Expected<T, Error>;

} // namespace InvoiceDesk::Vipps
