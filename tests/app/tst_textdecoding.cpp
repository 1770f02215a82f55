// Turning import files into text: byte order marks, the UTF-8 / Windows-1252 decision, UTF-16
// with and without a BOM, and the files that are refused before parsing (binary, workbooks,
// damaged UTF-16, two encodings in one file). Signatures from the PNG, JPEG, GIF, gzip (RFC
// 1952), PDF and zip specifications; the Windows-1252 table from Microsoft's published
// bestfit1252.txt / the Unicode consortium's CP1252.TXT.
#include "RapportTest.h"
#include "app/importing/TextDecoding.h"

#include <QTemporaryDir>

using namespace rapport::app;
using FileCode = ImportFileProblem::Code;

namespace {

QByteArray utf16le(const QString &text)
{
    return QByteArray(reinterpret_cast<const char *>(text.utf16()), text.size() * 2);
}

QByteArray utf16be(const QString &text)
{
    QByteArray bytes;
    for (const QChar c : text) {
        bytes.append(char(c.unicode() >> 8));
        bytes.append(char(c.unicode() & 0xFF));
    }
    return bytes;
}

} // namespace

class TestTextDecoding final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesText_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("text");
        QTest::addColumn<TextEncoding>("encoding");
        QTest::addColumn<bool>("byteOrderMark");

        const auto u = [](const char *s) { return QString::fromUtf8(s); };
        QTest::newRow("ASCII") << QByteArray("a,b\r\n") << u("a,b\r\n") << TextEncoding::Utf8
                               << false;
        QTest::newRow("UTF-8 without BOM")
            << QByteArray("Zo\xC3\xAB") << u("Zoë") << TextEncoding::Utf8 << false;
        QTest::newRow("UTF-8 BOM is stripped")
            << QByteArray("\xEF\xBB\xBFZo\xC3\xAB") << u("Zoë") << TextEncoding::Utf8 << true;
        QTest::newRow("UTF-8 four-byte emoji")
            << QByteArray("\xF0\x9F\x98\x80") << u("😀") << TextEncoding::Utf8 << false;
        QTest::newRow("Latin-1 e acute is Windows-1252")
            << QByteArray("Ren\xE9"
                          "e")
            << u("Renée") << TextEncoding::Windows1252 << false;
        QTest::newRow("Windows-1252 smart quotes, euro, dash")
            << QByteArray("\x93hi\x94 \x80 5\x96"
                          "6")
            << u("“hi” € 5–6") << TextEncoding::Windows1252 << false;
        QTest::newRow("UTF-16LE with BOM") << QByteArray("\xFF\xFE") + utf16le(u("Zoë,😀\r\n"))
                                           << u("Zoë,😀\r\n") << TextEncoding::Utf16LE << true;
        QTest::newRow("UTF-16BE with BOM") << QByteArray("\xFE\xFF") + utf16be(u("Zoë\tx"))
                                           << u("Zoë\tx") << TextEncoding::Utf16BE << true;
        QTest::newRow("UTF-16LE without BOM, recognised by its NULs")
            << utf16le(u("name,phone\r\nAnn,1\r\n")) << u("name,phone\r\nAnn,1\r\n")
            << TextEncoding::Utf16LE << false;
        QTest::newRow("UTF-16BE without BOM") << utf16be(u("name,phone\r\n")) << u("name,phone\r\n")
                                              << TextEncoding::Utf16BE << false;
        QTest::newRow("DOS end-of-file Ctrl-Z dropped")
            << QByteArray("a,b\r\n\x1A") << u("a,b\r\n") << TextEncoding::Utf8 << false;
        QTest::newRow("a stray control character in ordinary text")
            << QByteArray("name,notes\r\nAnn,see\x01 the card on file\r\n")
            << u("name,notes\r\nAnn,see\x01 the card on file\r\n") << TextEncoding::Utf8 << false;
    }
    void decodesText()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, text);
        QFETCH(TextEncoding, encoding);
        QFETCH(bool, byteOrderMark);
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY2(decoded, decoded ? "" : qPrintable(decoded.error().describe()));
        QCOMPARE(decoded->text, text);
        QCOMPARE(decoded->encoding, encoding);
        QCOMPARE(decoded->byteOrderMark, byteOrderMark);
    }

    void refusesBytes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<FileCode>("code");
        QTest::addColumn<int>("line");

        QTest::newRow("nothing") << QByteArray() << FileCode::Empty << 0;
        QTest::newRow("only a UTF-8 BOM") << QByteArray("\xEF\xBB\xBF") << FileCode::Empty << 0;
        QTest::newRow("only a UTF-16 BOM") << QByteArray("\xFF\xFE") << FileCode::Empty << 0;
        QTest::newRow("PNG") << QByteArray("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16) << FileCode::NotText
                             << 0;
        QTest::newRow("JPEG") << QByteArray("\xFF\xD8\xFF\xE0\0\x10JFIF", 10) << FileCode::NotText
                              << 0;
        QTest::newRow("GIF") << QByteArray("GIF89a\x01\0\x01\0", 10) << FileCode::NotText << 0;
        QTest::newRow("gzip") << QByteArray("\x1F\x8B\x08\0\0\0\0\0", 8) << FileCode::NotText << 0;
        QTest::newRow("PDF") << QByteArray("%PDF-1.7\n") << FileCode::NotText << 0;
        QTest::newRow("xlsx (zip)")
            << QByteArray("PK\x03\x04\x14\0\x06\0", 8) << FileCode::SpreadsheetWorkbook << 0;
        QTest::newRow("xls (OLE)") << QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1\0\0", 10)
                                   << FileCode::SpreadsheetWorkbook << 0;
        QTest::newRow("NUL in the text")
            << QByteArray("name,phone\r\nAnn\0,1\r\n", 20) << FileCode::NotText << 0;
        QTest::newRow("mostly control characters")
            << QByteArray("a\x01\x02\x03\x04\x05\x06\x07\x08\x0E\x0F") << FileCode::NotText << 0;
        QTest::newRow("UTF-16LE with an odd byte") << QByteArray("\xFF\xFE"
                                                                 "a\0b\0c",
            7) << FileCode::DamagedText << 0;
        QTest::newRow("UTF-16LE ending in half a surrogate pair") << QByteArray("\xFF\xFE"
                                                                                "a\0\x3D\xD8",
            6) << FileCode::DamagedText << 0;
        QTest::newRow("UTF-8 BOM then a Latin-1 line") << QByteArray("\xEF\xBB\xBF"
                                                                     "a\r\nZo\xC3\xAB\r\nRen\xE9"
                                                                     "e\r\n")
                                                       << FileCode::MixedEncodings << 3;
        QTest::newRow("Latin-1 line then a UTF-8 line") << QByteArray("a\nRen\xE9"
                                                                      "e\nZo\xC3\xAB\n")
                                                        << FileCode::MixedEncodings << 2;
        QTest::newRow("UTF-8 cut off inside an emoji")
            << QByteArray("\xF0\x9F\x98\x80\r\nx \xF0\x9F\x98") << FileCode::MixedEncodings << 2;
    }
    void refusesBytes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(FileCode, code);
        QFETCH(int, line);
        const auto decoded = TextDecoding::decode(bytes);
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().code, code);
        QCOMPARE(decoded.error().line, line);
        QVERIFY(!decoded.error().describe().isEmpty());
    }

    void namesWhatABinaryFileIs()
    {
        const auto decoded = TextDecoding::decode(QByteArray("\x89PNG\r\n\x1A\n", 8));
        QVERIFY(!decoded);
        QCOMPARE(decoded.error().detail, QStringLiteral("PNG image"));
        QVERIFY(decoded.error().describe().contains(QStringLiteral("PNG image")));
    }

    // Every byte Windows-1252 defines differently from ISO-8859-1; the five undefined ones
    // pass through as C1 controls, like ICU's windows-1252 converter.
    void windows1252UpperControlRange()
    {
        QByteArray bytes;
        for (int b = 0x80; b < 0xA0; ++b)
            bytes.append(char(b));
        const QString expected = QString::fromUtf8(
            "€\xC2\x81‚ƒ„…†‡ˆ‰Š‹Œ\xC2\x8DŽ\xC2\x8F\xC2\x90‘’“”•–—˜™š›œ\xC2\x9DžŸ");
        QCOMPARE(TextDecoding::decodeWindows1252(bytes), expected);
        QCOMPARE(TextDecoding::decodeWindows1252("\xE9\xFF"), QString::fromUtf8("éÿ"));
    }

    void readsFilesAndRefusesLargeOrMissingOnes()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("list.csv"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Ren\xE9"
                   "e,1\r\n");
        file.close();

        const auto read = TextDecoding::readFile(path);
        QVERIFY(read);
        QCOMPARE(read->text, QString::fromUtf8("Renée,1\r\n"));
        QCOMPARE(TextDecoding::name(read->encoding), QStringLiteral("windows-1252"));

        const auto large = TextDecoding::readFile(path, 4);
        QVERIFY(!large);
        QCOMPARE(large.error().code, FileCode::TooLarge);
        QCOMPARE(large.error().limit, qint64(4));
        QCOMPARE(large.error().fileName, QStringLiteral("list.csv"));

        const auto missing = TextDecoding::readFile(dir.filePath(QStringLiteral("gone.csv")));
        QVERIFY(!missing);
        QCOMPARE(missing.error().code, FileCode::CannotOpen);
        QVERIFY(missing.error().describe().contains(QStringLiteral("gone.csv")));
        QVERIFY(!missing.error().detail.isEmpty());
    }

    void countsLinesLikeTheReaders_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("position");
        QTest::addColumn<int>("line");
        QTest::newRow("start") << QStringLiteral("a\nb") << 0 << 1;
        QTest::newRow("after LF") << QStringLiteral("a\nb") << 2 << 2;
        QTest::newRow("CRLF is one") << QStringLiteral("a\r\nb\r\nc") << 6 << 3;
        QTest::newRow("CR alone") << QStringLiteral("a\rb\rc") << 4 << 3;
        QTest::newRow("between CR and LF") << QStringLiteral("a\r\nb") << 2 << 1;
    }
    void countsLinesLikeTheReaders()
    {
        QFETCH(QString, text);
        QFETCH(int, position);
        QFETCH(int, line);
        QCOMPARE(TextDecoding::lineAt(text, position), line);
    }
};

RAPPORT_TEST_MAIN(TestTextDecoding)
#include "tst_textdecoding.moc"
