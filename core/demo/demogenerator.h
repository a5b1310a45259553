#pragma once

#include <QDate>
#include <QString>
#include <functional>

namespace Accrue {

class Session;

// Fills an empty book with a realistic, deterministic history: customers with
// billing profiles and subscriptions, 24 months of invoices across several
// modules and plans, payments (on time, late, partial, over-paid), credit
// notes, their journal entries and the audit trail. Everything is booked by
// the same PostingRules the services use, in one transaction.
class DemoGenerator final
{
public:
    struct Options
    {
        int customers = 60;
        qint64 invoices = 2500;
        quint64 seed = 1;
        QDate endDate; // last day of history; default today
        QString currency = QStringLiteral("USD");
        // Recognise revenue through the last day (RecognitionService::run),
        // as a book kept up to date would have; off for benchmarks of the run.
        bool recognize = true;
    };

    struct Result
    {
        qint64 customers = 0;
        qint64 invoices = 0;
        qint64 payments = 0;
        qint64 creditNotes = 0;
        qint64 journalEntries = 0;
        qint64 recognitionEntries = 0; // posted by the recognition run
    };

    // Return false from progress (0..100) to cancel; nothing is kept then.
    using Progress = std::function<bool(int percent)>;

    explicit DemoGenerator(Session &session);
    // Throws Error if the book already holds customers or invoices.
    Result generate(const Options &options, const Progress &progress = {});

private:
    Session &m_session;
};

} // namespace Accrue
