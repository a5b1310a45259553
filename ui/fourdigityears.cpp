#include "fourdigityears.h"

#include "common/localdates.h"

#include <QCoreApplication>
#include <QDateTimeEdit>
#include <QEvent>

namespace Accrue {

void FourDigitYears::install()
{
    static FourDigitYears *filter = nullptr;
    if (filter)
        return;
    filter = new FourDigitYears(QCoreApplication::instance());
    QCoreApplication::instance()->installEventFilter(filter);
}

bool FourDigitYears::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::Polish)
        return false;
    auto *edit = qobject_cast<QDateTimeEdit *>(watched);
    if (!edit)
        return false;
    // Only the locale's own short format: a format a dialog chose stays.
    const QLocale locale = edit->locale();
    const QString format = edit->displayFormat();
    if (format == locale.dateFormat(QLocale::ShortFormat))
        edit->setDisplayFormat(LocalDates::shortFormat(locale));
    else if (format == locale.dateTimeFormat(QLocale::ShortFormat))
        edit->setDisplayFormat(LocalDates::shortFormat(locale) + u' '
                               + locale.timeFormat(QLocale::ShortFormat));
    return false;
}

} // namespace Accrue
