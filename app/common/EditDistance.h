#pragma once

#include <QStringView>

namespace rapport::app {

// Levenshtein distance between two strings (insertions, deletions and substitutions of UTF-16
// units), for "did you mean …?" suggestions: an unknown command, an unknown merge field.
int editDistance(QStringView a, QStringView b);

} // namespace rapport::app
