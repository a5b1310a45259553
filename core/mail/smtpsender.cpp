#include "mail/smtpsender.h"

#include <QCoreApplication>
#include <QFile>
#include <curl/curl.h>
#include <memory>
#include <mutex>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::SmtpSender", text);
}

struct Upload
{
    const QByteArray *data;
    qsizetype offset = 0;
};

size_t readMessage(char *buffer, size_t size, size_t count, void *user)
{
    auto *upload = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype n = std::min(room, upload->data->size() - upload->offset);
    memcpy(buffer, upload->data->constData() + upload->offset, size_t(n));
    upload->offset += n;
    return size_t(n);
}

// Keeps the server's latest reply line: what it said when it refused. Only
// the server's side (CURLINFO_HEADER_IN) is looked at; our own commands,
// AUTH with the password among them, are never read or kept.
int keepServerReply(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN) {
        const QString line = QString::fromUtf8(data, qsizetype(size)).trimmed();
        if (!line.isEmpty())
            *static_cast<QString *>(user) = line;
    }
    return 0;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray angle(const QString &address)
{
    return '<' + address.toUtf8() + '>';
}

} // namespace

SmtpSender::SmtpSender(MailSettings settings, QString password)
    : m_settings(std::move(settings))
    , m_password(std::move(password))
{
}

QString SmtpSender::url(const MailSettings &s)
{
    QString host = s.host;
    // An IPv6 literal (the only host with a colon) goes in brackets.
    if (host.contains(u':') && !host.startsWith(u'['))
        host = u'[' + host + u']';
    const QString scheme = s.security == MailSettings::Security::Smtps ? QStringLiteral("smtps")
                                                                       : QStringLiteral("smtp");
    return QStringLiteral("%1://%2:%3").arg(scheme, host).arg(s.port);
}

MailSendResult SmtpSender::send(const QString &from, const QStringList &recipients,
                                const QByteArray &message)
{
    initCurlOnce();
    MailSendResult result;
    std::unique_ptr<CURL, decltype(&curl_easy_cleanup)> curl(curl_easy_init(), curl_easy_cleanup);
    if (!curl) {
        result.error = tr("libcurl could not start a transfer");
        return result;
    }
    CURL *c = curl.get();
    char errorBuffer[CURL_ERROR_SIZE] = {};
    QString serverReply;
    const QByteArray url = SmtpSender::url(m_settings).toUtf8();
    const QByteArray mailFrom = angle(from);
    const QByteArray user = m_settings.user.toUtf8();
    const QByteArray password = m_password.toUtf8();
    std::unique_ptr<curl_slist, decltype(&curl_slist_free_all)> rcpt(nullptr, curl_slist_free_all);
    for (const QString &r : recipients)
        rcpt.reset(curl_slist_append(rcpt.release(), angle(r).constData()));
    Upload upload { &message };

    curl_easy_setopt(c, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(c, CURLOPT_URL, url.constData());
    curl_easy_setopt(c, CURLOPT_PROTOCOLS_STR, "smtp,smtps");
    curl_easy_setopt(c, CURLOPT_NOSIGNAL, 1L); // safe on worker threads
    if (m_settings.security == MailSettings::Security::StartTls)
        curl_easy_setopt(c, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    // The server's certificate and name are always verified (libcurl's
    // default, said out loud); a CA file replaces the system's trust store
    // for a server whose certificate a private CA signed.
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYPEER, 1L);
    curl_easy_setopt(c, CURLOPT_SSL_VERIFYHOST, 2L);
    const QByteArray caFile = QFile::encodeName(m_settings.caFile);
    if (!caFile.isEmpty())
        curl_easy_setopt(c, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(c, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(c, CURLOPT_PASSWORD, password.constData());
    }
    curl_easy_setopt(c, CURLOPT_MAIL_FROM, mailFrom.constData());
    curl_easy_setopt(c, CURLOPT_MAIL_RCPT, rcpt.get());
    curl_easy_setopt(c, CURLOPT_READFUNCTION, readMessage);
    curl_easy_setopt(c, CURLOPT_READDATA, &upload);
    curl_easy_setopt(c, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(c, CURLOPT_INFILESIZE_LARGE, curl_off_t(message.size()));
    curl_easy_setopt(c, CURLOPT_CONNECTTIMEOUT, long(m_settings.timeoutSeconds));
    curl_easy_setopt(c, CURLOPT_TIMEOUT, long(m_settings.timeoutSeconds) * 4);
    // The debug callback only sees traffic with VERBOSE on; it writes
    // nothing anywhere, it keeps the server's last line.
    curl_easy_setopt(c, CURLOPT_DEBUGFUNCTION, keepServerReply);
    curl_easy_setopt(c, CURLOPT_DEBUGDATA, &serverReply);
    curl_easy_setopt(c, CURLOPT_VERBOSE, 1L);

    const CURLcode code = curl_easy_perform(c);
    curl_easy_getinfo(c, CURLINFO_RESPONSE_CODE, &result.responseCode);
    if (code == CURLE_OK) {
        result.ok = true;
        return result;
    }
    QString error = QString::fromUtf8(errorBuffer).trimmed();
    if (error.isEmpty())
        error = QString::fromUtf8(curl_easy_strerror(code));
    if (!serverReply.isEmpty() && !error.contains(serverReply))
        error = tr("%1; the server said: %2").arg(error, serverReply);
    if (code == CURLE_PEER_FAILED_VERIFICATION)
        error = tr("The server's TLS certificate is not trusted, so nothing was sent (%1). If "
                   "the server uses a private certificate authority, name its certificate "
                   "in the e-mail settings (CA certificate file).")
                    .arg(error);
    else if (code == CURLE_SSL_CACERT_BADFILE)
        error = tr("The CA certificate file %1 cannot be used (%2)").arg(m_settings.caFile, error);
    result.error = error;
    return result;
}

} // namespace Accrue
