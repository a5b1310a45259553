#pragma once

#include "domain/product.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace Accrue {

class Session;

// A product or module: code, name, unit price and currency, unit, tax
// category, how its revenue is recognised and the revenue account it books
// to. OK saves through CatalogService; what it refuses stays in the dialog.
class ProductDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit ProductDialog(Session &session, QWidget *parent = nullptr);
    ProductDialog(Session &session, const Product &product, QWidget *parent = nullptr);

    void accept() override;
    const Product &product() const { return m_product; }
    QLineEdit *field(const QString &name) const;
    QComboBox *combo(const QString &name) const;
    QString problem() const;

private:
    void build();
    void display();
    void read();

    Session &m_session;
    Product m_product;
    bool m_isNew;
    QLabel *m_problem = nullptr;
};

} // namespace Accrue
