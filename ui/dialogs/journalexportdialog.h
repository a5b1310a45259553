#pragma once

#include "domain/accountingexport.h"
#include "domain/periodclose.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Accrue {

class Session;

// Revenue > Export Journal: the journal for QuickBooks (IIF), Xero, NetSuite
// or hledger/ledger-cli, of the whole book or a date range, to a file.
// It opens on the format used last and the last closed month (what a
// month-end close hands to the books), says whether the range is closed,
// and suggests a file name from both (accrue-journal-2026-03.iif) in the
// folder used last. The export runs on a worker with a progress dialog
// that can cancel it; what the check refuses (every unmapped account,
// named) shows in the dialog, nothing is written, and an administrator can
// open the mapping from there.
class JournalExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit JournalExportDialog(Session &session, QWidget *parent = nullptr);

    // For tests: the fields and the export itself.
    QComboBox *formatBox() const { return m_format; }
    QDateEdit *fromEdit() const { return m_from; }
    QDateEdit *toEdit() const { return m_to; }
    QLineEdit *fileEdit() const { return m_file; }
    QCheckBox *wholeBookBox() const { return m_wholeBook; }
    QLabel *statusLabel() const { return m_status; }
    QLabel *periodLabel() const { return m_period; }
    // The problems of the last export that failed (empty after a success).
    QString problemsText() const;
    ExportFormat format() const;
    // "accrue-journal-2026-03.iif": the format, range and currency chosen.
    QString suggestedFileName() const;
    void startExport();

signals:
    void exportFinished(bool ok);

private:
    bool chooseFile();
    void formatChanged();
    void rangeChanged();
    void openMapping();
    void exportTo(const QString &file);
    void showProblems(const QString &problems);

    Session &m_session;
    PeriodLock m_lock;
    QString m_suggested; // the file the last suggestion named, while it stands
    QComboBox *m_format;
    QCheckBox *m_wholeBook;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_currency;
    QLineEdit *m_file;
    QLabel *m_period;
    QLabel *m_note;
    QLabel *m_status;
    QPlainTextEdit *m_problems;
    QPushButton *m_mapping;
    QPushButton *m_export;
};

} // namespace Accrue
