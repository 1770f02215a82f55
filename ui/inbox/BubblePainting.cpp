#include "ui/inbox/BubblePainting.h"

#include <QPainter>
#include <QPainterPath>
#include <QTextLayout>

#include <cmath>

namespace rapport::ui::bubble {
namespace {

QTextOption wrapping()
{
    QTextOption option;
    option.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    return option;
}

// Lays `text` out at `width`; returns the height and the widest line.
QSizeF layOut(QTextLayout &layout, qreal width)
{
    layout.setTextOption(wrapping());
    layout.setCacheEnabled(true);
    layout.beginLayout();
    qreal y = 0;
    qreal widest = 0;
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        line.setLineWidth(width);
        line.setPosition(QPointF(0, y));
        y += line.height();
        widest = std::max(widest, line.naturalTextWidth());
    }
    layout.endLayout();
    return {std::ceil(widest), std::ceil(y)};
}

// Line breaks in a text message are paragraphs of their own for QTextLayout.
QString forLayout(const QString &text)
{
    QString copy = text;
    copy.replace(QLatin1Char('\n'), QChar::LineSeparator);
    return copy;
}

} // namespace

QSizeF textSize(const QString &text, const QFont &font, qreal width)
{
    QTextLayout layout(forLayout(text), font);
    return layOut(layout, width);
}

void drawText(QPainter *painter, const QRectF &rect, const QString &text, const QFont &font)
{
    QTextLayout layout(forLayout(text), font);
    layOut(layout, rect.width());
    layout.draw(painter, rect.topLeft());
}

qreal iconWidth(Icon icon, qreal size)
{
    return icon == Icon::DoubleCheck ? size * 1.5 : size;
}

void drawIcon(QPainter *painter, Icon icon, const QPointF &topLeft, qreal size, const QColor &color)
{
    if (icon == Icon::None)
        return;
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    QPen pen(color, std::max(1.2, size / 9.0), Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
    painter->setPen(pen);
    painter->setBrush(Qt::NoBrush);
    const QRectF box(topLeft, QSizeF(size, size));
    const QPointF c = box.center();
    const qreal r = size * 0.42;
    auto at
        = [&](qreal x, qreal y) { return QPointF(box.left() + x * size, box.top() + y * size); };
    switch (icon) {
    case Icon::None:
        break;
    case Icon::Clock:
        painter->drawEllipse(c, r, r);
        painter->drawLine(c, QPointF(c.x(), c.y() - r * 0.65));
        painter->drawLine(c, QPointF(c.x() + r * 0.5, c.y()));
        break;
    case Icon::Pause:
        painter->drawEllipse(c, r, r);
        painter->drawLine(at(0.41, 0.32), at(0.41, 0.68));
        painter->drawLine(at(0.59, 0.32), at(0.59, 0.68));
        break;
    case Icon::Check:
        painter->drawPolyline(QList<QPointF> {at(0.18, 0.52), at(0.4, 0.74), at(0.82, 0.28)});
        break;
    case Icon::DoubleCheck: // 1.5 sizes wide
        painter->drawPolyline(QList<QPointF> {at(0.05, 0.52), at(0.3, 0.76), at(0.8, 0.24)});
        painter->drawPolyline(QList<QPointF> {at(0.62, 0.7), at(0.7, 0.76), at(1.4, 0.24)});
        break;
    case Icon::Failed:
        painter->drawEllipse(c, r, r);
        painter->drawLine(at(0.5, 0.27), at(0.5, 0.56));
        painter->drawPoint(at(0.5, 0.72));
        break;
    case Icon::Cancelled:
        painter->drawEllipse(c, r, r);
        painter->drawLine(at(0.22, 0.78), at(0.78, 0.22));
        break;
    }
    painter->restore();
}

QColor mix(const QColor &a, const QColor &b, qreal amount)
{
    const qreal keep = 1.0 - amount;
    return QColor::fromRgbF(float(a.redF() * keep + b.redF() * amount),
        float(a.greenF() * keep + b.greenF() * amount),
        float(a.blueF() * keep + b.blueF() * amount));
}

QColor incomingFill(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.07);
}

QColor outgoingFill(const QPalette &palette)
{
    return mix(palette.color(QPalette::Base), palette.color(QPalette::Highlight), 0.2);
}

QColor quietText(const QPalette &palette)
{
    return mix(palette.color(QPalette::Text), palette.color(QPalette::Base), 0.35);
}

QFont smallFont(const QFont &base)
{
    QFont small = base;
    if (base.pointSizeF() > 0)
        small.setPointSizeF(std::max(7.0, base.pointSizeF() * 0.85));
    else
        small.setPixelSize(std::max(9, int(base.pixelSize() * 0.85)));
    return small;
}

} // namespace rapport::ui::bubble
