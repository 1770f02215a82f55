#include "ui/customers/FieldMessage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QStyle>

namespace rapport::ui {

FieldMessage::FieldMessage(QWidget *parent)
    : QWidget(parent)
    , m_icon(new QLabel(this))
    , m_text(new QLabel(this))
{
    const int size = fontMetrics().height();
    m_icon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_icon->setAlignment(Qt::AlignTop);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    layout->addWidget(m_icon);
    layout->addWidget(m_text, 1);
    clear();
}

void FieldMessage::setProblem(const QString &text)
{
    m_problem = true;
    m_text->setText(text);
    m_text->setForegroundRole(QPalette::WindowText);
    m_icon->show();
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void FieldMessage::setHint(const QString &text)
{
    m_problem = false;
    m_text->setText(text);
    m_text->setForegroundRole(QPalette::PlaceholderText);
    m_icon->hide();
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void FieldMessage::clear()
{
    setHint({});
}

QString FieldMessage::text() const
{
    return m_text->text();
}

} // namespace rapport::ui
