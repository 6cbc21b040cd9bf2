#pragma once

#include "database.h"

namespace atlas::storage {

/** BEGIN on construction; ROLLBACK in the destructor unless commit() succeeded. */
class Transaction {
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    void commit();

private:
    Database &mDb;
    bool mDone = false;
};

} // namespace atlas::storage
