#pragma once

#include <QCoreApplication>
#include <QLabel>
#include <QPalette>

namespace rapport::ui {

// Turns a label into the box that says what went wrong (hidden until there is something to say):
// note-coloured so it stands out in light and dark palettes alike, wrapping so a long reason
// stays whole.
inline void makeProblemNote(QLabel *label)
{
    label->setWordWrap(true);
    label->setAutoFillBackground(true);
    label->setBackgroundRole(QPalette::ToolTipBase);
    label->setForegroundRole(QPalette::ToolTipText);
    label->setMargin(6);
    label->setAccessibleName(QCoreApplication::translate("rapport::ui::ProblemNote", "Problem"));
    label->hide();
}

} // namespace rapport::ui
