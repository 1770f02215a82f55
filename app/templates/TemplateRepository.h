#pragma once

#include "app/messaging/MessageTypes.h"
#include "app/templates/TemplateError.h"
#include "modem/Result.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace rapport::app {

class Database;

struct StoredTemplate
{
    qint64 id = 0; // 0 until stored
    QString name;
    QString body;
    MessagePurpose purpose = MessagePurpose::Reply;
    bool isSavedReply = false; // offered in the conversation view's quick replies
    QDateTime createdAt;
    QDateTime updatedAt;
};

// Templates and saved replies. A body is parsed against the merge fields that exist (with the
// shop's custom fields) before it is stored, so a stored template never names an unknown field.
class TemplateRepository final
{
public:
    using Clock = std::function<QDateTime()>;

    TemplateRepository(Database &database, Clock clock = {});

    Result<qint64, TemplateError> add(StoredTemplate stored);
    Result<void, TemplateError> update(const StoredTemplate &stored);
    Result<void, TemplateError> remove(qint64 id);
    Result<StoredTemplate, TemplateError> find(qint64 id) const;
    Result<StoredTemplate, TemplateError> findByName(const QString &name) const;
    // By name; saved replies only when `savedRepliesOnly`.
    Result<QList<StoredTemplate>, TemplateError> list(bool savedRepliesOnly = false) const;
    // The names a template may use here (built-in and the shop's custom fields).
    Result<QStringList, TemplateError> knownFields() const;

private:
    Result<void, TemplateError> validate(const StoredTemplate &stored) const;
    [[nodiscard]] QDateTime now() const;

    Database &m_database;
    Clock m_clock;
};

} // namespace rapport::app
