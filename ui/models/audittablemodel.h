#pragma once

#include "domain/auditlist.h"
#include "models/pagedtablemodel.h"

namespace Accrue {

class Database;

// The audit records a filter selects, newest first, read a page at a time
// from core's AuditTrail (keyset paging on the record number): the viewer
// never holds the whole trail.
class AuditTableModel final : public PagedTableModel<AuditListRow>
{
    Q_OBJECT

public:
    enum Column { Seq, Time, User, Action, Entity, Record, ColumnCount };
    enum Role { SeqRole = Qt::UserRole + 1 };

    explicit AuditTableModel(Database &db, QObject *parent = nullptr);

    const AuditListFilter &filter() const { return m_filter; }
    void setFilter(const AuditListFilter &filter);
    void reload();
    // The row's record, or nullptr while its page is on its way.
    const AuditListRow *record(int row) const { return rowAt(row); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

    // A stored UTC time in the user's time zone and locale, with the year in
    // four digits (a trail spans decades; "03/04/05" reads three ways).
    static QString localTime(const QString &storedUtc);
    // "alice", or "alice (OS login bob)" where the record names the login.
    static QString byWhom(const AuditListRow &row);

    static constexpr int pageSize = 200;

private:
    AuditListFilter m_filter;
};

} // namespace Accrue
