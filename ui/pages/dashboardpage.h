#pragma once

#include "pages/page.h"
#include "reports/dashboardreport.h"

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QTableView;

namespace Accrue {

class ChartView;
class Database;
class Session;
class FigureTile;
class PaymentTableModel;

// Figures first: revenue for the period with its change, outstanding and
// overdue AR, DSO and open invoices; the aging buckets and the revenue trend
// as charts; the latest payments. Figures load on a worker thread.
// The periods are the presets of Reports (Period::preset): "This month" is
// the month to date, compared with the same days of the month before. The
// tiles wrap into as many columns as the window has room for.
class DashboardPage final : public Page
{
    Q_OBJECT

public:
    explicit DashboardPage(Session &session, QWidget *parent = nullptr);

    bool loadsInBackground() const override { return true; }
    void refresh() override;
    BookAreas areas() const override
    {
        return BookArea::Invoices | BookArea::Payments | BookArea::CreditNotes | BookArea::Ledger
            | BookArea::Customers;
    }
    const DashboardFigures &figures() const { return m_figures; }
    FigureTile *revenueTile() const { return m_revenue; }
    QList<FigureTile *> tiles() const;
    FigureTile *disputedTile() const { return m_disputed; }
    FigureTile *dueSoonTile() const { return m_dueSoon; }
    // "Write Off 90+…" under the aging chart (Finance and Admin).
    QPushButton *writeOffButton() const { return m_writeOff90; }
    ChartView *agingChart() const { return m_agingView; }
    ChartView *trendChart() const { return m_trendView; }
    // Chooses a preset of the period picker (Custom: the dates as they are).
    void setPeriod(Period::Kind kind);

signals:
    void figuresLoaded(); // the tiles and the aging; loaded() follows with the trend
    void agingBucketClicked(int bucket); // 0 Current .. 4 90+
    // statusKey as in the invoice list ("unpaid", "overdue", "disputed", "due_soon")
    void invoicesRequested(const QString &statusKey);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void periodChanged();
    void layOutTiles();
    QString revenueChange(const DashboardFigures &figures) const;
    void show(const DashboardFigures &figures);
    void loadTrend(int generation);
    void showAging(const DashboardFigures &figures);
    void showRevenueTrend(const DashboardFigures &figures);
    void writeOffOverdue();

    Session &m_session;
    Database &m_db;
    DashboardFigures m_figures;
    QComboBox *m_period;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLabel *m_state;
    FigureTile *m_revenue;
    FigureTile *m_outstanding;
    FigureTile *m_overdue;
    FigureTile *m_dso;
    FigureTile *m_open;
    FigureTile *m_disputed;
    FigureTile *m_dueSoon;
    QPushButton *m_writeOff90;
    QWidget *m_tileArea;
    QGridLayout *m_tileGrid;
    int m_tileColumns = 0;
    ChartView *m_agingView;
    ChartView *m_trendView;
    QTableView *m_recent;
    PaymentTableModel *m_recentModel;
    int m_generation = 0; // ignores results of superseded loads
};

} // namespace Accrue
