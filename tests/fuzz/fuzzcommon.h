#pragma once

// Shared set-up for the libFuzzer targets: a QCoreApplication (SQL drivers and
// translations want one), Qt's warnings silenced so they do not slow the run,
// and the rule that Accrue::Error is the expected outcome for bad input:
// anything else escaping a parser (another exception, a crash, a sanitizer
// report, a hang) is a finding.

#include "common/error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <cstddef>
#include <cstdint>
#include <cstdlib>

namespace Accrue::Fuzz {

inline void quietMessages(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    if (type == QtFatalMsg) {
        fprintf(stderr, "qFatal: %s\n", qPrintable(message));
        abort();
    }
}

inline void setUp()
{
    static int argc = 1;
    static char name[] = "accrue-fuzz";
    static char *argv[] = { name, nullptr };
    qInstallMessageHandler(quietMessages);
    static QCoreApplication app(argc, argv);
}

inline QByteArray bytesOf(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

// An invariant of the code under test does not hold: report it as a crash.
[[noreturn]] inline void broken(const char *what, const QString &detail = {})
{
    fprintf(stderr, "fuzz invariant broken: %s %s\n", what, qPrintable(detail));
    abort();
}

} // namespace Accrue::Fuzz

// Runs `body`; Accrue::Error means "rejected", which is fine.
#define ACCRUE_FUZZ_EXPECT_ERROR(body)                                                             \
    do {                                                                                           \
        try {                                                                                      \
            body;                                                                                  \
        } catch (const Accrue::Error &) {                                                          \
        }                                                                                          \
    } while (false)
