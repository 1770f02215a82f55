#include "ui/customers/PhoneNumberField.h"

namespace rapport::ui {
namespace {

bool isDialable(QChar c)
{
    return c.isDigit() || c == u'+';
}

// Separators people type or paste between digits; the formatter puts its own.
bool isSeparator(QChar c)
{
    return c.isSpace() || c == u'-' || c == u'(' || c == u')' || c == u'.' || c == u'/';
}

} // namespace

PhoneNumberField::PhoneNumberField(const QString &region, QWidget *parent)
    : QLineEdit(parent)
    , m_region(region)
    , m_formatter(region)
{
    setInputMethodHints(Qt::ImhDialableCharactersOnly);
    setClearButtonEnabled(true);
    connect(this, &QLineEdit::textEdited, this, &PhoneNumberField::reformat);
}

void PhoneNumberField::setNumber(const QString &e164)
{
    setText(e164.isEmpty() ? QString() : app::PhoneNumbers::formatNational(e164));
}

app::PhoneNumbers::Parsed PhoneNumberField::parsed() const
{
    return app::PhoneNumbers::parse(text(), m_region);
}

void PhoneNumberField::reformat(const QString &typed)
{
    QString dialable;
    for (const QChar c : typed) {
        if (c.isDigit() || (c == u'+' && dialable.isEmpty()))
            dialable += c;
        else if (!isSeparator(c))
            return; // letters or a second '+': leave the text alone, validation says why
    }
    int dialableBeforeCursor = 0;
    for (const QChar c : typed.left(cursorPosition()))
        dialableBeforeCursor += isDialable(c) ? 1 : 0;
    const QString formatted = m_formatter.format(dialable);
    if (formatted == typed)
        return;
    setText(formatted);
    int position = 0;
    for (int seen = 0; position < formatted.size() && seen < dialableBeforeCursor; ++position)
        seen += isDialable(formatted.at(position)) ? 1 : 0;
    setCursorPosition(position);
}

} // namespace rapport::ui
