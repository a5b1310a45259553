#pragma once

#include <QStringList>
#include <QtCharts/QChartView>

class QLabel;

namespace Accrue {

// The view of every chart in the app. It says "No data" in words, centred,
// where an empty book would draw axes of 0 and 1; it names the chart to
// screen readers (its title) and describes it (a short summary, or "No
// data"); and where the bars can be clicked, the keyboard can too: Left and
// Right walk the categories, Enter or Space opens the one chosen.
class ChartView : public QChartView
{
    Q_OBJECT

public:
    explicit ChartView(QWidget *parent = nullptr);

    // Shows `chart` (taking it; the one before is deleted) titled `title`,
    // with `summary` for screen readers and one line per category for the
    // keyboard's walk ("90+: €1,250").
    void showChart(QChart *chart, const QString &title, const QString &summary,
                   const QStringList &categoryTexts = {});
    // An empty chart titled `title` with "No data" in the middle.
    void showNoData(const QString &title);
    bool hasData() const { return m_hasData; }
    QString noDataText() const;
    // The categories can be clicked (categoryActivated): the view takes focus.
    void setCategoriesClickable(bool clickable);
    int currentCategory() const { return m_current; }

signals:
    void categoryActivated(int index);

protected:
    void resizeEvent(QResizeEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;

private:
    void replaceChart(QChart *chart);
    void moveTo(int category);
    void markCurrent(bool marked);
    void describe();

    QLabel *m_noData;
    QString m_summary;
    QStringList m_categoryTexts;
    bool m_hasData = false;
    bool m_clickable = false;
    int m_current = -1;
};

} // namespace Accrue
