#pragma once

#include "domain/recognition.h"

#include <QAbstractTableModel>
#include <vector>

namespace Accrue {

class Session;

// One customer's recorded usage (RecognitionService::usageOf), newest
// delivery first: date, product, quantity with the product's unit, amount,
// state (unbilled, accrued, billed) and the invoice that billed it.
class UsageRecordModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Date, Product, Quantity, Amount, State, Invoice, ColumnCount };
    // The raw value behind a cell: dates as QDate, quantities in thousandths,
    // amounts in minor units, the state as UsageState.
    static constexpr int RawRole = Qt::UserRole + 1;
    // At most this many rows are read; the list says when there are more.
    static constexpr int rowLimit = 500;

    explicit UsageRecordModel(Session &session, QObject *parent = nullptr);

    // Reads the customer's usage from the book (0: none, an empty list).
    // Throws Error as the service does.
    void load(qint64 customerId);
    qint64 customerId() const { return m_customerId; }
    // Whether the last load stopped at rowLimit.
    bool truncated() const { return m_truncated; }
    const std::vector<UsageListRow> &rows() const { return m_rows; }
    static QString stateText(UsageState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const UsageListRow &row, int column) const;
    QVariant raw(const UsageListRow &row, int column) const;

    Session &m_session;
    qint64 m_customerId = 0;
    bool m_truncated = false;
    std::vector<UsageListRow> m_rows;
};

} // namespace Accrue
