#pragma once

#include "domain/auditlist.h"

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTableWidget;
class QTimer;

namespace Accrue {

class AuditTableModel;
class Session;
struct AuditListRow;
struct BookVerification;

// Edit → Audit Log: the audit trail filtered by user, entity, record, days
// and text, newest first, a page at a time; the chosen record's before and
// after side by side, one row per field with the changed ones marked; Export
// CSV of the filtered records and Verify of the whole chain, both on a worker
// thread. Admin and Finance of the root tenant only (AuditAccess): the
// constructor throws Error for anyone else.
class AuditLogDialog final : public QDialog
{
    Q_OBJECT

public:
    AuditLogDialog(Session &session, QWidget *parent = nullptr);

    // The history of one record ("invoice", "42"): the filter set to it.
    void showHistory(const QString &entity, const QString &entityId);
    // The filter as the bar shows it; days are the user's local days.
    AuditListFilter filter() const;
    void applyFilter();
    // Every record listed, record `seq` chosen (Verify's "Show Record").
    void showRecordNumber(qint64 seq);
    // Writes the filtered records to `path` on a worker thread (exported()).
    void exportTo(const QString &path);
    // Checks the whole chain on a worker thread with a progress dialog
    // (verified()), then says what it found.
    void verify();
    AuditTableModel *model() const { return m_model; }
    QTableWidget *detail() const { return m_detail; }

signals:
    void exported(const QString &path, bool ok);
    void verified(bool ok, qint64 brokenSeq, const QString &problem);

private:
    void buildFilterBar(QWidget *bar);
    void fillChoices();
    void exportCsv();
    void showRecord(const QModelIndex &current);
    void showDetail(const AuditListRow &row);
    void showVerification(const BookVerification &verification);
    void updateSummary(qint64 rows);

    Session &m_session;
    AuditTableModel *m_model;
    QComboBox *m_user;
    QComboBox *m_entity;
    QLineEdit *m_record;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_search;
    QTimer *m_typing; // one query per pause in typing
    QTableView *m_table;
    QLabel *m_heading;
    QTableWidget *m_detail;
    QLabel *m_summary;
    QPushButton *m_export;
    QPushButton *m_verify;
};

} // namespace Accrue
