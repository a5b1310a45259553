#include "billing/book.h"
#include "billing/customerservice.h"
#include "billing/session.h"
#include "dialogs/catalogdialog.h"
#include "dialogs/importdialog.h"
#include "exchange/columnmapping.h"
#include "exchange/customercsv.h"
#include "mainwindow.h"
#include "models/csvpreviewmodel.h"
#include "pages/customerspage.h"
#include "storage/customerrepository.h"
#include "storage/database.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QMenu>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Accrue;

// The GUI's CSV import: another tool's file (its delimiter, encoding and
// headers) mapped onto Accrue's columns in ImportDialog, imported through
// the service in one transaction; the mapping saved as the CLI's JSON.
// The dialog is driven through its methods, never exec().
class TestUiImport : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void windows1252SemicolonFileThroughTheMapping();
    void headersMatchingAccruesArePrefilled();
    void aBadRowNamesItsLineAndNothingIsKept();
    void aSavedMappingLoadsBackEqual();
    void everyImportHasAnEntryPoint();

private:
    QString write(const QString &name, const QByteArray &bytes);
    qint64 customerCount() { return CustomerRepository(*m_db).count(); }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<Session> m_session;
};

void TestUiImport::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_db = Database::open(m_dir->filePath(QStringLiteral("import.sqlite")),
                          Database::OpenMode::CreateIfMissing);
    m_db->migrate();
    m_session = std::make_unique<Session>(*m_db, QStringLiteral("tester"));
    m_session->setToday(QDate(2026, 6, 17));
}

void TestUiImport::cleanup()
{
    m_session.reset();
    m_db.reset();
    m_dir.reset();
}

QString TestUiImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir->filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write the test file");
    return path;
}

// "Kundennr.;Firma;Währung" in Windows-1252 (ä is 0xE4, ü 0xFC): none of
// the headers is Accrue's, so nothing is pre-filled and the import asks for
// the required columns; mapped by hand it imports both customers.
void TestUiImport::windows1252SemicolonFileThroughTheMapping()
{
    const QString path = write(QStringLiteral("kunden.csv"),
                               "Kundennr.;Firma;W\xe4hrung;Umsatz\r\n"
                               "K1;M\xfcller GmbH;EUR;12\r\n"
                               "K2;Schulz AG;EUR;3\r\n");
    ImportDialog dialog(*m_session, ImportDialog::Kind::Customers);
    QCOMPARE(dialog.knownColumns(), CustomerCsv::columns());
    QCOMPARE(dialog.requiredColumns(), CustomerCsv::requiredColumns());
    QVERIFY(dialog.setFile(path));
    QCOMPARE(dialog.delimiter(), QChar(u';')); // guessed from the header line
    QAbstractItemModelTester tester(dialog.preview(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(dialog.preview()->rowCount(), 2);
    QCOMPARE(dialog.preview()->columnCount(), 4);
    QCOMPARE(dialog.preview()->headerData(0, Qt::Horizontal).toString(),
             QStringLiteral("Kundennr."));
    // Row titles are the lines of the file: K2 is on line 3.
    QCOMPARE(dialog.preview()->headerData(1, Qt::Vertical).toInt(), 3);
    QCOMPARE(dialog.column(QStringLiteral("code")), QString());

    QVERIFY(!dialog.runImport());
    QVERIFY(dialog.lastFailed());
    QVERIFY2(dialog.message().contains(QStringLiteral("code, name, currency")),
             qPrintable(dialog.message()));
    QCOMPARE(customerCount(), 0);

    dialog.setEncoding(QStringLiteral("windows-1252"));
    QCOMPARE(dialog.preview()->index(0, 1).data().toString(), QStringLiteral("M\u00fcller GmbH"));
    dialog.setColumn(QStringLiteral("code"), QStringLiteral("Kundennr."));
    dialog.setColumn(QStringLiteral("name"), QStringLiteral("Firma"));
    dialog.setColumn(QStringLiteral("currency"), QStringLiteral("W\u00e4hrung"));
    QCOMPARE(dialog.column(QStringLiteral("currency")), QStringLiteral("W\u00e4hrung"));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QVERIFY2(dialog.runImport(), qPrintable(dialog.message()));
    QCOMPARE(imported.size(), 1);
    QCOMPARE(imported.first().first().toInt(), 2);
    QVERIFY2(dialog.message().contains(QStringLiteral("Imported 2 customer")),
             qPrintable(dialog.message()));

    CustomerService customers(*m_session);
    const std::optional<Customer> k1 = customers.findByCode(QStringLiteral("K1"));
    QVERIFY(k1);
    QCOMPARE(k1->name, QStringLiteral("M\u00fcller GmbH"));
    QCOMPARE(k1->currency.code(), QStringLiteral("EUR"));
    QVERIFY(customers.findByCode(QStringLiteral("K2")));
    QCOMPARE(customerCount(), 2);
}

// Headers that are Accrue's in another case or spelling choose themselves.
void TestUiImport::headersMatchingAccruesArePrefilled()
{
    const QString path = write(QStringLiteral("clients.csv"),
                               "CODE,Name,Currency,Postal Code,Phone\n"
                               "C1,Acme,USD,10001,555\n");
    ImportDialog dialog(*m_session, ImportDialog::Kind::Customers);
    QVERIFY(dialog.setFile(path));
    QCOMPARE(dialog.delimiter(), QChar(u','));
    QCOMPARE(dialog.column(QStringLiteral("code")), QStringLiteral("CODE"));
    QCOMPARE(dialog.column(QStringLiteral("name")), QStringLiteral("Name"));
    QCOMPARE(dialog.column(QStringLiteral("currency")), QStringLiteral("Currency"));
    QCOMPARE(dialog.column(QStringLiteral("postal_code")), QStringLiteral("Postal Code"));
    QCOMPARE(dialog.column(QStringLiteral("email")), QString());
    // "Phone" is none of Accrue's: the mapping leaves it out.
    QCOMPARE(dialog.mapping().columns.size(), 4);
    QVERIFY2(dialog.runImport(), qPrintable(dialog.message()));
    QCOMPARE(CustomerService(*m_session).findByCode(QStringLiteral("C1"))->name,
             QStringLiteral("Acme"));
}

// K4's currency on line 5 of the file (header, K3 over two lines, a blank)
// is wrong: the error names that line and field, the dialog stays with the
// error shown, and K3 (fine by itself) is not kept either.
void TestUiImport::aBadRowNamesItsLineAndNothingIsKept()
{
    const QString path = write(QStringLiteral("kunden-fehler.csv"),
                               "Kundennr.;Firma;W\xe4hrung;Notiz\r\n"
                               "K3;Meier KG;EUR;\"zwei\r\nZeilen\"\r\n"
                               "\r\n"
                               "K4;Schulz AG;EURO;\r\n");
    ImportDialog dialog(*m_session, ImportDialog::Kind::Customers);
    QVERIFY(dialog.setFile(path));
    dialog.setEncoding(QStringLiteral("windows-1252"));
    dialog.setColumn(QStringLiteral("code"), QStringLiteral("Kundennr."));
    dialog.setColumn(QStringLiteral("name"), QStringLiteral("Firma"));
    dialog.setColumn(QStringLiteral("currency"), QStringLiteral("3")); // by position
    dialog.setColumn(QStringLiteral("notes"), QStringLiteral("Notiz"));
    QSignalSpy imported(&dialog, &ImportDialog::imported);
    QVERIFY(!dialog.runImport());
    QVERIFY(dialog.lastFailed());
    QVERIFY2(dialog.message().startsWith(QStringLiteral("kunden-fehler.csv:5: currency")),
             qPrintable(dialog.message()));
    QCOMPARE(imported.size(), 0);
    QCOMPARE(dialog.result(), int(QDialog::Rejected)); // not closed by the import
    QCOMPARE(customerCount(), 0);
    QVERIFY(!CustomerService(*m_session).findByCode(QStringLiteral("K3")));
}

// Saved by one dialog, loaded by another (before any file is chosen): the
// same mapping, and the same JSON accrue-cli's --mapping reads.
void TestUiImport::aSavedMappingLoadsBackEqual()
{
    const QString path = write(QStringLiteral("kunden.csv"),
                               "Kundennr.;Firma;W\xe4hrung;EMail\r\n"
                               "K5;Kraus OHG;EUR;info@kraus.example\r\n");
    ImportDialog first(*m_session, ImportDialog::Kind::Customers);
    QVERIFY(first.setFile(path));
    first.setEncoding(QStringLiteral("ISO-8859-1"));
    QCOMPARE(first.encoding(), QStringLiteral("latin1"));
    first.setColumn(QStringLiteral("code"), QStringLiteral("Kundennr."));
    first.setColumn(QStringLiteral("name"), QStringLiteral("Firma"));
    first.setColumn(QStringLiteral("currency"), QStringLiteral("3"));
    QCOMPARE(first.column(QStringLiteral("email")), QStringLiteral("EMail"));
    const ColumnMapping saved = first.mapping();
    QCOMPARE(saved.columns.size(), 4);
    const QString json = m_dir->filePath(QStringLiteral("kunden-mapping.json"));
    QVERIFY2(first.saveMapping(json), qPrintable(first.message()));

    QFile file(json);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const ColumnMapping read = ColumnMapping::fromJson(file.readAll(), QStringLiteral("m.json"));
    QVERIFY(read == saved);
    QCOMPARE(read.delimiter, QChar(u';'));
    QCOMPARE(read.encoding, QStringLiteral("latin1"));

    ImportDialog second(*m_session, ImportDialog::Kind::Customers);
    QVERIFY2(second.loadMapping(json), qPrintable(second.message()));
    QVERIFY(second.mapping() == saved);
    QCOMPARE(second.delimiter(), QChar(u';'));
    // Choosing the file afterwards keeps the loaded choices, and imports.
    QVERIFY(second.setFile(path));
    QVERIFY(second.mapping() == saved);
    QVERIFY2(second.runImport(), qPrintable(second.message()));
    QCOMPARE(CustomerService(*m_session).findByCode(QStringLiteral("K5"))->email,
             QStringLiteral("info@kraus.example"));
}

// Customers page, Products and Plans, and Billing > Import each open the
// dialog for their importer, without blocking.
void TestUiImport::everyImportHasAnEntryPoint()
{
    {
        CustomersPage page(*m_session);
        QAction *action = page.findChild<QAction *>(QStringLiteral("import"));
        QVERIFY(action);
        QVERIFY(action->isVisible());
        ImportDialog *dialog = page.importCustomers();
        QCOMPARE(dialog->kind(), ImportDialog::Kind::Customers);
        QVERIFY(dialog->isVisible());
        dialog->close();
    }
    {
        CatalogDialog catalog(*m_session);
        ImportDialog *products = catalog.importCsv();
        QCOMPARE(products->kind(), ImportDialog::Kind::Products);
        products->close();
        catalog.findChild<QTabWidget *>()->setCurrentIndex(1);
        ImportDialog *plans = catalog.importCsv();
        QCOMPARE(plans->kind(), ImportDialog::Kind::Plans);
        plans->close();
    }
    auto db = Database::open(m_dir->filePath(QStringLiteral("import.sqlite")),
                             Database::OpenMode::MustExist);
    MainWindow window(std::make_unique<Book>(std::move(db)), QDate(2026, 6, 17));
    auto *menu = window.findChild<QMenu *>(QStringLiteral("importMenu"));
    QVERIFY(menu);
    QVERIFY(menu->isEnabled());
    const QList<ImportDialog::Kind> kinds { ImportDialog::Kind::Customers,
                                            ImportDialog::Kind::Subscriptions,
                                            ImportDialog::Kind::TaxRates,
                                            ImportDialog::Kind::ExchangeRates };
    QCOMPARE(menu->actions().size(), kinds.size());
    for (qsizetype i = 0; i < kinds.size(); ++i) {
        menu->actions().at(i)->trigger();
        auto *dialog = window.findChild<ImportDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), kinds.at(i));
        delete dialog;
    }
}

QTEST_MAIN(TestUiImport)
#include "tst_ui_import.moc"
