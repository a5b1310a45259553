#include "pages/page.h"

#include "billing/session.h"

#include <QTimer>

namespace Accrue {

Page::Page(Session &session, QWidget *parent)
    : QWidget(parent)
    , m_settle(new QTimer(this))
{
    m_settle->setSingleShot(true);
    m_settle->setInterval(400);
    connect(m_settle, &QTimer::timeout, this,
            [this] { bookChanged(std::exchange(m_changed, {})); });
    connect(&session.changes(), &ChangeBus::changed, this, [this](BookAreas areas) {
        if (!(this->areas() & areas))
            return;
        m_changed |= areas;
        m_settle->start();
    });
}

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
