#include "dialogs/invoiceeditordialog.h"

#include "billing/customerservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "billing/settingsservice.h"
#include "common/error.h"
#include "common/localdates.h"
#include "domain/taxrate.h"
#include "editor/invoicedraft.h"
#include "editor/productdelegate.h"
#include "models/invoicelinesmodel.h"
#include "money/money.h"
#include "widgets/errorbox.h"

#include <QAction>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QToolButton>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Accrue {

namespace {

using Field = InvoiceProblem::Field;

// Merge keys of header edits: typing in one field undoes as one step.
enum HeaderKey {
    CustomerKey = 1,
    ProfileKey,
    IssueDateKey,
    TermsKey,
    DueDateKey,
    CurrencyKey,
    NotesKey
};

QString escaped(const QString &text)
{
    return text.toHtmlEscaped();
}

} // namespace

InvoiceEditorDialog::InvoiceEditorDialog(Session &session, Invoice invoice, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_draft(new InvoiceDraft(std::move(invoice), this))
    , m_model(nullptr)
    , m_customer(new QComboBox(this))
    , m_profile(new QComboBox(this))
    , m_issueDate(new QDateEdit(this))
    , m_terms(new QSpinBox(this))
    , m_dueDate(new QDateEdit(this))
    , m_currency(new QComboBox(this))
    , m_lines(new QTableView(this))
    , m_notes(new QPlainTextEdit(this))
    , m_totals(new QLabel(this))
    , m_banner(new QLabel(this))
    , m_inputProblem(new QLabel(this))
    , m_save(new QPushButton(tr("&Save Draft"), this))
    , m_issue(new QPushButton(tr("&Issue…"), this))
    , m_duplicate(new QPushButton(tr("D&uplicate"), this))
{
    loadChoices();
    auto *layout = new QVBoxLayout(this);
    m_banner->setWordWrap(true);
    m_banner->hide();
    layout->addWidget(m_banner);
    layout->addWidget(createHeader());
    layout->addWidget(createLines(), 1);
    layout->addWidget(createFooter());
    m_inputProblem->setWordWrap(true);
    m_inputProblem->setObjectName(QStringLiteral("inputProblem"));
    layout->addWidget(m_inputProblem);

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_save, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_issue, QDialogButtonBox::ActionRole);
    buttons->addButton(m_duplicate, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_save->setDefault(true); // Enter saves
    layout->addWidget(buttons);
    connect(m_save, &QPushButton::clicked, this, [this] { saveDraft(); });
    connect(m_issue, &QPushButton::clicked, this, [this] { issue(); });
    connect(m_duplicate, &QPushButton::clicked, this, &InvoiceEditorDialog::duplicate);
    connect(buttons, &QDialogButtonBox::rejected, this, &InvoiceEditorDialog::reject);

    connect(m_draft, &InvoiceDraft::changed, this, &InvoiceEditorDialog::syncFromDraft);
    connect(m_draft->undoStack(), &QUndoStack::cleanChanged, this,
            &InvoiceEditorDialog::updateTitle);
    setReadOnly(m_draft->invoice().status != InvoiceStatus::Draft);
    syncFromDraft();
    resize(1100, 640);
}

InvoiceEditorDialog::~InvoiceEditorDialog() = default;

Invoice InvoiceEditorDialog::newInvoice(Session &session)
{
    return InvoiceService(session).newDraft();
}

void InvoiceEditorDialog::loadChoices()
{
    CustomerService customers(m_session);
    m_customers = customers.list();
    m_model = new InvoiceLinesModel(m_draft, customers.products(), this);
    // A picked product brings its tax category; the book's table gives the rate.
    m_model->setTaxRule([this](Invoice &inv) { InvoiceService(m_session).applyTaxes(inv); });
    m_customer->addItem(QString(), qint64(0));
    for (const Customer &c : m_customers)
        m_customer->addItem(c.name + QStringLiteral(" (") + c.code + u')', c.id);
    m_currency->addItems(Currency::codes());
}

QLabel *InvoiceEditorDialog::problemLabel(Field field)
{
    auto *label = new QLabel(this);
    label->setObjectName(QStringLiteral("problem%1").arg(int(field)));
    label->setWordWrap(true);
    // Errors read as errors on light and dark palettes; the text says it too.
    label->setStyleSheet(QStringLiteral("color: #d0312d;"));
    label->hide();
    m_problemLabels[field] = label;
    return label;
}

QWidget *InvoiceEditorDialog::createHeader()
{
    auto *header = new QWidget(this);
    auto *grid = new QGridLayout(header);
    grid->setContentsMargins(0, 0, 0, 0);

    // Searchable: typing any part of a name or code narrows the list.
    m_customer->setEditable(true);
    m_customer->setInsertPolicy(QComboBox::NoInsert);
    m_customer->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_customer->completer()->setFilterMode(Qt::MatchContains);
    m_customer->setObjectName(QStringLiteral("customer"));
    m_customer->lineEdit()->setPlaceholderText(tr("Type to search customers"));
    for (QDateEdit *edit : { m_issueDate, m_dueDate }) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(LocalDates::shortFormat());
    }
    m_terms->setRange(0, 3650);
    m_terms->setSuffix(tr(" days"));

    auto *left = new QFormLayout;
    left->addRow(tr("&Customer:"), m_customer);
    left->addRow(QString(), problemLabel(Field::Customer));
    left->addRow(tr("Billing &profile:"), m_profile);
    left->addRow(tr("C&urrency:"), m_currency);
    left->addRow(QString(), problemLabel(Field::Currency));
    auto *right = new QFormLayout;
    right->addRow(tr("Issue &date:"), m_issueDate);
    right->addRow(QString(), problemLabel(Field::IssueDate));
    right->addRow(tr("Payment &terms:"), m_terms);
    right->addRow(tr("D&ue date:"), m_dueDate);
    right->addRow(QString(), problemLabel(Field::DueDate));
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    grid->setColumnStretch(0, 3);
    grid->setColumnStretch(1, 2);

    connect(m_customer, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (!m_syncing && index >= 0)
            setCustomer(m_customer->itemData(index).toLongLong());
    });
    connect(m_profile, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (m_syncing || index < 0)
            return;
        const qint64 id = m_profile->itemData(index).toLongLong();
        m_draft->edit(
            tr("Change billing profile"), [id](Invoice &inv) { inv.billingProfileId = id; },
            ProfileKey);
    });
    connect(m_issueDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (m_syncing)
            return;
        // Moving the issue date keeps the terms, so the due date moves along.
        m_draft->edit(
            tr("Change issue date"),
            [date](Invoice &inv) {
                const qint64 terms = inv.issueDate.isValid() && inv.dueDate.isValid()
                    ? inv.issueDate.daysTo(inv.dueDate)
                    : 0;
                inv.issueDate = date;
                inv.dueDate = date.addDays(std::max<qint64>(terms, 0));
            },
            IssueDateKey);
    });
    connect(m_terms, &QSpinBox::valueChanged, this, [this](int days) {
        if (!m_syncing)
            m_draft->edit(
                tr("Change payment terms"),
                [days](Invoice &inv) { inv.dueDate = inv.issueDate.addDays(days); }, TermsKey);
    });
    connect(m_dueDate, &QDateEdit::dateChanged, this, [this](const QDate &date) {
        if (!m_syncing)
            m_draft->edit(
                tr("Change due date"), [date](Invoice &inv) { inv.dueDate = date; }, DueDateKey);
    });
    connect(m_currency, &QComboBox::currentTextChanged, this, [this](const QString &code) {
        if (m_syncing)
            return;
        const auto currency = Currency::fromCode(code);
        m_draft->edit(
            tr("Change currency"),
            [currency](Invoice &inv) { inv.currency = currency.value_or(Currency()); },
            CurrencyKey);
    });
    return header;
}

QWidget *InvoiceEditorDialog::createLines()
{
    auto *box = new QWidget(this);
    auto *layout = new QVBoxLayout(box);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *bar = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Lines</b>"), box);
    bar->addWidget(title);
    bar->addWidget(problemLabel(Field::Lines), 1);
    auto button = [this, box, bar](QAction *action) {
        auto *b = new QToolButton(box);
        b->setDefaultAction(action);
        b->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
        bar->addWidget(b);
        addAction(action);
    };
    auto *add = new QAction(QIcon::fromTheme(QStringLiteral("list-add")), tr("&Add Line"), this);
    add->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    connect(add, &QAction::triggered, this, [this] {
        m_model->addLine();
        m_lines->setCurrentIndex(
            m_model->index(m_model->rowCount() - 1, InvoiceLinesModel::Description));
        m_lines->edit(m_lines->currentIndex());
    });
    auto *remove
        = new QAction(QIcon::fromTheme(QStringLiteral("list-remove")), tr("&Remove Line"), this);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    connect(remove, &QAction::triggered, this,
            [this] { m_model->removeLine(m_lines->currentIndex().row()); });
    auto *clearPeriod = new QAction(tr("Clear Service &Period"), this);
    connect(clearPeriod, &QAction::triggered, this,
            [this] { m_model->clearServicePeriod(m_lines->currentIndex().row()); });
    // Short button texts; what would be undone is in the tooltip.
    QUndoStack *stack = m_draft->undoStack();
    auto *undo = new QAction(QIcon::fromTheme(QStringLiteral("edit-undo")), tr("&Undo"), this);
    undo->setShortcut(QKeySequence::Undo);
    undo->setEnabled(false);
    connect(undo, &QAction::triggered, stack, &QUndoStack::undo);
    connect(stack, &QUndoStack::canUndoChanged, undo, &QAction::setEnabled);
    connect(stack, &QUndoStack::undoTextChanged, undo,
            [undo](const QString &text) { undo->setToolTip(tr("Undo %1").arg(text)); });
    auto *redo = new QAction(QIcon::fromTheme(QStringLiteral("edit-redo")), tr("&Redo"), this);
    redo->setShortcut(QKeySequence::Redo);
    redo->setEnabled(false);
    connect(redo, &QAction::triggered, stack, &QUndoStack::redo);
    connect(stack, &QUndoStack::canRedoChanged, redo, &QAction::setEnabled);
    connect(stack, &QUndoStack::redoTextChanged, redo,
            [redo](const QString &text) { redo->setToolTip(tr("Redo %1").arg(text)); });
    for (QAction *a : { add, remove, undo, redo })
        button(a);
    layout->addLayout(bar);

    m_lines->setModel(m_model);
    m_lines->setObjectName(QStringLiteral("lines"));
    m_lines->setItemDelegateForColumn(InvoiceLinesModel::Product, new ProductDelegate(m_lines));
    m_lines->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_lines->setSelectionMode(QAbstractItemView::SingleSelection);
    m_lines->setEditTriggers(QAbstractItemView::AllEditTriggers);
    // Numbers get what their content needs; the description takes the rest.
    const QFontMetrics metrics = m_lines->fontMetrics();
    const int number = metrics.horizontalAdvance(QStringLiteral("000,000.00")) + 16;
    const int date = metrics.horizontalAdvance(QStringLiteral("00/00/0000")) + 24;
    const std::pair<int, int> widths[] = {
        { InvoiceLinesModel::Product, number },
        { InvoiceLinesModel::Quantity, number * 2 / 3 },
        { InvoiceLinesModel::UnitPrice, number },
        { InvoiceLinesModel::Discount, metrics.horizontalAdvance(tr("Discount %")) + 20 },
        { InvoiceLinesModel::TaxRate, number / 2 },
        { InvoiceLinesModel::ServiceStart, date },
        { InvoiceLinesModel::ServiceEnd, date },
        { InvoiceLinesModel::Net, number },
        { InvoiceLinesModel::Tax, number * 4 / 5 },
        { InvoiceLinesModel::Total, number },
    };
    for (const auto &[column, width] : widths)
        m_lines->setColumnWidth(column, width);
    m_lines->horizontalHeader()->setSectionResizeMode(InvoiceLinesModel::Description,
                                                      QHeaderView::Stretch);
    m_lines->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_lines->addActions({ add, remove, clearPeriod });
    connect(
        m_model, &InvoiceLinesModel::inputRejected, this,
        [this](const QModelIndex &index, const QString &message) {
            const QString column
                = m_model->headerData(index.column(), Qt::Horizontal, Qt::DisplayRole).toString();
            m_inputProblem->setText(
                tr("Line %1, %2: %3").arg(index.row() + 1).arg(column, message));
        });
    layout->addWidget(m_lines);
    return box;
}

QWidget *InvoiceEditorDialog::createFooter()
{
    auto *footer = new QWidget(this);
    auto *layout = new QHBoxLayout(footer);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *notes = new QFormLayout;
    m_notes->setPlaceholderText(tr("Shown on the invoice"));
    m_notes->setMaximumHeight(90);
    notes->addRow(tr("&Notes:"), m_notes);
    notes->addRow(QString(), problemLabel(Field::Notes));
    layout->addLayout(notes, 3);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setAlignment(Qt::AlignRight | Qt::AlignTop);
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_totals, 2);
    connect(m_notes, &QPlainTextEdit::textChanged, this, [this] {
        if (!m_syncing) {
            const QString text = m_notes->toPlainText();
            m_draft->edit(
                tr("Change notes"), [text](Invoice &inv) { inv.notes = text; }, NotesKey);
        }
    });
    return footer;
}

void InvoiceEditorDialog::setCustomer(qint64 customerId)
{
    const auto it = std::find_if(m_customers.begin(), m_customers.end(),
                                 [customerId](const Customer &c) { return c.id == customerId; });
    const std::vector<BillingProfile> profiles = it == m_customers.end()
        ? std::vector<BillingProfile>()
        : CustomerService(m_session).profiles(customerId);
    const qint64 profileId = profiles.empty() ? 0 : profiles.front().id;
    const std::optional<Customer> customer
        = it == m_customers.end() ? std::nullopt : std::optional<Customer>(*it);
    // The customer brings its default profile, currency and terms with it.
    m_draft->edit(
        tr("Choose customer"),
        [customer, profileId](Invoice &inv) {
            if (customer) {
                InvoiceRules::applyCustomer(inv, *customer, profileId);
                return;
            }
            inv.customerId = 0;
            inv.billingProfileId = 0;
        },
        CustomerKey);
}

void InvoiceEditorDialog::fillProfiles(qint64 customerId)
{
    m_profile->clear();
    if (customerId <= 0)
        return;
    for (const BillingProfile &p : CustomerService(m_session).profiles(customerId)) {
        QString label = p.name;
        if (!p.city.isEmpty())
            label += QStringLiteral(", ") + p.city;
        m_profile->addItem(label, p.id);
    }
}

void InvoiceEditorDialog::syncFromDraft()
{
    const Invoice &inv = m_draft->invoice();
    m_syncing = true;
    const int customerIndex = m_customer->findData(inv.customerId);
    if (customerIndex != m_customer->currentIndex() || m_profile->count() == 0) {
        m_customer->setCurrentIndex(std::max(0, customerIndex));
        fillProfiles(inv.customerId);
    }
    m_profile->setCurrentIndex(std::max(0, m_profile->findData(inv.billingProfileId)));
    m_issueDate->setDate(inv.issueDate);
    m_dueDate->setDate(inv.dueDate);
    m_terms->setValue(inv.issueDate.isValid() && inv.dueDate.isValid()
                          ? int(std::max<qint64>(0, inv.issueDate.daysTo(inv.dueDate)))
                          : 0);
    if (m_currency->currentText() != inv.currency.code())
        m_currency->setCurrentText(inv.currency.code());
    if (m_notes->toPlainText() != inv.notes)
        m_notes->setPlainText(inv.notes);
    m_syncing = false;
    m_inputProblem->clear();
    updateTotals();
    showProblems();
    updateTitle();
}

void InvoiceEditorDialog::showProblems()
{
    for (auto &[field, label] : m_problemLabels) {
        label->clear();
        label->hide();
    }
    for (const InvoiceProblem &p : m_draft->problems()) {
        const auto it = m_problemLabels.find(p.field);
        if (p.line >= 0 || it == m_problemLabels.end())
            continue; // line problems are marked in their cells
        it->second->setText(QStringLiteral("⚠ ") + p.message);
        it->second->show();
    }
}

QString InvoiceEditorDialog::fieldProblem(Field field) const
{
    const auto it = m_problemLabels.find(field);
    return it == m_problemLabels.end() || it->second->isHidden() ? QString() : it->second->text();
}

void InvoiceEditorDialog::updateTotals()
{
    const Invoice &inv = m_draft->invoice();
    if (!inv.currency.isValid()) {
        m_totals->clear();
        return;
    }
    const QLocale locale;
    auto money = [&](const Money &amount) { return escaped(amount.format(locale)); };
    QString html = QStringLiteral("<table cellspacing=\"2\" align=\"right\">");
    auto row = [&html](const QString &label, const QString &value, bool bold = false) {
        const QString open = bold ? QStringLiteral("<b>") : QString();
        const QString close = bold ? QStringLiteral("</b>") : QString();
        html += u"<tr><td>" + open + escaped(label) + close + u"</td><td align=\"right\">" + open
            + value + close + u"</td></tr>";
    };
    row(tr("Subtotal"), money(inv.subtotal));
    for (const TaxAtRate &t : inv.taxByRate())
        row(tr("Tax %1% on %2").arg(TaxPercent::text(t.ratePpm, locale), money(t.net)),
            money(t.tax));
    row(tr("Total"), money(inv.total), true);
    html += QStringLiteral("</table>");
    m_totals->setText(html);
}

void InvoiceEditorDialog::updateTitle()
{
    const Invoice &inv = m_draft->invoice();
    QString title = inv.id == 0 ? tr("New Invoice")
        : inv.number.isEmpty()  ? tr("Draft Invoice")
                                : tr("Invoice %1").arg(inv.number);
    setWindowTitle(title + QStringLiteral("[*]"));
    setWindowModified(m_draft->isModified());
}

void InvoiceEditorDialog::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_model->setReadOnly(readOnly);
    for (QWidget *w : std::initializer_list<QWidget *> { m_customer, m_profile, m_issueDate,
                                                         m_terms, m_dueDate, m_currency })
        w->setEnabled(!readOnly);
    m_notes->setReadOnly(readOnly);
    m_save->setEnabled(!readOnly);
    m_issue->setEnabled(!readOnly);
    m_lines->setEditTriggers(readOnly ? QAbstractItemView::NoEditTriggers
                                      : QAbstractItemView::AllEditTriggers);
    for (QAction *a : actions())
        a->setEnabled(!readOnly);
    m_banner->setVisible(readOnly);
    m_banner->setText(tr("Invoice %1 is issued and cannot be changed. Correct it with a credit "
                         "note, or duplicate it as a new draft.")
                          .arg(m_draft->invoice().number));
}

bool InvoiceEditorDialog::saveDraft()
{
    if (m_readOnly)
        return false;
    showProblems();
    const std::vector<InvoiceProblem> problems = m_draft->problems();
    if (!problems.empty()) {
        m_inputProblem->setText(tr("Not saved: %1").arg(problems.front().text()));
        if (problems.front().line >= 0)
            m_lines->setCurrentIndex(m_model->index(problems.front().line, 0));
        return false;
    }
    try {
        InvoiceService service(m_session);
        Invoice inv = m_draft->invoice();
        qint64 id = inv.id;
        if (id == 0)
            id = service.createDraft(inv);
        else
            service.updateDraft(inv);
        // Reload: core fills in revenue accounts and line ids.
        Invoice stored = service.load(id);
        m_draft->reset(stored);
        m_draft->markSaved(id);
        emit saved(id);
    } catch (const Error &e) {
        if (e.kind() == Error::Kind::Conflict && m_draft->invoice().id != 0) {
            offerReload(e.userMessage());
            return false;
        }
        showError(this, windowTitle(), e.userMessage());
        return false;
    }
    return true;
}

void InvoiceEditorDialog::offerReload(const QString &message)
{
    // Someone else saved this draft after it was opened here: show theirs,
    // or keep these edits on screen (to copy from) without overwriting.
    QMessageBox box(QMessageBox::Warning, windowTitle(), message, QMessageBox::NoButton, this);
    QPushButton *reload = box.addButton(tr("&Reload Their Version"), QMessageBox::AcceptRole);
    box.addButton(tr("&Keep My Edits on Screen"), QMessageBox::RejectRole);
    box.exec();
    if (box.clickedButton() != reload)
        return;
    try {
        const qint64 id = m_draft->invoice().id;
        m_draft->reset(InvoiceService(m_session).load(id));
        m_draft->markSaved(id);
    } catch (const Error &e) {
        showError(this, windowTitle(), e.userMessage());
    }
}

bool InvoiceEditorDialog::issue(bool confirm)
{
    if (m_readOnly)
        return false;
    if ((m_draft->isModified() || m_draft->invoice().id == 0) && !saveDraft())
        return false;
    if (confirm
        && QMessageBox::question(this, tr("Issue Invoice"),
                                 tr("Issue this invoice? It gets its number and cannot be "
                                    "changed afterwards."))
            != QMessageBox::Yes)
        return false;
    try {
        const Invoice done = InvoiceService(m_session).issue(m_draft->invoice().id);
        m_draft->reset(done);
        setReadOnly(true);
        emit issued(done.number);
    } catch (const Error &e) {
        showError(this, windowTitle(), e.userMessage());
        return false;
    }
    accept();
    return true;
}

void InvoiceEditorDialog::duplicate()
{
    if (m_draft->isModified()
        && QMessageBox::question(this, tr("Duplicate"),
                                 tr("Discard the unsaved changes and start a copy?"))
            != QMessageBox::Yes)
        return;
    m_draft->reset(InvoiceRules::duplicateOf(m_draft->invoice(), m_session.today()));
    setReadOnly(false);
    updateTitle();
}

void InvoiceEditorDialog::reject()
{
    if (m_draft->isModified() && !m_readOnly) {
        const auto answer = QMessageBox::question(
            this, windowTitle(), tr("Save the changes to this invoice?"),
            QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Save);
        if (answer == QMessageBox::Cancel || (answer == QMessageBox::Save && !saveDraft()))
            return;
    }
    QDialog::reject();
}

} // namespace Accrue
