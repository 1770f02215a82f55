#include "app/importing/ImportMapping.h"

#include <QCoreApplication>

namespace rapport::app {
namespace {

using Kind = ImportTarget::Kind;

struct KindInfo
{
    Kind kind;
    const char *key;
    const char *name;
};

// Keys are the command line's and saved mappings' words; names are shown in the wizard.
constexpr KindInfo kKinds[] = {
    {Kind::Ignore, "ignore", QT_TRANSLATE_NOOP("ImportTarget", "Do not import")},
    {Kind::FirstName, "first_name", QT_TRANSLATE_NOOP("ImportTarget", "First name")},
    {Kind::LastName, "last_name", QT_TRANSLATE_NOOP("ImportTarget", "Last name")},
    {Kind::FullName, "full_name", QT_TRANSLATE_NOOP("ImportTarget", "Full name")},
    {Kind::Phone, "phone", QT_TRANSLATE_NOOP("ImportTarget", "Mobile number")},
    {Kind::Email, "email", QT_TRANSLATE_NOOP("ImportTarget", "Email")},
    {Kind::Birthday, "birthday", QT_TRANSLATE_NOOP("ImportTarget", "Birthday")},
    {Kind::Anniversary, "anniversary", QT_TRANSLATE_NOOP("ImportTarget", "Customer since")},
    {Kind::Language, "language", QT_TRANSLATE_NOOP("ImportTarget", "Language")},
    {Kind::TimeZone, "time_zone", QT_TRANSLATE_NOOP("ImportTarget", "Time zone")},
    {Kind::Notes, "notes", QT_TRANSLATE_NOOP("ImportTarget", "Notes")},
    {Kind::Tags, "tags", QT_TRANSLATE_NOOP("ImportTarget", "Tags")},
    {Kind::CustomField, "custom", QT_TRANSLATE_NOOP("ImportTarget", "Custom field")},
    {Kind::VisitDate, "visit_date", QT_TRANSLATE_NOOP("ImportTarget", "Visit date")},
    {Kind::VisitAmount, "visit_amount", QT_TRANSLATE_NOOP("ImportTarget", "Visit amount")},
    {Kind::VisitNote, "visit_note", QT_TRANSLATE_NOOP("ImportTarget", "Visit note")},
    {Kind::ConsentService, "consent_service",
        QT_TRANSLATE_NOOP("ImportTarget", "Consent: service messages")},
    {Kind::ConsentMarketing, "consent_marketing",
        QT_TRANSLATE_NOOP("ImportTarget", "Consent: marketing")},
    {Kind::ConsentFeedback, "consent_feedback",
        QT_TRANSLATE_NOOP("ImportTarget", "Consent: feedback requests")},
};

// Header spellings, compared after folding case, accents and punctuation away ("E-Mail" →
// "email", "Date of Birth" → "dateofbirth"). Consent is deliberately absent: a column is only
// ever consent when the user maps it so.
const QHash<QString, Kind> &headerWords()
{
    static const QHash<QString, Kind> words = [] {
        QHash<QString, Kind> w;
        const auto add = [&w](Kind kind, std::initializer_list<const char *> spellings) {
            for (const char *spelling : spellings)
                w.insert(QString::fromLatin1(spelling), kind);
        };
        add(Kind::FirstName,
            {"firstname", "first", "givenname", "forename", "vorname", "prenom", "nombre",
                "name1"});
        add(Kind::LastName,
            {"lastname", "last", "surname", "familyname", "nachname", "nom", "apellido",
                "apellidos", "name2"});
        add(Kind::FullName,
            {"name", "fullname", "customer", "customername", "client", "kunde", "displayname",
                "contact"});
        add(Kind::Phone,
            {"phone", "mobile", "mobilephone", "mobilenumber", "cell", "cellphone", "telephone",
                "tel", "phonenumber", "handy", "mobil", "telefon", "portable", "movil", "telefono",
                "number", "phone1value", "mobilenr", "sms", "handynummer", "mobilnummer",
                "mobiltelefon", "telefonnummer", "telephoneportable", "telephonemobile",
                "numerodetelephone", "telefonomovil", "celular"});
        add(Kind::Email,
            {"email", "mail", "emailaddress", "email1value", "courriel", "correo", "emailadresse",
                "adresseemail", "correoelectronico"});
        add(Kind::Birthday,
            {"birthday", "dateofbirth", "dob", "birthdate", "geburtstag", "geburtsdatum",
                "anniversaire", "cumpleanos", "fechanacimiento", "fechadenacimiento",
                "datedenaissance"});
        add(Kind::Anniversary,
            {"anniversary", "customersince", "since", "membersince", "kundeseit", "joined",
                "firstvisit"});
        add(Kind::Language, {"language", "lang", "sprache", "langue", "idioma"});
        add(Kind::TimeZone, {"timezone", "tz", "zeitzone"});
        add(Kind::Notes,
            {"notes", "note", "comment", "comments", "remarks", "notiz", "notizen", "bemerkung",
                "remarques", "notas"});
        add(Kind::Tags, {"tags", "tag", "labels", "groups", "categories", "groupmembership"});
        add(Kind::VisitDate,
            {"visitdate", "lastvisit", "date", "datum", "purchasedate", "transactiondate"});
        add(Kind::VisitAmount,
            {"amount", "total", "spend", "betrag", "montant", "importe", "purchaseamount"});
        add(Kind::VisitNote, {"visitnote", "service", "item", "items", "product"});
        return w;
    }();
    return words;
}

QString folded(const QString &header)
{
    // NFKD splits "é" into "e" and a combining accent, which is not a letter and is dropped.
    QString plain;
    for (const QChar c : header.normalized(QString::NormalizationForm_KD)) {
        if (c.isLetterOrNumber())
            plain.append(c.toLower());
    }
    return plain;
}

bool repeatable(Kind kind)
{
    return kind == Kind::Tags || kind == Kind::Notes || kind == Kind::Ignore
        || kind == Kind::CustomField;
}

} // namespace

QString ImportTarget::key(Kind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QString::fromLatin1(info.key);
    }
    return QStringLiteral("ignore");
}

std::optional<ImportTarget::Kind> ImportTarget::kindFromKey(const QString &key)
{
    for (const KindInfo &info : kKinds) {
        if (key == QLatin1String(info.key))
            return info.kind;
    }
    return std::nullopt;
}

QString ImportTarget::displayName(Kind kind)
{
    for (const KindInfo &info : kKinds) {
        if (info.kind == kind)
            return QCoreApplication::translate("ImportTarget", info.name);
    }
    return {};
}

QList<ImportTarget::Kind> ImportTarget::allKinds()
{
    QList<Kind> kinds;
    for (const KindInfo &info : kKinds)
        kinds.append(info.kind);
    return kinds;
}

ImportMapping ImportMapping::guess(
    const QStringList &columns, const QHash<QString, qint64> &customFields)
{
    QHash<QString, qint64> customByFold;
    for (auto it = customFields.cbegin(); it != customFields.cend(); ++it)
        customByFold.insert(folded(it.key()), it.value());
    ImportMapping mapping;
    QList<Kind> used;
    for (const QString &column : columns) {
        const QString word = folded(column);
        ImportTarget target;
        if (customByFold.contains(word)) {
            target = {Kind::CustomField, customByFold.value(word)};
        } else if (const auto it = headerWords().constFind(word); it != headerWords().cend()) {
            if (repeatable(*it) || !used.contains(*it))
                target.kind = *it;
        }
        used.append(target.kind);
        mapping.m_targets.append(target);
    }
    // A lone "Name" column is a full name. Next to only a last-name column it is the first name
    // (English tills export "Name" + "Surname"); next to only a first-name column it is the
    // family name (German lists say "Name" + "Vorname"), which would otherwise be dropped
    // because a row's own first name wins over its full name.
    if (mapping.maps(Kind::FullName)
        && mapping.maps(Kind::LastName) != mapping.maps(Kind::FirstName)) {
        const Kind missing = mapping.maps(Kind::LastName) ? Kind::FirstName : Kind::LastName;
        for (ImportTarget &target : mapping.m_targets) {
            if (target.kind == Kind::FullName)
                target.kind = missing;
        }
    }
    return mapping;
}

void ImportMapping::set(int column, ImportTarget target)
{
    if (column < 0)
        return;
    while (m_targets.size() <= column)
        m_targets.append(ImportTarget {});
    m_targets[column] = target;
}

ImportTarget ImportMapping::target(int column) const
{
    return column >= 0 && column < m_targets.size() ? m_targets.at(column) : ImportTarget {};
}

QList<int> ImportMapping::columnsFor(ImportTarget::Kind kind) const
{
    QList<int> columns;
    for (int i = 0; i < m_targets.size(); ++i) {
        if (m_targets.at(i).kind == kind)
            columns.append(i);
    }
    return columns;
}

QStringList ImportMapping::problems() const
{
    QStringList found;
    if (!maps(Kind::FirstName) && !maps(Kind::LastName) && !maps(Kind::FullName)
        && !maps(Kind::Phone))
        found << QCoreApplication::translate("ImportMapping",
            "No column is mapped to a name or a mobile number, so there is nothing to find the "
            "customers by. Map at least one of them.");
    for (const Kind kind : ImportTarget::allKinds()) {
        if (!repeatable(kind) && columnsFor(kind).size() > 1)
            found << QCoreApplication::translate("ImportMapping",
                "“%1” is chosen for more than one column. Choose it for one column only.")
                         .arg(ImportTarget::displayName(kind));
    }
    if ((maps(Kind::VisitAmount) || maps(Kind::VisitNote)) && !maps(Kind::VisitDate))
        found << QCoreApplication::translate("ImportMapping",
            "A visit amount or note is mapped without a visit date. Map the column with the "
            "date of the visit too, or do not import visits.");
    return found;
}

} // namespace rapport::app
