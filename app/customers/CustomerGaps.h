#pragma once

#include "app/customers/Customer.h"

namespace rapport::app {

// Completes `kept` with what `other` knows and `kept` does not: the empty fields are filled, a
// birthday without a year gets the other record's year when the day and month agree, and the
// other's notes are appended (notes are history written by staff: both are kept). What `kept`
// already holds always wins. Used when two records of one person become one: a merge in the
// customer book, or an imported row for a number that is already a customer's.
Customer withGapsFilled(Customer kept, const Customer &other);

} // namespace rapport::app
