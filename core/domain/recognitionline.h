#pragma once

#include "money/money.h"

#include <QDate>
#include <QString>

namespace Accrue {

// One row of an invoice's revenue schedule as people read it: which line,
// how it is recognised, when, how much, the milestone or credit note it
// belongs to and whether the recognition run has posted it. The
// recognition-schedule report and the invoice view's Revenue Schedule tab
// show these.
struct RecognitionScheduleLine
{
    qint64 invoiceId = 0;
    QString invoiceNumber;
    QString customerCode;
    QString customerName;
    int linePosition = 0;
    QString description;
    QString method; // RecognitionMethod, as the schedule applies it
    QDate serviceStart;
    QDate serviceEnd;
    QDate date; // invalid: a milestone not yet done
    Money amount;
    int milestonePosition = 0; // 0: not a milestone row
    QString milestoneName;
    QDate milestoneDoneOn;
    QString creditNoteNumber;
    bool posted = false; // a journal entry recognised it

    bool awaitsMilestone() const { return milestonePosition > 0 && !milestoneDoneOn.isValid(); }
};

} // namespace Accrue
