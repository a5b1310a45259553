#pragma once

#include "billing/recognitionservice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QPushButton;
class QTableWidget;

namespace Accrue {

class Session;

// Recognise Revenue…: what the recognition run would post through a date
// (journal entries, schedule rows, amounts per currency; the preview) and
// Run to post it. The through date starts at the last day of the month
// before the session's today, the usual month-end close. Both run on a pool
// thread with their own connection; after a run the pages hear of it
// through the change bus.
class RecogniseRevenueDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit RecogniseRevenueDialog(Session &session, QWidget *parent = nullptr);

    // The last day of the month before `today`.
    static QDate defaultThrough(const QDate &today);
    void setThrough(const QDate &date);
    QDate through() const;
    // Posts what the preview shows (the Run button).
    void run();
    const RecognitionService::Summary &lastSummary() const { return m_summary; }
    QString statusText() const;
    QTableWidget *amounts() const { return m_amounts; }

signals:
    void previewShown(qint64 entries);
    void runFinished(qint64 entries);
    void failed(const QString &message);

private:
    void preview();
    void showSummary(const RecognitionService::Summary &summary);
    void fail(const QString &message);

    Session &m_session;
    QDateEdit *m_through;
    QTableWidget *m_amounts;
    QLabel *m_status;
    QPushButton *m_run;
    RecognitionService::Summary m_summary;
    QString m_runText; // the last run's result, kept above the next preview
    int m_generation = 0; // the newest preview asked for
};

} // namespace Accrue
