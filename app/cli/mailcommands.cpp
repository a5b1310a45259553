// accrue-cli invoice send | receipt send | credit-note send |
// mail outbox|deliver|retry|settings|password|test: e-mail
// through the book's outbox. The SMTP password comes from the OS keychain
// (accrue-cli mail password set --password-stdin) or, per command, from
// --password-stdin; never from the command line, the book or a log.
#include "billing/creditnoteservice.h"
#include "billing/invoiceservice.h"
#include "billing/session.h"
#include "cliapp.h"
#include "common/error.h"
#include "domain/invoicelist.h"
#include "mail/creditnotemailer.h"
#include "mail/invoicemailer.h"
#include "mail/mailsettings.h"
#include "mail/outboxservice.h"
#include "mail/receiptmailer.h"
#include "mail/smtpsender.h"
#include "reports/reporttable.h"
#include "security/secretstore.h"
#include "storage/invoiceregister.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::Cli", text);
}

MailSettings configuredSettings(CliApp &app)
{
    const MailSettings settings = MailSettingsService(app.session()).load();
    if (!settings.isConfigured())
        throw Error(tr("E-mail is not set up: accrue-cli mail settings set --smtp-host HOST "
                       "--from-address ADDRESS ..."));
    return settings;
}

// --password-stdin, else the keychain; nothing when the server takes no login.
QString smtpPassword(CliApp &app, const MailSettings &settings)
{
    if (settings.user.isEmpty())
        return {};
    if (app.isSet(QStringLiteral("password-stdin")))
        return CliApp::readSecretFromStdin();
    const SecretStore::Result r
        = SecretStore(std::chrono::seconds(30)).read(settings.passwordKey());
    if (!r.ok)
        throw Error(tr("No SMTP password for %1 (%2): store it with accrue-cli mail password set "
                       "--password-stdin, or pass it with --password-stdin")
                        .arg(settings.passwordKey(), r.error));
    return r.password;
}

void printDelivery(CliApp &app, const OutboxService::Delivery &d)
{
    app.out() << tr("Sent %1, to retry %2, failed %3").arg(d.sent).arg(d.retrying).arg(d.failed)
              << '\n';
    for (const QString &problem : d.problems)
        app.err() << "  " << problem << '\n';
}

int deliver(CliApp &app, const MailSettings &settings)
{
    SmtpSender sender(settings, smtpPassword(app, settings));
    const OutboxService::Delivery d = OutboxService(app.session()).deliverDue(sender);
    printDelivery(app, d);
    return d.problems.isEmpty() ? 0 : 1;
}

std::vector<Invoice> invoicesToSend(CliApp &app)
{
    const QStringList args = app.commandArguments();
    const bool byStatus = app.isSet(QStringLiteral("status"));
    if (byStatus == (args.size() == 1) || args.size() > 1)
        throw UsageError { tr("use invoice send NUMBER, or invoice send --status S") };
    InvoiceService service(app.session());
    if (!byStatus)
        return { service.loadByNumber(args.first()) };
    InvoiceListFilter filter;
    filter.status = app.value(QStringLiteral("status"));
    filter.today = app.session().today();
    std::vector<Invoice> invoices;
    InvoiceRegister(app.session().db()).invoices(filter, [&](const InvoiceListRow &row) {
        if (!row.number.isEmpty())
            invoices.push_back(service.load(row.id));
    });
    return invoices;
}

int runMailSettings(CliApp &app)
{
    const QStringList args = app.commandArguments();
    const QString action = args.value(0);
    app.openBook(false);
    MailSettingsService service(app.session());
    MailSettings s = service.load();
    if (action == QLatin1String("show") && args.size() == 1) {
        app.writeReport([&](ReportSink &sink) {
            using Type = ReportColumn::Type;
            sink.begin(tr("E-mail settings"),
                       { { QStringLiteral("field"), tr("Field"), Type::Text },
                         { QStringLiteral("value"), tr("Value"), Type::Text } });
            const std::pair<QString, QString> fields[] = {
                { tr("SMTP host"), s.host },
                { tr("Port"), QString::number(s.port) },
                { tr("Security"), MailSettings::securityKey(s.security) },
                { tr("User"), s.user },
                { tr("Password"),
                  s.user.isEmpty() ? QString()
                                   : tr("in the OS keychain as %1").arg(s.passwordKey()) },
                { tr("From address"), s.fromAddress },
                { tr("From name"), s.fromName },
                { tr("Timeout (s)"), QString::number(s.timeoutSeconds) },
                { tr("CA certificate file"), s.caFile },
                { tr("Send receipts automatically"), s.autoSendReceipts ? tr("yes") : tr("no") },
                { tr("Invoice subject"), s.invoiceSubject },
                { tr("Invoice text"), s.invoiceBody },
                { tr("Receipt subject"), s.receiptSubject },
                { tr("Receipt text"), s.receiptBody },
                { tr("Credit note subject"), s.creditNoteSubject },
                { tr("Credit note text"), s.creditNoteBody },
            };
            for (const auto &[field, value] : fields)
                sink.row({ field, value });
            sink.end();
        });
        return 0;
    }
    if (action != QLatin1String("set") || args.size() != 1)
        throw UsageError { tr("use mail settings show, or mail settings set --smtp-host H ...") };
    if (app.isSet(QStringLiteral("smtp-host")))
        s.host = app.value(QStringLiteral("smtp-host")).trimmed();
    if (app.isSet(QStringLiteral("smtp-port")))
        s.port = int(app.integerOption(QStringLiteral("smtp-port"), 587, 1, 65535));
    if (app.isSet(QStringLiteral("security"))) {
        const auto security = MailSettings::securityFromKey(app.value(QStringLiteral("security")));
        if (!security)
            throw UsageError { tr("--security: none, starttls or smtps") };
        s.security = *security;
    }
    if (app.isSet(QStringLiteral("smtp-user")))
        s.user = app.value(QStringLiteral("smtp-user")).trimmed();
    if (app.isSet(QStringLiteral("from-address")))
        s.fromAddress = app.value(QStringLiteral("from-address")).trimmed();
    if (app.isSet(QStringLiteral("from-name")))
        s.fromName = app.value(QStringLiteral("from-name")).trimmed();
    if (app.isSet(QStringLiteral("timeout")))
        s.timeoutSeconds = int(app.integerOption(QStringLiteral("timeout"), 30, 1, 600));
    // --subject and --body-file change the templates of one kind of e-mail.
    const QString kind = app.isSet(QStringLiteral("template"))
        ? app.value(QStringLiteral("template"))
        : QStringLiteral("invoice");
    QString *subject = &s.invoiceSubject;
    QString *body = &s.invoiceBody;
    if (kind == QLatin1String("receipt")) {
        subject = &s.receiptSubject;
        body = &s.receiptBody;
    } else if (kind == QLatin1String("credit-note")) {
        subject = &s.creditNoteSubject;
        body = &s.creditNoteBody;
    } else if (kind != QLatin1String("invoice")) {
        throw UsageError { tr("--template: invoice, receipt or credit-note") };
    }
    if (app.isSet(QStringLiteral("template")) && !app.isSet(QStringLiteral("subject"))
        && !app.isSet(QStringLiteral("body-file")))
        throw UsageError { tr("--template needs --subject or --body-file") };
    if (app.isSet(QStringLiteral("subject")))
        *subject = app.value(QStringLiteral("subject"));
    if (app.isSet(QStringLiteral("body-file")))
        *body = QString::fromUtf8(CliApp::readFile(app.value(QStringLiteral("body-file"))));
    if (app.isSet(QStringLiteral("ca-file")))
        s.caFile = app.value(QStringLiteral("ca-file")).trimmed();
    if (app.isSet(QStringLiteral("auto-send-receipts"))) {
        const QString v = app.value(QStringLiteral("auto-send-receipts"));
        if (v != QLatin1String("yes") && v != QLatin1String("no"))
            throw UsageError { tr("--auto-send-receipts: yes or no") };
        s.autoSendReceipts = v == QLatin1String("yes");
    }
    service.save(s);
    app.out() << tr("E-mail settings saved") << '\n';
    return 0;
}

int runMailPassword(CliApp &app)
{
    const QString action = app.commandArguments().value(0);
    app.openBook(false);
    const MailSettings s = MailSettingsService(app.session()).load();
    if (s.user.isEmpty())
        throw Error(tr("The e-mail settings name no SMTP user: set --smtp-user first"));
    SecretStore store;
    if (action == QLatin1String("set")) {
        if (!app.isSet(QStringLiteral("password-stdin")))
            throw UsageError { tr("mail password set reads the password with --password-stdin") };
        const SecretStore::Result r = store.write(s.passwordKey(), CliApp::readSecretFromStdin());
        if (!r.ok)
            throw Error(r.keychainUnavailable
                            ? tr("No keychain is reachable (no Secret Service on the session "
                                 "bus); nothing was stored. Pass --password-stdin to each "
                                 "command instead.")
                            : tr("The keychain refused the password: %1").arg(r.error));
        app.out() << tr("SMTP password for %1 is in the OS keychain").arg(s.passwordKey()) << '\n';
        return 0;
    }
    if (action == QLatin1String("forget")) {
        const SecretStore::Result r = store.remove(s.passwordKey());
        if (!r.ok)
            throw Error(tr("The keychain could not forget the password: %1").arg(r.error));
        app.out() << tr("SMTP password for %1 removed from the OS keychain").arg(s.passwordKey())
                  << '\n';
        return 0;
    }
    throw UsageError { tr("use mail password set --password-stdin, or mail password forget") };
}

int runMailOutbox(CliApp &app)
{
    app.openBook(false);
    OutboxService outbox(app.session());
    const std::vector<OutboxMessage> messages = outbox.list(app.value(QStringLiteral("status")));
    const auto stamp = [](const QDateTime &t) {
        return t.isValid() ? t.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))
                           : QString();
    };
    app.writeReport([&](ReportSink &sink) {
        using Type = ReportColumn::Type;
        sink.begin(tr("Outbox"),
                   { { QStringLiteral("id"), tr("ID"), Type::Integer },
                     { QStringLiteral("created_at"), tr("Queued"), Type::Text },
                     { QStringLiteral("document"), tr("Document"), Type::Text },
                     { QStringLiteral("to"), tr("To"), Type::Text },
                     { QStringLiteral("subject"), tr("Subject"), Type::Text },
                     { QStringLiteral("status"), tr("Status"), Type::Text },
                     { QStringLiteral("attempts"), tr("Attempts"), Type::Integer },
                     { QStringLiteral("next_attempt_at"), tr("Next attempt"), Type::Text },
                     { QStringLiteral("sent_at"), tr("Sent"), Type::Text },
                     { QStringLiteral("last_error"), tr("Last answer"), Type::Text } });
        for (const OutboxMessage &m : messages) {
            sink.row({ m.id, stamp(m.createdAt), outbox.documentName(m),
                       m.recipients.join(QStringLiteral(", ")), m.subject, m.status,
                       qint64(m.attempts),
                       m.status == QLatin1String("queued") ? stamp(m.nextAttemptAt) : QString(),
                       stamp(m.sentAt), m.lastError });
        }
        sink.end();
    });
    return 0;
}

int runMailTest(CliApp &app)
{
    const QString to = app.value(QStringLiteral("to")).trimmed();
    if (to.isEmpty())
        throw UsageError { tr("mail test needs --to ADDRESS") };
    app.openBook(false);
    const MailSettings settings = configuredSettings(app);
    MailMessage m;
    m.from = { settings.fromName, settings.fromAddress };
    m.to << MailAddress { QString(), to };
    m.subject = tr("Accrue test message");
    m.body = tr("This message shows that Accrue can send e-mail through %1.")
                 .arg(SmtpSender::url(settings));
    const QByteArray raw = MimeWriter::write(m); // refuses a bad --to before connecting
    const MailSendResult r
        = SmtpSender(settings, smtpPassword(app, settings)).send(settings.fromAddress, { to }, raw);
    if (!r.ok)
        throw Error(tr("The test message was not sent: %1").arg(r.error));
    app.out() << tr("Test message sent to %1 through %2").arg(to, SmtpSender::url(settings))
              << '\n';
    return 0;
}

int runMailRetry(CliApp &app)
{
    const QStringList args = app.commandArguments();
    bool ok = false;
    const qint64 id = args.value(0).toLongLong(&ok);
    if (args.size() != 1 || !ok || id <= 0)
        throw UsageError { tr("use mail retry ID (the ID column of mail outbox)") };
    app.openBook(false);
    OutboxService(app.session()).retry(id);
    app.out() << tr("Message #%1 is queued again; accrue-cli mail deliver sends it").arg(id)
              << '\n';
    return 0;
}

// One document's e-mail: written as NUMBER.eml into --eml DIR, or queued
// and everything due delivered.
int sendOne(CliApp &app, const MailSettings &settings, const QString &number,
            const std::function<MailMessage()> &build, const std::function<qint64()> &queue)
{
    if (app.isSet(QStringLiteral("eml"))) {
        const QDir dir(app.value(QStringLiteral("eml")));
        if (!QDir().mkpath(dir.path()))
            throw Error(
                tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(dir.path())));
        const QString path = dir.filePath(number + QStringLiteral(".eml"));
        OutboxService::writeEml(MimeWriter::write(build()), path);
        app.out() << tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
        return 0;
    }
    queue();
    app.out() << tr("Queued %1 e-mails").arg(1) << '\n';
    return deliver(app, settings);
}

QString oneNumber(CliApp &app, const QString &usage)
{
    const QStringList args = app.commandArguments();
    if (args.size() != 1)
        throw UsageError { usage };
    return args.first();
}

} // namespace

int runReceiptSend(CliApp &app)
{
    const QString number = oneNumber(app, tr("use receipt send NUMBER [--eml DIR]"));
    app.openBook(false);
    const MailSettings settings = configuredSettings(app);
    ReceiptMailer mailer(app.session(), settings);
    return sendOne(
        app, settings, number, [&] { return mailer.build(number); },
        [&] { return mailer.queue(number); });
}

int runCreditNoteSend(CliApp &app)
{
    const QString number = oneNumber(app, tr("use credit-note send NUMBER [--eml DIR]"));
    app.openBook(false);
    const MailSettings settings = configuredSettings(app);
    const CreditNote note = CreditNoteService(app.session()).loadByNumber(number);
    CreditNoteMailer mailer(app.session(), settings);
    return sendOne(
        app, settings, note.number, [&] { return mailer.build(note.id); },
        [&] { return mailer.queue(note.id); });
}

int runInvoiceSend(CliApp &app)
{
    app.openBook(false);
    const MailSettings settings = configuredSettings(app);
    const std::vector<Invoice> invoices = invoicesToSend(app);
    InvoiceMailer mailer(app.session(), settings);
    int problems = 0;
    if (app.isSet(QStringLiteral("eml"))) {
        const QDir dir(app.value(QStringLiteral("eml")));
        if (!QDir().mkpath(dir.path()))
            throw Error(
                tr("Cannot create the folder %1").arg(QDir::toNativeSeparators(dir.path())));
        for (const Invoice &inv : invoices) {
            try {
                const QString path = dir.filePath(inv.number + QStringLiteral(".eml"));
                OutboxService::writeEml(MimeWriter::write(mailer.build(inv.id)), path);
                app.out() << tr("Wrote %1").arg(QDir::toNativeSeparators(path)) << '\n';
            } catch (const Error &e) {
                app.err() << inv.number << ": " << e.userMessage() << '\n';
                ++problems;
            }
        }
        return problems == 0 ? 0 : 1;
    }
    int queued = 0;
    for (const Invoice &inv : invoices) {
        try {
            mailer.queue(inv.id);
            ++queued;
        } catch (const Error &e) {
            app.err() << inv.number << ": " << e.userMessage() << '\n';
            ++problems;
        }
    }
    app.out() << tr("Queued %1 e-mails").arg(queued) << '\n';
    const int delivered = queued > 0 ? deliver(app, settings) : 0;
    return problems == 0 && delivered == 0 ? 0 : 1;
}

int runMail(CliApp &app, const QString &sub)
{
    if (sub == QLatin1String("settings"))
        return runMailSettings(app);
    if (sub == QLatin1String("password"))
        return runMailPassword(app);
    if (sub == QLatin1String("outbox"))
        return runMailOutbox(app);
    if (sub == QLatin1String("test"))
        return runMailTest(app);
    if (sub == QLatin1String("retry"))
        return runMailRetry(app);
    if (sub == QLatin1String("deliver")) {
        app.openBook(false);
        return deliver(app, configuredSettings(app));
    }
    throw UsageError {
        tr("Unknown command “mail %1” (settings, password, outbox, deliver, retry, test)").arg(sub)
    };
}

} // namespace Accrue
