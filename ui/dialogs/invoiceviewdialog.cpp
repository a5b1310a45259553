#include "dialogs/invoiceviewdialog.h"

#include "billing/collectionsservice.h"
#include "billing/session.h"
#include "common/error.h"
#include "common/localdates.h"
#include "documents/invoicedocument.h"
#include "documents/invoicepdfbatch.h"
#include "pages/revenueschedulepanel.h"
#include "widgets/errorbox.h"
#include "widgets/savefile.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTextDocument>
#include <QVBoxLayout>

namespace Accrue {

namespace {

void printTo(QPrinter *printer, const InvoiceDocumentData &data)
{
    QTextDocument document;
    InvoiceDocument::build(document, data, QLocale());
    InvoiceDocument::paint(document, *printer, InvoiceDocument::decor(data, QLocale()));
}

} // namespace

InvoiceViewDialog::InvoiceViewDialog(Session &session, InvoiceDocumentData data, QWidget *parent)
    : QDialog(parent)
    , m_session(session)
    , m_data(std::move(data))
{
    setWindowTitle(m_data.invoice.number.isEmpty() ? tr("Draft invoice")
                                                   : tr("Invoice %1").arg(m_data.invoice.number));
    auto *browser = new QTextBrowser(this);
    QTextDocument *document = browser->document();
    InvoiceDocument::build(*document, m_data, QLocale());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *printButton = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    QPushButton *previewButton
        = buttons->addButton(tr("Print Pre&view…"), QDialogButtonBox::ActionRole);
    QPushButton *pdfButton = buttons->addButton(tr("Save &PDF…"), QDialogButtonBox::ActionRole);
    pdfButton->setVisible(session.can(Permission::Export));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(printButton, &QPushButton::clicked, this, &InvoiceViewDialog::print);
    connect(previewButton, &QPushButton::clicked, this, &InvoiceViewDialog::preview);
    connect(pdfButton, &QPushButton::clicked, this, &InvoiceViewDialog::savePdf);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(withRevenueSchedule(browser), 1);
    addCollectionsHistory(layout);
    layout->addWidget(buttons);
    resize(780, 680);
}

// An issued invoice with a revenue schedule shows it on a tab of its own
// beside the document.
QWidget *InvoiceViewDialog::withRevenueSchedule(QWidget *document)
{
    if (m_data.invoice.id <= 0 || m_data.invoice.status == InvoiceStatus::Draft)
        return document;
    auto *schedule = new RevenueSchedulePanel(m_session, m_data.invoice.id, this);
    if (schedule->isEmpty()) {
        delete schedule;
        return document;
    }
    m_tabs = new QTabWidget(this);
    m_tabs->addTab(document, tr("&Invoice"));
    m_tabs->addTab(schedule, tr("&Revenue Schedule"));
    return m_tabs;
}

QString InvoiceViewDialog::collectionsText(Session &session, qint64 invoiceId)
{
    // Plain text: reasons and notes are what users typed.
    const QLocale locale;
    auto day = [&locale](const QDate &d) { return LocalDates::shortDate(d, locale); };
    CollectionsService service(session);
    QStringList lines;
    for (const Dispute &d : service.history(invoiceId)) {
        lines << tr("Disputed on %1 by %2: %3").arg(day(d.openedDate), d.openedBy, d.reason);
        for (const DisputeNote &n : d.notes)
            lines << tr("    Note (%1, %2): %3")
                         .arg(n.userName,
                              LocalDates::shortDateTime(n.createdAt.toLocalTime(), locale), n.note);
        if (d.isOpen()) {
            lines << tr("    Open: dunning leaves the invoice alone");
            continue;
        }
        QString how;
        switch (*d.resolution) {
        case DisputeResolution::CreditNote:
            how = tr("by a credit note");
            break;
        case DisputeResolution::WriteOff:
            how = tr("by writing it off");
            break;
        case DisputeResolution::Withdrawn:
            how = tr("withdrawn by the customer");
            break;
        }
        lines << tr("    Resolved on %1 by %2: %3").arg(day(d.resolvedDate), d.resolvedBy, how);
    }
    for (const WriteOff &w : service.writeOffs(invoiceId))
        lines << tr("Written off on %1 by %2: %3 (%4)")
                     .arg(day(w.date), w.userName, w.amount.format(locale), w.reason);
    return lines.join(u'\n');
}

void InvoiceViewDialog::addCollectionsHistory(QVBoxLayout *layout)
{
    if (m_data.invoice.id <= 0)
        return;
    QString text;
    try {
        text = collectionsText(m_session, m_data.invoice.id);
    } catch (const Error &e) {
        text = e.userMessage();
    }
    if (text.isEmpty())
        return;
    auto *title = new QLabel(tr("Disputes and write-offs"), this);
    QFont bold = title->font();
    bold.setBold(true);
    title->setFont(bold);
    auto *history = new QPlainTextEdit(text, this);
    history->setObjectName(QStringLiteral("collectionsHistory"));
    history->setReadOnly(true);
    history->setMaximumHeight(history->fontMetrics().lineSpacing() * 7);
    layout->addWidget(title);
    layout->addWidget(history);
}

void InvoiceViewDialog::offerActions(const QList<QAction *> &actions)
{
    auto *bar = new QHBoxLayout;
    for (QAction *action : actions) {
        auto *button = new QPushButton(action->icon(), action->text(), this);
        button->setEnabled(action->isEnabled());
        button->setAutoDefault(false);
        connect(button, &QPushButton::clicked, this, [this, action] {
            m_chosen = action;
            accept();
        });
        bar->addWidget(button);
    }
    bar->addStretch();
    static_cast<QVBoxLayout *>(layout())->insertLayout(0, bar);
}

void InvoiceViewDialog::print()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(InvoiceDocument::paperFor(m_data.company)));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() == QDialog::Accepted)
        printTo(&printer, m_data);
}

void InvoiceViewDialog::preview()
{
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(InvoiceDocument::paperFor(m_data.company)));
    QPrintPreviewDialog dialog(&printer, this);
    connect(&dialog, &QPrintPreviewDialog::paintRequested, this,
            [this](QPrinter *target) { printTo(target, m_data); });
    dialog.exec();
}

void InvoiceViewDialog::savePdf()
{
    const QString name = (m_data.invoice.number.isEmpty() ? tr("draft") : m_data.invoice.number)
        + QStringLiteral(".pdf");
    const QString path = SaveFile::ask(this, tr("Save PDF"), name, tr("PDF files (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        InvoicePdfBatch(m_session, InvoiceDocument::paperFor(m_data.company), QLocale())
            .writeOne(m_data.invoice.id, path);
    } catch (const Error &e) {
        showError(this, tr("Save PDF"), e.userMessage());
    }
}

} // namespace Accrue
