// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "profiles/profilefield.h"
#include "vipps/merchantkeys.h"
#include "workflows/merchantprofile.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace InvoiceDesk::Ui {

// The fields of one merchant profile and its keys. A red banner says so whenever the profile
// points at Vipps' production environment; each validation problem is shown under its field.
class ProfileEditor : public QWidget {
    Q_OBJECT
public:
    explicit ProfileEditor(QWidget* parent = nullptr);

    void setProfile(const Workflows::MerchantProfile& profile, const Vipps::MerchantKeys& keys);
    // The keys only, once they came from the keychain; leaves the profile fields alone.
    void setKeys(const Vipps::MerchantKeys& keys);
    Workflows::MerchantProfile profile() const;
    Vipps::MerchantKeys keys() const;

    void showProblems(const QList<Profiles::ProfileProblem>& problems);

Q_SIGNALS:
    void profileEdited();
    void keysEdited();

private:
    QLineEdit* addLine(const QString& label, const QString& objectName, Profiles::ProfileField field);
    QLineEdit* addSecret(const QString& label, const QString& objectName);
    void addProblemRow(Profiles::ProfileField field);
    void updateEnvironment();

    QFormLayout* m_form = nullptr;
    QLabel* m_productionBanner = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_environment = nullptr;
    QLineEdit* m_customBaseUrl = nullptr;
    QLineEdit* m_msn = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLineEdit* m_clientSecret = nullptr;
    QLineEdit* m_subscriptionKey = nullptr;
    QLineEdit* m_systemName = nullptr;
    QLineEdit* m_linkTemplate = nullptr;
    QLineEdit* m_returnUrl = nullptr;
    QLineEdit* m_referencePrefix = nullptr;
    QSpinBox* m_defaultExpiry = nullptr;
    QSpinBox* m_maximumExpiry = nullptr;
    QCheckBox* m_capture = nullptr;
    QHash<Profiles::ProfileField, QLabel*> m_problems;
    // What the form does not show, kept as it came in.
    Workflows::MerchantProfile m_base;
    bool m_loading = false;
};

} // namespace InvoiceDesk::Ui
