#pragma once

#include "domain/invoice.h"

#include <QDialog>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace Accrue {

class Session;

// Puts an invoice in dispute (a reason, required, and an optional first
// note) or adds a note to its open dispute, through CollectionsService. What
// the service refuses is shown in words and keeps the dialog open.
class DisputeDialog final : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Open, AddNote };

    DisputeDialog(Session &session, const Invoice &invoice, Mode mode, QWidget *parent = nullptr);

    void setReason(const QString &text);
    void setNote(const QString &text);
    QString problem() const;
    void accept() override;

private:
    Session &m_session;
    Invoice m_invoice;
    Mode m_mode;
    QLineEdit *m_reason;
    QPlainTextEdit *m_note;
    QDateEdit *m_date;
    QLabel *m_problem;
};

} // namespace Accrue
