#pragma once

class QTableView;

namespace Accrue {

// How every list of the app looks and behaves: whole rows selected, alternate
// row colours, no row numbers, one line per row. Fixed row heights keep the
// view from measuring every row of a million-row book.
void setUpListTable(QTableView *table);

} // namespace Accrue
