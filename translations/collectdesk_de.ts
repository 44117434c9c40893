<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AuditLogsModel</name>
    <message>
        <location filename="../models/tables/AuditLogsModel.cpp" line="+10"/>
        <location line="+32"/>
        <source>The audit log is append-only: its entries cannot be changed or deleted.</source>
        <translation>Das Audit-Protokoll kann nur ergänzt werden: Seine Einträge lassen sich weder ändern noch löschen.</translation>
    </message>
</context>
<context>
    <name>BatchInserter</name>
    <message>
        <location filename="../models/db/BatchInserter.cpp" line="+65"/>
        <source>Cannot prepare the insert into %1: %2</source>
        <translation>Das Einfügen in %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot insert into %1: %2</source>
        <translation>Einfügen in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Incomplete row for %1: %2 values for %3 columns.</source>
        <translation>Unvollständige Zeile für %1: %2 Werte für %3 Spalten.</translation>
    </message>
</context>
<context>
    <name>CampaignsModel</name>
    <message>
        <location filename="../models/tables/CampaignsModel.cpp" line="+23"/>
        <source>the escalation steps must be a JSON array</source>
        <translation>die Eskalationsstufen müssen ein JSON-Array sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>escalation step %1 is not an object</source>
        <translation>Eskalationsstufe %1 ist kein Objekt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>escalation step %1 needs a whole-number &quot;step&quot;</source>
        <translation>Eskalationsstufe %1 braucht eine ganze Zahl als „step“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>escalation step %1 needs a whole-number &quot;day_offset&quot;</source>
        <translation>Eskalationsstufe %1 braucht eine ganze Zahl als „day_offset“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>escalation step %1 has an unknown channel &quot;%2&quot; (use %3)</source>
        <translation>Eskalationsstufe %1 hat einen unbekannten Kanal „%2“ (erlaubt: %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>escalation step %1 has a &quot;template_id&quot; that is not a whole number</source>
        <translation>Eskalationsstufe %1 hat eine „template_id“, die keine ganze Zahl ist</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
</context>
<context>
    <name>Column</name>
    <message>
        <location filename="../models/tables/TableCatalog.cpp" line="+61"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Created At</source>
        <translation>Erstellt am</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Updated At</source>
        <translation>Geändert am</translation>
    </message>
    <message>
        <location line="+36"/>
        <location line="+78"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Password Hash</source>
        <translation>Passwort-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full Name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+53"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="-49"/>
        <location line="+279"/>
        <location line="+110"/>
        <location line="+52"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Failed Logins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked Until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Login At</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password Changed At</source>
        <translation>Passwort geändert am</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+12"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Session Token</source>
        <translation>Sitzungstoken</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <location line="+13"/>
        <location line="+287"/>
        <location line="+129"/>
        <source>Expires At</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location line="-440"/>
        <source>Last Seen At</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Client Info</source>
        <translation>Client-Info</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+345"/>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="-344"/>
        <location line="+23"/>
        <location line="+116"/>
        <source>Revoked At</source>
        <translation>Widerrufen am</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Used At</source>
        <translation>Verwendet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <location line="+141"/>
        <location line="+98"/>
        <source>Created By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="-247"/>
        <location line="+137"/>
        <location line="+40"/>
        <location line="+57"/>
        <location line="+101"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-334"/>
        <source>Key Prefix</source>
        <translation>Schlüsselpräfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key Hash</source>
        <translation>Schlüssel-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scopes</source>
        <translation>Berechtigungsbereiche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate Limit (per Minute)</source>
        <translation>Ratenlimit (pro Minute)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Used At</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+306"/>
        <location line="+26"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="-314"/>
        <source>Company Name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact Name</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address Line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address Line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal Code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Time Zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Phone Time Zone</source>
        <translation>Zeitzone des Telefons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred Language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+57"/>
        <location line="+231"/>
        <source>Rule Pack</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <location line="-287"/>
        <location line="+178"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+36"/>
        <location line="+20"/>
        <location line="+25"/>
        <location line="+18"/>
        <location line="+55"/>
        <location line="+44"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-197"/>
        <source>Risk Level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Risk Score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Risk Calculated At</source>
        <translation>Risiko berechnet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do Not Contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Do Not Contact Reason</source>
        <translation>Grund für Kontaktsperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preferred Channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute Hold Since</source>
        <translation>Bestreitung seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute Hold Reason</source>
        <translation>Grund der Bestreitung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dispute Hold By</source>
        <translation>Bestreitung erfasst von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cease and Desist Hold Since</source>
        <translation>Kontaktverbot seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cease and Desist Hold Reason</source>
        <translation>Grund des Kontaktverbots</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cease and Desist Hold By</source>
        <translation>Kontaktverbot erfasst von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attorney Hold Since</source>
        <translation>Anwaltliche Vertretung seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney Hold Reason</source>
        <translation>Grund der anwaltlichen Vertretung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attorney Hold By</source>
        <translation>Anwaltliche Vertretung erfasst von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bankruptcy Hold Since</source>
        <translation>Insolvenz seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankruptcy Hold Reason</source>
        <translation>Grund der Insolvenzsperre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bankruptcy Hold By</source>
        <translation>Insolvenz erfasst von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased Hold Since</source>
        <translation>Verstorben seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased Hold Reason</source>
        <translation>Grund der Sperre (verstorben)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deceased Hold By</source>
        <translation>Verstorben erfasst von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship Hold Since</source>
        <translation>Härtefall seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship Hold Reason</source>
        <translation>Grund des Härtefalls</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hardship Hold By</source>
        <translation>Härtefall erfasst von</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice Number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount Paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+291"/>
        <location line="+17"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="-307"/>
        <source>Issued Date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due Date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid At</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+39"/>
        <location line="+24"/>
        <location line="+18"/>
        <location line="+34"/>
        <location line="+44"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="-154"/>
        <location line="+247"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="-239"/>
        <location line="+99"/>
        <location line="+27"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="-124"/>
        <location line="+171"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-170"/>
        <location line="+174"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="-169"/>
        <source>Recorded By</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+73"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>Escalation Steps</source>
        <translation>Eskalationsstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Current Step</source>
        <translation>Aktuelle Stufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Started At</source>
        <translation>Gestartet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused At</source>
        <translation>Pausiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+21"/>
        <source>Completed At</source>
        <translation>Abgeschlossen am</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+97"/>
        <location line="+129"/>
        <location line="+46"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="-271"/>
        <source>Assigned Agent</source>
        <translation>Zugewiesener Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+19"/>
        <location line="+57"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+191"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="-186"/>
        <source>Due At</source>
        <translation>Fällig am</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Capabilities</source>
        <translation>Fähigkeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Configuration</source>
        <translation>Konfiguration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LLM Provider</source>
        <translation>LLM-Anbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>LLM Model</source>
        <translation>LLM-Modell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Heartbeat At</source>
        <translation>Letztes Lebenszeichen</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+174"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="-173"/>
        <location line="+172"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Staff User</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Conversation Occurred</source>
        <translation>Gespräch zustande gekommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempted At</source>
        <translation>Versucht am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration (Seconds)</source>
        <translation>Dauer (Sekunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+18"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Variables</source>
        <translation>Variablen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Template</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Message ID</source>
        <translation>Nachrichten-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sent At</source>
        <translation>Gesendet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered At</source>
        <translation>Zugestellt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened At</source>
        <translation>Geöffnet am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicked At</source>
        <translation>Geklickt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+15"/>
        <source>Bounced At</source>
        <translation>Unzustellbar am</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Retry Count</source>
        <translation>Wiederholungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next Retry At</source>
        <translation>Nächster Versuch am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+24"/>
        <source>Delivery</source>
        <translation>Zustellung</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+10"/>
        <source>Email Address</source>
        <translation>E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Bounce Type</source>
        <translation>Bounce-Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Diagnostic</source>
        <translation>Diagnose</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Original URL</source>
        <translation>Ursprüngliche URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tracking URL</source>
        <translation>Tracking-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicks</source>
        <translation>Klicks</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First Clicked At</source>
        <translation>Zuerst geklickt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last Clicked At</source>
        <translation>Zuletzt geklickt am</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actor Type</source>
        <translation>Akteurstyp</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entity Type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity ID</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Old Values</source>
        <translation>Alte Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New Values</source>
        <translation>Neue Werte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User Agent</source>
        <translation>User-Agent</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Rule Type</source>
        <translation>Regeltyp</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Condition</source>
        <translation>Bedingung</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Metric Type</source>
        <translation>Metriktyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Metric Name</source>
        <translation>Metrikname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dimensions</source>
        <translation>Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recorded At</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+36"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="-35"/>
        <location line="+36"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>Prompt Tokens</source>
        <translation>Prompt-Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Completion Tokens</source>
        <translation>Antwort-Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total Tokens</source>
        <translation>Tokens gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latency (ms)</source>
        <translation>Latenz (ms)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cache Hit</source>
        <translation>Cache-Treffer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Scope Reference</source>
        <translation>Bezug des Geltungsbereichs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Limit Amount</source>
        <translation>Limitbetrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Alert Threshold (%)</source>
        <translation>Warnschwelle (%)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Cache Key</source>
        <translation>Cache-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt Hash</source>
        <translation>Prompt-Hash</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response Text</source>
        <translation>Antworttext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hits</source>
        <translation>Treffer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last Hit At</source>
        <translation>Letzter Treffer</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opened</source>
        <translation>Geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicked</source>
        <translation>Geklickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Rate</source>
        <translation>Öffnungsrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Click Rate</source>
        <translation>Klickrate</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bounce Rate</source>
        <translation>Bounce-Rate</translation>
    </message>
</context>
<context>
    <name>CustomerProfilesModel</name>
    <message>
        <location filename="../models/tables/CustomerProfilesModel.cpp" line="+12"/>
        <source>%1 must be between 0 and 100.</source>
        <translation>%1 muss zwischen 0 und 100 liegen.</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/db/Database.cpp" line="+63"/>
        <source>The database URL is not valid.</source>
        <translation>Die Datenbank-URL ist ungültig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Qt SQL driver %1 is not installed (on Debian and Ubuntu: %2).</source>
        <translation>Der Qt-SQL-Treiber %1 ist nicht installiert (unter Debian und Ubuntu: %2).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot open the database %1: %2</source>
        <translation>Die Datenbank %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot configure the database connection: %1</source>
        <translation>Die Datenbankverbindung kann nicht eingerichtet werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SQLite · %1</source>
        <translation>SQLite · %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PostgreSQL · %1</source>
        <translation>PostgreSQL · %1</translation>
    </message>
</context>
<context>
    <name>DatabaseFunctions</name>
    <message>
        <location filename="../models/services/DatabaseFunctions.cpp" line="+95"/>
        <location line="+4"/>
        <location line="+134"/>
        <location line="+128"/>
        <source>The database function %1 failed: %2</source>
        <translation>Die Datenbankfunktion %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location line="-247"/>
        <source>There is no campaign with id %1.</source>
        <translation>Es gibt keine Kampagne mit der ID %1.</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+69"/>
        <source>%1 is not a valid customer id.</source>
        <translation>%1 ist keine gültige Kunden-ID.</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>Unknown contact channel “%1”: expected one of %2.</source>
        <translation>Unbekannter Kontaktkanal „%1“: erwartet wird einer von %2.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 is not a valid user id.</source>
        <translation>%1 ist keine gültige Benutzer-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An audit event needs an action.</source>
        <translation>Ein Audit-Ereignis braucht eine Aktion.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An audit event needs an entity type.</source>
        <translation>Ein Audit-Ereignis braucht einen Objekttyp.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The audit event was not recorded.</source>
        <translation>Das Audit-Ereignis wurde nicht gespeichert.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>A permission check needs a role.</source>
        <translation>Eine Berechtigungsprüfung braucht eine Rolle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A permission check needs a resource.</source>
        <translation>Eine Berechtigungsprüfung braucht eine Ressource.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown permission action “%1”: expected one of %2.</source>
        <translation>Unbekannte Berechtigungsaktion „%1“: erwartet wird eine von %2.</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>An e-mail address is needed to check for a suppression.</source>
        <translation>Für die Prüfung auf eine Sperre wird eine E-Mail-Adresse benötigt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 is not a valid campaign id.</source>
        <translation>%1 ist keine gültige Kampagnen-ID.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The statistics date is not valid.</source>
        <translation>Das Statistikdatum ist ungültig.</translation>
    </message>
</context>
<context>
    <name>DatabaseUrl</name>
    <message>
        <location filename="../models/db/DatabaseUrl.cpp" line="+31"/>
        <source>The database URL is empty.</source>
        <translation>Die Datenbank-URL ist leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The SQLite URL names no file. Use sqlite:/path/to/file.db.</source>
        <translation>Die SQLite-URL nennt keine Datei. Verwenden Sie sqlite:/pfad/zur/datei.db.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The PostgreSQL URL is not valid: %1</source>
        <translation>Die PostgreSQL-URL ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The PostgreSQL URL names no database. Use postgresql://user@host:5432/dbname.</source>
        <translation>Die PostgreSQL-URL nennt keine Datenbank. Verwenden Sie postgresql://benutzer@host:5432/dbname.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The port %1 is out of range.</source>
        <translation>Der Port %1 liegt außerhalb des gültigen Bereichs.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown database URL &quot;%1&quot;: it must start with sqlite: or postgresql://.</source>
        <translation>Unbekannte Datenbank-URL „%1“: Sie muss mit sqlite: oder postgresql:// beginnen.</translation>
    </message>
</context>
<context>
    <name>DemoSeeder</name>
    <message>
        <location filename="../models/services/DemoReferenceData.cpp" line="+143"/>
        <source>The demo user %1 already exists.</source>
        <translation>Der Demo-Benutzer %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo passwords could not be hashed.</source>
        <translation>Die Demo-Passwörter konnten nicht gehasht werden.</translation>
    </message>
    <message>
        <location filename="../models/services/DemoSeeder.cpp" line="+128"/>
        <source>The number of demo customers must be at least 1.</source>
        <translation>Die Anzahl der Demo-Kunden muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the customers table (is the database migrated?): %1</source>
        <translation>Die Kundentabelle kann nicht gelesen werden (ist die Datenbank migriert?): %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database already holds %1 customers. Demo data is only added to an empty database.</source>
        <translation>Die Datenbank enthält bereits %1 Kunden. Demodaten werden nur in eine leere Datenbank eingefügt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the tables (is the database migrated?): %1</source>
        <translation>Die Tabellen können nicht gelesen werden (ist die Datenbank migriert?): %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot commit the demo data: %1</source>
        <translation>Die Demodaten können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The demo rows already written could not be removed (%1): the database holds a partial demo seed. Delete it and start again.</source>
        <translation>Die bereits geschriebenen Demozeilen konnten nicht entfernt werden (%1): Die Datenbank enthält unvollständige Demodaten. Löschen Sie sie und beginnen Sie erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Creating the demo data was cancelled; the database was left as it was.</source>
        <translation>Das Anlegen der Demodaten wurde abgebrochen; die Datenbank ist unverändert.</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Cannot update the id sequence of %1: %2</source>
        <translation>Die ID-Sequenz von %1 kann nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message>
        <location filename="../models/services/DemoWords.cpp" line="+97"/>
        <source>The demo city %1 names an unknown country %2.</source>
        <translation>Die Demo-Stadt %1 nennt ein unbekanntes Land %2.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The demo street list has no complete style %1.</source>
        <translation>Die Demo-Straßenliste hat keinen vollständigen Stil %1.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>A demo word list is empty.</source>
        <translation>Eine Demo-Wortliste ist leer.</translation>
    </message>
</context>
<context>
    <name>LlmBudgetLimitsModel</name>
    <message>
        <location filename="../models/tables/LlmBudgetLimitsModel.cpp" line="+12"/>
        <source>%1 must be between 1 and 100.</source>
        <translation>%1 muss zwischen 1 und 100 liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A global limit has no %1.</source>
        <translation>Ein globales Limit hat kein Feld %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is required for a %2 limit.</source>
        <translation>%1 ist für ein Limit vom Typ %2 erforderlich.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+33"/>
        <source>CollectDesk</source>
        <translation>CollectDesk</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Choose a table in the navigation on the left.</source>
        <translation>Wählen Sie links in der Navigation eine Tabelle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No table open</source>
        <translation>Keine Tabelle geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open table</source>
        <translation>Geöffnete Tabelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Navigation and table</source>
        <translation>Navigation und Tabelle</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Close CollectDesk</source>
        <translation>CollectDesk schließen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the open table again</source>
        <translation>Die geöffnete Tabelle neu lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Go to &amp;Navigation</source>
        <translation>Zur &amp;Navigation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Go to &amp;Table</source>
        <translation>Zur &amp;Tabelle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;About CollectDesk</source>
        <translation>Ü&amp;ber CollectDesk</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>schema version %1</source>
        <translation>Schemaversion %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schema version unknown</source>
        <translation>Schemaversion unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>About CollectDesk</source>
        <translation>Über CollectDesk</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;CollectDesk %1&lt;/h3&gt;&lt;p&gt;The desktop back office for the collections platform: customers, invoices, campaigns, templates, analytics and administration.&lt;/p&gt;&lt;p&gt;Database: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CollectDesk %1&lt;/h3&gt;&lt;p&gt;Das Desktop-Backoffice der Inkasso-Plattform: Kunden, Rechnungen, Kampagnen, Vorlagen, Auswertungen und Verwaltung.&lt;/p&gt;&lt;p&gt;Datenbank: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Migrator</name>
    <message>
        <location filename="../models/db/Migrator.cpp" line="+60"/>
        <source>Cannot create the schema_migrations table: %1</source>
        <translation>Die Tabelle schema_migrations kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Cannot read the schema version: %1</source>
        <translation>Die Schemaversion kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This database has schema version %1, but this CollectDesk %2 only knows versions up to %3. Install a newer CollectDesk to open it; nothing was changed.</source>
        <translation>Diese Datenbank hat die Schemaversion %1, aber dieses CollectDesk %2 kennt nur Versionen bis %3. Installieren Sie ein neueres CollectDesk, um sie zu öffnen; es wurde nichts verändert.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>No migrations are compiled into this build for %1.</source>
        <translation>In diesen Build sind keine Migrationen für %1 eingebunden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the migration %1.</source>
        <translation>Die Migration %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot start a transaction: %1</source>
        <translation>Eine Transaktion kann nicht gestartet werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot lock the schema for migration: %1</source>
        <translation>Das Schema kann für die Migration nicht gesperrt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read schema_migrations: %1</source>
        <translation>schema_migrations kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Migration %1 (%2) failed: %3
Statement: %4</source>
        <translation>Migration %1 (%2) ist fehlgeschlagen: %3
Anweisung: %4</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot record migration %1: %2</source>
        <translation>Migration %1 kann nicht vermerkt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot commit migration %1: %2</source>
        <translation>Migration %1 kann nicht festgeschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>NavigationTree</name>
    <message>
        <location filename="../ui/shell/NavigationTree.cpp" line="+14"/>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tables grouped by area. Select a table to open it.</source>
        <translation>Tabellen nach Bereichen gruppiert. Wählen Sie eine Tabelle, um sie zu öffnen.</translation>
    </message>
</context>
<context>
    <name>PaymentRecordsModel</name>
    <message>
        <location filename="../models/tables/PaymentRecordsModel.cpp" line="+13"/>
        <location line="+2"/>
        <source>%1 cannot be negative.</source>
        <translation>%1 darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2) cannot be more than %3 (%4).</source>
        <translation>%1 (%2) darf nicht größer sein als %3 (%4).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A paid invoice must have %1 equal to %2.</source>
        <translation>Bei einer bezahlten Rechnung muss %1 gleich %2 sein.</translation>
    </message>
</context>
<context>
    <name>SqlTableModel</name>
    <message>
        <location filename="../models/tables/SqlTableModel.cpp" line="+135"/>
        <source>%1 cannot be changed.</source>
        <translation>%1 kann nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be changed in this row.</source>
        <translation>%1 kann in dieser Zeile nicht geändert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: %2.</source>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be changed: %2</source>
        <translation>%1 konnte nicht geändert werden: %2</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: %2 has more decimals than %3 allows.</source>
        <translation>%1: %2 hat mehr Nachkommastellen, als %3 erlaubt.</translation>
    </message>
    <message>
        <location line="+113"/>
        <source>A value is required for %1.</source>
        <translation>Für %1 ist ein Wert erforderlich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>StartupController</name>
    <message>
        <location filename="../ui/shell/StartupController.cpp" line="+81"/>
        <source>CollectDesk</source>
        <translation>CollectDesk</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The database cannot be opened.</source>
        <translation>Die Datenbank kann nicht geöffnet werden.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>This database needs a newer version of CollectDesk.</source>
        <translation>Diese Datenbank braucht eine neuere Version von CollectDesk.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The database schema cannot be brought up to date.</source>
        <translation>Das Datenbankschema kann nicht auf den neuesten Stand gebracht werden.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Creating demo data for your first start…</source>
        <translation>Demodaten für den ersten Start werden angelegt …</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The demo data could not be created. CollectDesk starts with the empty database.</source>
        <translation>Die Demodaten konnten nicht angelegt werden. CollectDesk startet mit der leeren Datenbank.</translation>
    </message>
</context>
<context>
    <name>Table</name>
    <message>
        <location filename="../models/tables/TableCatalog.cpp" line="-483"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>User Sessions</source>
        <translation>Benutzersitzungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Password Reset Tokens</source>
        <translation>Passwort-Reset-Tokens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API Keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Role Permissions</source>
        <translation>Rollenberechtigungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customer Profiles</source>
        <translation>Kundenprofile</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Payment Records</source>
        <translation>Forderungen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Opt-Outs</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Contact Attempts</source>
        <translation>Kontaktversuche</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Templates</source>
        <translation>Vorlagen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Email Deliveries</source>
        <translation>E-Mail-Zustellungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Email Bounces</source>
        <translation>E-Mail-Bounces</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Email Suppressions</source>
        <translation>E-Mail-Sperrliste</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Email Links</source>
        <translation>E-Mail-Links</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Audit Logs</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Compliance Rules</source>
        <translation>Compliance-Regeln</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>System Metrics</source>
        <translation>Systemmetriken</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>LLM Usage Logs</source>
        <translation>LLM-Nutzung</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>LLM Budget Limits</source>
        <translation>LLM-Budgetlimits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>LLM Cache</source>
        <translation>LLM-Cache</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Campaign Email Stats</source>
        <translation>Kampagnen-E-Mail-Statistik</translation>
    </message>
</context>
<context>
    <name>TableBrowser</name>
    <message>
        <location filename="../ui/common/TableBrowser.cpp" line="+29"/>
        <source>%1 browser</source>
        <translation>Ansicht %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Table title</source>
        <translation>Tabellentitel</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Row count</source>
        <translation>Zeilenanzahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 table</source>
        <translation>Tabelle %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>The table could not be read.</source>
        <translation>Die Tabelle konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 cannot be shown.

%2</source>
        <translation>%1 kann nicht angezeigt werden.

%2</translation>
    </message>
    <message>
        <location line="+83"/>
        <source>%1 is a large table: it can be sorted by %2, but not by %3.</source>
        <translation>%1 ist eine große Tabelle: Sie lässt sich nach %2 sortieren, aber nicht nach %3.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <location line="+4"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-2"/>
        <source>%Ln row(s) loaded, scroll for more</source>
        <translation>
            <numerusform>%Ln Zeile geladen, für mehr weiterblättern</numerusform>
            <numerusform>%Ln Zeilen geladen, für mehr weiterblättern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TableGroup</name>
    <message>
        <location filename="../models/tables/TableCatalog.cpp" line="+96"/>
        <source>Authentication &amp; Authorization</source>
        <translation>Anmeldung &amp; Berechtigungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Workflow</source>
        <translation>Arbeitsabläufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Communication</source>
        <translation>Kommunikation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Compliance &amp; Audit</source>
        <translation>Compliance &amp; Audit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Analytics</source>
        <translation>Auswertungen</translation>
    </message>
</context>
<context>
    <name>TableModelFactory</name>
    <message>
        <location filename="../models/tables/TableModelFactory.cpp" line="+80"/>
        <source>Unknown table %1.</source>
        <translation>Unbekannte Tabelle %1.</translation>
    </message>
</context>
<context>
    <name>TasksModel</name>
    <message>
        <location filename="../models/tables/TasksModel.cpp" line="+12"/>
        <source>%1 must be between 1 (highest) and 5.</source>
        <translation>%1 muss zwischen 1 (höchste) und 5 liegen.</translation>
    </message>
</context>
<context>
    <name>Transaction</name>
    <message>
        <location filename="../models/db/Database.cpp" line="+20"/>
        <source>No transaction is active.</source>
        <translation>Es ist keine Transaktion aktiv.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <location filename="../models/services/UserDirectory.cpp" line="+33"/>
        <source>The email address is empty.</source>
        <translation>Die E-Mail-Adresse ist leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown role &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The full name is longer than 200 characters.</source>
        <translation>Der vollständige Name ist länger als 200 Zeichen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The password must have at least 12 characters.</source>
        <translation>Das Passwort muss mindestens 12 Zeichen haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password is longer than 1024 characters.</source>
        <translation>Das Passwort ist länger als 1024 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password must not be only spaces.</source>
        <translation>Das Passwort darf nicht nur aus Leerzeichen bestehen.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (kein Speicher frei).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>A user with the email %1 already exists.</source>
        <translation>Ein Benutzer mit der E-Mail-Adresse %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot create the user: %1</source>
        <translation>Der Benutzer kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the audit entry: %1</source>
        <translation>Der Audit-Eintrag kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>ValueFormatter</name>
    <message>
        <location filename="../models/tables/ValueFormatter.cpp" line="+104"/>
        <location filename="../models/tables/ValueValidator.cpp" line="+201"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <location filename="../models/tables/ValueValidator.cpp" line="+3"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
</context>
<context>
    <name>ValueValidator</name>
    <message>
        <location filename="../models/tables/ValueValidator.cpp" line="-140"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a phone number in international format (+ country code and number, for example +14155550123)</source>
        <translation>„%1“ ist keine Telefonnummer im internationalen Format (+ Ländervorwahl und Nummer, zum Beispiel +4930123456)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is not a valid reference</source>
        <translation>%1 ist kein gültiger Verweis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>&quot;%1&quot; is not an amount of %2 with at most %n decimal(s)</source>
        <translation>
            <numerusform>„%1“ ist kein Betrag in %2 mit höchstens %n Nachkommastelle</numerusform>
            <numerusform>„%1“ ist kein Betrag in %2 mit höchstens %n Nachkommastellen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an amount with at most 6 decimals</source>
        <translation>„%1“ ist kein Betrag mit höchstens 6 Nachkommastellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; is not a three-letter ISO 4217 currency code</source>
        <translation>„%1“ ist kein dreibuchstabiger Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (JJJJ-MM-TT)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&quot;%1&quot; is not yes or no</source>
        <translation>„%1“ ist weder Ja noch Nein</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&quot;%1&quot; is not a date and time (YYYY-MM-DD HH:MM)</source>
        <translation>„%1“ ist kein Datum mit Uhrzeit (JJJJ-MM-TT HH:MM)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>not valid JSON (%1 at character %2)</source>
        <translation>kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+22"/>
        <source>CollectDesk back office</source>
        <translation>CollectDesk-Backoffice</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Database URL: sqlite:/path/file.db or postgresql://user@host:5432/db.</source>
        <translation>Datenbank-URL: sqlite:/pfad/datei.db oder postgresql://benutzer@host:5432/db.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>url</source>
        <translation>url</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Fill an empty database with demo data.</source>
        <translation>Eine leere Datenbank mit Demodaten füllen.</translation>
    </message>
</context>
</TS>
