// Templates are stored only when valid, names are unique, and previews are per customer.
#include "RapportTest.h"

#include "app/customers/CustomerRepository.h"
#include "app/storage/Database.h"
#include "app/templates/TemplatePreview.h"
#include "app/templates/TemplateRepository.h"

using namespace rapport::app;

class TestTemplateRepository final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init()
    {
        auto db = Database::openInMemory(QStringLiteral("templates"));
        QVERIFY(db);
        m_db = std::move(*db);
    }
    void cleanup() { m_db.reset(); }

    void storesOnlyValidTemplates()
    {
        TemplateRepository repo(
            *m_db, [] { return QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC); });
        const auto id = repo.add({0, QStringLiteral("Ready"),
            QStringLiteral("Hi {first_name|there}, your glasses are ready."),
            MessagePurpose::Service, true, {}, {}});
        QVERIFY(id);
        const auto typo = repo.add({0, QStringLiteral("Typo"), QStringLiteral("Hi {frist_name}"),
            MessagePurpose::Service, false, {}, {}});
        QVERIFY(!typo);
        QCOMPARE(typo.error().code, TemplateError::Code::UnknownField);
        const auto same = repo.add({0, QStringLiteral(" Ready "), QStringLiteral("Hello"),
            MessagePurpose::Reply, false, {}, {}});
        QVERIFY(!same);
        QCOMPARE(same.error().code, TemplateError::Code::NameTaken);
        QVERIFY(!repo.add(
            {0, QString(), QStringLiteral("Hello"), MessagePurpose::Reply, false, {}, {}}));

        auto stored = repo.find(*id);
        QVERIFY(stored);
        QCOMPARE(stored->purpose, MessagePurpose::Service);
        QVERIFY(stored->isSavedReply);
        QCOMPARE(stored->createdAt, QDateTime(QDate(2026, 1, 5), QTime(9, 0), Qt::UTC));
        stored->body = QStringLiteral("{first_name|Hello}, ready!");
        QVERIFY(repo.update(*stored));
        stored->body = QStringLiteral("{first_name");
        QVERIFY(!repo.update(*stored));
        QCOMPARE(repo.find(*id)->body, QStringLiteral("{first_name|Hello}, ready!"));

        QVERIFY(repo.add({0, QStringLiteral("Offer"), QStringLiteral("20% off"),
            MessagePurpose::Marketing, false, {}, {}}));
        QCOMPARE(repo.list()->size(), 2);
        QCOMPARE(repo.list(true)->size(), 1);
        QVERIFY(repo.remove(*id));
        QCOMPARE(repo.remove(*id).error().code, TemplateError::Code::NotFound);
    }

    void customFieldsBecomeMergeFields()
    {
        CustomerRepository customers(*m_db, QStringLiteral("GB"));
        QVERIFY(customers.addCustomField(
            {0, QStringLiteral("Frame colour"), CustomField::Type::Text, {}}));
        TemplateRepository repo(*m_db);
        QVERIFY(repo.knownFields()->contains(QStringLiteral("frame_colour")));
        QVERIFY(repo.add({0, QStringLiteral("Colour"), QStringLiteral("Your {frame_colour} frames"),
            MessagePurpose::Service, false, {}, {}}));
    }

    void previewsPerCustomer()
    {
        CustomerRepository customers(*m_db, QStringLiteral("GB"));
        Customer ana;
        ana.firstName = QStringLiteral("Ana");
        ana.phoneE164 = QStringLiteral("+447400123456");
        const auto anaId = customers.add(ana);
        QVERIFY(anaId);
        Customer noName;
        noName.phoneE164 = QStringLiteral("+447400123457");
        const auto noNameId = customers.add(noName);
        QVERIFY(noNameId);

        TemplatePreviewer previewer(*m_db, QStringLiteral("GB"), QStringLiteral("Harbour Optics"));
        const auto forAna = previewer.preview(
            QStringLiteral("Hi {first_name}, see you at {appointment_time|your appointment}."),
            *anaId, {{QStringLiteral("appointment_time"), QStringLiteral("10:30")}});
        QVERIFY(forAna);
        QVERIFY(forAna->isSendable());
        QCOMPARE(forAna->text, QStringLiteral("Hi Ana, see you at 10:30."));
        QCOMPARE(forAna->count.parts, 1);

        const auto forNoName = previewer.preview(QStringLiteral("Hi {first_name}’s"), *noNameId);
        QVERIFY(forNoName);
        QVERIFY(!forNoName->isSendable());
        QCOMPARE(forNoName->problem->code, TemplateError::Code::MissingValue);
        QCOMPARE(forNoName->text, QStringLiteral("Hi {first_name}’s"));
        QVERIFY(forNoName->count.ucs2);

        const auto unknown = previewer.preview(QStringLiteral("{nope}"), *anaId);
        QVERIFY(unknown);
        QCOMPARE(unknown->problem->code, TemplateError::Code::UnknownField);
    }

private:
    std::unique_ptr<Database> m_db;
};

RAPPORT_TEST_MAIN(TestTemplateRepository)
#include "tst_templaterepository.moc"
