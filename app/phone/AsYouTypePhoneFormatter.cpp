#include "app/phone/AsYouTypePhoneFormatter.h"

#include <phonenumbers/asyoutypeformatter.h>
#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace rapport::app {

AsYouTypePhoneFormatter::AsYouTypePhoneFormatter(const QString &region)
    : m_formatter(i18n::phonenumbers::PhoneNumberUtil::GetInstance()->GetAsYouTypeFormatter(
        region.toUpper().toStdString()))
{ }

AsYouTypePhoneFormatter::~AsYouTypePhoneFormatter() = default;

QString AsYouTypePhoneFormatter::format(const QString &text)
{
    clear();
    for (const QChar c : text)
        input(c);
    return m_current;
}

QString AsYouTypePhoneFormatter::input(QChar c)
{
    std::string result;
    // InputDigit takes one Unicode code point; a BMP QChar is one. Surrogates are never digits.
    m_formatter->InputDigit(static_cast<int>(c.unicode()), &result);
    m_current = QString::fromStdString(result);
    return m_current;
}

void AsYouTypePhoneFormatter::clear()
{
    m_formatter->Clear();
    m_current.clear();
}

} // namespace rapport::app
