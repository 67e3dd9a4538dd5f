// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace InvoiceDesk::Sandbox {

// Maps method + path to an endpoint name and its path parameters. The names are the ones fault
// rules and the request recorder use.
class Router {
public:
    enum class Area { VippsApi, Control, Landing, Qr };
    struct Match {
        QString endpoint; // empty: no route; "!method": the path exists with another method
        Area area = Area::VippsApi;
        QStringList params;
    };

    Router();
    Match match(const QByteArray& method, const QString& path) const;

private:
    struct Route {
        QByteArray method;
        QRegularExpression pattern;
        QString endpoint;
        Area area;
    };
    void add(const char* method, const char* pattern, const char* endpoint, Area area = Area::VippsApi);

    QList<Route> m_routes;
};

} // namespace InvoiceDesk::Sandbox
