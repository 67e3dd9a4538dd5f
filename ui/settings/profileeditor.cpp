// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/profileeditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

namespace {

constexpr int HoursPerDay = 24;

} // namespace

ProfileEditor::ProfileEditor(QWidget* parent)
    : QWidget(parent)
{
    m_productionBanner = new QLabel(tr("Production: real money"), this);
    m_productionBanner->setObjectName(QStringLiteral("productionBanner"));
    m_productionBanner->setAlignment(Qt::AlignCenter);
    m_productionBanner->setStyleSheet(
        QStringLiteral("background-color: #c62828; color: white; font-weight: bold; padding: 6px;"));
    m_productionBanner->hide();

    m_form = new QFormLayout;
    m_name = addLine(tr("&Name:"), QStringLiteral("name"), Profiles::ProfileField::Name);

    m_environment = new QComboBox(this);
    m_environment->setObjectName(QStringLiteral("environment"));
    m_environment->addItem(tr("Sandbox (simulator on this computer)"), int(Vipps::EnvironmentKind::Sandbox));
    m_environment->addItem(tr("Test (apitest.vipps.no)"), int(Vipps::EnvironmentKind::Test));
    m_environment->addItem(tr("Production (api.vipps.no)"), int(Vipps::EnvironmentKind::Production));
    m_environment->addItem(tr("Custom address"), int(Vipps::EnvironmentKind::Custom));
    m_form->addRow(tr("&Environment:"), m_environment);
    addProblemRow(Profiles::ProfileField::Environment);
    m_customBaseUrl =
        addLine(tr("&Address:"), QStringLiteral("customBaseUrl"), Profiles::ProfileField::CustomBaseUrl);

    m_msn = addLine(tr("&MSN:"), QStringLiteral("merchantSerialNumber"),
                    Profiles::ProfileField::MerchantSerialNumber);
    m_msn->setToolTip(tr("The merchant serial number of the sales unit, from the Vipps MobilePay portal."));
    m_clientId = addSecret(tr("Client &id:"), QStringLiteral("clientId"));
    m_clientId->setEchoMode(QLineEdit::Normal); // not secret, but stored with the secrets
    m_clientSecret = addSecret(tr("Client &secret:"), QStringLiteral("clientSecret"));
    m_subscriptionKey = addSecret(tr("Su&bscription key:"), QStringLiteral("subscriptionKey"));
    m_systemName =
        addLine(tr("S&ystem name:"), QStringLiteral("systemName"), Profiles::ProfileField::SystemName);
    m_linkTemplate = addLine(tr("Invoice &link:"), QStringLiteral("invoiceLinkTemplate"),
                             Profiles::ProfileField::InvoiceLinkTemplate);
    m_linkTemplate->setToolTip(
        tr("{number} is replaced by the invoice number, {reference} by the payment reference."));
    m_returnUrl =
        addLine(tr("&Return address:"), QStringLiteral("returnUrl"), Profiles::ProfileField::ReturnUrl);
    m_referencePrefix = addLine(tr("Reference &prefix:"), QStringLiteral("referencePrefix"),
                                Profiles::ProfileField::ReferencePrefix);

    const auto addDays = [this](const QString& label, const QString& objectName,
                                Profiles::ProfileField field) {
        auto* days = new QSpinBox(this);
        days->setObjectName(objectName);
        days->setRange(1, 60);
        days->setSuffix(tr(" days"));
        m_form->addRow(label, days);
        addProblemRow(field);
        connect(days, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                Q_EMIT profileEdited();
        });
        return days;
    };
    m_defaultExpiry = addDays(tr("&Default expiry:"), QStringLiteral("defaultExpiry"),
                              Profiles::ProfileField::DefaultExpiry);
    m_maximumExpiry = addDays(tr("Ma&ximum expiry:"), QStringLiteral("maximumExpiry"),
                              Profiles::ProfileField::MaximumExpiry);
    m_capture = new QCheckBox(tr("&Capture automatically when the customer approves"), this);
    m_capture->setObjectName(QStringLiteral("captureAutomatically"));
    m_form->addRow(QString(), m_capture);

    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_productionBanner);
    layout->addLayout(m_form);
    layout->addStretch(1);

    connect(m_environment, &QComboBox::currentIndexChanged, this, [this] {
        updateEnvironment();
        if (!m_loading)
            Q_EMIT profileEdited();
    });
    connect(m_capture, &QCheckBox::toggled, this, [this] {
        if (!m_loading)
            Q_EMIT profileEdited();
    });
    updateEnvironment();
}

QLineEdit* ProfileEditor::addLine(const QString& label, const QString& objectName,
                                  Profiles::ProfileField field)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    m_form->addRow(label, edit);
    addProblemRow(field);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT profileEdited();
    });
    return edit;
}

QLineEdit* ProfileEditor::addSecret(const QString& label, const QString& objectName)
{
    auto* edit = new QLineEdit(this);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    m_form->addRow(label, edit);
    connect(edit, &QLineEdit::textChanged, this, [this] {
        if (!m_loading)
            Q_EMIT keysEdited();
    });
    return edit;
}

void ProfileEditor::addProblemRow(Profiles::ProfileField field)
{
    auto* problem = new QLabel(this);
    problem->setObjectName(QStringLiteral("problem_%1").arg(int(field)));
    problem->setStyleSheet(QStringLiteral("color: #b00020;"));
    problem->setWordWrap(true);
    problem->hide();
    m_form->addRow(QString(), problem);
    m_problems.insert(field, problem);
}

void ProfileEditor::updateEnvironment()
{
    const auto kind = Vipps::EnvironmentKind(m_environment->currentData().toInt());
    m_productionBanner->setVisible(kind == Vipps::EnvironmentKind::Production);
    m_form->setRowVisible(m_customBaseUrl, kind == Vipps::EnvironmentKind::Custom);
}

void ProfileEditor::setProfile(const Workflows::MerchantProfile& profile, const Vipps::MerchantKeys& keys)
{
    m_loading = true;
    m_base = profile;
    m_name->setText(profile.name);
    m_environment->setCurrentIndex(m_environment->findData(int(profile.environment)));
    m_customBaseUrl->setText(profile.customBaseUrl.toString());
    m_msn->setText(profile.merchantSerialNumber);
    m_systemName->setText(profile.systemName);
    m_linkTemplate->setText(profile.invoiceLinkTemplate);
    m_returnUrl->setText(profile.returnUrl.toString());
    m_referencePrefix->setText(profile.referencePrefix);
    m_defaultExpiry->setValue(int(profile.defaultExpiry.count() / HoursPerDay));
    m_maximumExpiry->setValue(int(profile.maximumExpiry.count() / HoursPerDay));
    m_capture->setChecked(profile.captureAutomatically);
    m_loading = false;
    setKeys(keys);
    updateEnvironment();
}

void ProfileEditor::setKeys(const Vipps::MerchantKeys& keys)
{
    m_loading = true;
    m_clientId->setText(keys.clientId);
    m_clientSecret->setText(keys.clientSecret);
    m_subscriptionKey->setText(keys.subscriptionKey);
    m_loading = false;
}

Workflows::MerchantProfile ProfileEditor::profile() const
{
    Workflows::MerchantProfile profile = m_base;
    profile.name = m_name->text();
    profile.environment = Vipps::EnvironmentKind(m_environment->currentData().toInt());
    profile.customBaseUrl = profile.environment == Vipps::EnvironmentKind::Custom
                                ? QUrl(m_customBaseUrl->text().trimmed())
                                : QUrl();
    profile.merchantSerialNumber = m_msn->text().trimmed();
    profile.clientId = m_clientId->text().trimmed();
    profile.systemName = m_systemName->text().trimmed();
    profile.invoiceLinkTemplate = m_linkTemplate->text().trimmed();
    profile.returnUrl = QUrl(m_returnUrl->text().trimmed());
    profile.referencePrefix = m_referencePrefix->text().trimmed();
    // Whole days unless the stored value was not, and staff left it alone.
    const auto days = [](const QSpinBox* box, std::chrono::hours stored) {
        if (stored.count() / HoursPerDay == box->value())
            return stored;
        return std::chrono::hours(qint64(box->value()) * HoursPerDay);
    };
    profile.defaultExpiry = days(m_defaultExpiry, m_base.defaultExpiry);
    profile.maximumExpiry = days(m_maximumExpiry, m_base.maximumExpiry);
    profile.captureAutomatically = m_capture->isChecked();
    return profile;
}

Vipps::MerchantKeys ProfileEditor::keys() const
{
    return {m_msn->text().trimmed(), m_clientId->text().trimmed(), m_clientSecret->text(),
            m_subscriptionKey->text()};
}

void ProfileEditor::showProblems(const QList<Profiles::ProfileProblem>& problems)
{
    for (auto it = m_problems.constBegin(); it != m_problems.constEnd(); ++it) {
        QString text;
        for (const Profiles::ProfileProblem& problem : problems) {
            if (problem.field == it.key())
                text = problem.message;
        }
        it.value()->setText(text);
        it.value()->setVisible(!text.isEmpty());
    }
}

} // namespace InvoiceDesk::Ui
