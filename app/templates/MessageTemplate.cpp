#include "app/templates/MessageTemplate.h"

#include "app/common/EditDistance.h"

#include <algorithm>

namespace rapport::app {
namespace {

QString closestField(const QString &name, const QStringList &known)
{
    QString best;
    int bestDistance = std::max<int>(2, int(name.size()) / 3) + 1;
    for (const QString &candidate : known) {
        const int distance = editDistance(name.toLower(), candidate);
        if (distance < bestDistance) {
            bestDistance = distance;
            best = candidate;
        }
    }
    return best;
}

TemplateError errorAt(TemplateError::Code code, qsizetype position, const QString &field = {})
{
    TemplateError error;
    error.code = code;
    error.position = position;
    error.field = field;
    return error;
}

} // namespace

Result<MessageTemplate, TemplateError> MessageTemplate::parse(
    const QString &text, const QStringList &knownFields)
{
    if (text.trimmed().isEmpty())
        return fail(errorAt(TemplateError::Code::EmptyBody, -1));
    MessageTemplate result;
    QString literal;
    qsizetype literalStart = 0;
    const auto flushLiteral = [&]() {
        if (!literal.isEmpty())
            result.m_pieces.append(Piece {literal, {}, false, false, literalStart});
        literal.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const bool doubled = i + 1 < text.size() && text.at(i + 1) == c;
        if (c == u'}') {
            if (!doubled)
                return fail(errorAt(TemplateError::Code::StrayClosingBrace, i));
            if (literal.isEmpty())
                literalStart = i;
            literal.append(c);
            ++i;
            continue;
        }
        if (c != u'{') {
            if (literal.isEmpty())
                literalStart = i;
            literal.append(c);
            continue;
        }
        if (doubled) {
            if (literal.isEmpty())
                literalStart = i;
            literal.append(c);
            ++i;
            continue;
        }
        const qsizetype close = text.indexOf(u'}', i + 1);
        const qsizetype nested = text.indexOf(u'{', i + 1);
        if (close < 0)
            return fail(errorAt(TemplateError::Code::UnclosedField, i));
        if (nested >= 0 && nested < close)
            return fail(errorAt(TemplateError::Code::NestedField, nested));
        const QString inside = text.mid(i + 1, close - i - 1);
        const qsizetype bar = inside.indexOf(u'|');
        const QString name = (bar < 0 ? inside : inside.left(bar)).trimmed();
        if (name.isEmpty())
            return fail(errorAt(TemplateError::Code::EmptyField, i));
        if (!knownFields.contains(name)) {
            TemplateError error = errorAt(TemplateError::Code::UnknownField, i, name);
            error.suggestion = closestField(name, knownFields);
            return fail(std::move(error));
        }
        flushLiteral();
        result.m_pieces.append(
            Piece {name, bar < 0 ? QString() : inside.mid(bar + 1), true, bar >= 0, i});
        i = close;
    }
    flushLiteral();
    return result;
}

Result<QString, TemplateError> MessageTemplate::render(const QHash<QString, QString> &values) const
{
    const Piece *missing = nullptr;
    const QString text = fill(values, &missing);
    if (missing)
        return fail(errorAt(TemplateError::Code::MissingValue, missing->position, missing->text));
    return text;
}

QString MessageTemplate::preview(const QHash<QString, QString> &values) const
{
    return fill(values, nullptr);
}

// The text with every field filled. A field without a value or fallback shows as "{name}"; the
// first such one is reported through `missing` when asked.
QString MessageTemplate::fill(const QHash<QString, QString> &values, const Piece **missing) const
{
    QString out;
    for (const Piece &piece : m_pieces) {
        if (!piece.isField) {
            out += piece.text;
            continue;
        }
        const QString value = values.value(piece.text).trimmed();
        if (!value.isEmpty()) {
            out += value;
        } else if (piece.hasFallback) {
            out += piece.fallback;
        } else {
            out += QLatin1Char('{') + piece.text + QLatin1Char('}');
            if (missing && !*missing)
                *missing = &piece;
        }
    }
    return out;
}

QStringList MessageTemplate::fields() const
{
    QStringList names;
    for (const Piece &piece : m_pieces) {
        if (piece.isField && !names.contains(piece.text))
            names.append(piece.text);
    }
    return names;
}

QStringList MessageTemplate::requiredFields() const
{
    QStringList names;
    for (const Piece &piece : m_pieces) {
        if (piece.isField && !piece.hasFallback && !names.contains(piece.text))
            names.append(piece.text);
    }
    return names;
}

} // namespace rapport::app
