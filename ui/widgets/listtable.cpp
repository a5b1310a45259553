#include "widgets/listtable.h"

#include <QHeaderView>
#include <QTableView>

namespace Accrue {

void setUpListTable(QTableView *table)
{
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setAlternatingRowColors(true);
    table->setWordWrap(false);
    table->verticalHeader()->hide();
    table->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    table->verticalHeader()->setDefaultSectionSize(table->fontMetrics().height() + 8);
}

void fitColumnsToWidth(QTableView *table)
{
    QHeaderView *header = table->horizontalHeader();
    table->resizeColumnsToContents();
    const int columns = header->count();
    if (columns == 0)
        return;
    int used = 0;
    int textColumn = -1;
    for (int column = 0; column < columns; ++column) {
        if (header->isSectionHidden(column))
            continue;
        used += header->sectionSize(column);
        const int alignment = table->model()->index(0, column).data(Qt::TextAlignmentRole).toInt();
        if (textColumn < 0 && !(alignment & Qt::AlignRight))
            textColumn = column;
    }
    const int spare = table->viewport()->width() - used;
    if (spare > 0)
        header->resizeSection(textColumn >= 0 ? textColumn : columns - 1,
                              header->sectionSize(textColumn >= 0 ? textColumn : columns - 1)
                                  + spare);
}

} // namespace Accrue
