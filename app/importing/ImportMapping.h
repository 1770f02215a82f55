#pragma once

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace rapport::app {

// What one column of an import file means for the customer book.
struct ImportTarget
{
    enum class Kind {
        Ignore,
        FirstName,
        LastName,
        FullName, // "Ana Silva" or "Silva, Ana": split when no first/last columns are mapped
        Phone,
        Email,
        Birthday,
        Anniversary, // customer since
        Language,
        TimeZone,
        Notes,
        Tags, // separated by , or ;
        CustomField, // see customFieldId
        VisitDate, // one visit per row, with VisitAmount and VisitNote when mapped
        VisitAmount,
        VisitNote,
        ConsentService, // yes/no columns: consent is imported only from explicit columns
        ConsentMarketing,
        ConsentFeedback,
    };
    Kind kind = Kind::Ignore;
    qint64 customFieldId = 0;

    friend bool operator==(const ImportTarget &a, const ImportTarget &b)
    {
        return a.kind == b.kind && a.customFieldId == b.customFieldId;
    }

    // The stable word used on the command line (--map COL=FIELD) and in saved mappings:
    // "first_name", "phone", "consent_marketing", "custom:Shoe size" …
    static QString key(Kind kind);
    static std::optional<Kind> kindFromKey(const QString &key);
    static QString displayName(Kind kind); // translated
    static QList<Kind> allKinds();
};

// Column index → target. Built by guessing from the header, then adjusted by the user (the
// import wizard's mapping page, or --map on the command line).
class ImportMapping final
{
public:
    // Guesses each column's meaning from its header in English, German, French, Spanish and
    // the spellings of common tills and address books ("Given Name", "Mobile Phone", "Vorname",
    // "Handy", "Date of birth"). `customFields` maps field names to ids so a column named like
    // a custom field is mapped to it. Each target is used at most once (first column wins),
    // except Tags and Notes.
    static ImportMapping guess(
        const QStringList &columns, const QHash<QString, qint64> &customFields = {});

    void set(int column, ImportTarget target);
    [[nodiscard]] ImportTarget target(int column) const;
    [[nodiscard]] QList<int> columnsFor(ImportTarget::Kind kind) const;
    [[nodiscard]] bool maps(ImportTarget::Kind kind) const { return !columnsFor(kind).isEmpty(); }
    [[nodiscard]] int columnCount() const { return int(m_targets.size()); }

    // Why this mapping cannot be imported (no name and no number column; a target used twice
    // that must be unique), in words; empty when it can.
    [[nodiscard]] QStringList problems() const;

private:
    QList<ImportTarget> m_targets;
};

} // namespace rapport::app
