// KeywordMatcher: COMPLIANCE.md's keywords alone in a message, in any case and with any
// punctuation or spacing around them; never as a word of a sentence; plain-language revocations
// found anywhere for review; configurable lists from "keywords.config".
#include "RapportTest.h"

#include "app/inbound/KeywordMatcher.h"

using namespace rapport::app;
using Kind = KeywordKind;

Q_DECLARE_METATYPE(rapport::app::KeywordKind)

class TestKeywordMatcher final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Kind>("kind");
        const auto row = [](const char *text, Kind kind) {
            QTest::newRow(text) << QString::fromUtf8(text) << kind;
        };
        // Opt-out words, alone (COMPLIANCE.md, CTIA / FCC 2025).
        for (const char *word : {"STOP", "stop", "Stop", "sToP", "STOPALL", "stopall", "END", "end",
                 "CANCEL", "Cancel", "UNSUBSCRIBE", "unsubscribe", "QUIT", "quit", "REVOKE",
                 "revoke", "OPT OUT", "opt out", "Opt-Out", "optout", "OPT  OUT"})
            row(word, Kind::OptOut);
        row("Stop.", Kind::OptOut);
        row("  stop!! ", Kind::OptOut);
        row("\"STOP\"", Kind::OptOut);
        row("stop\n", Kind::OptOut);
        row("...END...", Kind::OptOut);
        row("STOP 🛑", Kind::OptOut);
        row("ＳＴＯＰ", Kind::OptOut); // full-width, NFKC
        row("(quit)", Kind::OptOut);
        // Opt-in.
        for (const char *word : {"START", "start", "Start!", "UNSTOP", "unstop."})
            row(word, Kind::OptIn);
        for (const char *word : {"YES", "yes", "Yes!", " y e s "})
            row(word, Kind::OptInUnlessAnswer);
        // Help.
        for (const char *word : {"HELP", "help", "Help?", "INFO", "info.", "HELP!!!"})
            row(word, Kind::Help);
        // Words inside sentences are not keywords.
        for (const char *text :
            {"stop by tomorrow", "Can I stop by at 3?", "Don't stop", "the end of the week works",
                "I need to cancel my appointment", "start time is 10?", "yes please, 3pm",
                "help me choose a colour", "information please", "stopped by earlier", "Stopwatch",
                "ending soon?", "quite nice", "Thanks!", "", "   ", "?!", "🙂", "C", "7"})
            row(text, Kind::None);
        // Plain-language revocations: review (COMPLIANCE.md).
        for (const char *text : {"please stop texting me", "Stop texting me!!",
                 "STOP SENDING ME THESE MESSAGES", "stop the texts", "Stop all these messages",
                 "remove me", "Please remove me from your list", "wrong number",
                 "Wrong number, sorry", "don't text me", "Don’t text me again", "do not contact me",
                 "I want to opt out", "How do I unsubscribe?", "no more texts please",
                 "leave me alone", "take me off your list", "STOP please", "please stop",
                 "stop stop", "Stop it", "opt out now", "not my number", "stop messaging me"})
            row(text, Kind::Revocation);
    }
    void matches()
    {
        QFETCH(QString, text);
        QFETCH(Kind, kind);
        const KeywordMatcher matcher;
        const KeywordMatch match = matcher.match(text);
        QCOMPARE(match.kind, kind);
        QCOMPARE(match.matched(), kind != Kind::None);
    }

    void reportsTheConfiguredWord()
    {
        const KeywordMatcher matcher;
        QCOMPARE(matcher.match(QStringLiteral("opt-out")).keyword, QStringLiteral("OPT OUT"));
        QCOMPARE(matcher.match(QStringLiteral("please stop texting me")).keyword,
            QStringLiteral("stop text*"));
    }

    void compactAndWords()
    {
        QCOMPARE(KeywordMatcher::compact(QStringLiteral("  Opt-Out! ")), QStringLiteral("optout"));
        QCOMPARE(KeywordMatcher::words(QStringLiteral("Don’t TEXT me, please")),
            QStringList({QStringLiteral("dont"), QStringLiteral("text"), QStringLiteral("me"),
                QStringLiteral("please")}));
    }

    void configuredListsReplaceTheDefaults()
    {
        const auto config = KeywordConfig::fromJson("{\"optOut\": [\"STOP\", \"ARRET\", \"baja\"],"
                                                    " \"revocation\": [\"ne plus m'envoyer\"]}");
        QVERIFY2(config, config ? "" : qPrintable(config.error()));
        const KeywordMatcher matcher(*config);
        QCOMPARE(matcher.match(QStringLiteral("Arrêt")).kind, Kind::None); // accents count
        QCOMPARE(matcher.match(QStringLiteral("ARRET")).kind, Kind::OptOut);
        QCOMPARE(matcher.match(QStringLiteral("BAJA")).kind, Kind::OptOut);
        QCOMPARE(matcher.match(QStringLiteral("QUIT")).kind, Kind::None); // list replaced
        QCOMPARE(matcher.match(QStringLiteral("START")).kind, Kind::OptIn); // default kept
        QCOMPARE(matcher.match(QStringLiteral("merci de ne plus m'envoyer de SMS")).kind,
            Kind::Revocation);
        // Round trip.
        const auto again = KeywordConfig::fromJson(config->toJson());
        QVERIFY(again);
        QCOMPARE(again->optOut, config->optOut);
        QCOMPARE(again->revocation, config->revocation);
    }

    void refusesMalformedConfig_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::newRow("not JSON") << QByteArray("{optOut: STOP");
        QTest::newRow("not an object") << QByteArray("[\"STOP\"]");
        QTest::newRow("not a list") << QByteArray("{\"optOut\": \"STOP\"}");
        QTest::newRow("not text") << QByteArray("{\"help\": [\"HELP\", 3]}");
    }
    void refusesMalformedConfig()
    {
        QFETCH(QByteArray, json);
        QVERIFY(!KeywordConfig::fromJson(json));
    }
};

RAPPORT_TEST_MAIN(TestKeywordMatcher)
#include "tst_keywordmatcher.moc"
