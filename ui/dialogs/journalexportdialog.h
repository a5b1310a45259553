#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;

namespace Accrue {

class Session;

// Revenue > Export Journal: the journal for QuickBooks (IIF), Xero, NetSuite
// or hledger/ledger-cli, of the whole book or a date range, to a file.
// The export runs on a worker with a progress dialog that can cancel it;
// what the check refuses (an unmapped account, named) shows in the dialog
// and nothing is written.
class JournalExportDialog final : public QDialog
{
    Q_OBJECT

public:
    explicit JournalExportDialog(Session &session, QWidget *parent = nullptr);

    // For tests: the fields and the export itself.
    QComboBox *formatBox() const { return m_format; }
    QLineEdit *fileEdit() const { return m_file; }
    QCheckBox *wholeBookBox() const { return m_wholeBook; }
    QLabel *statusLabel() const { return m_status; }
    void startExport();

signals:
    void exportFinished(bool ok);

private:
    void chooseFile();
    void formatChanged();

    Session &m_session;
    QComboBox *m_format;
    QCheckBox *m_wholeBook;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QLineEdit *m_currency;
    QLineEdit *m_file;
    QLabel *m_note;
    QLabel *m_status;
    QPushButton *m_export;
};

} // namespace Accrue
