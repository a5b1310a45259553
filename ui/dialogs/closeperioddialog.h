#pragma once

#include "billing/periodcloseservice.h"

#include <QDialog>

class QComboBox;
class QLabel;
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
class ClosePeriodDialog final : public QDialog
{
    Q_OBJECT

public:
    ClosePeriodDialog(Session &session, PeriodCloseService::Recognizer recognize,
                      QWidget *parent = nullptr);

    // The month shown (its first day).
    QDate month() const;
    void setMonth(const QDate &month);
    QTableWidget *checklistTable() const { return m_checks; }
    QTableWidget *historyTable() const { return m_history; }
    QPushButton *closeButton() const { return m_close; }
    QString statusText() const;
    // Closes the month shown (the Close Month button, without asking).
    bool closeMonth();
    // Reopens the month shown with this reason (Reopen… asks for it first).
    bool reopenMonth(const QString &reason);

signals:
    void periodChanged();

private:
    void fillMonths();
    void refresh();
    void showChecklist(const CloseChecklist &list);
    void showHistory();
    void askAndReopen();
    void confirmAndClose();

    Session &m_session;
    PeriodCloseService m_service;
    QLabel *m_lock;
    QComboBox *m_month;
    QTableWidget *m_checks;
    QLabel *m_status;
    QPushButton *m_close;
    QPushButton *m_reopen;
    QTableWidget *m_history;
};

} // namespace Accrue
