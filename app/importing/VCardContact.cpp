#include "app/importing/VCardContact.h"

#include "app/importing/VCardDate.h"
#include "app/importing/VCardReader.h"

#include <algorithm>
#include <tuple>

namespace rapport::app {

namespace {

using Code = RowProblem::Code;

constexpr qsizetype ShownValueLength = 40;

// A component of N may itself be a comma list (RFC 6350 §6.2.2): "Stevenson,Smith".
QString nameComponent(QStringView raw)
{
    return VCardProperty::split(raw, u',').join(u' ').simplified();
}

QString preferred(const QList<std::pair<int, QString>> &values)
{
    const auto best = std::min_element(values.cbegin(), values.cend(),
        [](const auto &a, const auto &b) { return a.first < b.first; });
    return best == values.cend() ? QString() : best->second;
}

} // namespace

RowProblem VCardContact::problem(Code code, int line, const QString &value) const
{
    RowProblem p;
    p.code = code;
    p.line = line;
    p.value = value.left(ShownValueLength);
    return p;
}

void VCardContact::warnLine(int line)
{
    m_problems.append(problem(Code::LineNotUnderstood, line));
}

QString VCardContact::textOf(const VCardProperty &p)
{
    if (!p.isQuotedPrintable())
        return p.value;
    if (auto decoded = VCardProperty::decodeQuotedPrintable(p.value, p.parameter(u"CHARSET")))
        return *decoded;
    RowProblem warning = problem(Code::ValueMalformed, p.line, p.value);
    warning.column = p.name;
    m_problems.append(warning);
    return p.value;
}

void VCardContact::addTelephone(const VCardProperty &p)
{
    QString number = VCardProperty::unescape(textOf(p)).trimmed();
    if (number.startsWith(QLatin1String("tel:"), Qt::CaseInsensitive)) {
        number = number.mid(4);
        number.truncate(number.indexOf(u';') < 0 ? number.size() : number.indexOf(u';'));
    }
    if (number.isEmpty())
        return;
    Telephone t;
    t.number = number;
    t.kind = p.hasType(u"cell") || p.hasType(u"mobile") ? 0
        : p.hasType(u"fax") || p.hasType(u"pager")      ? 2
                                                        : 1;
    t.preference = p.preference();
    t.order = m_phones.size();
    m_phones.append(t);
}

void VCardContact::setDate(QString &target, const VCardProperty &p, Code malformed)
{
    if (!target.isEmpty())
        return;
    if (auto date = VCardDate::normalise(p))
        target = *date;
    else
        m_problems.append(problem(malformed, p.line, p.value));
}

void VCardContact::add(const VCardProperty &p)
{
    const QString &name = p.name;
    if (name == QLatin1String("VERSION")) {
        m_version = p.value.trimmed();
    } else if (name == QLatin1String("N")) {
        const QStringList parts = VCardProperty::split(textOf(p), u';', false);
        m_lastName = nameComponent(parts.value(0));
        m_firstName = nameComponent(parts.value(1));
    } else if (name == QLatin1String("FN")) {
        m_formattedName = VCardProperty::unescape(textOf(p)).simplified();
    } else if (name == QLatin1String("TEL")) {
        addTelephone(p);
    } else if (name == QLatin1String("EMAIL")) {
        const QString address = VCardProperty::unescape(textOf(p)).trimmed();
        if (!address.isEmpty())
            m_emails.append({p.preference(), address});
    } else if (name == QLatin1String("BDAY")) {
        setDate(m_birthday, p, Code::BirthdayMalformed);
    } else if (name == QLatin1String("ANNIVERSARY") || name == QLatin1String("X-ANNIVERSARY")) {
        setDate(m_anniversary, p, Code::AnniversaryMalformed);
    } else if (name == QLatin1String("X-ABDATE")) {
        m_labelledDates.append(p);
    } else if (name == QLatin1String("X-ABLABEL")) {
        m_labels.insert(p.group.toLower(), p.value);
    } else if (name == QLatin1String("NOTE")) {
        const QString note = VCardProperty::unescape(textOf(p)).trimmed();
        if (!note.isEmpty())
            m_notes.append(note);
    } else if (name == QLatin1String("CATEGORIES")) {
        for (const QString &tag : VCardProperty::split(textOf(p), u',')) {
            const QString t = tag.trimmed();
            if (!t.isEmpty() && !m_tags.contains(t, Qt::CaseInsensitive))
                m_tags.append(t);
        }
    } else if (name == QLatin1String("LANG")) {
        const QString language = VCardProperty::unescape(p.value).trimmed();
        if (!language.isEmpty())
            m_languages.append({p.preference(), language});
    } else if (name == QLatin1String("TZ")) {
        if (m_timeZone.isEmpty())
            m_timeZone = VCardProperty::unescape(p.value).trimmed();
    }
}

ImportRow VCardContact::finish(bool closed)
{
    for (const VCardProperty &date : std::as_const(m_labelledDates)) {
        if (m_labels.value(date.group.toLower())
                .contains(QLatin1String("anniversary"), Qt::CaseInsensitive))
            setDate(m_anniversary, date, Code::AnniversaryMalformed);
    }
    if (m_firstName.isEmpty() && m_lastName.isEmpty())
        m_firstName = m_formattedName;

    QString phone;
    QStringList otherPhones;
    if (!m_phones.isEmpty()) {
        const auto best = std::min_element(
            m_phones.cbegin(), m_phones.cend(), [](const Telephone &a, const Telephone &b) {
                return std::tie(a.kind, a.preference, a.order)
                    < std::tie(b.kind, b.preference, b.order);
            });
        phone = best->number;
        for (const Telephone &t : std::as_const(m_phones)) {
            if (t.order != best->order)
                otherPhones.append(t.number);
        }
    }

    ImportRow row;
    row.line = m_line;
    row.cells.resize(VCardReader::ColumnCount);
    row.cells[VCardReader::FirstName] = m_firstName;
    row.cells[VCardReader::LastName] = m_lastName;
    row.cells[VCardReader::Phone] = phone;
    row.cells[VCardReader::OtherPhones] = otherPhones.join(QLatin1String(", "));
    row.cells[VCardReader::Email] = preferred(m_emails);
    row.cells[VCardReader::Birthday] = m_birthday;
    row.cells[VCardReader::Anniversary] = m_anniversary;
    row.cells[VCardReader::Notes] = m_notes.join(u'\n');
    row.cells[VCardReader::Tags] = m_tags.join(QLatin1String(", "));
    row.cells[VCardReader::Language] = preferred(m_languages);
    row.cells[VCardReader::TimeZone] = m_timeZone;

    row.problems = m_problems;
    if (!closed)
        row.problems.append(problem(Code::CardNotClosed, m_line));
    if (m_firstName.isEmpty() && m_lastName.isEmpty() && phone.isEmpty())
        row.problems.append(problem(Code::NoNameOrNumber, m_line));
    return row;
}

} // namespace rapport::app
