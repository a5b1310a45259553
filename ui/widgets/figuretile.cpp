#include "widgets/figuretile.h"

#include <QLabel>
#include <QMouseEvent>
#include <QVBoxLayout>

namespace Accrue {

FigureTile::FigureTile(const QString &caption, QWidget *parent)
    : QFrame(parent)
    , m_figure(new QLabel(QStringLiteral("…"), this))
    , m_detail(new QLabel(this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::Base);
    setCursor(Qt::PointingHandCursor);
    auto *title = new QLabel(caption, this);
    title->setForegroundRole(QPalette::PlaceholderText);
    QFont big = m_figure->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    m_figure->setFont(big);
    m_detail->setForegroundRole(QPalette::PlaceholderText);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(m_figure);
    layout->addWidget(m_detail);
}

void FigureTile::setFigure(const QString &figure, const QString &detail)
{
    m_figure->setText(figure);
    m_detail->setText(detail);
}

void FigureTile::mouseReleaseEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton && rect().contains(event->position().toPoint()))
        emit clicked();
    QFrame::mouseReleaseEvent(event);
}

} // namespace Accrue
