// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/paymentlabels.h"

#include <QCoreApplication>

namespace InvoiceDesk::Ui {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("InvoiceDesk::Ui", text);
}
} // namespace

QString vippsStateDisplayName(VippsState state)
{
    switch (state) {
    case VippsState::Unknown:
        return tr("Being sent");
    case VippsState::Created:
        return tr("Waiting for the customer");
    case VippsState::Authorized:
        return tr("Approved by the customer");
    case VippsState::Aborted:
        return tr("Declined by the customer");
    case VippsState::Expired:
        return tr("Expired");
    case VippsState::Terminated:
        return tr("Cancelled");
    }
    return {};
}

QString paymentFlowDisplayName(PaymentFlow flow)
{
    switch (flow) {
    case PaymentFlow::Push:
        return tr("Push to phone");
    case PaymentFlow::Link:
        return tr("Payment link");
    case PaymentFlow::Qr:
        return tr("QR code");
    }
    return {};
}

} // namespace InvoiceDesk::Ui
