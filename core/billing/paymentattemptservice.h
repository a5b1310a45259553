#pragma once

#include <QByteArray>
#include <QString>

namespace Accrue {

class Session;

// Card-gateway exports: a CSV with a row per attempt to charge an invoice
// (columns by header: invoice, date, status, reason, id). Failed, declined and
// expired attempts are kept with their reason; an invoice with three or more
// failed attempts is flagged for manual review (the Invoices tab's "Needs
// review" filter). One transaction per file; a bad row keeps all of it out.
class PaymentAttemptService final
{
public:
    static constexpr int reviewAfter = 3;

    struct Result
    {
        int read = 0;
        int failed = 0;
        int duplicates = 0;
        int flagged = 0; // invoices newly flagged for review
    };

    explicit PaymentAttemptService(Session &session);
    Result importGateway(const QByteArray &csv, const QString &fileName);

private:
    Session &m_session;
};

} // namespace Accrue
