#pragma once

#include "exchange/columnmapping.h"

#include <QDialog>
#include <map>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace Accrue {

class CsvPreviewModel;
class Session;

// Imports another tool's CSV file of customers, products, plans,
// subscriptions, tax rates or exchange rates: the file, its delimiter and
// encoding, a preview of its first rows, and for each of Accrue's columns
// (those the importer knows, from core; required ones marked) the file's
// column that holds it, pre-filled from matching header names. The mapping
// is a ColumnMapping, saved and loaded as the JSON accrue-cli's --mapping
// reads. Import runs the service's importCsv: all rows in one transaction,
// or none and the error (file:line: field) shown while the dialog stays.
//
// Every step has a method, so tests drive it without the file dialogs and
// without exec(); showFor() opens it window-modal without blocking.
class ImportDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Kind { Customers, Products, Plans, Subscriptions, TaxRates, ExchangeRates };

    ImportDialog(Session &session, Kind kind, QWidget *parent = nullptr);

    // Opens a new dialog (deleted on close) without waiting for it.
    static ImportDialog *showFor(Session &session, Kind kind, QWidget *parent);

    Kind kind() const { return m_kind; }
    // Accrue's columns for this import and those it requires (from core).
    const QStringList &knownColumns() const { return m_known; }
    const QStringList &requiredColumns() const { return m_required; }

    // Reads the file, guesses its delimiter and pre-fills the columns;
    // false (and the reason in message()) when it cannot be read.
    bool setFile(const QString &path);
    QString filePath() const { return m_path; }
    void setDelimiter(QChar delimiter);
    QChar delimiter() const;
    // One of TextDecoding::encodings() or an alias ("ISO-8859-1").
    void setEncoding(const QString &encoding);
    QString encoding() const;
    // The file's column (header name or 1-based position) for one of
    // Accrue's; empty: none.
    void setColumn(const QString &accrueColumn, const QString &fileColumn);
    QString column(const QString &accrueColumn) const;
    // Off: the file is read as it is (Accrue's own columns, the ECB's rates).
    void setMappingEnabled(bool enabled);
    bool mappingEnabled() const;
    void setReplaceRates(bool replace); // exchange rates: overwrite differing days

    ColumnMapping mapping() const;
    void setMapping(const ColumnMapping &mapping);
    bool loadMapping(const QString &path);
    bool saveMapping(const QString &path);

    // Imports the file; true when every row went in. message() says how
    // many, or what stopped it.
    bool runImport();
    QString message() const;
    bool lastFailed() const { return m_failed; }
    CsvPreviewModel *preview() const { return m_preview; }

signals:
    void imported(int count);

private:
    void chooseFile();
    void chooseMappingToLoad();
    void chooseMappingToSave();
    void readFile();
    void refillColumns(bool prefill);
    QComboBox *comboFor(const QString &accrueColumn) const;
    bool inHeader(const QString &fileColumn) const;
    void selectFileColumn(QComboBox *combo, const QString &fileColumn);
    int importBytes(const QByteArray &bytes, const QString &fileName);
    void say(const QString &text, bool failed);

    Session &m_session;
    Kind m_kind;
    QStringList m_known;
    QStringList m_required;
    QString m_path;
    QByteArray m_bytes;
    QStringList m_header;
    QLineEdit *m_file;
    QComboBox *m_delimiter;
    QComboBox *m_encoding;
    QGroupBox *m_mapBox;
    std::map<QString, QComboBox *> m_columns;
    QCheckBox *m_replace;
    CsvPreviewModel *m_preview;
    QTableView *m_previewView;
    QLabel *m_message;
    QPushButton *m_import;
    bool m_failed = false;
    bool m_updating = false;
};

} // namespace Accrue
