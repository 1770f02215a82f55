<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>PageCatalogue</name>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="8"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="9"/>
        <source>No conversations yet</source>
        <translation>Noch keine Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="10"/>
        <source>Texts from your customers and your replies will appear here, one conversation per customer, with the unread ones first.</source>
        <translation>Hier erscheinen die SMS Ihrer Kunden und Ihre Antworten – eine Unterhaltung pro Kunde, ungelesene zuerst.</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="12"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="13"/>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="14"/>
        <source>Your customer list will live here: names, mobile numbers, consent, visits and tags. You will be able to import the list from your till or add customers one by one.</source>
        <translation>Hier wird Ihre Kundenliste geführt: Namen, Handynummern, Einwilligungen, Besuche und Schlagwörter. Sie können die Liste aus Ihrem Kassensystem importieren oder Kunden einzeln anlegen.</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="17"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="18"/>
        <source>No campaigns yet</source>
        <translation>Noch keine Kampagnen</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="19"/>
        <source>A campaign sends one short text to a group of customers. Before it goes out you will see who receives it, who is skipped and why, and when the last text leaves.</source>
        <translation>Eine Kampagne schickt eine kurze SMS an eine Gruppe von Kunden. Vor dem Versand sehen Sie, wer sie erhält, wer übersprungen wird und warum, und wann die letzte SMS hinausgeht.</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="21"/>
        <source>Automations</source>
        <translation>Automatisierungen</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="22"/>
        <source>No automations yet</source>
        <translation>Noch keine Automatisierungen</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="23"/>
        <source>Appointment reminders, birthday and anniversary wishes, welcome texts and feedback requests will run from here, only to customers who agreed and only at decent hours.</source>
        <translation>Terminerinnerungen, Geburtstags- und Jubiläumsgrüße, Willkommens-SMS und Bitten um Feedback laufen von hier aus – nur an Kunden, die zugestimmt haben, und nur zu vernünftigen Uhrzeiten.</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="26"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="27"/>
        <source>Nothing to report yet</source>
        <translation>Noch nichts zu berichten</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="28"/>
        <source>Once texts go out, delivery and reply rates, opt-outs, feedback scores and returning customers will be charted here.</source>
        <translation>Sobald SMS verschickt werden, sehen Sie hier Zustell- und Antwortquoten, Abmeldungen, Feedback-Bewertungen und wiederkehrende Kunden als Diagramme.</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="31"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="32"/>
        <source>No modem set up</source>
        <translation>Kein Modem eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="33"/>
        <source>Rapport sends and receives texts through a USB GSM modem with a SIM card, plugged into this computer. Its signal, operator, SIM state and how many texts it has sent today will show here.</source>
        <translation>Rapport sendet und empfängt SMS über ein USB-GSM-Modem mit SIM-Karte, das an diesem Computer steckt. Hier sehen Sie Signal, Netzbetreiber, SIM-Status und wie viele SMS es heute verschickt hat.</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="36"/>
        <location filename="../ui/PageCatalogue.cpp" line="37"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/PageCatalogue.cpp" line="38"/>
        <source>Your business profile, opening and quiet hours, keywords and their replies, templates, staff members and backups will be set here.</source>
        <translation>Hier legen Sie Ihr Geschäftsprofil, Öffnungs- und Ruhezeiten, Schlüsselwörter und ihre Antworten, Vorlagen, Mitarbeiter und Sicherungen fest.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="40"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="84"/>
        <source>Your data is kept in %1 and your preferences in %2.</source>
        <translation>Ihre Daten liegen in %1, Ihre Einstellungen in %2.</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="96"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="97"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="101"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="110"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="111"/>
        <source>&amp;About Rapport</source>
        <translation>Ü&amp;ber Rapport</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="117"/>
        <source>No modem set up</source>
        <translation>Kein Modem eingerichtet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="119"/>
        <source>Modem status</source>
        <translation>Modemstatus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="120"/>
        <source>No staff member signed in</source>
        <translation>Kein Mitarbeiter angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="122"/>
        <source>Signed-in staff member</source>
        <translation>Angemeldeter Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="131"/>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="132"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Relationship texting for small businesses, sent and received through your own GSM modem. Your customers&apos; data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Kundenpflege per SMS für kleine Unternehmen – gesendet und empfangen über Ihr eigenes GSM-Modem. Die Daten Ihrer Kunden bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
</context>
</TS>
