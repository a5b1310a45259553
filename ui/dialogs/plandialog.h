#pragma once

#include "domain/product.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Accrue {

class Session;

// A plan: which product it bills, every how many months, at which price:
// flat, per seat, or by tiers (graduated or volume) edited as a table of
// "up to", unit price and flat fee. The example line prices a quantity as
// the billing run will. OK saves through CatalogService.
class PlanDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit PlanDialog(Session &session, QWidget *parent = nullptr);
    PlanDialog(Session &session, const Plan &plan, QWidget *parent = nullptr);

    void accept() override;
    const Plan &plan() const { return m_plan; }
    QLineEdit *field(const QString &name) const;
    QComboBox *combo(const QString &name) const;
    QTableWidget *tiers() const { return m_tiers; }
    QSpinBox *exampleQuantity() const { return m_exampleQuantity; }
    // "15 × … = 70.00 EUR", or why the plan cannot price yet.
    QString example() const;
    void addTier(const QString &upTo, const QString &unitPrice, const QString &flat = {});
    QString problem() const;

private:
    void build();
    void display();
    // Throws Error naming the field for what cannot be read.
    Plan read() const;
    void updateModel();
    void updateExample();

    Session &m_session;
    Plan m_plan;
    bool m_isNew;
    QTableWidget *m_tiers = nullptr;
    QSpinBox *m_trialDays = nullptr;
    QSpinBox *m_exampleQuantity = nullptr;
    QLabel *m_example = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace Accrue
