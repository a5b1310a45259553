#pragma once

#include <QtGlobal>

// A signed 128-bit integer for Money's intermediates. GCC and Clang have one
// built in; elsewhere (MSVC) a small portable type stands in. Defining
// ACCRUE_PORTABLE_INT128 forces the portable type, so its tests run here too.
#if defined(__SIZEOF_INT128__) && !defined(ACCRUE_PORTABLE_INT128)

namespace Accrue {
__extension__ typedef __int128 Int128;
inline qint64 toInt64(Int128 v)
{
    return qint64(v);
}
inline quint64 toUInt64(Int128 v)
{
    return quint64(v);
}
} // namespace Accrue

#else

namespace Accrue {

// Two's complement in two 64-bit words; only what Money needs: + - * / %,
// comparisons and narrowing. Division is shift-and-subtract: slow next to
// hardware, but money arithmetic does a handful per operation.
class Int128
{
public:
    constexpr Int128() = default;
    constexpr Int128(qint64 v)
        : m_lo(quint64(v))
        , m_hi(v < 0 ? ~quint64(0) : 0)
    {
    }
    constexpr Int128(int v)
        : Int128(qint64(v))
    {
    }
    constexpr Int128(quint64 v)
        : m_lo(v)
        , m_hi(0)
    {
    }

    friend constexpr Int128 operator+(Int128 a, Int128 b)
    {
        Int128 r;
        r.m_lo = a.m_lo + b.m_lo;
        r.m_hi = a.m_hi + b.m_hi + (r.m_lo < a.m_lo ? 1 : 0);
        return r;
    }
    constexpr Int128 operator-() const
    {
        Int128 r;
        r.m_lo = ~m_lo + 1;
        r.m_hi = ~m_hi + (r.m_lo == 0 ? 1 : 0);
        return r;
    }
    friend constexpr Int128 operator-(Int128 a, Int128 b) { return a + -b; }
    friend Int128 operator*(Int128 a, Int128 b)
    {
        const bool negative = a.isNegative() != b.isNegative();
        const Int128 x = a.abs(), y = b.abs();
        // (xh*2^64 + xl) * (yh*2^64 + yl) mod 2^128
        Int128 r = mul64(x.m_lo, y.m_lo);
        r.m_hi += x.m_hi * y.m_lo + x.m_lo * y.m_hi;
        return negative ? -r : r;
    }
    friend Int128 operator/(Int128 a, Int128 b)
    {
        Int128 q, rem;
        divMod(a.abs(), b.abs(), q, rem);
        return a.isNegative() != b.isNegative() ? -q : q;
    }
    friend Int128 operator%(Int128 a, Int128 b)
    {
        Int128 q, rem;
        divMod(a.abs(), b.abs(), q, rem);
        return a.isNegative() ? -rem : rem; // the sign of the dividend, as in C++
    }
    Int128 &operator+=(Int128 b) { return *this = *this + b; }
    Int128 &operator-=(Int128 b) { return *this = *this - b; }
    Int128 &operator*=(Int128 b) { return *this = *this * b; }

    friend constexpr bool operator==(Int128 a, Int128 b)
    {
        return a.m_lo == b.m_lo && a.m_hi == b.m_hi;
    }
    friend constexpr bool operator!=(Int128 a, Int128 b) { return !(a == b); }
    friend constexpr bool operator<(Int128 a, Int128 b)
    {
        if (a.isNegative() != b.isNegative())
            return a.isNegative();
        return a.m_hi != b.m_hi ? a.m_hi < b.m_hi : a.m_lo < b.m_lo;
    }
    friend constexpr bool operator>(Int128 a, Int128 b) { return b < a; }
    friend constexpr bool operator<=(Int128 a, Int128 b) { return !(b < a); }
    friend constexpr bool operator>=(Int128 a, Int128 b) { return !(a < b); }

    explicit constexpr operator qint64() const { return qint64(m_lo); }
    explicit constexpr operator quint64() const { return m_lo; }

    constexpr bool isNegative() const { return (m_hi >> 63) != 0; }
    constexpr Int128 abs() const { return isNegative() ? -*this : *this; }

private:
    static Int128 mul64(quint64 a, quint64 b)
    {
        const quint64 al = a & 0xffffffffu, ah = a >> 32, bl = b & 0xffffffffu, bh = b >> 32;
        const quint64 ll = al * bl, lh = al * bh, hl = ah * bl, hh = ah * bh;
        const quint64 mid = (ll >> 32) + (lh & 0xffffffffu) + (hl & 0xffffffffu);
        Int128 r;
        r.m_lo = (ll & 0xffffffffu) | (mid << 32);
        r.m_hi = hh + (lh >> 32) + (hl >> 32) + (mid >> 32);
        return r;
    }
    // Unsigned long division of non-negative values.
    static void divMod(Int128 n, Int128 d, Int128 &q, Int128 &r)
    {
        q = Int128();
        r = Int128();
        for (int bit = 127; bit >= 0; --bit) {
            r = r.shiftedLeft();
            if (n.testBit(bit))
                r.m_lo |= 1;
            if (!(r < d)) {
                r = r - d;
                q.setBit(bit);
            }
        }
    }
    Int128 shiftedLeft() const
    {
        Int128 r;
        r.m_hi = (m_hi << 1) | (m_lo >> 63);
        r.m_lo = m_lo << 1;
        return r;
    }
    bool testBit(int bit) const
    {
        return bit >= 64 ? ((m_hi >> (bit - 64)) & 1) : ((m_lo >> bit) & 1);
    }
    void setBit(int bit)
    {
        if (bit >= 64)
            m_hi |= quint64(1) << (bit - 64);
        else
            m_lo |= quint64(1) << bit;
    }

    quint64 m_lo = 0;
    quint64 m_hi = 0;
};

inline qint64 toInt64(Int128 v)
{
    return qint64(v);
}
inline quint64 toUInt64(Int128 v)
{
    return quint64(v);
}

} // namespace Accrue

#endif
