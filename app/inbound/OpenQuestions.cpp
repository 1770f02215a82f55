#include "app/inbound/OpenQuestions.h"

#include "app/inbound/KeywordMatcher.h"
#include "app/storage/Database.h"
#include "app/storage/SqlStatement.h"
#include "modem/Clock.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace rapport::app {
namespace {

StorageError queryFailed(const QSqlQuery &query)
{
    return StorageError {StorageError::Code::QueryFailed, query.lastError().text()};
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

std::optional<std::pair<QString, QString>> matchRange(const QString &range, const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d{1,6})\\s*-\\s*(\\d{1,6})\\s*$"));
    const QRegularExpressionMatch bounds = pattern.match(range);
    const QString answer = KeywordMatcher::compact(text);
    bool number = false;
    const int value = answer.toInt(&number);
    if (!bounds.hasMatch() || !number || answer.size() > 6)
        return std::nullopt;
    if (value < bounds.captured(1).toInt() || value > bounds.captured(2).toInt())
        return std::nullopt;
    return std::pair {QString::number(value), QString::number(value)};
}

// The codes column: compact JSON, a range as a JSON string ("\"1-10\"").
QString storedCodes(const QJsonValue &codes)
{
    if (codes.isObject())
        return QString::fromUtf8(QJsonDocument(codes.toObject()).toJson(QJsonDocument::Compact));
    if (codes.isArray())
        return QString::fromUtf8(QJsonDocument(codes.toArray()).toJson(QJsonDocument::Compact));
    // A document cannot be a bare string: write it as the one element of an array, unwrapped.
    const QString array
        = QString::fromUtf8(QJsonDocument(QJsonArray {codes}).toJson(QJsonDocument::Compact));
    return array.mid(1, array.size() - 2);
}

} // namespace

OpenQuestions::OpenQuestions(Database &database, Clock &clock)
    : m_database(database)
    , m_clock(clock)
{ }

std::optional<std::pair<QString, QString>> OpenQuestions::matchCode(
    const QString &codes, const QString &text)
{
    const QString answer = KeywordMatcher::compact(text);
    if (answer.isEmpty())
        return std::nullopt;
    // Stored as JSON; a bare range ("1-10") written by hand is read as a range too.
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray("[" + codes.toUtf8() + "]"));
    const QJsonValue value
        = document.isArray() ? document.array().at(0) : QJsonValue(codes.trimmed());
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            if (KeywordMatcher::compact(it.key()) == answer)
                return std::pair {it.key(), it.value().toString()};
        }
        return std::nullopt;
    }
    if (value.isArray()) {
        for (const QJsonValue &code : value.toArray()) {
            if (KeywordMatcher::compact(code.toString()) == answer)
                return std::pair {code.toString(), code.toString()};
        }
        return std::nullopt;
    }
    return matchRange(value.toString(), text);
}

Result<qint64, StorageError> OpenQuestions::ask(qint64 threadId, const QString &kind,
    const QJsonValue &codes, const QString &subject, qint64 messageId, const QDateTime &expiresAt)
{
    const QString stored = storedCodes(codes);
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral(
                "INSERT INTO open_questions (thread_id, kind, codes, subject, message_id,"
                " asked_at, expires_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
            {threadId, kind, stored,
                subject.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(subject),
                messageId ? QVariant(messageId) : QVariant(QMetaType::fromType<qint64>()),
                isoUtc(m_clock.now()), isoUtc(expiresAt)}))
        return fail(queryFailed(query));
    return query.lastInsertId().toLongLong();
}

Result<std::optional<QuestionAnswer>, StorageError> OpenQuestions::answerFor(
    qint64 threadId, const QString &text) const
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("SELECT id, kind, codes FROM open_questions WHERE thread_id = ?"
                           " AND answered_at IS NULL AND expires_at > ? ORDER BY id DESC"),
            {threadId, isoUtc(m_clock.now())}))
        return fail(queryFailed(query));
    while (query.next()) {
        if (const auto code = matchCode(query.value(2).toString(), text)) {
            return std::optional<QuestionAnswer>(QuestionAnswer {query.value(0).toLongLong(),
                threadId, query.value(1).toString(), code->first, code->second});
        }
    }
    return std::optional<QuestionAnswer>();
}

Result<void, StorageError> OpenQuestions::recordAnswer(
    const QuestionAnswer &answer, qint64 messageId)
{
    QSqlQuery query(m_database.connection());
    if (!sql::run(query,
            QStringLiteral("UPDATE open_questions SET answered_at = ?, answer = ?,"
                           " answer_message_id = ? WHERE id = ? AND answered_at IS NULL"),
            {isoUtc(m_clock.now()), answer.code, messageId, answer.questionId}))
        return fail(queryFailed(query));
    return {};
}

} // namespace rapport::app
