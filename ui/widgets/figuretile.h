#pragma once

#include <QFrame>

class QLabel;

namespace Accrue {

// One figure card of the Dashboard: a caption, the figure, a line of context.
// Clicking it asks for the invoices behind the figure.
class FigureTile final : public QFrame
{
    Q_OBJECT

public:
    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setFigure(const QString &figure, const QString &detail = {});

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;

private:
    QLabel *m_figure;
    QLabel *m_detail;
};

} // namespace Accrue
