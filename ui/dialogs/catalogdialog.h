#pragma once

#include "domain/product.h"

#include <QDialog>
#include <vector>

class QCheckBox;
class QTabWidget;
class QTableWidget;

namespace Accrue {

class ImportDialog;
class Session;

// Products and Plans: what the book sells and how subscriptions are billed
// for it. Lists with New, Edit, Archive or Restore and Import CSV; every
// change goes through CatalogService, which checks the role too.
class CatalogDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit CatalogDialog(Session &session, QWidget *parent = nullptr);

    QTableWidget *productTable() const { return m_products; }
    QTableWidget *planTable() const { return m_plans; }
    const std::vector<Product> &products() const { return m_productRows; }
    const std::vector<Plan> &plans() const { return m_planRows; }
    void reload();
    // The import of the tab shown (products or plans), opened without
    // blocking; the lists reload after it.
    ImportDialog *importCsv();

private:
    bool onPlans() const;
    void newItem();
    void editItem();
    void setArchived(bool archived);
    bool run(const QString &title, const std::function<void()> &change);

    Session &m_session;
    QTabWidget *m_tabs;
    QTableWidget *m_products;
    QTableWidget *m_plans;
    QCheckBox *m_archived;
    std::vector<Product> m_productRows;
    std::vector<Plan> m_planRows;
};

} // namespace Accrue
