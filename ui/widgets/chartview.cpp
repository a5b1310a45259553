#include "widgets/chartview.h"

#include <QKeyEvent>
#include <QLabel>
#include <QtCharts/QAbstractBarSeries>
#include <QtCharts/QBarSet>
#include <QtCharts/QChart>

namespace Accrue {

ChartView::ChartView(QWidget *parent)
    : QChartView(parent)
    , m_noData(new QLabel(this))
{
    setRenderHint(QPainter::Antialiasing);
    m_noData->setObjectName(QStringLiteral("noData"));
    m_noData->setText(noDataText());
    m_noData->setAlignment(Qt::AlignCenter);
    m_noData->setWordWrap(true);
    // The window's text colour, a size up: it reads in light and dark alike.
    m_noData->setForegroundRole(QPalette::WindowText);
    QFont font = m_noData->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    m_noData->setFont(font);
    m_noData->setAttribute(Qt::WA_TransparentForMouseEvents);
    m_noData->hide();
    setFocusPolicy(Qt::NoFocus);
}

QString ChartView::noDataText() const
{
    return tr("No data");
}

void ChartView::replaceChart(QChart *chart)
{
    m_current = -1;
    // The view takes the new chart but leaves the old one to us.
    QChart *old = QChartView::chart();
    setChart(chart);
    delete old;
}

void ChartView::showChart(QChart *chart, const QString &title, const QString &summary,
                          const QStringList &categoryTexts)
{
    replaceChart(chart);
    m_hasData = true;
    m_summary = summary;
    m_categoryTexts = categoryTexts;
    m_noData->hide();
    setAccessibleName(title);
    describe();
    if (hasFocus())
        moveTo(0);
}

void ChartView::showNoData(const QString &title)
{
    auto *chart = new QChart;
    chart->setBackgroundVisible(false);
    chart->setTitle(title);
    chart->setTitleBrush(palette().color(QPalette::WindowText));
    chart->legend()->hide();
    replaceChart(chart);
    m_hasData = false;
    m_summary.clear();
    m_categoryTexts.clear();
    m_noData->setGeometry(viewport()->geometry());
    m_noData->show();
    m_noData->raise();
    setAccessibleName(title);
    describe();
}

void ChartView::setCategoriesClickable(bool clickable)
{
    m_clickable = clickable;
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

void ChartView::resizeEvent(QResizeEvent *event)
{
    QChartView::resizeEvent(event);
    m_noData->setGeometry(viewport()->geometry());
}

void ChartView::keyPressEvent(QKeyEvent *event)
{
    if (!m_clickable || !m_hasData || m_categoryTexts.isEmpty()) {
        QChartView::keyPressEvent(event);
        return;
    }
    const int last = int(m_categoryTexts.size()) - 1;
    switch (event->key()) {
    case Qt::Key_Left:
    case Qt::Key_Up:
        moveTo(std::max(0, m_current - 1));
        break;
    case Qt::Key_Right:
    case Qt::Key_Down:
        moveTo(std::min(last, m_current + 1));
        break;
    case Qt::Key_Home:
        moveTo(0);
        break;
    case Qt::Key_End:
        moveTo(last);
        break;
    case Qt::Key_Return:
    case Qt::Key_Enter:
    case Qt::Key_Space:
        if (m_current >= 0)
            emit categoryActivated(m_current);
        break;
    default:
        QChartView::keyPressEvent(event);
        return;
    }
    event->accept();
}

void ChartView::focusInEvent(QFocusEvent *event)
{
    QChartView::focusInEvent(event);
    if (m_clickable && m_hasData)
        moveTo(std::max(0, m_current));
}

void ChartView::focusOutEvent(QFocusEvent *event)
{
    markCurrent(false);
    QChartView::focusOutEvent(event);
}

void ChartView::moveTo(int category)
{
    if (category < 0 || category >= m_categoryTexts.size())
        return;
    markCurrent(false);
    m_current = category;
    markCurrent(true);
    describe();
}

// The bar the keyboard is on, in each set, drawn in the selection colour.
void ChartView::markCurrent(bool marked)
{
    if (m_current < 0 || !QChartView::chart())
        return;
    for (QAbstractSeries *series : QChartView::chart()->series())
        if (auto *bars = qobject_cast<QAbstractBarSeries *>(series))
            for (QBarSet *set : bars->barSets())
                marked ? set->selectBar(m_current) : set->deselectBar(m_current);
}

void ChartView::describe()
{
    QString description = m_hasData ? m_summary : noDataText();
    if (m_hasData && m_current >= 0 && m_current < m_categoryTexts.size())
        description = m_categoryTexts.at(m_current) + QStringLiteral(". ") + description;
    if (description != accessibleDescription())
        setAccessibleDescription(description);
}

} // namespace Accrue
