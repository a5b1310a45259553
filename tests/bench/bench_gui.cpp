// GUI figures on a big book (not a test): time to the Dashboard's figures,
// to the Invoices page's first rows, to a status + customer filter, and the
// process's peak RSS. Usage: bench_gui BOOK.sqlite [CUSTOMER]
#include "billing/book.h"
#include "mainwindow.h"
#include "models/customertablemodel.h"
#include "models/invoicetablemodel.h"
#include "pages/customerspage.h"
#include "pages/dashboardpage.h"
#include "pages/invoicespage.h"
#include "pages/reportspage.h"
#include "pages/revenuepage.h"
#include "storage/database.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTableView>
#include <cstdio>
#include <string>

using namespace Accrue;

namespace {

long peakRssKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLong();
    return -1;
}

void report(const char *what, qint64 ms)
{
    std::printf("%-44s %6lld ms\n", what, static_cast<long long>(ms));
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    if (argc < 2) {
        std::fprintf(stderr, "usage: bench_gui BOOK [CUSTOMER]\n");
        return 2;
    }
    const QString book = QString::fromLocal8Bit(argv[1]);
    const QString customer = argc > 2 ? QString::fromLocal8Bit(argv[2]) : QStringLiteral("C00042");

    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(book, Database::OpenMode::MustExist);
    db->checkSchema();
    MainWindow window(std::make_unique<Book>(std::move(db)));
    window.showTab(QStringLiteral("dashboard"));
    window.show();
    report("open book + main window (all pages built)", timer.elapsed());

    QSignalSpy figures(window.dashboard(), &DashboardPage::figuresLoaded);
    QSignalSpy loaded(window.dashboard(), &Page::loaded);
    timer.restart();
    window.dashboard()->refresh();
    if (!figures.wait(60000))
        return 1;
    report("dashboard figures and aging (worker thread)", timer.elapsed());
    if (loaded.isEmpty() && !loaded.wait(60000))
        return 1;
    report("dashboard 12-month revenue trend", timer.elapsed());

    timer.restart();
    window.showTab(QStringLiteral("invoices"));
    InvoiceTableModel *model = window.invoices()->model();
    model->setFilter({}); // a fresh count and first window, as on opening
    const QString first = model->index(0, InvoiceTableModel::Number).data().toString();
    QApplication::processEvents();
    report("invoices page: first rows shown", timer.elapsed());

    timer.restart();
    InvoiceListFilter filter;
    filter.status = QStringLiteral("overdue");
    filter.customer = customer;
    model->setFilter(filter);
    const QString firstFiltered = model->rowCount() > 0
        ? model->index(0, InvoiceTableModel::Number).data().toString()
        : QString();
    QApplication::processEvents();
    report("status + customer filter applied", timer.elapsed());

    timer.restart();
    model->setFilter({});
    for (int row = 0; row < 20000; row += 97) // scroll through 20,000 rows
        model->index(row, InvoiceTableModel::Customer).data();
    report("scroll 20,000 rows (fetching pages)", timer.elapsed());

    // Dragging the scroll bar: the last row, then the middle. The GUI thread
    // must answer at once; a page deep in the middle arrives from a worker.
    QTableView view;
    view.setModel(model);
    view.resize(900, 600);
    view.show();
    QApplication::processEvents();
    timer.restart();
    view.scrollToBottom();
    const QString last
        = model->index(model->rowCount() - 1, InvoiceTableModel::Number).data().toString();
    QApplication::processEvents();
    report("scroll to the last row (GUI thread)", timer.elapsed());
    timer.restart();
    const int middle = model->rowCount() / 2;
    view.scrollTo(model->index(middle, 0));
    model->index(middle, InvoiceTableModel::Number).data();
    QApplication::processEvents();
    report("scroll to the middle (GUI thread)", timer.elapsed());
    QSignalSpy pages(model, &InvoiceTableModel::pageLoaded);
    while (model->isLoading() && pages.wait(60000)) { }
    const QString mid = model->index(middle, InvoiceTableModel::Number).data().toString();
    report("middle rows filled in (worker)", timer.elapsed());

    // Reading on from there: each next page is sought from the last row of
    // the one before (keyset paging), so it skips nothing and is read at
    // once on the GUI thread, however deep in the list it is.
    timer.restart();
    bool waited = false;
    for (int row = middle + InvoiceTableModel::pageSize;
         row < middle + 21 * InvoiceTableModel::pageSize; row += InvoiceTableModel::pageSize)
        waited = !model->index(row, InvoiceTableModel::Number)
                      .data(InvoiceTableModel::IdRole)
                      .isValid()
            || waited;
    report(waited ? "20 more pages from the middle (some waited)"
                  : "20 more pages from the middle (GUI thread)",
           timer.elapsed());

    // The Customers tab: from the click to the first rows with what each
    // owes (balance, overdue and credit are summed in SQL for the window
    // shown, not for every customer), then a search by name.
    timer.restart();
    window.showTab(QStringLiteral("customers"));
    CustomerTableModel *customers = window.customers()->model();
    customers->setFilter({});
    const QString firstCustomer = customers->index(0, CustomerTableModel::Name).data().toString();
    customers->index(0, CustomerTableModel::Balance).data();
    QApplication::processEvents();
    report("customers page: first rows shown", timer.elapsed());
    timer.restart();
    CustomerListFilter search;
    search.search = QStringLiteral("Gmb");
    customers->setFilter(search);
    customers->index(0, CustomerTableModel::Name).data();
    QApplication::processEvents();
    report("customers search \"Gmb\"", timer.elapsed());
    timer.restart();
    customers->setFilter({});
    for (int row = 0; row < 5000 && row < customers->rowCount(); row += 97)
        customers->index(row, CustomerTableModel::Balance).data();
    report("customers: scroll 5,000 rows", timer.elapsed());
    std::printf("(%lld customers, first %s)\n", static_cast<long long>(customers->totalRows()),
                qPrintable(firstCustomer));

    // The Revenue and Reports tabs, each from a click on its tab to its
    // figures on screen.
    for (const char *tab : { "revenue", "reports" }) {
        Page *page = tab == std::string("revenue") ? static_cast<Page *>(window.revenue())
                                                   : static_cast<Page *>(window.reports());
        QSignalSpy ready(page, &Page::loaded);
        timer.restart();
        window.showTab(QString::fromLatin1(tab));
        if (!ready.wait(60000))
            return 1;
        report(tab == std::string("revenue") ? "revenue tab: 12 months by module"
                                             : "reports tab: first report",
               timer.elapsed());
    }

    std::printf("(last row %s, middle row %s)\n", qPrintable(last), qPrintable(mid));
    std::printf("%-44s %6ld MB\n", "peak RSS", peakRssKb() / 1024);
    std::printf("(first row %s, first filtered %s, %lld filtered rows)\n", qPrintable(first),
                qPrintable(firstFiltered), static_cast<long long>(model->totalRows()));
    return 0;
}
