#include "app/demo/DemoNames.h"

#include "app/demo/DemoRandom.h"

#include <QHash>
#include <QStringList>

#include <array>

namespace rapport::app {
namespace {

struct NameList
{
    QStringList first;
    QStringList last;
};

QStringList split(const char16_t *names)
{
    return QString::fromUtf16(names).split(QLatin1Char('|'));
}

const NameList &namesOf(NameCulture culture)
{
    // In the order of NameCulture.
    static const std::array<NameList, 8> all {{
        {split(u"Oliver|Amelia|Harry|Isla|George|Ava|Jack|Emily|Charlie|Sophie|Thomas|Grace|"
               u"James|Lily|William|Freya|Henry|Poppy|Alfie|Chloe|Zoë|Daniel|Hannah|Matthew|"
               u"Lucy|Ben|Ellie|Sam|Jessica|Rosie"),
            split(u"Smith|Jones|Taylor|Brown|Williams|Wilson|Johnson|Davies|Robinson|Wright|"
                  u"Thompson|Evans|Walker|White|Roberts|Green|Hall|Wood|Jackson|Clarke|"
                  u"Hughes|Edwards|Turner|Hill|Cooper|Ward|Morris|Baker|Harris|Bennett|"
                  u"Ashworth-Jones")},
        {split(u"Aoife|Seán|Siobhán|Niamh|Ciarán|Caoimhe|Pádraig|Róisín|Eoin|Saoirse|Conor|"
               u"Orla|Declan|Aisling|Cian|Sinéad|Darragh|Clodagh|Oisín|Méabh"),
            split(u"O'Brien|Murphy|Kelly|O'Sullivan|Walsh|O'Connor|McCarthy|Byrne|Ryan|"
                  u"Doyle|O'Neill|Kavanagh|Fitzgerald|Quinn|McLaughlin|Gallagher|"
                  u"Ó Súilleabháin|Brennan|Flanagan|Mac Giolla")},
        {split(u"Aarav|Priya|Rahul|Ananya|Arjun|Fatima|Imran|Aisha|Vikram|Sunita|Rohan|Kavya|"
               u"Harpreet|Gurpreet|Sanjay|Neha|Amir|Zainab|Ravi|Meera"),
            split(u"Patel|Shah|Singh|Kaur|Sharma|Khan|Ahmed|Hussain|Begum|Gupta|Mistry|"
                  u"Chaudhry|Iqbal|Reddy|Das|Bhatt|Malik|Rahman|Kumar|Joshi")},
        {split(u"Łukasz|Agnieszka|Paweł|Małgorzata|Tomasz|Katarzyna|Michał|Zofia|Krzysztof|"
               u"Joanna|Wojciech|Magdalena|Piotr|Aleksandra|Bartłomiej|Ewa|Grzegorz|Dorota|"
               u"Jakub|Żaneta"),
            split(u"Nowak|Kowalski|Wiśniewska|Wójcik|Kowalczyk|Kamiński|Lewandowska|"
                  u"Zieliński|Szymańska|Woźniak|Dąbrowski|Kozłowska|Jankowski|Mazur|"
                  u"Krawczyk|Piotrowski|Grabowska|Nowakowski|Pawłowska|Michalski")},
        {split(u"Lukas|Sophie|Jürgen|Lena|Maximilian|Anna|Jörg|Marie|Felix|Hannah|Björn|"
               u"Greta|Matthias|Jana|Uwe|Käthe|Stefan|Sabine|Tobias|Mia"),
            split(u"Müller|Schmidt|Schneider|Fischer|Weber|Meyer|Wagner|Becker|Schulz|"
                  u"Hoffmann|Schäfer|Koch|Bauer|Richter|Klein|Wolf|Schröder|Neumann|"
                  u"Strauß|von Berg")},
        {split(u"José|María|Javier|Lucía|Álvaro|Carmen|Sofía|Andrés|Inés|Raúl|Pilar|Jesús|"
               u"Elena|Iñaki|Begoña|Martín|Ana|Nicolás|Marta|Joaquín"),
            split(u"García|Fernández|González|Rodríguez|López|Martínez|Sánchez|Pérez|Gómez|"
                  u"Martín|Jiménez|Ruiz|Hernández|Díaz|Moreno|Muñoz|Álvarez|Romero|Navarro|"
                  u"de la Cruz")},
        {split(u"Wei|Fang|Jing|Lei|Xiaoming|Mei|Hao|Yan|Jun|Li Na|Zhiwei|Xin|Ying|Tao|Lin|"
               u"Qiang|Xiu|Chen|Yu|Hui"),
            split(u"Wang|Li|Zhang|Liu|Chen|Yang|Huang|Zhao|Wu|Zhou|Xu|Sun|Ma|Zhu|Hu|Guo|"
                  u"He|Lin|Luo|Gao")},
        {split(u"Mohammed|Fatima|Ahmed|Layla|Omar|Aisha|Yusuf|Mariam|Khalid|Noor|Hassan|"
               u"Zainab|Ali|Amira|Tariq|Salma|Karim|Huda|Ibrahim|Rania"),
            split(u"Al-Sayed|Haddad|Khoury|Mansour|Nasser|Al-Rashid|Abdullah|Saleh|Hamdan|"
                  u"El-Amin|Farouk|Aziz|Darwish|Suleiman|Bakr|Hakim|Jaber|Yousef|"
                  u"Al-Masri|Abu Bakr")},
    }};
    return all.at(static_cast<std::size_t>(culture));
}

struct CultureWeight
{
    NameCulture culture;
    int weight;
};

// A rough picture of who walks into a high-street shop in each country; other regions get a
// broad mix.
QList<CultureWeight> weightsFor(const QString &region)
{
    using C = NameCulture;
    if (region == QLatin1String("GB"))
        return {{C::British, 52}, {C::Irish, 8}, {C::SouthAsian, 13}, {C::Polish, 8},
            {C::German, 2}, {C::Spanish, 5}, {C::Chinese, 6}, {C::Arabic, 6}};
    if (region == QLatin1String("IE"))
        return {{C::Irish, 60}, {C::British, 14}, {C::Polish, 10}, {C::SouthAsian, 5},
            {C::Spanish, 4}, {C::Chinese, 4}, {C::Arabic, 2}, {C::German, 1}};
    if (region == QLatin1String("DE") || region == QLatin1String("AT")
        || region == QLatin1String("CH"))
        return {{C::German, 62}, {C::Polish, 10}, {C::Arabic, 9}, {C::Spanish, 5}, {C::British, 4},
            {C::SouthAsian, 4}, {C::Chinese, 4}, {C::Irish, 2}};
    if (region == QLatin1String("ES"))
        return {{C::Spanish, 75}, {C::British, 6}, {C::Arabic, 8}, {C::German, 4}, {C::Chinese, 4},
            {C::Polish, 2}, {C::SouthAsian, 1}};
    if (region == QLatin1String("PL"))
        return {{C::Polish, 85}, {C::German, 5}, {C::British, 4}, {C::Spanish, 2}, {C::Arabic, 2},
            {C::Chinese, 2}};
    if (region == QLatin1String("US") || region == QLatin1String("CA"))
        return {{C::British, 42}, {C::Spanish, 20}, {C::Irish, 10}, {C::Chinese, 8},
            {C::SouthAsian, 8}, {C::German, 6}, {C::Polish, 3}, {C::Arabic, 3}};
    return {{C::British, 25}, {C::Spanish, 15}, {C::German, 15}, {C::Irish, 8}, {C::SouthAsian, 10},
        {C::Polish, 9}, {C::Chinese, 9}, {C::Arabic, 9}};
}

NameCulture randomCulture(DemoRandom &random, const QList<CultureWeight> &weights)
{
    int total = 0;
    for (const CultureWeight &w : weights)
        total += w.weight;
    int roll = random.below(total);
    for (const CultureWeight &w : weights) {
        if (roll < w.weight)
            return w.culture;
        roll -= w.weight;
    }
    return weights.constFirst().culture;
}

} // namespace

DemoPerson randomDemoPerson(DemoRandom &random, const QString &region)
{
    const QList<CultureWeight> weights = weightsFor(region.toUpper());
    DemoPerson person;
    person.culture = randomCulture(random, weights);
    person.firstName = random.pick(namesOf(person.culture).first);
    // Families mix: some people carry a surname from another culture than their first name.
    const NameCulture lastCulture
        = random.chance(0.08) ? randomCulture(random, weights) : person.culture;
    person.lastName = random.pick(namesOf(lastCulture).last);
    return person;
}

QString asciiFolded(const QString &text)
{
    static const QHash<QChar, QString> spelledOut {
        {QChar(u'ł'), QStringLiteral("l")},
        {QChar(u'Ł'), QStringLiteral("L")},
        {QChar(u'ß'), QStringLiteral("ss")},
        {QChar(u'ø'), QStringLiteral("o")},
        {QChar(u'Ø'), QStringLiteral("O")},
        {QChar(u'æ'), QStringLiteral("ae")},
        {QChar(u'Æ'), QStringLiteral("AE")},
        {QChar(u'đ'), QStringLiteral("d")},
    };
    QString folded;
    for (const QChar c : text.normalized(QString::NormalizationForm_D)) {
        if (c.unicode() < 0x80)
            folded.append(c);
        else if (const auto it = spelledOut.constFind(c); it != spelledOut.constEnd())
            folded.append(*it);
        // Combining accents and anything else without an ASCII spelling are dropped.
    }
    return folded;
}

QString demoEmail(const DemoPerson &person, DemoRandom &random)
{
    const auto part = [](const QString &name) {
        QString out;
        for (const QChar c : asciiFolded(name).toLower()) {
            if (c.isLetterOrNumber())
                out.append(c);
        }
        return out;
    };
    const QString first = part(person.firstName);
    const QString last = part(person.lastName);
    QString local;
    switch (random.below(6)) {
    case 0:
        local = QString(first + last);
        break;
    case 1:
        local = QString(first.left(1) + QLatin1Char('.') + last);
        break;
    case 2:
        local = QString(first + QString::number(random.between(1, 99)));
        break;
    case 3:
        local
            = QString(first + QLatin1Char('_') + last + QString::number(random.between(70, 2009)));
        break;
    default:
        local = QString(first + QLatin1Char('.') + last);
        break;
    }
    const QLatin1String domain(random.chance(0.6) ? "example.com" : "example.org");
    return QString(local + QLatin1Char('@') + domain);
}

QString cultureLanguage(NameCulture culture, DemoRandom &random)
{
    switch (culture) {
    case NameCulture::British:
    case NameCulture::Irish:
        break;
    case NameCulture::SouthAsian: {
        static const QStringList languages {QStringLiteral("ur"), QStringLiteral("pa"),
            QStringLiteral("hi"), QStringLiteral("bn"), QStringLiteral("gu")};
        return random.pick(languages);
    }
    case NameCulture::Polish:
        return QStringLiteral("pl");
    case NameCulture::German:
        return QStringLiteral("de");
    case NameCulture::Spanish:
        return QStringLiteral("es");
    case NameCulture::Chinese:
        return QStringLiteral("zh");
    case NameCulture::Arabic:
        return QStringLiteral("ar");
    }
    return QStringLiteral("en");
}

} // namespace rapport::app
