#include "widgets/listtable.h"

#include <QEvent>
#include <QHeaderView>
#include <QTableView>
#include <algorithm>

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

namespace {

// The first visible column that is not right-aligned (names, descriptions),
// or the last one.
int textColumnOf(const QTableView *table)
{
    const QHeaderView *header = table->horizontalHeader();
    for (int column = 0; column < header->count(); ++column) {
        if (header->isSectionHidden(column))
            continue;
        const int alignment = table->model()->index(0, column).data(Qt::TextAlignmentRole).toInt();
        if (!(alignment & Qt::AlignRight))
            return column;
    }
    return header->count() - 1;
}

// Keeps the text column at its contents' width plus whatever the viewport
// has to spare, as the window is resized.
class SpareWidth final : public QObject
{
public:
    SpareWidth(QTableView *table)
        : QObject(table)
        , m_table(table)
    {
        setObjectName(QStringLiteral("spareWidth"));
        table->viewport()->installEventFilter(this);
    }

    void measure()
    {
        m_column = textColumnOf(m_table);
        m_contentWidth = m_column >= 0 ? m_table->horizontalHeader()->sectionSize(m_column) : 0;
        apply();
    }

protected:
    bool eventFilter(QObject *, QEvent *event) override
    {
        if (event->type() == QEvent::Resize)
            apply();
        return false;
    }

private:
    void apply()
    {
        QHeaderView *header = m_table->horizontalHeader();
        if (m_column < 0 || m_column >= header->count())
            return;
        int others = 0;
        for (int column = 0; column < header->count(); ++column)
            if (column != m_column && !header->isSectionHidden(column))
                others += header->sectionSize(column);
        const int spare = m_table->viewport()->width() - others - m_contentWidth;
        header->resizeSection(m_column, m_contentWidth + std::max(0, spare));
    }

    QTableView *m_table;
    int m_column = -1;
    int m_contentWidth = 0;
};

} // namespace

void fitColumnsToWidth(QTableView *table)
{
    table->resizeColumnsToContents();
    if (table->horizontalHeader()->count() == 0)
        return;
    auto *spare = static_cast<SpareWidth *>(
        table->findChild<QObject *>(QStringLiteral("spareWidth"), Qt::FindDirectChildrenOnly));
    if (!spare)
        spare = new SpareWidth(table);
    spare->measure();
}

} // namespace Accrue
