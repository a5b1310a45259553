#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <memory>
#include <vector>

class QTemporaryFile;

namespace Accrue {

class ExportBuffer;

// An export for an import that takes at most so many records per file
// (Xero's): records go into parts of at most maxRecords, each starting with
// the header. Like OutputFile, every part is written beside its final name
// and renamed into place only on commit(), when their number is known: one
// part is STEM.csv, several are STEM-001.csv, STEM-002.csv, ... (three
// digits, more from the thousandth part on). An export that fails before
// commit() leaves no part and the earlier files untouched; commit() removes
// the parts of an earlier run of the same STEM that it did not replace
// (STEM.csv or STEM-NNN.csv), so the folder never mixes two runs.
class OutputParts final
{
public:
    OutputParts(QString stem, QString suffix, QByteArray header, int maxRecords);
    ~OutputParts();
    Q_DISABLE_COPY_MOVE(OutputParts)

    // Where the next record goes: a new part once the current one holds
    // maxRecords. Call ExportBuffer::recordDone() after writing it.
    ExportBuffer &record();
    // Writes out and closes the last part (a part of the header alone when
    // there was no record); throws Error when the disk refuses bytes.
    void close();
    // close(), then renames the parts into place and removes stale ones;
    // returns the files written, in order. Throws Error naming the file.
    QStringList commit();

    static QStringList partNames(const QString &stem, const QString &suffix, int parts);

private:
    void startPart();
    void finishPart();
    void removeStaleParts(const QStringList &written) const;
    [[noreturn]] static void fail(const QString &path, const QString &why);

    QString m_stem;
    QString m_suffix;
    QByteArray m_header;
    int m_maxRecords;
    int m_records = 0;
    std::vector<std::unique_ptr<QTemporaryFile>> m_parts;
    std::unique_ptr<ExportBuffer> m_buffer;
};

} // namespace Accrue
