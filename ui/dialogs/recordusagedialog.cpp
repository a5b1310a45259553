#include "dialogs/recordusagedialog.h"

#include "billing/customerservice.h"
#include "billing/recognitionservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "models/moneyformat.h"
#include "models/usagerecordmodel.h"
#include "money/decimal.h"

#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace Accrue {

namespace {

constexpr int quantityDecimals = 3; // quantities are kept in thousandths

QString dayText(const QDate &date)
{
    return LocalDates::shortDate(date);
}

} // namespace

RecordUsageDialog::RecordUsageDialog(Session &session, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_customer(new QComboBox(this))
    , m_product(new QComboBox(this))
    , m_date(new QDateEdit(session.today(), this))
    , m_quantity(new QLineEdit(this))
    , m_unit(new QLabel(this))
    , m_amount(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_status(new QLabel(this))
    , m_listNote(new QLabel(this))
    , m_table(new QTableView(this))
    , m_model(new UsageRecordModel(session, this))
    , m_record(new QPushButton(tr("&Record"), this))
{
    setWindowTitle(tr("Record Usage"));
    loadChoices();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_record, QDialogButtonBox::ActionRole);
    m_record->setObjectName(QStringLiteral("record"));
    m_record->setDefault(true); // Enter records
    m_record->setEnabled(hasProducts() && m_session.can(Permission::Billing));
    if (!m_session.can(Permission::Billing))
        m_record->setToolTip(tr("Your role may read usage but not record it"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(createForm());
    layout->addWidget(createList(), 1);
    layout->addWidget(buttons);
    resize(760, 520);

    connect(buttons, &QDialogButtonBox::rejected, this, &RecordUsageDialog::reject);
    connect(m_record, &QPushButton::clicked, this, &RecordUsageDialog::record);
    connect(m_customer, &QComboBox::currentIndexChanged, this, &RecordUsageDialog::reloadList);
    connect(m_product, &QComboBox::currentIndexChanged, this, &RecordUsageDialog::updateAmount);
    connect(m_quantity, &QLineEdit::textChanged, this, &RecordUsageDialog::updateAmount);
    updateAmount();
    reloadList();
}

void RecordUsageDialog::loadChoices()
{
    try {
        m_customer->addItem(QString(), qint64(0));
        for (const Customer &c : CustomerService(m_session).list())
            m_customer->addItem(c.name + QStringLiteral(" (") + c.code + u')', c.id);
        m_products = RecognitionService(m_session).usageProducts();
    } catch (const Error &e) {
        showProblem(e.userMessage());
    }
    for (const Product &p : m_products)
        m_product->addItem(p.code + QStringLiteral(" — ") + p.name, p.id); // as on invoice lines
}

QWidget *RecordUsageDialog::createForm()
{
    auto *form = new QWidget(this);
    auto *rows = new QFormLayout(form);
    rows->setContentsMargins(0, 0, 0, 0);
    // Searchable: typing any part of a name or code narrows the list.
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->lineEdit()->setPlaceholderText(tr("Type to search customers"));
    rows->addRow(tr("&Customer:"), m_customer);

    m_product->setObjectName(QStringLiteral("product"));
    if (hasProducts()) {
        rows->addRow(tr("&Product:"), m_product);
    } else {
        m_product->hide();
        auto *none = new QLabel(tr("This book has no product recognised as delivered, so there "
                                   "is nothing to record usage for. Set a product's recognition "
                                   "to “As delivered” in the catalogue first."),
                                form);
        none->setObjectName(QStringLiteral("noProducts"));
        none->setWordWrap(true);
        rows->addRow(tr("Product:"), none);
    }

    m_date->setObjectName(QStringLiteral("deliveredOn"));
    m_date->setCalendarPopup(true);
    rows->addRow(tr("&Delivered on:"), m_date);

    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setPlaceholderText(tr("up to %1 decimals, e.g. %2")
                                       .arg(quantityDecimals)
                                       .arg(Decimal::format(1250500, quantityDecimals, QLocale())));
    auto *quantityRow = new QHBoxLayout;
    quantityRow->addWidget(m_quantity, 1);
    quantityRow->addWidget(m_unit);
    auto *quantityLabel = new QLabel(tr("&Quantity:"), form);
    quantityLabel->setBuddy(m_quantity); // a row of a layout gets no buddy by itself
    rows->addRow(quantityLabel, quantityRow);

    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    rows->addRow(tr("Amount:"), m_amount);

    m_problem->setObjectName(QStringLiteral("problem"));
    m_problem->setWordWrap(true);
    // Errors read as errors on light and dark palettes; the text says it too.
    m_problem->setStyleSheet(QStringLiteral("color: #d0312d;"));
    m_problem->hide();
    rows->addRow(m_problem);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->setWordWrap(true);
    rows->addRow(m_status);
    return form;
}

QWidget *RecordUsageDialog::createList()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(new QLabel(tr("Usage recorded for the customer:"), box));
    m_table->setObjectName(QStringLiteral("usage"));
    m_table->setModel(m_model);
    m_table->verticalHeader()->hide();
    m_table->setAlternatingRowColors(true);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(UsageRecordModel::Product,
                                                      QHeaderView::Stretch);
    layout->addWidget(m_table, 1);
    m_listNote->setObjectName(QStringLiteral("listNote"));
    m_listNote->setWordWrap(true);
    layout->addWidget(m_listNote);
    return box;
}

void RecordUsageDialog::setCustomer(qint64 customerId)
{
    m_customer->setCurrentIndex(std::max(0, m_customer->findData(customerId)));
}

void RecordUsageDialog::setProduct(qint64 productId)
{
    m_product->setCurrentIndex(m_product->findData(productId));
}

void RecordUsageDialog::setDeliveredOn(const QDate &date)
{
    m_date->setDate(date);
}

void RecordUsageDialog::setQuantityText(const QString &text)
{
    m_quantity->setText(text);
}

QString RecordUsageDialog::amountText() const
{
    return m_amount->text();
}

QString RecordUsageDialog::problemText() const
{
    return m_problem->isHidden() ? QString() : m_problem->text();
}

QString RecordUsageDialog::statusText() const
{
    return m_status->text();
}

const Product *RecordUsageDialog::chosenProduct() const
{
    const qint64 id = m_product->currentData().toLongLong();
    for (const Product &p : m_products)
        if (p.id == id)
            return &p;
    return nullptr;
}

std::optional<qint64> RecordUsageDialog::quantity(QString *why) const
{
    try {
        return Decimal::parse(m_quantity->text().trimmed(), quantityDecimals, QLocale());
    } catch (const Error &e) {
        if (why)
            *why = tr("quantity: %1").arg(e.userMessage());
        return std::nullopt;
    }
}

// What the usage will be worth: the product's unit price times the
// quantity, rounded half away from zero as core prices it (Money).
void RecordUsageDialog::updateAmount()
{
    const Product *product = chosenProduct();
    m_unit->setText(product ? product->unit : QString());
    if (!product) {
        m_amount->clear();
        return;
    }
    const QString price = Display::moneyWithCode(product->unitPrice);
    QString why;
    const std::optional<qint64> q
        = m_quantity->text().trimmed().isEmpty() ? std::nullopt : quantity(&why);
    if (!q) {
        m_amount->setText(why.isEmpty() ? tr("%1 per %2").arg(price, product->unit) : why);
        return;
    }
    try {
        m_amount->setText(tr("%1 (%2 %3 at %4 per %3)")
                              .arg(Display::moneyWithCode(product->unitPrice.timesQuantity(*q)),
                                   Decimal::format(*q, quantityDecimals, QLocale()), product->unit,
                                   price));
    } catch (const Error &e) {
        m_amount->setText(e.userMessage()); // too large to price
    }
}

bool RecordUsageDialog::record()
{
    m_problem->hide();
    m_status->clear();
    // An edited customer box that names no customer is no choice.
    const int index = m_customer->currentIndex();
    const bool named = index > 0 && m_customer->currentText() == m_customer->itemText(index);
    const qint64 customerId = named ? m_customer->currentData().toLongLong() : 0;
    const Product *product = chosenProduct();
    if (customerId == 0) {
        showProblem(tr("customer: choose the customer the usage was delivered to"));
        return false;
    }
    if (!product) {
        showProblem(tr("product: choose the product delivered"));
        return false;
    }
    QString why;
    const std::optional<qint64> q = quantity(&why);
    if (!q) {
        showProblem(why);
        return false;
    }
    UsageRecord usage;
    try {
        usage = RecognitionService(m_session).recordUsage(customerId, product->id, m_date->date(),
                                                          *q);
    } catch (const Error &e) {
        showProblem(e.userMessage());
        return false;
    }
    m_status->setText(tr("Recorded: %1 %2 of %3 delivered on %4, %5.")
                          .arg(Decimal::format(usage.quantityMilli, quantityDecimals, QLocale()),
                               product->unit, product->name, dayText(usage.deliveredOn),
                               Display::moneyWithCode(usage.amount)));
    m_quantity->clear(); // ready for the next one
    reloadList();
    emit recorded(usage);
    return true;
}

void RecordUsageDialog::reloadList()
{
    const qint64 customerId = m_customer->currentData().toLongLong();
    try {
        m_model->load(customerId);
    } catch (const Error &e) {
        showProblem(e.userMessage());
        return;
    }
    if (customerId == 0)
        m_listNote->setText(tr("Choose a customer to see their usage."));
    else if (m_model->rowCount() == 0)
        m_listNote->setText(tr("No usage recorded for this customer yet."));
    else if (m_model->truncated())
        m_listNote->setText(tr("The latest %1 records are shown.").arg(UsageRecordModel::rowLimit));
    else
        m_listNote->setText(tr("Records: %1").arg(m_model->rowCount()));
}

void RecordUsageDialog::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->show();
    emit failed(message);
}

void RecordUsageDialog::reject()
{
    // A quantity typed and not recorded is work that closing would lose.
    if (!m_quantity->text().trimmed().isEmpty()
        && QMessageBox::question(this, windowTitle(),
                                 tr("The usage typed has not been recorded. Close anyway?"),
                                 QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Close)
        return;
    QDialog::reject();
}

} // namespace Accrue
