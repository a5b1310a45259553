#pragma once

#include <QObject>

namespace Accrue {

// Date fields write the year with four digits, like the tables and documents:
// QDateEdit takes the locale's short format, which has two ("15.10.26").
// Installed once on the application, it widens every date field's format as
// the field is first polished, so no dialog can forget it.
class FourDigitYears final : public QObject
{
    Q_OBJECT

public:
    static void install();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    using QObject::QObject;
};

} // namespace Accrue
