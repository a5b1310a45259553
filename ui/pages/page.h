#pragma once

#include <QWidget>

namespace Accrue {

// What the main window's shared actions (F5, Ctrl+F, Ctrl+P, Ctrl+E) ask of
// the page in front. A page without a use for one leaves it out.
class Page : public QWidget
{
    Q_OBJECT

public:
    using QWidget::QWidget;

    virtual void refresh() = 0;
    // Another client changed the book: refresh without losing the user's place
    // where the page can (default: refresh).
    virtual void refreshFromOthers() { refresh(); }
    // True when the page's data arrives later from a worker thread (loaded()).
    virtual bool loadsInBackground() const { return false; }
    virtual void focusSearch() { }
    virtual bool canPrint() const { return false; }
    virtual void print() { }
    virtual bool canExport() const { return false; }
    virtual void exportCsv() { }

signals:
    // Ready after a (re)load: the figures or rows the page shows have arrived.
    void loaded();
    // A short note for the status bar ("Issued INV-2026-000012").
    void statusMessage(const QString &text);
};

} // namespace Accrue
