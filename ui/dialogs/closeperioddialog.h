#pragma once

#include "billing/periodcloseservice.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace Accrue {

class Session;

// Close Period…: the month-end checklist of a chosen month (each item's
// figures and status, which reads without colour), Close Month when nothing
// blocks (Finance or Admin), Reopen… for an Admin (asks for the reason),
// and the history of closes and reopens with who, when and why. The lock
// date ("closed through") heads it. Everything goes through
// PeriodCloseService, which checks the role again.
//
// The checklist reads the whole month (drafts, bank lines, overdue
// invoices, the recognition due), and the close runs the recognition: on a
// large book both take seconds, so both run on a pool thread with their own
// connection and session (runInBackground). Close Month stays disabled
// until the chosen month's checklist is in; a result for a month no longer
// chosen is dropped.
class ClosePeriodDialog final : public QDialog
{
    Q_OBJECT

public:
    // The recogniser a session closes with (PeriodCloseService::recognizerFor);
    // empty: close without revenue recognition (the checklist warns).
    using RecognizerFactory = std::function<PeriodCloseService::Recognizer(Session &)>;

    ClosePeriodDialog(Session &session, RecognizerFactory recognizer, QWidget *parent = nullptr);

    // The month chosen (its first day).
    QDate month() const;
    // Chooses a month and checks it again (on the worker).
    void setMonth(const QDate &month);
    // The month whose checklist the table shows (invalid while it loads).
    QDate shownMonth() const { return m_shown; }
    // True while a checklist is read or a close runs.
    bool isBusy() const { return m_loading || m_closing; }
    QTableWidget *checklistTable() const { return m_checks; }
    QTableWidget *historyTable() const { return m_history; }
    QPushButton *closeButton() const { return m_close; }
    QString statusText() const;
    // Closes the month chosen on the worker (the Close Month button, without
    // asking); closeFinished() tells how it went. Ignored while busy.
    void closeMonth();
    // Reopens the month chosen with this reason (Reopen… asks for it first).
    bool reopenMonth(const QString &reason);

    void reject() override;

signals:
    // A month's checklist (or its closed state) and the history are shown.
    void checklistShown(const QDate &month);
    void closeFinished(bool ok);
    // Reading the checklist or closing failed; the message is in the status.
    void failed(const QString &message);
    void periodChanged();

private:
    struct Snapshot;

    void fillMonths();
    void refresh();
    void showSnapshot(const Snapshot &snapshot);
    void showChecklist(const CloseChecklist &list);
    void showHistory(const std::vector<PeriodEvent> &events);
    void showStatus(const QString &text);
    void setBusy(bool loading, bool closing);
    void loadFailed(const QString &message);
    void askAndReopen();
    void confirmAndClose();

    Session &m_session;
    RecognizerFactory m_recognizer;
    PeriodCloseService m_service;
    QLabel *m_lock;
    QComboBox *m_month;
    QTableWidget *m_checks;
    QProgressBar *m_busy;
    QLabel *m_status;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QTableWidget *m_history;
    QDate m_shown; // the month whose checklist is in
    bool m_closable = false; // the checklist shown lets it close
    bool m_closedShown = false; // the month shown is closed
    bool m_loading = false;
    bool m_closing = false;
    int m_generation = 0; // the newest checklist asked for
    QString m_notice; // the last close's or reopen's outcome, kept above the checklist
};

} // namespace Accrue
