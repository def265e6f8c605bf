<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>About</name>
    <message>
        <source>About OmniPOS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not known)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Approval</name>
    <message>
        <source>Manager approval</source>
        <translation>Freigabe durch die Filialleitung</translation>
    </message>
    <message>
        <source>Manager approval needed to {action}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This till</source>
        <translation>Diese Kasse</translation>
    </message>
    <message>
        <source>{who} asks. A manager enters their PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Banner</name>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[scanned code]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Crash</name>
    <message>
        <source>OmniPOS: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The log is in {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside OmniPOS. Sales already completed are saved.
Copy the details below for support. The till keeps running; if it misbehaves, restart it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Customer</name>
    <message>
        <source>store credit {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone number, email or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N adds a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer  Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add customer  Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose  Enter</source>
        <translation type="unfinished">Auswählen  Eingabe</translation>
    </message>
    <message>
        <source>type a phone number, an email or part of a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} found: Enter chooses, Up/Down move. Ctrl+N adds a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody found. Ctrl+N adds them as a new customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose store credit pays?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <source>Something went wrong; the details are in the log.</source>
        <translation>Etwas ist schiefgelaufen; die Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Choose  Enter</source>
        <translation>Auswählen  Eingabe</translation>
    </message>
    <message>
        <source>choose one</source>
        <translation>bitte eine Option wählen</translation>
    </message>
    <message>
        <source>Back  Enter</source>
        <translation>Zurück  Eingabe</translation>
    </message>
    <message>
        <source>OK  Enter</source>
        <translation>OK  Eingabe</translation>
    </message>
    <message>
        <source>Cancel  Esc</source>
        <translation>Abbrechen  Esc</translation>
    </message>
</context>
<context>
    <name>Formatting</name>
    <message>
        <source>1 line</source>
        <translation>1 Position</translation>
    </message>
    <message>
        <source>{count} lines</source>
        <translation>{count} Positionen</translation>
    </message>
</context>
<context>
    <name>KeyList</name>
    <message>
        <source>Close  Esc</source>
        <translation>Schließen  Esc</translation>
    </message>
    <message>
        <source>About OmniPOS  Shift+F1</source>
        <translation>Über OmniPOS  Umschalt+F1</translation>
    </message>
</context>
<context>
    <name>PinPad</name>
    <message>
        <source>Clear</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>OK</translation>
    </message>
</context>
<context>
    <name>Screens</name>
    <message>
        <source>Sell</source>
        <translation>Verkauf</translation>
    </message>
    <message>
        <source>Pickups</source>
        <translation>Abholungen</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Parcels</source>
        <translation>Pakete</translation>
    </message>
    <message>
        <source>Counts</source>
        <translation>Inventur</translation>
    </message>
    <message>
        <source>Stock</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>Manager</source>
        <translation>Filialleitung</translation>
    </message>
    <message>
        <source>Sync</source>
        <translation>Synchronisierung</translation>
    </message>
</context>
<context>
    <name>SettingsScreen</name>
    <message>
        <source>The till speaks its new language from its next start.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shell</name>
    <message>
        <source>(signed out)</source>
        <translation>(abgemeldet)</translation>
    </message>
    <message>
        <source>Shift and cash  F7</source>
        <translation>Schicht und Kasse  F7</translation>
    </message>
    <message>
        <source>Welcome to {store}</source>
        <translation>Willkommen bei {store}</translation>
    </message>
    <message>
        <source>Starting the demo hub…</source>
        <translation>Demo-Hub wird gestartet…</translation>
    </message>
    <message>
        <source>OmniPOS till</source>
        <translation>OmniPOS Kasse</translation>
    </message>
    <message>
        <source>Keys on the {screen} screen</source>
        <translation>Tasten der Ansicht {screen}</translation>
    </message>
</context>
<context>
    <name>SignIn</name>
    <message>
        <source>Enter your PIN or scan your badge</source>
        <translation>PIN eingeben oder Ausweis scannen</translation>
    </message>
    <message>
        <source>Staff number (optional)</source>
        <translation>Personalnummer (optional)</translation>
    </message>
    <message>
        <source>This store has no staff, so there is no sign-in and nothing to lock. Add staff with &apos;omnipos staff add&apos; to sign in by PIN.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusBar</name>
    <message>
        <source>Store: {store}</source>
        <translation>Filiale: {store}</translation>
    </message>
    <message>
        <source>Till: {till}</source>
        <translation>Kasse: {till}</translation>
    </message>
    <message>
        <source>Cashier: {name}</source>
        <translation>Kassierer: {name}</translation>
    </message>
</context>
<context>
    <name>StoreForm</name>
    <message>
        <source>the operating system&apos;s</source>
        <translation>die des Betriebssystems</translation>
    </message>
    <message>
        <source>Language of this till</source>
        <translation>Sprache dieser Kasse</translation>
    </message>
</context>
</TS>
