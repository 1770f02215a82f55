#include "app/demo/DemoPhoneNumbers.h"

#include "app/demo/DemoRandom.h"

#include <QSet>

#include <phonenumbers/phonenumberutil.h>

#include <string>

namespace rapport::app {
namespace {

using i18n::phonenumbers::PhoneNumber;
using i18n::phonenumbers::PhoneNumberUtil;

quint64 powerOfTen(int exponent)
{
    quint64 result = 1;
    for (int i = 0; i < exponent; ++i)
        result *= 10;
    return result;
}

bool isTextable(const PhoneNumberUtil &util, const PhoneNumber &number)
{
    const PhoneNumberUtil::PhoneNumberType type = util.GetNumberType(number);
    return type == PhoneNumberUtil::MOBILE || type == PhoneNumberUtil::FIXED_LINE_OR_MOBILE;
}

// A multiplier that makes i -> (offset + i * step) mod 10^k visit every suffix exactly once:
// any step coprime to 10 does.
quint64 coprimeStep(DemoRandom &random, quint64 modulus)
{
    if (modulus <= 10)
        return 1;
    quint64 step = 0;
    do {
        step = quint64(random.below64(qint64(modulus)));
    } while (step % 2 == 0 || step % 5 == 0);
    return step;
}

} // namespace

QStringList demoMobileNumbers(const QString &region, int count, DemoRandom &random)
{
    const PhoneNumberUtil &util = *PhoneNumberUtil::GetInstance();
    PhoneNumber example;
    if (count <= 0
        || !util.GetExampleNumberForType(
            region.toUpper().toStdString(), PhoneNumberUtil::MOBILE, &example))
        return {};
    std::string nationalDigits;
    util.GetNationalSignificantNumber(example, &nationalDigits);
    const int length = int(nationalDigits.size());
    const QString prefix = QString(QLatin1Char('+') + QString::number(example.country_code()));
    const QString leadingZeros = example.italian_leading_zero()
        ? QString(std::max(1, example.number_of_leading_zeros()), QLatin1Char('0'))
        : QString();

    // Vary six trailing digits (so numbers do not all look alike), more when that leaves too
    // little room for four candidates per wanted number or too few of them are mobiles; the
    // leading digits keep the mobile range. Nine digits at most keeps offset + i * step inside
    // 64 bits.
    int varied = std::min(6, length - 3);
    while (powerOfTen(varied) < 4 * quint64(count) && varied < length - 2)
        ++varied;
    varied = std::max(varied, 1);
    QSet<quint64> taken;
    QStringList numbers;
    for (; varied <= std::min(length - 2, 9) && numbers.size() < count; ++varied) {
        const quint64 modulus = powerOfTen(varied);
        const quint64 head = example.national_number() / modulus * modulus;
        const quint64 step = coprimeStep(random, modulus);
        const quint64 offset = quint64(random.below64(qint64(modulus)));
        for (quint64 i = 0; i < modulus && numbers.size() < count; ++i) {
            const quint64 candidate = head + (offset + i * step) % modulus;
            if (taken.contains(candidate))
                continue;
            PhoneNumber number = example;
            number.set_national_number(candidate);
            if (!isTextable(util, number))
                continue;
            taken.insert(candidate);
            numbers.append(QString(prefix + leadingZeros + QString::number(candidate)));
        }
    }
    random.shuffle(numbers);
    return numbers;
}

} // namespace rapport::app
