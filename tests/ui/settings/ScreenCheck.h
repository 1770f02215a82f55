#pragma once

// Looking at screens in tests: pictures kept for a person to judge (when RAPPORT_SCREENSHOT_DIR
// is set), a dark palette to try them in, and a check that no label or button shows less than
// its text.

#include <QAbstractButton>
#include <QColor>
#include <QLabel>
#include <QPalette>
#include <QString>
#include <QStringList>
#include <QWidget>

namespace rapport::test {

inline void keepPicture(QWidget *widget, const QString &name)
{
    const QString folder = qEnvironmentVariable("RAPPORT_SCREENSHOT_DIR");
    if (!folder.isEmpty())
        widget->grab().save(folder + u'/' + name + u".png");
}

inline QPalette darkPalette()
{
    QPalette dark;
    const QColor text(230, 230, 230);
    const QColor faint(125, 125, 130);
    dark.setColor(QPalette::Window, QColor(45, 45, 48));
    dark.setColor(QPalette::WindowText, text);
    dark.setColor(QPalette::Base, QColor(30, 30, 32));
    dark.setColor(QPalette::AlternateBase, QColor(52, 52, 56));
    dark.setColor(QPalette::Text, text);
    dark.setColor(QPalette::Button, QColor(58, 58, 62));
    dark.setColor(QPalette::ButtonText, text);
    dark.setColor(QPalette::BrightText, Qt::white);
    dark.setColor(QPalette::Light, QColor(80, 80, 85));
    dark.setColor(QPalette::Midlight, QColor(65, 65, 70));
    dark.setColor(QPalette::Mid, QColor(40, 40, 44));
    dark.setColor(QPalette::Dark, QColor(25, 25, 28));
    dark.setColor(QPalette::Shadow, Qt::black);
    dark.setColor(QPalette::Highlight, QColor(42, 130, 218));
    dark.setColor(QPalette::HighlightedText, Qt::white);
    dark.setColor(QPalette::Link, QColor(100, 170, 255));
    dark.setColor(QPalette::PlaceholderText, QColor(160, 160, 165));
    dark.setColor(QPalette::ToolTipBase, QColor(58, 58, 62));
    dark.setColor(QPalette::ToolTipText, text);
    for (const auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText})
        dark.setColor(QPalette::Disabled, role, faint);
    return dark;
}

// Labels and buttons that show less than their text, one entry each.
inline QStringList clipped(QWidget *root)
{
    QStringList found;
    for (QLabel *label : root->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(root) || label->text().isEmpty() || !label->pixmap().isNull())
            continue;
        // A wrapped label needs its height for its width; a single line its width.
        const bool cut = label->wordWrap()
            ? label->height() + 1 < label->heightForWidth(label->width())
            : label->width() + 1 < label->minimumSizeHint().width();
        if (cut)
            found.append(label->text());
    }
    for (QAbstractButton *button : root->findChildren<QAbstractButton *>()) {
        if (button->isVisibleTo(root) && !button->text().isEmpty()
            && button->width() + 1 < button->minimumSizeHint().width())
            found.append(button->text());
    }
    return found;
}

// Controls a keyboard can reach that a screen reader could not name: no accessible name, and
// no text of their own.
inline QStringList unnamed(QWidget *root)
{
    QStringList found;
    for (QWidget *widget : root->findChildren<QWidget *>()) {
        if (!widget->isVisibleTo(root) || widget->focusPolicy() == Qt::NoFocus
            || !widget->accessibleName().isEmpty() || widget->focusProxy())
            continue;
        // Inner parts of composite controls (a combo box's line edit, a spin box's editor, a
        // scroll area's viewport) are named by their owner.
        if (widget->parentWidget() && !widget->parentWidget()->accessibleName().isEmpty()
            && !widget->parentWidget()->inherits("QScrollArea")
            && widget->parentWidget()->focusPolicy() != Qt::NoFocus)
            continue;
        if (widget->inherits("QScrollBar") || widget->inherits("QHeaderView")
            || widget->objectName() == QLatin1String("qt_scrollarea_viewport"))
            continue;
        const auto *button = qobject_cast<QAbstractButton *>(widget);
        if (button && !button->text().isEmpty())
            continue;
        found.append(
            QStringLiteral("%1 \"%2\"")
                .arg(QString::fromLatin1(widget->metaObject()->className()), widget->objectName()));
    }
    return found;
}

} // namespace rapport::test
