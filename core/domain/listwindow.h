#pragma once

#include <QtGlobal>
#include <algorithm>
#include <map>
#include <optional>

namespace Accrue {

// Which rows of a sorted list to read, found by a neighbour rather than by
// counting from the top (keyset paging). A window starts next to a row the
// reader already holds (its anchor), `skip` rows past it; with no anchor it
// starts at the top (Forward) or the bottom (Backward) of the list. Reading
// on from a page skips nothing, however deep it is, and a jump lands next to
// the nearest row already read. Rows always come back in list order.
template<typename Row> struct ListWindow
{
    enum class Direction { Forward, Backward };

    std::optional<Row> anchor;
    Direction direction = Direction::Forward;
    qint64 skip = 0; // rows between the anchor (or the end) and the window
    qint64 limit = 0;

    // Rows [offset, offset + limit) counted from the top: the plain way, for
    // readers that hold no rows yet.
    static ListWindow top(qint64 offset, qint64 limit)
    {
        return { std::nullopt, Direction::Forward, offset, limit };
    }

    // The cheapest window for rows [offset, offset + limit) of a list of
    // `count` rows, given rows already read by their position: after the
    // nearest known row above, before the nearest below, or from whichever
    // end is closer.
    static ListWindow nearest(qint64 offset, qint64 limit, qint64 count,
                              const std::map<qint64, Row> &known)
    {
        const qint64 end = std::min(offset + limit, count);
        ListWindow best = top(offset, limit);
        if (end - offset > 0 && count - end < best.skip)
            best = { std::nullopt, Direction::Backward, count - end, end - offset };
        auto after = known.lower_bound(offset); // first known row at or below the window's top
        if (after != known.begin()) {
            const auto above = std::prev(after);
            if (offset - above->first - 1 < best.skip)
                best = { above->second, Direction::Forward, offset - above->first - 1, limit };
        }
        auto below = known.lower_bound(end);
        if (below != known.end() && end - offset > 0 && below->first - end < best.skip)
            best = { below->second, Direction::Backward, below->first - end, end - offset };
        return best;
    }
};

} // namespace Accrue
