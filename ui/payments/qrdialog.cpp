// SPDX-License-Identifier: GPL-3.0-or-later
#include "payments/qrdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QPixmap>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

QrDialog::QrDialog(QNetworkAccessManager& network, const PaymentAttempt& attempt, QWidget* parent)
    : QDialog(parent)
    , m_image(new QLabel(tr("Loading the QR code…"), this))
{
    setWindowTitle(tr("QR code for %1").arg(attempt.reference));
    m_image->setAlignment(Qt::AlignCenter);
    m_image->setMinimumSize(320, 320);
    m_image->setAccessibleName(tr("QR code"));
    auto* link = new QLabel(
        QStringLiteral("<a href=\"%1\">%1</a>").arg(attempt.redirectUrl.toString().toHtmlEscaped()), this);
    link->setTextInteractionFlags(Qt::TextBrowserInteraction);
    link->setOpenExternalLinks(true);
    link->setWordWrap(true);
    const QString expiry =
        attempt.expiresAt.isValid()
            ? tr("The customer can pay until %1.")
                  .arg(QLocale().toString(attempt.expiresAt.toLocalTime(), QLocale::ShortFormat))
            : tr("The code works for a short time only.");
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_image);
    layout->addWidget(link);
    layout->addWidget(new QLabel(expiry, this));
    layout->addWidget(buttons);

    QNetworkRequest request(attempt.redirectUrl);
    request.setTransferTimeout(15000);
    QNetworkReply* reply = network.get(request);
    reply->setParent(this); // closing the dialog aborts the download
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        QPixmap picture;
        const bool ok = reply->error() == QNetworkReply::NoError && picture.loadFromData(reply->readAll());
        if (ok)
            m_image->setPixmap(picture.scaled(320, 320, Qt::KeepAspectRatio, Qt::SmoothTransformation));
        else
            m_image->setText(tr("The QR code could not be loaded: %1").arg(reply->errorString()));
        Q_EMIT imageLoaded(ok);
    });
}

bool QrDialog::hasImage() const
{
    return !m_image->pixmap().isNull();
}

} // namespace InvoiceDesk::Ui
