#include "app/importing/VCardReader.h"

#include "app/importing/VCardContact.h"
#include "app/importing/VCardProperty.h"

#include <QFileInfo>

#include <optional>

namespace rapport::app {

namespace {

bool is(const QString &text, const char *word)
{
    return text.trimmed().compare(QLatin1String(word), Qt::CaseInsensitive) == 0;
}

// One content line after unfolding, before it is parsed.
struct LogicalLine
{
    int line = 0;
    QString text;
    QString name; // upper-cased, without group, for the unfolding decisions
    bool quotedPrintable = false;
    bool base64 = false;
    QList<int> strayLines; // physical lines glued on that were no proper continuation
};

LogicalLine startLine(QStringView physical, int line)
{
    LogicalLine logical;
    logical.line = line;
    logical.text = physical.toString();
    const QStringView head
        = physical.first(physical.indexOf(u':') < 0 ? 0 : physical.indexOf(u':'));
    const QStringView name = head.first(head.indexOf(u';') < 0 ? head.size() : head.indexOf(u';'));
    logical.name = name.sliced(name.lastIndexOf(u'.') + 1).trimmed().toString().toUpper();
    logical.quotedPrintable = head.contains(u"QUOTED-PRINTABLE", Qt::CaseInsensitive);
    logical.base64 = head.contains(u"ENCODING=B", Qt::CaseInsensitive)
        || head.contains(u";BASE64", Qt::CaseInsensitive);
    return logical;
}

class CardParser final
{
public:
    explicit CardParser(ImportTable &table)
        : m_table(table)
    { }

    void addPhysicalLine(QStringView physical, int line);
    void finish();
    [[nodiscard]] bool sawCard() const { return m_sawCard; }

private:
    void flush();
    void process(const LogicalLine &logical);

    ImportTable &m_table;
    std::optional<VCardContact> m_card;
    std::optional<LogicalLine> m_pending;
    bool m_sawCard = false;
};

// Unfolding (RFC 6350 §3.2, RFC 2426 §2.6) needs the card's version: 2.1 keeps the folding
// whitespace, later versions drop one character. A quoted-printable value continues after a
// line ending in "=" (RFC 2045 soft line break) without any leading whitespace.
void CardParser::addPhysicalLine(QStringView physical, int line)
{
    if (physical.isEmpty()) {
        flush();
        return;
    }
    if (m_pending) {
        LogicalLine &pending = *m_pending;
        if (pending.quotedPrintable && pending.text.endsWith(u'=')) {
            pending.text.chop(1);
            pending.text += physical;
            return;
        }
        if (physical[0] == u' ' || physical[0] == u'\t') {
            const bool keepSpace = m_card && m_card->isVersion21();
            pending.text += keepSpace ? physical : physical.sliced(1);
            return;
        }
        const bool inProperty = m_card && pending.name != QLatin1String("BEGIN")
            && pending.name != QLatin1String("END");
        if (inProperty && !physical.contains(u':')) {
            // Base64 lines of 2.1 photos are often not indented; anything else is a fold that
            // lost its space (hand-edited files, some CRMs).
            pending.text += physical;
            if (!pending.base64)
                pending.strayLines.append(line);
            return;
        }
    }
    flush();
    m_pending = startLine(physical, line);
}

void CardParser::flush()
{
    if (!m_pending)
        return;
    const LogicalLine logical = std::move(*m_pending);
    m_pending.reset();
    process(logical);
}

void CardParser::process(const LogicalLine &logical)
{
    const auto property = VCardProperty::parse(logical.text, logical.line);
    if (!property) {
        if (m_card)
            m_card->warnLine(logical.line);
        return;
    }
    if (property->name == QLatin1String("BEGIN") && is(property->value, "VCARD")) {
        m_sawCard = true;
        if (m_card)
            m_table.rows.append(m_card->finish(false));
        m_card.emplace(logical.line);
        return;
    }
    if (!m_card)
        return; // text between cards carries nothing
    if (property->name == QLatin1String("END") && is(property->value, "VCARD")) {
        m_table.rows.append(m_card->finish(true));
        m_card.reset();
        return;
    }
    for (const int stray : logical.strayLines)
        m_card->warnLine(stray);
    m_card->add(*property);
}

void CardParser::finish()
{
    flush();
    if (m_card)
        m_table.rows.append(m_card->finish(false));
    m_card.reset();
}

} // namespace

QStringList VCardReader::columns()
{
    return {QStringLiteral("first_name"), QStringLiteral("last_name"), QStringLiteral("phone"),
        QStringLiteral("other_phones"), QStringLiteral("email"), QStringLiteral("birthday"),
        QStringLiteral("anniversary"), QStringLiteral("notes"), QStringLiteral("tags"),
        QStringLiteral("language"), QStringLiteral("time_zone")};
}

Result<ImportTable, ImportFileProblem> VCardReader::readFile(const QString &path, qint64 maxBytes)
{
    auto text = TextDecoding::readFile(path, maxBytes);
    if (!text)
        return fail(text.error());
    auto table = parse(*text);
    if (!table) {
        ImportFileProblem p = table.error();
        p.fileName = QFileInfo(path).fileName();
        return fail(p);
    }
    return table;
}

Result<ImportTable, ImportFileProblem> VCardReader::read(QByteArrayView bytes)
{
    auto text = TextDecoding::decode(bytes);
    if (!text)
        return fail(text.error());
    return parse(*text);
}

Result<ImportTable, ImportFileProblem> VCardReader::parse(const DecodedText &decoded)
{
    const QStringView text = decoded.text;
    ImportFileProblem problem;
    if (text.trimmed().isEmpty()) {
        problem.code = ImportFileProblem::Code::Empty;
        return fail(problem);
    }
    ImportTable table;
    table.columns = columns();
    table.encoding = TextDecoding::name(decoded.encoding);
    CardParser parser(table);
    int line = 0;
    for (qsizetype pos = 0; pos < text.size();) {
        qsizetype end = pos;
        while (end < text.size() && text[end] != u'\r' && text[end] != u'\n')
            ++end;
        parser.addPhysicalLine(text.sliced(pos, end - pos), ++line);
        if (end < text.size() && text[end] == u'\r')
            ++end;
        if (end < text.size() && text[end] == u'\n')
            ++end;
        pos = end;
    }
    parser.finish();
    if (!parser.sawCard()) {
        problem.code = ImportFileProblem::Code::NoCards;
        return fail(problem);
    }
    return table;
}

} // namespace rapport::app
