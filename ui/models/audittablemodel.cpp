#include "models/audittablemodel.h"

#include "common/localdates.h"
#include "queries/audittrail.h"

#include <QLocale>

namespace Accrue {

AuditTableModel::AuditTableModel(Database &db, QObject *parent)
    : PagedTableModel(db, pageSize, 16, parent)
{
}

void AuditTableModel::setFilter(const AuditListFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditTableModel::reload()
{
    auto loader = [filter = m_filter](Database &db, const ListWindow<AuditListRow> &window) {
        return AuditTrail(db).records(filter, window);
    };
    AuditTrail trail(db());
    const qint64 count = trail.count(m_filter);
    // The first page comes along: the view shows it without a second trip.
    auto first = trail.records(m_filter, ListWindow<AuditListRow>::top(0, pageSize));
    resetRows(count, loader, std::move(first));
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString AuditTableModel::localTime(const QString &storedUtc)
{
    QDateTime at = QDateTime::fromString(storedUtc, Qt::ISODateWithMs);
    if (!at.isValid())
        return storedUtc;
    at.setTimeSpec(Qt::UTC);
    const QLocale locale;
    // Seconds too: records a second apart are told apart.
    QString time = locale.timeFormat(QLocale::ShortFormat);
    if (!time.contains(u's'))
        time.replace(QLatin1String("mm"), QLatin1String("mm:ss"));
    return locale.toString(at.toLocalTime(), LocalDates::shortFormat(locale) + u' ' + time);
}

QString AuditTableModel::byWhom(const AuditListRow &row)
{
    if (row.osUser.isEmpty() || row.osUser == row.userName)
        return row.userName;
    return tr("%1 (OS login %2)").arg(row.userName, row.osUser);
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const AuditListRow *r = rowAt(index.row());
    if (!r)
        return role == Qt::DisplayRole && index.column() == Seq ? tr("Loading…") : QVariant();
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case Seq:
            return QLocale().toString(r->id);
        case Time:
            return localTime(r->at);
        case User:
            return byWhom(*r);
        case Action:
            return r->action;
        case Entity:
            return r->entity;
        case Record:
            return r->entityId;
        }
        break;
    case Qt::ToolTipRole:
        if (index.column() == Time)
            return tr("%1 UTC").arg(r->at);
        break;
    case Qt::TextAlignmentRole:
        if (index.column() == Seq)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case SeqRole:
        return r->id;
    }
    return {};
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Seq:
        return tr("No.");
    case Time:
        return tr("Time");
    case User:
        return tr("User");
    case Action:
        return tr("Action");
    case Entity:
        return tr("Entity");
    case Record:
        return tr("Record");
    }
    return {};
}

} // namespace Accrue
