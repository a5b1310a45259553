#pragma once

#include "domain/product.h"
#include "domain/recognition.h"

#include <QDialog>
#include <optional>
#include <vector>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Accrue {

class Session;
class UsageRecordModel;

// Record Usage…: a billing clerk records usage delivered to a customer of
// a product recognised as delivered (RecognitionService::recordUsage): the
// customer (searchable), the product, the delivery date (the session's
// today to start with) and the quantity in the product's unit, with what it
// will be worth at the product's price. Below, the customer's usage records
// (UsageRecordModel) show what was recorded and where it stands. Record
// keeps the dialog open for the next one; core's refusals (a future date, a
// quantity of zero, a role that may not) are shown as they come.
class RecordUsageDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RecordUsageDialog(Session &session, QWidget *parent = nullptr);

    void setCustomer(qint64 customerId);
    void setProduct(qint64 productId);
    void setDeliveredOn(const QDate &date);
    void setQuantityText(const QString &text);
    // Records what the fields say (the Record button); false when core or
    // the quantity field refuses it, the reason in problemText().
    bool record();

    UsageRecordModel *model() const { return m_model; }
    // What the amount line says ("12.50 EUR: 125 GB at 0.10 EUR").
    QString amountText() const;
    QString problemText() const;
    QString statusText() const;
    // Whether the book has products usage can be recorded for.
    bool hasProducts() const { return !m_products.empty(); }

signals:
    void recorded(const UsageRecord &usage);
    void failed(const QString &message);

public slots:
    void reject() override;

private:
    QWidget *createForm();
    QWidget *createList();
    void loadChoices();
    const Product *chosenProduct() const;
    // The quantity typed, in thousandths; nullopt (and the reason in
    // `why`) when it is not a number of up to three decimals.
    std::optional<qint64> quantity(QString *why = nullptr) const;
    void updateAmount();
    void reloadList();
    void showProblem(const QString &message);

    Session &m_session;
    std::vector<Product> m_products;
    QComboBox *m_customer;
    QComboBox *m_product;
    QDateEdit *m_date;
    QLineEdit *m_quantity;
    QLabel *m_unit;
    QLabel *m_amount;
    QLabel *m_problem;
    QLabel *m_status;
    QLabel *m_listNote;
    QTableView *m_table;
    UsageRecordModel *m_model;
    QPushButton *m_record;
};

} // namespace Accrue
