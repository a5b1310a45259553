#pragma once

class QTableView;

namespace Accrue {

// How every list of the app looks and behaves: whole rows selected, alternate
// row colours, no row numbers, one line per row. Fixed row heights keep the
// view from measuring every row of a million-row book.
void setUpListTable(QTableView *table);

// Sizes the columns to their contents, then gives the width left over to the
// first text column (names, descriptions), so a table uses the room it has
// instead of leaving a blank strip at its right.
void fitColumnsToWidth(QTableView *table);

} // namespace Accrue
