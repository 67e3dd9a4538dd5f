// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/landingpage.h"

#include "sandbox/qrimage.h"

#include <QUrlQuery>

#include <algorithm>

namespace InvoiceDesk::Sandbox {

namespace {
QString formatAmount(qint64 minor, const QString& currency)
{
    return QStringLiteral("%1.%2 %3")
        .arg(minor / 100)
        .arg(minor % 100, 2, 10, QLatin1Char('0'))
        .arg(currency);
}
} // namespace

LandingPage::LandingPage(PaymentBook& book)
    : m_book(book)
{}

QString LandingPage::page(const QString& title, const QString& content)
{
    return QStringLiteral("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>%1</title>"
                          "<style>body{font-family:sans-serif;max-width:28em;margin:3em auto}"
                          "button{padding:.6em 1.2em;margin-right:1em}</style></head>"
                          "<body><h1>%1</h1>%2<p><small>InvoiceDesk sandbox: no real money moves.</small></p>"
                          "</body></html>")
        .arg(title.toHtmlEscaped(), content);
}

HttpResponse LandingPage::show(const HttpRequest& request)
{
    const QString token = request.query.queryItemValue(QStringLiteral("token"));
    const auto payment = m_book.findByToken(token);
    if (!payment)
        return HttpResponse::html(404, page(QStringLiteral("Payment not found"),
                                            QStringLiteral("<p>This payment link is not valid.</p>")));
    if (payment->state != QStringLiteral("CREATED"))
        return HttpResponse::html(200,
                                  page(QStringLiteral("Payment %1").arg(payment->state.toLower()),
                                       QStringLiteral("<p>This payment can no longer be approved.</p>")));
    QString consent;
    if (!payment->scope.isEmpty())
        consent =
            QStringLiteral("<p><label><input type=\"checkbox\" name=\"shareProfile\" value=\"true\" checked> "
                           "Share %1 with the merchant</label></p>")
                .arg(payment->scope.toHtmlEscaped());
    const QString form =
        QStringLiteral(
            "<p>%1</p><p><strong>%2</strong></p>"
            "<form method=\"post\" action=\"/landing\">"
            "<input type=\"hidden\" name=\"token\" value=\"%3\">"
            "<p><label>Phone number <input name=\"phoneNumber\" value=\"%4\" inputmode=\"numeric\" "
            "pattern=\"\\d{10,15}\" required></label></p>%5"
            "<p><button name=\"action\" value=\"approve\">Approve</button>"
            "<button name=\"action\" value=\"reject\" formnovalidate>Reject</button></p></form>")
            .arg(payment->description.toHtmlEscaped(), formatAmount(payment->amount, payment->currency),
                 token, payment->phone.toHtmlEscaped(), consent);
    return HttpResponse::html(200, page(QStringLiteral("Pay with Vipps MobilePay"), form));
}

HttpResponse LandingPage::submit(const HttpRequest& request)
{
    const QUrlQuery form(QString::fromUtf8(request.body).replace(QLatin1Char('+'), QLatin1Char(' ')));
    const QString token = form.queryItemValue(QStringLiteral("token"), QUrl::FullyDecoded);
    const QString action = form.queryItemValue(QStringLiteral("action"));
    const QString phone = form.queryItemValue(QStringLiteral("phoneNumber"), QUrl::FullyDecoded).trimmed();
    const bool share = form.queryItemValue(QStringLiteral("shareProfile")) == QStringLiteral("true");
    const auto payment = m_book.findByToken(token);
    if (!payment)
        return HttpResponse::html(404, page(QStringLiteral("Payment not found"),
                                            QStringLiteral("<p>This payment link is not valid.</p>")));
    const auto result = action == QStringLiteral("reject")
                            ? m_book.reject(payment->msn, payment->reference)
                            : m_book.approve(payment->msn, payment->reference, phone, share);
    if (!result)
        return HttpResponse::html(
            400, page(QStringLiteral("Could not complete the payment"),
                      QStringLiteral("<p>%1</p><p><a href=\"/landing?token=%2\">Try again</a></p>")
                          .arg(result.error().toHtmlEscaped(), token)));
    const auto after = m_book.findByToken(token);
    QString content =
        QStringLiteral("<p>The payment is now <strong id=\"state\">%1</strong>.</p>").arg(after->state);
    if (!after->returnUrl.isEmpty())
        content += QStringLiteral("<p><a href=\"%1\">Back to the merchant</a></p>")
                       .arg(after->returnUrl.toHtmlEscaped());
    return HttpResponse::html(200, page(QStringLiteral("Done"), content));
}

HttpResponse LandingPage::qr(const QString& token, const QString& format, const HttpRequest& request,
                             const QString& baseUrl)
{
    const auto payment = m_book.findByToken(token);
    if (!payment)
        return HttpResponse::empty(404);
    const QString target = baseUrl + QStringLiteral("/landing?token=") + token;
    if (format == QStringLiteral("svg"))
        return HttpResponse::bytes(200, "image/svg+xml", QrImage::svg(target));
    const QString sizeText = request.query.queryItemValue(QStringLiteral("size"));
    const int size = sizeText.isEmpty() ? 1024 : std::clamp(sizeText.toInt(), 100, 2000);
    return HttpResponse::bytes(200, "image/png", QrImage::png(target, size));
}

} // namespace InvoiceDesk::Sandbox
