#include "mainwindow.h"

#include "pages/invoicespage.h"
#include "pages/reportspage.h"
#include "storage/database.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QFileDialog>
#include <QMenuBar>
#include <QMessageBox>
#include <QProcess>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>

namespace Accrue {

MainWindow::MainWindow(Database &db, QWidget *parent)
    : QMainWindow(parent)
    , m_db(db)
    , m_tabs(new QTabWidget(this))
    , m_invoices(new InvoicesPage(db, this))
    , m_reports(new ReportsPage(db, this))
{
    setWindowTitle(tr("Accrue — %1").arg(db.displayName()));
    m_tabs->addTab(m_invoices, tr("&Invoices"));
    m_tabs->addTab(m_reports, tr("&Reports"));
    m_tabs->setDocumentMode(true);
    setCentralWidget(m_tabs);
    statusBar()->showMessage(tr("Book: %1").arg(db.displayName()));
    createMenus();

    QSettings settings;
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(1200, 760);
    m_tabs->setCurrentIndex(settings.value(QStringLiteral("window/tab"), 0).toInt());
}

void MainWindow::createMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Database…"), this, &MainWindow::openDatabase);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *find = edit->addAction(tr("&Find"), this, [this] {
        m_tabs->setCurrentWidget(m_invoices);
        m_invoices->focusSearch();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Accrue"), this, &MainWindow::about);
}

bool MainWindow::showTab(const QString &name)
{
    if (name == QLatin1String("invoices"))
        m_tabs->setCurrentWidget(m_invoices);
    else if (name == QLatin1String("reports"))
        m_tabs->setCurrentWidget(m_reports);
    else
        return false;
    return true;
}

void MainWindow::openDatabase()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Database"), QString(),
                                                      tr("Accrue books (*.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    // One book per window process: start a fresh instance on the chosen file.
    QProcess::startDetached(QApplication::applicationFilePath(), { QStringLiteral("--db"), path });
}

void MainWindow::about()
{
    QMessageBox::about(
        this, tr("About Accrue"),
        tr("<h3>Accrue %1</h3><p>Billing, receivables and revenue.</p>"
           "<p>Book: %2</p>")
            .arg(QApplication::applicationVersion(), m_db.displayName().toHtmlEscaped()));
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QStringLiteral("window/geometry"), saveGeometry());
    settings.setValue(QStringLiteral("window/tab"), m_tabs->currentIndex());
    event->accept();
}

} // namespace Accrue
