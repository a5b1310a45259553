#include "pages/receiptspanel.h"

#include "billing/receiptservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "models/methodnames.h"
#include "models/moneyformat.h"
#include "receipttasks.h"
#include "widgets/errorbox.h"

#include <QAction>
#include <QHeaderView>
#include <QLocale>
#include <QTableWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace Accrue {

namespace {

enum Column {
    NumberColumn,
    DateColumn,
    CustomerColumn,
    AmountColumn,
    MethodColumn,
    ReferenceColumn,
    ColumnCount
};

} // namespace

ReceiptsPanel::ReceiptsPanel(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_table(new QTableWidget(0, ColumnCount, this))
    , m_pdf(new QAction(QIcon::fromTheme(QStringLiteral("document-save-as")), tr("Receipt &PDF…"),
                        this))
    , m_mail(new QAction(QIcon::fromTheme(QStringLiteral("mail-send")), tr("Send &Receipt…"), this))
{
    m_pdf->setObjectName(QStringLiteral("receiptPdf"));
    m_mail->setObjectName(QStringLiteral("receiptMail"));
    m_mail->setToolTip(tr("E-mail the chosen receipt with its PDF to the customer"));
    m_mail->setVisible(m_session.can(Permission::Billing));
    m_table->setHorizontalHeaderLabels(
        { tr("Receipt"), tr("Date"), tr("Customer"), tr("Amount"), tr("Method"), tr("Reference") });
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(CustomerColumn, QHeaderView::Stretch);
    m_table->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_table->addAction(m_pdf);
    m_table->addAction(m_mail);
    auto *bar = new QToolBar(this);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    bar->addAction(m_pdf);
    bar->addAction(m_mail);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(bar);
    layout->addWidget(m_table, 1);
    connect(m_pdf, &QAction::triggered, this,
            [this] { ReceiptTasks::savePdf(this, m_session, selectedNumber()); });
    connect(m_mail, &QAction::triggered, this, [this] {
        const QString number = selectedNumber();
        if (number.isEmpty())
            return;
        emit statusMessage(tr("Sending receipt %1 by e-mail…").arg(number));
        ReceiptTasks::sendByEmail(this, m_session, number, whenMailed());
    });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, [this] {
        const bool chosen = !selectedNumber().isEmpty();
        m_pdf->setEnabled(chosen);
        m_mail->setEnabled(chosen);
    });
    connect(m_table, &QTableWidget::cellDoubleClicked, m_pdf, &QAction::trigger);
    m_pdf->setEnabled(false);
    m_mail->setEnabled(false);
}

ReceiptTasks::MailFinished ReceiptsPanel::whenMailed()
{
    return [this](const QString &status, int sent, const QStringList &problems) {
        emit statusMessage(status);
        emit receiptMailed(sent, problems);
    };
}

void ReceiptsPanel::sendSelectedWith(const QString &password)
{
    const QString number = selectedNumber();
    if (number.isEmpty())
        return;
    emit statusMessage(tr("Sending receipt %1 by e-mail…").arg(number));
    ReceiptTasks::sendByEmailWith(this, m_session, number, password, whenMailed());
}

void ReceiptsPanel::setCustomer(qint64 customerId)
{
    m_table->setRowCount(0);
    if (customerId <= 0)
        return;
    std::vector<ReceiptListRow> rows;
    try {
        rows = ReceiptService(m_session).list(customerId);
    } catch (const Error &e) {
        showError(this, tr("Receipts"), e.userMessage());
        return;
    }
    const QLocale locale;
    m_table->setRowCount(int(rows.size()));
    for (int row = 0; row < int(rows.size()); ++row) {
        const ReceiptListRow &r = rows[std::size_t(row)];
        const QString cells[ColumnCount] = {
            r.number,
            LocalDates::shortDate(r.issueDate, locale),
            r.customerName,
            Display::moneyWithCode(r.amount),
            paymentMethodName(r.method),
            r.reference,
        };
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells[column]);
            if (column == AmountColumn)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(row, column, item);
        }
    }
    m_pdf->setEnabled(false);
    m_mail->setEnabled(false);
}

int ReceiptsPanel::rowCount() const
{
    return m_table->rowCount();
}

QString ReceiptsPanel::numberAt(int row) const
{
    const QTableWidgetItem *item = m_table->item(row, NumberColumn);
    return item ? item->text() : QString();
}

QString ReceiptsPanel::selectedNumber() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    return ranges.isEmpty() ? QString() : numberAt(ranges.front().topRow());
}

void ReceiptsPanel::selectRow(int row)
{
    m_table->selectRow(row);
}

} // namespace Accrue
