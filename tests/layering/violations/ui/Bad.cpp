// Planted layering violations: the checker must report each line marked "bad".
#include "app/Customer.h"    // fine
#include "modem/AtChannel.h" // bad: ui/ reaches past app/
