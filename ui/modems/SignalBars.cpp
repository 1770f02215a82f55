#include "ui/modems/SignalBars.h"

#include <QPainter>

namespace rapport::ui {

namespace {
constexpr int kBarCount = 5;
}

SignalBars::SignalBars(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    setAccessibleName(tr("Signal strength"));
    setBars(-1);
}

void SignalBars::setBars(int bars)
{
    m_bars = std::clamp(bars, -1, kBarCount);
    setAccessibleDescription(
        m_bars < 0 ? tr("Signal not known") : tr("%1 of %2 bars").arg(m_bars).arg(kBarCount));
    setToolTip(accessibleDescription());
    update();
}

QSize SignalBars::sizeHint() const
{
    const int h = fontMetrics().height() * 5 / 4;
    return QSize(h * 3 / 2, h);
}

void SignalBars::paintEvent(QPaintEvent *)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF area = QRectF(rect()).adjusted(1, 1, -1, -1);
    const qreal gap = area.width() / (kBarCount * 4.0);
    const qreal barWidth = (area.width() - gap * (kBarCount - 1)) / kBarCount;
    const QColor on = palette().color(
        isEnabled() ? QPalette::Active : QPalette::Disabled, QPalette::WindowText);
    QColor off = on;
    off.setAlphaF(0.25);
    for (int i = 0; i < kBarCount; ++i) {
        const qreal height = area.height() * (i + 1) / kBarCount;
        const QRectF bar(
            area.left() + i * (barWidth + gap), area.bottom() - height, barWidth, height);
        if (m_bars < 0) {
            painter.setPen(QPen(off, 1));
            painter.setBrush(Qt::NoBrush);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(i < m_bars ? on : off);
        }
        painter.drawRoundedRect(bar, 1, 1);
    }
}

} // namespace rapport::ui
