#pragma once

#include <QString>
#include <QStringList>

namespace rapport::app {

// A field the business adds to every customer ("Dog's name", "Shoe size", "Preferred stylist").
struct CustomField
{
    enum class Type { Text, Number, Date, Choice };

    qint64 id = 0;
    QString name;
    Type type = Type::Text;
    QStringList choices; // for Type::Choice only

    // The stored spelling of a type, matching the CHECK constraint of custom_fields.type.
    static QString typeName(Type type)
    {
        switch (type) {
        case Type::Text:
            break;
        case Type::Number:
            return QStringLiteral("number");
        case Type::Date:
            return QStringLiteral("date");
        case Type::Choice:
            return QStringLiteral("choice");
        }
        return QStringLiteral("text");
    }
    static Type typeFromName(const QString &name)
    {
        if (name == QLatin1String("number"))
            return Type::Number;
        if (name == QLatin1String("date"))
            return Type::Date;
        if (name == QLatin1String("choice"))
            return Type::Choice;
        return Type::Text;
    }
};

} // namespace rapport::app
