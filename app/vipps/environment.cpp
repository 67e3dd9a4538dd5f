// SPDX-License-Identifier: GPL-3.0-or-later
#include "vipps/environment.h"

#include <QCoreApplication>
#include <QHostAddress>

namespace InvoiceDesk::Vipps {

Environment::Environment(EnvironmentKind kind, QUrl baseUrl)
    : m_kind(kind)
    , m_baseUrl(std::move(baseUrl))
{}

Environment Environment::sandbox(QUrl baseUrl)
{
    return {EnvironmentKind::Sandbox, std::move(baseUrl)};
}

Environment Environment::test()
{
    return {EnvironmentKind::Test, QUrl(QStringLiteral("https://apitest.vipps.no"))};
}

Environment Environment::production()
{
    return {EnvironmentKind::Production, QUrl(QStringLiteral("https://api.vipps.no"))};
}

Environment Environment::custom(QUrl baseUrl)
{
    return {EnvironmentKind::Custom, std::move(baseUrl)};
}

bool Environment::allowsTestOperations() const
{
    switch (m_kind) {
    case EnvironmentKind::Sandbox:
    case EnvironmentKind::Test:
    case EnvironmentKind::Custom:
        return true;
    case EnvironmentKind::Production:
        return false;
    }
    return false;
}

bool Environment::offersOrderManagement() const
{
    switch (m_kind) {
    case EnvironmentKind::Test:
        return false;
    case EnvironmentKind::Sandbox:
    case EnvironmentKind::Production:
    case EnvironmentKind::Custom:
        return true;
    }
    return true;
}

QString Environment::whyUnsafe(const QUrl& baseUrl)
{
    if (!baseUrl.isValid() || baseUrl.host().isEmpty())
        return QCoreApplication::translate("Vipps::Environment", "The address “%1” is not a valid URL.")
            .arg(baseUrl.toString());
    if (baseUrl.scheme() == QLatin1String("https"))
        return {};
    const QString host = baseUrl.host();
    const bool loopback = host == QLatin1String("localhost") || QHostAddress(host).isLoopback();
    if (baseUrl.scheme() == QLatin1String("http") && loopback)
        return {};
    return QCoreApplication::translate("Vipps::Environment",
                                       "The address “%1” does not use HTTPS. Only a local simulator on "
                                       "this computer may be reached without encryption.")
        .arg(baseUrl.toString());
}

QString Environment::keyOf(EnvironmentKind kind)
{
    switch (kind) {
    case EnvironmentKind::Sandbox:
        return QStringLiteral("sandbox");
    case EnvironmentKind::Test:
        return QStringLiteral("test");
    case EnvironmentKind::Production:
        return QStringLiteral("production");
    case EnvironmentKind::Custom:
        return QStringLiteral("custom");
    }
    return {};
}

std::optional<EnvironmentKind> Environment::kindFromKey(const QString& key)
{
    for (auto kind : {EnvironmentKind::Sandbox, EnvironmentKind::Test, EnvironmentKind::Production,
                      EnvironmentKind::Custom}) {
        if (keyOf(kind) == key)
            return kind;
    }
    return std::nullopt;
}

} // namespace InvoiceDesk::Vipps
