#include "transaction.h"

namespace atlas::storage {

Transaction::Transaction(Database &db) : mDb(db)
{
    mDb.exec("BEGIN IMMEDIATE");
}

Transaction::~Transaction()
{
    if (!mDone)
        sqlite3_exec(mDb.handle(), "ROLLBACK", nullptr, nullptr, nullptr); // no throw from a destructor
}

void Transaction::commit()
{
    mDb.exec("COMMIT");
    mDone = true;
}

} // namespace atlas::storage
