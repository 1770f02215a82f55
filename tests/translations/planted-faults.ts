<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Faults planted for check-translations.py: each message below the "fine" ones holds exactly one. -->
<TS version="2.1" language="de_DE">
<context>
    <name>Fixture</name>
    <message>
        <source>Fine: %1 of %2 sent</source>
        <translation>%2: %1 gesendet</translation>
    </message>
    <message>
        <source>Fine: &amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Fine: Terms &amp;&amp; conditions</source>
        <translation>Bedingungen &amp;&amp; Hinweise</translation>
    </message>
    <message numerus="yes">
        <source>Fine: %n text(s)</source>
        <translation>
            <numerusform>eine SMS</numerusform>
            <numerusform>%n SMS</numerusform>
        </translation>
    </message>
    <message>
        <source>Obsolete entries are not checked: %1</source>
        <translation type="vanished">Veraltet</translation>
    </message>
    <message>
        <source>Lost placeholder: %1 sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Added placeholder</source>
        <translation>Hinzugefügt %2</translation>
    </message>
    <message>
        <source>&amp;Lost accelerator</source>
        <translation>Verlorenes Kürzel</translation>
    </message>
    <message>
        <source>Unfinished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n empty plural form(s)</source>
        <translation>
            <numerusform>eine</numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 lost locale-aware number</source>
        <translation>%1 Zahl</translation>
    </message>
</context>
</TS>
