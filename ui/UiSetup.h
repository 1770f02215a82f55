#pragma once

class QApplication;

namespace rapport::ui {

// Loads Qt's own and Rapport's translations for the language chosen in Settings, else the
// system's (embedded .qm files). Returns whether Rapport's own translation for that language was
// found (English needs none beyond its plurals, which are always installed).
bool installTranslations(QApplication &application);
// Window icon and desktop-file association; the palette and style stay the system's.
void applyApplicationLook();

} // namespace rapport::ui
