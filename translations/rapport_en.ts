<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>BuiltInSegments</name>
    <message numerus="yes">
        <source>Customers with at least %n visits in the last %1 days.</source>
        <translation>
            <numerusform>Customers with at least %n visits in the last %1 days.</numerusform><numerusform>Customers with at least %n visits in the last %1 days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Customers who have visited before, but not in the last %n days.</source>
        <translation>
            <numerusform>Customers who have visited before, but not in the last %n days.</numerusform><numerusform>Customers who have visited before, but not in the last %n days.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Customers whose first visit was in the last %n days, or who were added in the last %n days and have not visited yet.</source>
        <translation>
            <numerusform>Customers whose first visit was in the last %n days, or who were added in the last %n days and have not visited yet.</numerusform><numerusform>Customers whose first visit was in the last %n days, or who were added in the last %n days and have not visited yet.</numerusform></translation>
    </message>
</context>
<context>
    <name>ModemStatusText</name>
    <message numerus="yes">
        <source> · %n text(s) waiting</source>
        <translation>
            <numerusform> · %n text waiting</numerusform><numerusform> · %n texts waiting</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n sent today</source>
        <translation>
            <numerusform>%n sent today</numerusform><numerusform>%n sent today</numerusform></translation>
    </message>
</context>
<context>
    <name>SegmentError</name>
    <message numerus="yes">
        <source>The segment's name is too long. Use at most %n characters.</source>
        <translation>
            <numerusform>The segment's name is too long. Use at most %n characters.</numerusform><numerusform>The segment's name is too long. Use at most %n characters.</numerusform></translation>
    </message>
</context>
<context>
    <name>StaffError</name>
    <message numerus="yes">
        <source>That PIN is not right. Check it and try again; after %n more wrong attempt(s), signing in pauses for a minute.</source>
        <translation>
            <numerusform>That PIN is not right. Check it and try again; after %n more wrong attempt, signing in pauses for a minute.</numerusform><numerusform>That PIN is not right. Check it and try again; after %n more wrong attempts, signing in pauses for a minute.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>Too many wrong PINs in a row. Wait %n second(s) and try again, or ask the owner to set a new PIN.</source>
        <translation>
            <numerusform>Too many wrong PINs in a row. Wait %n second and try again, or ask the owner to set a new PIN.</numerusform><numerusform>Too many wrong PINs in a row. Wait %n seconds and try again, or ask the owner to set a new PIN.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::AddModemDialog</name>
    <message numerus="yes">
        <source>%n port(s) answered.</source>
        <translation>
            <numerusform>%n port answered.</numerusform><numerusform>%n ports answered.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerDetailsPanel</name>
    <message numerus="yes">
        <source>%n visit(s), %1 spent in all.</source>
        <translation>
            <numerusform>%n visit, %1 spent in all.</numerusform><numerusform>%n visits, %1 spent in all.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomerPanel</name>
    <message numerus="yes">
        <source>%n visit(s), %1 in total</source>
        <translation>
            <numerusform>%n visit, %1 in total</numerusform><numerusform>%n visits, %1 in total</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%1, %2 for %n min</source>
        <translation>
            <numerusform>%1, %2 for %n min</numerusform><numerusform>%1, %2 for %n min</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::CustomersPage</name>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform><numerusform>%n customers</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform><numerusform>%n visits</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consent record(s)</source>
        <translation>
            <numerusform>%n consent record</numerusform><numerusform>%n consent records</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n text</numerusform><numerusform>%n texts</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n conversation</numerusform><numerusform>%n conversations</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ExportDialog</name>
    <message numerus="yes">
        <source>%n customer(s) exported to %1.</source>
        <translation>
            <numerusform>%n customer exported to %1.</numerusform><numerusform>%n customers exported to %1.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportFilePage</name>
    <message numerus="yes">
        <source>%1: %n row(s) with %2 columns, %3</source>
        <translation>
            <numerusform>%1: %n row with %2 columns, %3</numerusform><numerusform>%1: %n rows with %2 columns, %3</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) cannot be read and will be skipped; the last step lists them.</source>
        <translation>
            <numerusform>%n row cannot be read and will be skipped; the last step lists them.</numerusform><numerusform>%n rows cannot be read and will be skipped; the last step lists them.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportPreviewPage</name>
    <message numerus="yes">
        <source>All %n row(s):</source>
        <translation>
            <numerusform>All %n row:</numerusform><numerusform>All %n rows:</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n new customer(s),</source>
        <translation>
            <numerusform>%n new customer,</numerusform><numerusform>%n new customers,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n merged with customers you already have,</source>
        <translation>
            <numerusform>%n merged with customers you already have,</numerusform><numerusform>%n merged with customers you already have,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n skipped.</source>
        <translation>
            <numerusform>%n skipped.</numerusform><numerusform>%n skipped.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ImportRunPage</name>
    <message numerus="yes">
        <source>%n customer(s) added,</source>
        <translation>
            <numerusform>%n customer added,</numerusform><numerusform>%n customers added,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n merged with customers you already had,</source>
        <translation>
            <numerusform>%n merged with customers you already had,</numerusform><numerusform>%n merged with customers you already had,</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) skipped.</source>
        <translation>
            <numerusform>%n row skipped.</numerusform><numerusform>%n rows skipped.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) recorded.</source>
        <translation>
            <numerusform>%n visit recorded.</numerusform><numerusform>%n visits recorded.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n consent decision(s) recorded.</source>
        <translation>
            <numerusform>%n consent decision recorded.</numerusform><numerusform>%n consent decisions recorded.</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::MainWindow</name>
    <message numerus="yes">
        <source>%n unread text(s)</source>
        <translation>
            <numerusform>%n unread text</numerusform><numerusform>%n unread texts</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ModemCard</name>
    <message numerus="yes">
        <source>%n text(s)</source>
        <translation>
            <numerusform>%n text</numerusform><numerusform>%n texts</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ModemPage</name>
    <message numerus="yes">
        <source>The SIM card in %1 asks for its PIN (%n attempt(s) left before it locks).</source>
        <translation>
            <numerusform>The SIM card in %1 asks for its PIN (%n attempt left before it locks).</numerusform><numerusform>The SIM card in %1 asks for its PIN (%n attempts left before it locks).</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::SegmentListModel</name>
    <message numerus="yes">
        <source>%1, %n customer(s)</source>
        <translation>
            <numerusform>%1, %n customer</numerusform><numerusform>%1, %n customers</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ThreadListModel</name>
    <message numerus="yes">
        <source>%n unread</source>
        <translation>
            <numerusform>%n unread</numerusform><numerusform>%n unread</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::ThreadListPane</name>
    <message numerus="yes">
        <source>The newest %n messages with “%1”</source>
        <translation>
            <numerusform>The newest %n messages with “%1”</numerusform><numerusform>The newest %n messages with “%1”</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n message(s) with “%1”</source>
        <translation>
            <numerusform>%n message with “%1”</numerusform><numerusform>%n messages with “%1”</numerusform></translation>
    </message>
</context>
<context>
    <name>rapport::ui::TrayNotifier</name>
    <message numerus="yes">
        <source>Rapport — %n unread text(s)</source>
        <translation>
            <numerusform>Rapport — %n unread text</numerusform><numerusform>Rapport — %n unread texts</numerusform></translation>
    </message>
</context>
</TS>