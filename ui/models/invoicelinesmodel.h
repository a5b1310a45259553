#pragma once

#include "domain/invoice.h"
#include "domain/product.h"

#include <QAbstractTableModel>
#include <functional>
#include <map>
#include <vector>

namespace Accrue {

class InvoiceDraft;

// The lines of a draft invoice for the editor's table. Cells show the
// locale's numbers; edits parse what was typed, go to the draft as undoable
// steps, and cells that block saving are marked with the reason.
class InvoiceLinesModel final : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        Product,
        Description,
        Quantity,
        UnitPrice,
        Discount,
        TaxRate,
        ServiceStart,
        ServiceEnd,
        Net,
        Tax,
        Total,
        ColumnCount
    };
    enum Role { ProblemRole = Qt::UserRole + 1 };

    InvoiceLinesModel(InvoiceDraft *draft, std::vector<Accrue::Product> products,
                      QObject *parent = nullptr);

    const std::vector<Accrue::Product> &products() const { return m_products; }
    // Run on the invoice after a product is picked (the editor passes
    // InvoiceService::applyTaxes), so the line shows the tax of the
    // product's category it will be saved with, not only the product's rate.
    void setTaxRule(std::function<void(Invoice &)> rule) { m_taxRule = std::move(rule); }
    void setReadOnly(bool readOnly) { m_readOnly = readOnly; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;

    void addLine();
    void removeLine(int row);
    void clearServicePeriod(int row);

signals:
    // What was typed could not be read; the cell keeps its value.
    void inputRejected(const QModelIndex &index, const QString &message);

private:
    QString problemAt(int row, int column) const;
    QString productLabel(qint64 productId) const;
    const Accrue::Product *product(qint64 id) const;
    void refreshProblems();

    InvoiceDraft *m_draft;
    std::vector<Accrue::Product> m_products;
    std::map<std::pair<int, int>, QString> m_problems; // (row, column) -> message
    bool m_readOnly = false;
    std::function<void(Invoice &)> m_taxRule;
};

} // namespace Accrue
