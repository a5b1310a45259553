#pragma once

// accrue-cli run as a user runs it, for the suites in tests/app: the
// arguments, optional standard input, and what came back.

#include <QByteArray>
#include <QProcess>
#include <QStringList>

namespace Accrue::Testing {

struct CliRun
{
    int exitCode; // -1: still running after the timeout (killed); -2: crashed
    QByteArray out;
    QByteArray err;
};

inline CliRun runCli(const QStringList &args, const QByteArray &input = {}, int timeoutMs = 120000)
{
    QProcess p;
    p.start(QStringLiteral(ACCRUE_CLI_PATH), args);
    if (!input.isEmpty()) {
        p.write(input);
        p.closeWriteChannel();
    }
    if (!p.waitForFinished(timeoutMs))
        return { -1, {}, "timeout" };
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -2, p.readAllStandardOutput(),
             p.readAllStandardError() };
}

} // namespace Accrue::Testing
