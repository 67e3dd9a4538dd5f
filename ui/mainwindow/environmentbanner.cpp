// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow/environmentbanner.h"

namespace InvoiceDesk::Ui {

EnvironmentBanner::EnvironmentBanner(QWidget* parent)
    : QLabel(parent)
{
    setAlignment(Qt::AlignCenter);
    setMargin(4);
    setEnvironment(Vipps::EnvironmentKind::Sandbox, {});
}

void EnvironmentBanner::setEnvironment(Vipps::EnvironmentKind kind, const QString& profileName)
{
    m_kind = kind;
    QString text;
    QString colours;
    switch (kind) {
    case Vipps::EnvironmentKind::Production:
        text = tr("PRODUCTION — real money: requests go to customers and payments are real");
        colours = QStringLiteral("background: #b71c1c; color: white;");
        break;
    case Vipps::EnvironmentKind::Test:
        text = tr("Test environment — Vipps MobilePay's test system, no real money");
        colours = QStringLiteral("background: #ffb300; color: black;");
        break;
    case Vipps::EnvironmentKind::Sandbox:
        text = tr("Sandbox — simulated on this computer; no request leaves it and no money moves");
        colours = QStringLiteral("background: #1565c0; color: white;");
        break;
    case Vipps::EnvironmentKind::Custom:
        text = tr("Custom server — for diagnostics only");
        colours = QStringLiteral("background: #6a1b9a; color: white;");
        break;
    }
    if (!profileName.isEmpty())
        text = tr("%1 · merchant profile “%2”").arg(text, profileName);
    setText(text);
    setAccessibleName(text);
    setStyleSheet(QStringLiteral("QLabel { %1 font-weight: bold; }").arg(colours));
}

} // namespace InvoiceDesk::Ui
