#include "dialogs/dunningsettingspane.h"

#include "billing/session.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <iterator>

namespace Accrue {

namespace {

constexpr DunningStep::Action stepActions[]
    = { DunningStep::Action::Email, DunningStep::Action::Review, DunningStep::Action::StopService };

} // namespace

DunningSettingsPane::DunningSettingsPane(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_loaded(DunningSettingsService(session).load())
    , m_schedule(m_loaded)
    , m_list(new QListWidget(this))
    , m_key(new QLineEdit(this))
    , m_name(new QLineEdit(this))
    , m_day(new QSpinBox(this))
    , m_action(new QComboBox(this))
    , m_subject(new QLineEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_fee(new QComboBox(this))
    , m_feeAmount(new QLineEdit(this))
    , m_feeBp(new QSpinBox(this))
    , m_problems(new QLabel(this))
    , m_remove(new QPushButton(tr("&Remove Step"), this))
{
    m_day->setRange(-90, 365);
    m_day->setToolTip(tr("Days after the due date; negative: before it (\"due soon\")"));
    for (DunningStep::Action a : stepActions)
        m_action->addItem(DunningStep::actionName(a));
    m_fee->addItems({ tr("No late fee"), tr("Fixed amount"), tr("Percent of the open balance") });
    m_feeAmount->setPlaceholderText(tr("5.00, in the invoice's currency"));
    m_feeBp->setRange(0, 10000);
    m_feeBp->setSuffix(tr(" bp"));
    m_feeBp->setToolTip(tr("Basis points of the open balance: 150 bp = 1.5 %"));
    m_body->setTabChangesFocus(true);
    m_problems->setWordWrap(true);
    m_problems->setForegroundRole(QPalette::BrightText);
    QStringList braced;
    for (const QString &p : DunningSchedule::placeholders())
        braced << u'{' + p + u'}';
    auto *hint = new QLabel(tr("Placeholders: %1").arg(braced.join(u' ')), this);
    hint->setWordWrap(true);

    auto *add = new QPushButton(tr("&Add Step"), this);
    auto *defaults = new QPushButton(tr("Restore &Defaults"), this);
    auto *listButtons = new QHBoxLayout;
    listButtons->addWidget(add);
    listButtons->addWidget(m_remove);
    listButtons->addWidget(defaults);
    auto *left = new QVBoxLayout;
    left->addWidget(m_list, 1);
    left->addLayout(listButtons);

    auto *form = new QFormLayout;
    form->addRow(tr("&Key:"), m_key);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Day:"), m_day);
    form->addRow(tr("&Action:"), m_action);
    form->addRow(tr("&Subject:"), m_subject);
    form->addRow(tr("&Text:"), m_body);
    form->addRow(QString(), hint);
    auto *feeRow = new QHBoxLayout;
    feeRow->addWidget(m_fee);
    feeRow->addWidget(m_feeAmount);
    feeRow->addWidget(m_feeBp);
    form->addRow(tr("Late &fee:"), feeRow);

    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 1);
    columns->addLayout(form, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns);
    layout->addWidget(m_problems);

    connect(m_list, &QListWidget::currentRowChanged, this, &DunningSettingsPane::showStep);
    connect(add, &QPushButton::clicked, this, &DunningSettingsPane::addStep);
    connect(m_remove, &QPushButton::clicked, this, &DunningSettingsPane::removeStep);
    connect(defaults, &QPushButton::clicked, this, &DunningSettingsPane::restoreDefaults);
    for (QLineEdit *edit : { m_key, m_name, m_subject, m_feeAmount })
        connect(edit, &QLineEdit::textChanged, this, &DunningSettingsPane::storeStep);
    connect(m_body, &QPlainTextEdit::textChanged, this, &DunningSettingsPane::storeStep);
    for (QSpinBox *spin : { m_day, m_feeBp })
        connect(spin, &QSpinBox::valueChanged, this, &DunningSettingsPane::storeStep);
    for (QComboBox *combo : { m_action, m_fee })
        connect(combo, &QComboBox::currentIndexChanged, this, &DunningSettingsPane::storeStep);
    refreshList();
    selectStep(0);
}

bool DunningSettingsPane::isModified() const
{
    return m_schedule.toJson() != m_loaded.toJson();
}

void DunningSettingsPane::save()
{
    if (!isModified())
        return;
    m_loaded = DunningSettingsService(m_session).save(m_schedule);
    m_schedule = m_loaded; // sorted by day, with the new version
    refreshList();
    selectStep(0);
}

void DunningSettingsPane::selectStep(int row)
{
    m_list->setCurrentRow(row);
    showStep(m_list->currentRow());
}

void DunningSettingsPane::refreshList()
{
    const QSignalBlocker blocker(m_list);
    const int current = m_list->currentRow();
    m_list->clear();
    for (const DunningStep &s : m_schedule.steps)
        m_list->addItem(tr("Day %1: %2").arg(s.day).arg(s.name));
    m_list->setCurrentRow(std::min(current, int(m_schedule.steps.size()) - 1));
    m_remove->setEnabled(!m_schedule.steps.empty());
    showProblems();
}

void DunningSettingsPane::showStep(int row)
{
    m_row = row >= 0 && row < int(m_schedule.steps.size()) ? row : -1;
    const DunningStep s = m_row >= 0 ? m_schedule.steps[size_t(m_row)] : DunningStep();
    m_loading = true;
    m_key->setText(s.key);
    m_name->setText(s.name);
    m_day->setValue(s.day);
    m_action->setCurrentIndex(
        int(std::find(std::begin(stepActions), std::end(stepActions), s.action)
            - std::begin(stepActions)));
    m_subject->setText(s.subject);
    m_body->setPlainText(s.body);
    m_fee->setCurrentIndex(int(s.fee));
    m_feeAmount->setText(s.feeAmount);
    m_feeBp->setValue(s.feeBasisPoints);
    m_loading = false;
    for (QWidget *w : std::initializer_list<QWidget *> { m_key, m_name, m_day, m_action, m_subject,
                                                         m_body, m_fee, m_feeAmount, m_feeBp })
        w->setEnabled(m_row >= 0);
    m_feeAmount->setEnabled(m_row >= 0 && s.fee == DunningStep::Fee::Fixed);
    m_feeBp->setEnabled(m_row >= 0 && s.fee == DunningStep::Fee::Percent);
}

void DunningSettingsPane::storeStep()
{
    if (m_loading || m_row < 0)
        return;
    DunningStep &s = m_schedule.steps[size_t(m_row)];
    s.key = m_key->text().trimmed();
    s.name = m_name->text();
    s.day = m_day->value();
    s.action
        = stepActions[std::clamp(m_action->currentIndex(), 0, int(std::size(stepActions)) - 1)];
    s.subject = m_subject->text();
    s.body = m_body->toPlainText();
    s.fee = DunningStep::Fee(std::clamp(m_fee->currentIndex(), 0, 2));
    s.feeAmount = s.fee == DunningStep::Fee::Fixed ? m_feeAmount->text().trimmed() : QString();
    s.feeBasisPoints = s.fee == DunningStep::Fee::Percent ? m_feeBp->value() : 0;
    m_feeAmount->setEnabled(s.fee == DunningStep::Fee::Fixed);
    m_feeBp->setEnabled(s.fee == DunningStep::Fee::Percent);
    if (QListWidgetItem *item = m_list->item(m_row))
        item->setText(tr("Day %1: %2").arg(s.day).arg(s.name));
    showProblems();
}

void DunningSettingsPane::addStep()
{
    DunningStep s;
    int day = m_schedule.steps.empty() ? 1 : m_schedule.steps.back().day + 7;
    s.day = std::min(day, 365);
    s.key = QStringLiteral("day_%1").arg(s.day);
    s.name = tr("Reminder");
    s.subject = tr("Reminder: invoice {invoice} is overdue");
    s.body = DunningSchedule::defaults().steps[1].body;
    m_schedule.steps.push_back(s);
    refreshList();
    selectStep(int(m_schedule.steps.size()) - 1);
}

void DunningSettingsPane::removeStep()
{
    if (m_row < 0)
        return;
    m_schedule.steps.erase(m_schedule.steps.begin() + m_row);
    refreshList();
    selectStep(std::max(0, m_row - 1));
}

void DunningSettingsPane::restoreDefaults()
{
    const int version = m_schedule.version;
    m_schedule = DunningSchedule::defaults();
    m_schedule.version = version;
    refreshList();
    selectStep(0);
}

void DunningSettingsPane::showProblems()
{
    const QStringList problems = m_schedule.problems();
    m_problems->setText(problems.join(u'\n'));
    m_problems->setVisible(!problems.isEmpty());
}

} // namespace Accrue
