#include "pages/reportparameterform.h"

#include "billing/customerservice.h"
#include "billing/session.h"
#include "money/currency.h"
#include "reports/reportengine.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Accrue {

namespace {

using Choice = std::pair<QString, QString>; // label, key

void addChoices(QComboBox *combo, std::initializer_list<Choice> choices)
{
    for (const auto &[label, key] : choices)
        combo->addItem(label, key);
}

} // namespace

ReportParameterForm::ReportParameterForm(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_report(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_from(new QDateEdit(this))
    , m_to(new QDateEdit(this))
    , m_asOf(new QDateEdit(session.today(), this))
    , m_customer(new QLineEdit(this))
    , m_module(new QComboBox(this))
    , m_plan(new QComboBox(this))
    , m_currency(new QComboBox(this))
    , m_reportingCurrency(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_split(new QComboBox(this))
    , m_account(new QLineEdit(this))
    , m_invoice(new QLineEdit(this))
{
    // The ledger's reports are the root's: core lists them to its users only.
    for (const ReportDefinition *r : ReportEngine::reportsFor(session.db())) {
        m_report->addItem(r->title, r->name);
        m_report->setItemData(m_report->count() - 1, r->summary, Qt::ToolTipRole);
    }
    fillChoices();
    createLayout();
    connect(m_report, &QComboBox::currentIndexChanged, this, [this] {
        updateParameterWidgets();
        applyDefaultPeriod();
        emit reportChanged();
    });
    updateParameterWidgets();
    applyDefaultPeriod();
}

void ReportParameterForm::fillChoices()
{
    CustomerService directory(m_session);
    m_module->addItem(tr("All modules"), QString());
    for (const Product &p : directory.products())
        m_module->addItem(p.name, p.code);
    m_plan->addItem(tr("All plans"), QString());
    for (const Plan &p : directory.plans())
        m_plan->addItem(p.name, p.code);
    m_currency->addItem(tr("Main currency"), QString());
    for (const QString &code : Currency::codes())
        m_currency->addItem(code, code);
    // Converted at each document's date (the book's exchange rates).
    m_reportingCurrency->addItem(tr("In each document's currency"), QString());
    for (const QString &code : Currency::codes())
        m_reportingCurrency->addItem(tr("In %1").arg(code), code);
    m_reportingCurrency->setToolTip(
        tr("Convert every document into one currency at the rate of the document's date"));
    addChoices(m_status,
               { { tr("All statuses"), QString() },
                 { tr("Unpaid"), QStringLiteral("unpaid") },
                 { tr("Overdue"), QStringLiteral("overdue") },
                 { tr("Paid"), QStringLiteral("paid") },
                 { tr("Void"), QStringLiteral("void") },
                 { tr("Draft"), QStringLiteral("draft") } });
    addChoices(m_split,
               { { tr("No split"), QString() },
                 { tr("By module"), QStringLiteral("module") },
                 { tr("By customer"), QStringLiteral("customer") },
                 { tr("By plan"), QStringLiteral("plan") } });
}

void ReportParameterForm::createLayout()
{
    // Two rows: what and when on top, the narrowing below, so the page fits
    // a laptop screen.
    auto *rows = new QVBoxLayout(this);
    rows->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *narrow = new QHBoxLayout;
    rows->addLayout(top);
    rows->addLayout(narrow);
    top->addWidget(new QLabel(tr("Report:"), this));
    top->addWidget(m_report);
    addPeriodOptions(top);
    auto *generate = new QPushButton(tr("&Generate"), this);
    generate->setDefault(true);
    connect(generate, &QPushButton::clicked, this, &ReportParameterForm::generateRequested);
    top->addWidget(generate);
    top->addStretch(1);
    addNarrowingOptions(narrow);
    narrow->addStretch(1);
}

void ReportParameterForm::addPeriodOptions(QHBoxLayout *row)
{
    // The presets of every period picker (Period::presets), by their names.
    for (Period::Kind kind : Period::presets())
        m_period->addItem(Period::title(kind), int(kind));
    for (QDateEdit *edit : { m_from, m_to, m_asOf })
        edit->setCalendarPopup(true);
    connect(m_period, &QComboBox::activated, this,
            [this](int index) { applyPeriod(Period::Kind(m_period->itemData(index).toInt())); });
    auto *dash = new QLabel(QStringLiteral("–"), this);
    addParameter(row, ReportParameter::DateRange, tr("Period:"), { m_period, m_from, dash, m_to });
    row->insertWidget(row->indexOf(m_to), dash);
    addParameter(row, ReportParameter::AsOf, tr("As of:"), { m_asOf });
}

void ReportParameterForm::addNarrowingOptions(QHBoxLayout *row)
{
    m_customer->setPlaceholderText(tr("Customer code or name"));
    m_customer->setClearButtonEnabled(true);
    m_customer->setMinimumWidth(
        m_customer->fontMetrics().horizontalAdvance(m_customer->placeholderText()) + 40);
    for (QComboBox *combo : { m_module, m_plan })
        combo->setMaximumWidth(200);
    m_account->setPlaceholderText(tr("Account code (all)"));
    m_invoice->setPlaceholderText(tr("Invoice number (all in the period)"));
    m_invoice->setClearButtonEnabled(true);
    m_invoice->setObjectName(QStringLiteral("invoiceParameter"));
    const std::pair<ReportParameter, QWidget *> narrowing[] = {
        { ReportParameter::Customer, m_customer },
        { ReportParameter::Module, m_module },
        { ReportParameter::Plan, m_plan },
        { ReportParameter::Currency, m_currency },
        { ReportParameter::Status, m_status },
        { ReportParameter::Split, m_split },
        { ReportParameter::Account, m_account },
        { ReportParameter::ReportingCurrency, m_reportingCurrency },
        { ReportParameter::Invoice, m_invoice },
    };
    for (const auto &[parameter, widget] : narrowing)
        addParameter(row, parameter, QString(), { widget });
}

// Lays out a parameter's widgets behind its label, if it has one, and keeps
// them together so a report that doesn't take the parameter hides them all.
void ReportParameterForm::addParameter(QHBoxLayout *row, ReportParameter parameter,
                                       const QString &label, QList<QWidget *> widgets)
{
    if (!label.isEmpty()) {
        auto *l = new QLabel(label, this);
        row->addWidget(l);
        widgets.prepend(l);
    }
    for (QWidget *w : widgets)
        if (!qobject_cast<QLabel *>(w))
            row->addWidget(w);
    m_parameterWidgets[parameter] = widgets;
}

const ReportDefinition &ReportParameterForm::definition() const
{
    return ReportEngine::require(m_report->currentData().toString());
}

QString ReportParameterForm::reportTitle() const
{
    return m_report->currentText();
}

void ReportParameterForm::updateParameterWidgets()
{
    const ReportDefinition &report = definition();
    for (const auto &[parameter, widgets] : m_parameterWidgets)
        for (QWidget *w : widgets)
            w->setVisible(report.takes(parameter));
}

Period::Kind ReportParameterForm::periodKind() const
{
    return Period::Kind(m_period->currentData().toInt());
}

void ReportParameterForm::applyPeriod(Period::Kind kind)
{
    if (kind == Period::Kind::Custom)
        return; // the dates as they are
    // Up to today, as on the Dashboard: the days after it have nothing to
    // report yet.
    const Period period = Period::preset(kind, m_session.today());
    m_from->setDate(period.from);
    m_to->setDate(period.to);
    m_period->setCurrentIndex(m_period->findData(int(kind)));
}

void ReportParameterForm::applyDefaultPeriod()
{
    // Revenue over time reads best over a year, lists over this month; a
    // period the user set by hand stays.
    if (periodKind() == Period::Kind::Custom)
        return;
    applyPeriod(definition().spansYear() ? Period::Kind::Last12Months : Period::Kind::ThisMonth);
}

ReportRequest ReportParameterForm::request() const
{
    ReportRequest r;
    r.report = m_report->currentData().toString();
    ReportParameters &p = r.parameters;
    p.from = m_from->date();
    p.to = m_to->date();
    p.asOf = m_asOf->date();
    p.customer = m_customer->text().trimmed();
    p.module = m_module->currentData().toString();
    p.plan = m_plan->currentData().toString();
    p.currency = m_currency->currentData().toString();
    p.reportingCurrency = m_reportingCurrency->currentData().toString();
    p.status = m_status->currentData().toString();
    p.split = m_split->currentData().toString();
    p.account = m_account->text().trimmed();
    p.invoice = m_invoice->text().trimmed();
    p.today = m_session.today();
    return r;
}

void ReportParameterForm::setRequest(const ReportRequest &r)
{
    const QSignalBlocker block(m_report);
    m_report->setCurrentIndex(std::max(0, m_report->findData(r.report)));
    updateParameterWidgets();
    const ReportParameters &p = r.parameters;
    if (p.from.isValid() || p.to.isValid())
        m_period->setCurrentIndex(m_period->findData(int(Period::Kind::Custom)));
    if (p.from.isValid())
        m_from->setDate(p.from);
    if (p.to.isValid())
        m_to->setDate(p.to);
    m_asOf->setDate(p.asOf.isValid() ? p.asOf : m_session.today());
    m_customer->setText(p.customer);
    auto choose = [](QComboBox *combo, const QString &key) {
        combo->setCurrentIndex(std::max(0, combo->findData(key)));
    };
    choose(m_module, p.module);
    choose(m_plan, p.plan);
    choose(m_currency, p.currency);
    choose(m_reportingCurrency, p.reportingCurrency);
    choose(m_status, p.status);
    choose(m_split, p.split);
    m_account->setText(p.account);
    m_invoice->setText(p.invoice);
}

} // namespace Accrue
