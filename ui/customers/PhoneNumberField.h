#pragma once

#include "app/phone/AsYouTypePhoneFormatter.h"
#include "app/phone/PhoneNumbers.h"

#include <QLineEdit>

namespace rapport::ui {

// A line edit for a mobile number that formats it while it is typed ("07400123456" shows as
// "07400 123456"), with libphonenumber's as-you-type formatter for the business's region. The
// cursor keeps its place among the digits. Text with letters is left as typed (and reported
// invalid by parsed()).
class PhoneNumberField final : public QLineEdit
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PhoneNumberField)
public:
    explicit PhoneNumberField(const QString &region, QWidget *parent = nullptr);

    // Shows a stored number in the national format (empty for none).
    void setNumber(const QString &e164);
    [[nodiscard]] app::PhoneNumbers::Parsed parsed() const;
    [[nodiscard]] QString region() const { return m_region; }

private:
    void reformat(const QString &typed);

    QString m_region;
    app::AsYouTypePhoneFormatter m_formatter;
};

} // namespace rapport::ui
