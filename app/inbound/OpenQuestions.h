#pragma once

#include "app/storage/StorageError.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QJsonValue>
#include <QString>

#include <optional>
#include <utility>

namespace rapport {
class Clock;
} // namespace rapport

namespace rapport::app {

class Database;

// An open question taking a reply.
struct QuestionAnswer
{
    qint64 questionId = 0;
    qint64 threadId = 0;
    QString kind; // "reminder", "survey", …: what asked it
    QString code; // the code as the question wrote it ("C"), or the number of a range ("7")
    QString meaning; // what the question said the code means ("confirm"); the number for ranges
};

// Questions a reminder or a survey asked in a thread, and the reply codes that answer them while
// they are open (PRODUCT.md, Inbound routing: "a C confirms only while that customer has an open
// reminder asking for it; 1–10 answers only an open survey"). Stored in open_questions.
class OpenQuestions final
{
public:
    OpenQuestions(Database &database, Clock &clock);

    // `codes`: a JSON object of code → meaning ({"C": "confirm", "R": "reschedule"}), an array
    // of codes (["YES", "NO"]) or a range as a string ("1-10"). `messageId` 0: none.
    Result<qint64, StorageError> ask(qint64 threadId, const QString &kind, const QJsonValue &codes,
        const QString &subject, qint64 messageId, const QDateTime &expiresAt);

    // The newest question of the thread that is neither answered nor expired and takes `text`.
    Result<std::optional<QuestionAnswer>, StorageError> answerFor(
        qint64 threadId, const QString &text) const;
    // Marks the question answered by the message (inside the caller's transaction).
    Result<void, StorageError> recordAnswer(const QuestionAnswer &answer, qint64 messageId);

    // Whether `text` is one of the stored `codes` (see ask()); the code and its meaning.
    // Compared as KeywordMatcher::compact does: "c", "C." and " C " are all "C".
    [[nodiscard]] static std::optional<std::pair<QString, QString>> matchCode(
        const QString &codes, const QString &text);

private:
    Database &m_database;
    Clock &m_clock;
};

} // namespace rapport::app
