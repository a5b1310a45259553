#include "pages/page.h"

namespace Accrue {

void Page::bookChanged(BookAreas changed)
{
    if (!(areas() & changed))
        return;
    // Not hidden: the tab in front (shown with the window, or once it is).
    if (!isHidden()) {
        m_stale = false;
        refreshFromOthers();
    } else {
        m_stale = true; // a hidden page does no work until it is looked at
    }
}

void Page::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (std::exchange(m_stale, false))
        refreshFromOthers();
}

} // namespace Accrue
