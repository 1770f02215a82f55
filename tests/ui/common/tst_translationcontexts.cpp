// Sentences written in the core reach the reader in the chosen language. Each row is a sentence
// from a part of the core that looks up its words under a context of its own; the check fails
// when the context used at run time is not the one the translation file was made with (lupdate
// names it from the code), which leaves that sentence in English whatever the language. The
// German expectations are the translations in translations/rapport_de.ts.
#include "RapportTest.h"
#include "app/exporting/CustomerExporter.h"
#include "app/importing/ImportReport.h"
#include "app/policy/PolicyConfig.h"
#include "app/policy/PolicyWording.h"
#include "app/storage/StorageError.h"
#include "app/templates/TemplateError.h"
#include "ui/UiSetup.h"
#include "ui/settings/LanguageChoice.h"

#include <QApplication>

using namespace rapport;
using namespace rapport::app;

class TestTranslationContexts final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        ui::LanguageChoice::store(QStringLiteral("de"));
        QVERIFY(ui::installTranslations(*qApp));
    }

    void coreSentencesAreTranslated_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("german");

        QTest::newRow("StorageError") << StorageError {StorageError::Code::CannotOpen,
            {}}.describe() << QStringLiteral("Die Datenbankdatei kann nicht geöffnet werden.");
        QTest::newRow("PolicyWording")
            << PolicyWording::allowed() << QStringLiteral("Kann jetzt gesendet werden.");
        PolicyConfig rules = PolicyConfig::defaults();
        rules.marketingCap.count = 0;
        QTest::newRow("PolicyConfig")
            << rules.problems().join(u'\n') << QStringLiteral("Erlauben Sie mindestens eine SMS");
        QTest::newRow("PolicyConfig JSON") << PolicyConfig::fromJson("[]").error().describe()
                                           << QStringLiteral("kein JSON-Objekt");
        TemplateError emptyTemplate;
        emptyTemplate.code = TemplateError::Code::EmptyBody;
        QTest::newRow("TemplateError")
            << emptyTemplate.describe()
            << QStringLiteral("Die Vorlage ist leer. Schreiben Sie zuerst die Nachricht.");
        ImportRowResult skipped;
        skipped.reason = ImportRowResult::SkipReason::NoNameOrNumber;
        QTest::newRow("ImportReport")
            << skipped.describe()
            << QStringLiteral("Übersprungen: Es gibt weder Namen noch Handynummer.");
        QTest::newRow("ExportError") << ExportError {ExportError::Code::NoColumns,
            {}}.describe() << QStringLiteral("Wählen Sie mindestens eine Spalte für den Export.");
    }

    void coreSentencesAreTranslated()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, german);
        QVERIFY2(sentence.contains(german), qPrintable(sentence));
    }
};

RAPPORT_GUI_TEST_MAIN(TestTranslationContexts)
#include "tst_translationcontexts.moc"
