#include "pages/transactionspage.h"

#include "billing/session.h"
#include "models/paymenttablemodel.h"
#include "pages/banklinespanel.h"
#include "receipttasks.h"
#include "widgets/listtable.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace Accrue {

TransactionsPage::TransactionsPage(Session &session, QWidget *parent)
    : Page(session, parent)
    , m_model(new PaymentTableModel(session.db(), 0, this))
    // The bank's lines are the book owner's: core refuses them to a user
    // below the root, so such a user's page has no bank tab.
    , m_bank(session.scope().isRestricted() ? nullptr : new BankLinesPanel(session, this))
    , m_search(new QLineEdit(this))
    , m_unapplied(new QCheckBox(tr("Only with unapplied money"), this))
    , m_table(new QTableView(this))
    , m_receiptPdf(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")),
                               tr("Receipt &PDF…"), this))
    , m_receiptMail(
          new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send &Receipt…"), this))
    , m_footer(new QLabel(this))
    , m_debounce(new QTimer(this))
{
    m_search->setPlaceholderText(tr("Search customer or reference (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    auto *receiptButton = new QToolButton(this);
    receiptButton->setDefaultAction(m_receiptPdf);
    receiptButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_unapplied);
    bar->addWidget(receiptButton);
    auto *mailButton = new QToolButton(this);
    mailButton->setDefaultAction(m_receiptMail);
    mailButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addWidget(mailButton);

    m_table->setObjectName(QStringLiteral("payments"));
    m_table->setModel(m_model);
    setUpListTable(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(PaymentTableModel::Customer,
                                                      QHeaderView::Stretch);
    const int number = m_table->fontMetrics().horizontalAdvance(QStringLiteral("INV-0000-0000000"));
    m_table->setColumnWidth(PaymentTableModel::Reference, number + 16);
    m_table->setColumnWidth(PaymentTableModel::AppliedTo, number * 3 / 2);

    m_receiptPdf->setObjectName(QStringLiteral("receiptPdf"));
    m_receiptPdf->setToolTip(tr("Save the receipt of the chosen payment as a PDF"));
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_receiptPdf);
    connect(m_receiptPdf, &QAction::triggered, this,
            [this, &session] { ReceiptTasks::savePdf(this, session, chosenReceipt()); });
    m_receiptMail->setObjectName(QStringLiteral("receiptMail"));
    m_receiptMail->setToolTip(tr("E-mail the receipt of the chosen payment to the customer"));
    m_receiptMail->setVisible(session.can(Permission::Billing));
    mailButton->setVisible(session.can(Permission::Billing));
    m_table->addAction(m_receiptMail);
    connect(m_receiptMail, &QAction::triggered, this, [this, &session] {
        const QString receipt = chosenReceipt();
        if (!receipt.isEmpty())
            emit statusMessage(tr("Sending receipt %1 by e-mail…").arg(receipt));
        ReceiptTasks::sendByEmail(
            this, session, receipt,
            [this](const QString &status, int sent, const QStringList &problems) {
                emit statusMessage(status);
                emit receiptMailed(sent, problems);
            });
    });
    auto updateReceipt = [this] {
        const bool chosen = !chosenReceipt().isEmpty();
        m_receiptPdf->setEnabled(chosen);
        m_receiptMail->setEnabled(chosen);
    };
    connect(m_table->selectionModel(), &QItemSelectionModel::currentChanged, this, updateReceipt);
    connect(m_model, &QAbstractItemModel::modelReset, this, updateReceipt);
    updateReceipt();

    auto *payments = new QWidget(this);
    auto *paymentsLayout = new QVBoxLayout(payments);
    paymentsLayout->addLayout(bar);
    paymentsLayout->addWidget(m_table, 1);
    paymentsLayout->addWidget(m_footer);
    auto *views = new QTabWidget(this);
    views->addTab(payments, tr("&Payments Received"));
    if (m_bank) {
        views->addTab(m_bank, tr("&Bank Statement"));
        connect(m_bank, &BankLinesPanel::statusMessage, this, &Page::statusMessage);
    }
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(views);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(250);
    connect(m_debounce, &QTimer::timeout, this, &TransactionsPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, m_debounce, qOverload<>(&QTimer::start));
    connect(m_unapplied, &QCheckBox::toggled, this, &TransactionsPage::applyFilter);
    connect(m_model, &PaymentTableModel::reloaded, this, [this](qint64 rows) {
        m_footer->setText(tr("%Ln payment(s)", nullptr, int(std::min<qint64>(rows, INT_MAX))));
        emit loaded();
    });
    m_footer->setText(tr("%Ln payment(s)", nullptr, int(m_model->totalRows())));
}

QString TransactionsPage::chosenReceipt() const
{
    const QModelIndex index = m_table->currentIndex();
    return index.isValid() ? index.data(PaymentTableModel::ReceiptRole).toString() : QString();
}

void TransactionsPage::applyFilter()
{
    m_model->setFilter({ m_search->text().trimmed(), m_unapplied->isChecked() });
}

void TransactionsPage::refresh()
{
    m_model->reload();
    if (m_bank)
        m_bank->refresh();
}

void TransactionsPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

} // namespace Accrue
