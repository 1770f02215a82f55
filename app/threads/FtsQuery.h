#pragma once

#include <QString>

namespace rapport::app {

// Turns what a person typed into the search box into an FTS5 MATCH expression that can never be
// a syntax error: each whitespace-separated term is quoted as a string (inner quotes doubled)
// and searched as a prefix ("appoint" finds "appointment"); terms are ANDed. Terms without a
// letter or digit are dropped, since the tokenizer would find nothing in them. `"`, `AND(`,
// `*`, `NEAR`, `-` or `col:` typed by a person are words, never operators. Empty: nothing to
// search for.
class FtsQuery final
{
public:
    [[nodiscard]] static QString matchExpression(const QString &userText);
};

} // namespace rapport::app
