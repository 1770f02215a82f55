// Guessing what each column of an import file means from its heading, in the languages and the
// spellings of the programs customers export from, and saying why a mapping cannot be imported.
// Consent is never guessed: a column only counts as consent when the user maps it so.
#include "RapportTest.h"
#include "app/importing/ImportMapping.h"

#include <QSet>

using namespace rapport::app;
using Kind = ImportTarget::Kind;

namespace {

// Each column's target as its key, custom fields with their id: "first_name", "custom:7".
QStringList keysOf(const ImportMapping &mapping)
{
    QStringList keys;
    for (int column = 0; column < mapping.columnCount(); ++column) {
        const ImportTarget target = mapping.target(column);
        keys << (target.kind == Kind::CustomField
                ? QStringLiteral("custom:%1").arg(target.customFieldId)
                : ImportTarget::key(target.kind));
    }
    return keys;
}

QStringList split(const char *text, char separator = ',')
{
    return QString::fromUtf8(text).split(QLatin1Char(separator));
}

bool isConsent(Kind kind)
{
    return kind == Kind::ConsentService || kind == Kind::ConsentMarketing
        || kind == Kind::ConsentFeedback;
}

} // namespace

class TestImportMapping final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void guess_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("expected");
        const auto row = [](const char *name, const char *headers, const char *expected,
                             char separator = ',') {
            QTest::newRow(name) << split(headers, separator) << split(expected);
        };
        row("English",
            "First name,Last name,Mobile,Email,Date of birth,Customer since,Language,Time zone,"
            "Notes,Tags",
            "first_name,last_name,phone,email,birthday,anniversary,language,time_zone,notes,tags");
        row("German", "Vorname;Nachname;Handynummer;E-Mail-Adresse;Geburtsdatum;Sprache;Notizen",
            "first_name,last_name,phone,email,birthday,language,notes", ';');
        row("French", "Prénom,Nom,Téléphone portable,Courriel,Date de naissance,Remarques",
            "first_name,last_name,phone,email,birthday,notes");
        row("Spanish", "Nombre,Apellidos,Teléfono móvil,Correo electrónico,Fecha de nacimiento",
            "first_name,last_name,phone,email,birthday");
        row("Google Contacts",
            "First Name,Middle Name,Last Name,Nickname,File As,Organization Name,Birthday,Notes,"
            "Photo,Labels,E-mail 1 - Label,E-mail 1 - Value,Phone 1 - Label,Phone 1 - Value,"
            "Phone 2 - Label,Phone 2 - Value",
            "first_name,ignore,last_name,ignore,ignore,ignore,birthday,notes,ignore,tags,ignore,"
            "email,ignore,phone,ignore,ignore");
        row("Outlook",
            "Title,First Name,Middle Name,Last Name,Suffix,Company,Business Phone,Home Phone,"
            "Mobile Phone,E-mail Address,E-mail Display Name,Birthday,Anniversary,Notes,"
            "Categories",
            "ignore,first_name,ignore,last_name,ignore,ignore,ignore,ignore,phone,email,ignore,"
            "birthday,anniversary,notes,tags");
        row("till with visits", "Customer,Tel,Date,Total,Item",
            "full_name,phone,visit_date,visit_amount,visit_note");
        row("lone name is the full name", "Name,Phone", "full_name,phone");
        row("name next to first and last", "Name,Given Name,Family Name",
            "full_name,first_name,last_name");
        row("name and surname", "Name,Surname,Mobile", "first_name,last_name,phone");
        row("German name and first name", "Name;Vorname;Telefon", "last_name,first_name,phone",
            ';');
        row("first column of a kind wins", "Mobile,Phone,Email,E-mail,Vorname,First name",
            "phone,ignore,email,ignore,first_name,ignore");
        row("notes and tags repeat", "Name,Notes,Comments,Tags,Groups",
            "full_name,notes,notes,tags,tags");
        row("unknown headings", "Kundennr,Umsatz,Line,Problem", "ignore,ignore,ignore,ignore");
    }
    void guess()
    {
        QFETCH(QStringList, headers);
        QFETCH(QStringList, expected);
        QCOMPARE(keysOf(ImportMapping::guess(headers)), expected);
    }

    void customFieldByName_data()
    {
        QTest::addColumn<QStringList>("headers");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("exact") << split("Name,Mobile,Shoe size")
                               << split("full_name,phone,custom:7");
        QTest::newRow("case and punctuation") << split("Name,Mobile,SHOE-SIZE,Dogs name")
                                              << split("full_name,phone,custom:7,custom:9");
        // A field the business made is what its name means to them, even "Notes".
        QTest::newRow("before the built-in words")
            << split("Name,Notes") << split("full_name,custom:11");
    }
    void customFieldByName()
    {
        QFETCH(QStringList, headers);
        QFETCH(QStringList, expected);
        const QHash<QString, qint64> fields {{QStringLiteral("Shoe size"), 7},
            {QStringLiteral("Dog's name"), 9}, {QStringLiteral("Notes"), 11}};
        QCOMPARE(keysOf(ImportMapping::guess(headers, fields)), expected);
    }

    void consentIsNeverGuessed()
    {
        QStringList headers = split("Consent,Marketing,Marketing consent,Opt in,SMS opt-in,"
                                    "Accepts Marketing,Newsletter,Einwilligung,Werbung,"
                                    "Consentement,Consentimiento,Feedback,Reminders,Permission");
        // Not even the words Rapport itself uses for consent, in any spelling.
        for (const Kind kind : ImportTarget::allKinds()) {
            if (isConsent(kind))
                headers << ImportTarget::key(kind) << ImportTarget::displayName(kind);
        }
        const ImportMapping mapping = ImportMapping::guess(headers);
        QCOMPARE(mapping.columnCount(), headers.size());
        for (int column = 0; column < mapping.columnCount(); ++column)
            QVERIFY2(!isConsent(mapping.target(column).kind), qPrintable(headers.at(column)));
    }

    void problems_data()
    {
        QTest::addColumn<QList<int>>("kinds"); // column i is mapped to Kind(kinds[i])
        QTest::addColumn<int>("count");
        QTest::addColumn<QString>("mentions");
        const auto row = [](const char *name, std::initializer_list<Kind> kinds, int count,
                             const QString &mentions = {}) {
            QList<int> ints;
            for (const Kind kind : kinds)
                ints << int(kind);
            QTest::newRow(name) << ints << count << mentions;
        };
        row("nothing mapped", {}, 1, QStringLiteral("name or a mobile number"));
        row("only ignored columns", {Kind::Ignore, Kind::Ignore}, 1);
        row("only an email", {Kind::Email}, 1, QStringLiteral("name or a mobile number"));
        row("a number alone", {Kind::Phone}, 0);
        row("a full name alone", {Kind::FullName}, 0);
        row("a last name alone", {Kind::LastName}, 0);
        row("number twice", {Kind::FirstName, Kind::Phone, Kind::Phone}, 1,
            ImportTarget::displayName(Kind::Phone));
        row("consent twice", {Kind::Phone, Kind::ConsentMarketing, Kind::ConsentMarketing}, 1,
            ImportTarget::displayName(Kind::ConsentMarketing));
        row("notes, tags and custom fields repeat",
            {Kind::Phone, Kind::Notes, Kind::Notes, Kind::Tags, Kind::Tags, Kind::CustomField,
                Kind::CustomField},
            0);
        row("visit amount without its date", {Kind::Phone, Kind::VisitAmount}, 1,
            ImportTarget::displayName(Kind::VisitDate).toLower());
        row("visit note without its date", {Kind::Phone, Kind::VisitNote}, 1);
        row("a whole visit", {Kind::Phone, Kind::VisitDate, Kind::VisitAmount, Kind::VisitNote}, 0);
        row("email twice and no name", {Kind::Email, Kind::Email}, 2);
    }
    void problems()
    {
        QFETCH(QList<int>, kinds);
        QFETCH(int, count);
        QFETCH(QString, mentions);
        ImportMapping mapping;
        for (int column = 0; column < kinds.size(); ++column)
            mapping.set(column, ImportTarget {Kind(kinds.at(column)), column});
        const QStringList found = mapping.problems();
        QCOMPARE(found.size(), count);
        for (const QString &problem : found)
            QVERIFY(problem.endsWith(u'.'));
        if (!mentions.isEmpty())
            QVERIFY2(found.join(u' ').contains(mentions), qPrintable(found.join(u'\n')));
    }

    void keyRoundTrip()
    {
        QSet<QString> keys;
        QSet<QString> names;
        for (const Kind kind : ImportTarget::allKinds()) {
            const QString key = ImportTarget::key(kind);
            QCOMPARE(ImportTarget::kindFromKey(key), std::optional<Kind>(kind));
            QVERIFY(!ImportTarget::displayName(kind).isEmpty());
            keys.insert(key);
            names.insert(ImportTarget::displayName(kind));
        }
        QCOMPARE(keys.size(), ImportTarget::allKinds().size());
        QCOMPARE(names.size(), ImportTarget::allKinds().size());
        QCOMPARE(ImportTarget::key(Kind::ConsentMarketing), QStringLiteral("consent_marketing"));
        QVERIFY(!ImportTarget::kindFromKey(QStringLiteral("telephone")));
        QVERIFY(!ImportTarget::kindFromKey(QString()));
    }

    void setGrowsAndTargetOutsideIsIgnore()
    {
        ImportMapping mapping;
        mapping.set(3, ImportTarget {Kind::Phone, 0});
        mapping.set(-1, ImportTarget {Kind::Email, 0});
        QCOMPARE(mapping.columnCount(), 4);
        QCOMPARE(mapping.target(0).kind, Kind::Ignore);
        QCOMPARE(mapping.target(3).kind, Kind::Phone);
        QCOMPARE(mapping.target(4).kind, Kind::Ignore);
        QCOMPARE(mapping.target(-1).kind, Kind::Ignore);
        QCOMPARE(mapping.columnsFor(Kind::Phone), QList<int> {3});
        QVERIFY(!mapping.maps(Kind::Email));
    }
};

RAPPORT_TEST_MAIN(TestImportMapping)
#include "tst_importmapping.moc"
