#include "documents/invoicedocument.h"

#include "common/error.h"
#include "exchange/outputfile.h"

#include <QAbstractTextDocumentLayout>
#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextFrame>
#include <QUrl>

namespace Accrue {

void InvoiceDocument::build(QTextDocument &document, const InvoiceDocumentData &data,
                            const QLocale &locale)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(10);
    document.setDefaultFont(font);
    if (!data.company.logo.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(InvoiceHtml::logoUrl),
                             QImage::fromData(data.company.logo));
    document.setHtml(InvoiceHtml::render(data, locale));
}

void InvoiceDocument::writePdf(const InvoiceDocumentData &data, const QString &path,
                               QPageSize::PageSizeId paper, const QLocale &locale)
{
    // QPdfWriter reports no write errors: lay the PDF out in memory, then
    // write it whole (or fail with nothing left behind) through OutputFile.
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(paper));
        writer.setPageMargins(QMarginsF(15, 15, 15, 15), QPageLayout::Millimeter);
        writer.setResolution(300);
        writer.setTitle(data.invoice.number);
        writer.setCreator(QStringLiteral("Accrue"));
        QTextDocument document;
        build(document, data, locale);
        paint(document, writer, data.invoice.number);
    }
    if (pdf.data().isEmpty())
        throw Error(QCoreApplication::translate("Accrue::InvoiceDocument",
                                                "Could not lay out the PDF of %1")
                        .arg(data.invoice.number));
    OutputFile output(path);
    if (output.device()->write(pdf.data()) != pdf.data().size())
        throw Error(QCoreApplication::translate("Accrue::InvoiceDocument", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), output.device()->errorString()));
    output.commit();
}

int InvoiceDocument::paint(QTextDocument &document, QPagedPaintDevice &device,
                           const QString &footerLabel)
{
    // Lay out in points (a 72 dpi reference device): font sizes, the logo's
    // height and the table padding then mean the same on every printer, and
    // the painter scales points to the device's resolution.
    QImage reference(1, 1, QImage::Format_Mono);
    const int dotsPerMeter = qRound(72.0 / 0.0254);
    reference.setDotsPerMeterX(dotsPerMeter);
    reference.setDotsPerMeterY(dotsPerMeter);
    document.documentLayout()->setPaintDevice(&reference);
    const QSizeF area = device.pageLayout().paintRect(QPageLayout::Point).size();
    const qreal footerHeight = 20;
    const QSizeF page(area.width(), area.height() - footerHeight);
    document.setPageSize(page);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    document.rootFrame()->setFrameFormat(root);

    const int pages = document.pageCount();
    QPainter painter(&device);
    const qreal scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    // In pixels of the painter's point scale: a point size would be scaled twice.
    QFont footerFont = document.defaultFont();
    footerFont.setPixelSize(8);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, i * page.height()), page);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        painter.setFont(footerFont);
        const QString pageText
            = QCoreApplication::translate("Accrue::InvoiceDocument", "Page %1 of %2")
                  .arg(i + 1)
                  .arg(pages);
        const QString footer
            = footerLabel.isEmpty() ? pageText : footerLabel + QStringLiteral(" · ") + pageText;
        painter.drawText(QRectF(0, page.height(), page.width(), footerHeight),
                         Qt::AlignRight | Qt::AlignBottom, footer);
    }
    document.documentLayout()->setPaintDevice(nullptr);
    return pages;
}

QPageSize::PageSizeId InvoiceDocument::paperFor(const QString &setting, const QLocale &locale)
{
    const QString paper = setting.trimmed().toLower();
    if (paper == QLatin1String("letter"))
        return QPageSize::Letter;
    if (paper == QLatin1String("a4"))
        return QPageSize::A4;
    return defaultPaper(locale);
}

QPageSize::PageSizeId InvoiceDocument::paperFor(const CompanySettings &company)
{
    return paperFor(company.paper, QLocale());
}

bool InvoiceDocument::isKnownPaper(const QString &setting)
{
    const QString paper = setting.trimmed().toLower();
    return paper == QLatin1String("a4") || paper == QLatin1String("letter");
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
