#pragma once

#include "domain/accountingexport.h"

#include <QWidget>
#include <map>
#include <vector>

class QComboBox;
class QLabel;
class QTableWidget;

namespace Accrue {

class Session;

// The Accounting Export tab of the settings: for QuickBooks (IIF), Xero and
// NetSuite, what each of Accrue's accounts (and, for Xero, each tax rate the
// book uses) is called there. Every account of the chart is listed with
// its code and name in Accrue, what it is called in the target, and
// whether the export can use the row (ExportMapping::targetFor), counted
// above the table. Edits of every format are kept while the format is
// switched and saved together; only administrators may edit.
class AccountingExportPane final : public QWidget
{
    Q_OBJECT

public:
    enum Column { Status, SourceKey, SourceName, TargetCode, TargetName, ColumnCount };

    explicit AccountingExportPane(Session &session, QWidget *parent = nullptr);

    bool isModified() const;
    // Saves the formats whose rows changed; throws Error naming the format.
    void save();
    // Shows the rows of a format (QuickBooks, Xero or NetSuite).
    void setFormat(ExportFormat format);

    // For tests: the format shown, its table and the count above it.
    QComboBox *formatBox() const { return m_format; }
    QTableWidget *table() const { return m_table; }
    QString summaryText() const;
    // The row of an account code or a tax key, -1 when it is not listed.
    int rowOf(const QString &kind, const QString &key) const;

private:
    void showFormat();
    void storeEdits();
    void showStatus(int row);
    void showSummary();

    Session &m_session;
    std::map<ExportFormat, std::vector<ExportMapping>> m_loaded;
    std::map<ExportFormat, std::vector<ExportMapping>> m_edited;
    std::map<ExportFormat, QString> m_loadErrors; // the mapping could not be read
    ExportFormat m_shown = ExportFormat::Iif;
    bool m_filling = false;
    QComboBox *m_format;
    QLabel *m_summary;
    QTableWidget *m_table;
    QLabel *m_hint;
};

} // namespace Accrue
