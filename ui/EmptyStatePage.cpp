#include "ui/EmptyStatePage.h"

#include <QGridLayout>
#include <QIcon>
#include <QLabel>
#include <QVBoxLayout>

namespace rapport::ui {

EmptyStatePage::EmptyStatePage(
    const QString &iconPath, const QString &title, const QString &body, QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(title, this))
    , m_body(new QLabel(body, this))
    , m_footnote(new QLabel(this))
{
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(iconPath).pixmap(QSize(56, 56), devicePixelRatioF()));
    icon->setAlignment(Qt::AlignHCenter);
    icon->setAccessibleName(title);

    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setAlignment(Qt::AlignHCenter);
    m_title->setWordWrap(true);

    m_body->setAlignment(Qt::AlignHCenter);
    m_body->setWordWrap(true);

    m_footnote->setAlignment(Qt::AlignHCenter);
    m_footnote->setWordWrap(true);
    m_footnote->setForegroundRole(QPalette::PlaceholderText);
    m_footnote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_footnote->hide();

    // A readable measure: the text column grows with the window up to about 70 characters and
    // stays centred; the side columns take what is left.
    auto *column = new QWidget(this);
    column->setMaximumWidth(fontMetrics().averageCharWidth() * 72);
    auto *columnLayout = new QVBoxLayout(column);
    columnLayout->setContentsMargins(0, 0, 0, 0);
    columnLayout->addWidget(icon);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_title);
    columnLayout->addSpacing(4);
    columnLayout->addWidget(m_body);
    columnLayout->addSpacing(12);
    columnLayout->addWidget(m_footnote);

    auto *layout = new QGridLayout(this);
    layout->setContentsMargins(24, 24, 24, 24);
    layout->addWidget(column, 1, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1000);
    layout->setColumnStretch(2, 1);
    layout->setRowStretch(0, 2);
    layout->setRowStretch(2, 3);
}

void EmptyStatePage::setFootnote(const QString &text)
{
    m_footnote->setText(text);
    m_footnote->setVisible(!text.isEmpty());
}

QString EmptyStatePage::title() const
{
    return m_title->text();
}

QString EmptyStatePage::body() const
{
    return m_body->text();
}

} // namespace rapport::ui
