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
// book uses) is called there. Edits of every format are kept while the
// format is switched and saved together; only administrators may edit.
class AccountingExportPane final : public QWidget
{
    Q_OBJECT

public:
    explicit AccountingExportPane(Session &session, QWidget *parent = nullptr);

    bool isModified() const;
    // Saves the formats whose rows changed; throws Error.
    void save();

    // For tests: the format shown and its table (code column 3, name 4).
    QComboBox *formatBox() const { return m_format; }
    QTableWidget *table() const { return m_table; }

private:
    void showFormat();
    void storeEdits();

    Session &m_session;
    std::map<ExportFormat, std::vector<ExportMapping>> m_loaded;
    std::map<ExportFormat, std::vector<ExportMapping>> m_edited;
    ExportFormat m_shown = ExportFormat::Iif;
    bool m_filling = false;
    QComboBox *m_format;
    QTableWidget *m_table;
    QLabel *m_hint;
};

} // namespace Accrue
