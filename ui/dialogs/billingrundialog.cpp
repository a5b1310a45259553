#include "dialogs/billingrundialog.h"

#include "backgroundtask.h"
#include "billing/changebus.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/localdates.h"
#include "models/billingpreviewmodel.h"
#include "models/moneyformat.h"
#include "widgets/listtable.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Accrue {

BillingRunDialog::BillingRunDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_date(new QDateEdit(session.today(), this))
    , m_issue(new QCheckBox(tr("&Issue the invoices (otherwise they stay drafts)"), this))
    , m_preview(new QPushButton(tr("&Preview"), this))
    , m_run(new QPushButton(tr("&Run Billing"), this))
    , m_table(new QTableView(this))
    , m_model(new BillingPreviewModel(this))
    , m_summary(new QLabel(this))
{
    setWindowTitle(tr("Billing Run"));
    resize(900, 560);
    m_date->setCalendarPopup(true);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_issue->setChecked(SettingsService(session).company().billingRunIssues);
    m_run->setEnabled(false);
    m_summary->setWordWrap(true);
    m_summary->setText(tr("Preview shows the invoices and credit notes the run will make."));
    setUpListTable(m_table);
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSectionResizeMode(BillingPreviewModel::Key,
                                                      QHeaderView::Stretch);

    auto *form = new QFormLayout;
    form->addRow(tr("Bill what is due on:"), m_date);
    form->addRow(QString(), m_issue);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_preview, QDialogButtonBox::ActionRole);
    buttons->addButton(m_run, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_preview, &QPushButton::clicked, this, &BillingRunDialog::startPreview);
    connect(m_run, &QPushButton::clicked, this, [this] {
        if (QMessageBox::question(this, tr("Billing Run"),
                                  summary() + QStringLiteral("\n\n")
                                      + tr("Make these documents now?"))
            == QMessageBox::Yes)
            startRun();
    });
    // A different date or issue choice needs a new preview before running.
    connect(m_date, &QDateEdit::dateChanged, this, [this] { m_run->setEnabled(false); });
    connect(m_issue, &QCheckBox::toggled, this, [this] { m_run->setEnabled(false); });
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_summary);
    layout->addWidget(buttons);
}

QString BillingRunDialog::summary() const
{
    return m_summary->text();
}

QString BillingRunDialog::totals(const QMap<QString, Money> &byCurrency)
{
    QStringList parts;
    for (const Money &amount : byCurrency)
        parts << Display::moneyWithCode(amount);
    return parts.join(QStringLiteral(", "));
}

void BillingRunDialog::setBusy(bool busy)
{
    m_preview->setEnabled(!busy);
    m_run->setEnabled(!busy && m_previewed == m_date->date());
    m_date->setEnabled(!busy);
    m_issue->setEnabled(!busy);
    if (busy)
        m_summary->setText(tr("Working…"));
}

void BillingRunDialog::startPreview()
{
    m_previewed = {};
    setBusy(true);
    const QString user = m_session.userName();
    const QDate today = m_session.today();
    const QDate date = m_date->date();
    const bool issue = m_issue->isChecked();
    runInBackground<Preview>(
        this, m_session.db(),
        [=](Database &db) {
            Session session(db, user);
            session.setToday(today);
            Preview p;
            p.counts = BillingRun(session).preview(date, issue, [&p](const BillingItem &item) {
                QMap<QString, Money> &sums
                    = item.kind == BillingItem::Kind::Invoice ? p.invoiced : p.credited;
                sums[item.currency.code()] += item.net;
                if (p.shown.size() < std::size_t(shownRows))
                    p.shown.push_back(item);
            });
            return p;
        },
        [this, date](Preview p) {
            m_previewed = date;
            showPreview(std::move(p));
        },
        [this](const QString &error) { fail(error); });
}

void BillingRunDialog::showPreview(Preview p)
{
    const bool more = p.counts.invoices + p.counts.creditNotes > int(p.shown.size());
    m_model->setItems(std::move(p.shown));
    QString text = p.counts.invoices + p.counts.creditNotes == 0
        ? tr("Nothing is due on %1: every period and change up to it is billed.")
              .arg(LocalDates::longDate(m_previewed))
        : tr("%Ln invoice(s)", nullptr, p.counts.invoices)
            + (p.invoiced.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(totals(p.invoiced)))
            + QStringLiteral(", ") + tr("%Ln credit note(s)", nullptr, p.counts.creditNotes)
            + (p.credited.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(totals(p.credited)))
            + QStringLiteral(" ")
            + tr("for %Ln subscription(s), net of tax.", nullptr, p.counts.subscriptions);
    if (more)
        text += QLatin1Char(' ') + tr("The table shows the first %L1.").arg(shownRows);
    m_summary->setText(text);
    setBusy(false);
    m_run->setEnabled(p.counts.invoices + p.counts.creditNotes > 0);
    emit previewReady();
}

void BillingRunDialog::startRun()
{
    setBusy(true);
    m_run->setEnabled(false);
    const QString user = m_session.userName();
    const QDate today = m_session.today();
    const QDate date = m_date->date();
    const bool issue = m_issue->isChecked();
    runInBackground<BillingRun::Result>(
        this, m_session.db(),
        [=](Database &db) {
            Session session(db, user);
            session.setToday(today);
            return BillingRun(session).run(date, issue);
        },
        [this](BillingRun::Result result) { showResult(result); },
        [this](const QString &error) { fail(error); });
}

void BillingRunDialog::showResult(const BillingRun::Result &result)
{
    // The worker's connection committed it: tell this window's pages.
    m_session.changes().announce(BookArea::Invoices | BookArea::CreditNotes | BookArea::Customers
                                 | BookArea::Ledger);
    m_previewed = {};
    setBusy(false);
    m_run->setEnabled(false);
    m_summary->setText(
        tr("Made %Ln invoice(s)", nullptr, result.invoices) + QStringLiteral(", ")
        + tr("%Ln credit note(s)", nullptr, result.creditNotes) + QStringLiteral(" ")
        + (result.issued ? tr("(invoices issued).") : tr("(invoices left as drafts).")));
    emit finished(true);
}

void BillingRunDialog::fail(const QString &message)
{
    m_previewed = {};
    setBusy(false);
    m_summary->setText(message);
    emit finished(false);
}

} // namespace Accrue
