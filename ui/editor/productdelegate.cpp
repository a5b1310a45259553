#include "editor/productdelegate.h"

#include "models/invoicelinesmodel.h"

#include <QComboBox>

namespace Accrue {

QWidget *ProductDelegate::createEditor(QWidget *parent, const QStyleOptionViewItem &,
                                       const QModelIndex &index) const
{
    auto *combo = new QComboBox(parent);
    combo->addItem(tr("(none)"), qint64(0));
    if (const auto *model = qobject_cast<const InvoiceLinesModel *>(index.model())) {
        for (const Product &p : model->products())
            combo->addItem(p.code + QStringLiteral(" — ") + p.name, p.id);
    }
    return combo;
}

void ProductDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    auto *combo = static_cast<QComboBox *>(editor);
    combo->setCurrentIndex(std::max(0, combo->findData(index.data(Qt::EditRole))));
}

void ProductDelegate::setModelData(QWidget *editor, QAbstractItemModel *model,
                                   const QModelIndex &index) const
{
    const QVariant id = static_cast<QComboBox *>(editor)->currentData();
    if (id != index.data(Qt::EditRole))
        model->setData(index, id, Qt::EditRole);
}

} // namespace Accrue
