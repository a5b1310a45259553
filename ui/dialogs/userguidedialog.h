#pragma once

#include <QDialog>
#include <QList>
#include <QString>
#include <QUrl>

class QHBoxLayout;
class QListWidget;
class QTextBrowser;
class QToolButton;

namespace Accrue {

// Help > User Guide: the HTML guide built into the app (resource prefix
// /guide, from docs/guide), its contents on the left and the page on the
// right, with Back, Forward and Home. Non-modal, so the guide can stay open
// beside the window it explains; one window serves every request.
class UserGuideDialog final : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString file; // "tab-invoices.html", relative to the guide's root
        QString title;
    };

    explicit UserGuideDialog(QWidget *parent = nullptr);
    ~UserGuideDialog() override;

    // Shows the one guide window at `file` (the contents when empty),
    // creating it the first time, and brings it to the front.
    static UserGuideDialog *showPage(const QString &file, QWidget *parent);
    // The open guide window, if any.
    static UserGuideDialog *instance();

    // Every page of the guide, in the order of its contents.
    static QList<Entry> contents();
    // The page that explains a tab, by its name in MainWindow::tabNames().
    static QString pageForTab(const QString &tabName);
    static QUrl urlOf(const QString &file);

    void openPage(const QString &file);
    QString currentPage() const; // the file shown, e.g. "tab-invoices.html"
    QTextBrowser *browser() const { return m_browser; }

private:
    QHBoxLayout *createNavigation();
    void followLink(const QUrl &url);
    void selectInContents(const QString &file);

    QListWidget *m_contents;
    QTextBrowser *m_browser;
    QToolButton *m_back;
    QToolButton *m_forward;
    QToolButton *m_home;
};

} // namespace Accrue
