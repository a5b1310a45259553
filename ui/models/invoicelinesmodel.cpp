#include "models/invoicelinesmodel.h"

#include "common/error.h"
#include "common/localdates.h"
#include "domain/invoicerules.h"
#include "domain/taxrate.h"
#include "editor/invoicedraft.h"
#include "money/decimal.h"
#include "money/money.h"

#include <QColor>
#include <QLocale>

namespace Accrue {

namespace {

// Discounts are typed in percent with up to two decimals (basis points), tax
// rates with up to four (ppm, TaxPercent).
constexpr int kPercentDecimals = 2;
constexpr int kQuantityDecimals = 3;

int columnOf(InvoiceProblem::Field field)
{
    using F = InvoiceProblem::Field;
    switch (field) {
    case F::Description:
        return InvoiceLinesModel::Description;
    case F::Quantity:
        return InvoiceLinesModel::Quantity;
    case F::UnitPrice:
        return InvoiceLinesModel::UnitPrice;
    case F::Discount:
        return InvoiceLinesModel::Discount;
    case F::TaxRate:
        return InvoiceLinesModel::TaxRate;
    case F::ServicePeriod:
        return InvoiceLinesModel::ServiceStart;
    default:
        return -1;
    }
}

} // namespace

InvoiceLinesModel::InvoiceLinesModel(InvoiceDraft *draft, std::vector<Accrue::Product> products,
                                     QObject *parent)
    : QAbstractTableModel(parent)
    , m_draft(draft)
    , m_products(std::move(products))
{
    connect(draft, &InvoiceDraft::linesReset, this, [this] {
        beginResetModel();
        refreshProblems();
        endResetModel();
    });
    connect(draft, &InvoiceDraft::changed, this, [this] {
        refreshProblems();
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    refreshProblems();
}

int InvoiceLinesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_draft->invoice().lines.size());
}

int InvoiceLinesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

void InvoiceLinesModel::refreshProblems()
{
    m_problems.clear();
    for (const InvoiceProblem &p : m_draft->problems()) {
        const int column = columnOf(p.field);
        if (p.line >= 0 && column >= 0) {
            m_problems[{ p.line, column }] = p.message;
            if (column == ServiceStart)
                m_problems[{ p.line, ServiceEnd }] = p.message;
        }
    }
}

QString InvoiceLinesModel::problemAt(int row, int column) const
{
    const auto it = m_problems.find({ row, column });
    return it == m_problems.end() ? QString() : it->second;
}

const Accrue::Product *InvoiceLinesModel::product(qint64 id) const
{
    for (const Accrue::Product &p : m_products)
        if (p.id == id)
            return &p;
    return nullptr;
}

QString InvoiceLinesModel::productLabel(qint64 productId) const
{
    const Accrue::Product *p = product(productId);
    return p ? p->code : QString();
}

QVariant InvoiceLinesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const Invoice &inv = m_draft->invoice();
    const InvoiceLine &line = inv.lines[size_t(index.row())];
    const QLocale locale;
    const int column = index.column();
    if (role == Qt::DisplayRole || role == Qt::EditRole) {
        switch (column) {
        case Product:
            return role == Qt::EditRole ? QVariant(line.productId)
                                        : QVariant(productLabel(line.productId));
        case Description:
            return line.description;
        case Quantity:
            return Decimal::format(line.quantityMilli, kQuantityDecimals, locale);
        case UnitPrice:
            return line.unitPrice.formatNumber(locale);
        case Discount:
            return role == Qt::DisplayRole && line.discountBp == 0
                ? QString()
                : Decimal::format(line.discountBp, kPercentDecimals, locale);
        case TaxRate:
            return TaxPercent::text(line.taxRatePpm, locale);
        case ServiceStart:
        case ServiceEnd: {
            const QDate date = column == ServiceStart ? line.serviceStart : line.serviceEnd;
            if (role == Qt::EditRole)
                return date.isValid() ? date : inv.issueDate;
            return date.isValid() ? LocalDates::shortDate(date, locale) : QString();
        }
        case Net:
            return line.net.formatNumber(locale);
        case Tax:
            return line.tax.formatNumber(locale);
        case Total:
            return Money(line.net.minor() + line.tax.minor(), inv.currency).formatNumber(locale);
        }
    }
    if (role == Qt::TextAlignmentRole && column >= Quantity && column != ServiceStart
        && column != ServiceEnd)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const QString problem = problemAt(index.row(), column);
    if (problem.isEmpty())
        return {};
    if (role == Qt::ToolTipRole || role == ProblemRole)
        return problem;
    // Translucent, so it reads on light and dark palettes alike.
    if (role == Qt::BackgroundRole)
        return QColor(220, 40, 40, 70);
    return {};
}

QVariant InvoiceLinesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Vertical)
        return section + 1;
    switch (section) {
    case Product:
        return tr("Product");
    case Description:
        return tr("Description");
    case Quantity:
        return tr("Qty");
    case UnitPrice:
        return tr("Unit price");
    case Discount:
        return tr("Discount %");
    case TaxRate:
        return tr("Tax %");
    case ServiceStart:
        return tr("Service from");
    case ServiceEnd:
        return tr("Service to");
    case Net:
        return tr("Net");
    case Tax:
        return tr("Tax");
    case Total:
        return tr("Total");
    }
    return {};
}

Qt::ItemFlags InvoiceLinesModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly && index.column() < Net)
        f |= Qt::ItemIsEditable;
    return f;
}

bool InvoiceLinesModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || m_readOnly)
        return false;
    const int row = index.row();
    const int column = index.column();
    const QLocale locale;
    const Currency currency = m_draft->invoice().currency;
    std::function<void(InvoiceLine &)> change;
    try {
        switch (column) {
        case Product: {
            const Accrue::Product *p = product(value.toLongLong());
            change = [p, currency](InvoiceLine &line) {
                if (p) {
                    InvoiceRules::applyProduct(line, *p, currency);
                    return;
                }
                line.productId = 0;
                line.revenueAccountId = 0;
                line.recognitionMethod.clear();
            };
            break;
        }
        case Description: {
            const QString text = value.toString();
            change = [text](InvoiceLine &line) { line.description = text; };
            break;
        }
        case Quantity: {
            const qint64 q = Decimal::parse(value.toString(), kQuantityDecimals, locale);
            change = [q](InvoiceLine &line) { line.quantityMilli = q; };
            break;
        }
        case UnitPrice: {
            const Money p = Money::parse(value.toString(), currency, locale);
            change = [p](InvoiceLine &line) { line.unitPrice = p; };
            break;
        }
        case Discount: {
            const QString text = value.toString().remove(u'%').trimmed();
            const qint64 bp = text.isEmpty() ? 0 : Decimal::parse(text, kPercentDecimals, locale);
            // Out of range stays visible as a problem rather than being clamped.
            const int clamped = int(std::clamp<qint64>(bp, -1000000, 1000000));
            change = [clamped](InvoiceLine &line) { line.discountBp = clamped; };
            break;
        }
        case TaxRate: {
            const QString text = value.toString().remove(u'%').trimmed();
            const qint64 ppm = text.isEmpty() ? 0 : TaxPercent::parse(text, locale);
            // Out of range stays visible as a problem rather than being clamped
            // to 100 %; the bound only keeps the value in an int.
            const int clamped = int(std::clamp<qint64>(ppm, -100 * qint64(TaxPercent::Max),
                                                       100 * qint64(TaxPercent::Max)));
            // Tabbing through the cell commits what it shows: the same rate
            // is no override, so the line keeps its product's category.
            if (row < rowCount() && m_draft->invoice().lines[size_t(row)].taxRatePpm == clamped)
                return true;
            // A rate typed by hand stays: the tax table no longer decides it.
            change = [clamped](InvoiceLine &line) {
                line.taxRatePpm = clamped;
                line.taxOverride = true;
            };
            break;
        }
        case ServiceStart:
        case ServiceEnd: {
            const QDate date = value.toDate();
            change = column == ServiceStart ? std::function<void(InvoiceLine &)>(
                         [date](InvoiceLine &line) { line.serviceStart = date; })
                                            : [date](InvoiceLine &line) { line.serviceEnd = date; };
            break;
        }
        default:
            return false;
        }
    } catch (const Error &e) {
        emit inputRejected(index, e.userMessage());
        return false;
    }
    const QString what = headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
    m_draft->edit(
        tr("Change %1 on line %2").arg(what).arg(row + 1),
        [row, change, taxes = column == Product ? m_taxRule : nullptr](Invoice &inv) {
            if (row >= int(inv.lines.size()))
                return;
            change(inv.lines[size_t(row)]);
            if (!taxes)
                return;
            try {
                taxes(inv);
            } catch (const Error &) {
                // No rate for the category there yet: saving says so.
            }
        },
        1000 + row * ColumnCount + column);
    return true;
}

void InvoiceLinesModel::addLine()
{
    m_draft->edit(tr("Add line"), [](Invoice &inv) {
        InvoiceLine line;
        line.position = int(inv.lines.size()) + 1;
        // A new line usually carries the tax of the one above it.
        if (!inv.lines.empty())
            line.taxRatePpm = inv.lines.back().taxRatePpm;
        inv.lines.push_back(line);
    });
}

void InvoiceLinesModel::removeLine(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    m_draft->edit(tr("Remove line %1").arg(row + 1), [row](Invoice &inv) {
        inv.lines.erase(inv.lines.begin() + row);
        for (size_t i = 0; i < inv.lines.size(); ++i)
            inv.lines[i].position = int(i) + 1;
    });
}

void InvoiceLinesModel::clearServicePeriod(int row)
{
    if (row < 0 || row >= rowCount())
        return;
    m_draft->edit(tr("Clear service period on line %1").arg(row + 1), [row](Invoice &inv) {
        inv.lines[size_t(row)].serviceStart = QDate();
        inv.lines[size_t(row)].serviceEnd = QDate();
    });
}

} // namespace Accrue
