#include "dialogs/csvmappingdialog.h"

#include "common/error.h"
#include "common/localdates.h"
#include "exchange/csvreader.h"
#include "exchange/statementreader.h"
#include "exchange/textdecoding.h"
#include "money/money.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace Accrue {

namespace {
constexpr int previewLimit = 20;
}

CsvMappingDialog::CsvMappingDialog(const QByteArray &bytes, const QString &fileName,
                                   const std::map<QString, BankCsvMapping> &saved,
                                   const QString &bookCurrency, QWidget *parent)
    : QDialog(parent)
    , m_bytes(bytes)
    , m_fileName(fileName)
    , m_saved(saved)
    , m_savedCombo(new QComboBox(this))
    , m_name(new QLineEdit(this))
    , m_delimiter(new QComboBox(this))
    , m_headerRows(new QSpinBox(this))
    , m_encoding(new QComboBox(this))
    , m_date(columnCombo())
    , m_dateFormat(new QComboBox(this))
    , m_amount(columnCombo())
    , m_debit(columnCombo())
    , m_credit(columnCombo())
    , m_counterparty(columnCombo())
    , m_reference(columnCombo())
    , m_bankRef(columnCombo())
    , m_currency(new QLineEdit(bookCurrency, this))
    , m_decimal(new QComboBox(this))
    , m_preview(new QTableWidget(0, 4, this))
    , m_problem(new QLabel(this))
{
    setWindowTitle(tr("Bank CSV Layout: %1").arg(fileName));
    m_savedCombo->addItem(tr("(new layout)"));
    for (const auto &[name, mapping] : saved)
        m_savedCombo->addItem(name);
    m_delimiter->addItem(tr("Comma"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_headerRows->setRange(0, 20);
    m_headerRows->setValue(1);
    for (const QString &e : { QStringLiteral("auto"), QStringLiteral("utf-8"),
                              QStringLiteral("windows-1252"), QStringLiteral("latin1") })
        m_encoding->addItem(e);
    m_dateFormat->setEditable(true);
    m_dateFormat->addItems({ QStringLiteral("yyyy-MM-dd"), QStringLiteral("dd.MM.yyyy"),
                             QStringLiteral("dd/MM/yyyy"), QStringLiteral("MM/dd/yyyy"),
                             QStringLiteral("d.M.yyyy"), QStringLiteral("yyyyMMdd") });
    m_decimal->addItem(tr("Point (1,234.56)"), QStringLiteral("."));
    m_decimal->addItem(tr("Comma (1.234,56)"), QStringLiteral(","));
    if (QLocale().decimalPoint() == QLatin1String(","))
        m_decimal->setCurrentIndex(1);
    m_preview->setHorizontalHeaderLabels(
        { tr("Date"), tr("Amount"), tr("Counterparty"), tr("Reference") });
    m_preview->horizontalHeader()->setSectionResizeMode(3, QHeaderView::Stretch);
    m_preview->verticalHeader()->hide();
    m_problem->setWordWrap(true);
    m_problem->setObjectName(QStringLiteral("problem"));
    m_currency->setObjectName(QStringLiteral("currency"));
    m_currency->setPlaceholderText(tr("ISO code, e.g. %1").arg(QStringLiteral("EUR")));

    auto *grid = new QGridLayout;
    auto *left = new QFormLayout;
    left->addRow(tr("Saved layouts:"), m_savedCombo);
    left->addRow(tr("Bank (layout name):"), m_name);
    left->addRow(tr("Delimiter:"), m_delimiter);
    left->addRow(tr("Header rows:"), m_headerRows);
    left->addRow(tr("Encoding:"), m_encoding);
    left->addRow(tr("Currency:"), m_currency);
    left->addRow(tr("Decimal separator:"), m_decimal);
    auto *right = new QFormLayout;
    right->addRow(tr("Date column:"), m_date);
    right->addRow(tr("Date format:"), m_dateFormat);
    right->addRow(tr("Amount (signed):"), m_amount);
    right->addRow(tr("…or debit (out):"), m_debit);
    right->addRow(tr("…and credit (in):"), m_credit);
    right->addRow(tr("Counterparty:"), m_counterparty);
    right->addRow(tr("Reference:"), m_reference);
    right->addRow(tr("Bank's id:"), m_bankRef);
    grid->addLayout(left, 0, 0);
    grid->addLayout(right, 0, 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Save Layout and Import"));
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(new QLabel(tr("Preview (first %1 lines):").arg(previewLimit), this));
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_problem);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (m_name->text().trimmed().isEmpty()) {
            m_problem->setText(tr("Name the layout after the bank, to use it again."));
            return;
        }
        if (!mapping().problems().isEmpty() || !problem().isEmpty())
            return; // the preview shows what is wrong
        QDialog::accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_savedCombo, &QComboBox::currentTextChanged, this, [this](const QString &name) {
        const auto it = m_saved.find(name);
        if (it != m_saved.end())
            setMapping(it->second);
    });
    for (QComboBox *c : { m_delimiter, m_encoding })
        connect(c, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::refreshColumns);
    connect(m_headerRows, &QSpinBox::valueChanged, this, &CsvMappingDialog::refreshColumns);
    for (QComboBox *c :
         { m_date, m_amount, m_debit, m_credit, m_counterparty, m_reference, m_bankRef, m_decimal })
        connect(c, &QComboBox::currentIndexChanged, this, &CsvMappingDialog::refreshPreview);
    connect(m_dateFormat, &QComboBox::currentTextChanged, this, &CsvMappingDialog::refreshPreview);
    connect(m_currency, &QLineEdit::textChanged, this, &CsvMappingDialog::refreshPreview);
    // A semicolon in the first line is a good guess for a European bank.
    if (bytes.left(bytes.indexOf('\n')).count(';') > bytes.left(bytes.indexOf('\n')).count(','))
        m_delimiter->setCurrentIndex(1);
    refreshColumns();
    resize(860, 620);
}

QComboBox *CsvMappingDialog::columnCombo()
{
    auto *combo = new QComboBox(this);
    combo->setMinimumContentsLength(14);
    return combo;
}

void CsvMappingDialog::refreshColumns()
{
    QStringList header;
    try {
        const QString text = TextDecoding::decode(m_bytes, m_encoding->currentText(), m_fileName);
        const auto records
            = CsvReader::parseText(text, m_fileName, m_delimiter->currentData().toString().at(0));
        if (!records.empty())
            header = records.front().fields;
    } catch (const Error &) {
    }
    m_updating = true;
    const bool named = m_headerRows->value() > 0;
    for (QComboBox *c :
         { m_date, m_amount, m_debit, m_credit, m_counterparty, m_reference, m_bankRef }) {
        const QString current = c->currentData().toString();
        c->clear();
        c->addItem(tr("(none)"), QString());
        for (int i = 0; i < header.size(); ++i) {
            const QString key = named ? header.at(i).trimmed() : QString::number(i + 1);
            c->addItem(named ? header.at(i).trimmed()
                             : tr("Column %1 (%2)").arg(i + 1).arg(header.at(i)),
                       key);
        }
        c->setCurrentIndex(std::max(0, c->findData(current)));
    }
    m_updating = false;
    refreshPreview();
}

BankCsvMapping CsvMappingDialog::mapping() const
{
    BankCsvMapping m;
    m.name = m_name->text().trimmed();
    m.delimiter = m_delimiter->currentData().toString().at(0);
    m.headerRows = m_headerRows->value();
    m.encoding = m_encoding->currentText();
    m.dateColumn = m_date->currentData().toString();
    m.dateFormat = m_dateFormat->currentText();
    m.amountColumn = m_amount->currentData().toString();
    m.debitColumn = m_debit->currentData().toString();
    m.creditColumn = m_credit->currentData().toString();
    m.counterpartyColumn = m_counterparty->currentData().toString();
    m.referenceColumn = m_reference->currentData().toString();
    m.bankRefColumn = m_bankRef->currentData().toString();
    m.currency = m_currency->text().trimmed().toUpper();
    m.decimalSeparator = m_decimal->currentData().toString().at(0);
    return m;
}

void CsvMappingDialog::setMapping(const BankCsvMapping &m)
{
    m_updating = true;
    m_name->setText(m.name);
    m_delimiter->setCurrentIndex(std::max(0, m_delimiter->findData(QString(m.delimiter))));
    m_headerRows->setValue(m.headerRows);
    m_encoding->setCurrentText(m.encoding);
    m_updating = false;
    refreshColumns();
    m_updating = true;
    auto choose = [](QComboBox *c, const QString &key) {
        c->setCurrentIndex(std::max(0, c->findData(key)));
    };
    choose(m_date, m.dateColumn);
    m_dateFormat->setCurrentText(m.dateFormat);
    choose(m_amount, m.amountColumn);
    choose(m_debit, m.debitColumn);
    choose(m_credit, m.creditColumn);
    choose(m_counterparty, m.counterpartyColumn);
    choose(m_reference, m.referenceColumn);
    choose(m_bankRef, m.bankRefColumn);
    m_currency->setText(m.currency);
    m_decimal->setCurrentIndex(std::max(0, m_decimal->findData(QString(m.decimalSeparator))));
    m_updating = false;
    refreshPreview();
}

void CsvMappingDialog::refreshPreview()
{
    if (m_updating)
        return;
    m_preview->setRowCount(0);
    const BankCsvMapping m = mapping();
    if (const QStringList problems = m.problems(); !problems.isEmpty()) {
        m_problem->setText(tr("To preview: %1").arg(problems.join(QStringLiteral("; "))));
        return;
    }
    try {
        const auto lines = StatementReader::readCsv(m_bytes, m_fileName, m);
        m_preview->setRowCount(int(std::min<size_t>(lines.size(), previewLimit)));
        for (int r = 0; r < m_preview->rowCount(); ++r) {
            const StatementLine &l = lines[size_t(r)];
            const QString cells[]
                = { LocalDates::shortDate(l.date), l.amount.formatNumber(QLocale()), l.counterparty,
                    l.reference };
            for (int c = 0; c < 4; ++c)
                m_preview->setItem(r, c, new QTableWidgetItem(cells[c]));
        }
        m_problem->setText(tr("%Ln line(s) read.", nullptr, int(lines.size())));
        m_problem->setProperty("ok", true);
    } catch (const Error &e) {
        m_problem->setText(e.userMessage());
        m_problem->setProperty("ok", false);
    }
}

int CsvMappingDialog::previewRows() const
{
    return m_preview->rowCount();
}

QString CsvMappingDialog::problem() const
{
    return m_problem->property("ok").toBool() ? QString() : m_problem->text();
}

} // namespace Accrue
