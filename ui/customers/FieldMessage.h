#pragma once

#include <QWidget>

class QLabel;

namespace rapport::ui {

// The line under a form field: what is wrong with it (with the style's warning icon) or a quiet
// hint ("Saved as +44 7400 123456"). Hidden when there is nothing to say.
class FieldMessage final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FieldMessage)
public:
    explicit FieldMessage(QWidget *parent = nullptr);

    void setProblem(const QString &text);
    void setHint(const QString &text);
    void clear();

    [[nodiscard]] bool hasProblem() const { return m_problem; }
    [[nodiscard]] QString text() const;

private:
    QLabel *m_icon;
    QLabel *m_text;
    bool m_problem = false;
};

} // namespace rapport::ui
