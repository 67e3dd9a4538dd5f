// SPDX-License-Identifier: GPL-3.0-or-later
#include "editor/invoiceeditordialog.h"
#include "editor/invoicelineseditor.h"
#include "editor/linecalculation.h"
#include "storage/invoicebook.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace InvoiceDesk;

class TestInvoiceEditor : public QObject {
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    ManualClock m_clock{QDateTime(QDate(2026, 3, 2), QTime(8, 30), QTimeZone::utc())};
    std::unique_ptr<Storage::InvoiceBook> m_book;

    template<typename W>
    static W* child(const QWidget& dialog, const char* name)
    {
        W* widget = dialog.findChild<W*>(QString::fromLatin1(name));
        if (!widget)
            qFatal("no child %s", name);
        return widget;
    }
    static void type(const QWidget& dialog, const char* field, const QString& text)
    {
        auto* edit = child<QLineEdit>(dialog, field);
        edit->selectAll();
        QTest::keyClicks(edit, text);
    }
    static void setCell(QTableWidget* table, int row, int column, const QString& text)
    {
        table->item(row, column)->setText(text);
    }
    static void setRate(QTableWidget* table, int row, int basisPoints)
    {
        auto* rate = qobject_cast<QComboBox*>(table->cellWidget(row, Ui::InvoiceLinesEditor::VatRate));
        rate->setCurrentIndex(rate->findData(basisPoints));
    }
    static QPushButton* saveButton(const QWidget& dialog)
    {
        return dialog.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Save);
    }
    std::unique_ptr<Ui::InvoiceEditorDialog> makeDialog(qint64 invoiceId)
    {
        auto dialog = std::make_unique<Ui::InvoiceEditorDialog>(*m_book, invoiceId);
        dialog->setClock(m_clock);
        dialog->setStaffName(QStringLiteral("Kari Kontor"));
        dialog->show();
        return dialog;
    }

private Q_SLOTS:
    void init()
    {
        QVERIFY(m_dir.isValid());
        m_book.reset();
        const QString file = m_dir.filePath(QStringLiteral("book.sqlite"));
        QFile::remove(file);
        auto opened = Storage::InvoiceBook::open(file, m_clock);
        QVERIFY(opened.hasValue());
        m_book = std::move(opened).value();
    }

    void cleanup() { m_book.reset(); }

    void computesLineTotalsInMinorUnits_data()
    {
        QTest::addColumn<QString>("quantity");
        QTest::addColumn<qint64>("unitPrice");
        QTest::addColumn<int>("rate");
        QTest::addColumn<qint64>("net");
        QTest::addColumn<qint64>("vat");
        QTest::newRow("whole") << QStringLiteral("2") << qint64(10000) << 2500 << qint64(20000)
                               << qint64(5000);
        QTest::newRow("half up") << QStringLiteral("1,5") << qint64(3333) << 1500 << qint64(5000)
                                 << qint64(750);
        QTest::newRow("vat half up") << QStringLiteral("1") << qint64(2) << 2500 << qint64(2) << qint64(1);
        QTest::newRow("thousandths") << QStringLiteral("0.125") << qint64(99) << 1200 << qint64(12)
                                     << qint64(1);
        QTest::newRow("no vat") << QStringLiteral("3") << qint64(33333) << 0 << qint64(99999) << qint64(0);
        QTest::newRow("credit") << QStringLiteral("1.5") << qint64(-3333) << 2500 << qint64(-5000)
                                << qint64(-1250);
        // 0.1 + 0.2 in floating point is not 0.3; here it is.
        QTest::newRow("tenths") << QStringLiteral("0.3") << qint64(10) << 2500 << qint64(3) << qint64(1);
    }

    void computesLineTotalsInMinorUnits()
    {
        QFETCH(QString, quantity);
        QFETCH(qint64, unitPrice);
        QFETCH(int, rate);
        QFETCH(qint64, net);
        QFETCH(qint64, vat);
        InvoiceLine line;
        line.quantity = quantity;
        line.unitPriceMinor = unitPrice;
        line.vatRateBasisPoints = rate;
        QVERIFY(Ui::LineCalculation::computeTotals(line));
        QCOMPARE(line.totalExcludingVatMinor, net);
        QCOMPARE(line.totalVatMinor, vat);
    }

    void refusesQuantitiesItCannotRead()
    {
        for (const char* text : {"", "-1", "1,2345", "abc", "1e3", "1.2.3"}) {
            InvoiceLine line;
            line.quantity = QString::fromLatin1(text);
            QVERIFY2(!Ui::LineCalculation::computeTotals(line), text);
        }
        InvoiceLine huge;
        huge.quantity = QStringLiteral("999999999");
        huge.unitPriceMinor = std::numeric_limits<qint64>::max() / 1000;
        QVERIFY(!Ui::LineCalculation::computeTotals(huge));
        QCOMPARE(Ui::LineCalculation::normalizeQuantity(QStringLiteral("002,500")), QStringLiteral("2.5"));
    }

    void createsAnInvoiceWithTwoLinesAndReopensIt()
    {
        auto dialog = makeDialog(0);
        QSignalSpy saved(dialog.get(), &Ui::InvoiceEditorDialog::invoiceSaved);
        QCOMPARE(child<QDateEdit>(*dialog, "issueDate")->date(), QDate(2026, 3, 2));
        type(*dialog, "number", QStringLiteral("2026-0042"));
        child<QComboBox>(*dialog, "customer")->setEditText(QStringLiteral("Ola Nordmann"));
        type(*dialog, "email", QStringLiteral("ola@example.no"));
        type(*dialog, "phone", QStringLiteral("+47 912 34 567"));
        child<QCheckBox>(*dialog, "pushConsent")->setChecked(true);
        type(*dialog, "description", QStringLiteral("Service March"));
        child<QDateEdit>(*dialog, "dueDate")->setDate(QDate(2026, 3, 16));

        auto* table = child<QTableWidget>(*dialog, "lines");
        child<QPushButton>(*dialog, "addLine")->click();
        setCell(table, 0, Ui::InvoiceLinesEditor::Description, QStringLiteral("Hours"));
        setCell(table, 0, Ui::InvoiceLinesEditor::Quantity, QStringLiteral("2"));
        setCell(table, 0, Ui::InvoiceLinesEditor::UnitPrice, QStringLiteral("100,00"));
        child<QPushButton>(*dialog, "addLine")->click();
        setCell(table, 1, Ui::InvoiceLinesEditor::Description, QStringLiteral("Parts"));
        setCell(table, 1, Ui::InvoiceLinesEditor::Quantity, QStringLiteral("1,5"));
        setCell(table, 1, Ui::InvoiceLinesEditor::UnitPrice, QStringLiteral("33,33"));
        setRate(table, 1, 1500);

        auto* totals = child<QLabel>(*dialog, "totals");
        QCOMPARE(totals->property("totalMinor").toLongLong(), qint64(25000 + 5750));
        QCOMPARE(totals->property("vatMinor").toLongLong(), qint64(5000 + 750));
        QCOMPARE(table->item(1, Ui::InvoiceLinesEditor::Total)->data(Qt::UserRole).toLongLong(),
                 qint64(5750));
        // Live: a changed price changes the total at once.
        setCell(table, 0, Ui::InvoiceLinesEditor::UnitPrice, QStringLiteral("100,01"));
        QCOMPARE(totals->property("totalMinor").toLongLong(), qint64(20002 + 5001 + 5750)); // 5000.5 → 5001
        setCell(table, 0, Ui::InvoiceLinesEditor::UnitPrice, QStringLiteral("100,00"));

        saveButton(*dialog)->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(saved.size(), 1);
        const qint64 id = saved.first().first().toLongLong();

        auto stored = m_book->invoice(id);
        QVERIFY(stored.hasValue());
        QCOMPARE(stored->number, QStringLiteral("2026-0042"));
        QCOMPARE(stored->total().minorUnits(), qint64(30750));
        QCOMPARE(stored->totalVat().minorUnits(), qint64(5750));
        QCOMPARE(stored->lines.size(), 2);
        QCOMPARE(stored->lines.at(1).quantity, QStringLiteral("1.5"));
        QCOMPARE(stored->lines.at(1).unitPriceMinor, qint64(3333));
        QCOMPARE(stored->lines.at(1).vatRateBasisPoints, 1500);
        QCOMPARE(stored->dueDate, QDate(2026, 3, 16));
        auto customer = m_book->customer(stored->customerId);
        QVERIFY(customer.hasValue());
        QCOMPARE(customer->name, QStringLiteral("Ola Nordmann"));
        QCOMPARE(customer->phone.msisdn(), QStringLiteral("4791234567"));
        QVERIFY(customer->consent.has_value());
        QCOMPARE(customer->consent->recordedBy, QStringLiteral("Kari Kontor"));
        QCOMPARE(customer->consent->givenAt, m_clock.now());
        QCOMPARE(customer->consent->source, PushConsent::Source::EnteredByStaff);

        // Reopened, the dialog shows what was saved; an edit changes the stored invoice.
        auto again = makeDialog(id);
        QCOMPARE(child<QLineEdit>(*again, "number")->text(), QStringLiteral("2026-0042"));
        QCOMPARE(child<QComboBox>(*again, "customer")->currentText(), QStringLiteral("Ola Nordmann"));
        QCOMPARE(child<QLineEdit>(*again, "email")->text(), QStringLiteral("ola@example.no"));
        auto* consent = child<QCheckBox>(*again, "pushConsent");
        QVERIFY(consent->isChecked());
        QVERIFY(!consent->isEnabled());
        auto* table2 = child<QTableWidget>(*again, "lines");
        QCOMPARE(table2->rowCount(), 2);
        QCOMPARE(child<QLabel>(*again, "totals")->property("totalMinor").toLongLong(), qint64(30750));
        setCell(table2, 1, Ui::InvoiceLinesEditor::Quantity, QStringLiteral("3"));
        table2->setCurrentCell(0, 0);
        child<QPushButton>(*again, "removeLine")->click();
        QCOMPARE(table2->rowCount(), 1);
        QCOMPARE(child<QLabel>(*again, "totals")->property("totalMinor").toLongLong(),
                 qint64(11499)); // 9999+1500
        saveButton(*again)->click();
        QCOMPARE(again->result(), int(QDialog::Accepted));
        auto edited = m_book->invoice(id);
        QVERIFY(edited.hasValue());
        QCOMPARE(edited->lines.size(), 1);
        QCOMPARE(edited->lines.at(0).description, QStringLiteral("Parts"));
        QCOMPARE(edited->total().minorUnits(), qint64(11499));
        QCOMPARE(m_book->customers()->size(), 1);
    }

    void showsTheBooksErrorAndKeepsWhatWasTyped()
    {
        Customer existing;
        existing.name = QStringLiteral("Per Hansen");
        const auto customer = m_book->saveCustomer(existing);
        QVERIFY(customer.hasValue());
        Invoice first;
        first.number = QStringLiteral("7");
        first.customerId = customer->id;
        first.issueDate = QDate(2026, 3, 1);
        first.dueDate = QDate(2026, 3, 15);
        first.totalWithoutLinesMinor = 10000;
        QVERIFY(m_book->saveInvoice(first).hasValue());

        auto dialog = makeDialog(0);
        type(*dialog, "number", QStringLiteral("7")); // taken
        child<QComboBox>(*dialog, "customer")->setEditText(QStringLiteral("Nina Ny"));
        type(*dialog, "totalWithoutLines", QStringLiteral("250,00"));
        QCOMPARE(child<QLabel>(*dialog, "totals")->property("totalMinor").toLongLong(), qint64(25000));
        saveButton(*dialog)->click();
        QVERIFY(dialog->isVisible());
        auto* error = child<QLabel>(*dialog, "error");
        QVERIFY(error->isVisible());
        QVERIFY(!error->text().isEmpty());
        QCOMPARE(child<QLineEdit>(*dialog, "totalWithoutLines")->text(), QStringLiteral("250,00"));
        QCOMPARE(child<QComboBox>(*dialog, "customer")->currentText(), QStringLiteral("Nina Ny"));

        // Corrected, it saves, and the new customer exists once.
        type(*dialog, "number", QStringLiteral("8"));
        saveButton(*dialog)->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(m_book->customers()->size(), 2);
        QCOMPARE(m_book->invoiceByNumber(QStringLiteral("8"))->value().total().minorUnits(), qint64(25000));
    }

    void locksTheAmountOnceARequestWasSent()
    {
        Customer existing;
        existing.name = QStringLiteral("Per Hansen");
        const auto customer = m_book->saveCustomer(existing);
        QVERIFY(customer.hasValue());
        Invoice sent;
        sent.number = QStringLiteral("11");
        sent.customerId = customer->id;
        sent.issueDate = QDate(2026, 3, 1);
        sent.dueDate = QDate(2026, 3, 15);
        sent.lines = {InvoiceLine{QStringLiteral("Hours"), QStringLiteral("1"), 10000, 2500, 10000, 2500}};
        const auto stored = m_book->saveInvoice(sent);
        QVERIFY(stored.hasValue());
        PaymentAttempt draft;
        draft.amountMinor = stored->total().minorUnits();
        draft.expiresAt = m_clock.now().addDays(2);
        QVERIFY(
            m_book->createAttempt(stored->id, draft, QStringLiteral("inv"), QList<Storage::JournalEntry>{})
                .hasValue());

        auto dialog = makeDialog(stored->id);
        QVERIFY(child<QLabel>(*dialog, "lockNote")->isVisible());
        QVERIFY(!child<QTableWidget>(*dialog, "lines")->isEnabled());
        QVERIFY(!child<QComboBox>(*dialog, "currency")->isEnabled());
        type(*dialog, "description", QStringLiteral("Reminder sent"));
        saveButton(*dialog)->click();
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        const auto after = m_book->invoice(stored->id);
        QCOMPARE(after->description, QStringLiteral("Reminder sent"));
        QCOMPARE(after->lines, stored->lines);
        QCOMPARE(after->total().minorUnits(), qint64(12500));

        // An invoice without requests stays editable.
        auto fresh = makeDialog(0);
        QVERIFY(!child<QLabel>(*fresh, "lockNote")->isVisible());
        QVERIFY(child<QTableWidget>(*fresh, "lines")->isEnabled());
    }

    void refusesWhatItCannotSave()
    {
        auto dialog = makeDialog(0);
        auto* error = child<QLabel>(*dialog, "error");
        saveButton(*dialog)->click();
        QCOMPARE(error->text(), QStringLiteral("The invoice needs a number."));
        type(*dialog, "number", QStringLiteral("9"));
        child<QComboBox>(*dialog, "customer")->setEditText(QStringLiteral("Nina Ny"));
        child<QPushButton>(*dialog, "addLine")->click();
        auto* table = child<QTableWidget>(*dialog, "lines");
        setCell(table, 0, Ui::InvoiceLinesEditor::UnitPrice, QStringLiteral("12,3,4"));
        saveButton(*dialog)->click();
        QVERIFY(error->isVisible());
        QCOMPARE(error->text(),
                 QStringLiteral("Every line needs a quantity and a unit price that can be read as numbers."));
        QVERIFY(!table->item(0, Ui::InvoiceLinesEditor::UnitPrice)->toolTip().isEmpty());
        setCell(table, 0, Ui::InvoiceLinesEditor::UnitPrice, QStringLiteral("12,34"));
        child<QCheckBox>(*dialog, "pushConsent")->setChecked(true);
        saveButton(*dialog)->click();
        QCOMPARE(error->text(),
                 QStringLiteral("A payment request in Vipps needs the customer's mobile number."));
        QVERIFY(m_book->invoiceRows()->isEmpty());
    }
};

QTEST_MAIN(TestInvoiceEditor)
#include "tst_invoiceeditor.moc"
