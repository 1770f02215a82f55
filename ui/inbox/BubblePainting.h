#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>
#include <QRectF>
#include <QSizeF>
#include <QString>

class QPainter;

namespace rapport::ui::bubble {

// Drawing helpers of the conversation's bubbles: wrapped text that also breaks words too long
// for a line (German compounds, links), the small state icons drawn as paths in the text colour
// (no glyph the user's fonts may lack), and colours mixed from palette roles only, so light and
// dark palettes both work.

enum class Icon { None, Clock, Pause, Check, DoubleCheck, Failed, Cancelled };

// The size `text` takes wrapped at `width` (natural width of the widest line).
[[nodiscard]] QSizeF textSize(const QString &text, const QFont &font, qreal width);
void drawText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font);

// How wide an icon `size` pixels high is (two ticks need more room than one).
[[nodiscard]] qreal iconWidth(Icon icon, qreal size);
// An icon `size` pixels high at `topLeft`.
void drawIcon(
    QPainter *painter, Icon icon, const QPointF &topLeft, qreal size, const QColor &color);

// `a` moved `amount` (0..1) towards `b`.
[[nodiscard]] QColor mix(const QColor &a, const QColor &b, qreal amount);
[[nodiscard]] QColor incomingFill(const QPalette &palette);
[[nodiscard]] QColor outgoingFill(const QPalette &palette);
[[nodiscard]] QColor quietText(const QPalette &palette);

// A smaller font for times, states and tags.
[[nodiscard]] QFont smallFont(const QFont &base);

} // namespace rapport::ui::bubble
