#pragma once

#include <QByteArray>
#include <QChar>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace Accrue {

// How another tool lays out a spreadsheet of customers, products, plans or
// subscriptions, as a bank's mapping says it for statements: which of its
// columns holds each of Accrue's (by header, any case, or 1-based position),
// its delimiter and its encoding. Kept as JSON:
//   {"delimiter": ";", "encoding": "windows-1252",
//    "columns": {"code": "Kundennr.", "name": "Firma", "currency": "4"}}
// apply() turns such a file into Accrue's own CSV, record for record on the
// same lines, so an import's errors still name the line of the file as the
// user has it, and the import keeps its all-or-nothing rule.
struct ColumnMapping
{
    QChar delimiter = u',';
    QString encoding = QStringLiteral("auto");
    QList<QPair<QString, QString>> columns; // Accrue's column, the file's

    // Throws Error naming `source` (the mapping's file) for what is wrong.
    static ColumnMapping fromJson(const QByteArray &json, const QString &source);
    // The JSON fromJson reads, indented, for a file the CLI's --mapping takes.
    QByteArray toJson() const;
    // Throws Error naming the file (and the header's line) for a column the
    // file lacks, or a mapped name that is none of `known`.
    QByteArray apply(const QByteArray &bytes, const QString &fileName,
                     const QStringList &known) const;

    // Equal in what they map: JSON keeps no order of the columns, so a
    // mapping saved and loaded again compares equal whatever its order.
    friend bool operator==(const ColumnMapping &a, const ColumnMapping &b);
};

} // namespace Accrue
