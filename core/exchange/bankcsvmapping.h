#pragma once

#include <QChar>
#include <QJsonObject>
#include <QString>

namespace Accrue {

// How one bank lays out its CSV statements: which column holds what, by
// header name or 1-based position ("3"), the date format (QDate's, e.g.
// "dd.MM.yyyy"), one signed amount column or debit and credit columns, the
// decimal separator, the delimiter and the encoding. Saved per bank by name.
struct BankCsvMapping
{
    QString name;
    QChar delimiter = u',';
    int headerRows = 1;
    QString encoding = QStringLiteral("auto");
    QString dateColumn;
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QString amountColumn; // signed; or, when empty, debit and credit columns
    QString debitColumn; // money out (positive numbers)
    QString creditColumn; // money in
    QString counterpartyColumn;
    QString referenceColumn;
    QString bankRefColumn;
    QString currencyColumn;
    QString currency; // when no column says it
    QChar decimalSeparator = u'.';

    QJsonObject toJson() const;
    static BankCsvMapping fromJson(const QJsonObject &json);
    // Problems that make the mapping unusable ("date column missing"); empty when fine.
    QStringList problems() const;
};

} // namespace Accrue
