#include "widgets/figuretile.h"

#include "widgets/chartpalette.h"

#include <QAccessibleWidget>
#include <QKeyEvent>
#include <QLabel>
#include <QMouseEvent>
#include <QStyleOptionFocusRect>
#include <QStylePainter>
#include <QVBoxLayout>

namespace Accrue {

namespace {

// Screen readers: a clickable tile is a button that can be pressed.
class FigureTileAccessible final : public QAccessibleWidget
{
public:
    explicit FigureTileAccessible(FigureTile *tile)
        : QAccessibleWidget(tile, QAccessible::Button)
    {
    }

    QAccessible::Role role() const override
    {
        return tile()->isClickable() ? QAccessible::Button : QAccessible::Grouping;
    }
    QStringList actionNames() const override
    {
        return tile()->isClickable() ? QStringList { pressAction() } : QStringList();
    }
    void doAction(const QString &action) override
    {
        if (action == pressAction() && tile()->isClickable())
            tile()->click();
    }

private:
    FigureTile *tile() const { return static_cast<FigureTile *>(widget()); }
};

QAccessibleInterface *accessibleTile(const QString &, QObject *object)
{
    if (auto *tile = qobject_cast<FigureTile *>(object))
        return new FigureTileAccessible(tile);
    return nullptr;
}

// Secondary text: the text colour toned towards the background, still well
// above 4.5:1 on light and dark palettes (the placeholder colour is not).
QColor secondaryText(const QPalette &palette)
{
    const QColor text = palette.color(QPalette::Text);
    const QColor base = palette.color(QPalette::Base);
    return QColor::fromRgbF(text.redF() * 0.75f + base.redF() * 0.25f,
                            text.greenF() * 0.75f + base.greenF() * 0.25f,
                            text.blueF() * 0.75f + base.blueF() * 0.25f);
}

QColor toneColor(FigureTile::Tone tone, const QPalette &palette)
{
    const bool dark = ChartPalette::isDark(palette);
    switch (tone) {
    case FigureTile::Tone::Good:
        return QColor::fromHsl(130, 160, dark ? 175 : 70);
    case FigureTile::Tone::Bad:
        return QColor::fromHsl(2, 190, dark ? 185 : 85);
    case FigureTile::Tone::Neutral:
        break;
    }
    return secondaryText(palette);
}

} // namespace

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_caption(new QLabel(caption, this))
    , m_figure(new QLabel(QStringLiteral("…"), this))
    , m_detail(new QLabel(this))
    , m_figureText(QStringLiteral("…"))
{
    static const bool factoryInstalled = [] {
        QAccessible::installFactory(accessibleTile);
        return true;
    }();
    Q_UNUSED(factoryInstalled);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setAccessibleName(caption);
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 1.6);
    big.setBold(true);
    m_figure->setFont(big);
    // Narrower than its text: the figure is elided, never the page widened.
    m_figure->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_figure->setMinimumWidth(m_figure->fontMetrics().horizontalAdvance(QStringLiteral("0…")));
    m_caption->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_detail->setWordWrap(true);
    m_detail->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Fixed);
    m_detail->setFixedHeight(2 * m_detail->fontMetrics().lineSpacing());
    m_detail->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    for (QLabel *label : { m_caption, m_figure, m_detail })
        label->setTextFormat(Qt::PlainText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_caption);
    layout->addWidget(m_figure);
    layout->addWidget(m_detail);
    layout->addStretch(1);
    applyColors();
    setMinimumWidth(120);
}

QString FigureTile::caption() const
{
    return m_caption->text();
}

QString FigureTile::detail() const
{
    return m_detail->text();
}

void FigureTile::setFigure(const QString &figure, const QString &detail, Tone tone)
{
    m_figureText = figure;
    m_detail->setText(detail);
    m_tone = tone;
    applyColors();
    elide();
    setAccessibleDescription(detail.isEmpty() ? figure : tr("%1, %2").arg(figure, detail));
    updateGeometry();
}

void FigureTile::setClickable(bool clickable)
{
    m_clickable = clickable;
    setCursor(clickable ? Qt::PointingHandCursor : Qt::ArrowCursor);
    setFocusPolicy(clickable ? Qt::StrongFocus : Qt::NoFocus);
}

int FigureTile::naturalWidth() const
{
    const QMargins margins = layout()->contentsMargins() + contentsMargins();
    const int text = std::max(m_figure->fontMetrics().horizontalAdvance(m_figureText),
                              m_caption->fontMetrics().horizontalAdvance(m_caption->text()));
    return text + margins.left() + margins.right() + 2;
}

void FigureTile::click()
{
    if (m_clickable)
        emit clicked();
}

void FigureTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        click();
    QFrame::mouseReleaseEvent(event);
}

void FigureTile::keyPressEvent(QKeyEvent *event)
{
    if (m_clickable
        && (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter
            || event->key() == Qt::Key_Space)) {
        click();
        event->accept();
        return;
    }
    QFrame::keyPressEvent(event);
}

void FigureTile::resizeEvent(QResizeEvent *event)
{
    QFrame::resizeEvent(event);
    elide();
}

void FigureTile::showEvent(QShowEvent *event)
{
    QFrame::showEvent(event);
    elide();
}

void FigureTile::changeEvent(QEvent *event)
{
    QFrame::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColors();
    else if (event->type() == QEvent::FontChange)
        elide();
}

// The keyboard's place: the style's focus frame inside the tile's border.
void FigureTile::paintEvent(QPaintEvent *event)
{
    QFrame::paintEvent(event);
    if (!hasFocus())
        return;
    QStylePainter painter(this);
    QStyleOptionFocusRect option;
    option.initFrom(this);
    option.rect = contentsRect().adjusted(2, 2, -2, -2);
    option.backgroundColor = palette().color(QPalette::Base);
    painter.drawPrimitive(QStyle::PE_FrameFocusRect, option);
}

void FigureTile::elide()
{
    // Not laid out yet (hidden): whole, until a real width comes.
    const int width = isVisible() ? m_figure->width() : QWIDGETSIZE_MAX;
    const QString shown = m_figure->fontMetrics().elidedText(m_figureText, Qt::ElideRight, width);
    m_figure->setText(shown);
    m_figure->setToolTip(shown == m_figureText ? QString() : m_figureText);
}

// Palette roles only: the tile follows a dark palette as it does a light one.
void FigureTile::applyColors()
{
    const QPalette base = palette();
    QPalette secondary = m_caption->palette();
    secondary.setColor(QPalette::WindowText, secondaryText(base));
    m_caption->setPalette(secondary);
    QPalette figure = m_figure->palette();
    figure.setColor(QPalette::WindowText, base.color(QPalette::Text));
    m_figure->setPalette(figure);
    QPalette detail = m_detail->palette();
    detail.setColor(QPalette::WindowText, toneColor(m_tone, base));
    m_detail->setPalette(detail);
}

} // namespace Accrue
