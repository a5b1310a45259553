#pragma once

#include "billing/changebus.h"

#include <QWidget>

class QTimer;

namespace Accrue {

class Session;

// What the main window's shared actions (F5, Ctrl+F, Ctrl+P, Ctrl+E) ask of
// the page in front. A page without a use for one leaves it out. Every page
// listens to the session's change bus itself: after a commit (this user's or
// another client's) a page showing any of the areas it declares refreshes,
// once per burst of changes.
class Page : public QWidget
{
    Q_OBJECT

public:
    explicit Page(Session &session, QWidget *parent = nullptr);

    virtual void refresh() = 0;
    // Another client changed the book: refresh without losing the user's place
    // where the page can (default: refresh).
    virtual void refreshFromOthers() { refresh(); }
    // The parts of the book the page shows (none: it runs on demand).
    virtual BookAreas areas() const { return {}; }
    // The book changed in `changed`: a page showing any of it refreshes in
    // place now if it is on screen, else the next time it is shown.
    void bookChanged(BookAreas changed);
    // True when the page's data arrives later from a worker thread (loaded()).
    virtual bool loadsInBackground() const { return false; }
    virtual void focusSearch() { }
    virtual bool canPrint() const { return false; }
    virtual void print() { }
    virtual bool canExport() const { return false; }
    virtual void exportCsv() { }

protected:
    void showEvent(QShowEvent *event) override;

signals:
    // Ready after a (re)load: the figures or rows the page shows have arrived.
    void loaded();
    // A short note for the status bar ("Issued INV-2026-000012").
    void statusMessage(const QString &text);

private:
    QTimer *m_settle; // changes come in bursts (one per row): refresh once
    BookAreas m_changed; // since the last refresh
    bool m_stale = false;
};

} // namespace Accrue
