#pragma once

#include "widgets/chartview.h"

#include <QDate>

namespace Accrue {

class Session;
struct RecognitionTrend;

// The Revenue tab's chart of billed against recognised revenue per month
// (RecognitionTrend): bars side by side, so a month billed ahead shows a
// tall billed bar and the recognised ones that follow it. Read on a worker
// thread. An empty book: "No data".
class RecognitionChartView final : public ChartView
{
    Q_OBJECT

public:
    explicit RecognitionChartView(Session &session, QWidget *parent = nullptr);

    // Reads [from, to] in the book's main currency and shows it.
    void load(const QDate &from, const QDate &to);
    void showTrend(const RecognitionTrend &trend);
    // Per month: billed and recognised, in minor units (tests).
    const QList<std::pair<qint64, qint64>> &figures() const { return m_figures; }

signals:
    void shown();
    void failed(const QString &message);

private:
    Session &m_session;
    int m_generation = 0;
    QList<std::pair<qint64, qint64>> m_figures;
};

} // namespace Accrue
