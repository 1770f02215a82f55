#pragma once

#include <QWidget>

namespace rapport::ui {

// Five bars like a phone's, drawn in the palette's colours; hollow when the signal is not known.
class SignalBars final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SignalBars)
public:
    explicit SignalBars(QWidget *parent = nullptr);

    // 0–5; -1 not known.
    void setBars(int bars);
    [[nodiscard]] int bars() const { return m_bars; }
    [[nodiscard]] QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    int m_bars = -1;
};

} // namespace rapport::ui
