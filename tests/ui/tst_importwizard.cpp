// SPDX-License-Identifier: GPL-3.0-or-later
#include "import/importmappingpage.h"
#include "import/importpreviewmodel.h"
#include "import/importpreviewpage.h"
#include "import/importwizard.h"
#include "storage/invoicebook.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;

namespace {

// Three good rows and three malformed ones (rows are counted from the header as row 1), in
// Windows-1252 with a semicolon, as older accounting exports write them.
const QByteArray Export = "Fakturanr;Kundenavn;Mobil;Bel\xf8p;Forfallsdato;Beskrivelse\r\n"
                          "2001;Kari Nordmann;+47 912 34 567;1 234,50;15.02.2026;Vask\r\n"
                          ";Ola Uten Nummer;91234569;100,00;15.02.2026;Service\r\n"
                          "2003;Per Hansen;91234569;12,3,4;15.02.2026;Service\r\n"
                          "2004;Siri S\xe6ther;;99,90;01.03.2026;Reparasjon\r\n"
                          "2005;Per Hansen;91234569;100,00;31.02.2026;Service\r\n"
                          "2006;Per Hansen;91234569;0,01;01.03.2026;Gebyr\r\n";

} // namespace

class TestImportWizard : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock;
    std::unique_ptr<Storage::InvoiceBook> m_book;
    QString m_csv;

    // Runs the wizard over the file up to the summary page and returns what it reported.
    Storage::ImportResult runWizard(QStringList* previewProblems = nullptr)
    {
        Ui::ImportWizard wizard(*m_book);
        wizard.setStaffName(QStringLiteral("Test Staff"));
        QSignalSpy imported(&wizard, &Ui::ImportWizard::imported);
        wizard.show();
        wizard.setFileName(m_csv);
        [&] {
            QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
        }();
        wizard.next();
        [&] {
            QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::MappingPage));
        }();
        wizard.next();
        [&] {
            QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::PreviewPage));
        }();
        if (previewProblems) {
            const QAbstractItemModel* model = wizard.previewPage()->table()->model();
            for (int row = 0; row < model->rowCount(); ++row) {
                const QString problem = model->index(row, Ui::ImportPreviewModel::Problem).data().toString();
                if (!problem.isEmpty())
                    *previewProblems << model->index(row, Ui::ImportPreviewModel::Row).data().toString() +
                                            QLatin1Char(':') + problem;
            }
        }
        wizard.button(QWizard::CommitButton)->click();
        [&] {
            QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::SummaryPage));
            QCOMPARE(imported.size(), 1);
        }();
        wizard.button(QWizard::FinishButton)->click();
        return imported.isEmpty() ? Storage::ImportResult{}
                                  : imported.first().first().value<Storage::ImportResult>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        qRegisterMetaType<Storage::ImportResult>();
        QVERIFY(m_dir.isValid());
        m_csv = m_dir.filePath(QStringLiteral("export.csv"));
        QFile file(m_csv);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(Export);
    }

    void init()
    {
        m_book.reset();
        const QString bookFile = m_dir.filePath(QStringLiteral("book.sqlite"));
        QFile::remove(bookFile);
        auto opened = Storage::InvoiceBook::open(bookFile, m_clock);
        QVERIFY(opened.hasValue());
        m_book = std::move(opened).value();
    }

    void cleanup() { m_book.reset(); }

    void showsHowTheFileWasRead()
    {
        Ui::ImportWizard wizard(*m_book);
        wizard.show();
        wizard.setFileName(m_csv);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::MappingPage));
        const auto* detected = wizard.findChild<QLabel*>(QStringLiteral("detectedFormat"));
        QVERIFY(detected->text().contains(QStringLiteral("Windows-1252")));
        QVERIFY(detected->text().contains(QStringLiteral("semicolon")));
        // Guessed from the Norwegian header; the e-mail column is absent.
        const auto column = [&](Storage::ImportField field) {
            return wizard.mappingPage()->columnChooser(field)->currentData().toInt();
        };
        QCOMPARE(column(Storage::ImportField::InvoiceNumber), 0);
        QCOMPARE(column(Storage::ImportField::Customer), 1);
        QCOMPARE(column(Storage::ImportField::Phone), 2);
        QCOMPARE(column(Storage::ImportField::Amount), 3);
        QCOMPARE(column(Storage::ImportField::DueDate), 4);
        QCOMPARE(column(Storage::ImportField::Email), -1);
        QVERIFY(wizard.mappingPage()
                    ->columnChooser(Storage::ImportField::Amount)
                    ->currentText()
                    .contains(QStringLiteral("Beløp")));
    }

    void aRequiredColumnLeftOutStopsTheWizard()
    {
        Ui::ImportWizard wizard(*m_book);
        wizard.show();
        wizard.setFileName(m_csv);
        wizard.next();
        QComboBox* amount = wizard.mappingPage()->columnChooser(Storage::ImportField::Amount);
        amount->setCurrentIndex(amount->findData(-1));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        const auto* problems = wizard.findChild<QLabel*>(QStringLiteral("mappingProblems"));
        QCOMPARE(problems->text(), QStringLiteral("Choose the column for “Amount”."));
        // The same column for two fields is refused too.
        amount->setCurrentIndex(amount->findData(1));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        amount->setCurrentIndex(amount->findData(3));
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void aChangedMappingChangesThePreview()
    {
        Ui::ImportWizard wizard(*m_book);
        wizard.show();
        wizard.setFileName(m_csv);
        wizard.next();
        // Leaving the due date out makes the row with 31.02 valid.
        QComboBox* due = wizard.mappingPage()->columnChooser(Storage::ImportField::DueDate);
        due->setCurrentIndex(due->findData(-1));
        wizard.next();
        QCOMPARE(wizard.session().preview.validCount(), 4);
    }

    void previewShowsErrorsByRowAndImportsTheGoodRows()
    {
        QStringList problems;
        const Storage::ImportResult first = runWizard(&problems);
        QCOMPARE(problems.size(), 3);
        QVERIFY2(problems.at(0).startsWith(QStringLiteral("3:")), qPrintable(problems.join(u'\n')));
        QVERIFY(problems.at(0).contains(QStringLiteral("invoice number")));
        QVERIFY(problems.at(1).startsWith(QStringLiteral("4:")));
        QVERIFY(problems.at(1).contains(QStringLiteral("12,3,4")));
        QVERIFY(problems.at(2).startsWith(QStringLiteral("6:")));
        QVERIFY(problems.at(2).contains(QStringLiteral("31.02.2026")));

        QCOMPARE(first.imported, 3);
        QCOMPARE(first.updated, 0);
        QCOMPARE(first.unchanged, 0);
        QCOMPARE(first.rejected, 3);

        // The real book has the good rows, amounts exact, the Windows-1252 name decoded.
        auto rows = m_book->invoiceRows();
        QVERIFY(rows.hasValue());
        QCOMPARE(rows->size(), 3);
        auto kari = m_book->invoiceByNumber(QStringLiteral("2001"));
        QVERIFY(kari.hasValue() && kari->has_value());
        QCOMPARE((*kari)->total().minorUnits(), 123450);
        auto siri = m_book->invoiceByNumber(QStringLiteral("2004"));
        QVERIFY(siri.hasValue() && siri->has_value());
        QCOMPARE(m_book->customer((*siri)->customerId)->name, QStringLiteral("Siri Sæther"));
        auto fee = m_book->invoiceByNumber(QStringLiteral("2006"));
        QVERIFY(fee.hasValue() && fee->has_value());
        QCOMPARE((*fee)->total().minorUnits(), 1);
        QVERIFY(!m_book->invoiceByNumber(QStringLiteral("2003"))->has_value());

        // The same file again changes nothing.
        const Storage::ImportResult second = runWizard();
        QCOMPARE(second.imported, 0);
        QCOMPARE(second.updated, 0);
        QCOMPARE(second.unchanged, 3);
        QCOMPARE(second.rejected, 3);
        QCOMPARE(m_book->invoiceRows()->size(), 3);
    }

    void rejectedRowsAreRedWithAnIcon()
    {
        Ui::ImportWizard wizard(*m_book);
        wizard.show();
        wizard.setFileName(m_csv);
        wizard.next();
        wizard.next();
        QAbstractItemModel* model = wizard.previewPage()->table()->model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(model->rowCount(), 6);
        const QModelIndex good = model->index(0, Ui::ImportPreviewModel::Row);
        const QModelIndex bad = model->index(1, Ui::ImportPreviewModel::Row);
        QCOMPARE(bad.data().toString(), QStringLiteral("3"));
        QVERIFY(bad.data(Qt::DecorationRole).value<QIcon>().isNull() == false);
        QVERIFY(good.data(Qt::DecorationRole).isNull());
        QCOMPARE(bad.data(Qt::ForegroundRole).value<QBrush>().color(), QColor(Qt::red));
        QVERIFY(good.data(Qt::ForegroundRole).isNull());
        // A rejected row shows what the file says.
        QCOMPARE(model->index(2, Ui::ImportPreviewModel::Amount).data().toString(), QStringLiteral("12,3,4"));
        QCOMPARE(model->index(0, Ui::ImportPreviewModel::Amount).data(Qt::UserRole).toLongLong(), 123450);
        const auto* summary = wizard.findChild<QLabel*>(QStringLiteral("previewSummary"));
        QCOMPARE(summary->text(), QStringLiteral("3 row(s) ready to import, 3 row(s) with problems."));
    }

    void browsesForTheFile()
    {
        Ui::ImportWizard wizard(*m_book);
        wizard.show();
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
        wizard.findChild<QPushButton*>(QStringLiteral("browse"))->click();
        auto* dialog = wizard.findChild<QFileDialog*>(QStringLiteral("fileDialog"));
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        dialog->selectFile(m_csv);
        static_cast<QDialog*>(dialog)->accept(); // what the Open button does
        QCOMPARE(wizard.findChild<QLineEdit*>(QStringLiteral("fileName"))->text(), m_csv);
        QVERIFY(wizard.button(QWizard::NextButton)->isEnabled());
    }

    void anUnreadableFileStaysOnTheFirstPage()
    {
        Ui::ImportWizard wizard(*m_book);
        wizard.show();
        const QString empty = m_dir.filePath(QStringLiteral("empty.csv"));
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        wizard.setFileName(empty);
        wizard.next();
        QCOMPARE(wizard.currentId(), int(Ui::ImportWizard::FilePage));
        QVERIFY(wizard.findChild<QLabel*>(QStringLiteral("fileError"))->isVisible());
        wizard.setFileName(m_dir.filePath(QStringLiteral("missing.csv")));
        QVERIFY(!wizard.button(QWizard::NextButton)->isEnabled());
    }
};

QTEST_MAIN(TestImportWizard)
#include "tst_importwizard.moc"
