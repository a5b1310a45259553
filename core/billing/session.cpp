#include "billing/session.h"

namespace Accrue {

Session::Session(Database &db, QString userName)
    : m_db(db)
    , m_userName(std::move(userName))
{
}

} // namespace Accrue
