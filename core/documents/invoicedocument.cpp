#include "documents/invoicedocument.h"

#include "common/error.h"
#include "common/safetext.h"
#include "documents/documenttexts.h"
#include "documents/qrcode.h"
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

namespace {

const qreal footerLineHeight = 9;

// "PAID" framed and turned a little on the first page, in a
// green that reads as settled on any accent.
void paintStamp(QPainter &painter, const QSizeF &page, const QString &text, QFont font)
{
    painter.save();
    font.setPixelSize(22);
    font.setBold(true);
    painter.setFont(font);
    const QColor green(0x2E, 0x7D, 0x32, 190);
    painter.setPen(QPen(green, 2));
    const QRectF box = painter.fontMetrics().boundingRect(text).adjusted(-10, -4, 10, 4);
    // Right, under the amount due box, beside the bill-to address.
    painter.translate(page.width() - 110, 175);
    painter.rotate(-12);
    painter.translate(-box.center());
    painter.drawRoundedRect(box, 4, 4);
    painter.drawText(box, Qt::AlignCenter, text);
    painter.restore();
}

// A thin rule in the accent; the registration lines left under it, the
// number and page count right on the first line.
void paintFooter(QPainter &painter, const QRectF &area, const InvoiceDocument::Decor &decor,
                 const QFont &font, int pageNumber, int pages)
{
    painter.save();
    painter.setFont(font);
    const qreal top = area.top() + 5;
    painter.setPen(QPen(decor.accent, 0.5));
    painter.drawLine(QPointF(area.left(), top), QPointF(area.right(), top));
    painter.setPen(QColor(0x55, 0x55, 0x55));
    const QString pageText = decor.pageFormat.arg(pageNumber).arg(pages);
    const QString text
        = decor.label.isEmpty() ? pageText : decor.label + QStringLiteral(" · ") + pageText;
    const qreal textWidth = painter.fontMetrics().horizontalAdvance(text) + 12;
    qreal y = top + 3;
    painter.drawText(QRectF(area.left(), y, area.width(), footerLineHeight),
                     Qt::AlignRight | Qt::AlignVCenter, text);
    for (const QString &line : decor.footerLines) {
        painter.drawText(
            QRectF(area.left(), y, area.width() - textWidth, footerLineHeight),
            Qt::AlignLeft | Qt::AlignVCenter,
            painter.fontMetrics().elidedText(line, Qt::ElideRight, int(area.width() - textWidth)));
        y += footerLineHeight;
    }
    painter.restore();
}

} // namespace

void InvoiceDocument::prepare(QTextDocument &document, const CompanySettings &company)
{
    QFont font = document.defaultFont();
    font.setPointSizeF(9.5);
    document.setDefaultFont(font);
    if (!company.logo.isEmpty())
        document.addResource(QTextDocument::ImageResource, QUrl(InvoiceHtml::logoUrl),
                             QImage::fromData(company.logo));
}

InvoiceDocument::Decor InvoiceDocument::companyDecor(const CompanySettings &company,
                                                     const DocumentTexts &texts)
{
    InvoiceDocument::Decor decor;
    decor.pageFormat = texts.text("Page %1 of %2");
    decor.footerLines = InvoiceHtml::footerLines(company, texts);
    decor.accent = QColor::fromString(company.accent());
    decor.author = company.legalName.trimmed().isEmpty() ? QStringLiteral("Accrue")
                                                         : safeText(company.legalName.trimmed());
    return decor;
}

void InvoiceDocument::build(QTextDocument &document, const InvoiceDocumentData &data,
                            const QLocale &locale)
{
    prepare(document, data.company);
    if (const auto payload = InvoiceHtml::epcPayload(data))
        document.addResource(QTextDocument::ImageResource, QUrl(InvoiceHtml::epcUrl),
                             QrCode::image(*payload));
    document.setHtml(InvoiceHtml::render(data, locale));
}

void InvoiceDocument::build(QTextDocument &document, const CreditNoteDocumentData &data,
                            const QLocale &locale)
{
    prepare(document, data.company);
    document.setHtml(InvoiceHtml::renderCreditNote(data, locale));
}

InvoiceDocument::Decor InvoiceDocument::decor(const InvoiceDocumentData &data,
                                              const QLocale &locale)
{
    const DocumentTexts texts(data.customer.language, locale);
    Decor decor = companyDecor(data.company, texts);
    decor.label = data.invoice.number;
    decor.title = data.invoice.number.isEmpty() ? texts.text("Draft invoice")
                                                : texts.text("Invoice %1").arg(data.invoice.number);
    if (data.company.showStatusStamp && data.invoice.status == InvoiceStatus::Paid)
        decor.stamp = texts.text("PAID");
    return decor;
}

InvoiceDocument::Decor InvoiceDocument::decor(const CreditNoteDocumentData &data,
                                              const QLocale &locale)
{
    const DocumentTexts texts(data.customer.language, locale);
    Decor decor = companyDecor(data.company, texts);
    decor.label = data.note.number;
    decor.title = texts.text("Credit note %1").arg(data.note.number);
    return decor;
}

void InvoiceDocument::writePdf(const InvoiceDocumentData &data, const QString &path,
                               QPageSize::PageSizeId paper, const QLocale &locale)
{
    QTextDocument document;
    build(document, data, locale);
    write(document, decor(data, locale), path, paper);
}

void InvoiceDocument::writePdf(const CreditNoteDocumentData &data, const QString &path,
                               QPageSize::PageSizeId paper, const QLocale &locale)
{
    QTextDocument document;
    build(document, data, locale);
    write(document, decor(data, locale), path, paper);
}

QByteArray InvoiceDocument::pdf(QTextDocument &document, const Decor &decor,
                                QPageSize::PageSizeId paper)
{
    // QPdfWriter reports no write errors: lay the PDF out in memory; the
    // caller writes it whole (or fails with nothing left behind).
    QBuffer pdf;
    pdf.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&pdf);
        writer.setPageSize(QPageSize(paper));
        writer.setPageMargins(QMarginsF(15, 15, 15, 12), QPageLayout::Millimeter);
        writer.setResolution(300);
        // Qt 6.4 writes no Author entry: the company goes in as the creator.
        writer.setTitle(decor.title);
        writer.setCreator(decor.author);
        paint(document, writer, decor);
    }
    if (pdf.data().isEmpty())
        throw Error(QCoreApplication::translate("Accrue::InvoiceDocument",
                                                "Could not lay out the PDF of %1")
                        .arg(decor.label));
    return pdf.data();
}

void InvoiceDocument::write(QTextDocument &document, const Decor &decor, const QString &path,
                            QPageSize::PageSizeId paper)
{
    const QByteArray bytes = pdf(document, decor, paper);
    OutputFile output(path);
    if (output.device()->write(bytes) != bytes.size())
        throw Error(QCoreApplication::translate("Accrue::InvoiceDocument", "Cannot write %1: %2")
                        .arg(QDir::toNativeSeparators(path), output.device()->errorString()));
    output.commit();
}

int InvoiceDocument::paint(QTextDocument &document, QPagedPaintDevice &device,
                           const QString &footerLabel)
{
    Decor decor;
    decor.label = footerLabel;
    decor.pageFormat = QCoreApplication::translate("Accrue::InvoiceDocument", "Page %1 of %2");
    return paint(document, device, decor);
}

int InvoiceDocument::paint(QTextDocument &document, QPagedPaintDevice &device, const Decor &decor)
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
    // Room for a gap, the rule and the registration lines (or the page line).
    const qreal footerHeight
        = 10 + footerLineHeight * qreal(std::max<qsizetype>(1, decor.footerLines.size()));
    const QSizeF page(area.width(), area.height() - footerHeight);
    document.setPageSize(page);
    QTextFrameFormat root = document.rootFrame()->frameFormat();
    root.setMargin(0);
    document.rootFrame()->setFrameFormat(root);

    const int pages = document.pageCount();
    QPainter painter(&device);
    painter.setRenderHint(QPainter::Antialiasing);
    const qreal scale = device.logicalDpiX() / 72.0;
    painter.scale(scale, scale);
    // In pixels of the painter's point scale: a point size would be scaled twice.
    QFont footerFont = document.defaultFont();
    footerFont.setPixelSize(7);
    for (int i = 0; i < pages; ++i) {
        if (i > 0)
            device.newPage();
        painter.save();
        painter.translate(0, -i * page.height());
        QAbstractTextDocumentLayout::PaintContext context;
        context.clip = QRectF(QPointF(0, i * page.height()), page);
        document.documentLayout()->draw(&painter, context);
        painter.restore();
        if (i == 0 && !decor.stamp.isEmpty())
            paintStamp(painter, page, decor.stamp, document.defaultFont());
        paintFooter(painter, QRectF(0, page.height(), page.width(), footerHeight), decor,
                    footerFont, i + 1, pages);
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
