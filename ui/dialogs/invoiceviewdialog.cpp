#include "dialogs/invoiceviewdialog.h"

#include "documents/invoicehtml.h"

#include <QDialogButtonBox>
#include <QLocale>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace Accrue {

InvoiceViewDialog::InvoiceViewDialog(const InvoiceDocumentData &data, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(data.invoice.number.isEmpty() ? tr("Draft invoice")
                                                 : tr("Invoice %1").arg(data.invoice.number));
    auto *browser = new QTextBrowser(this);
    browser->setHtml(InvoiceHtml::render(data, QLocale()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    resize(760, 640);
}

} // namespace Accrue
