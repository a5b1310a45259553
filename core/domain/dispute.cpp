#include "domain/dispute.h"

namespace Accrue {

QString toString(DisputeResolution resolution)
{
    switch (resolution) {
    case DisputeResolution::CreditNote:
        return QStringLiteral("credit_note");
    case DisputeResolution::WriteOff:
        return QStringLiteral("write_off");
    case DisputeResolution::Withdrawn:
        break;
    }
    return QStringLiteral("withdrawn");
}

std::optional<DisputeResolution> disputeResolutionFromString(const QString &text)
{
    // The CLI spells them with dashes, the book with underscores.
    QString key = text.trimmed().toLower();
    key.replace(u'-', u'_');
    for (const DisputeResolution r : { DisputeResolution::CreditNote, DisputeResolution::WriteOff,
                                       DisputeResolution::Withdrawn })
        if (toString(r) == key)
            return r;
    return std::nullopt;
}

} // namespace Accrue
