#pragma once

#include <QPalette>
#include <QString>

namespace Accrue {

// Light, dark or the system's look, chosen in Preferences. Dark and light
// use the Fusion style, whose colours come wholly from the palette, so every
// widget (and the status colours derived from the palette) follows.
class Appearance final
{
public:
    // "system", "light" or "dark".
    static QString saved();
    static void save(const QString &mode);
    static void apply(const QString &mode);
    static QPalette darkPalette();
};

} // namespace Accrue
