// The response value: who decided the ending, error texts, value extraction, log names.
#include "RapportTest.h"
#include "modem/AtResponse.h"

using namespace Qt::StringLiterals;
using rapport::modem::AtResponse;
using Status = AtResponse::Status;

class TestAtResponse final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void modemAnsweredOnlyForFinalResults()
    {
        for (Status status :
            {Status::Ok, Status::Error, Status::CmeError, Status::CmsError, Status::OtherError}) {
            AtResponse response;
            response.status = status;
            QVERIFY(response.modemAnswered());
        }
        for (Status status :
            {Status::Timeout, Status::NoPrompt, Status::Cancelled, Status::ChannelClosed}) {
            AtResponse response;
            response.status = status;
            QVERIFY(!response.modemAnswered());
            QVERIFY(response.errorText().isEmpty());
        }
    }

    void errorText()
    {
        AtResponse response;
        response.status = Status::CmeError;
        response.finalLine = "+CME ERROR: SIM not inserted"_ba;
        QCOMPARE(response.errorText(), "SIM not inserted"_ba);
        response.status = Status::CmsError;
        response.finalLine = "+CMS ERROR:500"_ba;
        QCOMPARE(response.errorText(), "500"_ba);
        response.status = Status::OtherError;
        response.finalLine = "COMMAND NOT SUPPORT"_ba;
        QCOMPARE(response.errorText(), "COMMAND NOT SUPPORT"_ba);
        response.status = Status::Ok;
        response.finalLine = "OK"_ba;
        QVERIFY(response.errorText().isEmpty());
    }

    void valuesStripThePrefix()
    {
        AtResponse response;
        response.lines = {"+CPMS: \"SM\",3,50"_ba, "0791AB"_ba, "+CPMS:\"ME\",0,100"_ba};
        QCOMPARE(
            response.values("+CPMS:"), (QList<QByteArray> {"\"SM\",3,50"_ba, "\"ME\",0,100"_ba}));
        QVERIFY(response.values("+CSQ:").isEmpty());
    }

    void statusNamesAreStable()
    {
        QCOMPARE(AtResponse::statusName(Status::Ok), QLatin1String("ok"));
        QCOMPARE(AtResponse::statusName(Status::CmeError), QLatin1String("cme-error"));
        QCOMPARE(AtResponse::statusName(Status::NoPrompt), QLatin1String("no-prompt"));
        QCOMPARE(AtResponse::statusName(Status::ChannelClosed), QLatin1String("channel-closed"));
    }
};

RAPPORT_TEST_MAIN(TestAtResponse)
#include "tst_atresponse.moc"
