#pragma once

#include <QWidget>

class QLabel;
class QPushButton;
class QTableView;

namespace Accrue {

class RecognitionScheduleModel;
class Session;

// The invoice view's Revenue Schedule tab: when each line's revenue is
// recognised (RecognitionScheduleModel), what has been posted so far, and
// Mark Milestone Done… for a milestone row that is still waiting
// (RecognitionService::completeMilestone, on the date asked for).
class RevenueSchedulePanel final : public QWidget
{
    Q_OBJECT

public:
    RevenueSchedulePanel(Session &session, qint64 invoiceId, QWidget *parent = nullptr);

    void reload();
    bool isEmpty() const;
    RecognitionScheduleModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString summaryText() const;
    // Marks the chosen row's milestone done on `date` (the button asks for
    // the date first); false, with the reason shown, when core refuses.
    bool markChosenMilestoneDone(const QDate &date);

signals:
    void milestoneDone();

private:
    int chosenRow() const;
    void updateButton();
    void askAndMark();

    Session &m_session;
    qint64 m_invoiceId;
    QTableView *m_table;
    RecognitionScheduleModel *m_model;
    QLabel *m_summary;
    QPushButton *m_markDone;
};

} // namespace Accrue
