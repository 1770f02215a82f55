// Merge fields: parsing (every error with its position), fallbacks, escapes and rendering.
#include "RapportTest.h"

#include "app/templates/MergeFields.h"
#include "app/templates/MessageTemplate.h"

using namespace rapport::app;

namespace {

QStringList known()
{
    return MergeFields::names(
        {CustomField {1, QStringLiteral("Shoe size"), CustomField::Type::Text, {}}});
}

} // namespace

class TestMessageTemplate final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void renders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("See you soon") << QStringLiteral("See you soon");
        QTest::newRow("field") << QStringLiteral("Hi {first_name}!") << QStringLiteral("Hi Ana!");
        QTest::newRow("fallback unused")
            << QStringLiteral("Hi {first_name|there}") << QStringLiteral("Hi Ana");
        QTest::newRow("fallback used")
            << QStringLiteral("Hi {last_name|there}") << QStringLiteral("Hi there");
        QTest::newRow("empty fallback")
            << QStringLiteral("Hi{last_name|}!") << QStringLiteral("Hi!");
        QTest::newRow("spaces around name")
            << QStringLiteral("{ first_name |x}") << QStringLiteral("Ana");
        QTest::newRow("escaped braces") << QStringLiteral("{{first_name}} is {first_name}")
                                        << QStringLiteral("{first_name} is Ana");
        QTest::newRow("custom field slug")
            << QStringLiteral("Size {shoe_size}") << QStringLiteral("Size 38");
        QTest::newRow("business") << QStringLiteral("{business}: hello")
                                  << QStringLiteral("Harbour Optics: hello");
        QTest::newRow("fallback with pipe and spaces")
            << QStringLiteral("{last_name|dear customer}") << QStringLiteral("dear customer");
        QTest::newRow("emoji kept") << QStringLiteral("🎉 {first_name}") << QStringLiteral("🎉 Ana");
    }
    void renders()
    {
        QFETCH(QString, text);
        QFETCH(QString, expected);
        const auto parsed = MessageTemplate::parse(text, known());
        QVERIFY2(parsed, parsed ? "" : qPrintable(parsed.error().describe()));
        const QHash<QString, QString> values {{QStringLiteral("first_name"), QStringLiteral("Ana")},
            {QStringLiteral("last_name"), QStringLiteral("  ")},
            {QStringLiteral("shoe_size"), QStringLiteral("38")},
            {QStringLiteral("business"), QStringLiteral("Harbour Optics")}};
        const auto rendered = parsed->render(values);
        QVERIFY(rendered);
        QCOMPARE(*rendered, expected);
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("code");
        QTest::addColumn<int>("position");
        QTest::addColumn<QString>("suggestion");
        using C = TemplateError::Code;
        QTest::newRow("unclosed") << QStringLiteral("Hi {first_name") << int(C::UnclosedField) << 3
                                  << QString();
        QTest::newRow("stray close")
            << QStringLiteral("Hi }") << int(C::StrayClosingBrace) << 3 << QString();
        QTest::newRow("empty") << QStringLiteral("Hi {}") << int(C::EmptyField) << 3 << QString();
        QTest::newRow("empty with fallback")
            << QStringLiteral("Hi {|there}") << int(C::EmptyField) << 3 << QString();
        QTest::newRow("nested") << QStringLiteral("{first_{name}}") << int(C::NestedField) << 7
                                << QString();
        QTest::newRow("typo") << QStringLiteral("Hi {frist_name}") << int(C::UnknownField) << 3
                              << QStringLiteral("first_name");
        QTest::newRow("typo in custom field")
            << QStringLiteral("{shoesize}") << int(C::UnknownField) << 0
            << QStringLiteral("shoe_size");
        QTest::newRow("nothing close")
            << QStringLiteral("{loyalty_points}") << int(C::UnknownField) << 0 << QString();
        QTest::newRow("case matters") << QStringLiteral("{First_Name}") << int(C::UnknownField) << 0
                                      << QStringLiteral("first_name");
        QTest::newRow("blank") << QStringLiteral("  \n") << int(C::EmptyBody) << -1 << QString();
    }
    void refuses()
    {
        QFETCH(QString, text);
        QFETCH(int, code);
        QFETCH(int, position);
        QFETCH(QString, suggestion);
        const auto parsed = MessageTemplate::parse(text, known());
        QVERIFY(!parsed);
        QCOMPARE(int(parsed.error().code), code);
        QCOMPARE(parsed.error().position, position);
        QCOMPARE(parsed.error().suggestion, suggestion);
        QVERIFY(!parsed.error().describe().isEmpty());
        if (!suggestion.isEmpty())
            QVERIFY(parsed.error().describe().contains(QLatin1Char('{') + suggestion));
    }

    void missingValueWithoutFallbackIsAnError()
    {
        const auto parsed
            = MessageTemplate::parse(QStringLiteral("Hi {first_name}, {business}"), known());
        QVERIFY(parsed);
        const auto rendered = parsed->render({{QStringLiteral("business"), QStringLiteral("B")}});
        QVERIFY(!rendered);
        QCOMPARE(rendered.error().code, TemplateError::Code::MissingValue);
        QCOMPARE(rendered.error().field, QStringLiteral("first_name"));
        QCOMPARE(parsed->preview({{QStringLiteral("business"), QStringLiteral("B")}}),
            QStringLiteral("Hi {first_name}, B"));
        QCOMPARE(parsed->requiredFields(),
            QStringList({QStringLiteral("first_name"), QStringLiteral("business")}));
    }

    void fieldsAreListedOnce()
    {
        const auto parsed = MessageTemplate::parse(
            QStringLiteral("{first_name} {first_name|x} {appointment_time|soon}"), known());
        QVERIFY(parsed);
        QCOMPARE(parsed->fields(),
            QStringList({QStringLiteral("first_name"), QStringLiteral("appointment_time")}));
        QCOMPARE(parsed->requiredFields(), QStringList({QStringLiteral("first_name")}));
    }

    void customerValues()
    {
        Customer ana;
        ana.firstName = QStringLiteral("Ana");
        ana.lastName = QStringLiteral("Silva");
        ana.birthdayDay = 29;
        ana.birthdayMonth = 2;
        ana.anniversary = QDate(2019, 6, 1);
        ana.fieldValues.insert(4, QStringLiteral("42"));
        const QList<CustomField> fields {
            CustomField {4, QStringLiteral("Frame size (mm)"), CustomField::Type::Number, {}}};
        const auto values = MergeFields::values(
            ana, fields, QStringLiteral("Harbour Optics"), QLocale(QLocale::English));
        QCOMPARE(values.value(QStringLiteral("full_name")), QStringLiteral("Ana Silva"));
        QCOMPARE(values.value(QStringLiteral("birthday")), QStringLiteral("29 February"));
        QCOMPARE(values.value(QStringLiteral("frame_size_mm")), QStringLiteral("42"));
        QVERIFY(values.value(QStringLiteral("customer_since")).contains(QStringLiteral("2019")));
        QVERIFY(!values.contains(QStringLiteral("appointment_time")));
        QCOMPARE(
            MergeFields::slug(QStringLiteral("  Größe / Taille ")), QStringLiteral("größe_taille"));
    }
};

RAPPORT_TEST_MAIN(TestMessageTemplate)
#include "tst_messagetemplate.moc"
