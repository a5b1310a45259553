#pragma once

#include "billing/billingrun.h"

#include <QDialog>
#include <QMap>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace Accrue {

class BillingPreviewModel;
class Session;

// The Billing Run: choose the date, see what it will make (invoices for the
// periods due, prorations of mid-period changes as invoices or credit
// notes), then make it all in one transaction. Running twice for a date
// makes nothing the second time. Both steps run on a worker with its own
// connection, so a book with 100,000 subscriptions keeps the window alive.
class BillingRunDialog final : public QDialog
{
    Q_OBJECT

public:
    // Rows of a preview kept for the table; the summary counts them all.
    static constexpr int shownRows = 5000;

    explicit BillingRunDialog(Session &session, QWidget *parent = nullptr);

    QDateEdit *date() const { return m_date; }
    QCheckBox *issue() const { return m_issue; }
    BillingPreviewModel *model() const { return m_model; }
    QString summary() const;
    void startPreview();
    void startRun();

signals:
    void previewReady();
    // The run committed (result) or failed (message in the summary).
    void finished(bool ok);

private:
    struct Preview
    {
        std::vector<BillingItem> shown;
        BillingRun::Result counts;
        QMap<QString, Money> invoiced; // by currency
        QMap<QString, Money> credited;
    };
    void showPreview(Preview preview);
    void showResult(const BillingRun::Result &result);
    void fail(const QString &message);
    void setBusy(bool busy);
    static QString totals(const QMap<QString, Money> &byCurrency);

    Session &m_session;
    QDateEdit *m_date;
    QCheckBox *m_issue;
    QPushButton *m_preview;
    QPushButton *m_run;
    QTableView *m_table;
    BillingPreviewModel *m_model;
    QLabel *m_summary;
    QDate m_previewed; // the date the table shows; Run needs a preview of it
};

} // namespace Accrue
