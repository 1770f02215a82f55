#include "app/importing/ImportRowBuilder.h"

#include "app/customers/CustomerValidator.h"
#include "app/importing/FormulaGuard.h"
#include "app/importing/ImportValues.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>
#include <QTimeZone>

namespace rapport::app {
namespace {

using Kind = ImportTarget::Kind;

// The translation context, declared so that lupdate files these sentences under the context
// they are looked up in at run time.
class Text
{
    Q_DECLARE_TR_FUNCTIONS(ImportRowBuilder)
};

// Long values are shortened in messages; the errors file keeps the whole cell.
QString quoted(const QString &value)
{
    const QString shown = value.size() > 40 ? QString(value.left(39) + u'…') : value;
    return QString(u'“' + shown + u'”');
}

// The number to text in a phone cell as address books and people write it. Google Contacts
// joins several numbers with " ::: " (the first is the one its user listed first); RFC 3966
// URIs ("tel:+44…;ext=1") carry a scheme and parameters; and an extension ("… ext. 12") is
// for a switchboard, never part of a number a text can reach. PhoneNumbers refuses all of
// these because of their letters.
QString numberIn(const QString &cell)
{
    QString number = cell.section(QStringLiteral(":::"), 0, 0).trimmed();
    if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive))
        number = number.mid(4).section(u';', 0, 0);
    static const QRegularExpression extension(
        QStringLiteral("\\s*[,;]?\\s*(?:ext\\.?|extension|x|#)\\s*\\d{1,6}$"),
        QRegularExpression::CaseInsensitiveOption);
    number = number.remove(extension).trimmed();
    // A cell that was nothing but these ("ext. 12", "tel:") stays as written, so the row is
    // reported with an invalid number instead of being imported without one.
    return number.isEmpty() ? cell.trimmed() : number;
}

// Tags from a labels cell: "VIP, regular", or Google's "* myContacts ::: VIP", where "* " marks
// the address book's own groups and myContacts holds every contact, so it tells nothing.
QStringList tagsIn(const QString &cell)
{
    static const QRegularExpression separators(QStringLiteral("[,;|]|:::"));
    QStringList tags;
    for (const QString &part : cell.split(separators, Qt::SkipEmptyParts)) {
        QString tag = part.trimmed();
        if (tag.startsWith(QLatin1String("* ")))
            tag = tag.mid(2).trimmed();
        if (!tag.isEmpty() && tag.compare(QLatin1String("myContacts"), Qt::CaseInsensitive) != 0)
            tags.append(tag);
    }
    return tags;
}

} // namespace

ImportRowBuilder::ImportRowBuilder(const ImportMapping &mapping, QStringList columns,
    QString region, const QList<CustomField> &fields)
    : m_mapping(mapping)
    , m_columns(std::move(columns))
    , m_region(std::move(region))
{
    for (const CustomField &field : fields)
        m_fields.insert(field.id, field);
}

QStringList ImportRowBuilder::cells(const ImportRow &row, ImportTarget::Kind kind) const
{
    QStringList found;
    for (const int column : m_mapping.columnsFor(kind)) {
        const QString value = FormulaGuard::unprotect(row.cell(column)).trimmed();
        if (!value.isEmpty())
            found.append(value);
    }
    return found;
}

QString ImportRowBuilder::cell(const ImportRow &row, ImportTarget::Kind kind) const
{
    const QStringList found = cells(row, kind);
    return found.isEmpty() ? QString() : found.first();
}

BuiltImportRow ImportRowBuilder::build(const ImportRow &row) const
{
    BuiltImportRow built;
    readNames(row, built);
    built.customer.phoneE164 = typedNumber(row);
    readDates(row, built);
    readProfile(row, built);
    readCustomFields(row, built);
    readVisit(row, built);
    readConsent(row, built);
    return built;
}

QString ImportRowBuilder::typedNumber(const ImportRow &row) const
{
    return numberIn(cell(row, Kind::Phone));
}

void ImportRowBuilder::readNames(const ImportRow &row, BuiltImportRow &built) const
{
    Customer &c = built.customer;
    c.firstName = cell(row, Kind::FirstName).simplified();
    c.lastName = cell(row, Kind::LastName).simplified();
    const QString full = cell(row, Kind::FullName).simplified();
    if (full.isEmpty() || !c.firstName.isEmpty() || !c.lastName.isEmpty())
        return;
    // "Silva, Ana" is family name first; otherwise the last word is the family name. Either
    // can be corrected afterwards, and nothing of the name is lost.
    if (const qsizetype comma = full.indexOf(u','); comma > 0) {
        c.lastName = full.left(comma).trimmed();
        c.firstName = full.mid(comma + 1).trimmed();
    } else if (const qsizetype space = full.lastIndexOf(u' '); space > 0) {
        c.firstName = full.left(space);
        c.lastName = full.mid(space + 1);
    } else {
        c.firstName = full;
    }
}

void ImportRowBuilder::readDates(const ImportRow &row, BuiltImportRow &built) const
{
    Customer &c = built.customer;
    if (const QString text = cell(row, Kind::Birthday); !text.isEmpty()) {
        const auto date = ImportValues::parseDate(text, m_region);
        if (date && CustomerValidator::isValidBirthday(date->day, date->month, date->year)) {
            c.birthdayDay = date->day;
            c.birthdayMonth = date->month;
            c.birthdayYear = date->year;
        } else {
            built.warnings
                << Text::tr("The birthday %1 is not a date, so it was left out.").arg(quoted(text));
        }
    }
    if (const QString text = cell(row, Kind::Anniversary); !text.isEmpty()) {
        const auto date = ImportValues::parseDate(text, m_region);
        if (date && date->year)
            c.anniversary = date->toDate();
        else
            built.warnings << Text::tr(
                "The customer-since date %1 is not a full date, so it was left "
                "out.")
                                  .arg(quoted(text));
    }
}

void ImportRowBuilder::readProfile(const ImportRow &row, BuiltImportRow &built) const
{
    Customer &c = built.customer;
    if (const QString email = cell(row, Kind::Email); !email.isEmpty()) {
        if (CustomerValidator::isPlausibleEmail(email))
            c.email = email;
        else
            built.warnings << Text::tr("The email address %1 is not complete, so it was left out.")
                                  .arg(quoted(email));
    }
    if (const QString language = cell(row, Kind::Language); !language.isEmpty()) {
        static const QRegularExpression tag(
            QStringLiteral("^[A-Za-z]{2,3}([-_][A-Za-z0-9]{2,8})*$"));
        const QLocale locale(language);
        if (tag.match(language).hasMatch() && locale.language() != QLocale::C)
            c.language = locale.bcp47Name();
        else
            built.warnings << Text::tr(
                "The language %1 is not a language code such as en or de-AT, so "
                "it was left out.")
                                  .arg(quoted(language));
    }
    if (const QString zone = cell(row, Kind::TimeZone); !zone.isEmpty()) {
        if (QTimeZone::isTimeZoneIdAvailable(zone.toUtf8()))
            c.timeZone = zone;
        else
            built.warnings << Text::tr("The time zone %1 is not known (use names such as "
                                       "Europe/London), so it was left out.")
                                  .arg(quoted(zone));
    }
    c.notes = cells(row, Kind::Notes).join(u'\n');
    for (const QString &text : cells(row, Kind::Tags)) {
        for (const QString &tag : tagsIn(text)) {
            if (!c.tags.contains(tag))
                c.tags.append(tag);
        }
    }
}

void ImportRowBuilder::readCustomFields(const ImportRow &row, BuiltImportRow &built) const
{
    for (const int column : m_mapping.columnsFor(Kind::CustomField)) {
        const QString value = FormulaGuard::unprotect(row.cell(column)).trimmed();
        const qint64 id = m_mapping.target(column).customFieldId;
        if (value.isEmpty() || !m_fields.contains(id))
            continue;
        const CustomField &field = m_fields[id];
        if (CustomerValidator::checkValue(field, value))
            built.warnings << Text::tr(
                "The value %1 does not fit the field “%2”, so it was left out.")
                                  .arg(quoted(value), field.name);
        else
            built.customer.fieldValues.insert(id, value);
    }
}

void ImportRowBuilder::readVisit(const ImportRow &row, BuiltImportRow &built) const
{
    const QString dateText = cell(row, Kind::VisitDate);
    if (dateText.isEmpty())
        return;
    const auto date = ImportValues::parseDate(dateText, m_region);
    if (!date || !date->year) {
        built.warnings << Text::tr(
            "The visit date %1 is not a full date, so the visit was left out.")
                              .arg(quoted(dateText));
        return;
    }
    Visit visit;
    visit.visitedOn = date->toDate();
    visit.note = cell(row, Kind::VisitNote);
    if (const QString amount = cell(row, Kind::VisitAmount); !amount.isEmpty()) {
        if (const auto cents = ImportValues::parseAmountCents(amount))
            visit.amountCents = *cents;
        else
            built.warnings << Text::tr(
                "The amount %1 is not a sum of money, so the visit was recorded "
                "without it.")
                                  .arg(quoted(amount));
    }
    built.visit = visit;
}

void ImportRowBuilder::readConsent(const ImportRow &row, BuiltImportRow &built) const
{
    const QList<QPair<Kind, ConsentPurpose>> columns {
        {Kind::ConsentService, ConsentPurpose::Service},
        {Kind::ConsentMarketing, ConsentPurpose::Marketing},
        {Kind::ConsentFeedback, ConsentPurpose::Feedback}};
    for (const auto &[kind, purpose] : columns) {
        const QString text = cell(row, kind);
        if (text.isEmpty())
            continue;
        if (const auto answer = ImportValues::parseYesNo(text))
            built.consent.append({purpose, *answer ? ConsentAction::OptIn : ConsentAction::OptOut});
        else
            built.warnings << Text::tr("The consent answer %1 is not yes or no, so no consent was "
                                       "recorded for %2.")
                                  .arg(quoted(text), consentPurposeName(purpose));
    }
}

} // namespace rapport::app
