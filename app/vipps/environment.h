// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUrl>

#include <optional>

namespace InvoiceDesk::Vipps {

// Where requests go. Sandbox is the built-in simulator (the default: it needs no credentials);
// Custom is an explicit base URL for tests and diagnostics.
enum class EnvironmentKind { Sandbox, Test, Production, Custom };

class Environment {
public:
    static Environment sandbox(QUrl baseUrl);
    static Environment test();
    static Environment production();
    static Environment custom(QUrl baseUrl);

    EnvironmentKind kind() const { return m_kind; }
    const QUrl& baseUrl() const { return m_baseUrl; }

    // Force-approve and other test-only operations exist only here.
    bool allowsTestOperations() const;
    // Order Management is not offered in Vipps' test environment.
    bool offersOrderManagement() const;
    // HTTPS everywhere except loopback hosts; an empty string means the URL is acceptable.
    static QString whyUnsafe(const QUrl& baseUrl);

    // Stable names for settings and keychain namespaces: "sandbox", "test", "production", "custom".
    static QString keyOf(EnvironmentKind kind);
    static std::optional<EnvironmentKind> kindFromKey(const QString& key);

private:
    Environment(EnvironmentKind kind, QUrl baseUrl);

    EnvironmentKind m_kind;
    QUrl m_baseUrl;
};

} // namespace InvoiceDesk::Vipps
