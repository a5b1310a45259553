#include "dialogs/importdialog.h"

#include "billing/catalogservice.h"
#include "billing/customerservice.h"
#include "billing/exchangerateservice.h"
#include "billing/session.h"
#include "billing/subscriptionservice.h"
#include "billing/taxservice.h"
#include "common/error.h"
#include "exchange/csvreader.h"
#include "exchange/customercsv.h"
#include "exchange/exchangeratecsv.h"
#include "exchange/productcsv.h"
#include "exchange/subscriptioncsv.h"
#include "exchange/taxratecsv.h"
#include "exchange/textdecoding.h"
#include "models/csvpreviewmodel.h"
#include "widgets/savefile.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace Accrue {

namespace {

constexpr int previewLimit = 20;

// "Postal code", "postal-code" and "POSTAL_CODE" all name postal_code.
QString normalized(const QString &name)
{
    QString n = name.trimmed().toLower();
    n.replace(u' ', u'_').replace(u'-', u'_');
    return n;
}

QString encodingLabel(const QString &key)
{
    if (key == QLatin1String("auto"))
        return ImportDialog::tr("Automatic (UTF-8, UTF-16 or Windows-1252)");
    if (key == QLatin1String("utf-8"))
        return ImportDialog::tr("UTF-8");
    if (key == QLatin1String("windows-1252"))
        return ImportDialog::tr("Windows-1252");
    if (key == QLatin1String("latin1"))
        return ImportDialog::tr("ISO-8859-1 (Latin-1)");
    return key;
}

// The start of a saved mapping's proposed name: what it imports.
QString fileStem(ImportDialog::Kind kind)
{
    switch (kind) {
    case ImportDialog::Kind::Customers:
        return QStringLiteral("customers");
    case ImportDialog::Kind::Products:
        return QStringLiteral("products");
    case ImportDialog::Kind::Plans:
        return QStringLiteral("plans");
    case ImportDialog::Kind::Subscriptions:
        return QStringLiteral("subscriptions");
    case ImportDialog::Kind::TaxRates:
        return QStringLiteral("tax-rates");
    case ImportDialog::Kind::ExchangeRates:
        return QStringLiteral("exchange-rates");
    }
    return QStringLiteral("import");
}

} // namespace

ImportDialog::ImportDialog(Session &session, Kind kind, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_kind(kind)
    , m_file(new QLineEdit(this))
    , m_delimiter(new QComboBox(this))
    , m_encoding(new QComboBox(this))
    , m_mapBox(new QGroupBox(this))
    , m_replace(new QCheckBox(tr("&Replace stored rates that differ"), this))
    , m_preview(new CsvPreviewModel(this))
    , m_previewView(new QTableView(this))
    , m_message(new QLabel(this))
    , m_import(nullptr)
{
    // The importer's own lists: what the mapping may name comes from core.
    QString title;
    switch (kind) {
    case Kind::Customers:
        title = tr("Import Customers");
        m_known = CustomerCsv::columns();
        m_required = CustomerCsv::requiredColumns();
        break;
    case Kind::Products:
        title = tr("Import Products");
        m_known = ProductCsv::productColumns();
        m_required = ProductCsv::productRequiredColumns();
        break;
    case Kind::Plans:
        title = tr("Import Plans");
        m_known = ProductCsv::planColumns();
        m_required = ProductCsv::planRequiredColumns();
        break;
    case Kind::Subscriptions:
        title = tr("Import Subscriptions");
        m_known = SubscriptionCsv::columns();
        m_required = SubscriptionCsv::requiredColumns();
        break;
    case Kind::TaxRates:
        title = tr("Import Tax Rates");
        m_known = TaxRateCsv::columns();
        m_required = TaxRateCsv::requiredColumns();
        break;
    case Kind::ExchangeRates:
        title = tr("Import Exchange Rates");
        m_known = ExchangeRateCsv::columns();
        m_required = ExchangeRateCsv::columns();
        break;
    }
    setWindowTitle(title);

    m_file->setReadOnly(true);
    m_file->setPlaceholderText(tr("No file chosen"));
    auto *choose = new QPushButton(tr("C&hoose…"), this);
    choose->setObjectName(QStringLiteral("chooseFile"));
    m_delimiter->addItem(tr("Comma ( , )"), QStringLiteral(","));
    m_delimiter->addItem(tr("Semicolon ( ; )"), QStringLiteral(";"));
    m_delimiter->addItem(tr("Tab"), QStringLiteral("\t"));
    m_delimiter->addItem(tr("Vertical bar ( | )"), QStringLiteral("|"));
    for (const QString &key : TextDecoding::encodings())
        m_encoding->addItem(encodingLabel(key), key);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(choose);
    // Labels with a buddy: a row of a layout gets none by itself.
    auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    auto *form = new QFormLayout;
    form->addRow(label(tr("&File:"), choose), fileRow);
    auto *readRow = new QHBoxLayout;
    readRow->addWidget(m_delimiter);
    readRow->addSpacing(12);
    readRow->addWidget(label(tr("&Encoding:"), m_encoding));
    readRow->addWidget(m_encoding, 1);
    form->addRow(label(tr("&Delimiter:"), m_delimiter), readRow);

    // One combo per Accrue column, in two columns of label and choice.
    m_mapBox->setTitle(tr("Accrue's columns from the file's (* required)"));
    m_mapBox->setCheckable(true);
    m_mapBox->setChecked(true);
    if (kind == Kind::ExchangeRates)
        m_mapBox->setToolTip(tr("Turn off for the ECB's files (eurofxref.csv), which are read "
                                "as they are"));
    else
        m_mapBox->setToolTip(tr("Turn off for a file that already has Accrue's columns"));
    auto *grid = new QGridLayout(m_mapBox);
    const int half = int(m_known.size() + 1) / 2;
    for (int i = 0; i < m_known.size(); ++i) {
        const QString &name = m_known.at(i);
        const bool required = m_required.contains(name);
        auto *combo = new QComboBox(m_mapBox);
        combo->setObjectName(name);
        combo->setMinimumContentsLength(16);
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        auto *caption
            = new QLabel(required ? tr("%1 *:").arg(name) : tr("%1:").arg(name), m_mapBox);
        caption->setBuddy(combo);
        if (required) {
            QFont bold = caption->font();
            bold.setBold(true);
            caption->setFont(bold);
            caption->setToolTip(tr("Required"));
        }
        const int row = i % half;
        const int pair = i / half;
        grid->addWidget(caption, row, pair * 2);
        grid->addWidget(combo, row, pair * 2 + 1);
        m_columns.emplace(name, combo);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);

    m_replace->setVisible(kind == Kind::ExchangeRates);
    m_previewView->setModel(m_preview);
    m_previewView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_previewView->verticalHeader()->setToolTip(tr("The line in the file"));
    m_previewView->verticalHeader()->setDefaultSectionSize(m_previewView->fontMetrics().height()
                                                           + 6);
    m_previewView->horizontalHeader()->setStretchLastSection(true);
    m_message->setWordWrap(true);
    // It quotes the file's own text: never rendered as HTML.
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setObjectName(QStringLiteral("message"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *load = buttons->addButton(tr("&Load Mapping…"), QDialogButtonBox::ActionRole);
    auto *save = buttons->addButton(tr("&Save Mapping…"), QDialogButtonBox::ActionRole);
    m_import = buttons->addButton(tr("&Import"), QDialogButtonBox::ApplyRole);
    m_import->setObjectName(QStringLiteral("import"));
    m_import->setDefault(true);
    m_import->setEnabled(false);
    m_import->setVisible(session.can(Permission::Billing));

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_mapBox);
    layout->addWidget(m_replace);
    layout->addWidget(new QLabel(tr("The file's first %1 rows:").arg(previewLimit), this));
    layout->addWidget(m_previewView, 1);
    layout->addWidget(m_message);
    layout->addWidget(buttons);

    connect(choose, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(load, &QPushButton::clicked, this, &ImportDialog::chooseMappingToLoad);
    connect(save, &QPushButton::clicked, this, &ImportDialog::chooseMappingToSave);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::runImport);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QComboBox *c : { m_delimiter, m_encoding })
        connect(c, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_updating)
                refillColumns(false);
        });
    resize(860, 640);
}

ImportDialog *ImportDialog::showFor(Session &session, Kind kind, QWidget *parent)
{
    auto *dialog = new ImportDialog(session, kind, parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void ImportDialog::chooseFile()
{
    const QString path = QFileDialog::getOpenFileName(this, windowTitle(), QString(),
                                                      tr("CSV files (*.csv *.txt);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::chooseMappingToLoad()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping"), QString(),
                                                      tr("Column mappings (*.json)"));
    if (!path.isEmpty())
        loadMapping(path);
}

void ImportDialog::chooseMappingToSave()
{
    // "customers-mapping.json": the kind of import the mapping is for.
    QString path = SaveFile::ask(this, tr("Save Mapping"),
                                 fileStem(m_kind) + QStringLiteral("-mapping.json"),
                                 tr("Column mappings (*.json)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".json");
    saveMapping(path);
}

bool ImportDialog::setFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    m_path = path;
    m_bytes = file.readAll();
    m_file->setText(QDir::toNativeSeparators(path));
    // The delimiter the header line uses most; a comma when it has none.
    const QString first = QString::fromLatin1(m_bytes.left(m_bytes.indexOf('\n')));
    int best = 0;
    qsizetype most = 0;
    for (int i = 0; i < m_delimiter->count(); ++i) {
        const qsizetype n = first.count(m_delimiter->itemData(i).toString().at(0));
        if (n > most) {
            most = n;
            best = i;
        }
    }
    m_updating = true;
    m_delimiter->setCurrentIndex(best);
    m_updating = false;
    refillColumns(true);
    m_import->setEnabled(true);
    return true;
}

void ImportDialog::setDelimiter(QChar delimiter)
{
    int index = m_delimiter->findData(QString(delimiter));
    if (index < 0) {
        m_delimiter->addItem(tr("“%1”").arg(delimiter), QString(delimiter));
        index = m_delimiter->count() - 1;
    }
    m_delimiter->setCurrentIndex(index);
}

QChar ImportDialog::delimiter() const
{
    return m_delimiter->currentData().toString().at(0);
}

void ImportDialog::setEncoding(const QString &encoding)
{
    const int index = m_encoding->findData(TextDecoding::canonicalName(encoding));
    if (index < 0) {
        say(tr("Unknown encoding “%1”: reading the file as %2")
                .arg(encoding, m_encoding->currentText()),
            true);
        return;
    }
    m_encoding->setCurrentIndex(index);
}

QString ImportDialog::encoding() const
{
    return m_encoding->currentData().toString();
}

void ImportDialog::setColumn(const QString &accrueColumn, const QString &fileColumn)
{
    if (QComboBox *combo = comboFor(accrueColumn))
        selectFileColumn(combo, fileColumn);
}

QString ImportDialog::column(const QString &accrueColumn) const
{
    const QComboBox *combo = comboFor(accrueColumn);
    return combo ? combo->currentData().toString() : QString();
}

void ImportDialog::setMappingEnabled(bool enabled)
{
    m_mapBox->setChecked(enabled);
}

bool ImportDialog::mappingEnabled() const
{
    return m_mapBox->isChecked();
}

void ImportDialog::setReplaceRates(bool replace)
{
    m_replace->setChecked(replace);
}

QComboBox *ImportDialog::comboFor(const QString &accrueColumn) const
{
    const auto it = m_columns.find(accrueColumn.trimmed().toLower());
    return it == m_columns.end() ? nullptr : it->second;
}

// Decodes and splits the file as the delimiter and encoding say, shows its
// first rows and offers its header in every combo, keeping what was chosen.
void ImportDialog::refillColumns(bool prefill)
{
    m_header.clear();
    m_preview->clear();
    if (!m_bytes.isNull()) {
        const QString name = QFileInfo(m_path).fileName();
        try {
            QString used;
            const QString text = TextDecoding::decode(m_bytes, encoding(), name, &used);
            std::vector<CsvReader::Record> records = CsvReader::parseText(text, name, delimiter());
            if (records.empty())
                throw Error(tr("%1: the file is empty").arg(name));
            m_header = records.front().fields;
            const qsizetype rows = qsizetype(records.size()) - 1;
            std::vector<CsvReader::Record> shown(
                records.begin() + 1, records.begin() + 1 + std::min<qsizetype>(rows, previewLimit));
            m_preview->setRecords(records.front(), std::move(shown));
            say(tr("%1: %Ln row(s) after the header, read as %2.", nullptr, int(rows))
                    .arg(name, used),
                false);
        } catch (const Error &e) {
            say(e.userMessage(), true);
        }
    }
    m_updating = true;
    for (const auto &[accrue, combo] : m_columns) {
        const QString current = combo->currentData().toString();
        combo->clear();
        combo->addItem(tr("(not in the file)"), QString());
        for (int i = 0; i < m_header.size(); ++i) {
            const QString name = m_header.at(i).trimmed();
            // A name the header has once stands for itself; else its position.
            const bool unique = !name.isEmpty()
                && std::count_if(m_header.begin(), m_header.end(),
                                 [&name](const QString &h) {
                                     return h.trimmed().compare(name, Qt::CaseInsensitive) == 0;
                                 })
                    == 1;
            combo->addItem(unique ? name : tr("Column %1 (%2)").arg(i + 1).arg(name),
                           unique ? name : QString::number(i + 1));
        }
        // A new file keeps the choices its header has too (a mapping loaded
        // first, or another export of the same tool); the rest are guessed.
        QString choice = current;
        if (prefill && !inHeader(current)) {
            choice.clear();
            for (int i = 0; i < m_header.size() && choice.isEmpty(); ++i)
                if (normalized(m_header.at(i)) == normalized(accrue))
                    choice = combo->itemData(i + 1).toString();
        }
        selectFileColumn(combo, choice);
    }
    m_updating = false;
}

// Whether the file's header has the column, by name (any case) or position.
bool ImportDialog::inHeader(const QString &fileColumn) const
{
    const QString wanted = fileColumn.trimmed();
    if (wanted.isEmpty())
        return false;
    bool isNumber = false;
    const int position = wanted.toInt(&isNumber);
    if (isNumber)
        return position >= 1 && position <= m_header.size();
    return std::any_of(m_header.begin(), m_header.end(), [&wanted](const QString &h) {
        return h.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
    });
}

// Chooses the file's column by its name (any case) or position; one the file
// lacks stays chosen as its own entry, so a loaded mapping is kept as it is.
void ImportDialog::selectFileColumn(QComboBox *combo, const QString &fileColumn)
{
    const QString wanted = fileColumn.trimmed();
    if (wanted.isEmpty()) {
        combo->setCurrentIndex(0);
        return;
    }
    for (int i = 1; i < combo->count(); ++i)
        if (combo->itemData(i).toString().compare(wanted, Qt::CaseInsensitive) == 0) {
            combo->setCurrentIndex(i);
            return;
        }
    bool isNumber = false;
    const int position = wanted.toInt(&isNumber);
    const QString text = !isNumber ? tr("“%1” (not in this file)").arg(wanted)
        : position >= 1 && position <= m_header.size()
        ? tr("Column %1 (%2)").arg(position).arg(m_header.at(position - 1))
        : tr("Column %1").arg(position);
    combo->addItem(text, wanted);
    combo->setCurrentIndex(combo->count() - 1);
}

ColumnMapping ImportDialog::mapping() const
{
    ColumnMapping m;
    m.delimiter = delimiter();
    m.encoding = encoding();
    for (const QString &name : m_known)
        if (const QString from = column(name); !from.isEmpty())
            m.columns.append({ name, from });
    return m;
}

void ImportDialog::setMapping(const ColumnMapping &mapping)
{
    m_updating = true;
    setDelimiter(mapping.delimiter);
    setEncoding(mapping.encoding);
    m_updating = false;
    refillColumns(false);
    QStringList ignored;
    for (const auto &[accrue, combo] : m_columns)
        combo->setCurrentIndex(0);
    for (const auto &[ours, theirs] : mapping.columns) {
        if (QComboBox *combo = comboFor(ours))
            selectFileColumn(combo, theirs);
        else
            ignored << ours;
    }
    m_mapBox->setChecked(true);
    if (!ignored.isEmpty())
        say(tr("Left out of the mapping, as this import has no such column: %1")
                .arg(ignored.join(QStringLiteral(", "))),
            true);
}

bool ImportDialog::loadMapping(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        say(tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    try {
        setMapping(ColumnMapping::fromJson(file.readAll(), QFileInfo(path).fileName()));
        return true;
    } catch (const Error &e) {
        say(e.userMessage(), true);
        return false;
    }
}

bool ImportDialog::saveMapping(const QString &path)
{
    const ColumnMapping m = mapping();
    if (m.columns.isEmpty()) {
        say(tr("Choose the file's column for at least one of Accrue's before saving."), true);
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(m.toJson()) < 0 || !file.commit()) {
        say(tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()),
            true);
        return false;
    }
    say(tr("Mapping saved to %1 (accrue-cli reads it with --mapping).")
            .arg(QDir::toNativeSeparators(path)),
        false);
    return true;
}

bool ImportDialog::runImport()
{
    if (m_path.isEmpty()) {
        say(tr("Choose the file to import first."), true);
        return false;
    }
    const QString name = QFileInfo(m_path).fileName();
    try {
        QByteArray bytes = m_bytes;
        if (mappingEnabled()) {
            QStringList missing;
            for (const QString &required : std::as_const(m_required))
                if (column(required).isEmpty())
                    missing << required;
            if (!missing.isEmpty()) {
                say(tr("Choose the file's column for %1 (required).")
                        .arg(missing.join(QStringLiteral(", "))),
                    true);
                return false;
            }
            // Accrue's own CSV on the file's lines, so errors name them.
            bytes = mapping().apply(m_bytes, name, m_known);
        }
        const int count = importBytes(bytes, name);
        m_import->setEnabled(false); // the same file again would only fail
        emit imported(count);
        return true;
    } catch (const Error &e) {
        say(e.userMessage(), true);
        return false;
    }
}

int ImportDialog::importBytes(const QByteArray &bytes, const QString &fileName)
{
    int count = 0;
    switch (m_kind) {
    case Kind::Customers:
        count = CustomerService(m_session).importCsv(bytes, fileName);
        say(tr("Imported %n customer(s) from %1.", nullptr, count).arg(fileName), false);
        break;
    case Kind::Products:
        count = CatalogService(m_session).importProductsCsv(bytes, fileName);
        say(tr("Imported %n product(s) from %1.", nullptr, count).arg(fileName), false);
        break;
    case Kind::Plans:
        count = CatalogService(m_session).importPlansCsv(bytes, fileName);
        say(tr("Imported %n plan(s) from %1.", nullptr, count).arg(fileName), false);
        break;
    case Kind::Subscriptions:
        count = SubscriptionService(m_session).importCsv(bytes, fileName);
        say(tr("Imported %n subscription(s) from %1.", nullptr, count).arg(fileName), false);
        break;
    case Kind::TaxRates:
        count = TaxService(m_session).importCsv(bytes, fileName);
        say(tr("Imported %n tax rate(s) from %1.", nullptr, count).arg(fileName), false);
        break;
    case Kind::ExchangeRates: {
        const ExchangeRateService::ImportResult r
            = ExchangeRateService(m_session).importCsv(bytes, fileName, m_replace->isChecked());
        count = r.added + r.replaced + r.unchanged;
        QString text = tr("Imported %n rate(s) from %1: %2 new, %3 replaced, %4 already stored.",
                          nullptr, count)
                           .arg(fileName)
                           .arg(r.added)
                           .arg(r.replaced)
                           .arg(r.unchanged);
        if (!r.skippedColumns.isEmpty())
            text += u' '
                + tr("Columns of currencies Accrue does not know were passed over: %1.")
                      .arg(r.skippedColumns.join(QStringLiteral(", ")));
        say(text, false);
        break;
    }
    }
    return count;
}

void ImportDialog::say(const QString &text, bool failed)
{
    m_message->setText(text);
    m_failed = failed;
    // Not by colour alone: an error reads as one in any palette.
    QFont font = m_message->font();
    font.setBold(failed);
    m_message->setFont(font);
}

QString ImportDialog::message() const
{
    return m_message->text();
}

} // namespace Accrue
