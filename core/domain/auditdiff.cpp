#include "domain/auditdiff.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <set>

namespace Accrue {

namespace {
QJsonObject parse(const QString &json)
{
    if (json.isEmpty())
        return {};
    const QJsonDocument document = QJsonDocument::fromJson(json.toUtf8());
    if (document.isObject())
        return document.object();
    // Not an object (never written so, but a reader must not lose it): one
    // field holding the whole text.
    return QJsonObject { { QStringLiteral("(value)"), json } };
}
} // namespace

QString AuditDiff::text(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        // Whole numbers (minor units, ids) without an exponent.
        const double d = value.toDouble();
        const qint64 whole = value.toInteger();
        return double(whole) == d ? QString::number(whole) : QString::number(d, 'g', 17);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    case QJsonValue::Undefined:
        break;
    }
    return {};
}

std::vector<AuditDiff::Field> AuditDiff::compare(const QString &beforeJson,
                                                 const QString &afterJson)
{
    const QJsonObject before = parse(beforeJson);
    const QJsonObject after = parse(afterJson);
    std::set<QString> names;
    for (auto it = before.begin(); it != before.end(); ++it)
        names.insert(it.key());
    for (auto it = after.begin(); it != after.end(); ++it)
        names.insert(it.key());
    std::vector<Field> fields;
    fields.reserve(names.size());
    for (const QString &name : names) {
        Field field;
        field.name = name;
        field.inBefore = before.contains(name);
        field.inAfter = after.contains(name);
        if (field.inBefore)
            field.before = text(before.value(name));
        if (field.inAfter)
            field.after = text(after.value(name));
        field.changed = field.inBefore != field.inAfter || before.value(name) != after.value(name);
        fields.push_back(field);
    }
    return fields;
}

} // namespace Accrue
