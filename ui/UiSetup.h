#pragma once

class QApplication;

namespace rapport::ui {

// Loads Qt's own and Rapport's translations for the system language (embedded .qm files).
void installTranslations(QApplication &application);
// Window icon and desktop-file association; the palette and style stay the system's.
void applyApplicationLook();

} // namespace rapport::ui
