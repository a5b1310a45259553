#pragma once

#include "exchange/bankcsvmapping.h"

#include <QByteArray>
#include <QDialog>
#include <map>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace Accrue {

// Says how a bank's CSV statement is laid out, with a live preview of the
// lines as they would be imported (or the first problem, with its line and
// field). Saved mappings can be picked and are kept under the bank's name.
// A new layout starts in the book's currency (SettingsService::bookCurrency;
// empty: the user says it), as most accounts are kept in it.
class CsvMappingDialog final : public QDialog
{
    Q_OBJECT

public:
    CsvMappingDialog(const QByteArray &bytes, const QString &fileName,
                     const std::map<QString, BankCsvMapping> &saved, const QString &bookCurrency,
                     QWidget *parent = nullptr);

    BankCsvMapping mapping() const;
    void setMapping(const BankCsvMapping &mapping);
    // For tests: the preview's rows and its problem text.
    int previewRows() const;
    QString problem() const;

private:
    void refreshColumns();
    void refreshPreview();
    QComboBox *columnCombo();

    QByteArray m_bytes;
    QString m_fileName;
    std::map<QString, BankCsvMapping> m_saved;
    QComboBox *m_savedCombo;
    QLineEdit *m_name;
    QComboBox *m_delimiter;
    QSpinBox *m_headerRows;
    QComboBox *m_encoding;
    QComboBox *m_date;
    QComboBox *m_dateFormat;
    QComboBox *m_amount;
    QComboBox *m_debit;
    QComboBox *m_credit;
    QComboBox *m_counterparty;
    QComboBox *m_reference;
    QComboBox *m_bankRef;
    QLineEdit *m_currency;
    QComboBox *m_decimal;
    QTableWidget *m_preview;
    QLabel *m_problem;
    bool m_updating = false;
};

} // namespace Accrue
