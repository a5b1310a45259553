#include "domain/paymentmethodrules.h"

#include "common/error.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::PaymentMethodRules", text);
}

bool passesLuhn(const QString &digits)
{
    int sum = 0;
    bool twice = false;
    for (qsizetype i = digits.size() - 1; i >= 0; --i) {
        int d = digits.at(i).digitValue();
        if (twice) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
        twice = !twice;
    }
    return sum % 10 == 0;
}

// IBAN lengths by country (SWIFT IBAN registry).
int ibanLength(const QString &country)
{
    // Two letters and the length, packed: "AD24AE23...".
    static const char table[]
        = "AD24AE23AL28AT20AZ28BA20BE16BG22BH22BI27BR29BY28CH21CR22CY28CZ24DE22DJ27DK18DO28EE20"
          "EG29ES24FI18FK18FO18FR27GB22GE22GI23GL18GR27GT28HR21HU28IE22IL23IQ23IS26IT27JO30KW30"
          "KZ20LB28LC32LI21LT20LU20LV21LY25MC27MD24ME22MK19MN20MR27MT31MU30NI28NL18NO15OM23PK24"
          "PL28PS29PT25QA29RO24RS22RU33SA24SC31SD18SE24SI19SK24SM27SO23ST25SV28TL23TN24TR26UA29"
          "VA22VG24XK20YE30";
    static const QHash<QString, int> lengths = [] {
        QHash<QString, int> out;
        for (const char *p = table; *p; p += 4)
            out.insert(QString::fromLatin1(p, 2), (p[2] - '0') * 10 + (p[3] - '0'));
        return out;
    }();
    return lengths.value(country, 0);
}

QString compactIban(const QString &text)
{
    QString out;
    for (const QChar c : text)
        if (!c.isSpace())
            out += c.toUpper();
    return out;
}

void refuseCardNumber(const QString &field, const QString &value)
{
    if (PaymentMethodRules::containsCardNumber(value))
        throw Error(tr("%1 holds what looks like a full card number; Accrue never stores one "
                       "(keep the last four digits and the gateway's reference)")
                        .arg(field));
}

} // namespace

const QStringList &PaymentMethodRules::kinds()
{
    static const QStringList all { QStringLiteral("card"), QStringLiteral("sepa_debit"),
                                   QStringLiteral("bank_transfer"), QStringLiteral("ach") };
    return all;
}

QString PaymentMethodRules::kindName(const QString &kind)
{
    if (kind == QLatin1String("card"))
        return tr("Card");
    if (kind == QLatin1String("sepa_debit"))
        return tr("SEPA direct debit");
    if (kind == QLatin1String("bank_transfer"))
        return tr("Bank transfer");
    if (kind == QLatin1String("ach"))
        return tr("ACH");
    return kind;
}

bool PaymentMethodRules::containsCardNumber(const QString &text)
{
    // Groups of digits with single spaces or dashes between them, as cards
    // are written. Any run of whole groups of 13 to 19 digits that passes the
    // Luhn check is a card number ("ref 12 4111 1111 1111 1111" holds one);
    // windows cutting through a group are not, or one long reference in ten
    // would look like a card.
    static const QRegularExpression run(QStringLiteral("\\d+(?:[ -]\\d+)*"));
    for (auto it = run.globalMatch(text); it.hasNext();) {
        static const QRegularExpression separator(QStringLiteral("[ -]"));
        const QStringList groups = it.next().captured().split(separator);
        for (qsizetype first = 0; first < groups.size(); ++first) {
            QString digits;
            for (qsizetype last = first; last < groups.size() && digits.size() < 19; ++last) {
                digits += groups.at(last);
                if (digits.size() >= 13 && digits.size() <= 19 && passesLuhn(digits))
                    return true;
            }
        }
    }
    return false;
}

bool PaymentMethodRules::isValidIban(const QString &text)
{
    const QString iban = compactIban(text);
    if (iban.size() < 15 || iban.size() != ibanLength(iban.left(2)))
        return false;
    // Move the first four characters to the end, letters to 10..35, mod 97.
    const QString moved = iban.mid(4) + iban.left(4);
    int remainder = 0;
    for (const QChar c : moved) {
        int value = 0;
        if (c.isDigit() && c.unicode() < 128)
            value = c.digitValue();
        else if (c >= u'A' && c <= u'Z')
            value = c.unicode() - u'A' + 10;
        else
            return false;
        remainder = (value > 9 ? remainder * 100 + value : remainder * 10 + value) % 97;
    }
    return remainder == 1;
}

QString PaymentMethodRules::maskedIban(const QString &iban)
{
    const QString compact = compactIban(iban);
    return QString(std::max<qsizetype>(0, compact.size() - 4), u'*') + compact.right(4);
}

void PaymentMethodRules::check(PaymentMethod &m)
{
    m.kind = m.kind.trimmed();
    if (!kinds().contains(m.kind))
        throw Error(tr("Payment method kind “%1” is not one of %2")
                        .arg(m.kind, kinds().join(QStringLiteral(", "))));
    m.label = m.label.trimmed();
    m.last4 = m.last4.trimmed();
    m.expiry = m.expiry.trimmed();
    m.mandateReference = m.mandateReference.trimmed();
    refuseCardNumber(tr("The label"), m.label);
    refuseCardNumber(tr("The last four digits"), m.last4);
    refuseCardNumber(tr("The mandate reference"), m.mandateReference);
    refuseCardNumber(tr("The gateway reference"), m.gatewayRef);
    static const QRegularExpression four(QStringLiteral("^\\d{4}$"));
    if (!m.last4.isEmpty() && !four.match(m.last4).hasMatch())
        throw Error(tr("The last four digits must be four digits, not “%1”").arg(m.last4));
    static const QRegularExpression expiry(QStringLiteral("^(0[1-9]|1[0-2])/\\d{2}$"));
    if (!m.expiry.isEmpty() && !expiry.match(m.expiry).hasMatch())
        throw Error(tr("The expiry must be MM/YY, not “%1”").arg(m.expiry));
    // Whatever is typed as the account is checked as an IBAN: a value that
    // is already masked, or a card number with a star in it, is not one.
    const QString account = m.account.trimmed();
    if (!account.isEmpty()) {
        if (!isValidIban(account)) {
            refuseCardNumber(tr("The account"), account);
            throw Error(tr("“%1” is not a valid IBAN (country, length and check digits)")
                            .arg(maskedIban(account)));
        }
        m.account = maskedIban(account);
    }
}

void PaymentMethodRules::refuseSecurityCode()
{
    throw Error(tr("A card's security code (CVC) is never taken or stored"));
}

} // namespace Accrue
