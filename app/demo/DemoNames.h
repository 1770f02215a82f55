#pragma once

#include <QString>

namespace rapport::app {

class DemoRandom;

// Where a demo name comes from, so that first and last name (and often the language) match.
enum class NameCulture { British, Irish, SouthAsian, Polish, German, Spanish, Chinese, Arabic };

struct DemoPerson
{
    QString firstName;
    QString lastName;
    NameCulture culture = NameCulture::British;
};

// A person as a shop in `region` (ISO 3166) might meet one: mostly local names, a good share from
// elsewhere, with the accents, apostrophes and spaces real names have ("Zoë", "Łukasz",
// "O'Brien", "Ó Súilleabháin").
DemoPerson randomDemoPerson(DemoRandom &random, const QString &region);

// A plausible address on the reserved example.com / example.org domains (RFC 2606), so that a
// demo database can never mail a real person.
QString demoEmail(const DemoPerson &person, DemoRandom &random);

// The BCP 47 language a person of this culture may prefer ("pl", "zh"...).
QString cultureLanguage(NameCulture culture, DemoRandom &random);

// "Łukasz Wiśniewski" -> "Lukasz Wisniewski": accents dropped, letters without a decomposition
// (ł, ß, ø...) spelled out, for the local part of an email address.
QString asciiFolded(const QString &text);

} // namespace rapport::app
