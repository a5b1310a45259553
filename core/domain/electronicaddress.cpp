#include "domain/electronicaddress.h"

#include "common/error.h"

#include <QCoreApplication>
#include <array>

namespace Accrue {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Accrue::ElectronicAddress", text);
}

// The EAS code list (CEF, version 13) as PEPPOL BIS Billing 3.0 accepts it.
constexpr std::array easCodes {
    "0002", "0007", "0009", "0037", "0060", "0088", "0096", "0097", "0106", "0130", "0135",
    "0142", "0147", "0151", "0154", "0158", "0170", "0183", "0184", "0188", "0190", "0191",
    "0192", "0193", "0194", "0195", "0196", "0198", "0199", "0200", "0201", "0202", "0203",
    "0204", "0205", "0208", "0209", "0210", "0211", "0212", "0213", "0215", "0216", "0217",
    "0218", "0221", "0225", "0230", "0235", "0240", "0244", "9901", "9910", "9913", "9914",
    "9915", "9918", "9919", "9920", "9922", "9923", "9924", "9925", "9926", "9927", "9928",
    "9929", "9930", "9931", "9932", "9933", "9934", "9935", "9936", "9937", "9938", "9939",
    "9940", "9941", "9942", "9943", "9944", "9945", "9946", "9947", "9948", "9949", "9950",
    "9951", "9952", "9953", "9957", "9959", "AN",   "AQ",   "AS",   "AU",   "EM",
};

} // namespace

ElectronicAddress ElectronicAddress::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    const qsizetype colon = trimmed.indexOf(u':');
    ElectronicAddress address;
    if (colon > 0) {
        address.scheme = trimmed.left(colon).trimmed().toUpper();
        address.id = trimmed.mid(colon + 1).trimmed();
    } else {
        address.id = trimmed;
    }
    if (const QString why = address.problem(); !why.isEmpty())
        throw Error(tr("“%1” is not an electronic address: %2").arg(text, why));
    return address;
}

QString ElectronicAddress::problem() const
{
    if (isEmpty())
        return {};
    if (scheme.isEmpty())
        return tr("it needs its scheme, as SCHEME:ID (0088:4012345000009)");
    if (id.isEmpty())
        return tr("the identifier after “%1:” is missing").arg(scheme);
    if (std::none_of(easCodes.begin(), easCodes.end(),
                     [&](const char *code) { return scheme == QLatin1String(code); }))
        return tr("“%1” is not a scheme of the EAS code list (0088, 0208, 9930, …)").arg(scheme);
    for (const QChar c : id)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return tr("the identifier “%1” contains spaces").arg(id);
    if (id.size() > 128)
        return tr("the identifier is longer than 128 characters");
    if (scheme == QLatin1String("0088") && !isValidGln(id))
        return tr("“%1” is not a GLN (13 digits with a valid check digit)").arg(id);
    return {};
}

bool ElectronicAddress::isValidGln(const QString &digits)
{
    if (digits.size() != 13)
        return false;
    int sum = 0;
    for (int i = 0; i < 12; ++i) {
        const int d = digits.at(i).digitValue();
        if (d < 0 || digits.at(i).unicode() > '9')
            return false;
        sum += d * (i % 2 == 0 ? 1 : 3);
    }
    const int check = digits.at(12).unicode() >= '0' && digits.at(12).unicode() <= '9'
        ? digits.at(12).digitValue()
        : -1;
    return check == (10 - sum % 10) % 10;
}

} // namespace Accrue
