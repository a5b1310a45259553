#include "documents/invoicedocument.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPdfWriter>
#include <QTextDocument>
#include <QUrl>

namespace Accrue {

void InvoiceDocument::build(QTextDocument &document, const InvoiceDocumentData &data,
                            const QLocale &locale)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(9);
    document.setDefaultFont(font);
    if (!data.company.logo.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(InvoiceHtml::logoUrl),
                             QImage::fromData(data.company.logo));
    document.setHtml(InvoiceHtml::render(data, locale));
}

void InvoiceDocument::writePdf(const InvoiceDocumentData &data, const QString &path,
                               QPageSize::PageSizeId paper, const QLocale &locale)
{
    {
        QFile probe(path); // QPdfWriter reports nothing; find out first
        if (!probe.open(QIODevice::WriteOnly))
            throw Error(
                QCoreApplication::translate("Accrue::InvoiceDocument", "Cannot write %1: %2")
                    .arg(QDir::toNativeSeparators(path), probe.errorString()));
    }
    QPdfWriter writer(path);
    writer.setPageSize(QPageSize(paper));
    writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
    writer.setResolution(300);
    writer.setTitle(data.invoice.number);
    writer.setCreator(QStringLiteral("Accrue"));
    QTextDocument document;
    build(document, data, locale);
    document.print(&writer); // adds page numbers at the foot of each page
}

QPageSize::PageSizeId InvoiceDocument::defaultPaper(const QLocale &locale)
{
    switch (locale.territory()) {
    case QLocale::UnitedStates:
    case QLocale::Canada:
    case QLocale::Mexico:
    case QLocale::Chile:
    case QLocale::Colombia:
    case QLocale::Venezuela:
    case QLocale::Philippines:
        return QPageSize::Letter;
    default:
        return QPageSize::A4;
    }
}

} // namespace Accrue
