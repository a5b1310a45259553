#include "domain/accountingexport.h"

#include <QCoreApplication>

namespace Accrue {

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Iif:
        return QStringLiteral("iif");
    case ExportFormat::Xero:
        return QStringLiteral("xero");
    case ExportFormat::NetSuite:
        return QStringLiteral("netsuite");
    case ExportFormat::Ledger:
        break;
    }
    return QStringLiteral("ledger");
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    for (ExportFormat f :
         { ExportFormat::Iif, ExportFormat::Xero, ExportFormat::NetSuite, ExportFormat::Ledger })
        if (exportFormatKey(f) == key)
            return f;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Iif:
        return QCoreApplication::translate("Accrue::ExportFormat", "QuickBooks (IIF)");
    case ExportFormat::Xero:
        return QCoreApplication::translate("Accrue::ExportFormat", "Xero");
    case ExportFormat::NetSuite:
        return QCoreApplication::translate("Accrue::ExportFormat", "NetSuite");
    case ExportFormat::Ledger:
        break;
    }
    return QCoreApplication::translate("Accrue::ExportFormat", "hledger / ledger-cli");
}

QString ExportMapping::targetFor(ExportFormat format) const
{
    const QString code = targetCode.trimmed();
    const QString name = targetName.trimmed();
    switch (format) {
    case ExportFormat::Iif:
        return name;
    case ExportFormat::Xero:
        if (kind == taxKind())
            return name.isEmpty() ? code : name;
        return code;
    case ExportFormat::NetSuite:
        return code.isEmpty() ? name : code;
    case ExportFormat::Ledger:
        break;
    }
    return {}; // the ledger journal names Accrue's own accounts
}

} // namespace Accrue
