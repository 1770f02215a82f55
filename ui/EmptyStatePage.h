#pragma once

#include <QWidget>

class QLabel;

namespace rapport::ui {

// A page with nothing to show yet: an icon, a headline and a sentence or two saying what will
// appear here. Never shows invented data.
class EmptyStatePage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EmptyStatePage)
public:
    EmptyStatePage(const QString &iconPath, const QString &title, const QString &body,
        QWidget *parent = nullptr);

    // An extra line in a quieter tone (e.g. where the data lives).
    void setFootnote(const QString &text);

    [[nodiscard]] QString title() const;
    [[nodiscard]] QString body() const;

private:
    QLabel *m_title;
    QLabel *m_body;
    QLabel *m_footnote;
};

} // namespace rapport::ui
