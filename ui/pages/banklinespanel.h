#pragma once

#include "domain/bankline.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QTableView;

namespace Accrue {

class BankLineTableModel;
class Session;

// The bank side of the Transactions tab: imported statement lines with their
// state (unmatched, proposed, matched, ignored) and why; import a statement
// (CSV through a layout dialog with a live preview, OFX, camt.053),
// auto-match, accept or reject proposals in bulk, match by hand, ignore
// (fees, transfers) and unmatch. Every action goes through core services.
class BankLinesPanel final : public QWidget
{
    Q_OBJECT

public:
    explicit BankLinesPanel(Session &session, QWidget *parent = nullptr);

    BankLineTableModel *model() const { return m_model; }
    void refresh();
    // Imports a file; a CSV asks for its layout unless `mappingName` names one.
    bool importFile(const QString &path, const QString &mappingName = {});
    void autoMatch();
    // On the selected rows; return how many lines changed.
    int acceptSelected();
    int rejectSelected();
    void matchByHand();
    void ignoreSelected();
    void unmatchSelected();
    void selectRow(int row, bool add = false);

    // Asks which invoice an ambiguous line pays: the chosen invoice's id, or
    // 0 to leave the line as it is. A list dialog by default; tests answer.
    using InvoiceChooser
        = std::function<qint64(const BankLine &line, const std::vector<BankMatch> &)>;
    void setInvoiceChooser(InvoiceChooser chooser) { m_chooseInvoice = std::move(chooser); }

signals:
    void statusMessage(const QString &text);

private:
    std::vector<qint64> selectedIds(const QString &state = {}) const;
    // Runs `action` on each selected line (of a state); it returns whether it
    // changed the book. Refreshes only when something changed.
    int forEachSelected(const QString &state, const std::function<bool(qint64)> &action);
    void reselect(const std::vector<qint64> &ids, int nearRow);

    Session &m_session;
    BankLineTableModel *m_model;
    QComboBox *m_state;
    QTableView *m_table;
    QLabel *m_footer;
    InvoiceChooser m_chooseInvoice;
    qint64 chooseInvoiceInDialog(const BankLine &line, const std::vector<BankMatch> &choices);
};

} // namespace Accrue
