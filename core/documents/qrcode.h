#pragma once

#include <QByteArray>
#include <QImage>

namespace Accrue {

// A QR code made with libqrencode (byte mode, error correction level M).
class QrCode final
{
public:
    // Black modules on white with the four-module quiet zone around them,
    // `moduleSize` pixels a module; a null image when the data does not fit.
    static QImage image(const QByteArray &data, int moduleSize = 8);
};

} // namespace Accrue
