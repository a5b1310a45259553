// The Audit Log viewer (issue 18): its filters (user, entity, record, days,
// text) narrow the rows; the chosen record's before and after side by side
// with the changed fields marked; Export CSV writes the filtered rows;
// Verify runs on a worker; "History of This Invoice" opens it on the
// invoice's records. Hand-made records with fixed times; the book's
// 'today' is TestBook's 2026-06-30.

#include "billing/session.h"
#include "billing/tenantservice.h"
#include "common/error.h"
#include "core/auditfixture.h"
#include "core/bookmember.h"
#include "core/testbook.h"
#include "dialogs/auditlogdialog.h"
#include "models/audittablemodel.h"
#include "models/invoicetablemodel.h"
#include "pages/invoicespage.h"
#include "security/auditlog.h"
#include "storage/auditrepository.h"
#include "storage/database.h"
#include "storage/tenantrepository.h"
#include "storage/transaction.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <ctime>

using namespace Accrue;
using namespace Accrue::Testing;

class TestUiAudit : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void filtersNarrowTheRows();
    void detailShowsBeforeAndAfterSideBySide();
    void exportWritesTheFilteredRows();
    void verifyRunsInTheBackground();
    void verifyNamesTheBrokenRecord();
    void verifyNamesAnEditedTotal();
    void pagesAreReadAsTheViewScrolls();
    void historyOfAnInvoiceFromTheInvoicesPage();
    void closedToViewersAndPartners();

private:
    static void fillSix(TestBook &book);
};

namespace {

// The record numbers the table shows, top to bottom.
QList<qint64> shown(const AuditTableModel *model)
{
    QList<qint64> seqs;
    for (int row = 0; row < model->rowCount(); ++row)
        seqs << model->index(row, 0).data(AuditTableModel::SeqRole).toLongLong();
    return seqs;
}

template<typename T> T *child(QWidget &parent, const char *name)
{
    T *found = parent.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no child %s", name);
    return found;
}

} // namespace

void TestUiAudit::initTestCase()
{
    // Local days are UTC days here: the date filter's bounds are known.
    qputenv("TZ", "UTC");
    tzset();
}

void TestUiAudit::fillSix(TestBook &book)
{
    insertAuditRecords(
        book,
        {
            auditRecord(1, "2026-03-01T09:00:00.000Z", "alice", "invoice.create", "invoice", "7",
                        "", R"({"total":100})"),
            auditRecord(2, "2026-03-01T23:30:00.000Z", "bob", "customer.create", "customer", "3",
                        "", R"({"code":"ACME"})"),
            auditRecord(3, "2026-03-02T08:00:00.000Z", "alice", "invoice.issue", "invoice", "7",
                        R"({"status":"draft","total":100})", R"({"status":"open","total":100})"),
            auditRecord(4, "2026-03-05T10:00:00.000Z", "carol", "payment.record", "payment", "12",
                        "", R"({"amount":100,"invoice":"INV-7"})"),
            auditRecord(5, "2026-03-06T10:00:00.000Z", "bob", "invoice.update", "invoice", "8",
                        R"({"total":50})", R"({"total":60})"),
            auditRecord(6, "2026-03-06T11:00:00.000Z", "alice", "invoice.settle", "invoice", "7",
                        R"({"balance":100})", R"({"balance":0})"),
        });
}

void TestUiAudit::filtersNarrowTheRows()
{
    TestBook book;
    fillSix(book);
    AuditLogDialog dialog(book.session());
    QAbstractItemModelTester tester(dialog.model());
    AuditTableModel *model = dialog.model();
    QCOMPARE(shown(model), (QList<qint64> { 6, 5, 4, 3, 2, 1 }));

    auto *user = child<QComboBox>(dialog, "user");
    auto *entity = child<QComboBox>(dialog, "entity");
    auto *recordId = child<QLineEdit>(dialog, "record");
    auto *from = child<QDateEdit>(dialog, "from");
    auto *to = child<QDateEdit>(dialog, "to");
    auto *search = child<QLineEdit>(dialog, "search");
    // The choices are the trail's own users and entities, after "All".
    QCOMPARE(user->count(), 4);
    QCOMPARE(user->itemText(1), QStringLiteral("alice"));
    QCOMPARE(entity->count(), 4);
    QCOMPARE(entity->itemText(2), QStringLiteral("invoice"));

    user->setCurrentIndex(user->findData(QStringLiteral("alice"))); // applies at once
    QCOMPARE(shown(model), (QList<qint64> { 6, 3, 1 }));
    user->setCurrentIndex(0);
    entity->setCurrentIndex(entity->findData(QStringLiteral("invoice")));
    QCOMPARE(shown(model), (QList<qint64> { 6, 5, 3, 1 }));
    recordId->setText(QStringLiteral("8")); // typing: applied after a pause
    QTRY_COMPARE(shown(model), (QList<qint64> { 5 }));
    recordId->clear();
    entity->setCurrentIndex(0);
    QTRY_COMPARE(model->rowCount(), 6);
    // 2 March to 5 March, both whole days.
    from->setDate(QDate(2026, 3, 2));
    to->setDate(QDate(2026, 3, 5));
    QTRY_COMPARE(shown(model), (QList<qint64> { 4, 3 }));
    from->setDate(from->minimumDate()); // "Any day"
    QTRY_COMPARE(shown(model), (QList<qint64> { 4, 3, 2, 1 }));
    to->setDate(to->minimumDate());
    search->setText(QStringLiteral("INV-7"));
    QTRY_COMPARE(shown(model), (QList<qint64> { 4 }));
    // The displayed columns of that row.
    QCOMPARE(model->index(0, AuditTableModel::User).data().toString(), QStringLiteral("carol"));
    QCOMPARE(model->index(0, AuditTableModel::Action).data().toString(),
             QStringLiteral("payment.record"));
    QCOMPARE(model->index(0, AuditTableModel::Entity).data().toString(), QStringLiteral("payment"));
    QCOMPARE(model->index(0, AuditTableModel::Record).data().toString(), QStringLiteral("12"));
    // The time in the locale (C here), with the year in four digits.
    QVERIFY2(
        model->index(0, AuditTableModel::Time).data().toString().contains(QStringLiteral("2026")),
        qPrintable(model->index(0, AuditTableModel::Time).data().toString()));
}

void TestUiAudit::detailShowsBeforeAndAfterSideBySide()
{
    TestBook book;
    fillSix(book);
    AuditLogDialog dialog(book.session());
    auto *table = child<QTableView>(dialog, "table");
    // Record 3 (newest first: row 3): the invoice issued, status draft → open.
    table->setCurrentIndex(dialog.model()->index(3, 0));
    QTableWidget *detail = dialog.detail();
    QCOMPARE(detail->columnCount(), 3);
    QCOMPARE(detail->rowCount(), 2);
    QCOMPARE(detail->item(0, 0)->text(), QStringLiteral("status"));
    QCOMPARE(detail->item(0, 1)->text(), QStringLiteral("draft"));
    QCOMPARE(detail->item(0, 2)->text(), QStringLiteral("open"));
    QVERIFY(detail->item(0, 2)->data(Qt::UserRole).toBool()); // changed: marked
    QVERIFY(detail->item(0, 2)->font().bold());
    QCOMPARE(detail->item(1, 0)->text(), QStringLiteral("total"));
    QCOMPARE(detail->item(1, 1)->text(), QStringLiteral("100"));
    QCOMPARE(detail->item(1, 2)->text(), QStringLiteral("100"));
    QVERIFY(!detail->item(1, 2)->data(Qt::UserRole).toBool()); // unchanged
    QVERIFY(!detail->item(1, 2)->font().bold());
    // Record 2, a creation: nothing before.
    table->setCurrentIndex(dialog.model()->index(4, 0));
    QCOMPARE(detail->rowCount(), 1);
    QCOMPARE(detail->item(0, 0)->text(), QStringLiteral("code"));
    QCOMPARE(detail->item(0, 1)->text(), QStringLiteral("—"));
    QCOMPARE(detail->item(0, 2)->text(), QStringLiteral("ACME"));
}

void TestUiAudit::exportWritesTheFilteredRows()
{
    TestBook book;
    fillSix(book);
    AuditLogDialog dialog(book.session());
    auto *user = child<QComboBox>(dialog, "user");
    user->setCurrentIndex(user->findData(QStringLiteral("bob")));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("audit-log.csv"));
    QSignalSpy exported(&dialog, &AuditLogDialog::exported);
    dialog.exportTo(path);
    QTRY_COMPARE(exported.size(), 1);
    QCOMPARE(exported.first().at(1).toBool(), true);
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(QString::fromUtf8(file.readAll()),
             QStringLiteral("seq,at,user,os_user,action,entity,entity_id,before,after\r\n"
                            "5,2026-03-06T10:00:00.000Z,bob,,invoice.update,invoice,8,"
                            "\"{\"\"total\"\":50}\",\"{\"\"total\"\":60}\"\r\n"
                            "2,2026-03-01T23:30:00.000Z,bob,,customer.create,customer,3,,"
                            "\"{\"\"code\"\":\"\"ACME\"\"}\"\r\n"));
}

void TestUiAudit::verifyRunsInTheBackground()
{
    TestBook book;
    const qint64 customer = book.addCustomer(); // a customer and an invoice: a real chain
    book.issue(customer, { { 1000, 10000 } });
    const qint64 records = AuditRepository(book.db()).count();
    QVERIFY(records >= 2);
    AuditLogDialog dialog(book.session());
    QSignalSpy verified(&dialog, &AuditLogDialog::verified);
    dialog.verify();
    QTRY_COMPARE(verified.size(), 1);
    QCOMPARE(verified.first().at(0).toBool(), true);
    QCOMPARE(verified.first().at(1).toLongLong(), 0);
    // Its answer, in a message box that does not block the window.
    QTRY_VERIFY(dialog.findChild<QWidget *>(QStringLiteral("verifyResult")));
}

// The chain intact, the books not: an issued invoice's total edited behind
// the immutability triggers is named in the result.
void TestUiAudit::verifyNamesAnEditedTotal()
{
    TestBook book;
    const Invoice inv = book.issue(book.addCustomer(), { { 1000, 10000 } });
    QSqlQuery q(book.db().connection());
    if (book.db().dialect() == Database::Dialect::Postgres)
        QVERIFY(q.exec(QStringLiteral("SET session_replication_role = replica")));
    else
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER invoice_issued_immutable")));
    QVERIFY(q.exec(QStringLiteral("UPDATE invoice SET total_minor = total_minor + 1, "
                                  "balance_minor = balance_minor + 1 WHERE id = %1")
                       .arg(inv.id)));
    AuditLogDialog dialog(book.session());
    QSignalSpy verified(&dialog, &AuditLogDialog::verified);
    dialog.verify();
    QTRY_COMPARE(verified.size(), 1);
    QCOMPARE(verified.first().at(0).toBool(), false);
    QCOMPARE(verified.first().at(1).toLongLong(), 0); // no broken record: the chain holds
    QTRY_VERIFY(dialog.findChild<QMessageBox *>(QStringLiteral("verifyResult")));
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("verifyResult"));
    QVERIFY2(box->text().contains(QStringLiteral("disagree")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(inv.number + QStringLiteral(") total_minor")),
             qPrintable(box->informativeText()));
}

void TestUiAudit::verifyNamesTheBrokenRecord()
{
    TestBook book;
    book.issue(book.addCustomer(), { { 1000, 10000 } });
    // Someone with the file edits the first record behind the triggers' back.
    QSqlQuery q(book.db().connection());
    if (book.db().dialect() == Database::Dialect::Postgres) {
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only ON audit_log")));
    } else {
        QVERIFY(q.exec(QStringLiteral("DROP TRIGGER audit_log_append_only_u")));
    }
    QVERIFY(q.exec(QStringLiteral("UPDATE audit_log SET user_name = 'mallory' WHERE seq = 1")));
    AuditLogDialog dialog(book.session());
    QSignalSpy verified(&dialog, &AuditLogDialog::verified);
    dialog.verify();
    QTRY_COMPARE(verified.size(), 1);
    QCOMPARE(verified.first().at(0).toBool(), false);
    QCOMPARE(verified.first().at(1).toLongLong(), 1);
    QTRY_VERIFY(dialog.findChild<QMessageBox *>(QStringLiteral("verifyResult")));
    auto *box = dialog.findChild<QMessageBox *>(QStringLiteral("verifyResult"));
    QVERIFY2(box->text().contains(QStringLiteral("record 1")), qPrintable(box->text()));
    QVERIFY2(box->informativeText().contains(QStringLiteral("mallory")),
             qPrintable(box->informativeText()));
    // Its "Show Record 1" lists everything and chooses it: the oldest, last row.
    auto *user = child<QComboBox>(dialog, "user");
    user->setCurrentIndex(user->findData(QStringLiteral("tester")));
    dialog.showRecordNumber(1);
    QCOMPARE(user->currentIndex(), 0);
    const QModelIndex current = child<QTableView>(dialog, "table")->currentIndex();
    QCOMPARE(current.row(), dialog.model()->rowCount() - 1);
    QCOMPARE(current.data(AuditTableModel::SeqRole).toLongLong(), 1);
}

void TestUiAudit::pagesAreReadAsTheViewScrolls()
{
    TestBook book;
    {
        AuditLog log(book.db(), QStringLiteral("tester"));
        Transaction tx(book.db());
        for (int i = 1; i <= 450; ++i)
            log.append(QStringLiteral("thing.change"), QStringLiteral("thing"), QString::number(i),
                       {}, QJsonObject { { QStringLiteral("value"), i } });
        tx.commit();
    }
    AuditLogDialog dialog(book.session());
    AuditTableModel *model = dialog.model();
    QAbstractItemModelTester tester(model);
    QCOMPARE(model->rowCount(), 450);
    // Newest first, across the pages of 200: row r is record 450 - r.
    for (int row : { 0, 199, 200, 333, 399, 400, 449 })
        QCOMPARE(
            model->index(row, AuditTableModel::Seq).data(AuditTableModel::SeqRole).toLongLong(),
            qint64(450 - row));
    QCOMPARE(model->index(449, AuditTableModel::Record).data().toString(), QStringLiteral("1"));
}

void TestUiAudit::historyOfAnInvoiceFromTheInvoicesPage()
{
    TestBook book;
    const qint64 customer = book.addCustomer();
    const Invoice first = book.issue(customer, { { 1000, 10000 } });
    book.issue(customer, { { 2000, 10000 } });
    InvoicesPage page(book.session());
    QAction *history = page.action(QStringLiteral("history"));
    QVERIFY(history);
    QVERIFY(history->isVisible());
    QTRY_COMPARE(page.model()->rowCount(), 2);
    auto *table = page.findChild<QTableView *>();
    for (int r = 0; r < 2; ++r)
        if (page.model()->index(r, 0).data(InvoiceTableModel::IdRole).toLongLong() == first.id)
            table->setCurrentIndex(page.model()->index(r, 0));
    QVERIFY(history->isEnabled());
    // The viewer opens modal: look at it from inside its loop, then close it.
    QString entity;
    QString entityId;
    QStringList actions;
    QTimer::singleShot(0, this, [&] {
        auto *dialog = qobject_cast<AuditLogDialog *>(QApplication::activeModalWidget());
        if (!dialog)
            return;
        entity = dialog->filter().entity;
        entityId = dialog->filter().entityId;
        AuditTableModel *model = dialog->model();
        for (int r = 0; r < model->rowCount(); ++r)
            actions << model->index(r, AuditTableModel::Action).data().toString();
        dialog->reject();
    });
    history->trigger();
    QCOMPARE(entity, QStringLiteral("invoice"));
    QCOMPARE(entityId, QString::number(first.id));
    // The first invoice's own records, newest first: issued after it was
    // created as a draft (TestBook::issue), none of the second's.
    QCOMPARE(actions,
             (QStringList { QStringLiteral("invoice.issue"), QStringLiteral("invoice.create") }));
}

void TestUiAudit::closedToViewersAndPartners()
{
    TestBook book;
    const qint64 root = TenantRepository(book.db()).rootId();
    const Tenant north
        = TenantService(book.session()).add(TenantKind::Partner, root, QStringLiteral("North"));
    Member vera = join(book, "vera", Role::Viewer, root);
    Member pat = join(book, "pat", Role::Finance, north.id);
    for (Session *session : { vera.session.get(), pat.session.get() }) {
        InvoicesPage page(*session);
        QVERIFY(!page.action(QStringLiteral("history"))->isVisible());
        try {
            AuditLogDialog dialog(*session);
            QFAIL("the audit log opened for a viewer or a partner");
        } catch (const Error &e) {
            QCOMPARE(e.kind(), Error::Kind::PermissionDenied);
        }
    }
    // The root's Finance user has it.
    Member fay = join(book, "fay", Role::Finance, root);
    InvoicesPage page(*fay.session);
    QVERIFY(page.action(QStringLiteral("history"))->isVisible());
    AuditLogDialog dialog(*fay.session);
    QVERIFY(dialog.model()->rowCount() > 0); // the tenant and the users just added
}

QTEST_MAIN(TestUiAudit)
#include "tst_ui_audit.moc"
