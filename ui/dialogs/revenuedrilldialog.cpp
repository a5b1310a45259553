#include "dialogs/revenuedrilldialog.h"

#include "common/error.h"
#include "models/reporttablemodel.h"
#include "reports/reportengine.h"
#include "reports/reporttable.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableView>
#include <QVBoxLayout>

namespace Accrue {

namespace {

ReportTable runReport(Database &db, const QString &name, const ReportParameters &p)
{
    ReportTable table;
    ReportEngine::run(db, name, p, table);
    return table;
}

QTableView *tableFor(ReportTableModel *model, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setModel(model);
    view->setSortingEnabled(true);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->resizeColumnsToContents();
    return view;
}

} // namespace

RevenueDrillDialog::RevenueDrillDialog(Database &db, const QString &title,
                                       const ReportParameters &scope, QWidget *parent)
    : QDialog(parent)
    , m_invoices(new ReportTableModel(this))
    , m_creditNotes(new ReportTableModel(this))
{
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    try {
        m_invoices->setReport(runReport(db, QStringLiteral("customer-invoices"), scope));
        m_creditNotes->setReport(runReport(db, QStringLiteral("credit-notes"), scope));
    } catch (const Error &e) {
        layout->addWidget(new QLabel(e.userMessage(), this));
    }
    layout->addWidget(
        new QLabel(tr("<b>Invoices issued</b> (%Ln)", nullptr, m_invoices->rowCount()), this));
    layout->addWidget(tableFor(m_invoices, this), 3);
    layout->addWidget(new QLabel(
        tr("<b>Credit notes</b> (%Ln), which reduce revenue", nullptr, m_creditNotes->rowCount()),
        this));
    layout->addWidget(tableFor(m_creditNotes, this), 1);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    resize(900, 560);
}

} // namespace Accrue
