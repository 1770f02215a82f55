#pragma once

#include "app/templates/TextCounter.h"

#include <QCoreApplication>
#include <QString>

namespace rapport::ui {

// The compose box's counter in words: "72 / 1 text"; for a text that needs UCS-2, why and what
// to do: "UCS-2: 3 parts because of ’ — replace with '".
struct ComposeCounter
{
    Q_DECLARE_TR_FUNCTIONS(ComposeCounter)

public:
    QString counter; // "72 / 1 text"
    QString counterDetail; // "88 characters left in this text", for the tooltip
    QString encoding; // empty for GSM 7-bit
    bool canReplace = false; // a one-click replacement exists for at least one culprit

    [[nodiscard]] static ComposeCounter describe(const app::TextCount &count);
    // How a culprit character is named to people (“’”, "a non-breaking space", "😀").
    [[nodiscard]] static QString characterName(const QString &character);
};

} // namespace rapport::ui
