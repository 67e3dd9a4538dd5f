// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/aboutdialog.h"

#include <QDialogButtonBox>
#include <QIcon>
#include <QLabel>
#include <qt6keychain/keychain.h>
#include <QtGlobal>
#include <QVBoxLayout>

namespace InvoiceDesk::Ui {

namespace {

QLabel* addLabel(QVBoxLayout* layout, const QString& objectName, const QString& text)
{
    auto* label = new QLabel(text);
    label->setObjectName(objectName);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(label);
    return label;
}

} // namespace

AboutDialog::AboutDialog(QWidget* parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About InvoiceDesk"));
    setMinimumWidth(380);

    auto* layout = new QVBoxLayout(this);

    auto* icon = new QLabel;
    icon->setObjectName(QStringLiteral("iconLabel"));
    icon->setPixmap(QIcon(QStringLiteral(":/icons/invoicedesk.svg")).pixmap(96, 96));
    icon->setAlignment(Qt::AlignHCenter);
    layout->addWidget(icon);

    QLabel* name = addLabel(layout, QStringLiteral("nameLabel"), QStringLiteral("InvoiceDesk"));
    QFont nameFont = name->font();
    nameFont.setPointSizeF(nameFont.pointSizeF() * 1.6);
    nameFont.setBold(true);
    name->setFont(nameFont);
    name->setAlignment(Qt::AlignHCenter);

    addLabel(layout, QStringLiteral("versionLabel"), tr("Version %1").arg(applicationVersion()))
        ->setAlignment(Qt::AlignHCenter);
    auto* description = addLabel(layout, QStringLiteral("descriptionLabel"),
                                 tr("Send and follow Vipps MobilePay payment requests for invoices."));
    description->setWordWrap(true);
    description->setAlignment(Qt::AlignHCenter);
    layout->addSpacing(12);

    // Qt is linked dynamically on every system: the one found at run time may differ from the one
    // the application was compiled against, and both matter when tracking down a problem.
    addLabel(layout, QStringLiteral("qtVersionLabel"),
             tr("Qt %1 (built with Qt %2)").arg(qtRuntimeVersion(), qtBuildVersion()));
    addLabel(layout, QStringLiteral("keychainVersionLabel"), tr("QtKeychain %1").arg(keychainVersion()));
    addLabel(layout, QStringLiteral("appIdLabel"), QStringLiteral(INVOICEDESK_APP_ID));

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

QString AboutDialog::applicationVersion()
{
    return QStringLiteral(INVOICEDESK_VERSION);
}

QString AboutDialog::qtRuntimeVersion()
{
    return QString::fromLatin1(qVersion());
}

QString AboutDialog::qtBuildVersion()
{
    return QStringLiteral(QT_VERSION_STR);
}

QString AboutDialog::keychainVersion()
{
#if defined(INVOICEDESK_QTKEYCHAIN_VERSION)
    // The version of the CMake package the build found: the header's macro is not kept up to date.
    return QStringLiteral(INVOICEDESK_QTKEYCHAIN_VERSION);
#elif defined(QTKEYCHAIN_VERSION)
    return QStringLiteral("%1.%2.%3")
        .arg((QTKEYCHAIN_VERSION >> 16) & 0xff)
        .arg((QTKEYCHAIN_VERSION >> 8) & 0xff)
        .arg(QTKEYCHAIN_VERSION & 0xff);
#else
    return tr("unknown version");
#endif
}

} // namespace InvoiceDesk::Ui
