// E-mail from the GUI against the SMTP sink that tests/mail/run-with-smtp.sh
// starts: Send by E-mail on the Invoices page returns at once and delivers
// on a worker thread, the outbox dialog shows the message sent, and the
// E-mail tab's Send Test Message reaches the server off the GUI thread.
#include "billing/creditnoteservice.h"
#include "billing/paymentservice.h"
#include "billing/receiptservice.h"
#include "billing/settingsservice.h"
#include "core/testbook.h"
#include "dialogs/mailsettingspane.h"
#include "dialogs/outboxdialog.h"
#include "dialogs/settingsdialog.h"
#include "mail/mailsettings.h"
#include "mail/outboxservice.h"
#include "mail/smtpsender.h"
#include "models/customertablemodel.h"
#include "models/invoicetablemodel.h"
#include "pages/customerspage.h"
#include "pages/invoicespage.h"
#include "pages/receiptspanel.h"
#include "pages/transactionspage.h"
#include "reports/reporttable.h"

#include <QAction>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTest>

using namespace Accrue;
using namespace Accrue::Testing;

namespace {

int mailCount()
{
    return int(QDir(qEnvironmentVariable("ACCRUE_TEST_MAILDIR") + QStringLiteral("/new"))
                   .entryList(QDir::Files)
                   .size());
}

// The company, a customer with an address, one issued invoice, and e-mail
// set up to go to the sink.
Invoice setUp(TestBook &book)
{
    const int port = qEnvironmentVariableIntValue("ACCRUE_TEST_SMTP_PORT");
    if (port <= 0)
        qFatal("ACCRUE_TEST_SMTP_PORT is not set: run tst_ui_mail through ctest");
    SettingsService settings(book.session());
    CompanySettings company = settings.company();
    company.legalName = QStringLiteral("Seller GmbH");
    settings.saveCompany(company);
    Customer c;
    c.code = QStringLiteral("ACME");
    c.name = QStringLiteral("Acme Corp");
    c.email = QStringLiteral("ap@acme.example");
    c.currency = Currency::require(QStringLiteral("EUR"));
    const qint64 customer = CustomerRepository(book.db()).insert(c);
    const Invoice invoice = book.issue(customer, { { 1000, 10000 } });
    MailSettings mail;
    mail.host = QStringLiteral("127.0.0.1");
    mail.port = port;
    mail.security = MailSettings::Security::None;
    mail.fromAddress = QStringLiteral("billing@seller.example");
    mail.timeoutSeconds = 5;
    mail.invoiceSubject = MailSettings::defaultInvoiceSubject();
    mail.invoiceBody = MailSettings::defaultInvoiceBody();
    MailSettingsService(book.session()).save(mail);
    return invoice;
}

} // namespace

class TestUiMail : public QObject
{
    Q_OBJECT

private slots:
    void sendByEmailFromTheInvoicesPage();
    void settingsTabSendsATestMessage();
    void outboxRetriesAFailedMessage();
    void creditNoteSentFromTheCustomersPage();
    void receiptSentFromTheReceiptsTabWithItsOwnSubject();
};

namespace {

// The Subject lines of what the sink received.
QStringList receivedSubjects()
{
    QStringList subjects;
    const QDir dir(qEnvironmentVariable("ACCRUE_TEST_MAILDIR") + QStringLiteral("/new"));
    for (const QString &name : dir.entryList(QDir::Files)) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        for (const QByteArray &line : f.readAll().split('\n'))
            if (line.startsWith("Subject: "))
                subjects << QString::fromUtf8(line.mid(9).trimmed());
    }
    return subjects;
}

} // namespace

// The receipt template edited in Settings > E-mail (a typo shown, then
// fixed), then Send Receipt… on the customer's Receipts tab: the e-mail
// goes out on a worker thread with the new subject, and the outbox holds
// one message of kind receipt for that receipt.
void TestUiMail::receiptSentFromTheReceiptsTabWithItsOwnSubject()
{
    TestBook book;
    const Invoice invoice = setUp(book);
    // 40.00 of the 100.00 paid: receipt RCT-…-000001.
    PaymentService(book.session())
        .payInvoice(invoice.id, Money(4000, invoice.total.currency()), QDate(2026, 6, 10),
                    PaymentMethodKind::BankTransfer, QStringLiteral("TRF-1"));
    const std::vector<ReceiptListRow> receipts = ReceiptService(book.session()).list();
    QCOMPARE(receipts.size(), size_t(1));
    const QString number = receipts.front().number;

    {
        SettingsDialog dialog(book.session());
        MailSettingsPane *pane = dialog.mailPane();
        auto *kind = pane->findChild<QComboBox *>(QStringLiteral("templateKind"));
        auto *subject = pane->findChild<QLineEdit *>(QStringLiteral("templateSubject"));
        QVERIFY(kind && subject);
        QCOMPARE(subject->text(), MailSettings::defaultInvoiceSubject());
        kind->setCurrentIndex(1); // Receipt
        QCOMPARE(subject->text(), MailSettings::defaultReceiptSubject());
        subject->setText(QStringLiteral("Paid {amount_due}")); // an invoice's placeholder
        QVERIFY2(pane->templateProblem().contains(QStringLiteral("{amount_due}")),
                 qPrintable(pane->templateProblem()));
        subject->setText(QStringLiteral("Thank you: {receipt} received"));
        QVERIFY(pane->templateProblem().isEmpty());
        // Looking at another kind keeps the receipt's edit.
        kind->setCurrentIndex(2);
        QCOMPARE(subject->text(), MailSettings::defaultCreditNoteSubject());
        kind->setCurrentIndex(1);
        QCOMPARE(subject->text(), QStringLiteral("Thank you: {receipt} received"));
        pane->save();
    }
    const MailSettings saved = MailSettingsService(book.session()).load();
    QCOMPARE(saved.receiptSubject, QStringLiteral("Thank you: {receipt} received"));
    QCOMPARE(saved.invoiceSubject, MailSettings::defaultInvoiceSubject());

    CustomersPage page(book.session());
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.selectRow(0);
    ReceiptsPanel *panel = page.receipts();
    QTRY_COMPARE(panel->rowCount(), 1);
    QVERIFY(!panel->mailAction()->isEnabled());
    panel->selectRow(0);
    QCOMPARE(panel->selectedNumber(), number);
    QVERIFY(panel->mailAction()->isEnabled());
    const int before = mailCount();
    QSignalSpy sent(panel, &ReceiptsPanel::receiptMailed);
    panel->sendSelectedWith(QString());
    QCOMPARE(sent.size(), 0); // back at once
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000);
    QVERIFY2(sent.front().at(1).toStringList().isEmpty(),
             qPrintable(sent.front().at(1).toStringList().join(u'\n')));
    QCOMPARE(sent.front().at(0).toInt(), 1);
    QCOMPARE(mailCount(), before + 1);
    QVERIFY2(receivedSubjects().contains(QStringLiteral("Thank you: %1 received").arg(number)),
             qPrintable(receivedSubjects().join(u'\n')));
    const std::vector<OutboxMessage> messages = OutboxService(book.session()).list();
    QCOMPARE(messages.size(), size_t(1));
    QCOMPARE(messages.front().documentKind, QStringLiteral("receipt"));
    QCOMPARE(messages.front().documentId, ReceiptService(book.session()).find(number).id);

    // The Transactions page offers the same for the payment's row.
    TransactionsPage transactions(book.session());
    QVERIFY(transactions.receiptMailAction());
    QVERIFY(transactions.receiptMailAction()->isVisible());
}

// Retry in the outbox: enabled for a failed message only; it goes back in
// the queue, and Deliver Now sends it.
void TestUiMail::outboxRetriesAFailedMessage()
{
    TestBook book;
    setUp(book);
    MailMessage m;
    m.from = { QString(), QStringLiteral("billing@seller.example") };
    m.to << MailAddress { QString(), QStringLiteral("ap@acme.example") };
    m.subject = QStringLiteral("Refused once");
    OutboxService service(book.session());
    service.enqueue(m);
    struct Refusing final : MailTransport
    {
        MailSendResult send(const QString &, const QStringList &, const QByteArray &) override
        {
            return { false, 550, QStringLiteral("550 no such mailbox") };
        }
    } refusing;
    QCOMPARE(service.deliverDue(refusing).failed, 1);

    OutboxDialog outbox(book.session());
    auto *retry = outbox.findChild<QPushButton *>(QStringLiteral("retry"));
    QVERIFY(retry);
    QVERIFY(!retry->isEnabled());
    QCOMPARE(outbox.table()->item(0, 4)->text(), QStringLiteral("Failed"));
    outbox.table()->selectRow(0);
    QVERIFY(retry->isEnabled());
    retry->click();
    QCOMPARE(outbox.table()->item(0, 4)->text(), QStringLiteral("Queued"));
    QCOMPARE(outbox.table()->item(0, 5)->text(), QStringLiteral("0"));
    const int before = mailCount();
    QSignalSpy delivered(&outbox, &OutboxDialog::delivered);
    outbox.deliverNowWith(QString());
    QTRY_COMPARE_WITH_TIMEOUT(delivered.size(), 1, 30000);
    QCOMPARE(delivered.front().at(0).toInt(), 1);
    QCOMPARE(mailCount(), before + 1);
    QCOMPARE(outbox.table()->item(0, 4)->text(), QStringLiteral("Sent"));
}

// Send by E-mail on the Credit Notes tab: waits for a credit note to be
// chosen, then sends it with its PDF on a worker thread.
void TestUiMail::creditNoteSentFromTheCustomersPage()
{
    TestBook book;
    const Invoice invoice = setUp(book);
    CreditNoteService::Request request;
    request.invoiceId = invoice.id;
    request.reason = QStringLiteral("Returned");
    request.date = QDate(2026, 6, 15);
    const CreditNote note = CreditNoteService(book.session()).issue(request);
    book.session().setToday(QDate(2026, 6, 30));
    CustomersPage page(book.session());
    QTRY_COMPARE(page.model()->rowCount(), 1);
    page.selectRow(0);
    QCOMPARE(page.current()->code, QStringLiteral("ACME"));
    auto *mail = page.findChild<QAction *>(QStringLiteral("creditNoteMail"));
    QVERIFY(mail);
    QVERIFY(!mail->isEnabled());
    auto *noteTable = qobject_cast<QTableView *>(mail->associatedObjects().constLast());
    QVERIFY(noteTable);
    noteTable->selectRow(0);
    QVERIFY(mail->isEnabled());
    const int before = mailCount();
    QSignalSpy sent(&page, &CustomersPage::creditNoteMailed);
    page.sendCreditNoteWith(QString());
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000);
    QVERIFY2(sent.front().at(1).toStringList().isEmpty(),
             qPrintable(sent.front().at(1).toStringList().join(u'\n')));
    QCOMPARE(sent.front().at(0).toInt(), 1);
    QCOMPARE(mailCount(), before + 1);
    const std::vector<OutboxMessage> messages = OutboxService(book.session()).list();
    QCOMPARE(messages.size(), size_t(1));
    QCOMPARE(messages.front().documentKind, QStringLiteral("credit_note"));
    QCOMPARE(messages.front().documentId, note.id);
}

void TestUiMail::sendByEmailFromTheInvoicesPage()
{
    TestBook book;
    setUp(book);
    InvoicesPage page(book.session());
    QTRY_COMPARE(page.model()->rowCount(), 1);
    auto *table = page.findChild<QTableView *>();
    table->selectionModel()->select(page.model()->index(0, 0),
                                    QItemSelectionModel::Select | QItemSelectionModel::Rows);
    QVERIFY(page.action(QStringLiteral("mail"))->isEnabled());
    const int before = mailCount();
    QSignalSpy sent(&page, &InvoicesPage::mailSent);
    page.sendByEmailWith(QString());
    // Back at once: the server is talked to on a worker thread.
    QCOMPARE(sent.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(sent.size(), 1, 30000);
    QCOMPARE(sent.front().at(0).toInt(), 1);
    QVERIFY2(sent.front().at(1).toStringList().isEmpty(),
             qPrintable(sent.front().at(1).toStringList().join(u'\n')));
    QCOMPARE(mailCount(), before + 1);

    OutboxDialog outbox(book.session());
    QCOMPARE(outbox.table()->rowCount(), 1);
    QCOMPARE(outbox.table()->item(0, 4)->text(), QStringLiteral("Sent"));
    QCOMPARE(outbox.table()->item(0, 2)->text(), QStringLiteral("ap@acme.example"));
}

void TestUiMail::settingsTabSendsATestMessage()
{
    TestBook book;
    setUp(book);
    SettingsDialog dialog(book.session());
    MailSettingsPane *pane = dialog.mailPane();
    QVERIFY(pane->isInUse());
    QCOMPARE(pane->collect().port, qEnvironmentVariableIntValue("ACCRUE_TEST_SMTP_PORT"));
    const int before = mailCount();
    QSignalSpy finished(pane, &MailSettingsPane::testFinished);
    pane->sendTest(QStringLiteral("me@seller.example"));
    QCOMPARE(finished.size(), 0);
    QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 30000);
    QVERIFY2(finished.front().at(0).toBool(), qPrintable(finished.front().at(1).toString()));
    QCOMPARE(mailCount(), before + 1);
    // A bad address never reaches the server.
    finished.clear();
    pane->sendTest(QStringLiteral("me@seller.example\r\nBcc: x@evil.example"));
    QCOMPARE(finished.size(), 1);
    QVERIFY(!finished.front().at(0).toBool());
}

QTEST_MAIN(TestUiMail)
#include "tst_ui_mail.moc"
