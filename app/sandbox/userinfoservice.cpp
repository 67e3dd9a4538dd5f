// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/userinfoservice.h"

#include "sandbox/problem.h"

namespace InvoiceDesk::Sandbox {

namespace {
constexpr qint64 accessWindowSeconds = 168 * 3600;
}

UserinfoService::UserinfoService(const Clock& clock, const CustomerSimulator& customers)
    : m_clock(clock)
    , m_customers(customers)
{}

HttpResponse UserinfoService::userinfo(const HttpRequest& request, const MerchantSettings& merchant,
                                       const QString& sub) const
{
    const auto consent = m_customers.consent(sub);
    if (!consent || consent->msn != merchant.msn())
        return Problem::userinfo(404, QStringLiteral("not_found"), QStringLiteral("No user with this sub."),
                                 request.path);
    const auto user = m_customers.find(consent->msisdn);
    if (!user)
        return Problem::userinfo(404, QStringLiteral("not_found"), QStringLiteral("No user with this sub."),
                                 request.path);

    const bool expired = consent->consentedAt.secsTo(m_clock.now()) >= accessWindowSeconds;
    const auto value = [expired](const QString& text) -> QJsonValue {
        return expired ? QStringLiteral("[Expired]") : text;
    };
    QJsonObject body{{QStringLiteral("sub"), sub}};
    const QStringList& scopes = consent->scopes;
    if (scopes.contains(QStringLiteral("name"))) {
        body.insert(QStringLiteral("name"), value(user->name()));
        body.insert(QStringLiteral("given_name"), value(user->givenName));
        body.insert(QStringLiteral("family_name"), value(user->familyName));
    }
    if (scopes.contains(QStringLiteral("email"))) {
        body.insert(QStringLiteral("email"), value(user->email));
        body.insert(QStringLiteral("email_verified"), !expired);
    }
    if (scopes.contains(QStringLiteral("phoneNumber"))) {
        body.insert(QStringLiteral("phone_number"), value(user->msisdn));
        body.insert(QStringLiteral("phone_number_verified"), !expired);
    }
    if (scopes.contains(QStringLiteral("birthDate")))
        body.insert(QStringLiteral("birthdate"), value(user->birthDate));
    if (scopes.contains(QStringLiteral("nin")))
        body.insert(QStringLiteral("nin"), value(user->nin));
    if (scopes.contains(QStringLiteral("address"))) {
        const QString formatted = user->streetAddress + QLatin1Char('\n') + user->postalCode +
                                  QLatin1Char(' ') + user->region + QLatin1Char('\n') + user->country;
        body.insert(QStringLiteral("address"),
                    QJsonObject{{QStringLiteral("address_type"), QStringLiteral("home")},
                                {QStringLiteral("country"), value(user->country)},
                                {QStringLiteral("formatted"), value(formatted)},
                                {QStringLiteral("postal_code"), value(user->postalCode)},
                                {QStringLiteral("region"), value(user->region)},
                                {QStringLiteral("street_address"), value(user->streetAddress)},
                                {QStringLiteral("default"), true}});
    }
    return HttpResponse::json(200, body, "application/json;charset=UTF-8");
}

} // namespace InvoiceDesk::Sandbox
