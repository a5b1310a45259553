#pragma once

#include <QFrame>

class QLabel;

namespace Accrue {

// One figure card of the Dashboard: a caption, the figure, a line of context.
// A clickable tile asks for the invoices behind the figure, by mouse or by
// keyboard (Tab to it, Enter or Space), and a screen reader hears it as a
// button named by its caption, the figure and context as its description.
// The figure is cut short with "…" (whole in the tooltip) rather than force
// the page wider; the context wraps.
class FigureTile final : public QFrame
{
    Q_OBJECT

public:
    // How the context reads: a change for the better or the worse gets a
    // colour (readable on light and dark palettes); its words say it too.
    enum class Tone { Neutral, Good, Bad };

    explicit FigureTile(const QString &caption, QWidget *parent = nullptr);

    void setFigure(const QString &figure, const QString &detail = {}, Tone tone = Tone::Neutral);
    void setClickable(bool clickable);
    bool isClickable() const { return m_clickable; }
    QString caption() const;
    QString figure() const { return m_figureText; }
    QString detail() const;
    Tone tone() const { return m_tone; }
    // The width the figure and caption need whole (the Dashboard lays the
    // tiles out in as many columns as fit it).
    int naturalWidth() const;
    void click();
    // The context wraps within two lines kept for it: a height that follows
    // the width would make the window grow taller as the tiles narrow.
    bool hasHeightForWidth() const override { return false; }

signals:
    void clicked();

protected:
    void mouseReleaseEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;

private:
    void elide();
    void applyColors();

    QLabel *m_caption;
    QLabel *m_figure;
    QLabel *m_detail;
    QString m_figureText;
    Tone m_tone = Tone::Neutral;
    bool m_clickable = false;
};

} // namespace Accrue
