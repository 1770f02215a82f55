<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AppointmentError</name>
    <message>
        <location filename="../app/appointments/AppointmentBook.cpp" line="74"/>
        <source>This customer no longer exists, perhaps merged or erased. Open the customer again and book the appointment there.</source>
        <translation>Diesen Kunden gibt es nicht mehr, vielleicht wurde er zusammengeführt oder gelöscht. Öffnen Sie den Kunden erneut und buchen Sie den Termin dort.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentBook.cpp" line="78"/>
        <source>Choose a time from now on: this one has already passed.</source>
        <translation>Wählen Sie eine Uhrzeit ab jetzt: Diese ist schon vorbei.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentBook.cpp" line="81"/>
        <source>Choose a length between %1 minutes and %2 hours.</source>
        <translation>Wählen Sie eine Dauer zwischen %1 Minuten und %2 Stunden.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentBook.cpp" line="86"/>
        <source>Shorten what the appointment is for to at most %1 characters.</source>
        <translation>Kürzen Sie die Angabe, wofür der Termin ist, auf höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentBook.cpp" line="90"/>
        <source>This appointment no longer exists, perhaps its customer was erased. Open the customer again to see their appointments.</source>
        <translation>Diesen Termin gibt es nicht mehr, vielleicht wurde sein Kunde gelöscht. Öffnen Sie den Kunden erneut, um seine Termine zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentBook.cpp" line="94"/>
        <source>This appointment was already cancelled. There is nothing more to do.</source>
        <translation>Dieser Termin wurde bereits abgesagt. Es ist nichts weiter zu tun.</translation>
    </message>
    <message>
        <location filename="../app/appointments/AppointmentBook.cpp" line="99"/>
        <source>The appointments could not be read or saved (%1). Check that the disk is not full, then try again.</source>
        <translation>Die Termine konnten nicht gelesen oder gespeichert werden (%1). Prüfen Sie, ob der Datenträger voll ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>BuiltInSegments</name>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="92"/>
        <source>Regulars</source>
        <translation>Stammkunden</translation>
    </message>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="94"/>
        <source>High value</source>
        <translation>Top-Kunden</translation>
    </message>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="96"/>
        <source>Lapsed</source>
        <translation>Lange nicht da</translation>
    </message>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="98"/>
        <source>Birthday this month</source>
        <translation>Geburtstag diesen Monat</translation>
    </message>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="100"/>
        <source>Anniversary this month</source>
        <translation>Jahrestag diesen Monat</translation>
    </message>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="102"/>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/segments/BuiltInSegments.cpp" line="111"/>
        <source>Customers with at least %n visits in the last %1 days.</source>
        <translation>
            <numerusform>Kunden mit mindestens %n Besuch in den letzten %1 Tagen.</numerusform>
            <numerusform>Kunden mit mindestens %n Besuchen in den letzten %1 Tagen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="115"/>
        <source>The top %1% of customers by total spend.</source>
        <translation>Die %1 % der Kunden mit dem höchsten Gesamtumsatz.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/segments/BuiltInSegments.cpp" line="117"/>
        <source>Customers who have visited before, but not in the last %n days.</source>
        <translation>
            <numerusform>Kunden, die schon einmal da waren, aber seit %n Tag nicht mehr.</numerusform>
            <numerusform>Kunden, die schon einmal da waren, aber seit %n Tagen nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="120"/>
        <source>Customers whose birthday falls in the current month.</source>
        <translation>Kunden, die in diesem Monat Geburtstag haben.</translation>
    </message>
    <message>
        <location filename="../app/segments/BuiltInSegments.cpp" line="122"/>
        <source>Customers whose anniversary falls in the current month.</source>
        <translation>Kunden, deren Jahrestag in diesen Monat fällt.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/segments/BuiltInSegments.cpp" line="124"/>
        <source>Customers whose first visit was in the last %n days, or who were added in the last %n days and have not visited yet.</source>
        <translation>
            <numerusform>Kunden, deren erster Besuch höchstens %n Tag zurückliegt oder die vor höchstens %n Tag angelegt wurden und noch nicht da waren.</numerusform>
            <numerusform>Kunden, deren erster Besuch höchstens %n Tage zurückliegt oder die vor höchstens %n Tagen angelegt wurden und noch nicht da waren.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BusinessSettings</name>
    <message>
        <location filename="../app/settings/BusinessSettings.cpp" line="18"/>
        <source>Business name: type the name customers know you by; it starts your marketing texts.</source>
        <translation>Geschäftsname: Geben Sie den Namen ein, unter dem Ihre Kunden Sie kennen. Er steht am Anfang Ihrer Werbe-SMS.</translation>
    </message>
    <message>
        <location filename="../app/settings/BusinessSettings.cpp" line="21"/>
        <source>Business name: keep it under %1 characters; it goes into texts, where every character counts.</source>
        <translation>Geschäftsname: Bleiben Sie unter %1 Zeichen. Der Name steht in den SMS, und dort zählt jedes Zeichen.</translation>
    </message>
    <message>
        <location filename="../app/settings/BusinessSettings.cpp" line="25"/>
        <source>Country: choose the country your shop is in.</source>
        <translation>Land: Wählen Sie das Land, in dem Ihr Geschäft liegt.</translation>
    </message>
    <message>
        <location filename="../app/settings/BusinessSettings.cpp" line="27"/>
        <source>Country: Rapport does not know the phone numbers of “%1”. Choose another country from the list.</source>
        <translation>Land: Rapport kennt die Telefonnummern von „%1“ nicht. Wählen Sie ein anderes Land aus der Liste.</translation>
    </message>
    <message>
        <location filename="../app/settings/BusinessSettings.cpp" line="31"/>
        <source>Time zone: choose the time zone of your shop from the list.</source>
        <translation>Zeitzone: Wählen Sie die Zeitzone Ihres Geschäfts aus der Liste.</translation>
    </message>
</context>
<context>
    <name>ComposeCounter</name>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="17"/>
        <source>a non-breaking space</source>
        <translation>ein geschütztes Leerzeichen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="19"/>
        <source>a special space</source>
        <translation>ein Sonderleerzeichen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="21"/>
        <source>an invisible character (U+%1)</source>
        <translation>ein unsichtbares Zeichen (U+%1)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="32"/>
        <source>%1 / 1 text</source>
        <comment>characters / parts</comment>
        <translation>%1 / 1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="33"/>
        <source>%1 / %2 texts</source>
        <comment>characters / parts</comment>
        <translation>%1 / %2 SMS</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="35"/>
        <source>1 character left in this text</source>
        <translation>Noch 1 Zeichen in dieser SMS</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="36"/>
        <source>%1 characters left in this text</source>
        <translation>Noch %1 Zeichen in dieser SMS</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="45"/>
        <source>%1 with %2</source>
        <comment>replace X with Y</comment>
        <translation>%1 durch %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="49"/>
        <source>%1 more</source>
        <translation>%1 weitere</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="52"/>
        <source>UCS-2: 1 part because of %1</source>
        <translation>UCS-2: 1 Teil, Ursache: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="53"/>
        <source>UCS-2: %1 parts because of %2</source>
        <translation>UCS-2: %1 Teile, Ursache: %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="56"/>
        <source> — replace with %1</source>
        <translation> – durch %1 ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeCounter.cpp" line="59"/>
        <source> — replace %1</source>
        <translation> – ersetzen: %1</translation>
    </message>
</context>
<context>
    <name>Consent</name>
    <message>
        <location filename="../app/consent/ConsentError.cpp" line="11"/>
        <source>This customer no longer exists, perhaps merged or erased. Open the customer again and record the consent there.</source>
        <translation>Diesen Kunden gibt es nicht mehr, vielleicht wurde er zusammengeführt oder gelöscht. Öffnen Sie den Kunden erneut und erfassen Sie die Einwilligung dort.</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentError.cpp" line="15"/>
        <source>Consent cannot be recorded without the exact words the customer agreed to. Choose or enter the consent wording that was shown or read out.</source>
        <translation>Eine Einwilligung kann nur mit dem genauen Wortlaut erfasst werden, dem der Kunde zugestimmt hat. Wählen Sie den Einwilligungstext, der gezeigt oder vorgelesen wurde, oder geben Sie ihn ein.</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentError.cpp" line="19"/>
        <source>The consent wording has no version. Choose the version of the wording that was shown, so it can be proved later what the customer agreed to.</source>
        <translation>Der Einwilligungstext hat keine Version. Wählen Sie die Version des Textes, die gezeigt wurde, damit sich später belegen lässt, wozu der Kunde zugestimmt hat.</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentError.cpp" line="23"/>
        <source>This row says the customer agreed but the file gives no consent text. Add a column with what the customer agreed to, or import the row without consent.</source>
        <translation>Laut dieser Zeile hat der Kunde zugestimmt, aber die Datei enthält keinen Einwilligungstext. Fügen Sie eine Spalte mit dem Text hinzu, dem der Kunde zugestimmt hat, oder importieren Sie die Zeile ohne Einwilligung.</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentError.cpp" line="27"/>
        <source>A keyword opt-in or opt-out needs the customer&apos;s own message as evidence. Record it from the received text message.</source>
        <translation>Eine An- oder Abmeldung per Schlüsselwort braucht die Nachricht des Kunden als Nachweis. Erfassen Sie sie aus der empfangenen SMS.</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentError.cpp" line="31"/>
        <source>The consent date is in the future. Correct the date, or check the computer&apos;s clock.</source>
        <translation>Das Datum der Einwilligung liegt in der Zukunft. Korrigieren Sie das Datum oder prüfen Sie die Uhr des Computers.</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentError.cpp" line="34"/>
        <source>The customer already has a more recent consent record for this purpose, which stays in force. The older one was not added.</source>
        <translation>Der Kunde hat für diesen Zweck bereits eine neuere Einwilligung, die weiter gilt. Die ältere wurde nicht hinzugefügt.</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentError.cpp" line="38"/>
        <source>The consent record could not be saved. Check that the disk is not full, then try again.</source>
        <translation>Die Einwilligung konnte nicht gespeichert werden. Prüfen Sie, ob der Datenträger voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="76"/>
        <source>Service reminders</source>
        <translation>Service-Erinnerungen</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="78"/>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="80"/>
        <source>Feedback requests</source>
        <translation>Feedback-Anfragen</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="89"/>
        <source>Opted in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="91"/>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="100"/>
        <source>In person</source>
        <translation>Persönlich</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="102"/>
        <source>Paper form</source>
        <translation>Papierformular</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="104"/>
        <source>Text message keyword</source>
        <translation>SMS-Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="106"/>
        <source>Imported</source>
        <translation>Importiert</translation>
    </message>
    <message>
        <location filename="../app/consent/ConsentTypes.cpp" line="108"/>
        <source>Web form</source>
        <translation>Webformular</translation>
    </message>
    <message>
        <location filename="../app/consent/SuppressionList.cpp" line="58"/>
        <source>The number is not in international form. Check it in the customer record; it must start with + and the country code.</source>
        <translation>Die Nummer ist nicht im internationalen Format. Prüfen Sie sie im Kundeneintrag: Sie muss mit + und der Ländervorwahl beginnen.</translation>
    </message>
    <message>
        <location filename="../app/consent/SuppressionList.cpp" line="62"/>
        <source>The do-not-text list cannot be checked because the system&apos;s security library did not start. Restart Rapport; if this happens again, contact support.</source>
        <translation>Die Sperrliste kann nicht geprüft werden, weil die Sicherheitsbibliothek des Systems nicht gestartet ist. Starten Sie Rapport neu. Wenn das wieder passiert, wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <location filename="../app/consent/SuppressionList.cpp" line="66"/>
        <source>The do-not-text list in this database is damaged, so numbers on it cannot be recognised. Restore the latest backup before texting anyone.</source>
        <translation>Die Sperrliste in dieser Datenbank ist beschädigt, daher werden Nummern darauf nicht erkannt. Stellen Sie die letzte Sicherung wieder her, bevor Sie jemandem eine SMS schicken.</translation>
    </message>
    <message>
        <location filename="../app/consent/SuppressionList.cpp" line="70"/>
        <source>The do-not-text list could not be read or saved. Check that the disk is not full, then try again.</source>
        <translation>Die Sperrliste konnte nicht gelesen oder gespeichert werden. Prüfen Sie, ob der Datenträger voll ist, und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/consent/SuppressionList.cpp" line="94"/>
        <source>Erased at the person&apos;s request</source>
        <translation>Auf Wunsch der Person gelöscht</translation>
    </message>
    <message>
        <location filename="../app/consent/SuppressionList.cpp" line="95"/>
        <source>Opted out of all texts</source>
        <translation>Von allen SMS abgemeldet</translation>
    </message>
</context>
<context>
    <name>CounterConsentWording</name>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="9"/>
        <source>our shop</source>
        <translation>unser Geschäft</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="18"/>
        <source>May %1 text you about your appointments and visits, such as reminders? You can stop these texts at any time by replying STOP.</source>
        <translation>Darf %1 Ihnen SMS zu Ihren Terminen und Besuchen schicken, z. B. Erinnerungen? Sie können diese SMS jederzeit mit der Antwort STOP abbestellen.</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="22"/>
        <source>Would you like texts from %1 with news and offers? We send a few a month at most, and you can stop them at any time by replying STOP.</source>
        <translation>Möchten Sie SMS von %1 mit Neuigkeiten und Angeboten erhalten? Wir senden höchstens ein paar im Monat, und Sie können sie jederzeit mit der Antwort STOP abbestellen.</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="26"/>
        <source>May %1 text you after a visit to ask how it went? You can stop these texts at any time by replying STOP.</source>
        <translation>Darf %1 Ihnen nach einem Besuch eine SMS schicken und fragen, wie es war? Sie können diese SMS jederzeit mit der Antwort STOP abbestellen.</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="40"/>
        <source>%1: you will get no more appointment texts from us. Reply START to get them again.</source>
        <translation>%1: Sie erhalten keine Termin-SMS mehr von uns. Antworten Sie START, um sie wieder zu erhalten.</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="44"/>
        <source>%1: you will get no more offers by text from us. Reply START to get them again.</source>
        <translation>%1: Sie erhalten keine Angebote per SMS mehr von uns. Antworten Sie START, um sie wieder zu erhalten.</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="48"/>
        <source>%1: we will not ask for your feedback by text any more. Reply START to change that.</source>
        <translation>%1: Wir fragen Sie nicht mehr per SMS nach Ihrer Meinung. Antworten Sie START, um das zu ändern.</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="56"/>
        <source>%1: thanks, you will now get appointment texts from us. Reply STOP to opt out, HELP for help.</source>
        <translation>%1: Danke, Sie erhalten jetzt Termin-SMS von uns. Abmelden mit STOP, Hilfe mit HELP.</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="60"/>
        <source>%1: thanks, you will now get news and offers by text. Reply STOP to opt out, HELP for help.</source>
        <translation>%1: Danke, Sie erhalten jetzt Neuigkeiten und Angebote per SMS. Abmelden mit STOP, Hilfe mit HELP.</translation>
    </message>
    <message>
        <location filename="../app/consent/CounterConsentWording.cpp" line="64"/>
        <source>%1: thanks, we may text you after a visit to ask how it went. Reply STOP to opt out, HELP for help.</source>
        <translation>%1: Danke, wir dürfen Ihnen nach einem Besuch eine SMS schicken und fragen, wie es war. Abmelden mit STOP, Hilfe mit HELP.</translation>
    </message>
</context>
<context>
    <name>CustomerError</name>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="21"/>
        <source>Give a name or a mobile number, so the customer can be found again.</source>
        <translation>Geben Sie einen Namen oder eine Handynummer an, damit der Kunde wiedergefunden werden kann.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="25"/>
        <source>The email address is not complete. Check it has a name, an @ and a domain such as example.com, or leave it empty.</source>
        <translation>Die E-Mail-Adresse ist unvollständig. Prüfen Sie, ob sie einen Namen, ein @ und eine Domain wie example.com enthält, oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="28"/>
        <source>That birthday is not a date. Give a day and a month (and the year if known).</source>
        <translation>Dieser Geburtstag ist kein Datum. Geben Sie Tag und Monat an (und das Jahr, falls bekannt).</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="31"/>
        <source>The time zone is not known. Choose one from the list, such as Europe/London.</source>
        <translation>Die Zeitzone ist unbekannt. Wählen Sie eine aus der Liste, z. B. Europe/Berlin.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="34"/>
        <source>A value was given for a custom field that does not exist any more.</source>
        <translation>Es wurde ein Wert für ein eigenes Feld angegeben, das es nicht mehr gibt.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="36"/>
        <source>A custom field that holds a number was given something else. Type digits only, with a decimal point if needed.</source>
        <translation>Ein eigenes Feld für Zahlen hat etwas anderes erhalten. Geben Sie nur Ziffern ein, bei Bedarf mit Dezimalzeichen.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="39"/>
        <source>A custom field that holds a date was given something else. Type it as YYYY-MM-DD.</source>
        <translation>Ein eigenes Feld für Datumsangaben hat etwas anderes erhalten. Geben Sie es als JJJJ-MM-TT ein.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="42"/>
        <source>A custom field with a list of choices was given a value that is not one of them. Pick one of the choices.</source>
        <translation>Ein eigenes Feld mit Auswahlliste hat einen Wert erhalten, der nicht in der Liste steht. Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="46"/>
        <source>A custom field needs a name, and a list of choices needs at least one choice.</source>
        <translation>Ein eigenes Feld braucht einen Namen, und eine Auswahlliste braucht mindestens einen Eintrag.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="62"/>
        <source>Another customer already has this mobile number. Open that customer, or merge the two records.</source>
        <translation>Ein anderer Kunde hat bereits diese Handynummer. Öffnen Sie diesen Kunden oder führen Sie die beiden Einträge zusammen.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="68"/>
        <source>This customer no longer exists; someone may have merged or erased them.</source>
        <translation>Diesen Kunden gibt es nicht mehr; vielleicht hat ihn jemand zusammengeführt oder gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/customers/CustomerErrorText.cpp" line="72"/>
        <source>The customer could not be saved because the database failed (%1). Nothing was changed; try again.</source>
        <translation>Der Kunde konnte nicht gespeichert werden, weil die Datenbank einen Fehler hatte (%1). Es wurde nichts geändert. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CustomerExporter</name>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="31"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="32"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="33"/>
        <source>Mobile number</source>
        <translation>Handynummer</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="34"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="35"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="36"/>
        <source>Anniversary</source>
        <translation>Jahrestag</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="37"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="38"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="39"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="40"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="42"/>
        <source>Consent (service)</source>
        <translation>Einwilligung (Service)</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="44"/>
        <source>Consent (marketing)</source>
        <translation>Einwilligung (Werbung)</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="46"/>
        <source>Consent (feedback)</source>
        <translation>Einwilligung (Feedback)</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="47"/>
        <source>Number of visits</source>
        <translation>Anzahl Besuche</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="48"/>
        <source>Total spent</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="49"/>
        <source>Date of last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="50"/>
        <source>Added on</source>
        <translation>Angelegt am</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="122"/>
        <source>Choose at least one column to export.</source>
        <translation>Wählen Sie mindestens eine Spalte für den Export.</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="124"/>
        <source>%1 already exists. Choose another file name, or move the old file away first.</source>
        <translation>%1 gibt es schon. Wählen Sie einen anderen Dateinamen oder verschieben Sie die alte Datei vorher.</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="129"/>
        <source>The export could not be written (%1). Check that you may write to the folder and that the disk is not full.</source>
        <translation>Der Export konnte nicht geschrieben werden (%1). Prüfen Sie, ob Sie in den Ordner schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="134"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location filename="../app/exporting/CustomerExporter.cpp" line="138"/>
        <source>The customers could not be read from the database (%1). Try again.</source>
        <translation>Die Kunden konnten nicht aus der Datenbank gelesen werden (%1). Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CustomerImporter</name>
    <message>
        <location filename="../app/importing/CustomerImporter.cpp" line="68"/>
        <source>A column is imported as consent, but not what the customers were told when they agreed. Enter that wording (for example the text of the paper form), or do not import consent.</source>
        <translation>Eine Spalte wird als Einwilligung importiert, aber es fehlt, was den Kunden bei der Zustimmung gesagt wurde. Geben Sie diesen Wortlaut ein (zum Beispiel den Text des Papierformulars) oder importieren Sie keine Einwilligung.</translation>
    </message>
    <message>
        <location filename="../app/importing/CustomerImporter.cpp" line="73"/>
        <source>The import was cancelled. Nothing was imported.</source>
        <translation>Der Import wurde abgebrochen. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <location filename="../app/importing/CustomerImporter.cpp" line="78"/>
        <source>The import failed because the database could not be written (%1). Nothing was imported; try again.</source>
        <translation>Der Import ist fehlgeschlagen, weil nicht in die Datenbank geschrieben werden konnte (%1). Es wurde nichts importiert. Versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>DatabaseBackups</name>
    <message>
        <location filename="../app/settings/DatabaseBackups.cpp" line="59"/>
        <location filename="../app/settings/DatabaseBackups.cpp" line="74"/>
        <source>%1 already exists. Choose a new file name; a backup never overwrites a file.</source>
        <translation>%1 gibt es schon. Wählen Sie einen neuen Dateinamen – eine Sicherung überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <location filename="../app/settings/DatabaseBackups.cpp" line="83"/>
        <source>There is no file %1. Check where the backup is and choose it again.</source>
        <translation>Die Datei %1 gibt es nicht. Prüfen Sie, wo die Sicherung liegt, und wählen Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../app/settings/DatabaseBackups.cpp" line="87"/>
        <source>%1 is not a Rapport backup, or it is damaged. Choose another backup.</source>
        <translation>%1 ist keine Rapport-Sicherung oder ist beschädigt. Wählen Sie eine andere Sicherung.</translation>
    </message>
    <message>
        <location filename="../app/settings/DatabaseBackups.cpp" line="102"/>
        <source>This database lives only in memory, so there is no file to restore into.</source>
        <translation>Diese Datenbank liegt nur im Arbeitsspeicher, daher gibt es keine Datei, in die wiederhergestellt werden kann.</translation>
    </message>
    <message>
        <location filename="../app/settings/DatabaseBackups.cpp" line="108"/>
        <source>The current data could not be saved first, so nothing was restored. %1</source>
        <translation>Die aktuellen Daten konnten vorher nicht gesichert werden, daher wurde nichts wiederhergestellt. %1</translation>
    </message>
</context>
<context>
    <name>DemoDataGenerator</name>
    <message>
        <location filename="../app/demo/DemoDataGenerator.cpp" line="73"/>
        <source>Demo data needs a country code such as GB and counts that are not negative.</source>
        <translation>Demodaten brauchen einen Ländercode wie DE und Anzahlen, die nicht negativ sind.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoDataGenerator.cpp" line="83"/>
        <source>This database already has customers or conversations. Demo data is only added to an empty database, so that real customers are never mixed with made-up ones: create a new database for the demo.</source>
        <translation>Diese Datenbank enthält bereits Kunden oder Unterhaltungen. Demodaten werden nur in eine leere Datenbank eingefügt, damit echte Kunden nie mit erfundenen vermischt werden. Legen Sie für die Demo eine neue Datenbank an.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoDataGenerator.cpp" line="251"/>
        <source>There are not enough mobile numbers for %1 to make up %2 customers. Choose fewer customers.</source>
        <translation>Für %1 gibt es nicht genug Handynummern, um %2 Kunden zu erfinden. Wählen Sie weniger Kunden.</translation>
    </message>
</context>
<context>
    <name>DemoTexts</name>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="10"/>
        <source>Hazel &amp; Finch Hair Studio</source>
        <translation>Friseurstudio Hazel &amp; Finch</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="13"/>
        <source>Can we text you about your appointments?</source>
        <translation>Dürfen wir Ihnen SMS zu Ihren Terminen schicken?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="14"/>
        <source>Can we also text you our offers and news, at most four a month?</source>
        <translation>Dürfen wir Ihnen auch Angebote und Neuigkeiten schicken, höchstens vier im Monat?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="15"/>
        <source>%1: you&apos;ll get texts about your appointments, about two a month. Reply STOP to opt out, HELP for help.</source>
        <translation>%1: Sie erhalten SMS zu Ihren Terminen, etwa zwei im Monat. Abmelden mit STOP, Hilfe mit HELP.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="17"/>
        <source>%1: you&apos;ll also get our offers and news, at most four a month. Reply STOP to opt out, HELP for help.</source>
        <translation>%1: Sie erhalten auch unsere Angebote und Neuigkeiten, höchstens vier im Monat. Abmelden mit STOP, Hilfe mit HELP.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="19"/>
        <source>%1: you&apos;re unsubscribed and won&apos;t get any more texts from us. Reply START to resubscribe.</source>
        <translation>%1: Sie sind abgemeldet und erhalten keine SMS mehr von uns. Antworten Sie START, um sich wieder anzumelden.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="23"/>
        <source>Favourite stylist</source>
        <translation>Lieblingsfriseur</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="24"/>
        <source>Loyalty points</source>
        <translation>Treuepunkte</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="26"/>
        <source>Prefers morning appointments</source>
        <translation>Bevorzugt Termine am Vormittag</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="27"/>
        <source>Allergic to PPD: patch test 48 h before any colour</source>
        <translation>PPD-Allergie: Allergietest 48 Std. vor jeder Färbung</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="28"/>
        <source>Likes a quiet appointment, no small talk</source>
        <translation>Mag ruhige Termine, kein Smalltalk</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="29"/>
        <source>Brings her dog Biscuit, keep water bowl out</source>
        <translation>Bringt ihren Hund Biscuit mit, Wassernapf bereitstellen</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="30"/>
        <source>Uses a wheelchair: book the ground-floor chair</source>
        <translation>Rollstuhlfahrerin: Platz im Erdgeschoss buchen</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="30"/>
        <source>Only free on Saturdays</source>
        <translation>Hat nur samstags Zeit</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="31"/>
        <source>Sensitive scalp, use the gentle shampoo</source>
        <translation>Empfindliche Kopfhaut, mildes Shampoo verwenden</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="31"/>
        <source>Prefers texts to phone calls</source>
        <translation>Lieber SMS als Anrufe</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="32"/>
        <source>Referred by her sister</source>
        <translation>Von ihrer Schwester empfohlen</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="32"/>
        <source>Pays by card only</source>
        <translation>Zahlt nur mit Karte</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="33"/>
        <source>Hard of hearing, speak facing him</source>
        <translation>Schwerhörig, ihn beim Sprechen ansehen</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="33"/>
        <source>Usually books for two (with daughter)</source>
        <translation>Bucht meist für zwei (mit Tochter)</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="34"/>
        <location filename="../app/demo/DemoTexts.cpp" line="40"/>
        <source>Cut and blow-dry</source>
        <translation>Schneiden und Föhnen</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="34"/>
        <location filename="../app/demo/DemoTexts.cpp" line="41"/>
        <source>Root touch-up</source>
        <translation>Ansatzfärbung</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="35"/>
        <source>Balayage, toner 9V</source>
        <translation>Balayage, Toner 9V</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="35"/>
        <source>Bought shampoo and conditioner</source>
        <translation>Shampoo und Spülung gekauft</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="35"/>
        <source>Gift voucher redeemed</source>
        <translation>Gutschein eingelöst</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="36"/>
        <source>Patch test done</source>
        <translation>Allergietest gemacht</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="36"/>
        <location filename="../app/demo/DemoTexts.cpp" line="42"/>
        <source>Beard trim</source>
        <translation>Bart trimmen</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="36"/>
        <location filename="../app/demo/DemoTexts.cpp" line="42"/>
        <source>Kids&apos; cut</source>
        <translation>Kinderhaarschnitt</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="36"/>
        <location filename="../app/demo/DemoTexts.cpp" line="41"/>
        <source>Full head highlights</source>
        <translation>Strähnen, ganzer Kopf</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="37"/>
        <source>Fringe trim, no charge</source>
        <translation>Pony schneiden, kostenlos</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="37"/>
        <location filename="../app/demo/DemoTexts.cpp" line="43"/>
        <source>Keratin treatment</source>
        <translation>Keratinbehandlung</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="38"/>
        <source>Arrived 20 min late, shortened service</source>
        <translation>20 Min. zu spät, Behandlung gekürzt</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="39"/>
        <source>No preference</source>
        <translation>Keine Vorliebe</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="40"/>
        <source>Wash and blow-dry</source>
        <translation>Waschen und Föhnen</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="42"/>
        <source>Balayage and toner</source>
        <translation>Balayage und Toner</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="43"/>
        <source>Fringe trim</source>
        <translation>Pony schneiden</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="43"/>
        <source>Patch test</source>
        <translation>Allergietest</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="44"/>
        <source>Colour consultation</source>
        <translation>Farbberatung</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="46"/>
        <source>Hi %1, this is a reminder of your appointment at %2 on %3 at %4. Reply C to confirm or R to reschedule.</source>
        <translation>Hallo %1, wir erinnern Sie an Ihren Termin bei %2 am %3 um %4. Antworten Sie B zum Bestätigen oder V zum Verschieben.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="49"/>
        <source>C</source>
        <translation>B</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="49"/>
        <source>c</source>
        <translation>b</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="49"/>
        <source>C thanks</source>
        <translation>B danke</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="49"/>
        <source>Confirmed 👍</source>
        <translation>Bestätigt 👍</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="49"/>
        <source>C!</source>
        <translation>B!</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="49"/>
        <source>Yes C</source>
        <translation>Ja B</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="50"/>
        <source>Thanks %1, you&apos;re confirmed. See you then!</source>
        <translation>Danke %1, Ihr Termin ist bestätigt. Bis dann!</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="51"/>
        <source>R</source>
        <translation>V</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="52"/>
        <source>No problem %1, when would suit you better?</source>
        <translation>Kein Problem %1, wann passt es Ihnen besser?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="53"/>
        <source>Could I do Thursday afternoon instead?</source>
        <translation>Ginge stattdessen Donnerstagnachmittag?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="54"/>
        <source>Any chance of next week, same time?</source>
        <translation>Geht es nächste Woche zur selben Zeit?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="54"/>
        <source>Saturday morning if you have it please</source>
        <translation>Samstagvormittag, wenn das geht</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="55"/>
        <source>Sorry, something came up. Later in the day?</source>
        <translation>Tut mir leid, mir ist etwas dazwischengekommen. Geht es später am Tag?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="56"/>
        <source>All booked for %1 at %2. See you then!</source>
        <translation>Alles gebucht für %1 um %2. Bis dann!</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="58"/>
        <source>Hi, do you have anything free this Saturday?</source>
        <translation>Hallo, haben Sie diesen Samstag noch etwas frei?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="59"/>
        <source>Hi %1, we have 10:30 or 14:00 on Saturday. Which suits you?</source>
        <translation>Hallo %1, wir haben am Samstag 10:30 oder 14:00 Uhr frei. Was passt Ihnen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="60"/>
        <source>Can I book a cut and colour next week?</source>
        <translation>Kann ich nächste Woche Schneiden und Färben buchen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="61"/>
        <source>Of course %1! Tuesday 11:00 or Wednesday 15:30?</source>
        <translation>Gern, %1! Dienstag 11:00 oder Mittwoch 15:30?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="62"/>
        <source>What time do you close today?</source>
        <translation>Wann schließen Sie heute?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="62"/>
        <source>We&apos;re open until 18:00 today, %1.</source>
        <translation>Wir haben heute bis 18:00 Uhr geöffnet, %1.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="63"/>
        <source>Running about 10 minutes late, sorry!</source>
        <translation>Ich komme ca. 10 Minuten später, sorry!</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="63"/>
        <source>No problem %1, see you soon.</source>
        <translation>Kein Problem %1, bis gleich.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="64"/>
        <source>Can I bring my daughter along for a trim too?</source>
        <translation>Kann ich meine Tochter zum Spitzenschneiden mitbringen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="65"/>
        <source>Yes of course, I&apos;ve added her to your booking.</source>
        <translation>Ja, natürlich, ich habe sie zu Ihrem Termin dazugebucht.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="66"/>
        <source>Do you sell gift vouchers?</source>
        <translation>Verkaufen Sie Gutscheine?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="67"/>
        <source>We do, %1! Any amount, just pop in or we can post one.</source>
        <translation>Ja, %1! Jeder Betrag, einfach vorbeikommen, oder wir schicken einen per Post.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="68"/>
        <source>I think I left my scarf there yesterday 🙈</source>
        <translation>Ich glaube, ich habe gestern meinen Schal bei Ihnen vergessen 🙈</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="69"/>
        <source>Found it, %1! It&apos;s safe behind the desk.</source>
        <translation>Gefunden, %1! Er liegt sicher hinter der Theke.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="70"/>
        <source>Is it ok to come with wet hair?</source>
        <translation>Kann ich mit nassen Haaren kommen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="70"/>
        <source>Yes that&apos;s fine, %1.</source>
        <translation>Ja, das ist in Ordnung, %1.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="71"/>
        <source>Hi, what was the name of that hair oil you used?</source>
        <translation>Hallo, wie hieß das Haaröl, das Sie verwendet haben?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="72"/>
        <source>It&apos;s the argan repair oil, %1. We have it in stock.</source>
        <translation>Das ist das Argan-Reparaturöl, %1. Wir haben es vorrätig.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="73"/>
        <source>Can I pay by card?</source>
        <translation>Kann ich mit Karte zahlen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="73"/>
        <source>Yes, card or contactless is fine.</source>
        <translation>Ja, Karte oder kontaktlos geht.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="75"/>
        <source>Thanks!</source>
        <translation>Danke!</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="75"/>
        <source>Thank you 😊</source>
        <translation>Vielen Dank 😊</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="75"/>
        <source>👍</source>
        <translation>👍</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="75"/>
        <source>❤️</source>
        <translation>❤️</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="76"/>
        <source>Lovely, thanks</source>
        <translation>Super, danke</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="76"/>
        <source>🙏</source>
        <translation>🙏</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="76"/>
        <source>See you then!</source>
        <translation>Bis dann!</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="76"/>
        <source>Perfect, thank you x</source>
        <translation>Perfekt, vielen Dank</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="77"/>
        <source>Great 👌</source>
        <translation>Toll 👌</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="77"/>
        <source>😊</source>
        <translation>😊</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="79"/>
        <source>%1: 20% off all colour services until Sunday. Reply to book. Reply STOP to opt out</source>
        <translation>%1: 20 % Rabatt auf alle Farbbehandlungen bis Sonntag. Zum Buchen einfach antworten. Abmelden mit STOP</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="80"/>
        <source>%1: our summer late-night opening starts Thursday, book until 20:00! Reply STOP to opt out</source>
        <translation>%1: Ab Donnerstag haben wir im Sommer länger geöffnet, Termine bis 20:00 Uhr! Abmelden mit STOP</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="82"/>
        <source>%1: treat someone special, gift vouchers now in store and by post. Reply STOP to opt out</source>
        <translation>%1: Machen Sie jemandem eine Freude - Gutscheine jetzt im Laden und per Post. Abmelden mit STOP</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="84"/>
        <source>%1: new season, new look! Free fringe trims all month. Reply STOP to opt out</source>
        <translation>%1: Neue Saison, neuer Look! Den ganzen Monat Pony schneiden gratis. Abmelden mit STOP</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="85"/>
        <source>Happy birthday %1! 🎂 Enjoy 15% off your next visit at %2. Reply STOP to opt out</source>
        <translation>Alles Gute zum Geburtstag, %1! 🎂 15 % Rabatt auf Ihren nächsten Besuch bei %2. Abmelden mit STOP</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="87"/>
        <source>Hi %1, it&apos;s been a while! We&apos;d love to see you at %2 again. Reply to book. Reply STOP to opt out</source>
        <translation>Hallo %1, lange nicht gesehen! Wir würden uns freuen, Sie wieder bei %2 zu sehen. Zum Buchen einfach antworten. Abmelden mit STOP</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="89"/>
        <source>Ooh yes please, can I book in?</source>
        <translation>Oh ja, gern! Kann ich einen Termin buchen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="89"/>
        <source>Thank you! 🎉</source>
        <translation>Danke! 🎉</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="90"/>
        <source>Do you have anything Friday?</source>
        <translation>Haben Sie Freitag etwas frei?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="90"/>
        <source>Thanks 😊</source>
        <translation>Danke 😊</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="91"/>
        <source>Thanks for visiting %2 today, %1! How did we do? Reply with a score from 1 to 10.</source>
        <translation>Danke für Ihren Besuch bei %2 heute, %1! Wie waren wir? Antworten Sie mit einer Note von 1 bis 10.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="93"/>
        <source>10</source>
        <translation>10</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="93"/>
        <source>9</source>
        <translation>9</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="93"/>
        <source>10!!</source>
        <translation>10!!</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="93"/>
        <source>8</source>
        <translation>8</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="94"/>
        <source>9 lovely as always</source>
        <translation>9 wie immer toll</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="94"/>
        <source>7</source>
        <translation>7</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="94"/>
        <source>10 👏</source>
        <translation>10 👏</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="94"/>
        <source>5</source>
        <translation>5</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="95"/>
        <source>Thank you for your feedback! If you have a moment, we&apos;d love a review: https://example.com/review</source>
        <translation>Danke für Ihr Feedback! Wenn Sie einen Moment Zeit haben, freuen wir uns über eine Bewertung: https://example.com/review</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="98"/>
        <source>Hi, are you open on Sundays?</source>
        <translation>Hallo, haben Sie sonntags geöffnet?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="98"/>
        <source>Hi! We&apos;re closed on Sundays, open 9-18 Mon-Sat.</source>
        <translation>Hallo! Sonntags haben wir geschlossen, Mo-Sa 9-18 Uhr geöffnet.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="99"/>
        <source>How much is a men&apos;s cut?</source>
        <translation>Was kostet ein Herrenhaarschnitt?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="99"/>
        <source>Men&apos;s cuts are from 25.00. Would you like to book?</source>
        <translation>Herrenhaarschnitte gibt es ab 25,00. Möchten Sie einen Termin?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="100"/>
        <source>Hi, is this the salon? Got your number from a friend</source>
        <translation>Hallo, ist das der Salon? Ich habe Ihre Nummer von einer Freundin</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="101"/>
        <source>Yes it is, welcome! How can we help?</source>
        <translation>Ja, genau, herzlich willkommen! Wie können wir helfen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="102"/>
        <source>Do you have availability tomorrow?</source>
        <translation>Haben Sie morgen noch etwas frei?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="102"/>
        <source>We have 11:15 or 16:00 tomorrow.</source>
        <translation>Morgen haben wir 11:15 oder 16:00 Uhr frei.</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="103"/>
        <source>Sorry wrong number</source>
        <translation>Sorry, falsche Nummer</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="103"/>
        <source>No problem, have a nice day!</source>
        <translation>Kein Problem, einen schönen Tag noch!</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="104"/>
        <source>Can I book for Friday?</source>
        <translation>Kann ich für Freitag buchen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="104"/>
        <source>Friday 10:00 is free. Can I take your name?</source>
        <translation>Freitag um 10:00 Uhr ist frei. Auf welchen Namen darf ich buchen?</translation>
    </message>
    <message>
        <location filename="../app/demo/DemoTexts.cpp" line="106"/>
        <source>Thanks for your message to %1! We&apos;ll get back to you as soon as we can.</source>
        <translation>Danke für Ihre Nachricht an %1! Wir melden uns so bald wie möglich.</translation>
    </message>
</context>
<context>
    <name>FirstRunSetup</name>
    <message>
        <location filename="../app/settings/FirstRunSetup.cpp" line="15"/>
        <source>Your name: type the name your team knows you by.</source>
        <translation>Ihr Name: Geben Sie den Namen ein, unter dem Ihr Team Sie kennt.</translation>
    </message>
    <message>
        <location filename="../app/settings/FirstRunSetup.cpp" line="17"/>
        <source>PIN: a PIN is 4 to 8 digits. Leave it empty to sign in without one.</source>
        <translation>PIN: Eine PIN hat 4 bis 8 Ziffern. Lassen Sie das Feld leer, um sich ohne PIN anzumelden.</translation>
    </message>
</context>
<context>
    <name>ImportMapping</name>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="213"/>
        <source>No column is mapped to a name or a mobile number, so there is nothing to find the customers by. Map at least one of them.</source>
        <translation>Keine Spalte ist einem Namen oder einer Handynummer zugeordnet, daher lassen sich die Kunden nicht finden. Ordnen Sie mindestens eines davon zu.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="218"/>
        <source>“%1” is chosen for more than one column. Choose it for one column only.</source>
        <translation>„%1“ ist für mehr als eine Spalte gewählt. Wählen Sie es nur für eine Spalte.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="223"/>
        <source>A visit amount or note is mapped without a visit date. Map the column with the date of the visit too, or do not import visits.</source>
        <translation>Ein Besuchsbetrag oder eine Besuchsnotiz ist ohne Besuchsdatum zugeordnet. Ordnen Sie auch die Spalte mit dem Besuchsdatum zu oder importieren Sie keine Besuche.</translation>
    </message>
</context>
<context>
    <name>ImportProblem</name>
    <message>
        <location filename="../app/importing/CsvReader.cpp" line="91"/>
        <source>column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="16"/>
        <source>Open it in your spreadsheet and save it again as &quot;CSV UTF-8&quot;, then import that file.</source>
        <translation>Öffnen Sie die Datei in Ihrer Tabellenkalkulation, speichern Sie sie erneut als „CSV UTF-8“ und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="27"/>
        <source>Rapport could not open the file %1. Check that it still exists and that you are allowed to read it.</source>
        <translation>Rapport konnte die Datei %1 nicht öffnen. Prüfen Sie, ob sie noch existiert und ob Sie sie lesen dürfen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="31"/>
        <source>The file is larger than %1 MB, more than a customer list should be. Check that you picked the right file, or split it into smaller files.</source>
        <translation>Die Datei ist größer als %1 MB – mehr, als eine Kundenliste sein sollte. Prüfen Sie, ob Sie die richtige Datei gewählt haben, oder teilen Sie sie in kleinere Dateien auf.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="35"/>
        <source>The file is empty. Check that you picked the right file and that it was saved completely.</source>
        <translation>Die Datei ist leer. Prüfen Sie, ob Sie die richtige Datei gewählt haben und ob sie vollständig gespeichert wurde.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="38"/>
        <source>This is a spreadsheet workbook (such as .xlsx), not a CSV file. In your spreadsheet choose File &gt; Save As &gt; &quot;CSV UTF-8&quot;, then import that file.</source>
        <translation>Dies ist eine Arbeitsmappe einer Tabellenkalkulation (z. B. .xlsx), keine CSV-Datei. Wählen Sie in Ihrer Tabellenkalkulation Datei &gt; Speichern unter &gt; „CSV UTF-8“ und importieren Sie dann diese Datei.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="41"/>
        <source>This file does not contain text.</source>
        <translation>Diese Datei enthält keinen Text.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="42"/>
        <source>This file is a %1, not a text file.</source>
        <translation>Diese Datei ist keine Textdatei, sondern: %1.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="44"/>
        <source>Import a CSV file (saved from a spreadsheet) or a vCard file (.vcf) exported from your phone or address book.</source>
        <translation>Importieren Sie eine CSV-Datei (aus einer Tabellenkalkulation gespeichert) oder eine vCard-Datei (.vcf), die Sie aus Ihrem Telefon oder Adressbuch exportiert haben.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="47"/>
        <source>The file says it is Unicode (UTF-16) text but parts of it are damaged.</source>
        <translation>Die Datei gibt an, Unicode-Text (UTF-16) zu sein, ist aber teilweise beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="50"/>
        <source>From line %1 on, the file uses a different text encoding than the rest of it, so accented letters would come out wrong.</source>
        <translation>Ab Zeile %1 verwendet die Datei eine andere Textkodierung als davor, daher würden Umlaute und Akzente falsch erscheinen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="55"/>
        <source>The double quote (&quot;) that opens a value on line %1 is never closed, so the rows after it cannot be told apart. Add the missing quote on that line, or save the file again from your spreadsheet.</source>
        <translation>Das Anführungszeichen (&quot;), das in Zeile %1 einen Wert öffnet, wird nie geschlossen, daher lassen sich die folgenden Zeilen nicht trennen. Ergänzen Sie das fehlende Anführungszeichen in dieser Zeile oder speichern Sie die Datei erneut aus Ihrer Tabellenkalkulation.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="60"/>
        <source>The double quote (&quot;) that opens a value on line %1 is closed on a later line in the wrong place, so the rows after it cannot be told apart. Check the quotes on line %1, or save the file again from your spreadsheet.</source>
        <translation>Das Anführungszeichen (&quot;), das in Zeile %1 einen Wert öffnet, wird erst in einer späteren Zeile an der falschen Stelle geschlossen, daher lassen sich die folgenden Zeilen nicht trennen. Prüfen Sie die Anführungszeichen in Zeile %1 oder speichern Sie die Datei erneut aus Ihrer Tabellenkalkulation.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="65"/>
        <source>Column %1 of the first row has no name. Give every column a heading in the first row, or delete the empty column.</source>
        <translation>Spalte %1 der ersten Zeile hat keinen Namen. Geben Sie jeder Spalte in der ersten Zeile eine Überschrift oder löschen Sie die leere Spalte.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="69"/>
        <source>More than one column is called %1. Give each column a different heading in the first row.</source>
        <translation>Mehrere Spalten heißen %1. Geben Sie jeder Spalte in der ersten Zeile eine eigene Überschrift.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="73"/>
        <source>The file has column headings but no customers below them. Check that you picked the right file.</source>
        <translation>Die Datei hat Spaltenüberschriften, aber keine Kunden darunter. Prüfen Sie, ob Sie die richtige Datei gewählt haben.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="76"/>
        <source>The file contains no contact cards (no BEGIN:VCARD line). Export the contacts again as vCard (.vcf) from your phone or address book.</source>
        <translation>Die Datei enthält keine Kontaktkarten (keine Zeile BEGIN:VCARD). Exportieren Sie die Kontakte erneut als vCard (.vcf) aus Ihrem Telefon oder Adressbuch.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="104"/>
        <source>Line %1 has %2 values but the header has %3. A comma or semicolon inside a value must be in double quotes; check that line in your spreadsheet.</source>
        <translation>Zeile %1 hat %2 Werte, die Kopfzeile aber %3. Ein Komma oder Semikolon innerhalb eines Werts muss in Anführungszeichen stehen. Prüfen Sie diese Zeile in Ihrer Tabellenkalkulation.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="110"/>
        <source>On line %1 the value in column &quot;%2&quot; is longer than %3 characters, too long to be a customer detail. Shorten it, or check that the column is the right one.</source>
        <translation>In Zeile %1 ist der Wert in Spalte „%2“ länger als %3 Zeichen – zu lang für eine Kundenangabe. Kürzen Sie ihn oder prüfen Sie, ob es die richtige Spalte ist.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="117"/>
        <source>On line %1 the value in column &quot;%2&quot; has text after its closing double quote. Write a double quote inside a value as two (&quot;&quot;), or remove it.</source>
        <translation>In Zeile %1 steht im Wert in Spalte „%2“ Text nach dem schließenden Anführungszeichen. Schreiben Sie ein Anführungszeichen innerhalb eines Werts doppelt (&quot;&quot;) oder entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="122"/>
        <source>The contact card that starts on line %1 has no END:VCARD line, so it may be cut off. Export the contacts again.</source>
        <translation>Die Kontaktkarte ab Zeile %1 hat keine Zeile END:VCARD und ist daher vielleicht abgeschnitten. Exportieren Sie die Kontakte erneut.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="126"/>
        <source>The contact card that starts on line %1 has neither a name nor a telephone number. Add one of them in your address book, or leave this card out.</source>
        <translation>Die Kontaktkarte ab Zeile %1 hat weder einen Namen noch eine Telefonnummer. Ergänzen Sie eines davon in Ihrem Adressbuch oder lassen Sie diese Karte weg.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="130"/>
        <source>The birthday &quot;%1&quot; on line %2 is not a date; the customer is imported without it. Enter it later as day and month (the year is optional).</source>
        <translation>Der Geburtstag „%1“ in Zeile %2 ist kein Datum; der Kunde wird ohne ihn importiert. Tragen Sie ihn später als Tag und Monat ein (das Jahr ist freiwillig).</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="135"/>
        <source>The anniversary &quot;%1&quot; on line %2 is not a date; the customer is imported without it. Enter it later as a date.</source>
        <translation>Der Jahrestag „%1“ in Zeile %2 ist kein Datum; der Kunde wird ohne ihn importiert. Tragen Sie ihn später als Datum ein.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="140"/>
        <source>The %1 on line %2 could not be decoded and was kept as it is written in the file. Check it after the import.</source>
        <translation>%1 in Zeile %2 konnte nicht entschlüsselt werden und wurde so übernommen, wie es in der Datei steht. Prüfen Sie den Wert nach dem Import.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportProblem.cpp" line="145"/>
        <source>Line %1 is not written the way contact cards are; it may belong to the line before it. Check that customer&apos;s details after the import.</source>
        <translation>Zeile %1 ist nicht so geschrieben wie in Kontaktkarten üblich; sie gehört vielleicht zur Zeile davor. Prüfen Sie die Angaben dieses Kunden nach dem Import.</translation>
    </message>
    <message>
        <location filename="../app/importing/TextDecoding.cpp" line="41"/>
        <source>PNG image</source>
        <translation>PNG-Bild</translation>
    </message>
    <message>
        <location filename="../app/importing/TextDecoding.cpp" line="42"/>
        <source>GIF image</source>
        <translation>GIF-Bild</translation>
    </message>
    <message>
        <location filename="../app/importing/TextDecoding.cpp" line="43"/>
        <source>JPEG image</source>
        <translation>JPEG-Bild</translation>
    </message>
    <message>
        <location filename="../app/importing/TextDecoding.cpp" line="45"/>
        <source>compressed (gzip) file</source>
        <translation>komprimierte Datei (gzip)</translation>
    </message>
    <message>
        <location filename="../app/importing/TextDecoding.cpp" line="46"/>
        <source>PDF document</source>
        <translation>PDF-Dokument</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="24"/>
        <location filename="../app/importing/ImportReport.cpp" line="25"/>
        <source>Imported.</source>
        <translation>Importiert.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="27"/>
        <source>Added to the customer who already has this number.</source>
        <translation>Zum Kunden hinzugefügt, der diese Nummer bereits hat.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="38"/>
        <source>Skipped: there is no name and no mobile number. Add at least one of them.</source>
        <translation>Übersprungen: Es gibt weder Namen noch Handynummer. Ergänzen Sie mindestens eines davon.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="41"/>
        <source>Skipped: the number “%1” cannot be used. %2</source>
        <translation>Übersprungen: Die Nummer „%1“ ist nicht verwendbar. %2</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="44"/>
        <source>Skipped: the number “%1” is already on line %2 of this file. Keep one of the two rows.</source>
        <translation>Übersprungen: Die Nummer „%1“ steht bereits in Zeile %2 dieser Datei. Behalten Sie nur eine der beiden Zeilen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="50"/>
        <source>Skipped: this number is on the do-not-text list (the person opted out or asked to be erased). Add them only if they ask you to, at the counter.</source>
        <translation>Übersprungen: Diese Nummer steht auf der Sperrliste (die Person hat sich abgemeldet oder ihre Löschung verlangt). Nehmen Sie sie nur auf, wenn sie Sie persönlich darum bittet.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="53"/>
        <source>Skipped: %1</source>
        <translation>Übersprungen: %1</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="55"/>
        <source>Skipped.</source>
        <translation>Übersprungen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="63"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportReport.cpp" line="64"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ImportRowBuilder</name>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="145"/>
        <source>The birthday %1 is not a date, so it was left out.</source>
        <translation>Der Geburtstag %1 ist kein Datum und wurde daher weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="153"/>
        <source>The customer-since date %1 is not a full date, so it was left out.</source>
        <translation>Das Datum „Kunde seit“ %1 ist kein vollständiges Datum und wurde daher weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="167"/>
        <source>The email address %1 is not complete, so it was left out.</source>
        <translation>Die E-Mail-Adresse %1 ist unvollständig und wurde daher weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="177"/>
        <source>The language %1 is not a language code such as en or de-AT, so it was left out.</source>
        <translation>Die Sprache %1 ist kein Sprachcode wie de oder de-AT und wurde daher weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="186"/>
        <source>The time zone %1 is not known (use names such as Europe/London), so it was left out.</source>
        <translation>Die Zeitzone %1 ist unbekannt (verwenden Sie Namen wie Europe/Berlin) und wurde daher weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="208"/>
        <source>The value %1 does not fit the field “%2”, so it was left out.</source>
        <translation>Der Wert %1 passt nicht zum Feld „%2“ und wurde daher weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="223"/>
        <source>The visit date %1 is not a full date, so the visit was left out.</source>
        <translation>Das Besuchsdatum %1 ist kein vollständiges Datum, daher wurde der Besuch weggelassen.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="235"/>
        <source>The amount %1 is not a sum of money, so the visit was recorded without it.</source>
        <translation>Der Betrag %1 ist kein Geldbetrag, daher wurde der Besuch ohne ihn erfasst.</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportRowBuilder.cpp" line="256"/>
        <source>The consent answer %1 is not yes or no, so no consent was recorded for %2.</source>
        <translation>Die Einwilligungsangabe %1 ist weder Ja noch Nein, daher wurde für %2 keine Einwilligung erfasst.</translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="19"/>
        <source>Do not import</source>
        <translation>Nicht importieren</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="20"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="21"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="22"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="23"/>
        <source>Mobile number</source>
        <translation>Handynummer</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="24"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="25"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="26"/>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="27"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="28"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="29"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="30"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="31"/>
        <source>Custom field</source>
        <translation>Eigenes Feld</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="32"/>
        <source>Visit date</source>
        <translation>Besuchsdatum</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="33"/>
        <source>Visit amount</source>
        <translation>Besuchsbetrag</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="34"/>
        <source>Visit note</source>
        <translation>Besuchsnotiz</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="36"/>
        <source>Consent: service messages</source>
        <translation>Einwilligung: Service-SMS</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="38"/>
        <source>Consent: marketing</source>
        <translation>Einwilligung: Werbung</translation>
    </message>
    <message>
        <location filename="../app/importing/ImportMapping.cpp" line="40"/>
        <source>Consent: feedback requests</source>
        <translation>Einwilligung: Feedback-Anfragen</translation>
    </message>
</context>
<context>
    <name>InboundSettings</name>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="29"/>
        <source>%1: Rapport cannot fill in {%2}; use {business}, {contact} or {frequency}, or remove the braces.</source>
        <translation>%1: Rapport kann {%2} nicht ausfüllen. Verwenden Sie {business}, {contact} oder {frequency} oder entfernen Sie die geschweiften Klammern.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="40"/>
        <source>%1: write the text to send.</source>
        <translation>%1: Schreiben Sie den Text, der gesendet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="92"/>
        <source>opt-out words</source>
        <translation>Abmeldewörtern</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="93"/>
        <location filename="../app/settings/InboundSettings.cpp" line="94"/>
        <source>opt-in words</source>
        <translation>Anmeldewörtern</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="95"/>
        <source>help words</source>
        <translation>Hilfewörtern</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="103"/>
        <source>Keywords: “%1” has no letters or digits, so no text could match it. Remove it.</source>
        <translation>Schlüsselwörter: „%1“ enthält keine Buchstaben oder Ziffern, daher kann keine SMS dazu passen. Entfernen Sie es.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="110"/>
        <source>Keywords: “%1” is in both the %2 and the %3. Keep it in one list.</source>
        <translation>Schlüsselwörter: „%1“ steht sowohl in den %2 als auch in den %3. Behalten Sie es nur in einer Liste.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="118"/>
        <source>Keywords: the opt-out word %1 must keep working; the rules for texting require it. Add it back.</source>
        <translation>Schlüsselwörter: Das Abmeldewort %1 muss weiter funktionieren, die Regeln für den SMS-Versand verlangen es. Fügen Sie es wieder hinzu.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="127"/>
        <source>Questions: a keyword needs letters or digits.</source>
        <translation>Fragen: Ein Schlüsselwort braucht Buchstaben oder Ziffern.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="132"/>
        <source>Questions: “%1” is already one of the %2. Choose another word.</source>
        <translation>Fragen: „%1“ gehört schon zu den %2. Wählen Sie ein anderes Wort.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="135"/>
        <source>Questions: “%1” and “%2” are the same keyword to Rapport (case and punctuation do not count). Keep one.</source>
        <translation>Fragen: „%1“ und „%2“ sind für Rapport dasselbe Schlüsselwort (Groß-/Kleinschreibung und Satzzeichen zählen nicht). Behalten Sie eines davon.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="139"/>
        <source>Answer to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="148"/>
        <source>How to reach a person</source>
        <translation>So erreicht man eine Person</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="149"/>
        <source>How often you text</source>
        <translation>Wie oft Sie SMS senden</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="150"/>
        <source>Opt-out confirmation</source>
        <translation>Bestätigung der Abmeldung</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="151"/>
        <source>Opt-in confirmation</source>
        <translation>Bestätigung der Anmeldung</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="152"/>
        <source>Answer to HELP</source>
        <translation>Antwort auf HELP</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="154"/>
        <location filename="../app/settings/InboundSettings.cpp" line="159"/>
        <source>Away message</source>
        <translation>Abwesenheitsnachricht</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="156"/>
        <source>Away message: give your opening hours, or the away message would answer every text.</source>
        <translation>Abwesenheitsnachricht: Geben Sie Ihre Geschäftszeiten an, sonst würde die Abwesenheitsnachricht auf jede SMS antworten.</translation>
    </message>
    <message>
        <location filename="../app/settings/InboundSettings.cpp" line="164"/>
        <source>Away message: send it again after 1 to %1 hours.</source>
        <translation>Abwesenheitsnachricht: Erneut senden nach 1 bis %1 Stunden.</translation>
    </message>
</context>
<context>
    <name>LanguageChoice</name>
    <message>
        <location filename="../ui/settings/LanguageChoice.cpp" line="32"/>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
</context>
<context>
    <name>ModemHub</name>
    <message>
        <location filename="../app/desktop/ModemHub.cpp" line="107"/>
        <source>Demo modem</source>
        <translation>Demo-Modem</translation>
    </message>
    <message>
        <location filename="../app/desktop/ModemHub.cpp" line="165"/>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/ModemHub.cpp" line="246"/>
        <source>The modem stopped answering.</source>
        <translation>Das Modem antwortet nicht mehr.</translation>
    </message>
    <message>
        <location filename="../app/desktop/ModemHub.cpp" line="247"/>
        <source>Rapport is reconnecting to it; if this lasts, unplug the modem and plug it in again.</source>
        <translation>Rapport verbindet sich neu. Wenn das anhält, ziehen Sie das Modem ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../app/desktop/ModemHub.cpp" line="249"/>
        <source>Remove the demo modem and add it again.</source>
        <translation>Entfernen Sie das Demo-Modem und fügen Sie es erneut hinzu.</translation>
    </message>
</context>
<context>
    <name>ModemStatusText</name>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="11"/>
        <source>Connecting…</source>
        <translation>Verbinden…</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="13"/>
        <source>Needs the SIM&apos;s PIN</source>
        <translation>Braucht die PIN der SIM</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="15"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="15"/>
        <source>Ready, no network yet</source>
        <translation>Bereit, noch kein Netz</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="17"/>
        <source>Not working</source>
        <translation>Funktioniert nicht</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="19"/>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="27"/>
        <source>%1 sent today of %2</source>
        <translation>heute %1 von %2 gesendet</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="28"/>
        <source>%1 sent today</source>
        <translation>heute %1 gesendet</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="35"/>
        <source>No modem set up — click here to add one</source>
        <translation>Kein Modem eingerichtet – hier klicken, um eines hinzuzufügen</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="36"/>
        <source>Rapport sends and receives texts through a USB modem. Open the Modem page to add one, or to try the demo modem.</source>
        <translation>Rapport sendet und empfängt SMS über ein USB-Modem. Öffnen Sie die Seite „Modem“, um eines hinzuzufügen oder das Demo-Modem auszuprobieren.</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="48"/>
        <source>the SIM needs its PIN — click to enter it</source>
        <translation>die SIM braucht ihre PIN – zum Eingeben klicken</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="50"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/modems/ModemStatusText.cpp" line="53"/>
        <source> · %n text(s) waiting</source>
        <translation>
            <numerusform> · %n SMS wartet</numerusform>
            <numerusform> · %n SMS warten</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="61"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="63"/>
        <source>signal %1/5</source>
        <translation>Signal %1/5</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="66"/>
        <source>Demo modem — messages do not leave this computer.</source>
        <translation>Demo-Modem – Nachrichten verlassen diesen Computer nicht.</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="74"/>
        <source>%1 of %2 modems ready</source>
        <translation>%1 von %2 Modems bereit</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/modems/ModemStatusText.cpp" line="75"/>
        <source>%n sent today</source>
        <translation>
            <numerusform>heute %n gesendet</numerusform>
            <numerusform>heute %n gesendet</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="77"/>
        <source>queue %1</source>
        <translation>Warteschlange %1</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemStatusText.cpp" line="80"/>
        <source>Open the Modem page for details.</source>
        <translation>Details finden Sie auf der Seite „Modem“.</translation>
    </message>
</context>
<context>
    <name>ModemWords</name>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="12"/>
        <source>Not connected to a network</source>
        <translation>Nicht mit einem Netz verbunden</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="14"/>
        <source>Connected (home network)</source>
        <translation>Verbunden (Heimnetz)</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="16"/>
        <source>Searching for a network</source>
        <translation>Suche nach Netz</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="18"/>
        <source>The network refused this SIM</source>
        <translation>Das Netz hat diese SIM abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="20"/>
        <source>Network not known yet</source>
        <translation>Netz noch unbekannt</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="22"/>
        <source>Connected (roaming)</source>
        <translation>Verbunden (Roaming)</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="24"/>
        <source>Connected for texts (home network)</source>
        <translation>Verbunden für SMS (Heimnetz)</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="26"/>
        <source>Connected for texts (roaming)</source>
        <translation>Verbunden für SMS (Roaming)</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="28"/>
        <source>Emergency calls only</source>
        <translation>Nur Notrufe</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="38"/>
        <source>Not checked yet</source>
        <translation>Noch nicht geprüft</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="40"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="42"/>
        <source>Waiting for the PIN</source>
        <translation>Wartet auf die PIN</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="44"/>
        <source>Blocked: needs the PUK from the operator</source>
        <translation>Gesperrt: PUK vom Anbieter nötig</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="46"/>
        <source>Waiting for PIN2</source>
        <translation>Wartet auf PIN2</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="48"/>
        <source>Blocked: needs PUK2 from the operator</source>
        <translation>Gesperrt: PUK2 vom Anbieter nötig</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="50"/>
        <source>The modem is locked to another network</source>
        <translation>Das Modem ist für ein anderes Netz gesperrt</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="52"/>
        <source>No SIM card</source>
        <translation>Keine SIM-Karte</translation>
    </message>
    <message>
        <location filename="../app/modem/ModemWords.cpp" line="54"/>
        <source>The SIM card is not working</source>
        <translation>Die SIM-Karte funktioniert nicht</translation>
    </message>
</context>
<context>
    <name>Outbox</name>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="57"/>
        <source>The number must be given in international form, such as +447700900123.</source>
        <translation>Die Nummer muss im internationalen Format angegeben werden, z. B. +491701234567.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="59"/>
        <source>The message is empty. Write something to send.</source>
        <translation>Die Nachricht ist leer. Schreiben Sie etwas, das gesendet werden soll.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="61"/>
        <source>The message is too long to send as texts. Shorten it.</source>
        <translation>Die Nachricht ist zu lang für den Versand als SMS. Kürzen Sie sie.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="64"/>
        <source>Only a member of staff replying in a conversation may text a number that opted out. Automations, campaigns and other kinds of message never can.</source>
        <translation>Nur Mitarbeiter, die in einer Unterhaltung antworten, dürfen einer abgemeldeten Nummer eine SMS schicken. Automatisierungen, Kampagnen und andere Nachrichtenarten dürfen das nie.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="67"/>
        <source>Only the automatic replies the rules require (the opt-out confirmation, the answer to HELP) can be sent as compliance notices.</source>
        <translation>Nur die automatischen Antworten, die die Regeln verlangen (Bestätigung der Abmeldung, Antwort auf HELP), können als Pflichthinweis gesendet werden.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="70"/>
        <source>A compliance notice can never be a marketing message.</source>
        <translation>Ein Pflichthinweis darf nie eine Werbenachricht sein.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="162"/>
        <location filename="../app/outbox/Outbox.cpp" line="194"/>
        <source>There is no such outgoing message.</source>
        <translation>Diese ausgehende Nachricht gibt es nicht.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="165"/>
        <source>This text is being sent right now and can no longer be cancelled.</source>
        <translation>Diese SMS wird gerade gesendet und kann nicht mehr abgebrochen werden.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="167"/>
        <source>Only a queued or held text can be cancelled; this one is %1.</source>
        <translation>Nur eine SMS, die in der Warteschlange steht oder zurückgehalten wird, kann abgebrochen werden. Diese hat den Status „%1“.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="173"/>
        <source>Cancelled by %1.</source>
        <translation>Abgebrochen von %1.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="177"/>
        <location filename="../app/outbox/Outbox.cpp" line="226"/>
        <source>This text changed meanwhile; look at it again.</source>
        <translation>Diese SMS hat sich inzwischen geändert. Sehen Sie sie sich noch einmal an.</translation>
    </message>
    <message>
        <location filename="../app/outbox/Outbox.cpp" line="196"/>
        <source>Only a text that failed can be sent again; this one is %1.</source>
        <translation>Nur eine fehlgeschlagene SMS kann erneut gesendet werden. Diese hat den Status „%1“.</translation>
    </message>
    <message>
        <location filename="../app/outbox/OutboxQueries.cpp" line="107"/>
        <source>Sending was interrupted (Rapport or the modem stopped) before the modem confirmed it. It is being sent again and may arrive twice.</source>
        <translation>Der Versand wurde unterbrochen (Rapport oder das Modem wurde beendet), bevor das Modem ihn bestätigt hat. Die SMS wird erneut gesendet und kommt vielleicht doppelt an.</translation>
    </message>
</context>
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
        <translation>Hier wird Ihre Kundenliste geführt: Namen, Handynummern, Einwilligungen, Besuche und Tags. Sie können die Liste aus Ihrem Kassensystem importieren oder Kunden einzeln anlegen.</translation>
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
        <translation>Terminerinnerungen, Glückwünsche zu Geburtstag und Jahrestag, Willkommens-SMS und Bitten um Feedback laufen von hier aus – nur an Kunden, die zugestimmt haben, und nur zu vernünftigen Uhrzeiten.</translation>
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
        <translation>Rapport sendet und empfängt SMS über ein USB-GSM-Modem mit SIM-Karte, das an diesem Computer steckt. Hier sehen Sie Signal, Anbieter, SIM-Status und wie viele SMS es heute verschickt hat.</translation>
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
        <translation>Hier legen Sie Ihr Geschäftsprofil, Geschäfts- und Ruhezeiten, Schlüsselwörter und ihre Antworten, Vorlagen, Mitarbeiter und Sicherungen fest.</translation>
    </message>
</context>
<context>
    <name>Permissions</name>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="49"/>
        <source>record consent</source>
        <translation>Einwilligungen erfassen</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="51"/>
        <source>send messages</source>
        <translation>Nachrichten senden</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="53"/>
        <source>import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="55"/>
        <source>export customer data</source>
        <translation>Kundendaten exportieren</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="57"/>
        <source>erase a customer&apos;s data</source>
        <translation>die Daten eines Kunden löschen</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="59"/>
        <source>merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="61"/>
        <source>change settings</source>
        <translation>Einstellungen ändern</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="63"/>
        <source>manage staff</source>
        <translation>Mitarbeiter verwalten</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="112"/>
        <source>Only the owner can %1. Ask them to sign in.</source>
        <translation>Nur der Inhaber darf %1. Bitten Sie ihn, sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="116"/>
        <source>Only a manager or the owner can %1. Ask one of them to sign in.</source>
        <translation>Nur ein Manager oder der Inhaber darf %1. Bitten Sie einen von beiden, sich anzumelden.</translation>
    </message>
    <message>
        <location filename="../app/staff/Permissions.cpp" line="122"/>
        <source>You cannot %1 while signed in like this. Sign in again and retry.</source>
        <translation>So angemeldet dürfen Sie nicht %1. Melden Sie sich erneut an und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>PersonRights</name>
    <message>
        <location filename="../app/rights/PersonRights.cpp" line="57"/>
        <source>That is not a phone number Rapport can look up (%1). Type the number as the customer gave it, with the country code if it is from abroad.</source>
        <translation>Das ist keine Telefonnummer, die Rapport nachschlagen kann (%1). Geben Sie die Nummer so ein, wie der Kunde sie genannt hat – bei ausländischen Nummern mit Ländervorwahl.</translation>
    </message>
    <message>
        <location filename="../app/rights/PersonRights.cpp" line="62"/>
        <source>No customer has this number. Check the number, or search the customer list by name.</source>
        <translation>Kein Kunde hat diese Nummer. Prüfen Sie die Nummer oder suchen Sie in der Kundenliste nach dem Namen.</translation>
    </message>
    <message>
        <location filename="../app/rights/PersonRights.cpp" line="68"/>
        <source>The folder already holds an export (%1). Choose an empty folder, or move the earlier files away first.</source>
        <translation>Der Ordner enthält bereits einen Export (%1). Wählen Sie einen leeren Ordner oder verschieben Sie die älteren Dateien vorher.</translation>
    </message>
    <message>
        <location filename="../app/rights/PersonRights.cpp" line="73"/>
        <source>The export could not be written: %1. Check that the folder exists, that you may write to it and that the disk is not full.</source>
        <translation>Der Export konnte nicht geschrieben werden: %1. Prüfen Sie, ob der Ordner existiert, ob Sie darin schreiben dürfen und ob der Datenträger voll ist.</translation>
    </message>
    <message>
        <location filename="../app/rights/PersonRights.cpp" line="80"/>
        <source>The database could not be read or changed (%1). Nothing was changed; try again, and restore the latest backup if it keeps happening.</source>
        <translation>Die Datenbank konnte nicht gelesen oder geändert werden (%1). Es wurde nichts geändert. Versuchen Sie es erneut und stellen Sie die letzte Sicherung wieder her, wenn es wieder passiert.</translation>
    </message>
    <message>
        <location filename="../app/rights/PersonRights.cpp" line="139"/>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>PhoneNumbers</name>
    <message>
        <location filename="../app/phone/PhoneNumbers.cpp" line="226"/>
        <source>This mobile number looks right.</source>
        <translation>Diese Handynummer sieht richtig aus.</translation>
    </message>
    <message>
        <location filename="../app/phone/PhoneNumbers.cpp" line="228"/>
        <source>No number entered. Type the customer&apos;s mobile number.</source>
        <translation>Keine Nummer eingegeben. Geben Sie die Handynummer des Kunden ein.</translation>
    </message>
    <message>
        <location filename="../app/phone/PhoneNumbers.cpp" line="230"/>
        <source>This is not a phone number: it contains letters or no digits. Type the number using digits only.</source>
        <translation>Das ist keine Telefonnummer: Sie enthält Buchstaben oder keine Ziffern. Geben Sie die Nummer nur mit Ziffern ein.</translation>
    </message>
    <message>
        <location filename="../app/phone/PhoneNumbers.cpp" line="233"/>
        <source>This number is too short. Check that no digit is missing, including the area or mobile code.</source>
        <translation>Diese Nummer ist zu kurz. Prüfen Sie, ob eine Ziffer fehlt, auch bei der Vorwahl.</translation>
    </message>
    <message>
        <location filename="../app/phone/PhoneNumbers.cpp" line="236"/>
        <source>This number is too long. Check for an extra digit or two numbers typed together.</source>
        <translation>Diese Nummer ist zu lang. Prüfen Sie, ob eine Ziffer zu viel ist oder zwei Nummern zusammen eingegeben wurden.</translation>
    </message>
    <message>
        <location filename="../app/phone/PhoneNumbers.cpp" line="239"/>
        <source>No such number exists in this country. Check the digits, or if it is a foreign number type it with + and the country code.</source>
        <translation>Eine solche Nummer gibt es in diesem Land nicht. Prüfen Sie die Ziffern. Eine ausländische Nummer geben Sie mit + und Ländervorwahl ein.</translation>
    </message>
    <message>
        <location filename="../app/phone/PhoneNumbers.cpp" line="242"/>
        <source>This is a landline number: texts cannot reach it. Ask for a mobile number.</source>
        <translation>Das ist eine Festnetznummer: SMS erreichen sie nicht. Fragen Sie nach einer Handynummer.</translation>
    </message>
</context>
<context>
    <name>PolicyConfig</name>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="33"/>
        <source>%1 on %2: the window must open before it closes, between 00:00 and 24:00 (it is %3).</source>
        <translation>%1 am %2: Das Zeitfenster muss zwischen 00:00 und 24:00 liegen und beginnen, bevor es endet (es ist %3).</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="43"/>
        <source>%1: allow at least one text (it is %2).</source>
        <translation>%1: Erlauben Sie mindestens eine SMS (es sind %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="45"/>
        <source>%1: the period must be between one hour and a year.</source>
        <translation>%1: Der Zeitraum muss zwischen einer Stunde und einem Jahr liegen.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="90"/>
        <source>Service hours</source>
        <translation>Servicezeiten</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="91"/>
        <source>Marketing hours</source>
        <translation>Werbezeiten</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="94"/>
        <source>Business holidays: one of the dates is not a valid date.</source>
        <translation>Betriebsferien: Eines der Daten ist kein gültiges Datum.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="96"/>
        <source>Marketing limit</source>
        <translation>Werbelimit</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="98"/>
        <source>The opt-out line is empty: every marketing text must say how to opt out (for example &quot;Reply STOP to opt out&quot;).</source>
        <translation>Die Abmeldezeile ist leer: Jede Werbe-SMS muss sagen, wie man sich abmeldet (z. B. „Abmelden mit STOP“).</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="104"/>
        <source>Legal rule &quot;%1&quot;: not a jurisdiction code; write a country such as &quot;US&quot; or a country and subdivision such as &quot;US-FL&quot;.</source>
        <translation>Rechtsregel „%1“: kein gültiger Rechtsraum-Code. Geben Sie ein Land wie „DE“ oder ein Land mit Region wie „US-FL“ an.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="109"/>
        <source>Legal rule %1</source>
        <translation>Rechtsregel %1</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="112"/>
        <source>%1: the hours must open before they close, between 00:00 and 24:00 (they are %2).</source>
        <translation>%1: Die Zeiten müssen zwischen 00:00 und 24:00 liegen und beginnen, bevor sie enden (sie sind %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfig.cpp" line="120"/>
        <source>%1: Rapport does not know the public holidays of this country; list them among the business holidays instead.</source>
        <translation>%1: Rapport kennt die Feiertage dieses Landes nicht. Tragen Sie sie stattdessen bei den Betriebsferien ein.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="73"/>
        <source>&quot;%1&quot; must be %2.</source>
        <translation>„%1“ muss %2 sein.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="81"/>
        <source>&quot;%1&quot; is not a setting Rapport knows; check the spelling.</source>
        <translation>„%1“ ist keine Einstellung, die Rapport kennt. Prüfen Sie die Schreibweise.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="92"/>
        <source>null (closed) or {&quot;from&quot;: &quot;HH:MM&quot;, &quot;until&quot;: &quot;HH:MM&quot;}</source>
        <translation>null (geschlossen) oder {&quot;from&quot;: &quot;HH:MM&quot;, &quot;until&quot;: &quot;HH:MM&quot;}</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="99"/>
        <source>a time such as &quot;09:00&quot;</source>
        <translation>eine Uhrzeit wie &quot;09:00&quot;</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="102"/>
        <source>a time such as &quot;19:00&quot; (or &quot;24:00&quot;)</source>
        <translation>eine Uhrzeit wie &quot;19:00&quot; (oder &quot;24:00&quot;)</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="112"/>
        <source>an object with a window (or null) per day, &quot;mon&quot; to &quot;sun&quot;</source>
        <translation>ein Objekt mit einem Zeitfenster (oder null) pro Tag, &quot;mon&quot; bis &quot;sun&quot;</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="129"/>
        <source>{&quot;count&quot;: 3, &quot;windowHours&quot;: 168}</source>
        <translation>{&quot;count&quot;: 3, &quot;windowHours&quot;: 168}</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="137"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="141"/>
        <source>a number of hours</source>
        <translation>eine Anzahl Stunden</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="153"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="163"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="186"/>
        <source>a list of dates such as [&quot;2025-12-25&quot;]</source>
        <translation>eine Liste von Daten wie [&quot;2025-12-25&quot;]</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="192"/>
        <source>a list of dates written YYYY-MM-DD</source>
        <translation>eine Liste von Daten im Format JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="228"/>
        <source>%1 at character %2</source>
        <translation>%1 bei Zeichen %2</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="229"/>
        <source>the text is not a JSON object</source>
        <translation>der Text ist kein JSON-Objekt</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="243"/>
        <source>The sending rules were written by another version of Rapport (format %1; this version reads format %2).</source>
        <translation>Die Versandregeln wurden von einer anderen Version von Rapport geschrieben (Format %1; diese Version liest Format %2).</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="266"/>
        <source>text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigJson.cpp" line="272"/>
        <source>an object keyed by jurisdiction</source>
        <translation>ein Objekt mit Rechtsraum-Codes als Schlüsseln</translation>
    </message>
</context>
<context>
    <name>PolicyWording</name>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="23"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="25"/>
        <source>hour</source>
        <translation>Stunde</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="27"/>
        <source>%1 hours</source>
        <translation>%1 Stunden</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="28"/>
        <source>%1 minutes</source>
        <translation>%1 Minuten</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="41"/>
        <source>ddd</source>
        <comment>date format: a day in the coming week</comment>
        <translation>ddd</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="42"/>
        <source>ddd d MMM</source>
        <comment>date format: a day further ahead</comment>
        <translation>ddd, d. MMM</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="54"/>
        <source>May be sent now.</source>
        <translation>Kann jetzt gesendet werden.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="59"/>
        <source>Sent at once: a notice the rules require (opt-out confirmation or help), which goes whatever the consent or the hour.</source>
        <translation>Sofort gesendet: ein vorgeschriebener Hinweis (Bestätigung der Abmeldung oder Hilfe), der unabhängig von Einwilligung und Uhrzeit rausgeht.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="66"/>
        <source>Sent although the customer opted out: a member of staff is answering a message the customer wrote after opting out. The override is recorded in the audit log.</source>
        <translation>Gesendet, obwohl der Kunde abgemeldet ist: Ein Mitarbeiter beantwortet eine Nachricht, die der Kunde nach der Abmeldung geschrieben hat. Die Ausnahme wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="73"/>
        <source>Held until a member of staff has read the customer&apos;s message that may ask us to stop texting.</source>
        <translation>Zurückgehalten, bis ein Mitarbeiter die Nachricht des Kunden gelesen hat, die vielleicht um ein Ende der SMS bittet.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="84"/>
        <source>Held until %1 — no texts on Sundays under %2 rules (%3 time)</source>
        <translation>Zurückgehalten bis %1 – sonntags keine SMS nach den Regeln für %2 (Zeitzone %3)</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="87"/>
        <source>Held until %1 — public holiday under %2 rules (%3 time)</source>
        <translation>Zurückgehalten bis %1 – Feiertag nach den Regeln für %2 (Zeitzone %3)</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="90"/>
        <source>Held until %1 — business holiday (%2 time)</source>
        <translation>Zurückgehalten bis %1 – Betriebsferien (Zeitzone %2)</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="92"/>
        <source>Held until %1 — no texts of this kind on this weekday (%2 time)</source>
        <translation>Zurückgehalten bis %1 – an diesem Wochentag keine SMS dieser Art (Zeitzone %2)</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="98"/>
        <source>Held until %1 — quiet hours in %2</source>
        <translation>Zurückgehalten bis %1 – Ruhezeiten in %2</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="103"/>
        <source>Held: the sending hours leave no time in the next %1 days for this customer (%2 time). Check the sending hours in the settings.</source>
        <translation>Zurückgehalten: Die Versandzeiten lassen in den nächsten %1 Tagen keine Zeit für diesen Kunden (Zeitzone %2). Prüfen Sie die Versandzeiten in den Einstellungen.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="113"/>
        <source>Held until %1 (%2 time) — at most %3 marketing texts per %4 to one customer</source>
        <translation>Zurückgehalten bis %1 (Zeitzone %2) – höchstens %3 Werbe-SMS pro %4 an einen Kunden</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="121"/>
        <source>Held for a minute: the customer&apos;s consent could not be read (%1).</source>
        <translation>Für eine Minute zurückgehalten: Die Einwilligung des Kunden konnte nicht gelesen werden (%1).</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="127"/>
        <source>Not sent: this is not a phone number Rapport can text.</source>
        <translation>Nicht gesendet: Das ist keine Telefonnummer, an die Rapport SMS senden kann.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="132"/>
        <source>Not sent: only automatic replies may send compliance notices, and never as marketing.</source>
        <translation>Nicht gesendet: Nur automatische Antworten dürfen Pflichthinweise senden, und nie als Werbung.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="139"/>
        <source>Not sent: the number is on the do-not-text list because the person asked to be erased.</source>
        <translation>Nicht gesendet: Die Nummer steht auf der Sperrliste, weil die Person ihre Löschung verlangt hat.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="142"/>
        <source>Not sent: the number is on the do-not-text list because the person opted out.</source>
        <translation>Nicht gesendet: Die Nummer steht auf der Sperrliste, weil die Person sich abgemeldet hat.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="149"/>
        <source>Not sent: the customer replied STOP, which stops every text.</source>
        <translation>Nicht gesendet: Der Kunde hat mit STOP geantwortet, das beendet alle SMS.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="150"/>
        <source>Not sent: the customer opted out of %1 texts.</source>
        <translation>Nicht gesendet: Der Kunde hat sich von %1-SMS abgemeldet.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="156"/>
        <source>Not sent: only a member of staff answering by hand may override an opt-out; automations, campaigns and automatic replies never can.</source>
        <translation>Nicht gesendet: Nur ein Mitarbeiter, der von Hand antwortet, darf sich über eine Abmeldung hinwegsetzen. Automatisierungen, Kampagnen und automatische Antworten dürfen das nie.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="162"/>
        <source>Not sent: the customer opted out and has not written since. An opt-out can be overridden only to answer a message the customer sent after opting out.</source>
        <translation>Nicht gesendet: Der Kunde hat sich abgemeldet und seitdem nicht geschrieben. Über eine Abmeldung darf man sich nur hinwegsetzen, um auf eine Nachricht zu antworten, die der Kunde nach der Abmeldung geschickt hat.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="169"/>
        <source>Not sent: marketing needs an opt-in, and this number belongs to no customer.</source>
        <translation>Nicht gesendet: Werbung braucht eine Anmeldung, und diese Nummer gehört zu keinem Kunden.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyWording.cpp" line="171"/>
        <source>Not sent: the customer has not opted in to marketing texts.</source>
        <translation>Nicht gesendet: Der Kunde hat sich nicht für Werbe-SMS angemeldet.</translation>
    </message>
</context>
<context>
    <name>PortProblemText</name>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="15"/>
        <source>There is no modem at %1.</source>
        <translation>Unter %1 gibt es kein Modem.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="16"/>
        <source>Check that the modem is plugged in, then pick it again from the list: the port name can change when it goes into another USB socket.</source>
        <translation>Prüfen Sie, ob das Modem eingesteckt ist, und wählen Sie es dann erneut aus der Liste: Der Portname kann sich ändern, wenn es in einer anderen USB-Buchse steckt.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="22"/>
        <source>You are not allowed to use the modem port %1.</source>
        <translation>Sie dürfen den Modem-Port %1 nicht verwenden.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="23"/>
        <source>Add your user to the &quot;%1&quot; group (sudo usermod -aG %1 $USER), then log out and back in.</source>
        <translation>Fügen Sie Ihren Benutzer der Gruppe „%1“ hinzu (sudo usermod -aG %1 $USER), melden Sie sich dann ab und wieder an.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="30"/>
        <source>Another program is using the modem port %1.</source>
        <translation>Ein anderes Programm verwendet den Modem-Port %1.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="31"/>
        <source>Another program (%2) is using the modem port %1.</source>
        <translation>Ein anderes Programm (%2) verwendet den Modem-Port %1.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="34"/>
        <source>ModemManager takes over USB modems. Stop it with &quot;sudo systemctl stop ModemManager&quot; (and &quot;sudo systemctl disable ModemManager&quot; to keep it off), then try again.</source>
        <translation>ModemManager übernimmt USB-Modems. Beenden Sie ihn mit &quot;sudo systemctl stop ModemManager&quot; (und &quot;sudo systemctl disable ModemManager&quot;, damit er aus bleibt) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="38"/>
        <source>Close the other program (another copy of Rapport, a terminal program such as minicom or screen, or a dialler), then try again.</source>
        <translation>Schließen Sie das andere Programm (eine weitere Rapport-Instanz, ein Terminalprogramm wie minicom oder screen oder ein Wählprogramm) und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="43"/>
        <source>%1 is not a serial port.</source>
        <translation>%1 ist kein serieller Port.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="44"/>
        <source>Pick the modem&apos;s port from the list, for example /dev/ttyUSB2.</source>
        <translation>Wählen Sie den Port des Modems aus der Liste, z. B. /dev/ttyUSB2.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="47"/>
        <source>The modem at %1 disappeared.</source>
        <translation>Das Modem an %1 ist verschwunden.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="48"/>
        <source>Rapport reconnects as soon as it is back. If it does not come back within a minute, unplug it and plug it in again.</source>
        <translation>Rapport verbindet sich neu, sobald es wieder da ist. Wenn es nicht innerhalb einer Minute zurückkommt, ziehen Sie es ab und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="52"/>
        <source>The modem port %1 reported an error.</source>
        <translation>Der Modem-Port %1 hat einen Fehler gemeldet.</translation>
    </message>
    <message>
        <location filename="../app/modem/PortProblemText.cpp" line="53"/>
        <source>Unplug the modem, wait ten seconds and plug it in again. If this keeps happening, try another USB socket or cable.</source>
        <translation>Ziehen Sie das Modem ab, warten Sie zehn Sekunden und stecken Sie es wieder ein. Wenn das öfter passiert, versuchen Sie eine andere USB-Buchse oder ein anderes Kabel.</translation>
    </message>
</context>
<context>
    <name>PortScanner</name>
    <message>
        <location filename="../app/desktop/PortScanner.cpp" line="17"/>
        <source>Nothing answered on this port.</source>
        <translation>An diesem Port hat nichts geantwortet.</translation>
    </message>
    <message>
        <location filename="../app/desktop/PortScanner.cpp" line="22"/>
        <source>It may be the modem&apos;s data or diagnostic port: try another port of the same device, or unplug the modem and plug it in again.</source>
        <translation>Vielleicht ist es der Daten- oder Diagnoseport des Modems: Versuchen Sie einen anderen Port desselben Geräts oder ziehen Sie das Modem ab und stecken Sie es wieder ein.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/main/rapport_main.cpp" line="62"/>
        <source>Rapport cannot start</source>
        <translation>Rapport kann nicht starten</translation>
    </message>
    <message>
        <location filename="../app/main/rapport_main.cpp" line="86"/>
        <source>Texts cannot be sent yet</source>
        <translation>SMS können noch nicht gesendet werden</translation>
    </message>
</context>
<context>
    <name>SegmentError</name>
    <message>
        <location filename="../app/segments/SegmentRepository.cpp" line="59"/>
        <source>The segment has no name. Type a name for it.</source>
        <translation>Das Segment hat keinen Namen. Geben Sie einen Namen ein.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/segments/SegmentRepository.cpp" line="61"/>
        <source>The segment&apos;s name is too long. Use at most %n characters.</source>
        <translation>
            <numerusform>Der Name des Segments ist zu lang. Verwenden Sie höchstens %n Zeichen.</numerusform>
            <numerusform>Der Name des Segments ist zu lang. Verwenden Sie höchstens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRepository.cpp" line="64"/>
        <source>Another segment already has this name. Choose a different name.</source>
        <translation>Ein anderes Segment hat bereits diesen Namen. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRepository.cpp" line="66"/>
        <source>This segment no longer exists. Someone may have deleted it; refresh the list.</source>
        <translation>Dieses Segment gibt es nicht mehr. Vielleicht hat es jemand gelöscht. Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRepository.cpp" line="72"/>
        <source>The segment could not be saved or read from the database. Try again; if it keeps failing, restart Rapport and check the disk.</source>
        <translation>Das Segment konnte nicht in der Datenbank gespeichert oder daraus gelesen werden. Versuchen Sie es erneut. Wenn es weiter fehlschlägt, starten Sie Rapport neu und prüfen Sie den Datenträger.</translation>
    </message>
</context>
<context>
    <name>SegmentRuleError</name>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="9"/>
        <source>The segment&apos;s rule cannot be read. Delete the segment and create it again.</source>
        <translation>Die Regel des Segments kann nicht gelesen werden. Löschen Sie das Segment und legen Sie es neu an.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="11"/>
        <source>This segment was saved by a different version of Rapport. Update Rapport, or create the segment again.</source>
        <translation>Dieses Segment wurde mit einer anderen Version von Rapport gespeichert. Aktualisieren Sie Rapport oder legen Sie das Segment neu an.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="15"/>
        <source>The segment must match either all or any of its conditions. Choose one.</source>
        <translation>Das Segment muss entweder alle oder eine seiner Bedingungen erfüllen. Wählen Sie eines davon.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="16"/>
        <source>Group %1 must match either all or any of its conditions. Choose one.</source>
        <translation>Gruppe %1 muss entweder alle oder eine ihrer Bedingungen erfüllen. Wählen Sie eines davon.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="19"/>
        <source>The segment&apos;s conditions cannot be read. Delete the segment and create it again.</source>
        <translation>Die Bedingungen des Segments können nicht gelesen werden. Löschen Sie das Segment und legen Sie es neu an.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="21"/>
        <source>Entry %1 is not a condition. Remove it and add the condition again.</source>
        <translation>Eintrag %1 ist keine Bedingung. Entfernen Sie ihn und fügen Sie die Bedingung erneut hinzu.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="24"/>
        <source>The segment has no conditions. Add at least one condition.</source>
        <translation>Das Segment hat keine Bedingungen. Fügen Sie mindestens eine Bedingung hinzu.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="25"/>
        <source>Group %1 has no conditions. Add a condition to it or remove the group.</source>
        <translation>Gruppe %1 hat keine Bedingungen. Fügen Sie ihr eine Bedingung hinzu oder entfernen Sie die Gruppe.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="28"/>
        <source>Group %1 is nested too deeply. Move its conditions into the group around it.</source>
        <translation>Gruppe %1 ist zu tief verschachtelt. Verschieben Sie ihre Bedingungen in die umgebende Gruppe.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="31"/>
        <source>Condition %1 is about &quot;%2&quot;, which Rapport does not know. Choose what the condition is about from the list.</source>
        <translation>Bedingung %1 bezieht sich auf „%2“, das Rapport nicht kennt. Wählen Sie aus der Liste, worauf sich die Bedingung bezieht.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="35"/>
        <source>Condition %1 uses the comparison &quot;%2&quot;, which Rapport does not know. Choose a comparison from the list.</source>
        <translation>Bedingung %1 verwendet den Vergleich „%2“, den Rapport nicht kennt. Wählen Sie einen Vergleich aus der Liste.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="39"/>
        <source>Condition %1 uses a comparison that does not fit what it is about. Choose another comparison.</source>
        <translation>Bedingung %1 verwendet einen Vergleich, der nicht zu ihrem Gegenstand passt. Wählen Sie einen anderen Vergleich.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="43"/>
        <source>Condition %1 has no value to compare with. Fill in the value.</source>
        <translation>Bedingung %1 hat keinen Vergleichswert. Tragen Sie den Wert ein.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="45"/>
        <source>Condition %1 has a value, but its comparison takes none. Remove the value.</source>
        <translation>Bedingung %1 hat einen Wert, aber ihr Vergleich braucht keinen. Entfernen Sie den Wert.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="48"/>
        <source>Condition %1 needs exactly one value, or two for &quot;between&quot;. Fill in the values again.</source>
        <translation>Bedingung %1 braucht genau einen Wert, bei „zwischen“ zwei. Tragen Sie die Werte erneut ein.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="52"/>
        <source>The value &quot;%2&quot; in condition %1 is the wrong kind of value (for example text where a whole number belongs). Enter it again.</source>
        <translation>Der Wert „%2“ in Bedingung %1 hat die falsche Art (z. B. Text, wo eine ganze Zahl hingehört). Geben Sie ihn erneut ein.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="56"/>
        <source>Condition %1 compares with empty text. Type the text to look for, or use &quot;is empty&quot;.</source>
        <translation>Bedingung %1 vergleicht mit leerem Text. Geben Sie den gesuchten Text ein oder verwenden Sie „ist leer“.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="60"/>
        <source>Condition %1 needs a whole number of days of 1 or more, not &quot;%2&quot;. Enter the number of days.</source>
        <translation>Bedingung %1 braucht eine ganze Zahl von mindestens 1 Tag, nicht „%2“. Geben Sie die Anzahl der Tage ein.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="64"/>
        <source>The value %2 in condition %1 is out of range (months are 1 to 12, percentages 1 to 100, counts 0 or more). Enter a value in range.</source>
        <translation>Der Wert %2 in Bedingung %1 liegt außerhalb des erlaubten Bereichs (Monate 1 bis 12, Prozente 1 bis 100, Anzahlen 0 oder mehr). Geben Sie einen passenden Wert ein.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="68"/>
        <source>Condition %1 has the larger value first. Swap the two values.</source>
        <translation>Bei Bedingung %1 steht der größere Wert vorn. Vertauschen Sie die beiden Werte.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="70"/>
        <source>&quot;%2&quot; in condition %1 is not the start of an international number. Type a &quot;+&quot; and the country code, for example +44 or +4477.</source>
        <translation>„%2“ in Bedingung %1 ist nicht der Anfang einer internationalen Nummer. Geben Sie ein „+“ und die Ländervorwahl ein, z. B. +49 oder +49170.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="74"/>
        <source>&quot;%2&quot; in condition %1 is not a date. Pick the date from the calendar.</source>
        <translation>„%2“ in Bedingung %1 ist kein Datum. Wählen Sie das Datum im Kalender.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="77"/>
        <source>Condition %1 does not say which consent it checks. Choose service, marketing or feedback.</source>
        <translation>Bedingung %1 gibt nicht an, welche Einwilligung sie prüft. Wählen Sie Service, Werbung oder Feedback.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="81"/>
        <source>Condition %1 checks for the consent state &quot;%2&quot;. Choose opted in, opted out or unknown.</source>
        <translation>Bedingung %1 prüft auf den Einwilligungsstatus „%2“. Wählen Sie angemeldet, abgemeldet oder unbekannt.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="85"/>
        <source>Condition %1 does not say which custom field it checks. Choose the field.</source>
        <translation>Bedingung %1 gibt nicht an, welches eigene Feld sie prüft. Wählen Sie das Feld.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="88"/>
        <source>Condition %1 is for a custom field of an unknown type. Choose the field again.</source>
        <translation>Bedingung %1 gilt für ein eigenes Feld unbekannten Typs. Wählen Sie das Feld erneut.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="92"/>
        <source>Condition %1 checks a custom field that has been deleted. Remove the condition or choose another field.</source>
        <translation>Bedingung %1 prüft ein eigenes Feld, das gelöscht wurde. Entfernen Sie die Bedingung oder wählen Sie ein anderes Feld.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="96"/>
        <source>Condition %1 was written for another kind of field than &quot;%2&quot; is now. Set the condition up again.</source>
        <translation>Bedingung %1 wurde für eine andere Feldart angelegt, als „%2“ jetzt hat. Legen Sie die Bedingung neu an.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="100"/>
        <source>&quot;%2&quot; in condition %1 is not one of the field&apos;s choices. Pick a choice from the list.</source>
        <translation>„%2“ in Bedingung %1 ist keine der Auswahlmöglichkeiten des Felds. Wählen Sie einen Eintrag aus der Liste.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="104"/>
        <source>Condition %1 has a setting (&quot;%2&quot;) that does not apply to what it is about. Remove it.</source>
        <translation>Bedingung %1 hat eine Einstellung („%2“), die nicht zu ihrem Gegenstand passt. Entfernen Sie sie.</translation>
    </message>
    <message>
        <location filename="../app/segments/SegmentRuleError.cpp" line="108"/>
        <source>The segment&apos;s rule cannot be used. Check its conditions.</source>
        <translation>Die Regel des Segments kann nicht verwendet werden. Prüfen Sie ihre Bedingungen.</translation>
    </message>
</context>
<context>
    <name>SendFailureText</name>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="11"/>
        <source>the number does not exist (the network says it is unassigned)</source>
        <translation>die Nummer existiert nicht (laut Netz ist sie nicht vergeben)</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="14"/>
        <source>the network does not allow this SIM to text that number</source>
        <translation>das Netz erlaubt dieser SIM keine SMS an diese Nummer</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="16"/>
        <source>the network rejected the text</source>
        <translation>das Netz hat die SMS abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="20"/>
        <source>the network does not know the number or it is out of service</source>
        <translation>das Netz kennt die Nummer nicht oder sie ist außer Betrieb</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="23"/>
        <source>this SIM&apos;s plan does not allow sending texts</source>
        <translation>der Tarif dieser SIM erlaubt keinen SMS-Versand</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="28"/>
        <source>the network is busy or out of order</source>
        <translation>das Netz ist ausgelastet oder gestört</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="31"/>
        <source>the modem cannot read its SIM card</source>
        <translation>das Modem kann seine SIM-Karte nicht lesen</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="34"/>
        <source>the SIM card is locked with a PIN</source>
        <translation>die SIM-Karte ist mit einer PIN gesperrt</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="36"/>
        <source>the SIM has no message centre number; set it in the modem settings</source>
        <translation>die SIM hat keine SMS-Zentrale; tragen Sie sie in den Modemeinstellungen ein</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="38"/>
        <source>the modem has no network signal</source>
        <translation>das Modem hat keinen Empfang</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="40"/>
        <source>the network did not answer in time</source>
        <translation>das Netz hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="43"/>
        <source>the modem was busy</source>
        <translation>das Modem war beschäftigt</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="54"/>
        <source>the number or the text cannot be put into a text message as it is</source>
        <translation>die Nummer oder der Text lässt sich so nicht in eine SMS übernehmen</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="56"/>
        <source>the modem was disconnected</source>
        <translation>die Verbindung zum Modem wurde getrennt</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="58"/>
        <source>the modem did not answer</source>
        <translation>das Modem hat nicht geantwortet</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="60"/>
        <source>the modem did not accept the text</source>
        <translation>das Modem hat die SMS nicht angenommen</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="66"/>
        <source>the modem or the network had a temporary problem</source>
        <translation>Modem oder Netz hatten ein vorübergehendes Problem</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="67"/>
        <source>the modem or the network refused it</source>
        <translation>Modem oder Netz haben sie abgelehnt</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="73"/>
        <source>The modem stopped answering while this text was going out, so it may have been sent. It is not sent again on its own: check with the customer, or choose Retry to send it again.</source>
        <translation>Das Modem hat während des Versands dieser SMS nicht mehr geantwortet, daher wurde sie vielleicht gesendet. Sie wird nicht automatisch erneut gesendet: Fragen Sie beim Kunden nach oder wählen Sie „Erneut versuchen“.</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="76"/>
        <source>Not sent: %1.</source>
        <translation>Nicht gesendet: %1.</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="86"/>
        <source>Not delivered: the number cannot receive texts.</source>
        <translation>Nicht zugestellt: Die Nummer kann keine SMS empfangen.</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="89"/>
        <source>Not delivered: the customer&apos;s phone or network refused it.</source>
        <translation>Nicht zugestellt: Telefon oder Netz des Kunden hat sie abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="91"/>
        <source>Not delivered: the phone was off or out of reach until the text expired.</source>
        <translation>Nicht zugestellt: Das Telefon war aus oder nicht erreichbar, bis die SMS abgelaufen ist.</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="94"/>
        <source>Not delivered: the message centre deleted it.</source>
        <translation>Nicht zugestellt: Die SMS-Zentrale hat sie gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="98"/>
        <source>Not delivered: the customer&apos;s phone did not answer and the network gave up.</source>
        <translation>Nicht zugestellt: Das Telefon des Kunden hat nicht geantwortet und das Netz hat aufgegeben.</translation>
    </message>
    <message>
        <location filename="../app/outbox/SendFailureText.cpp" line="100"/>
        <source>Not delivered: the network gave up on it.</source>
        <translation>Nicht zugestellt: Das Netz hat aufgegeben.</translation>
    </message>
</context>
<context>
    <name>SessionProblemText</name>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="17"/>
        <source>The modem does not answer.</source>
        <translation>Das Modem antwortet nicht.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="18"/>
        <source>It may be the wrong port of the modem (try the others), or the modem is stuck: unplug it, wait ten seconds and plug it in again.</source>
        <translation>Vielleicht ist es der falsche Port des Modems (versuchen Sie die anderen) oder das Modem hängt: Ziehen Sie es ab, warten Sie zehn Sekunden und stecken Sie es wieder ein.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="22"/>
        <source>There is no SIM card in the modem.</source>
        <translation>Im Modem steckt keine SIM-Karte.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="23"/>
        <source>Insert the SIM card (with the modem unplugged), then plug it in again.</source>
        <translation>Legen Sie die SIM-Karte ein (bei abgezogenem Modem) und stecken Sie das Modem dann wieder ein.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="26"/>
        <source>The SIM card is locked with a PIN.</source>
        <translation>Die SIM-Karte ist mit einer PIN gesperrt.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="27"/>
        <source>Enter the SIM&apos;s PIN. Rapport asks once and never tries a PIN by itself.</source>
        <translation>Geben Sie die PIN der SIM ein. Rapport fragt einmal und probiert nie selbst eine PIN aus.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="30"/>
        <source>The SIM card is blocked after too many wrong PINs.</source>
        <translation>Die SIM-Karte ist nach zu vielen falschen PINs gesperrt.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="31"/>
        <source>Unblock it with the PUK from your mobile operator, in a phone, then put it back into the modem.</source>
        <translation>Entsperren Sie sie in einem Telefon mit der PUK Ihres Mobilfunkanbieters und setzen Sie sie dann wieder ins Modem ein.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="35"/>
        <source>The SIM card refused the PIN.</source>
        <translation>Die SIM-Karte hat die PIN abgelehnt.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="36"/>
        <source>Check the PIN and try again — after three wrong PINs the SIM blocks and needs the PUK from your operator.</source>
        <translation>Prüfen Sie die PIN und versuchen Sie es erneut – nach drei falschen PINs sperrt sich die SIM und braucht die PUK Ihres Anbieters.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="40"/>
        <source>The modem cannot read the SIM card.</source>
        <translation>Das Modem kann die SIM-Karte nicht lesen.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="41"/>
        <source>Take the SIM out, check it sits the right way round, put it back and plug the modem in again. If that does not help, the SIM may be faulty.</source>
        <translation>Nehmen Sie die SIM heraus, prüfen Sie, ob sie richtig herum sitzt, setzen Sie sie wieder ein und stecken Sie das Modem erneut ein. Hilft das nicht, ist die SIM vielleicht defekt.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="45"/>
        <source>The modem is locked to another operator&apos;s SIM cards.</source>
        <translation>Das Modem ist für SIM-Karten anderer Anbieter gesperrt.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="46"/>
        <source>Use a SIM from the operator the modem was sold by, or ask them to unlock it.</source>
        <translation>Verwenden Sie eine SIM des Anbieters, bei dem das Modem gekauft wurde, oder bitten Sie ihn, es zu entsperren.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="50"/>
        <source>The modem refuses to handle text messages.</source>
        <translation>Das Modem verweigert die Verarbeitung von SMS.</translation>
    </message>
    <message>
        <location filename="../app/modem/SessionProblemText.cpp" line="51"/>
        <source>This port may be the modem&apos;s data port: try its other ports. Some data-only sticks cannot send texts at all.</source>
        <translation>Dieser Port ist vielleicht der Datenport des Modems: Versuchen Sie die anderen Ports. Manche reinen Datensticks können gar keine SMS senden.</translation>
    </message>
</context>
<context>
    <name>SettingsDialogs</name>
    <message>
        <location filename="../ui/settings/SettingsDialogs.cpp" line="13"/>
        <source>Rapport backups (*.db);;All files (*)</source>
        <translation>Rapport-Sicherungen (*.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialogs.cpp" line="23"/>
        <source>Back up to</source>
        <translation>Sichern nach</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsDialogs.cpp" line="29"/>
        <source>Restore from a backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
</context>
<context>
    <name>StaffError</name>
    <message>
        <location filename="../app/staff/StaffError.cpp" line="11"/>
        <source>Type a name for this member of staff.</source>
        <translation>Geben Sie einen Namen für diesen Mitarbeiter ein.</translation>
    </message>
    <message>
        <location filename="../app/staff/StaffError.cpp" line="13"/>
        <source>Someone on the staff list (former staff included) is already called “%1”. Choose a different name, for example add the first letter of a surname.</source>
        <translation>Jemand auf der Mitarbeiterliste (auch ehemalige) heißt bereits „%1“. Wählen Sie einen anderen Namen, z. B. mit dem Anfangsbuchstaben des Nachnamens.</translation>
    </message>
    <message>
        <location filename="../app/staff/StaffError.cpp" line="18"/>
        <source>A PIN is 4 to 8 digits and nothing else. Type a new PIN, or leave it empty to sign in without one.</source>
        <translation>Eine PIN besteht aus 4 bis 8 Ziffern und sonst nichts. Geben Sie eine neue PIN ein oder lassen Sie das Feld leer, um sich ohne PIN anzumelden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/staff/StaffError.cpp" line="22"/>
        <source>That PIN is not right. Check it and try again; after %n more wrong attempt(s), signing in pauses for a minute.</source>
        <translation>
            <numerusform>Diese PIN ist falsch. Prüfen Sie sie und versuchen Sie es erneut. Nach %n weiteren Fehlversuch wird die Anmeldung für eine Minute gesperrt.</numerusform>
            <numerusform>Diese PIN ist falsch. Prüfen Sie sie und versuchen Sie es erneut. Nach %n weiteren Fehlversuchen wird die Anmeldung für eine Minute gesperrt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/staff/StaffError.cpp" line="27"/>
        <source>Too many wrong PINs in a row. Wait %n second(s) and try again, or ask the owner to set a new PIN.</source>
        <translation>
            <numerusform>Zu viele falsche PINs hintereinander. Warten Sie %n Sekunde und versuchen Sie es erneut oder bitten Sie den Inhaber um eine neue PIN.</numerusform>
            <numerusform>Zu viele falsche PINs hintereinander. Warten Sie %n Sekunden und versuchen Sie es erneut oder bitten Sie den Inhaber um eine neue PIN.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../app/staff/StaffError.cpp" line="32"/>
        <source>That member of staff is not on the staff list. Refresh the list and try again.</source>
        <translation>Dieser Mitarbeiter steht nicht auf der Mitarbeiterliste. Aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <location filename="../app/staff/StaffError.cpp" line="35"/>
        <source>%1 has been deactivated. Ask the owner to reactivate them first.</source>
        <translation>%1 wurde deaktiviert. Bitten Sie zuerst den Inhaber, das Konto wieder zu aktivieren.</translation>
    </message>
    <message>
        <location filename="../app/staff/StaffError.cpp" line="41"/>
        <source>Rapport needs at least one active owner. Make someone else an owner first, then try again.</source>
        <translation>Rapport braucht mindestens einen aktiven Inhaber. Machen Sie zuerst jemand anderen zum Inhaber und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <location filename="../app/staff/StaffError.cpp" line="45"/>
        <source>The first person on the staff list must be the owner. Add the owner first, then the rest of the team.</source>
        <translation>Die erste Person auf der Mitarbeiterliste muss der Inhaber sein. Legen Sie zuerst den Inhaber an, dann den Rest des Teams.</translation>
    </message>
    <message>
        <location filename="../app/staff/StaffError.cpp" line="51"/>
        <source>The staff list could not be saved. Try again; if it keeps happening, check that the disk has free space and restart Rapport.</source>
        <translation>Die Mitarbeiterliste konnte nicht gespeichert werden. Versuchen Sie es erneut. Wenn es wieder passiert, prüfen Sie, ob auf dem Datenträger Platz frei ist, und starten Sie Rapport neu.</translation>
    </message>
</context>
<context>
    <name>StorageError</name>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="23"/>
        <source>The database file cannot be opened. Check that the folder exists and that you may write to it.</source>
        <translation>Die Datenbankdatei kann nicht geöffnet werden. Prüfen Sie, ob der Ordner existiert und ob Sie darin schreiben dürfen.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="28"/>
        <source>This file is not a Rapport database, or it is damaged. Choose the right file, or restore your latest backup.</source>
        <translation>Diese Datei ist keine Rapport-Datenbank oder sie ist beschädigt. Wählen Sie die richtige Datei oder stellen Sie Ihre letzte Sicherung wieder her.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="32"/>
        <source>This database was written by a newer version of Rapport. Install that version (or newer) to open it; this one would risk damaging it.</source>
        <translation>Diese Datenbank wurde von einer neueren Version von Rapport geschrieben. Installieren Sie diese Version (oder eine neuere), um sie zu öffnen – diese Version könnte sie beschädigen.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="37"/>
        <source>The database could not be updated to this version of Rapport. Nothing was changed; keep the file and restore a backup or contact support.</source>
        <translation>Die Datenbank konnte nicht auf diese Version von Rapport aktualisiert werden. Es wurde nichts geändert. Bewahren Sie die Datei auf und stellen Sie eine Sicherung wieder her oder wenden Sie sich an den Support.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="41"/>
        <source>The database could not complete the change. Nothing was changed; try again, and restore your latest backup if it keeps happening.</source>
        <translation>Die Datenbank konnte die Änderung nicht abschließen. Es wurde nichts geändert. Versuchen Sie es erneut und stellen Sie Ihre letzte Sicherung wieder her, wenn es wieder passiert.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="46"/>
        <source>The backup could not be written. Choose a file name that does not exist yet, in a folder you may write to, on a disk with free space.</source>
        <translation>Die Sicherung konnte nicht geschrieben werden. Wählen Sie einen Dateinamen, den es noch nicht gibt, in einem Ordner, in den Sie schreiben dürfen, auf einem Datenträger mit freiem Platz.</translation>
    </message>
    <message>
        <location filename="../app/storage/StorageError.cpp" line="51"/>
        <source>The backup could not be restored; the current data is unchanged. Check that the file is a Rapport backup and is not damaged.</source>
        <translation>Die Sicherung konnte nicht wiederhergestellt werden; die aktuellen Daten sind unverändert. Prüfen Sie, ob die Datei eine Rapport-Sicherung und nicht beschädigt ist.</translation>
    </message>
</context>
<context>
    <name>TemplateError</name>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="22"/>
        <source>The merge field that starts at character %1 is not closed: add a “}”.</source>
        <translation>Der Platzhalter ab Zeichen %1 ist nicht geschlossen: Fügen Sie ein „}“ hinzu.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="25"/>
        <source>The “}” at character %1 closes no merge field. To show a brace in the text, write “}}”.</source>
        <translation>Das „}“ bei Zeichen %1 schließt keinen Platzhalter. Um eine Klammer im Text zu zeigen, schreiben Sie „}}“.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="30"/>
        <source>The merge field at character %1 has no name. Write one, such as {first_name|there}.</source>
        <translation>Der Platzhalter bei Zeichen %1 hat keinen Namen. Geben Sie einen an, z. B. {first_name|zusammen}.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="34"/>
        <source>A merge field cannot contain another one (character %1). To show a brace in the text, write “{{”.</source>
        <translation>Ein Platzhalter kann keinen weiteren enthalten (Zeichen %1). Um eine Klammer im Text zu zeigen, schreiben Sie „{{“.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="40"/>
        <source>There is no merge field {%1} (character %2). Did you mean {%3}?</source>
        <translation>Es gibt keinen Platzhalter {%1} (Zeichen %2). Meinten Sie {%3}?</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="42"/>
        <source>There is no merge field {%1} (character %2). Pick one from the list of merge fields.</source>
        <translation>Es gibt keinen Platzhalter {%1} (Zeichen %2). Wählen Sie einen aus der Liste der Platzhalter.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="46"/>
        <source>{%1} has no value for this customer and no fallback. Add one, such as {%1|there}, or fill it in on the customer&apos;s record.</source>
        <translation>{%1} hat für diesen Kunden keinen Wert und keinen Ersatztext. Geben Sie einen an, z. B. {%1|zusammen}, oder tragen Sie den Wert beim Kunden ein.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="50"/>
        <source>The template is empty. Write the message first.</source>
        <translation>Die Vorlage ist leer. Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="52"/>
        <source>Give the template a name, so it can be found in the list.</source>
        <translation>Geben Sie der Vorlage einen Namen, damit sie in der Liste zu finden ist.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="54"/>
        <source>Another template is already called “%1”. Choose a different name.</source>
        <translation>Eine andere Vorlage heißt bereits „%1“. Wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="57"/>
        <source>This template no longer exists; it may have been deleted on another computer.</source>
        <translation>Diese Vorlage gibt es nicht mehr; vielleicht wurde sie auf einem anderen Computer gelöscht.</translation>
    </message>
    <message>
        <location filename="../app/templates/TemplateError.cpp" line="60"/>
        <source>The template could not be saved: %1</source>
        <translation>Die Vorlage konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport</name>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="78"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="80"/>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="82"/>
        <source>Marketing</source>
        <translation>Werbung</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="91"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="93"/>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="95"/>
        <source>Sending</source>
        <translation>Wird gesendet</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="97"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="99"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="101"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="103"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../app/messaging/MessageTypes.cpp" line="105"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigError.cpp" line="11"/>
        <source>The sending rules in the settings are damaged (%1). The built-in rules apply until they are saved again.</source>
        <translation>Die Versandregeln in den Einstellungen sind beschädigt (%1). Bis sie erneut gespeichert werden, gelten die eingebauten Regeln.</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigError.cpp" line="16"/>
        <source>Some sending rules are not valid: %1</source>
        <translation>Einige Versandregeln sind ungültig: %1</translation>
    </message>
    <message>
        <location filename="../app/policy/PolicyConfigError.cpp" line="19"/>
        <source>The sending rules could not be read or saved (%1). Check that the database is reachable and try again.</source>
        <translation>Die Versandregeln konnten nicht gelesen oder gespeichert werden (%1). Prüfen Sie, ob die Datenbank erreichbar ist, und versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>rapport::app::Dispatcher</name>
    <message>
        <location filename="../app/outbox/DispatcherOutcome.cpp" line="105"/>
        <source>Not sent yet: %1. Trying again at %2.</source>
        <translation>Noch nicht gesendet: %1. Neuer Versuch um %2.</translation>
    </message>
    <message>
        <location filename="../app/outbox/DispatcherOutcome.cpp" line="108"/>
        <source>Not sent yet: %1. Trying again as soon as a modem is ready.</source>
        <translation>Noch nicht gesendet: %1. Neuer Versuch, sobald ein Modem bereit ist.</translation>
    </message>
    <message>
        <location filename="../app/outbox/DispatcherOutcome.cpp" line="115"/>
        <source>Not sent after %1 attempts: %2.</source>
        <translation>Nach %1 Versuchen nicht gesendet: %2.</translation>
    </message>
    <message>
        <location filename="../app/outbox/DispatcherOutcome.cpp" line="146"/>
        <source>The modem was removed while this text was going out. It is being sent again and may arrive twice.</source>
        <translation>Das Modem wurde während des Versands dieser SMS entfernt. Sie wird erneut gesendet und kommt vielleicht doppelt an.</translation>
    </message>
</context>
<context>
    <name>rapport::app::Workspace</name>
    <message>
        <location filename="../app/desktop/Workspace.cpp" line="57"/>
        <source>Rapport cannot create the folder %1. Check that you may write there, or choose another place for the database.</source>
        <translation>Rapport kann den Ordner %1 nicht anlegen. Prüfen Sie, ob Sie dort schreiben dürfen, oder wählen Sie einen anderen Ort für die Datenbank.</translation>
    </message>
    <message>
        <location filename="../app/desktop/Workspace.cpp" line="62"/>
        <source>Rapport cannot open its database %1: %2</source>
        <translation>Rapport kann seine Datenbank %1 nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../app/desktop/Workspace.cpp" line="98"/>
        <source>Sending and receiving could not start: %1</source>
        <translation>Senden und Empfangen konnten nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AddModemDialog</name>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="27"/>
        <source>A modem found on this computer:</source>
        <translation>Ein auf diesem Computer gefundenes Modem:</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="30"/>
        <source>Look again</source>
        <translation>Erneut suchen</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="31"/>
        <source>This port:</source>
        <translation>Dieser Port:</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="33"/>
        <source>The demo modem (messages do not leave this computer)</source>
        <translation>Das Demo-Modem (Nachrichten verlassen diesen Computer nicht)</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="38"/>
        <source>Add a modem</source>
        <translation>Modem hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="41"/>
        <source>Plug the USB modem in with its SIM card, then choose it below. Rapport tries each port to find the one that answers.</source>
        <translation>Stecken Sie das USB-Modem mit seiner SIM-Karte ein und wählen Sie es dann unten aus. Rapport probiert jeden Port, um den zu finden, der antwortet.</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="47"/>
        <source>Ports found</source>
        <translation>Gefundene Ports</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="51"/>
        <source>Look for modems again</source>
        <translation>Erneut nach Modems suchen</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="53"/>
        <source>Port path</source>
        <translation>Portpfad</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="56"/>
        <source>SIM PIN</source>
        <translation>SIM-PIN</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="61"/>
        <source>Only if the SIM asks for one</source>
        <translation>Nur, wenn die SIM danach fragt</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="77"/>
        <source>SIM PIN:</source>
        <translation>SIM-PIN:</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="122"/>
        <source>Looking for modems…</source>
        <translation>Suche nach Modems…</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="143"/>
        <source>(recommended)</source>
        <translation>(empfohlen)</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="155"/>
        <source>No serial ports found. Check that the modem is plugged in; some need a moment after plugging in. You can also type the port below or use the demo modem.</source>
        <translation>Keine seriellen Ports gefunden. Prüfen Sie, ob das Modem eingesteckt ist – manche brauchen nach dem Einstecken einen Moment. Sie können den Port auch unten eingeben oder das Demo-Modem verwenden.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/modems/AddModemDialog.cpp" line="163"/>
        <source>%n port(s) answered.</source>
        <translation>
            <numerusform>%n Port hat geantwortet.</numerusform>
            <numerusform>%n Ports haben geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="164"/>
        <source>No port answered. Check the problems shown under each port.</source>
        <translation>Kein Port hat geantwortet. Prüfen Sie die Probleme, die unter jedem Port angezeigt werden.</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="198"/>
        <source>Choose a port from the list or type one.</source>
        <translation>Wählen Sie einen Port aus der Liste oder geben Sie einen ein.</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="203"/>
        <source>There is no port %1. Check the spelling (for example /dev/ttyUSB2), or plug the modem in and choose it from the list.</source>
        <translation>Es gibt keinen Port %1. Prüfen Sie die Schreibweise (z. B. /dev/ttyUSB2) oder stecken Sie das Modem ein und wählen Sie es aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/modems/AddModemDialog.cpp" line="210"/>
        <source>A SIM PIN has 4 to 8 digits.</source>
        <translation>Eine SIM-PIN hat 4 bis 8 Ziffern.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::AddVisitDialog</name>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="29"/>
        <source>Add a visit</source>
        <translation>Besuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="34"/>
        <source>Date of the visit</source>
        <translation>Datum des Besuchs</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="38"/>
        <source>Amount spent</source>
        <translation>Ausgegebener Betrag</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="40"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="41"/>
        <source>What was done or bought (optional)</source>
        <translation>Was gemacht oder gekauft wurde (optional)</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="51"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="52"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="53"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="56"/>
        <source>Save the visit</source>
        <translation>Besuch speichern</translation>
    </message>
    <message>
        <location filename="../ui/customers/AddVisitDialog.cpp" line="57"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BackupSection</name>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="34"/>
        <source>Backup and restore</source>
        <translation>Datensicherung</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="35"/>
        <source>A backup is one file with all your customers, texts, settings and staff. Keep one off this computer, on a USB stick or another computer, and make a new one every week.</source>
        <translation>Eine Sicherung ist eine Datei mit allen Kunden, SMS, Einstellungen und Mitarbeitern. Bewahren Sie eine außerhalb dieses Computers auf, auf einem USB-Stick oder einem anderen Computer, und erstellen Sie jede Woche eine neue.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="41"/>
        <source>&amp;Back up now…</source>
        <translation>&amp;Jetzt sichern…</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="42"/>
        <source>&amp;Restore from a backup…</source>
        <translation>Aus Sicherung &amp;wiederherstellen…</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="49"/>
        <source>Back up now</source>
        <translation>Jetzt sichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="51"/>
        <location filename="../ui/settings/BackupSection.cpp" line="210"/>
        <source>Restore from a backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="53"/>
        <source>Backup progress</source>
        <translation>Fortschritt der Sicherung</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="62"/>
        <source>This database lives only in memory (a demonstration): nothing is kept after Rapport closes.</source>
        <translation>Diese Datenbank liegt nur im Arbeitsspeicher (eine Demo): Nach dem Schließen von Rapport ist nichts mehr da.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="64"/>
        <source>Your data is kept in %1.</source>
        <translation>Ihre Daten liegen in %1.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="68"/>
        <source>Back up</source>
        <translation>Sichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="70"/>
        <source>Rapport keeps working while it writes the copy. A backup never overwrites a file.</source>
        <translation>Rapport arbeitet weiter, während die Kopie geschrieben wird. Eine Sicherung überschreibt nie eine Datei.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="80"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="82"/>
        <source>Replaces everything in Rapport with what is in a backup. Your data as it is now is first kept as a copy next to the database, and Rapport restarts afterwards.</source>
        <translation>Ersetzt alles in Rapport durch den Inhalt einer Sicherung. Ihre aktuellen Daten werden vorher als Kopie neben der Datenbank aufbewahrt, danach startet Rapport neu.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="159"/>
        <source>Writing the backup to %1…</source>
        <translation>Sicherung wird nach %1 geschrieben…</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="162"/>
        <source>Backed up to %1 (%2). Keep a copy off this computer.</source>
        <translation>Gesichert nach %1 (%2). Bewahren Sie eine Kopie außerhalb dieses Computers auf.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="189"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="211"/>
        <source>Restore the backup “%1” from %2?

Everything in Rapport now — customers, texts, settings and staff — is replaced by what is in the backup. Your data as it is now is first kept as a copy next to the database.

Rapport restarts when the restore is done.</source>
        <translation>Sicherung „%1“ vom %2 wiederherstellen?

Alles, was jetzt in Rapport ist – Kunden, SMS, Einstellungen und Mitarbeiter –, wird durch den Inhalt der Sicherung ersetzt. Ihre aktuellen Daten werden vorher als Kopie neben der Datenbank aufbewahrt.

Rapport startet nach der Wiederherstellung neu.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="216"/>
        <source>Restore and restart</source>
        <translation>Wiederherstellen und neu starten</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="218"/>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="221"/>
        <source>Restoring %1…</source>
        <translation>%1 wird wiederhergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/settings/BackupSection.cpp" line="228"/>
        <source>Restored. Your data as it was is kept in %1. Rapport restarts now.</source>
        <translation>Wiederhergestellt. Ihre bisherigen Daten liegen in %1. Rapport startet jetzt neu.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BookAppointmentDialog</name>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="30"/>
        <source>Book an appointment</source>
        <translation>Termin vereinbaren</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="32"/>
        <source>Appointment for &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Termin für &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="38"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="41"/>
        <source>Time</source>
        <translation>Uhrzeit</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="46"/>
        <source> min</source>
        <translation> Min.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="47"/>
        <source>How long, in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="49"/>
        <source>Eye test, cut and colour, fitting…</source>
        <translation>Sehtest, Schneiden und Färben, Anprobe…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="50"/>
        <source>What the appointment is for</source>
        <translation>Wofür der Termin ist</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="58"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="59"/>
        <source>&amp;Time:</source>
        <translation>&amp;Uhrzeit:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="60"/>
        <source>&amp;Length:</source>
        <translation>&amp;Dauer:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="61"/>
        <source>&amp;For:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BookAppointmentDialog.cpp" line="64"/>
        <source>&amp;Book</source>
        <translation>&amp;Vereinbaren</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BubbleDelegate</name>
    <message>
        <location filename="../ui/inbox/BubbleDelegate.cpp" line="52"/>
        <source>This message could not be read; the modem log keeps it.</source>
        <translation>Diese Nachricht konnte nicht gelesen werden; das Modemprotokoll enthält sie.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BubbleDelegate.cpp" line="54"/>
        <source>(no text)</source>
        <translation>(kein Text)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/BubbleDelegate.cpp" line="143"/>
        <location filename="../ui/inbox/BubbleDelegate.cpp" line="254"/>
        <source>Retry</source>
        <translation>Erneut senden</translation>
    </message>
</context>
<context>
    <name>rapport::ui::BusinessSection</name>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="15"/>
        <source>Business</source>
        <translation>Geschäft</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="16"/>
        <source>Who you are to your customers, and where: the country decides how phone numbers typed without a country code are read, the time zone when your sending hours start.</source>
        <translation>Wer Sie für Ihre Kunden sind und wo: Das Land bestimmt, wie Nummern ohne Ländervorwahl gelesen werden; die Zeitzone, wann Ihre Versandzeiten beginnen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="28"/>
        <source>e.g. Salon Ana</source>
        <translation>z. B. Salon Anna</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="37"/>
        <source>Business &amp;name:</source>
        <translation>Geschäfts&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="38"/>
        <source>Marketing texts start with it, for example “Salon Ana: …”.</source>
        <translation>Werbe-SMS beginnen damit, z. B. „Salon Anna: …“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="39"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="40"/>
        <source>Numbers typed without a country code are read as numbers from this country.</source>
        <translation>Nummern ohne Ländervorwahl gelten als Nummern aus diesem Land.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="42"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="42"/>
        <source>Your sending hours are in this time zone.</source>
        <translation>Ihre Versandzeiten gelten in dieser Zeitzone.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="43"/>
        <source>Your &amp;mobile:</source>
        <translation>&amp;Ihr Handy:</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="44"/>
        <source>Optional. Rapport sends test texts here.</source>
        <translation>Optional. Rapport sendet Test-SMS hierher.</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="44"/>
        <source>Owner&apos;s mobile number</source>
        <translation>Handynummer des Inhabers</translation>
    </message>
    <message>
        <location filename="../ui/settings/BusinessSection.cpp" line="83"/>
        <source>Your mobile: %1</source>
        <translation>Ihr Handy: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ComposeBox</name>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="41"/>
        <source>Re&amp;place</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="44"/>
        <source>Queue it anyway</source>
        <translation>Trotzdem einreihen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="45"/>
        <source>Reply anyway (opt-out override)</source>
        <translation>Trotzdem antworten (Abmeldung übergehen)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="46"/>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="47"/>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="49"/>
        <source>&amp;Templates</source>
        <translation>&amp;Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="53"/>
        <source>Templates and saved replies</source>
        <translation>Vorlagen und Schnellantworten</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="57"/>
        <source>Reply</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="58"/>
        <source>Appointment or service</source>
        <translation>Termin oder Service</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="59"/>
        <source>Offer (marketing)</source>
        <translation>Angebot (Werbung)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="60"/>
        <source>Kind of text</source>
        <translation>Art der SMS</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="61"/>
        <source>Offers need the customer&apos;s consent to marketing and wait for the sending hours; replies go at once.</source>
        <translation>Angebote brauchen die Einwilligung des Kunden in Werbung und warten auf die Versandzeiten; Antworten gehen sofort raus.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="64"/>
        <source>Characters and texts</source>
        <translation>Zeichen und SMS</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="67"/>
        <source>Why this text needs more parts</source>
        <translation>Warum diese SMS mehr Teile braucht</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="68"/>
        <source>Replace the characters that need UCS-2</source>
        <translation>Zeichen ersetzen, die UCS-2 erfordern</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="69"/>
        <source>Swap typographic quotes, dashes and similar characters for plain ones, so the text fits in fewer parts.</source>
        <translation>Ersetzt typografische Anführungszeichen, Striche und ähnliche Zeichen durch einfache, damit die SMS in weniger Teile passt.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="72"/>
        <source>Write a text…</source>
        <translation>SMS schreiben…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="73"/>
        <source>Text to send</source>
        <translation>Zu sendender Text</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="82"/>
        <source>Send the text</source>
        <translation>SMS senden</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="84"/>
        <source>Send the text (%1)</source>
        <translation>SMS senden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="92"/>
        <source>Before sending</source>
        <translation>Vor dem Senden</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="94"/>
        <source>Queue the text to go when it is allowed</source>
        <translation>SMS einreihen und senden, sobald es erlaubt ist</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="95"/>
        <source>Send this reply although the customer opted out</source>
        <translation>Diese Antwort senden, obwohl der Kunde abgemeldet ist</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="96"/>
        <source>Do not send yet</source>
        <translation>Noch nicht senden</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="254"/>
        <source>This text would not go now: %1</source>
        <translation>Diese SMS würde jetzt nicht rausgehen: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="256"/>
        <source>%1 They have written to you since, so you may answer this message by hand; the override is recorded in your name.</source>
        <translation>%1 Der Kunde hat Ihnen seitdem geschrieben, daher dürfen Sie diese Nachricht von Hand beantworten. Die Ausnahme wird unter Ihrem Namen festgehalten.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="261"/>
        <source>This text cannot be sent: %1</source>
        <translation>Diese SMS kann nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="277"/>
        <source>The text was not saved: %1</source>
        <translation>Die SMS wurde nicht gespeichert: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="314"/>
        <source>No templates yet — add them under Settings</source>
        <translation>Noch keine Vorlagen – legen Sie sie unter Einstellungen an</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="319"/>
        <source>Saved replies</source>
        <translation>Schnellantworten</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="319"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ComposeBox.cpp" line="349"/>
        <source>Check the text before sending: %1</source>
        <translation>Prüfen Sie die SMS vor dem Senden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConsentDialog</name>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="28"/>
        <source>News and offers</source>
        <translation>Neuigkeiten und Angebote</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="30"/>
        <source>Appointment reminders</source>
        <translation>Terminerinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="32"/>
        <source>Feedback requests</source>
        <translation>Feedback-Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="59"/>
        <location filename="../ui/customers/ConsentDialog.cpp" line="134"/>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="63"/>
        <source>no mobile number</source>
        <translation>keine Handynummer</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="66"/>
        <source>&lt;b&gt;%1&lt;/b&gt; · %2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt; · %2</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="71"/>
        <source>Texts about</source>
        <translation>SMS zu</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="81"/>
        <source>Words to read to the customer</source>
        <translation>Text zum Vorlesen für den Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="83"/>
        <source>&amp;Yes, they agreed</source>
        <translation>&amp;Ja, zugestimmt</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="85"/>
        <source>Yes, they agreed</source>
        <translation>Ja, zugestimmt</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="87"/>
        <source>N&amp;o, they do not want these texts</source>
        <translation>&amp;Nein, möchte diese SMS nicht</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="89"/>
        <source>No, they do not want these texts</source>
        <translation>Nein, möchte diese SMS nicht</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="101"/>
        <source>How they answered</source>
        <translation>Wie geantwortet wurde</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="105"/>
        <source>&amp;Send them this confirmation text:</source>
        <translation>Diese Bestätigungs-SMS &amp;senden:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="107"/>
        <source>Send the confirmation text</source>
        <translation>Bestätigungs-SMS senden</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="112"/>
        <source>Confirmation text</source>
        <translation>Bestätigungs-SMS</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="121"/>
        <source>&amp;Texts about:</source>
        <translation>SMS &amp;zu:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="125"/>
        <source>Ask them:</source>
        <translation>Fragen Sie:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="126"/>
        <source>Their answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="127"/>
        <source>&amp;Given:</source>
        <translation>&amp;Wie erteilt:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="132"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="136"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="205"/>
        <source>Not asked yet.</source>
        <translation>Noch nicht gefragt.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="211"/>
        <source>Now: opted in on %1 (%2).</source>
        <translation>Aktuell: angemeldet am %1 (%2).</translation>
    </message>
    <message>
        <location filename="../ui/customers/ConsentDialog.cpp" line="214"/>
        <source>Now: opted out on %1 (%2).</source>
        <translation>Aktuell: abgemeldet am %1 (%2).</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConversationModel</name>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="180"/>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="182"/>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="197"/>
        <source>tomorrow %1</source>
        <translation>morgen %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="199"/>
        <source>%1 %2</source>
        <comment>weekday, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="201"/>
        <source>%1 %2</source>
        <comment>date, time</comment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="210"/>
        <source>opt-out override</source>
        <translation>Abmeldung übergangen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="213"/>
        <source>automation</source>
        <translation>Automatisierung</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="213"/>
        <source>automation: %1</source>
        <translation>Automatisierung: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="216"/>
        <source>campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="218"/>
        <source>automatic reply</source>
        <translation>automatische Antwort</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="226"/>
        <source>Flash message</source>
        <translation>Flash-SMS</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="228"/>
        <source>MMS notification</source>
        <translation>MMS-Benachrichtigung</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="230"/>
        <source>Voicemail waiting</source>
        <translation>Neue Mailbox-Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="233"/>
        <source>Cannot be shown</source>
        <translation>Kann nicht angezeigt werden</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="241"/>
        <source>Queued</source>
        <translation>In der Warteschlange</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="244"/>
        <source>Held until %1</source>
        <translation>Zurückgehalten bis %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="245"/>
        <source>Held</source>
        <translation>Zurückgehalten</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="247"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="249"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="251"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="253"/>
        <source>Not sent</source>
        <translation>Nicht gesendet</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="255"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="268"/>
        <source>Waiting to be sent; trying again at %1.</source>
        <translation>Wartet auf den Versand; neuer Versuch: %1.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="270"/>
        <source>Waiting for the modem to send it.</source>
        <translation>Wartet darauf, dass das Modem sie sendet.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="277"/>
        <source>Waits until %1.</source>
        <translation>Wartet bis %1.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="278"/>
        <source>Waits until someone has looked at it.</source>
        <translation>Wartet, bis jemand sie angesehen hat.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="280"/>
        <source>The modem is sending it now.</source>
        <translation>Das Modem sendet sie gerade.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="282"/>
        <source>Sent %1; no delivery report yet.</source>
        <translation>Gesendet: %1; noch keine Zustellbestätigung.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="284"/>
        <source>Delivered %1.</source>
        <translation>Zugestellt: %1.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="286"/>
        <source>It was not sent.</source>
        <translation>Sie wurde nicht gesendet.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="288"/>
        <source>Cancelled before it was sent.</source>
        <translation>Vor dem Senden abgebrochen.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="307"/>
        <source>Received</source>
        <translation>Empfangen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationModel.cpp" line="307"/>
        <source>Sent by you</source>
        <translation>Von Ihnen gesendet</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ConversationView</name>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="31"/>
        <source>&amp;Retry</source>
        <translation>E&amp;rneut senden</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="32"/>
        <source>Cancel this text</source>
        <translation>Diese SMS abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="39"/>
        <source>Conversation with</source>
        <translation>Unterhaltung mit</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="41"/>
        <source>Their number</source>
        <translation>Nummer des Kunden</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="62"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="71"/>
        <source>About the chosen message</source>
        <translation>Zur gewählten Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="72"/>
        <source>About the selected text</source>
        <translation>Zur ausgewählten SMS</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="73"/>
        <source>Retry sending the selected text</source>
        <translation>Ausgewählte SMS erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="74"/>
        <source>Cancel the selected text</source>
        <translation>Ausgewählte SMS abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="123"/>
        <source>No conversation open</source>
        <translation>Keine Unterhaltung geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="132"/>
        <source>not a customer yet</source>
        <translation>noch kein Kunde</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="133"/>
        <source>unassigned</source>
        <translation>nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="134"/>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="136"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="156"/>
        <source>Pick a conversation on the left to read it and reply.</source>
        <translation>Wählen Sie links eine Unterhaltung, um sie zu lesen und zu antworten.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="160"/>
        <source>No messages in this conversation yet — write the first text below.</source>
        <translation>Noch keine Nachrichten in dieser Unterhaltung – schreiben Sie unten die erste SMS.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ConversationView.cpp" line="184"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailsPanel</name>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="24"/>
        <source>News and offers</source>
        <translation>Neuigkeiten und Angebote</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="26"/>
        <source>Appointment reminders</source>
        <translation>Terminerinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="28"/>
        <source>Feedback requests</source>
        <translation>Feedback-Anfragen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="53"/>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="55"/>
        <source>Choose a customer in the list to see their details, consent and visits.</source>
        <translation>Wählen Sie einen Kunden in der Liste, um Details, Einwilligungen und Besuche zu sehen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="85"/>
        <source>Visit history</source>
        <translation>Besuchsverlauf</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="101"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="101"/>
        <source>Edit customer</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="103"/>
        <source>Record &amp;consent…</source>
        <translation>&amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="103"/>
        <source>Record consent</source>
        <translation>Einwilligung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="104"/>
        <source>Add &amp;visit…</source>
        <translation>Be&amp;such hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="104"/>
        <source>Add a visit</source>
        <translation>Besuch hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="105"/>
        <source>&amp;Merge…</source>
        <translation>&amp;Zusammenführen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="105"/>
        <source>Merge with another customer</source>
        <translation>Mit einem anderen Kunden zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="107"/>
        <source>Export their &amp;data…</source>
        <translation>Daten exp&amp;ortieren…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="107"/>
        <source>Export this person&apos;s data</source>
        <translation>Daten dieser Person exportieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="108"/>
        <source>E&amp;rase…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="108"/>
        <source>Erase this person</source>
        <translation>Diese Person löschen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="125"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="128"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="133"/>
        <source>Record and data</source>
        <translation>Eintrag und Daten</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="169"/>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="172"/>
        <source>No mobile number</source>
        <translation>Keine Handynummer</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="179"/>
        <source>Birthday %1</source>
        <translation>Geburtstag %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="183"/>
        <source>d MMMM yyyy</source>
        <comment>date format: a birthday with its year</comment>
        <translation>d. MMMM yyyy</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="184"/>
        <source>d MMMM</source>
        <comment>date format: a birthday without its year</comment>
        <translation>d. MMMM</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="187"/>
        <source>Tags: %1</source>
        <translation>Tags: %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="199"/>
        <source>No visits recorded yet.</source>
        <translation>Noch keine Besuche erfasst.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="200"/>
        <source>%n visit(s), %1 spent in all.</source>
        <translation>
            <numerusform>%n Besuch, insgesamt %1 ausgegeben.</numerusform>
            <numerusform>%n Besuche, insgesamt %1 ausgegeben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="204"/>
        <source>Export and erasure find a person by their mobile number, and this customer has none. Add it first.</source>
        <translation>Export und Löschung finden eine Person über ihre Handynummer, und dieser Kunde hat keine. Tragen Sie sie zuerst ein.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="218"/>
        <source>not asked</source>
        <translation>nicht gefragt</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="225"/>
        <source>opted in on %1 (%2)</source>
        <translation>angemeldet am %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="228"/>
        <source>opted out on %1 (%2)</source>
        <translation>abgemeldet am %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerDetailsPanel.cpp" line="230"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerEditor</name>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="59"/>
        <source>Add a customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="59"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="91"/>
        <source>&amp;First name:</source>
        <translation>&amp;Vorname:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="91"/>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="95"/>
        <source>&amp;Last name:</source>
        <translation>&amp;Nachname:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="95"/>
        <location filename="../ui/customers/CustomerEditor.cpp" line="96"/>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="100"/>
        <source>Mobile number, as the customer says it</source>
        <translation>Handynummer, so wie der Kunde sie nennt</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="103"/>
        <source>&amp;Mobile:</source>
        <translation>&amp;Handy:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="103"/>
        <location filename="../ui/customers/CustomerEditor.cpp" line="104"/>
        <source>Mobile number</source>
        <translation>Handynummer</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="109"/>
        <source>&amp;Email:</source>
        <translation>E-&amp;Mail:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="109"/>
        <location filename="../ui/customers/CustomerEditor.cpp" line="110"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="118"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="119"/>
        <source>Birthday: day</source>
        <translation>Geburtstag: Tag</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="122"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="125"/>
        <source>Birthday: month</source>
        <translation>Geburtstag: Monat</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="129"/>
        <source>Year (optional)</source>
        <translation>Jahr (optional)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="131"/>
        <source>Birthday: year, optional</source>
        <translation>Geburtstag: Jahr, optional</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="136"/>
        <source>&amp;Birthday:</source>
        <translation>&amp;Geburtstag:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="142"/>
        <source>Separated by commas, e.g. regular, colour</source>
        <translation>Durch Kommas getrennt, z. B. Stammkunde, Farbe</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="143"/>
        <source>&amp;Tags:</source>
        <translation>&amp;Tags:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="143"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="149"/>
        <source>Date as YYYY-MM-DD</source>
        <translation>Datum als JJJJ-MM-TT</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="164"/>
        <source>&amp;Notes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="164"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="172"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="174"/>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="177"/>
        <source>Save and record &amp;consent…</source>
        <translation>Speichern und &amp;Einwilligung erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="179"/>
        <source>Save and record consent</source>
        <translation>Speichern und Einwilligung erfassen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="180"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="225"/>
        <source>Enter a name, a mobile number or both.</source>
        <translation>Geben Sie einen Namen, eine Handynummer oder beides ein.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="234"/>
        <source>Will be saved as %1</source>
        <translation>Wird gespeichert als %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="241"/>
        <source>This does not look like an email address. Check it, or leave it empty.</source>
        <translation>Das sieht nicht wie eine E-Mail-Adresse aus. Prüfen Sie sie oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="246"/>
        <source>Choose both the day and the month, or neither.</source>
        <translation>Wählen Sie Tag und Monat oder keines von beiden.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="249"/>
        <source>There is no such day. Check the day, month and year.</source>
        <translation>Diesen Tag gibt es nicht. Prüfen Sie Tag, Monat und Jahr.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerEditor.cpp" line="251"/>
        <source>Choose the day and month of the birthday too.</source>
        <translation>Wählen Sie auch Tag und Monat des Geburtstags.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerPanel</name>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="52"/>
        <source>Record consent…</source>
        <translation>Einwilligung erfassen…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="53"/>
        <source>Open customer</source>
        <translation>Kunden öffnen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="54"/>
        <source>Book appointment…</source>
        <translation>Termin vereinbaren…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="55"/>
        <source>Cancel appointment…</source>
        <translation>Termin absagen…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="56"/>
        <source>Add as customer…</source>
        <translation>Als Kunden anlegen…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="64"/>
        <source>Mobile number</source>
        <translation>Handynummer</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="70"/>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="78"/>
        <source>Consent to %1</source>
        <translation>Einwilligung für %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="85"/>
        <source>Next appointment</source>
        <translation>Nächster Termin</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="86"/>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="87"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="88"/>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="89"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="91"/>
        <source>Record consent for this customer</source>
        <translation>Einwilligung für diesen Kunden erfassen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="92"/>
        <source>Open this customer&apos;s record</source>
        <translation>Eintrag dieses Kunden öffnen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="93"/>
        <source>Book an appointment for this customer</source>
        <translation>Einen Termin für diesen Kunden vereinbaren</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="95"/>
        <source>Cancel the next appointment</source>
        <translation>Den nächsten Termin absagen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="101"/>
        <source>Add this number as a customer</source>
        <translation>Diese Nummer als Kunden anlegen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="144"/>
        <source> (by text)</source>
        <translation> (per SMS)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="148"/>
        <source>✓ Yes, since %1</source>
        <translation>✓ Ja, seit %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="150"/>
        <source>✗ Opted out %1</source>
        <translation>✗ Abgemeldet am %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="154"/>
        <source>Not asked yet</source>
        <translation>Noch nicht gefragt</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="176"/>
        <source>The customer&apos;s consent, appointments, tags and visits appear here when you open a conversation.</source>
        <translation>Einwilligung, Termine, Tags und Besuche des Kunden erscheinen hier, wenn Sie eine Unterhaltung öffnen.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="268"/>
        <source>None booked</source>
        <translation>Keiner vereinbart</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="276"/>
        <source>ddd d MMM yyyy</source>
        <comment>date format: an appointment&apos;s day</comment>
        <translation>ddd, d. MMM yyyy</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/CustomerPanel.cpp" line="277"/>
        <source>%1, %2 for %n min</source>
        <translation>
            <numerusform>%1, %2 für %n Min.</numerusform>
            <numerusform>%1, %2 für %n Min.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="195"/>
        <source>This number is not in your customer list. Add it to keep their consent, visits and notes together.</source>
        <translation>Diese Nummer ist nicht in Ihrer Kundenliste. Legen Sie sie an, um Einwilligung, Besuche und Notizen beisammenzuhalten.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="206"/>
        <source>This customer&apos;s record cannot be read just now. Try again in a moment; if it keeps happening, restart Rapport.</source>
        <translation>Der Eintrag dieses Kunden kann gerade nicht gelesen werden. Versuchen Sie es gleich noch einmal. Wenn es wieder passiert, starten Sie Rapport neu.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="218"/>
        <source>No tags</source>
        <translation>Keine Tags</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="223"/>
        <source>No visits recorded</source>
        <translation>Keine Besuche erfasst</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/CustomerPanel.cpp" line="232"/>
        <source>%n visit(s), %1 in total</source>
        <translation>
            <numerusform>%n Besuch, insgesamt %1</numerusform>
            <numerusform>%n Besuche, insgesamt %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="236"/>
        <source>%1 — %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="244"/>
        <location filename="../ui/inbox/CustomerPanel.cpp" line="280"/>
        <source> — %1</source>
        <translation> – %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerTableModel</name>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="17"/>
        <location filename="../ui/customers/CustomersPage.cpp" line="210"/>
        <source>Opted in</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="19"/>
        <location filename="../ui/customers/CustomersPage.cpp" line="211"/>
        <source>Opted out</source>
        <translation>Abgemeldet</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="23"/>
        <location filename="../ui/customers/CustomersPage.cpp" line="211"/>
        <source>Not asked</source>
        <translation>Nicht gefragt</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="38"/>
        <source>d MMM</source>
        <comment>date format: a birthday without its year</comment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="59"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="61"/>
        <source>Mobile</source>
        <translation>Handy</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="63"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="65"/>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="67"/>
        <source>Visits</source>
        <translation>Besuche</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="69"/>
        <source>Last visit</source>
        <translation>Letzter Besuch</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="71"/>
        <source>Spent</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="73"/>
        <source>Offers</source>
        <translation>Angebote</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="75"/>
        <source>Reminders</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="77"/>
        <source>Birthday</source>
        <translation>Geburtstag</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="79"/>
        <source>Added</source>
        <translation>Angelegt</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="208"/>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="282"/>
        <source>Spent (%1)</source>
        <translation>Umsatz (%1)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="288"/>
        <source>Whether the customer agreed to get news and offers by text</source>
        <translation>Ob der Kunde zugestimmt hat, Neuigkeiten und Angebote per SMS zu erhalten</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomerTableModel.cpp" line="290"/>
        <source>Whether the customer agreed to get appointment reminders by text</source>
        <translation>Ob der Kunde zugestimmt hat, Terminerinnerungen per SMS zu erhalten</translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPage</name>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="57"/>
        <source>No customers yet</source>
        <translation>Noch keine Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="63"/>
        <source>Import them from a spreadsheet or your till (a CSV file) or from phone contacts, or add them one by one. Their consent, visits and texts appear here.</source>
        <translation>Importieren Sie sie aus einer Tabelle oder Ihrem Kassensystem (als CSV-Datei) oder aus Telefonkontakten, oder legen Sie sie einzeln an. Einwilligungen, Besuche und SMS erscheinen dann hier.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="105"/>
        <location filename="../ui/customers/CustomersPage.cpp" line="184"/>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="52"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="124"/>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="125"/>
        <source>Search by name or number…</source>
        <translation>Nach Name oder Nummer suchen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="143"/>
        <source>&amp;Add customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="143"/>
        <location filename="../ui/customers/CustomersPage.cpp" line="277"/>
        <location filename="../ui/customers/CustomersPage.cpp" line="279"/>
        <source>Add a customer</source>
        <translation>Neuen Kunden anlegen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="145"/>
        <source>Add a customer (%1)</source>
        <translation>Neuen Kunden anlegen (%1)</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="150"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="150"/>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="153"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="153"/>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="157"/>
        <source>Colu&amp;mns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="158"/>
        <source>Choose columns</source>
        <translation>Spalten wählen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="172"/>
        <source>Segments</source>
        <translation>Segmente</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="273"/>
        <source>Import a CSV…</source>
        <translation>CSV importieren…</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="275"/>
        <source>Import customers from a file</source>
        <translation>Kunden aus einer Datei importieren</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersPage.cpp" line="338"/>
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n Kunde</numerusform>
            <numerusform>%n Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="341"/>
        <source>%1 of %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="343"/>
        <source>The customers could not be read (%1). Try again; if it keeps happening, restart Rapport.</source>
        <translation>Die Kunden konnten nicht gelesen werden (%1). Versuchen Sie es erneut. Wenn es wieder passiert, starten Sie Rapport neu.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="348"/>
        <source>No customer matches %1.</source>
        <translation>Kein Kunde passt zu %1.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="362"/>
        <source>“%1” in %2</source>
        <translation>„%1“ in %2</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPage.cpp" line="364"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="35"/>
        <source>Export and erasure find a person by their mobile number, and this customer has none. Add their number first.</source>
        <translation>Export und Löschung finden eine Person über ihre Handynummer, und dieser Kunde hat keine. Tragen Sie zuerst die Nummer ein.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="46"/>
        <source>Not allowed</source>
        <translation>Nicht erlaubt</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="181"/>
        <source>Folder for the data of %1</source>
        <translation>Ordner für die Daten von %1</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="193"/>
        <source>Data exported</source>
        <translation>Daten exportiert</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="194"/>
        <source>Everything Rapport holds about %1 was written to %2: %3. Give the files to them securely and delete your copy afterwards.</source>
        <translation>Alles, was Rapport über %1 gespeichert hat, wurde nach %2 geschrieben: %3. Geben Sie die Dateien sicher an die Person weiter und löschen Sie danach Ihre Kopie.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="212"/>
        <source>Erase %1</source>
        <translation>%1 löschen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="213"/>
        <source>Erase %1 and everything about them?</source>
        <translation>%1 und alle zugehörigen Daten löschen?</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="214"/>
        <source>Their record, visits, consent history and all texts with them are deleted for good. Their number stays on the do-not-text list as a code, so a later import cannot add them back by mistake. Backups made before today still hold their data until you delete them.</source>
        <translation>Eintrag, Besuche, Einwilligungsverlauf und alle SMS mit dieser Person werden endgültig gelöscht. Die Nummer bleibt als Code auf der Sperrliste, damit ein späterer Import sie nicht versehentlich wieder aufnimmt. Sicherungen von vor heute enthalten die Daten weiterhin, bis Sie sie löschen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="218"/>
        <source>Erase</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="230"/>
        <source>Erased</source>
        <translation>Gelöscht</translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageActions.cpp" line="231"/>
        <source>%1 was erased: %2, %3 and %4 in %5.</source>
        <translation>%1 wurde gelöscht: %2, %3 und %4 in %5.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersPageActions.cpp" line="232"/>
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n Besuch</numerusform>
            <numerusform>%n Besuche</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersPageActions.cpp" line="233"/>
        <source>%n consent record(s)</source>
        <translation>
            <numerusform>%n Einwilligungseintrag</numerusform>
            <numerusform>%n Einwilligungseinträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersPageActions.cpp" line="234"/>
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/CustomersPageActions.cpp" line="235"/>
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/CustomersPageState.cpp" line="28"/>
        <source>Columns to show</source>
        <translation>Angezeigte Spalten</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ExportDialog</name>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="36"/>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="39"/>
        <source>&amp;All customers (%1)</source>
        <translation>&amp;Alle Kunden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="41"/>
        <source>Export all customers</source>
        <translation>Alle Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="43"/>
        <source>The customers &amp;shown now (%1)</source>
        <translation>Nur die an&amp;gezeigten Kunden (%1)</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="44"/>
        <source>The customers &amp;shown now: %1 (%2)</source>
        <translation>Nur die an&amp;gezeigten Kunden: %1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="47"/>
        <source>Export the customers shown now</source>
        <translation>Die angezeigten Kunden exportieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="68"/>
        <source>Columns to export</source>
        <translation>Zu exportierende Spalten</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="71"/>
        <source>File to write</source>
        <translation>Zieldatei</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="72"/>
        <source>customers.csv</source>
        <translation>kunden.csv</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="73"/>
        <source>C&amp;hoose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="74"/>
        <source>Choose the file to write</source>
        <translation>Zieldatei wählen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="81"/>
        <source>Export progress</source>
        <translation>Fortschritt des Exports</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="85"/>
        <source>The file holds the customers&apos; personal data: keep it safe and delete it when you no longer need it.</source>
        <translation>Die Datei enthält personenbezogene Daten Ihrer Kunden: Bewahren Sie sie sicher auf und löschen Sie sie, wenn Sie sie nicht mehr brauchen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="90"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="92"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="95"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="106"/>
        <source>Customers:</source>
        <translation>Kunden:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="107"/>
        <source>C&amp;olumns:</source>
        <translation>&amp;Spalten:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="110"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="145"/>
        <source>Export customers to</source>
        <translation>Kunden exportieren nach</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="145"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="167"/>
        <source>Choose the file to write first.</source>
        <translation>Wählen Sie zuerst die Zieldatei.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="179"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ExportDialog.cpp" line="200"/>
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n Kunde nach %1 exportiert.</numerusform>
            <numerusform>%n Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="202"/>
        <source>&amp;Close</source>
        <translation>S&amp;chließen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ExportDialog.cpp" line="203"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::FirstRunWizard</name>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="27"/>
        <source>Set up Rapport</source>
        <translation>Rapport einrichten</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="41"/>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="41"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="42"/>
        <source>Finish</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="43"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/FirstRunWizard.cpp" line="89"/>
        <source>Your setup could not be saved: %1</source>
        <translation>Ihre Einrichtung konnte nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::HoursSection</name>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="20"/>
        <source>Sending hours</source>
        <translation>Versandzeiten</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="21"/>
        <source>When Rapport may send texts, in your shop&apos;s time zone. A text asked for outside these hours waits until they open. Replies to a customer who wrote to you go at any hour.</source>
        <translation>Wann Rapport SMS senden darf, in der Zeitzone Ihres Geschäfts. Eine SMS außerhalb dieser Zeiten wartet, bis sie beginnen. Antworten an Kunden, die Ihnen geschrieben haben, gehen jederzeit raus.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="27"/>
        <source>Reminders and other service texts</source>
        <translation>Erinnerungen und Service-SMS</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="27"/>
        <source>Marketing texts</source>
        <translation>Werbe-SMS</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="30"/>
        <source>&amp;Add day</source>
        <translation>Tag hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="31"/>
        <source>Re&amp;move day</source>
        <translation>Tag &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="37"/>
        <location filename="../ui/settings/HoursSection.cpp" line="43"/>
        <source>Days without marketing</source>
        <translation>Tage ohne Werbung</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="39"/>
        <source>Closing days and holidays: no marketing texts go out on these days. Service texts and replies still do.</source>
        <translation>Schließtage und Feiertage: An diesen Tagen gehen keine Werbe-SMS raus. Service-SMS und Antworten schon.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="48"/>
        <source>Day to add</source>
        <translation>Hinzuzufügender Tag</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="50"/>
        <source>Add day without marketing</source>
        <translation>Tag ohne Werbung hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="51"/>
        <source>Remove the chosen day</source>
        <translation>Gewählten Tag entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="95"/>
        <source>Service texts: tick at least one day, or reminders would never go.</source>
        <translation>Service-SMS: Wählen Sie mindestens einen Tag, sonst würden Erinnerungen nie verschickt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/HoursSection.cpp" line="142"/>
        <source>No days yet. Choose one above and press Add day.</source>
        <translation>Noch keine Tage. Wählen Sie oben einen Tag und klicken Sie auf „Tag hinzufügen“.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFilePage</name>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="28"/>
        <source>semicolons</source>
        <translation>Semikolons</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="30"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="32"/>
        <source>commas</source>
        <translation>Kommas</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="44"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="45"/>
        <source>A CSV file from a spreadsheet or till, or contacts saved as a vCard (.vcf) file. Nothing is saved until the last step.</source>
        <translation>Eine CSV-Datei aus einer Tabellenkalkulation oder Kasse oder Kontakte als vCard-Datei (.vcf). Gespeichert wird erst im letzten Schritt.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="48"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="49"/>
        <source>Choose a file…</source>
        <translation>Datei wählen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="50"/>
        <source>C&amp;hoose…</source>
        <translation>Au&amp;swählen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="52"/>
        <source>Choose the file to import</source>
        <translation>Zu importierende Datei wählen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="60"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="83"/>
        <source>Import customers from</source>
        <translation>Kunden importieren aus</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="84"/>
        <source>Customer files (*.csv *.txt *.tsv *.vcf);;All files (*)</source>
        <translation>Kundendateien (*.csv *.txt *.tsv *.vcf);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="96"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportFilePage.cpp" line="115"/>
        <source>%1: %n row(s) with %2 columns, %3</source>
        <translation>
            <numerusform>%1: %n Zeile mit %2 Spalten, %3</numerusform>
            <numerusform>%1: %n Zeilen mit %2 Spalten, %3</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportFilePage.cpp" line="119"/>
        <source>, separated by %1</source>
        <translation>, getrennt durch %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportFilePage.cpp" line="123"/>
        <source>%n row(s) cannot be read and will be skipped; the last step lists them.</source>
        <translation>
            <numerusform>%n Zeile kann nicht gelesen werden und wird übersprungen; der letzte Schritt listet sie auf.</numerusform>
            <numerusform>%n Zeilen können nicht gelesen werden und werden übersprungen; der letzte Schritt listet sie auf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportMappingPage</name>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="42"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="43"/>
        <source>Say what each column of the file holds. Columns set to “Do not import” are left out.</source>
        <translation>Geben Sie an, was jede Spalte der Datei enthält. Spalten mit „Nicht importieren“ werden ausgelassen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="46"/>
        <source>Columns of the file</source>
        <translation>Spalten der Datei</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="49"/>
        <source>Column in the file</source>
        <translation>Spalte in der Datei</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="49"/>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="49"/>
        <source>Import as</source>
        <translation>Importieren als</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="58"/>
        <source>&amp;What were these customers told when they agreed to texts? (for example the words on the paper form)</source>
        <translation>Was wurde diesen Kunden &amp;gesagt, als sie den SMS zugestimmt haben? (z. B. der Text auf dem Papierformular)</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="63"/>
        <source>Consent wording</source>
        <translation>Einwilligungstext</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="91"/>
        <source>Import column “%1” as</source>
        <translation>Spalte „%1“ importieren als</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportMappingPage.cpp" line="98"/>
        <source>Custom field: %1</source>
        <translation>Eigenes Feld: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPreviewPage</name>
    <message>
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="23"/>
        <source>Check before importing</source>
        <translation>Vor dem Import prüfen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="24"/>
        <source>This is what the import will do with the first rows of the file. Nothing has been saved yet.</source>
        <translation>So wird der Import die ersten Zeilen der Datei behandeln. Noch ist nichts gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="27"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="31"/>
        <source>Preview of the import</source>
        <translation>Vorschau des Imports</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="65"/>
        <source>The first %1 of %2 rows:</source>
        <translation>Die ersten %1 von %2 Zeilen:</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="67"/>
        <source>All %n row(s):</source>
        <translation>
            <numerusform>Die %n Zeile:</numerusform>
            <numerusform>Alle %n Zeilen:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="68"/>
        <source>%n new customer(s),</source>
        <translation>
            <numerusform>%n neuer Kunde,</numerusform>
            <numerusform>%n neue Kunden,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="69"/>
        <source>%n merged with customers you already have,</source>
        <translation>
            <numerusform>%n mit vorhandenem Kunden zusammengeführt,</numerusform>
            <numerusform>%n mit vorhandenen Kunden zusammengeführt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportPreviewPage.cpp" line="70"/>
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n übersprungen.</numerusform>
            <numerusform>%n übersprungen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportResultsModel</name>
    <message>
        <location filename="../ui/customers/ImportResultsModel.cpp" line="73"/>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportResultsModel.cpp" line="75"/>
        <source>Merged</source>
        <translation>Zusammengeführt</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportResultsModel.cpp" line="79"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportResultsModel.cpp" line="137"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportResultsModel.cpp" line="139"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportResultsModel.cpp" line="141"/>
        <source>Mobile</source>
        <translation>Handy</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportResultsModel.cpp" line="143"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportResultsModel.cpp" line="145"/>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportRunPage</name>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="28"/>
        <source>&amp;Cancel import</source>
        <translation>Import &amp;abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="29"/>
        <source>Show only rows that need &amp;attention</source>
        <translation>Nur Zeilen mit &amp;Handlungsbedarf zeigen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="31"/>
        <source>&amp;Save the skipped rows…</source>
        <translation>Übersprungene Zeilen &amp;speichern…</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="34"/>
        <source>Importing</source>
        <translation>Import läuft</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="38"/>
        <source>Import progress</source>
        <translation>Fortschritt des Imports</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="40"/>
        <source>Cancel import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="43"/>
        <source>Show only rows that need attention</source>
        <translation>Nur Zeilen mit Handlungsbedarf zeigen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="46"/>
        <source>What became of each row</source>
        <translation>Was aus jeder Zeile wurde</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="54"/>
        <source>Save the skipped rows as a file</source>
        <translation>Übersprungene Zeilen als Datei speichern</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="55"/>
        <source>A CSV file with the skipped rows and a Problem column: correct it and import it again.</source>
        <translation>Eine CSV-Datei mit den übersprungenen Zeilen und einer Spalte „Problem“: Korrigieren Sie sie und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="81"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="115"/>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="116"/>
        <source>The import did not happen</source>
        <translation>Der Import hat nicht stattgefunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="122"/>
        <source>Import finished</source>
        <translation>Import abgeschlossen</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportRunPage.cpp" line="123"/>
        <source>%n customer(s) added,</source>
        <translation>
            <numerusform>%n Kunde hinzugefügt,</numerusform>
            <numerusform>%n Kunden hinzugefügt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportRunPage.cpp" line="124"/>
        <source>%n merged with customers you already had,</source>
        <translation>
            <numerusform>%n mit vorhandenem Kunden zusammengeführt,</numerusform>
            <numerusform>%n mit vorhandenen Kunden zusammengeführt,</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportRunPage.cpp" line="125"/>
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n Zeile übersprungen.</numerusform>
            <numerusform>%n Zeilen übersprungen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportRunPage.cpp" line="127"/>
        <source>%n visit(s) recorded.</source>
        <translation>
            <numerusform>%n Besuch erfasst.</numerusform>
            <numerusform>%n Besuche erfasst.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/ImportRunPage.cpp" line="129"/>
        <source>%n consent decision(s) recorded.</source>
        <translation>
            <numerusform>%n Einwilligungsentscheidung erfasst.</numerusform>
            <numerusform>%n Einwilligungsentscheidungen erfasst.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="131"/>
        <source>Save the skipped rows to correct them and import them again.</source>
        <translation>Speichern Sie die übersprungenen Zeilen, um sie zu korrigieren und erneut zu importieren.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="150"/>
        <source>%1 - skipped rows.csv</source>
        <translation>%1 - übersprungene Zeilen.csv</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="152"/>
        <source>Save the skipped rows</source>
        <translation>Übersprungene Zeilen speichern</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="152"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="159"/>
        <source>The file could not be written (%1). Choose another folder.</source>
        <translation>Die Datei konnte nicht geschrieben werden (%1). Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportRunPage.cpp" line="163"/>
        <source>Saved to %1.</source>
        <translation>Gespeichert in %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportWizard</name>
    <message>
        <location filename="../ui/customers/ImportWizard.cpp" line="23"/>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportWizard.cpp" line="32"/>
        <source>&amp;Next</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportWizard.cpp" line="33"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location filename="../ui/customers/ImportWizard.cpp" line="34"/>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>rapport::ui::InboxPage</name>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="74"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="75"/>
        <source>&amp;Assign</source>
        <translation>&amp;Zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="78"/>
        <source>Assign this conversation</source>
        <translation>Diese Unterhaltung zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="82"/>
        <source>Close or reopen this conversation</source>
        <translation>Diese Unterhaltung schließen oder wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="111"/>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="136"/>
        <source>The text could not be tried again: %1</source>
        <translation>Die SMS konnte nicht erneut versucht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="141"/>
        <source>The text could not be cancelled: %1</source>
        <translation>Die SMS konnte nicht abgebrochen werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="258"/>
        <source>Cancel the appointment?</source>
        <translation>Termin absagen?</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="259"/>
        <source>Cancel %1&apos;s appointment on %2? Nothing is texted to them.</source>
        <translation>Den Termin von %1 am %2 absagen? Es wird keine SMS an den Kunden geschickt.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="301"/>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="301"/>
        <source>&amp;Close</source>
        <translation>Schl&amp;ießen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="303"/>
        <source>Reopen this conversation</source>
        <translation>Diese Unterhaltung wieder öffnen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="304"/>
        <source>Close this conversation: it leaves the open list until the customer writes again or someone reopens it</source>
        <translation>Diese Unterhaltung schließen: Sie verschwindet aus der Liste der offenen, bis der Kunde wieder schreibt oder jemand sie wieder öffnet</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="336"/>
        <source>Assign to me</source>
        <translation>Mir zuweisen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="337"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="354"/>
        <source>The conversation was not assigned: %1</source>
        <translation>Die Unterhaltung wurde nicht zugewiesen: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="364"/>
        <source>The conversation was not reopened: %1</source>
        <translation>Die Unterhaltung wurde nicht wieder geöffnet: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/InboxPage.cpp" line="365"/>
        <source>The conversation was not closed: %1</source>
        <translation>Die Unterhaltung wurde nicht geschlossen: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::KeywordsSection</name>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="25"/>
        <source>Keywords</source>
        <translation>Schlüsselwörter</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="26"/>
        <source>Words a customer can text on their own to opt out, opt back in, get help, or ask a common question. Case and punctuation do not matter: “Stop.” is STOP.</source>
        <translation>Wörter, die ein Kunde von sich aus per SMS schicken kann, um sich ab- oder wieder anzumelden, Hilfe zu bekommen oder eine häufige Frage zu stellen. Groß-/Kleinschreibung und Satzzeichen spielen keine Rolle: „Stop.“ ist STOP.</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="34"/>
        <source>&amp;Add a keyword</source>
        <translation>Schlüsselwort hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="35"/>
        <source>Re&amp;move keyword</source>
        <translation>Schlüsselwort &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="42"/>
        <source>Your own words, separated by commas, e.g. BAJA</source>
        <translation>Eigene Wörter, durch Kommas getrennt, z. B. ABMELDEN</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="43"/>
        <source>&amp;Opt-out words:</source>
        <translation>A&amp;bmeldewörter:</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="44"/>
        <source>Always understood: %1. Rapport confirms once and sends nothing more.</source>
        <translation>Immer verstanden: %1. Rapport bestätigt einmal und sendet danach nichts mehr.</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="46"/>
        <source>More opt-out words</source>
        <translation>Weitere Abmeldewörter</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="48"/>
        <source>Your own words, separated by commas, e.g. ALTA</source>
        <translation>Eigene Wörter, durch Kommas getrennt, z. B. ANMELDEN</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="49"/>
        <source>Opt-&amp;in words:</source>
        <translation>A&amp;nmeldewörter:</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="50"/>
        <source>Always understood: %1, and %2 when it does not answer a question.</source>
        <translation>Immer verstanden: %1 und %2, wenn es keine Antwort auf eine Frage ist.</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="52"/>
        <source>More opt-in words</source>
        <translation>Weitere Anmeldewörter</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="54"/>
        <source>Your own words, separated by commas, e.g. AYUDA</source>
        <translation>Eigene Wörter, durch Kommas getrennt, z. B. HILFE</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="55"/>
        <source>&amp;Help words:</source>
        <translation>H&amp;ilfewörter:</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="56"/>
        <source>Always understood: %1. The answer is set under Automatic replies.</source>
        <translation>Immer verstanden: %1. Die Antwort legen Sie unter „Automatische Antworten“ fest.</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="58"/>
        <source>More help words</source>
        <translation>Weitere Hilfewörter</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="62"/>
        <source>Questions customers ask</source>
        <translation>Häufige Fragen von Kunden</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="64"/>
        <source>A text that is just the keyword gets the answer at once, day or night. The answer may use {business}.</source>
        <translation>Eine SMS, die nur aus dem Schlüsselwort besteht, bekommt sofort die Antwort, Tag und Nacht. Die Antwort darf {business} enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="68"/>
        <source>Question keywords and their answers</source>
        <translation>Frage-Schlüsselwörter und ihre Antworten</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="69"/>
        <source>Keyword</source>
        <translation>Schlüsselwort</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="69"/>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="79"/>
        <source>Add a question keyword</source>
        <translation>Frage-Schlüsselwort hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="80"/>
        <source>Remove the chosen question keyword</source>
        <translation>Gewähltes Frage-Schlüsselwort entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="149"/>
        <source>Questions: two rows have the same keyword. Keep one.</source>
        <translation>Fragen: Zwei Zeilen haben dasselbe Schlüsselwort. Behalten Sie eine.</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="168"/>
        <source>HOURS</source>
        <translation>ZEITEN</translation>
    </message>
    <message>
        <location filename="../ui/settings/KeywordsSection.cpp" line="171"/>
        <source>{business}: We are open Monday to Friday, 9:00 to 18:00.</source>
        <translation>{business}: Wir haben Montag bis Freitag von 9:00 bis 18:00 Uhr geöffnet.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LanguageSection</name>
    <message>
        <location filename="../ui/settings/LanguageSection.cpp" line="12"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location filename="../ui/settings/LanguageSection.cpp" line="13"/>
        <source>The language of Rapport&apos;s windows on this computer. Texts to customers are not translated: they go out as you write them.</source>
        <translation>Die Sprache der Rapport-Fenster auf diesem Computer. SMS an Kunden werden nicht übersetzt: Sie gehen so raus, wie Sie sie schreiben.</translation>
    </message>
    <message>
        <location filename="../ui/settings/LanguageSection.cpp" line="25"/>
        <source>&amp;Language:</source>
        <translation>Sp&amp;rache:</translation>
    </message>
    <message>
        <location filename="../ui/settings/LanguageSection.cpp" line="25"/>
        <source>Rapport uses the new language after it restarts.</source>
        <translation>Rapport verwendet die neue Sprache nach einem Neustart.</translation>
    </message>
    <message>
        <location filename="../ui/settings/LanguageSection.cpp" line="53"/>
        <source>Saved. Close and open Rapport again to see it in the new language.</source>
        <translation>Gespeichert. Schließen Sie Rapport und öffnen Sie es erneut, um die neue Sprache zu sehen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LegalRulesModel</name>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="113"/>
        <source>any hour</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="130"/>
        <source>none</source>
        <translation>keins</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="131"/>
        <source>1 text</source>
        <translation>1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="132"/>
        <source>%1 texts</source>
        <translation>%1 SMS</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="144"/>
        <source>a day</source>
        <translation>1 Tag</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="144"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="222"/>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="224"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="226"/>
        <source>Until</source>
        <translation>Bis</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="228"/>
        <source>No Sundays</source>
        <translation>Sonntags nicht</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="230"/>
        <source>No public holidays</source>
        <translation>Feiertags nicht</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="232"/>
        <source>Marketing limit</source>
        <translation>Werbelimit</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="234"/>
        <source>Per</source>
        <translation>Pro</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="236"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="242"/>
        <source>A country code such as US, or a country and state such as US-FL</source>
        <translation>Ein Ländercode wie DE oder ein Land mit Bundesland wie US-FL</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="245"/>
        <source>Customers there get texts only between these hours, their local time</source>
        <translation>Kunden dort erhalten SMS nur zwischen diesen Uhrzeiten, in ihrer Ortszeit</translation>
    </message>
    <message>
        <location filename="../ui/settings/LegalRulesModel.cpp" line="247"/>
        <source>At most this many marketing texts per customer there (none: only your own limit)</source>
        <translation>Höchstens so viele Werbe-SMS pro Kunde dort (keins: nur Ihr eigenes Limit)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::LimitsSection</name>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="21"/>
        <source>Quiet hours and limits</source>
        <translation>Ruhezeiten und Limits</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="22"/>
        <source>How often one customer may get marketing texts, how those texts name you and say how to opt out, and the hours the law allows where your customers live.</source>
        <translation>Wie oft ein Kunde Werbe-SMS erhalten darf, wie diese SMS Sie nennen und die Abmeldung erklären, und zu welchen Uhrzeiten das Gesetz am Wohnort Ihrer Kunden SMS erlaubt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="28"/>
        <source>Start marketing texts with the &amp;business name</source>
        <translation>Werbe-SMS mit dem Geschäfts&amp;namen beginnen</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="32"/>
        <source>&amp;Add a place</source>
        <translation>Ort hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="33"/>
        <source>Re&amp;move place</source>
        <translation>Ort &amp;entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="35"/>
        <source>Your marketing limit</source>
        <translation>Ihr Werbelimit</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="38"/>
        <source>Most marketing texts per customer</source>
        <translation>Höchstzahl Werbe-SMS pro Kunde</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="41"/>
        <source>Days the limit counts over</source>
        <translation>Tage, über die das Limit zählt</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="43"/>
        <source>At &amp;most</source>
        <translation>Höchs&amp;tens</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="47"/>
        <source>marketing texts to one customer every</source>
        <translation>Werbe-SMS an einen Kunden alle</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="49"/>
        <source>days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="53"/>
        <source>Reminders and replies do not count against it. Texts over the limit wait until the customer may get one again.</source>
        <translation>Erinnerungen und Antworten zählen nicht dazu. SMS über dem Limit warten, bis der Kunde wieder eine erhalten darf.</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="59"/>
        <source>Start marketing texts with the business name</source>
        <translation>Werbe-SMS mit dem Geschäftsnamen beginnen</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="65"/>
        <source>&amp;Opt-out line:</source>
        <translation>Ab&amp;meldezeile:</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="66"/>
        <source>Added at the end of every marketing text that does not already say how to opt out.</source>
        <translation>Wird an jede Werbe-SMS angehängt, die noch nicht erklärt, wie man sich abmeldet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="72"/>
        <source>Legal hours where your customers live</source>
        <translation>Gesetzliche Zeiten am Wohnort Ihrer Kunden</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="74"/>
        <source>Customers in these places get texts only inside both your sending hours and these hours, in their own local time. Where a place has no row, only your sending hours apply. This is not legal advice: check the rules where your customers live.</source>
        <translation>Kunden an diesen Orten erhalten SMS nur innerhalb Ihrer Versandzeiten und zugleich dieser Zeiten, jeweils in ihrer Ortszeit. Hat ein Ort keine Zeile, gelten nur Ihre Versandzeiten. Dies ist keine Rechtsberatung: Prüfen Sie die Regeln am Wohnort Ihrer Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="79"/>
        <source>Legal hours and limits by place</source>
        <translation>Gesetzliche Zeiten und Limits nach Ort</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="92"/>
        <source>Add a place with legal hours</source>
        <translation>Ort mit gesetzlichen Zeiten hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="93"/>
        <source>Remove the chosen place</source>
        <translation>Gewählten Ort entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/LimitsSection.cpp" line="147"/>
        <source>Legal hours: %1 has more than one row. Keep one.</source>
        <translation>Gesetzliche Zeiten: %1 hat mehr als eine Zeile. Behalten Sie eine.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message>
        <location filename="../ui/MainWindow.cpp" line="61"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="246"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="247"/>
        <source>&amp;Switch user…</source>
        <translation>Benutzer &amp;wechseln…</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="250"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="257"/>
        <source>&amp;Go</source>
        <translation>&amp;Gehe zu</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="266"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="274"/>
        <source>&amp;Notify me of new texts</source>
        <translation>Bei neuen SMS &amp;benachrichtigen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="275"/>
        <source>Play a &amp;sound for new texts</source>
        <translation>Bei neuen SMS einen &amp;Ton abspielen</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="277"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="278"/>
        <source>&amp;About Rapport</source>
        <translation>Ü&amp;ber Rapport</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="287"/>
        <source>Modem status</source>
        <translation>Modemstatus</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>No staff member signed in</source>
        <translation>Kein Mitarbeiter angemeldet</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="293"/>
        <source>Signed-in staff member</source>
        <translation>Angemeldeter Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="235"/>
        <source>The confirmation text could not be queued: %1</source>
        <translation>Die Bestätigungs-SMS konnte nicht eingereiht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="295"/>
        <source>Switch to another member of staff</source>
        <translation>Zu einem anderen Mitarbeiter wechseln</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/MainWindow.cpp" line="334"/>
        <source>%n unread text(s)</source>
        <translation>
            <numerusform>%n ungelesene SMS</numerusform>
            <numerusform>%n ungelesene SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="337"/>
        <source>Rapport (%1)</source>
        <translation>Rapport (%1)</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="344"/>
        <source>Signed in: %1</source>
        <translation>Angemeldet: %1</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="357"/>
        <source>About Rapport</source>
        <translation>Über Rapport</translation>
    </message>
    <message>
        <location filename="../ui/MainWindow.cpp" line="358"/>
        <source>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Relationship texting for small businesses, sent and received through your own GSM modem. Your customers&apos; data stays on this computer.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Rapport %1&lt;/h3&gt;&lt;p&gt;Kundenpflege per SMS für kleine Unternehmen – gesendet und empfangen über Ihr eigenes GSM-Modem. Die Daten Ihrer Kunden bleiben auf diesem Computer.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MergeDialog</name>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="19"/>
        <source>No name</source>
        <translation>Kein Name</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="22"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="37"/>
        <location filename="../ui/customers/MergeDialog.cpp" line="142"/>
        <source>Keep the &amp;other record</source>
        <translation>&amp;Anderen Eintrag behalten</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="41"/>
        <source>Merge customers</source>
        <translation>Kunden zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="44"/>
        <source>Find the other record of %1, for example one made with an old number or a misspelt name.</source>
        <translation>Suchen Sie den anderen Eintrag von %1, z. B. einen mit einer alten Nummer oder einem falsch geschriebenen Namen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="50"/>
        <source>Search by name or number…</source>
        <translation>Nach Name oder Nummer suchen…</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="51"/>
        <source>Search for the other record</source>
        <translation>Nach dem anderen Eintrag suchen</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="54"/>
        <source>Matching customers</source>
        <translation>Passende Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="55"/>
        <source>&amp;Keep %1</source>
        <translation>%1 &amp;behalten</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="57"/>
        <source>Keep this record</source>
        <translation>Diesen Eintrag behalten</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="60"/>
        <source>Keep the other record</source>
        <translation>Den anderen Eintrag behalten</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="61"/>
        <source>Visits, tags, consent history and notes move to the record you keep, and its empty fields are filled from the other. The other record is then removed; this cannot be undone.</source>
        <translation>Besuche, Tags, Einwilligungsverlauf und Notizen wandern in den Eintrag, den Sie behalten, und seine leeren Felder werden aus dem anderen gefüllt. Der andere Eintrag wird dann entfernt. Das lässt sich nicht rückgängig machen.</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="72"/>
        <source>&amp;Merge</source>
        <translation>&amp;Zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="74"/>
        <source>Merge</source>
        <translation>Zusammenführen</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="75"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location filename="../ui/customers/MergeDialog.cpp" line="141"/>
        <source>Keep the &amp;other record, %1</source>
        <translation>&amp;Anderen Eintrag behalten: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::MessageHitModel</name>
    <message>
        <location filename="../ui/inbox/MessageHitModel.cpp" line="28"/>
        <source>Messages cannot be searched: %1</source>
        <translation>Nachrichten können nicht durchsucht werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/MessageHitModel.cpp" line="39"/>
        <source>Unknown sender</source>
        <translation>Unbekannter Absender</translation>
    </message>
    <message>
        <location filename="../ui/inbox/MessageHitModel.cpp" line="80"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ModemCard</name>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="31"/>
        <source>Try again</source>
        <translation>Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="32"/>
        <source>Enter PIN…</source>
        <translation>PIN eingeben…</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="33"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="34"/>
        <location filename="../ui/modems/ModemCard.cpp" line="93"/>
        <source>Show the modem&apos;s log</source>
        <translation>Modemprotokoll anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="38"/>
        <source>Modem</source>
        <translation>Modem</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="45"/>
        <source>Demo modem — messages do not leave this computer. Simulated customers answer some of them.</source>
        <translation>Demo-Modem – Nachrichten verlassen diesen Computer nicht. Simulierte Kunden antworten auf einige davon.</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="61"/>
        <source>Signal:</source>
        <translation>Signal:</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="62"/>
        <source>Operator:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="63"/>
        <source>Network:</source>
        <translation>Netz:</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="64"/>
        <source>SIM card:</source>
        <translation>SIM-Karte:</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="66"/>
        <source>Texts sent today against the SIM&apos;s daily limit</source>
        <translation>Heute gesendete SMS im Verhältnis zum Tageslimit der SIM</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="68"/>
        <source>Sent today:</source>
        <translation>Heute gesendet:</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="69"/>
        <source>Waiting to send:</source>
        <translation>Warteschlange:</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="70"/>
        <source>SIM storage:</source>
        <translation>SIM-Speicher:</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="71"/>
        <source>Device:</source>
        <translation>Gerät:</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="84"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="85"/>
        <source>Try the modem again</source>
        <translation>Modem erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="91"/>
        <source>Shows every command sent to the modem and its answers, for troubleshooting. It may show phone numbers and message text.</source>
        <translation>Zeigt jeden an das Modem gesendeten Befehl und seine Antworten, zur Fehlersuche. Es kann Telefonnummern und Nachrichtentexte enthalten.</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="94"/>
        <source>Enter the SIM&apos;s PIN</source>
        <translation>PIN der SIM eingeben</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="95"/>
        <source>Remove this modem</source>
        <translation>Dieses Modem entfernen</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="129"/>
        <source>Not known yet</source>
        <translation>Noch unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="131"/>
        <source>Modem %1</source>
        <translation>Modem %1</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="137"/>
        <source>%1 of 5 bars (%2 dBm)</source>
        <translation>%1 von 5 Balken (%2 dBm)</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/modems/ModemCard.cpp" line="144"/>
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="146"/>
        <source>%1 of %2 places used</source>
        <translation>%1 von %2 Plätzen belegt</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="152"/>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="154"/>
        <source>IMEI %1</source>
        <translation>IMEI %1</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemCard.cpp" line="164"/>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ModemPage</name>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="30"/>
        <source>No modem yet</source>
        <translation>Noch kein Modem</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="35"/>
        <source>Rapport sends and receives every text through a USB GSM modem with a SIM card, plugged into this computer. Add yours, or try Rapport with the demo modem: its messages do not leave this computer.</source>
        <translation>Rapport sendet und empfängt jede SMS über ein USB-GSM-Modem mit SIM-Karte, das an diesem Computer steckt. Fügen Sie Ihres hinzu oder probieren Sie Rapport mit dem Demo-Modem aus: Seine Nachrichten verlassen diesen Computer nicht.</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="41"/>
        <location filename="../ui/modems/ModemPage.cpp" line="104"/>
        <source>Add a modem…</source>
        <translation>Modem hinzufügen…</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="43"/>
        <source>Use the demo modem</source>
        <translation>Demo-Modem verwenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/modems/ModemPage.cpp" line="83"/>
        <source>The SIM card in %1 asks for its PIN (%n attempt(s) left before it locks).</source>
        <translation>
            <numerusform>Die SIM-Karte in %1 fragt nach ihrer PIN (noch %n Versuch, bevor sie sperrt).</numerusform>
            <numerusform>Die SIM-Karte in %1 fragt nach ihrer PIN (noch %n Versuche, bevor sie sperrt).</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="86"/>
        <source>The SIM card in %1 asks for its PIN.</source>
        <translation>Die SIM-Karte in %1 fragt nach ihrer PIN.</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="88"/>
        <source>SIM PIN</source>
        <translation>SIM-PIN</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="92"/>
        <source>Remove modem</source>
        <translation>Modem entfernen</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="93"/>
        <source>Stop using %1? Texts waiting to be sent stay in the outbox and go out through another modem, or when you add one again.</source>
        <translation>%1 nicht mehr verwenden? Wartende SMS bleiben im Postausgang und gehen über ein anderes Modem raus oder sobald Sie wieder eines hinzufügen.</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="99"/>
        <location filename="../ui/modems/ModemPage.cpp" line="118"/>
        <source>Modems</source>
        <translation>Modems</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="107"/>
        <source>Add a modem</source>
        <translation>Modem hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="129"/>
        <source>Modem log</source>
        <translation>Modemprotokoll</translation>
    </message>
    <message>
        <location filename="../ui/modems/ModemPage.cpp" line="244"/>
        <source>What Rapport and %1 said to each other (newest last). It may show phone numbers and message text; it is not saved.</source>
        <translation>Was Rapport und %1 miteinander ausgetauscht haben (neueste zuletzt). Es kann Telefonnummern und Nachrichtentexte enthalten und wird nicht gespeichert.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ProblemNote</name>
    <message>
        <location filename="../ui/common/ProblemNote.h" line="19"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RegionComboBox</name>
    <message>
        <location filename="../ui/settings/RegionComboBox.cpp" line="53"/>
        <source>Type to search, e.g. Germany</source>
        <translation>Zum Suchen tippen, z. B. Germany</translation>
    </message>
</context>
<context>
    <name>rapport::ui::RepliesSection</name>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="51"/>
        <source>Automatic replies</source>
        <translation>Automatische Antworten</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="52"/>
        <source>What Rapport answers on its own. {business} is your business name; {contact} and {frequency} are filled in from the first two lines.</source>
        <translation>Was Rapport von sich aus antwortet. {business} ist Ihr Geschäftsname; {contact} und {frequency} werden aus den ersten beiden Zeilen gefüllt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="58"/>
        <source>&amp;Answer texts that arrive while you are closed</source>
        <translation>SMS außerhalb der Geschäftszeiten &amp;beantworten</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="59"/>
        <source>Open</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="66"/>
        <source>How to reach a &amp;person:</source>
        <translation>So erreicht man eine &amp;Person:</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="67"/>
        <source>Used as {contact}, e.g. ᳊ll us on 01632 960123”.</source>
        <translation>Wird als {contact} verwendet, z. B. „Rufen Sie uns an: 030 1234567“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="69"/>
        <source>How &amp;often you text:</source>
        <translation>Wie &amp;oft Sie SMS senden:</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="70"/>
        <source>Used as {frequency}, e.g. “Up to 4 msgs/month”.</source>
        <translation>Wird als {frequency} verwendet, z. B. „Bis zu 4 SMS/Monat“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="74"/>
        <source>After an opt-out (sent once):</source>
        <translation>Nach einer Abmeldung (einmalig):</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="75"/>
        <source>After an opt-in:</source>
        <translation>Nach einer Anmeldung:</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="76"/>
        <source>Answer to HELP:</source>
        <translation>Antwort auf HELP:</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="79"/>
        <source>Away message</source>
        <translation>Abwesenheitsnachricht</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="81"/>
        <source>Answer texts that arrive while you are closed</source>
        <translation>SMS außerhalb der Geschäftszeiten beantworten</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="83"/>
        <source>Away message:</source>
        <translation>Abwesenheitsnachricht:</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="85"/>
        <source>Your opening hours:</source>
        <translation>Ihre Geschäftszeiten:</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="88"/>
        <source> hours</source>
        <translation> Stunden</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="91"/>
        <source>Hours before the away message goes again to the same customer</source>
        <translation>Stunden, bevor die Abwesenheitsnachricht erneut an denselben Kunden geht</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="93"/>
        <source>Send it again to the same customer after</source>
        <translation>Erneut an denselben Kunden senden nach</translation>
    </message>
    <message>
        <location filename="../ui/settings/RepliesSection.cpp" line="202"/>
        <source>Customers get: %1</source>
        <translation>Kunden erhalten: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SegmentListModel</name>
    <message>
        <location filename="../ui/customers/SegmentListModel.cpp" line="37"/>
        <source>All customers</source>
        <translation>Alle Kunden</translation>
    </message>
    <message>
        <location filename="../ui/customers/SegmentListModel.cpp" line="37"/>
        <source>Every customer in the book</source>
        <translation>Jeder Kunde in der Kartei</translation>
    </message>
    <message>
        <location filename="../ui/customers/SegmentListModel.cpp" line="61"/>
        <source>Saved segment</source>
        <translation>Gespeichertes Segment</translation>
    </message>
    <message>
        <location filename="../ui/customers/SegmentListModel.cpp" line="137"/>
        <source>%1, cannot be counted</source>
        <translation>%1, nicht zählbar</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/customers/SegmentListModel.cpp" line="138"/>
        <source>%1, %n customer(s)</source>
        <translation>
            <numerusform>%1, %n Kunde</numerusform>
            <numerusform>%1, %n Kunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>rapport::ui::SendProgress</name>
    <message>
        <location filename="../ui/common/SendProgress.cpp" line="15"/>
        <source>Texts sent of this batch</source>
        <translation>Gesendete SMS dieses Stapels</translation>
    </message>
    <message>
        <location filename="../ui/common/SendProgress.cpp" line="48"/>
        <source>Sending texts: %1 of %2</source>
        <translation>SMS werden gesendet: %1 von %2</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SettingsPage</name>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="32"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="34"/>
        <source>Settings sections</source>
        <translation>Bereiche der Einstellungen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="98"/>
        <source>%1, changes not saved</source>
        <translation>%1, Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsPage.cpp" line="99"/>
        <source>Changes not saved yet</source>
        <translation>Änderungen noch nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SettingsSection</name>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="21"/>
        <source>staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="23"/>
        <source>manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="25"/>
        <source>owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="39"/>
        <source>Switch user…</source>
        <translation>Benutzer wechseln…</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="43"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="44"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="68"/>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="90"/>
        <source>Status of %1</source>
        <translation>Status von %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="92"/>
        <source>Revert %1</source>
        <translation>%1 verwerfen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="93"/>
        <source>Put back the values that are saved</source>
        <translation>Die gespeicherten Werte wiederherstellen</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="95"/>
        <source>Save %1</source>
        <translation>%1 speichern</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="96"/>
        <source>Save the changes in this section (Ctrl+S)</source>
        <translation>Änderungen in diesem Bereich speichern (Strg+S)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="188"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="210"/>
        <source>Changes not saved yet.</source>
        <translation>Änderungen noch nicht gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="244"/>
        <source>You are signed in as %1 (%2).</source>
        <translation>Sie sind als %1 (%2) angemeldet.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SettingsSection.cpp" line="245"/>
        <source>Nobody is signed in.</source>
        <translation>Niemand ist angemeldet.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SetupBusinessPage</name>
    <message>
        <location filename="../ui/firstrun/SetupBusinessPage.cpp" line="18"/>
        <source>Welcome to Rapport</source>
        <translation>Willkommen bei Rapport</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupBusinessPage.cpp" line="19"/>
        <source>Rapport texts your customers through a modem plugged into this computer. A few questions and you are ready; nothing is saved until the end.</source>
        <translation>Rapport schickt Ihren Kunden SMS über ein Modem an diesem Computer. Ein paar Fragen, und Sie sind startklar. Gespeichert wird erst am Ende.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupBusinessPage.cpp" line="22"/>
        <source>e.g. Salon Ana</source>
        <translation>z. B. Salon Anna</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupBusinessPage.cpp" line="27"/>
        <source>Business &amp;name:</source>
        <translation>Geschäfts&amp;name:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupBusinessPage.cpp" line="28"/>
        <source>The name customers know you by. Marketing texts start with it, for example “Salon Ana: …”.</source>
        <translation>Der Name, unter dem Ihre Kunden Sie kennen. Werbe-SMS beginnen damit, z. B. „Salon Anna: …“.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupBusinessPage.cpp" line="38"/>
        <source>Keep the name under %1 characters; it goes into texts, where every character counts.</source>
        <translation>Bleiben Sie unter %1 Zeichen. Der Name steht in den SMS, und dort zählt jedes Zeichen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SetupHoursPage</name>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="28"/>
        <source>Reminders and other service texts</source>
        <translation>Erinnerungen und Service-SMS</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="28"/>
        <source>Marketing texts</source>
        <translation>Werbe-SMS</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="36"/>
        <source>When may Rapport send texts?</source>
        <translation>Wann darf Rapport SMS senden?</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="37"/>
        <source>Texts asked for outside these hours wait until they open. Replies to a customer who wrote to you go at any hour. You can change all of this later under Settings.</source>
        <translation>SMS außerhalb dieser Zeiten warten, bis sie beginnen. Antworten an Kunden, die Ihnen geschrieben haben, gehen jederzeit raus. Alles später änderbar unter Einstellungen.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="50"/>
        <source>No texts before</source>
        <translation>Keine SMS vor</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="51"/>
        <source>No texts after</source>
        <translation>Keine SMS nach</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="54"/>
        <source>No texts &amp;before</source>
        <translation>Keine SMS &amp;vor</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="56"/>
        <source>or &amp;after</source>
        <translation>oder &amp;nach</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="62"/>
        <source>in their own time.</source>
        <translation>Ortszeit des Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="69"/>
        <source>Quiet hours</source>
        <translation>Ruhezeiten</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="98"/>
        <source>Whatever your sending hours, customers in your country (%1) get texts only between these hours.</source>
        <translation>Unabhängig von Ihren Versandzeiten erhalten Kunden in Ihrem Land (%1) SMS nur zwischen diesen Uhrzeiten.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="101"/>
        <source>The law in %1 allows texts between %2 only (%3). You may make this stricter.</source>
        <translation>In %1 erlaubt das Gesetz SMS nur zwischen %2 (%3). Sie können das strenger einstellen.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="120"/>
        <source>Tick at least one day for service texts, or reminders would never go.</source>
        <translation>Wählen Sie mindestens einen Tag für Service-SMS, sonst würden Erinnerungen nie verschickt.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="123"/>
        <source>Quiet hours: the first time must be before the second.</source>
        <translation>Ruhezeiten: Die erste Uhrzeit muss vor der zweiten liegen.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="126"/>
        <source>Quiet hours: the law allows texts between %1 only.</source>
        <translation>Ruhezeiten: Das Gesetz erlaubt SMS nur zwischen %1.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupHoursPage.cpp" line="151"/>
        <source>Quiet hours chosen when Rapport was set up</source>
        <translation>Beim Einrichten von Rapport gewählte Ruhezeiten</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SetupModemPage</name>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="25"/>
        <source>%1 on %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="27"/>
        <source> — recommended</source>
        <translation> – empfohlen</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="40"/>
        <source>A modem &amp;found on this computer:</source>
        <translation>Auf diesem Computer &amp;gefundenes Modem:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="41"/>
        <source>&amp;Another port:</source>
        <translation>&amp;Anderer Port:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="42"/>
        <source>&amp;Demo modem — messages do not leave this computer</source>
        <translation>&amp;Demo-Modem – Nachrichten verlassen diesen Computer nicht</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="43"/>
        <source>Set up the modem &amp;later</source>
        <translation>Modem &amp;später einrichten</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="46"/>
        <source>Look a&amp;gain</source>
        <translation>E&amp;rneut suchen</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="49"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="52"/>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="55"/>
        <source>Your modem</source>
        <translation>Ihr Modem</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="56"/>
        <source>Plug in the USB modem with its SIM card. Rapport looks for it on this computer&apos;s ports. Try the demo modem to look around first.</source>
        <translation>Stecken Sie das USB-Modem mit seiner SIM-Karte ein. Rapport sucht es an den Ports dieses Computers. Mit dem Demo-Modem können Sie sich zuerst umsehen.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="69"/>
        <source>Ports found on this computer</source>
        <translation>Auf diesem Computer gefundene Ports</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="72"/>
        <source>Look for modems again</source>
        <translation>Erneut nach Modems suchen</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="75"/>
        <source>Looking for modems</source>
        <translation>Suche nach Modems</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="77"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="80"/>
        <source>Connect to the modem</source>
        <translation>Mit dem Modem verbinden</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="83"/>
        <source>Modem status</source>
        <translation>Modemstatus</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="86"/>
        <source>SIM PIN</source>
        <translation>SIM-PIN</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="92"/>
        <source>Unlock the SIM card</source>
        <translation>SIM-Karte entsperren</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="103"/>
        <source>SIM &amp;PIN:</source>
        <translation>SIM-&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="174"/>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="207"/>
        <source>Looking for modems…</source>
        <translation>Suche nach Modems…</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="208"/>
        <source>No modem found. Plug it in, wait a few seconds and click Look again, or type its port below.</source>
        <translation>Kein Modem gefunden. Stecken Sie es ein, warten Sie ein paar Sekunden und klicken Sie auf „Erneut suchen“, oder geben Sie unten seinen Port ein.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="219"/>
        <source>A modem answered on this port.</source>
        <translation>An diesem Port hat ein Modem geantwortet.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="256"/>
        <source>You can add the modem later on the Modem page. Until then Rapport keeps texts in its outbox.</source>
        <translation>Sie können das Modem später auf der Seite „Modem“ hinzufügen. Bis dahin behält Rapport die SMS im Postausgang.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="300"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1…</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="304"/>
        <source>The SIM card asks for its PIN. One try is left before it locks: type it carefully.</source>
        <translation>Die SIM-Karte fragt nach ihrer PIN. Nur noch ein Versuch, bevor sie sperrt: Geben Sie sie sorgfältig ein.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="307"/>
        <source>The SIM card asks for its PIN (%1 tries left before it locks).</source>
        <translation>Die SIM-Karte fragt nach ihrer PIN (noch %1 Versuche, bevor sie sperrt).</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="310"/>
        <source>The SIM card asks for its PIN.</source>
        <translation>Die SIM-Karte fragt nach ihrer PIN.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="314"/>
        <source>Ready.</source>
        <translation>Bereit.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="316"/>
        <source>Ready: %1 can send and receive texts.</source>
        <translation>Bereit: %1 kann SMS senden und empfangen.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="318"/>
        <source>Ready: %1 can send and receive texts (%2).</source>
        <translation>Bereit: %1 kann SMS senden und empfangen (%2).</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="323"/>
        <source>The modem does not answer yet.</source>
        <translation>Das Modem antwortet noch nicht.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupModemPage.cpp" line="328"/>
        <source>Demo modem — messages do not leave this computer.</source>
        <translation>Demo-Modem – Nachrichten verlassen diesen Computer nicht.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SetupOwnerPage</name>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="27"/>
        <source>About you</source>
        <translation>Über Sie</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="28"/>
        <source>You are the owner: you manage the staff list and the settings. Add the rest of your team later under Settings, Staff. Rapport sends a test text to your mobile at the end.</source>
        <translation>Als Inhaber verwalten Sie Mitarbeiter und Einstellungen. Ihr Team fügen Sie später unter Einstellungen, Mitarbeiter hinzu. Zum Schluss kommt eine Test-SMS an Ihr Handy.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="46"/>
        <source>Your &amp;name:</source>
        <translation>Ihr &amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="46"/>
        <source>As your team knows you.</source>
        <translation>So, wie Ihr Team Sie kennt.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="47"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="48"/>
        <source>Optional: 4 to 8 digits, so nobody else can switch to your name.</source>
        <translation>Optional: 4 bis 8 Ziffern, damit niemand sonst zu Ihrem Namen wechseln kann.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="49"/>
        <source>&amp;Repeat the PIN:</source>
        <translation>PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="50"/>
        <source>Your &amp;mobile:</source>
        <translation>Ihr &amp;Handy:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="51"/>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="110"/>
        <source>Optional, for the test text.</source>
        <translation>Optional, für die Test-SMS.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="51"/>
        <source>Your mobile number</source>
        <translation>Ihre Handynummer</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="90"/>
        <source>PIN: a PIN is 4 to 8 digits. Leave it empty to sign in without one.</source>
        <translation>PIN: Eine PIN hat 4 bis 8 Ziffern. Lassen Sie das Feld leer, um sich ohne PIN anzumelden.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="92"/>
        <source>PIN: the two PINs are not the same. Type it again in both fields.</source>
        <translation>PIN: Die beiden PINs stimmen nicht überein. Geben Sie sie in beiden Feldern erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="96"/>
        <source>Your mobile: %1</source>
        <translation>Ihr Handy: %1</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupOwnerPage.cpp" line="111"/>
        <source>Reads as %1.</source>
        <translation>Erkannt als %1.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SetupRegionPage</name>
    <message>
        <location filename="../ui/firstrun/SetupRegionPage.cpp" line="20"/>
        <source>Where is your shop?</source>
        <translation>Wo ist Ihr Geschäft?</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupRegionPage.cpp" line="21"/>
        <source>Phone numbers typed without a country code are read as numbers from this country, and your sending hours follow this time zone.</source>
        <translation>Telefonnummern ohne Ländervorwahl gelten als Nummern aus diesem Land, und Ihre Versandzeiten richten sich nach dieser Zeitzone.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupRegionPage.cpp" line="29"/>
        <source>&amp;Country:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupRegionPage.cpp" line="30"/>
        <source>Type to search, e.g. “King” finds the United Kingdom.</source>
        <translation>Zum Suchen tippen, z. B. findet „King“ United Kingdom.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupRegionPage.cpp" line="32"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupRegionPage.cpp" line="73"/>
        <source>Choose your country from the list.</source>
        <translation>Wählen Sie Ihr Land aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupRegionPage.cpp" line="77"/>
        <source>Choose your time zone from the list.</source>
        <translation>Wählen Sie Ihre Zeitzone aus der Liste.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupRegionPage.cpp" line="81"/>
        <source>%1 has several time zones: check that this is yours.</source>
        <translation>%1 hat mehrere Zeitzonen: Prüfen Sie, ob dies Ihre ist.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SetupTestPage</name>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="22"/>
        <source>&amp;Send the test text</source>
        <translation>Test-SMS &amp;senden</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="23"/>
        <source>&amp;Try again</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="28"/>
        <source>A test text to your phone</source>
        <translation>Eine Test-SMS an Ihr Handy</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="29"/>
        <source>Check that texts reach a phone before your customers get any. Sending the test saves your setup first; you can also click Finish without a test.</source>
        <translation>Prüfen Sie, ob SMS ankommen, bevor Ihre Kunden welche bekommen. Der Test speichert zuerst Ihre Einrichtung. Ohne Test geht es mit „Fertig“ weiter.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="35"/>
        <source>Send the test text</source>
        <translation>Test-SMS senden</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="37"/>
        <source>Try sending the test text again</source>
        <translation>Test-SMS erneut senden</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="41"/>
        <source>What the sending rules decided</source>
        <translation>Was die Versandregeln entschieden haben</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="44"/>
        <source>Where the test text is</source>
        <translation>Wo die Test-SMS gerade ist</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="81"/>
        <source>You did not give your mobile number. Go Back to add it, or click Finish to start without a test.</source>
        <translation>Sie haben keine Handynummer angegeben. Tragen Sie sie über „Zurück“ nach oder klicken Sie auf „Fertig“, um ohne Test zu starten.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="84"/>
        <source>No modem is connected, so the test text would wait in the outbox. Go Back to connect one, or click Finish and add the modem later on the Modem page.</source>
        <translation>Es ist kein Modem verbunden, daher würde die Test-SMS im Postausgang warten. Verbinden Sie über „Zurück“ eines oder klicken Sie auf „Fertig“ und fügen Sie das Modem später auf der Seite „Modem“ hinzu.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="90"/>
        <source>Rapport sends a short text to your mobile, %1, through the demo modem. It will not reach your phone: with the demo modem, messages do not leave this computer.</source>
        <translation>Rapport schickt über das Demo-Modem eine kurze SMS an Ihr Handy (%1). Sie kommt dort nicht an: Beim Demo-Modem verlassen Nachrichten diesen Computer nicht.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="94"/>
        <source>Rapport sends a short text to your mobile, %1, through %2.</source>
        <translation>Rapport schickt über %2 eine kurze SMS an Ihr Handy (%1).</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="130"/>
        <source>This is a test text from Rapport for %1. If you can read it, texting works.</source>
        <translation>Dies ist eine Test-SMS von Rapport für %1. Wenn Sie sie lesen können, funktioniert der SMS-Versand.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="140"/>
        <source>The test text could not be sent: %1</source>
        <translation>Die Test-SMS konnte nicht gesendet werden: %1</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="144"/>
        <source>Your setup is saved. Sending rules: %1</source>
        <translation>Ihre Einrichtung ist gespeichert. Versandregeln: %1</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="179"/>
        <source>Waiting for the modem to send it…</source>
        <translation>Wartet darauf, dass das Modem sie sendet…</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="182"/>
        <source>Held: %1</source>
        <translation>Zurückgehalten: %1</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="185"/>
        <source>Sending…</source>
        <translation>Wird gesendet…</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="188"/>
        <source>Sent. Waiting for your phone to confirm it arrived…</source>
        <translation>Gesendet. Warten auf die Empfangsbestätigung Ihres Telefons…</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="191"/>
        <source>Delivered by the demo modem (it did not leave this computer). Rapport is ready: click Finish.</source>
        <translation>Vom Demo-Modem zugestellt (sie hat diesen Computer nicht verlassen). Rapport ist bereit: Klicken Sie auf „Fertig“.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="193"/>
        <source>Delivered to your phone. Rapport is ready: click Finish.</source>
        <translation>Auf Ihrem Telefon zugestellt. Rapport ist bereit: Klicken Sie auf „Fertig“.</translation>
    </message>
    <message>
        <location filename="../ui/firstrun/SetupTestPage.cpp" line="196"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SignalBars</name>
    <message>
        <location filename="../ui/modems/SignalBars.cpp" line="15"/>
        <source>Signal strength</source>
        <translation>Signalstärke</translation>
    </message>
    <message>
        <location filename="../ui/modems/SignalBars.cpp" line="23"/>
        <source>Signal not known</source>
        <translation>Signal unbekannt</translation>
    </message>
    <message>
        <location filename="../ui/modems/SignalBars.cpp" line="23"/>
        <source>%1 of %2 bars</source>
        <translation>%1 von %2 Balken</translation>
    </message>
</context>
<context>
    <name>rapport::ui::StaffListModel</name>
    <message>
        <location filename="../ui/settings/StaffListModel.cpp" line="32"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffListModel.cpp" line="34"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffListModel.cpp" line="36"/>
        <source>Owner</source>
        <translation>Inhaber</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffListModel.cpp" line="55"/>
        <source>, PIN</source>
        <translation>, PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffListModel.cpp" line="57"/>
        <source>former staff</source>
        <translation>ehemalig</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffListModel.cpp" line="61"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffListModel.cpp" line="62"/>
        <source>%1, former staff</source>
        <translation>%1, ehemalig</translation>
    </message>
</context>
<context>
    <name>rapport::ui::StaffSection</name>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="23"/>
        <location filename="../ui/settings/StaffSection.cpp" line="44"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="24"/>
        <source>Who works with Rapport and what they may do. Staff answer texts and record consent; managers also change settings, import and export; the owner also manages the team. A PIN keeps others from switching to someone&apos;s name.</source>
        <translation>Wer mit Rapport arbeitet und was er darf. Mitarbeiter beantworten SMS und erfassen Einwilligungen; Manager ändern außerdem Einstellungen, importieren und exportieren; der Inhaber verwaltet zusätzlich das Team. Eine PIN verhindert, dass andere zu diesem Namen wechseln.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="31"/>
        <source>Show &amp;former staff</source>
        <translation>&amp;Ehemalige anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="32"/>
        <source>&amp;Add a person</source>
        <translation>Person hin&amp;zufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="40"/>
        <source>Remove the PIN (sign in without one)</source>
        <translation>PIN entfernen (Anmeldung ohne PIN)</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="41"/>
        <source>Former staff: can no longer sign in</source>
        <translation>Ehemalig: kann sich nicht mehr anmelden</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="48"/>
        <source>Show former staff</source>
        <translation>Ehemalige Mitarbeiter anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="50"/>
        <source>Add a person to the staff list</source>
        <translation>Person zur Mitarbeiterliste hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="78"/>
        <source>Remove the PIN</source>
        <translation>PIN entfernen</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="80"/>
        <source>Former staff</source>
        <translation>Ehemalig</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="84"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="84"/>
        <source>Name of the staff member</source>
        <translation>Name des Mitarbeiters</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="90"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="90"/>
        <location filename="../ui/settings/StaffSection.cpp" line="92"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="93"/>
        <source>PIN:</source>
        <translation>PIN:</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="94"/>
        <source>New &amp;PIN:</source>
        <translation>Neue &amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="95"/>
        <source>4 to 8 digits, to switch user. Leave empty to keep things as they are.</source>
        <translation>4 bis 8 Ziffern, zum Benutzerwechsel. Leer lassen, um nichts zu ändern.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="96"/>
        <source>Repeat the &amp;new PIN:</source>
        <translation>Neue PIN &amp;wiederholen:</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="174"/>
        <source>Give a PIN below, or leave it empty.</source>
        <translation>Geben Sie unten eine PIN ein oder lassen Sie das Feld leer.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="175"/>
        <source>Has a PIN.</source>
        <translation>Hat eine PIN.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="176"/>
        <source>No PIN: switches user without one.</source>
        <translation>Keine PIN: wechselt ohne PIN.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="215"/>
        <source>The only owner: make someone else an owner before changing this role.</source>
        <translation>Einziger Inhaber: Machen Sie zuerst jemand anderen zum Inhaber, bevor Sie diese Rolle ändern.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="219"/>
        <source>Save or revert these changes to pick someone else.</source>
        <translation>Speichern oder verwerfen Sie diese Änderungen, um jemand anderen zu wählen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="228"/>
        <source>Name: type the name this person is known by.</source>
        <translation>Name: Geben Sie den Namen ein, unter dem diese Person bekannt ist.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="231"/>
        <source>New PIN: a PIN is 4 to 8 digits.</source>
        <translation>Neue PIN: Eine PIN hat 4 bis 8 Ziffern.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="233"/>
        <source>New PIN: the two PINs are not the same. Type it again in both fields.</source>
        <translation>Neue PIN: Die beiden PINs stimmen nicht überein. Geben Sie sie in beiden Feldern erneut ein.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="239"/>
        <location filename="../ui/settings/StaffSection.cpp" line="306"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="247"/>
        <source>%1 is on the staff list.</source>
        <translation>%1 steht auf der Mitarbeiterliste.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="276"/>
        <source>PIN removed.</source>
        <translation>PIN entfernt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="276"/>
        <source>PIN changed.</source>
        <translation>PIN geändert.</translation>
    </message>
    <message>
        <location filename="../ui/settings/StaffSection.cpp" line="292"/>
        <source>You can change your own PIN below.</source>
        <translation>Ihre eigene PIN können Sie unten ändern.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::SwitchUserDialog</name>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="28"/>
        <source>That PIN is not right. After one more wrong try, switching user pauses for a minute.</source>
        <translation>Diese PIN ist falsch. Nach einem weiteren Fehlversuch wird der Benutzerwechsel für eine Minute gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="30"/>
        <source>That PIN is not right. Check it and try again; after %1 more wrong tries, switching user pauses for a minute.</source>
        <translation>Diese PIN ist falsch. Prüfen Sie sie und versuchen Sie es erneut. Nach %1 weiteren Fehlversuchen wird der Benutzerwechsel für eine Minute gesperrt.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="35"/>
        <source>Too many wrong PINs in a row. Wait a moment and try again, or ask the owner to set a new PIN.</source>
        <translation>Zu viele falsche PINs hintereinander. Warten Sie einen Moment und versuchen Sie es erneut oder bitten Sie den Inhaber um eine neue PIN.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="37"/>
        <source>Too many wrong PINs in a row. Wait %1 seconds and try again, or ask the owner to set a new PIN.</source>
        <translation>Zu viele falsche PINs hintereinander. Warten Sie %1 Sekunden und versuchen Sie es erneut oder bitten Sie den Inhaber um eine neue PIN.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="51"/>
        <source>&amp;PIN:</source>
        <translation>&amp;PIN:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="57"/>
        <source>Switch user</source>
        <translation>Benutzer wechseln</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="59"/>
        <source>Who is working at this computer now?</source>
        <translation>Wer arbeitet jetzt an diesem Computer?</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="61"/>
        <source>&amp;Staff:</source>
        <translation>&amp;Mitarbeiter:</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="64"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="69"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="81"/>
        <source>PIN</source>
        <translation>PIN</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="90"/>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="92"/>
        <source>S&amp;witch</source>
        <translation>&amp;Wechseln</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="133"/>
        <source>Nobody is on the staff list yet.</source>
        <translation>Es steht noch niemand auf der Mitarbeiterliste.</translation>
    </message>
    <message>
        <location filename="../ui/settings/SwitchUserDialog.cpp" line="135"/>
        <source>This person switches user without a PIN.</source>
        <translation>Diese Person wechselt ohne PIN.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplateListModel</name>
    <message>
        <location filename="../ui/settings/TemplateListModel.cpp" line="39"/>
        <source>%1, quick reply</source>
        <translation>%1, Schnellantwort</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TemplatesSection</name>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="26"/>
        <location filename="../ui/settings/TemplatesSection.cpp" line="46"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="27"/>
        <source>Ready-made texts for the compose box, campaigns and reminders. Merge fields such as {first_name|there} are filled in for each customer; the part after | is used when the customer has no value.</source>
        <translation>Fertige Texte für das Eingabefeld, Kampagnen und Erinnerungen. Platzhalter wie {first_name|zusammen} werden für jeden Kunden ausgefüllt; der Teil nach | wird verwendet, wenn der Kunde keinen Wert hat.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="35"/>
        <source>&amp;New template</source>
        <translation>&amp;Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="36"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="40"/>
        <source>Offer it as a &amp;quick reply in conversations</source>
        <translation>In Unterhaltungen als S&amp;chnellantwort anbieten</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="51"/>
        <source>New template</source>
        <translation>Neue Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="53"/>
        <source>Delete the chosen template</source>
        <translation>Gewählte Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="68"/>
        <source>Offer it as a quick reply in conversations</source>
        <translation>In Unterhaltungen als Schnellantwort anbieten</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="74"/>
        <source>Insert merge &amp;field</source>
        <translation>Platzhalter ein&amp;fügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="75"/>
        <source>Insert merge field</source>
        <translation>Platzhalter einfügen</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="81"/>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="81"/>
        <source>Template name</source>
        <translation>Name der Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="82"/>
        <source>&amp;Used for:</source>
        <translation>&amp;Zweck:</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="83"/>
        <source>Reply: answers in a conversation. Service: reminders and notices. Marketing: offers and news, only to customers who opted in.</source>
        <translation>Antwort: Antworten in einer Unterhaltung. Service: Erinnerungen und Hinweise. Werbung: Angebote und Neuigkeiten, nur an angemeldete Kunden.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="85"/>
        <source>What the template is used for</source>
        <translation>Wofür die Vorlage verwendet wird</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="87"/>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="87"/>
        <source>Template text</source>
        <translation>Text der Vorlage</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="187"/>
        <source>Name: give the template a name, so it can be found in the list.</source>
        <translation>Name: Geben Sie der Vorlage einen Namen, damit sie in der Liste zu finden ist.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="189"/>
        <source>Text: write the message first.</source>
        <translation>Text: Schreiben Sie zuerst die Nachricht.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="193"/>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="230"/>
        <source>Delete template</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="231"/>
        <source>Delete the template “%1”? Texts already sent with it are not affected.</source>
        <translation>Die Vorlage „%1“ löschen? Bereits damit gesendete SMS sind nicht betroffen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="234"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="244"/>
        <source>Deleted.</source>
        <translation>Gelöscht.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="258"/>
        <source>%1 characters as written: 1 text.</source>
        <translation>%1 Zeichen wie geschrieben: 1 SMS.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="259"/>
        <source>%1 characters as written: %2 texts.</source>
        <translation>%1 Zeichen wie geschrieben: %2 SMS.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="270"/>
        <source>Because of %1 each text holds only 70 characters.</source>
        <translation>Wegen %1 fasst jede SMS nur 70 Zeichen.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="273"/>
        <source>Replace %1 to fit more.</source>
        <translation>Ersetzen Sie %1, damit mehr hineinpasst.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="285"/>
        <source>No templates yet. Write one on the right and click Save.</source>
        <translation>Noch keine Vorlagen. Schreiben Sie rechts eine und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <location filename="../ui/settings/TemplatesSection.cpp" line="286"/>
        <source>Save or revert this template to pick another.</source>
        <translation>Speichern oder verwerfen Sie diese Vorlage, um eine andere zu wählen.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ThreadDelegate</name>
    <message>
        <location filename="../ui/inbox/ThreadDelegate.cpp" line="61"/>
        <source>%1 (closed)</source>
        <translation>%1 (geschlossen)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ThreadListModel</name>
    <message>
        <location filename="../ui/inbox/ThreadListModel.cpp" line="199"/>
        <source>No messages yet</source>
        <translation>Noch keine Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListModel.cpp" line="201"/>
        <source>Picture message (MMS)</source>
        <translation>Bildnachricht (MMS)</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListModel.cpp" line="203"/>
        <source>Voicemail waiting</source>
        <translation>Neue Mailbox-Nachricht</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListModel.cpp" line="207"/>
        <source>A message that cannot be shown</source>
        <translation>Eine Nachricht, die nicht angezeigt werden kann</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListModel.cpp" line="209"/>
        <source>You: %1</source>
        <translation>Sie: %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListModel.cpp" line="221"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/ThreadListModel.cpp" line="227"/>
        <source>%n unread</source>
        <translation>
            <numerusform>%n ungelesen</numerusform>
            <numerusform>%n ungelesen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListModel.cpp" line="230"/>
        <source>assigned to %1</source>
        <translation>zugewiesen an %1</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListModel.cpp" line="232"/>
        <source>closed</source>
        <translation>geschlossen</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ThreadListPane</name>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="38"/>
        <source>Search names and numbers…</source>
        <translation>Namen und Nummern suchen…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="38"/>
        <source>Search names, numbers and messages…</source>
        <translation>Namen, Nummern und Nachrichten suchen…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="40"/>
        <source>Search conversations</source>
        <translation>Unterhaltungen suchen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="43"/>
        <source>All conversations</source>
        <translation>Alle Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="44"/>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="45"/>
        <source>Assigned to me</source>
        <translation>Mir zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="46"/>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="47"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="48"/>
        <source>Closed</source>
        <translation>Geschlossen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="49"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="50"/>
        <source>Sho&amp;w:</source>
        <translation>A&amp;nzeigen:</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="57"/>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="81"/>
        <source>Messages found</source>
        <translation>Gefundene Nachrichten</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="183"/>
        <source>No message has “%1” in it.</source>
        <translation>Keine Nachricht enthält „%1“.</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/ThreadListPane.cpp" line="185"/>
        <source>The newest %n messages with “%1”</source>
        <translation>
            <numerusform>Die neuesten %n Nachrichten mit „%1“</numerusform>
            <numerusform>Die neuesten %n Nachrichten mit „%1“</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/inbox/ThreadListPane.cpp" line="187"/>
        <source>%n message(s) with “%1”</source>
        <translation>
            <numerusform>%n Nachricht mit „%1“</numerusform>
            <numerusform>%n Nachrichten mit „%1“</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="221"/>
        <source>No name or number matches “%1”.</source>
        <translation>Kein Name und keine Nummer passt zu „%1“.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="222"/>
        <source>No conversation matches “%1”. Search looks at names and numbers.</source>
        <translation>Keine Unterhaltung passt zu „%1“. Die Suche berücksichtigt Namen und Nummern.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="226"/>
        <source>No conversations yet — texts from customers appear here.</source>
        <translation>Noch keine Unterhaltungen – SMS von Kunden erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="229"/>
        <source>Nothing unread — new texts from customers appear here.</source>
        <translation>Nichts ungelesen – neue SMS von Kunden erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="232"/>
        <source>No conversations are assigned to you. Conversations someone assigns to you appear here.</source>
        <translation>Ihnen sind keine Unterhaltungen zugewiesen. Unterhaltungen, die Ihnen jemand zuweist, erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="236"/>
        <source>Every conversation has someone looking after it.</source>
        <translation>Um jede Unterhaltung kümmert sich jemand.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="239"/>
        <source>No open conversations — new texts from customers appear here.</source>
        <translation>Keine offenen Unterhaltungen – neue SMS von Kunden erscheinen hier.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadListPane.cpp" line="242"/>
        <source>No closed conversations. Conversations you close appear here.</source>
        <translation>Keine geschlossenen Unterhaltungen. Unterhaltungen, die Sie schließen, erscheinen hier.</translation>
    </message>
</context>
<context>
    <name>rapport::ui::ThreadNotes</name>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="23"/>
        <source>Add note</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="26"/>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="33"/>
        <source>Internal notes</source>
        <translation>Interne Notizen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="30"/>
        <source>Only staff see these; they are never texted.</source>
        <translation>Nur Mitarbeiter sehen diese Notizen; sie werden nie per SMS verschickt.</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="39"/>
        <source>Write a note for the team…</source>
        <translation>Notiz schreiben…</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="40"/>
        <source>New internal note</source>
        <translation>Neue interne Notiz</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="41"/>
        <source>Add the internal note</source>
        <translation>Interne Notiz hinzufügen</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="85"/>
        <source>Rapport</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="87"/>
        <source>%1 — %2, %3</source>
        <translation>%1 – %2, %3</translation>
    </message>
    <message>
        <location filename="../ui/inbox/ThreadNotes.cpp" line="110"/>
        <source>The note was not saved: %1</source>
        <translation>Die Notiz wurde nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TimeZoneComboBox</name>
    <message>
        <location filename="../ui/settings/TimeZoneComboBox.cpp" line="68"/>
        <source>Type to search, e.g. London</source>
        <translation>Zum Suchen tippen, z. B. Berlin</translation>
    </message>
</context>
<context>
    <name>rapport::ui::TrayNotifier</name>
    <message>
        <location filename="../ui/common/TrayNotifier.cpp" line="21"/>
        <source>Open Rapport</source>
        <translation>Rapport öffnen</translation>
    </message>
    <message>
        <location filename="../ui/common/TrayNotifier.cpp" line="24"/>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/common/TrayNotifier.cpp" line="91"/>
        <source>Rapport — %n unread text(s)</source>
        <translation>
            <numerusform>Rapport – %n ungelesene SMS</numerusform>
            <numerusform>Rapport – %n ungelesene SMS</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/common/TrayNotifier.cpp" line="92"/>
        <source>Rapport — no unread texts</source>
        <translation>Rapport – keine ungelesenen SMS</translation>
    </message>
    <message>
        <location filename="../ui/common/TrayNotifier.cpp" line="113"/>
        <source>Text from %1</source>
        <translation>SMS von %1</translation>
    </message>
    <message>
        <location filename="../ui/common/TrayNotifier.cpp" line="114"/>
        <source>(a message without text)</source>
        <translation>(eine Nachricht ohne Text)</translation>
    </message>
</context>
<context>
    <name>rapport::ui::VisitListModel</name>
    <message>
        <location filename="../ui/customers/VisitListModel.cpp" line="73"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location filename="../ui/customers/VisitListModel.cpp" line="75"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location filename="../ui/customers/VisitListModel.cpp" line="77"/>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
</context>
<context>
    <name>rapport::ui::WeeklyHoursGrid</name>
    <message>
        <location filename="../ui/settings/WeeklyHoursGrid.cpp" line="61"/>
        <source>%1 on %2</source>
        <translation>%1 am %2</translation>
    </message>
    <message>
        <location filename="../ui/settings/WeeklyHoursGrid.cpp" line="62"/>
        <source>Tick to allow texts on this day</source>
        <translation>Ankreuzen, um SMS an diesem Tag zu erlauben</translation>
    </message>
    <message>
        <location filename="../ui/settings/WeeklyHoursGrid.cpp" line="69"/>
        <source>%1 on %2, from</source>
        <translation>%1 am %2, von</translation>
    </message>
    <message>
        <location filename="../ui/settings/WeeklyHoursGrid.cpp" line="70"/>
        <source>%1 on %2, until</source>
        <translation>%1 am %2, bis</translation>
    </message>
    <message>
        <location filename="../ui/settings/WeeklyHoursGrid.cpp" line="71"/>
        <source>00:00 means until midnight</source>
        <translation>00:00 bedeutet bis Mitternacht</translation>
    </message>
    <message>
        <location filename="../ui/settings/WeeklyHoursGrid.cpp" line="143"/>
        <source>%1 on %2: the hours must start before they end.</source>
        <translation>%1 am %2: Die Zeiten müssen beginnen, bevor sie enden.</translation>
    </message>
</context>
</TS>
