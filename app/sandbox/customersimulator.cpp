// SPDX-License-Identifier: GPL-3.0-or-later
#include "sandbox/customersimulator.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QUuid>

namespace InvoiceDesk::Sandbox {

namespace {
const QString kSubKind = QStringLiteral("sub");
const QString kConsentKind = QStringLiteral("consent");

SimulatedUser user(const char* msisdn, const char* given, const char* family, const char* email,
                   const char* birth, const char* street, const char* postal, const char* region,
                   const char* country, const char* nin)
{
    return {QLatin1String(msisdn), QString::fromUtf8(given),  QString::fromUtf8(family),
            QLatin1String(email),  QLatin1String(birth),      QString::fromUtf8(street),
            QLatin1String(postal), QString::fromUtf8(region), QLatin1String(country),
            QLatin1String(nin)};
}
} // namespace

CustomerSimulator::CustomerSimulator(SandboxStore& store)
    : m_store(store)
{
    // The demo directory. Every other number is "not a Vipps user" (7010).
    m_users = {
        user("4791234567", "Kari", "Nordmann", "kari.nordmann@example.com", "1985-04-12", "Storgata 1",
             "0155", "Oslo", "NO", "12048512345"),
        user("4748123456", "Ola", "Nordmann", "ola.nordmann@example.com", "1979-11-02", "Kongens gate 5",
             "7011", "Trondheim", "NO", "02117912345"),
        user("4790000001", "Ingrid", "Hansen", "ingrid.hansen@example.com", "1992-06-30", "Bryggen 3", "5003",
             "Bergen", "NO", "30069212345"),
        user("4790000002", "Per", "Johansen", "per.johansen@example.com", "1968-01-20", "Torget 7", "9008",
             "Tromsø", "NO", "20016812345"),
        user("4512345678", "Mette", "Jensen", "mette.jensen@example.com", "1988-03-15", "Strøget 10", "1160",
             "København", "DK", "1503881234"),
        user("358401234567", "Aino", "Virtanen", "aino.virtanen@example.com", "1990-09-09",
             "Mannerheimintie 2", "00100", "Helsinki", "FI", "090990-123A"),
    };
    for (const QJsonObject& json : m_store.all(kSubKind))
        m_subs.insert(json.value(QStringLiteral("key")).toString(),
                      json.value(QStringLiteral("sub")).toString());
    for (const QJsonObject& json : m_store.all(kConsentKind)) {
        Consent consent;
        consent.sub = json.value(QStringLiteral("sub")).toString();
        consent.msn = json.value(QStringLiteral("msn")).toString();
        consent.msisdn = json.value(QStringLiteral("msisdn")).toString();
        for (const auto& scope : json.value(QStringLiteral("scopes")).toArray())
            consent.scopes.append(scope.toString());
        consent.consentedAt =
            QDateTime::fromString(json.value(QStringLiteral("consentedAt")).toString(), Qt::ISODateWithMs);
        m_consents.insert(consent.sub, consent);
    }
}

std::optional<SimulatedUser> CustomerSimulator::find(const QString& msisdn) const
{
    for (const auto& candidate : m_users) {
        if (candidate.msisdn == msisdn)
            return candidate;
    }
    return std::nullopt;
}

QString CustomerSimulator::subFor(const QString& msn, const QString& msisdn)
{
    const QString key = msn + QLatin1Char('/') + msisdn;
    auto it = m_subs.constFind(key);
    if (it != m_subs.cend())
        return *it;
    const QString sub = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m_subs.insert(key, sub);
    m_store.put(kSubKind, key, {{QStringLiteral("key"), key}, {QStringLiteral("sub"), sub}});
    return sub;
}

void CustomerSimulator::recordConsent(const QString& sub, const QString& msn, const QString& msisdn,
                                      const QStringList& scopes, const QDateTime& at)
{
    Consent consent = m_consents.value(sub, Consent{sub, msn, msisdn, {}, at});
    for (const QString& scope : scopes) {
        if (!consent.scopes.contains(scope))
            consent.scopes.append(scope);
    }
    consent.consentedAt = at;
    m_consents.insert(sub, consent);
    m_store.put(kConsentKind, sub,
                {{QStringLiteral("sub"), sub},
                 {QStringLiteral("msn"), msn},
                 {QStringLiteral("msisdn"), msisdn},
                 {QStringLiteral("scopes"), QJsonArray::fromStringList(consent.scopes)},
                 {QStringLiteral("consentedAt"), at.toUTC().toString(Qt::ISODateWithMs)}});
}

std::optional<CustomerSimulator::Consent> CustomerSimulator::consent(const QString& sub) const
{
    const auto it = m_consents.constFind(sub);
    return it == m_consents.cend() ? std::nullopt : std::optional<Consent>(*it);
}

} // namespace InvoiceDesk::Sandbox
