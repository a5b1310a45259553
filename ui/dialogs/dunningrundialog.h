#pragma once

#include "dunning/dunningservice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Accrue {

class DunningPlanModel;
class Session;

// Dunning Run…: what each open invoice is due for on a date (the plan, in
// a table), and Confirm to carry it out: reminders queued in the outbox
// (sent by the outbox's delivery), invoices flagged, late fees issued.
// Both the plan and the run work on a pool thread with their own
// connection to the book (runInBackground), so the window never freezes.
class DunningRunDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit DunningRunDialog(Session &session, QWidget *parent = nullptr);

    void setDate(const QDate &date);
    DunningPlanModel *model() const { return m_model; }
    // Carries out the plan shown (the Confirm button).
    void confirm();
    const DunningRunResult &lastResult() const { return m_result; }

signals:
    void planShown(int rows);
    void runFinished(int queued, int problems);
    void failed(const QString &message);

private:
    void refreshPlan();
    void showResult(const DunningRunResult &result);

    Session &m_session;
    MailSettings m_mail;
    QDateEdit *m_date;
    QTableView *m_table;
    DunningPlanModel *m_model;
    QLabel *m_status;
    QPushButton *m_confirm;
    DunningRunResult m_result;
    QString m_resultText; // the last run's, shown above the plan that follows it
    int m_generation = 0; // the newest plan asked for; older answers are dropped
};

} // namespace Accrue
