#include "pages/reportpresets.h"

#include "reports/reportengine.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>

namespace Accrue {

namespace {

const QString presetGroup = QStringLiteral("reports/presets");

QJsonObject toJson(const ReportRequest &r)
{
    const ReportParameters &p = r.parameters;
    auto date = [](const QDate &d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    return { { QStringLiteral("report"), r.report },
             { QStringLiteral("from"), date(p.from) },
             { QStringLiteral("to"), date(p.to) },
             { QStringLiteral("as_of"), date(p.asOf) },
             { QStringLiteral("customer"), p.customer },
             { QStringLiteral("module"), p.module },
             { QStringLiteral("plan"), p.plan },
             { QStringLiteral("currency"), p.currency },
             { QStringLiteral("status"), p.status },
             { QStringLiteral("split"), p.split },
             { QStringLiteral("account"), p.account },
             { QStringLiteral("reporting_currency"), p.reportingCurrency },
             { QStringLiteral("invoice"), p.invoice } };
}

ReportRequest fromJson(const QJsonObject &o)
{
    auto date = [&o](const char *key) {
        return QDate::fromString(o.value(QLatin1String(key)).toString(), Qt::ISODate);
    };
    auto text = [&o](const char *key) { return o.value(QLatin1String(key)).toString(); };
    ReportRequest r;
    r.report = text("report");
    r.parameters.from = date("from");
    r.parameters.to = date("to");
    r.parameters.asOf = date("as_of");
    r.parameters.customer = text("customer");
    r.parameters.module = text("module");
    r.parameters.plan = text("plan");
    r.parameters.currency = text("currency");
    r.parameters.status = text("status");
    r.parameters.split = text("split");
    r.parameters.account = text("account");
    r.parameters.reportingCurrency = text("reporting_currency");
    r.parameters.invoice = text("invoice");
    return r;
}

} // namespace

QString ReportPresets::save(const QString &typed, const ReportRequest &request)
{
    QString name = typed;
    name.replace(u'/', u'-').replace(u'\\', u'-');
    QSettings().setValue(
        presetGroup + u'/' + name,
        QString::fromUtf8(QJsonDocument(toJson(request)).toJson(QJsonDocument::Compact)));
    return name;
}

std::optional<ReportRequest> ReportPresets::load(const QString &name)
{
    const QString json = QSettings().value(presetGroup + u'/' + name).toString();
    const QJsonDocument doc = QJsonDocument::fromJson(json.toUtf8());
    if (!doc.isObject()
        || !ReportEngine::find(doc.object().value(QStringLiteral("report")).toString()))
        return std::nullopt;
    return fromJson(doc.object());
}

void ReportPresets::remove(const QString &name)
{
    QSettings().remove(presetGroup + u'/' + name);
}

QStringList ReportPresets::names()
{
    QSettings settings;
    settings.beginGroup(presetGroup);
    QStringList names = settings.childKeys();
    names.sort(Qt::CaseInsensitive);
    return names;
}

} // namespace Accrue
