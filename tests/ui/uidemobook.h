#pragma once

// The demo book the UI suites read: 40 customers, 2,500 invoices ending on
// kToday, built once per test executable in a temporary folder, and the CLI
// run against it with the same today.

#include "billing/session.h"
#include "demo/demogenerator.h"
#include "storage/database.h"

#include <QDate>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

namespace Accrue::Testing {

// The GUI's "today" in every test: the demo book ends on it and pages, the
// CLI and services are all told it, so no figure depends on the calendar.
// Mid-month, so the current month already has revenue.
inline const QDate kToday(2026, 6, 17);

class UiDemoBook
{
protected:
    // Call from initTestCase().
    void createDemoBook()
    {
        QVERIFY(m_dir.isValid());
        m_book = m_dir.filePath(QStringLiteral("ui.sqlite"));
        auto db = Database::open(m_book, Database::OpenMode::CreateIfMissing);
        db->migrate();
        Session session(*db, QStringLiteral("tester"));
        session.setToday(kToday);
        DemoGenerator::Options options;
        options.customers = 40;
        options.invoices = 2500;
        options.seed = 11;
        options.endDate = kToday;
        DemoGenerator(session).generate(options);
    }

    std::unique_ptr<Database> openBook() const
    {
        auto db = Database::open(m_book, Database::OpenMode::MustExist);
        db->checkSchema();
        return db;
    }

    QByteArray cli(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(ACCRUE_CLI_PATH),
                args
                    + QStringList { QStringLiteral("--db"), m_book, QStringLiteral("--today"),
                                    kToday.toString(Qt::ISODate) });
        if (!p.waitForFinished(60000) || p.exitCode() != 0) {
            qWarning() << "accrue-cli failed:" << args << p.readAllStandardError();
            return {};
        }
        return p.readAllStandardOutput();
    }

    QTemporaryDir m_dir;
    QString m_book;
};

} // namespace Accrue::Testing
