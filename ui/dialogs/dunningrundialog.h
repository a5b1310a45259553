#pragma once

#include "dunning/dunningservice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;
class QTableWidget;

namespace Accrue {

class DunningPlanModel;
class Session;

// Dunning Run…: what each open invoice is due for on a date (the plan, in
// a table), and Confirm to carry it out: reminders queued in the outbox,
// invoices flagged, late fees issued; then what is due in the outbox is
// delivered (MailTasks::deliver, as the outbox's Deliver Now) when e-mail
// is set up. A second tab lists the invoices flagged for review, with
// Clear Flag. The plan, the run and the delivery work on a pool thread with
// their own connection to the book, so the window never freezes.
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
    // Delivers the outbox after a run with the password known (tests).
    void deliverWith(const QString &password);
    QString statusText() const;
    QTableWidget *flaggedTable() const { return m_flagged; }
    // Clears the chosen flagged invoice's flag with this note (the Clear
    // Flag button asks for the note first).
    void clearChosenFlag(const QString &note);

signals:
    void planShown(int rows);
    void runFinished(int queued, int problems);
    // The delivery that follows a run with reminders queued.
    void mailDelivered(int sent, int retrying, int failed);
    void failed(const QString &message);

private:
    void refreshPlan();
    void showResult(const DunningRunResult &result);
    // After a run: delivers what is due, or says why not.
    void deliverQueued(int queued);
    void updateStatus();
    void refreshFlagged();

    Session &m_session;
    MailSettings m_mail;
    QDateEdit *m_date;
    QTableView *m_table;
    DunningPlanModel *m_model;
    QLabel *m_status;
    QPushButton *m_confirm;
    QTableWidget *m_flagged;
    QPushButton *m_clearFlag;
    std::vector<DunningNotice> m_flaggedRows;
    DunningRunResult m_result;
    QString m_resultText; // the last run's, shown above the plan that follows it
    QString m_mailText; // what became of its e-mails
    QString m_planText;
    int m_generation = 0; // the newest plan asked for; older answers are dropped
};

} // namespace Accrue
