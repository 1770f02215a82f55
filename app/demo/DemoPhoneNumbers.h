#pragma once

#include <QString>
#include <QStringList>

namespace rapport::app {

class DemoRandom;

// `count` different mobile numbers of `region` (ISO 3166) in E.164, shuffled. They are
// libphonenumber's example mobile number with its trailing digits varied, each candidate checked
// once and kept only when libphonenumber calls it a mobile (or, where the number cannot tell, a
// fixed line or mobile), so every one is valid for texting as PhoneNumbers judges it. Fewer than
// `count` when the region has no example mobile or its range is too narrow.
QStringList demoMobileNumbers(const QString &region, int count, DemoRandom &random);

} // namespace rapport::app
