// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "invoices/paymentattempt.h"

#include <QDialog>

class QLabel;
class QNetworkAccessManager;

namespace InvoiceDesk::Ui {

// The QR code of a QR payment request, as Vipps MobilePay drew it, for staff to show on a screen or
// print, with the link beside it and when it stops working.
class QrDialog : public QDialog {
    Q_OBJECT

public:
    QrDialog(QNetworkAccessManager& network, const PaymentAttempt& attempt, QWidget* parent = nullptr);

    bool hasImage() const;

Q_SIGNALS:
    void imageLoaded(bool ok);

private:
    QLabel* m_image;
};

} // namespace InvoiceDesk::Ui
