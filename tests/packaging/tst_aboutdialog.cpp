// SPDX-License-Identifier: GPL-3.0-or-later
#include "about/aboutdialog.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using InvoiceDesk::Ui::AboutDialog;

class TestAboutDialog : public QObject {
    Q_OBJECT

private:
    static QString labelText(const AboutDialog& dialog, const char* name)
    {
        const auto* label = dialog.findChild<QLabel*>(QString::fromLatin1(name));
        return label ? label->text() : QString();
    }

private Q_SLOTS:
    void showsTheProjectVersion()
    {
        AboutDialog dialog;
        const QString text = labelText(dialog, "versionLabel");
        QVERIFY2(text.contains(QStringLiteral(INVOICEDESK_VERSION)), qPrintable(text));
        QVERIFY(QRegularExpression(QStringLiteral("\\b\\d+\\.\\d+\\.\\d+\\b")).match(text).hasMatch());
        QCOMPARE(AboutDialog::applicationVersion(), QStringLiteral(INVOICEDESK_VERSION));
    }

    void showsTheQtItRunsWithAndWasBuiltWith()
    {
        AboutDialog dialog;
        const QString text = labelText(dialog, "qtVersionLabel");
        QVERIFY2(text.contains(QString::fromLatin1(qVersion())), qPrintable(text));
        QVERIFY2(text.contains(QStringLiteral(QT_VERSION_STR)), qPrintable(text));
        QCOMPARE(AboutDialog::qtRuntimeVersion(), QString::fromLatin1(qVersion()));
    }

    void showsTheQtKeychainVersionTheBuildFound()
    {
        const QString expected = QStringLiteral(INVOICEDESK_EXPECTED_QTKEYCHAIN_VERSION);
        QVERIFY(!expected.isEmpty());
        AboutDialog dialog;
        const QString text = labelText(dialog, "keychainVersionLabel");
        QCOMPARE(text, QStringLiteral("QtKeychain ") + expected);
    }

    void showsTheIconFromTheResources()
    {
        AboutDialog dialog;
        const auto* icon = dialog.findChild<QLabel*>(QStringLiteral("iconLabel"));
        QVERIFY(icon);
        QVERIFY(!icon->pixmap().isNull());
        QCOMPARE(icon->pixmap().size(), QSize(96, 96));
    }

    void closesWithItsCloseButton()
    {
        AboutDialog dialog;
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(dialog.windowTitle(), QStringLiteral("About InvoiceDesk"));
        auto* buttons = dialog.findChild<QDialogButtonBox*>();
        QVERIFY(buttons);
        QPushButton* close = buttons->button(QDialogButtonBox::Close);
        QVERIFY(close);
        QTest::mouseClick(close, Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
    }
};

QTEST_MAIN(TestAboutDialog)
#include "tst_aboutdialog.moc"
