#pragma once

#include "domain/dispute.h"
#include "domain/invoice.h"

#include <QDialog>

class QButtonGroup;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace Accrue {

class Session;

// Writes an invoice's open balance off as a bad debt (a reason is
// required), or, for an invoice in dispute, resolves the dispute: withdrawn
// by the customer, by a credit note (issued here first) or by writing the
// balance off. CollectionsService checks the role; what it refuses is shown
// in words and keeps the dialog open.
class WriteOffDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { WriteOff, ResolveDispute };

    WriteOffDialog(Session &session, const Invoice &invoice, Mode mode, QWidget *parent = nullptr);

    void setReason(const QString &text);
    void setResolution(DisputeResolution how);
    QString problem() const;
    void accept() override;

private:
    void updateFields();
    DisputeResolution resolution() const;

    Session &m_session;
    Invoice m_invoice;
    Mode m_mode;
    QButtonGroup *m_how;
    QLineEdit *m_reason;
    QDateEdit *m_date;
    QLabel *m_problem;
};

} // namespace Accrue
