#pragma once

#include "app/templates/TemplateError.h"
#include "modem/Result.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace rapport::app {

// A message with merge fields: "Hi {first_name|there}, your {item} is ready." A field is a name
// in braces with an optional fallback after "|", used when the customer has no value. "{{" and
// "}}" stand for literal braces. Parsing checks every name against the fields that exist, so an
// unknown field is an error before anything is sent, not a blank in a customer's text.
class MessageTemplate final
{
public:
    struct Piece
    {
        QString text; // literal text, or the field's name
        QString fallback;
        bool isField = false;
        bool hasFallback = false;
        qsizetype position = 0; // where it starts in the template text
    };

    // `knownFields` are the names that may appear (MergeFields::names()).
    static Result<MessageTemplate, TemplateError> parse(
        const QString &text, const QStringList &knownFields);

    // The text for one recipient. A field without a value (missing or empty) takes its
    // fallback; without a fallback it is a MissingValue error naming the field.
    [[nodiscard]] Result<QString, TemplateError> render(
        const QHash<QString, QString> &values) const;
    // The same, but never failing: a missing value shows as "{name}", for previews.
    [[nodiscard]] QString preview(const QHash<QString, QString> &values) const;

    [[nodiscard]] const QList<Piece> &pieces() const { return m_pieces; }
    // Field names used, in order of first use.
    [[nodiscard]] QStringList fields() const;
    // Fields used without a fallback: every recipient needs a value for these.
    [[nodiscard]] QStringList requiredFields() const;

private:
    QString fill(const QHash<QString, QString> &values, const Piece **missing) const;

    QList<Piece> m_pieces;
};

} // namespace rapport::app
