#pragma once

#include "money/money.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <optional>
#include <vector>

namespace Accrue {

// How a dispute ended: the invoice was credited, written off, or the
// customer withdrew the complaint.
enum class DisputeResolution { CreditNote, WriteOff, Withdrawn };

QString toString(DisputeResolution resolution); // "credit_note", "write_off", "withdrawn"
std::optional<DisputeResolution> disputeResolutionFromString(const QString &text);

struct DisputeNote
{
    QString note;
    QString userName;
    QDateTime createdAt;
};

// An invoice the customer contests: while open, dunning leaves it alone and
// the reports show its balance as disputed.
struct Dispute
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    QString reason;
    QDate openedDate;
    QString openedBy;
    QDateTime openedAt;
    std::optional<DisputeResolution> resolution; // empty while open
    QDate resolvedDate;
    QString resolvedBy;
    QDateTime resolvedAt;
    std::vector<DisputeNote> notes;

    bool isOpen() const { return !resolution.has_value(); }
};

// An invoice's open balance given up as a bad debt.
struct WriteOff
{
    qint64 id = 0;
    qint64 invoiceId = 0;
    Money amount;
    QDate date;
    QString reason;
    QString userName;
    qint64 entryId = 0;
};

} // namespace Accrue
