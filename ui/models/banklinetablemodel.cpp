#include "models/banklinetablemodel.h"

#include "models/moneyformat.h"
#include "money/money.h"

#include <QApplication>
#include <QLocale>
#include <QPalette>

namespace Accrue {

namespace {
constexpr int pageSize = 256;

QString stateText(const QString &state)
{
    if (state == QLatin1String("unmatched"))
        return BankLineTableModel::tr("Unmatched");
    if (state == QLatin1String("proposed"))
        return BankLineTableModel::tr("Proposed");
    if (state == QLatin1String("matched"))
        return BankLineTableModel::tr("Matched");
    if (state == QLatin1String("ignored"))
        return BankLineTableModel::tr("Ignored");
    return state;
}
} // namespace

BankLineTableModel::BankLineTableModel(Database &db, QObject *parent)
    : QAbstractTableModel(parent)
    , m_db(db)
    , m_pages(64)
{
    reload();
}

void BankLineTableModel::setFilter(const BankRepository::Filter &filter)
{
    m_filter = filter;
    reload();
}

void BankLineTableModel::reload()
{
    beginResetModel();
    m_pages.clear();
    m_count = BankRepository(m_db).count(m_filter);
    endResetModel();
    emit reloaded(m_count);
}

int BankLineTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(std::min<qint64>(m_count, std::numeric_limits<int>::max()));
}

int BankLineTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

const BankRepository::Transaction *BankLineTableModel::rowAt(int row) const
{
    const qint64 page = row / pageSize;
    if (!m_pages.contains(page)) {
        auto *rows = new QVector<BankRepository::Transaction>;
        BankRepository(m_db).list(
            m_filter, page * pageSize, pageSize,
            [rows](const BankRepository::Transaction &t) { rows->append(t); });
        m_pages.insert(page, rows);
    }
    const QVector<BankRepository::Transaction> *rows = m_pages.object(page);
    const int at = row % pageSize;
    return rows && at < rows->size() ? &rows->at(at) : nullptr;
}

QVariant BankLineTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const BankRepository::Transaction *t = rowAt(index.row());
    if (!t)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Date:
            return QLocale().toString(t->date, QLocale::ShortFormat);
        case Amount:
            return Display::moneyWithCode(
                Money(t->amountMinor, Currency::fromCode(t->currency).value_or(Currency())));
        case Counterparty:
            return t->counterparty;
        case Reference:
            return t->reference;
        case State:
            return stateText(t->state);
        case Confidence:
            return t->confidence > 0 ? QStringLiteral("%1%").arg(t->confidence) : QString();
        case Reason:
            return t->reason;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Reason || index.column() == Reference)
            return index.column() == Reason ? t->reason : t->reference;
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Amount || index.column() == Confidence)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Qt::ForegroundRole:
        if (index.column() == Amount && t->amountMinor < 0)
            return QApplication::palette().color(QPalette::PlaceholderText);
        break;
    case IdRole:
        return t->id;
    case StateRole:
        return t->state;
    case RawValueRole:
        return index.column() == Amount ? QVariant(t->amountMinor) : QVariant(t->date);
    }
    return {};
}

QVariant BankLineTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Date:
        return tr("Date");
    case Amount:
        return tr("Amount");
    case Counterparty:
        return tr("Counterparty");
    case Reference:
        return tr("Reference");
    case State:
        return tr("State");
    case Confidence:
        return tr("Confidence");
    case Reason:
        return tr("Why");
    }
    return {};
}

} // namespace Accrue
