#pragma once

#include <QJsonValue>
#include <QString>
#include <vector>

namespace Accrue {

// The before/after of an audit record, field by field: what the viewer shows
// side by side. Fields come in the order of the JSON objects' keys (sorted),
// each once, with the values as compact text ("" where the field is absent
// on that side, as on the "before" of a creation).
class AuditDiff final
{
public:
    struct Field
    {
        QString name;
        QString before;
        QString after;
        bool inBefore = false;
        bool inAfter = false;
        bool changed = false; // absent on one side, or a different value
    };

    static std::vector<Field> compare(const QString &beforeJson, const QString &afterJson);
    static QString text(const QJsonValue &value);
};

} // namespace Accrue
