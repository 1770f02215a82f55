#pragma once

#include <QString>

#include <memory>

namespace i18n::phonenumbers {
class AsYouTypeFormatter;
}

namespace rapport::app {

// Formats a number while it is typed ("07700900" shows as "07700 900"), for the number field
// of the customer form. The header keeps libphonenumber out of the UI's includes.
class AsYouTypePhoneFormatter final
{
public:
    explicit AsYouTypePhoneFormatter(const QString &region);
    ~AsYouTypePhoneFormatter();
    AsYouTypePhoneFormatter(const AsYouTypePhoneFormatter &) = delete;
    AsYouTypePhoneFormatter &operator=(const AsYouTypePhoneFormatter &) = delete;

    // Starts over and formats the whole text; what the field shows after each edit.
    QString format(const QString &text);
    // Adds one character to what was typed so far and returns the formatted text.
    QString input(QChar c);
    void clear();

private:
    std::unique_ptr<i18n::phonenumbers::AsYouTypeFormatter> m_formatter;
    QString m_current;
};

} // namespace rapport::app
