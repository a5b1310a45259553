#include "recentbooks.h"

#include "billing/book.h"

#include <QSettings>

namespace Accrue {

namespace {
const QString recentKey = QStringLiteral("books/recent");
constexpr int recentCount = 8;
} // namespace

QStringList RecentBooks::list()
{
    return QSettings().value(recentKey).toStringList();
}

void RecentBooks::remember(const QString &location)
{
    const QString clean = Book::withoutPassword(location);
    QStringList recent = list();
    recent.removeAll(clean);
    recent.prepend(clean);
    QSettings().setValue(recentKey, QStringList(recent.mid(0, recentCount)));
}

} // namespace Accrue
