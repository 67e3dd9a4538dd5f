// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "vipps/environment.h"

#include <QLabel>

namespace InvoiceDesk::Ui {

// A coloured strip across the window that says which Vipps MobilePay environment requests go to:
// red for Production (real money), amber for Test, blue for the built-in Sandbox.
class EnvironmentBanner : public QLabel {
    Q_OBJECT

public:
    explicit EnvironmentBanner(QWidget* parent = nullptr);

    void setEnvironment(Vipps::EnvironmentKind kind, const QString& profileName);
    Vipps::EnvironmentKind environment() const { return m_kind; }

private:
    Vipps::EnvironmentKind m_kind = Vipps::EnvironmentKind::Sandbox;
};

} // namespace InvoiceDesk::Ui
