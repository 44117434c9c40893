<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AccessContext</name>
    <message>
        <location filename="../models/services/AccessContext.cpp" line="+60"/>
        <source>Nobody is signed in: %1 cannot be used.</source>
        <translation>Niemand ist angemeldet: %1 kann nicht verwendet werden.</translation>
    </message>
</context>
<context>
    <name>AdminCli</name>
    <message>
        <location filename="../app/admin/AdminCli.cpp" line="+29"/>
        <source>Try: collectdesk-admin %1 --help</source>
        <translation>Siehe: collectdesk-admin %1 --help</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Usage: collectdesk-admin [--database URL] %1 [options]</source>
        <translation>Aufruf: collectdesk-admin [--database URL] %1 [Optionen]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Missing arguments. Try: collectdesk-admin %1 --help</source>
        <translation>Es fehlen Argumente. Siehe: collectdesk-admin %1 --help</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Usage: collectdesk-admin [--database URL] COMMAND [OPTIONS]

Administers a CollectDesk database without the GUI.

Options:
  --database URL   sqlite:/path/file.db or postgresql://user@host:port/dbname
                   (default: the embedded database, %1)
  -h, --help       show this help; COMMAND --help shows a command&apos;s options
  -v, --version    show the version

Commands:
  migrate          create or upgrade the schema
  schema-version   print the applied schema version
  seed-demo        fill an empty database with demo data and demo users
  create-user      create a user; the password is read from standard input
  import           import customers or payment records from a CSV file
  export           export customers or payment records to a CSV file
</source>
        <translation>Aufruf: collectdesk-admin [--database URL] BEFEHL [OPTIONEN]

Verwaltet eine CollectDesk-Datenbank ohne die grafische Oberfläche.

Optionen:
  --database URL   sqlite:/pfad/datei.db oder postgresql://benutzer@host:port/dbname
                   (Standard: die eingebettete Datenbank, %1)
  -h, --help       diese Hilfe anzeigen; BEFEHL --help zeigt die Optionen eines Befehls
  -v, --version    die Version anzeigen

Befehle:
  migrate          das Schema anlegen oder aktualisieren
  schema-version   die angewendete Schemaversion ausgeben
  seed-demo        eine leere Datenbank mit Demodaten und Demo-Benutzern füllen
  create-user      einen Benutzer anlegen; das Passwort wird von der Standardeingabe gelesen
  import           Kunden oder Forderungen aus einer CSV-Datei importieren
  export           Kunden oder Forderungen in eine CSV-Datei exportieren
</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Try: collectdesk-admin --help</source>
        <translation>Siehe: collectdesk-admin --help</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>--database needs a URL.</source>
        <translation>--database braucht eine URL.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unknown option: %1</source>
        <translation>Unbekannte Option: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command: %1</source>
        <translation>Unbekannter Befehl: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Creates or upgrades the database schema. Running it again on an up-to-date database changes nothing.</source>
        <translation>Legt das Datenbankschema an oder aktualisiert es. Ein erneuter Aufruf auf einer aktuellen Datenbank ändert nichts.</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>Schema at version %1 on %2 (%n migration(s) applied).</source>
        <translation>
            <numerusform>Schema in %2 auf Version %1 (%n Migration angewendet).</numerusform>
            <numerusform>Schema in %2 auf Version %1 (%n Migrationen angewendet).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>warning: migration %1 was changed after it was applied to this database (checksum mismatch); it was not run again.</source>
        <translation>Warnung: Die Migration %1 wurde geändert, nachdem sie auf diese Datenbank angewendet wurde (Prüfsumme weicht ab); sie wurde nicht erneut ausgeführt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Prints the applied schema version (0 for an empty database).</source>
        <translation>Gibt die angewendete Schemaversion aus (0 bei einer leeren Datenbank).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Number of customers (default 2000).</source>
        <translation>Anzahl der Kunden (Standard: 2000).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+160"/>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>Random seed; the same seed gives the same data (default 42).</source>
        <translation>Startwert des Zufallsgenerators; derselbe Startwert ergibt dieselben Daten (Standard: 42).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migrates the database if needed and fills it with deterministic demo data in every table, plus one demo user per role whose credentials are printed. Refuses a database that already holds customers.</source>
        <translation>Migriert die Datenbank bei Bedarf und füllt jede Tabelle mit reproduzierbaren Demodaten, dazu einen Demo-Benutzer je Rolle, dessen Zugangsdaten ausgegeben werden. Eine Datenbank, die bereits Kunden enthält, wird abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--customers must be a whole number from 1 to 50000000.</source>
        <translation>--customers muss eine ganze Zahl von 1 bis 50000000 sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>seeding… %1%</source>
        <translation>Demodaten werden geschrieben … %1%</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Demo data written to %1 in %2 s.</source>
        <translation>Demodaten in %2 s nach %1 geschrieben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>  %1 rows in all</source>
        <translation>  %1 Zeilen insgesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Demo accounts (change these passwords before real use):</source>
        <translation>Demo-Konten (ändern Sie diese Passwörter vor dem echten Einsatz):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Repeat the password: </source>
        <translation>Passwort wiederholen: </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The passwords do not match.</source>
        <translation>Die Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No password on standard input.</source>
        <translation>Kein Passwort auf der Standardeingabe.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The user&apos;s email address (the sign-in name).</source>
        <translation>Die E-Mail-Adresse des Benutzers (der Anmeldename).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E</source>
        <translation>E</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>admin, manager, collector or auditor.</source>
        <translation>admin, manager, collector oder auditor.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The user&apos;s full name (optional).</source>
        <translation>Der vollständige Name des Benutzers (optional).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Creates a user. The password is read from standard input (one line), or asked for twice without echo on a terminal; it is never taken from the command line and only its Argon2id hash is stored.</source>
        <translation>Legt einen Benutzer an. Das Passwort wird von der Standardeingabe gelesen (eine Zeile) oder an einem Terminal zweimal ohne Anzeige abgefragt; es wird nie von der Befehlszeile übernommen, und gespeichert wird nur sein Argon2id-Hash.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create-user needs --email and --role.</source>
        <translation>create-user braucht --email und --role.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Created user %1 (id %2, role %3).</source>
        <translation>Benutzer %1 angelegt (ID %2, Rolle %3).</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+137"/>
        <source>customers or payments</source>
        <translation>customers oder payments</translation>
    </message>
    <message>
        <location line="-136"/>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What to do with a record whose key (customers: email; payments: invoice number) is already stored: skip (default) or update.</source>
        <translation>Was mit einem Datensatz geschieht, dessen Schlüssel (Kunden: E-Mail-Adresse; Forderungen: Rechnungsnummer) bereits gespeichert ist: skip (überspringen, Standard) oder update (aktualisieren).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>MODE</source>
        <translation>MODUS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read and check every record, write nothing to the database.</source>
        <translation>Jeden Datensatz lesen und prüfen, nichts in die Datenbank schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The field delimiter: , ; | or tab (default: detected).</source>
        <translation>Das Trennzeichen: , ; | oder tab (Standard: erkannt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+146"/>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <location line="-144"/>
        <source>auto (default: UTF-8 when the file is valid UTF-8, else Latin-1), utf8 or latin1.</source>
        <translation>auto (Standard: UTF-8, wenn die Datei gültiges UTF-8 ist, sonst Latin-1), utf8 oder latin1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ENC</source>
        <translation>KOD</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the records that fail, with the reason (default: FILE&apos;s name with .errors.csv, next to it).</source>
        <translation>Wohin die fehlgeschlagenen Datensätze mit dem Grund geschrieben werden (Standard: der Name von FILE mit .errors.csv, daneben).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OUT.csv</source>
        <translation>AUSGABE.csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records per transaction (default %1).</source>
        <translation>Datensätze je Transaktion (Standard: %1).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imports customers or payment records from a CSV file (RFC 4180; UTF-8 or Latin-1; the first line names the columns, which are matched to the fields by name). Every record is checked; the ones that fail are written with the reason to the error file, which can be fixed and imported again. Payment records name their customer by a customer_id or a customer_email column.
Exit status: 0 every record was imported or skipped as a duplicate, 2 some records failed (see the error file) or the command line is wrong, 1 the import could not run.</source>
        <translation>Importiert Kunden oder Forderungen aus einer CSV-Datei (RFC 4180; UTF-8 oder Latin-1; die erste Zeile nennt die Spalten, die den Feldern über ihren Namen zugeordnet werden). Jeder Datensatz wird geprüft; fehlgeschlagene werden mit dem Grund in die Fehlerdatei geschrieben, die korrigiert und erneut importiert werden kann. Forderungen nennen ihren Kunden über eine Spalte customer_id oder customer_email.
Exit-Status: 0 jeder Datensatz wurde importiert oder als Duplikat übersprungen, 2 einige Datensätze sind fehlgeschlagen (siehe Fehlerdatei) oder die Befehlszeile ist falsch, 1 der Import konnte nicht laufen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Import what? Use customers or payments, not %1.</source>
        <translation>Was soll importiert werden? Verwenden Sie customers oder payments, nicht %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--on-duplicate must be skip or update.</source>
        <translation>--on-duplicate muss skip oder update sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+123"/>
        <source>--delimiter must be one character such as , ; | or the word tab.</source>
        <translation>--delimiter muss ein einzelnes Zeichen wie , ; | oder das Wort tab sein.</translation>
    </message>
    <message>
        <location line="-115"/>
        <source>--encoding must be auto, utf8 or latin1.</source>
        <translation>--encoding muss auto, utf8 oder latin1 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--batch must be a whole number from 1 to 50000.</source>
        <translation>--batch muss eine ganze Zahl von 1 bis 50000 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not a file.</source>
        <translation>%1 ist keine Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>importing… %1% (%2 records: %3 created, %4 updated, %5 skipped, %6 failed)</source>
        <translation>Import läuft … %1% (%2 Datensätze: %3 angelegt, %4 aktualisiert, %5 übersprungen, %6 fehlgeschlagen)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Dry run of %1 into %2 (nothing was written): %3 s.</source>
        <translation>Probelauf von %1 nach %2 (nichts wurde geschrieben): %3 s.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported %1 into %2 in %3 s.</source>
        <translation>%1 in %3 s nach %2 importiert.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>  encoding %1, delimiter %2</source>
        <translation>  Kodierung %1, Trennzeichen %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  records   %1</source>
        <translation>  Datensätze      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  created   %1</source>
        <translation>  angelegt        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  updated   %1</source>
        <translation>  aktualisiert    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  skipped   %1 (duplicates)</source>
        <translation>  übersprungen    %1 (Duplikate)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  failed    %1</source>
        <translation>  fehlgeschlagen  %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>The %n failed record(s) are in %1 with the reason; fix them there and import that file again.</source>
        <translation>
            <numerusform>Der %n fehlgeschlagene Datensatz steht mit dem Grund in %1; korrigieren Sie ihn dort und importieren Sie diese Datei erneut.</numerusform>
            <numerusform>Die %n fehlgeschlagenen Datensätze stehen mit dem Grund in %1; korrigieren Sie sie dort und importieren Sie diese Datei erneut.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Problems:</source>
        <translation>Probleme:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>  … see the error file for the rest.</source>
        <translation>  … die übrigen stehen in der Fehlerdatei.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The records from line %1 on were not processed.</source>
        <translation>Die Datensätze ab Zeile %1 wurden nicht verarbeitet.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The CSV file to write (replaced when it exists).</source>
        <translation>Die zu schreibende CSV-Datei (wird ersetzt, wenn sie existiert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only rows matching this text (customers: the customer list&apos;s search over company, contact, email and phone; payments: containing it in invoice number or description).</source>
        <translation>Nur Zeilen, die diesem Text entsprechen (Kunden: die Suche der Kundenliste über Firma, Kontakt, E-Mail-Adresse und Telefon; Forderungen: Text in Rechnungsnummer oder Beschreibung enthalten).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TEXT</source>
        <translation>TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers only: the order, as the customer list sorts: id (the default), company_name or email.</source>
        <translation>Nur Kunden: die Reihenfolge, wie die Kundenliste sortiert: id (Standard), company_name oder email.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers only: sort descending (with --sort).</source>
        <translation>Nur Kunden: absteigend sortieren (mit --sort).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers only: add the customer list&apos;s columns risk_level, do_not_contact, holds, outstanding and overdue.</source>
        <translation>Nur Kunden: die Spalten der Kundenliste risk_level, do_not_contact, holds, outstanding und overdue anfügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The field delimiter: , ; | or tab (default ,).</source>
        <translation>Das Trennzeichen: , ; | oder tab (Standard: ,).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Start the file with a UTF-8 byte order mark (for Excel on Windows).</source>
        <translation>Die Datei mit einer UTF-8-Byte-Order-Mark beginnen (für Excel unter Windows).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Exports customers or payment records to a CSV file (UTF-8, RFC 4180), one row per record with the column names as header, in a form the import reads back. Values a spreadsheet would run as a formula (starting with = + - @) get a leading apostrophe.</source>
        <translation>Exportiert Kunden oder Forderungen in eine CSV-Datei (UTF-8, RFC 4180), eine Zeile je Datensatz mit den Spaltennamen als Kopfzeile, in einer Form, die der Import wieder einliest. Werte, die eine Tabellenkalkulation als Formel ausführen würde (beginnend mit = + - @), erhalten ein vorangestelltes Apostroph.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Export what? Use customers or payments, not %1.</source>
        <translation>Was soll exportiert werden? Verwenden Sie customers oder payments, nicht %1.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--%1 is for customers only.</source>
        <translation>--%1 gilt nur für Kunden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--descending needs --sort COLUMN.</source>
        <translation>--descending braucht --sort SPALTE.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>--sort: the customer list cannot be sorted by &quot;%1&quot;. Use one of: %2.</source>
        <translation>--sort: Die Kundenliste kann nicht nach „%1“ sortiert werden. Verwenden Sie eine dieser Spalten: %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>exporting… %1 rows</source>
        <translation>Export läuft … %1 Zeilen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Exported %1 rows of %2 to %3 in %4 s.</source>
        <translation>%1 Zeilen von %2 in %4 s nach %3 exportiert.</translation>
    </message>
</context>
<context>
    <name>ApiKeyService</name>
    <message>
        <location filename="../models/services/ApiKeyService.cpp" line="+80"/>
        <source>Read customers and their profiles</source>
        <translation>Kunden und ihre Profile lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and change customers and their profiles</source>
        <translation>Kunden und ihre Profile anlegen und ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read payment records</source>
        <translation>Forderungen lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and change payment records</source>
        <translation>Forderungen anlegen und ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read campaigns and tasks</source>
        <translation>Kampagnen und Aufgaben lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create and change campaigns and tasks</source>
        <translation>Kampagnen und Aufgaben anlegen und ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read message templates</source>
        <translation>Nachrichtenvorlagen lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read metrics, usage and statistics</source>
        <translation>Metriken, Nutzung und Statistiken lesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Enter a name for the API key, e.g. the system that will use it.</source>
        <translation>Geben Sie einen Namen für den API-Schlüssel ein, z. B. das System, das ihn verwenden wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is too long: at most %1 characters.</source>
        <translation>Der Name ist zu lang: höchstens %1 Zeichen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose at least one scope: what the key may do.</source>
        <translation>Wählen Sie mindestens einen Berechtigungsbereich: was der Schlüssel darf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known scope. Known scopes: %2.</source>
        <translation>„%1“ ist kein bekannter Berechtigungsbereich. Bekannte Berechtigungsbereiche: %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rate limit must be between %1 and %2 requests per minute.</source>
        <translation>Das Ratenlimit muss zwischen %1 und %2 Anfragen pro Minute liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The expiry date is not valid.</source>
        <translation>Das Ablaufdatum ist ungültig.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The expiry must be in the future.</source>
        <translation>Das Ablaufdatum muss in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The API keys could not be read: %1</source>
        <translation>Die API-Schlüssel konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The API key could not be created: %1</source>
        <translation>Der API-Schlüssel konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>An API key named “%1” already exists. Choose another name, or revoke that key first.</source>
        <translation>Ein API-Schlüssel namens „%1“ existiert bereits. Wählen Sie einen anderen Namen oder widerrufen Sie zuerst diesen Schlüssel.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The API key could not be revoked: %1</source>
        <translation>Der API-Schlüssel konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>There is no API key with id %1. Reload the list.</source>
        <translation>Es gibt keinen API-Schlüssel mit der ID %1. Laden Sie die Liste neu.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The API key “%1” was already revoked on %2.</source>
        <translation>Der API-Schlüssel „%1“ wurde bereits am %2 widerrufen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The API key “%1” was already revoked.</source>
        <translation>Der API-Schlüssel „%1“ wurde bereits widerrufen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This API key is not valid, has expired or was revoked.</source>
        <translation>Dieser API-Schlüssel ist ungültig, abgelaufen oder widerrufen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+20"/>
        <source>The API key could not be checked: %1</source>
        <translation>Der API-Schlüssel konnte nicht geprüft werden: %1</translation>
    </message>
</context>
<context>
    <name>ApiKeysPage</name>
    <message>
        <location filename="../ui/admin/ApiKeysPage.cpp" line="+57"/>
        <location line="+31"/>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Show re&amp;voked keys</source>
        <translation>Widerrufene Schlüssel an&amp;zeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show revoked keys</source>
        <translation>Widerrufene Schlüssel anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New API Key…</source>
        <translation>&amp;Neuer API-Schlüssel …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Revoke…</source>
        <translation>&amp;Widerrufen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the selected API key</source>
        <translation>Den ausgewählten API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scopes</source>
        <translation>Berechtigungsbereiche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Rate Limit (per Minute)</source>
        <translation>Ratenlimit (pro Minute)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last Used</source>
        <translation>Zuletzt verwendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created By</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>The key starts with %1. Only this prefix is stored, not the key.</source>
        <translation>Der Schlüssel beginnt mit %1. Gespeichert wird nur dieses Präfix, nicht der Schlüssel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Revoked on %1</source>
        <translation>Widerrufen am %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Expired on %1</source>
        <translation>Abgelaufen am %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User %1</source>
        <translation>Benutzer %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Create an API key; it is shown once.</source>
        <translation>Einen API-Schlüssel anlegen; er wird nur einmal angezeigt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revoke the selected key: it stops working at once.</source>
        <translation>Den ausgewählten Schlüssel widerrufen: Er funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>API key “%1” created. Copy it now: it will not be shown again.</source>
        <translation>API-Schlüssel „%1“ angelegt. Kopieren Sie ihn jetzt: Er wird nicht noch einmal angezeigt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoke the API key “%1” (%2)? Every system using it loses access at once. This cannot be undone.</source>
        <translation>Den API-Schlüssel „%1“ (%2) widerrufen? Jedes System, das ihn verwendet, verliert sofort den Zugriff. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke API Key</source>
        <translation>API-Schlüssel widerrufen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key “%1” revoked.</source>
        <translation>API-Schlüssel „%1“ wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Revoke Key</source>
        <translation>Schlüssel &amp;widerrufen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>API key “%1” created; it is not shown in an unattended run.</source>
        <translation>API-Schlüssel „%1“ angelegt; in einem unbeaufsichtigten Lauf wird er nicht angezeigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The API key “%1” was created. Give it to the system that will use it; it starts with %2.</source>
        <translation>Der API-Schlüssel „%1“ wurde angelegt. Geben Sie ihn an das System weiter, das ihn verwenden wird; er beginnt mit %2.</translation>
    </message>
</context>
<context>
    <name>AuditLogDetailPane</name>
    <message>
        <location filename="../ui/admin/AuditLogDetailPane.cpp" line="+19"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Audit entry details</source>
        <translation>Details des Audit-Eintrags</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Selected entry</source>
        <translation>Ausgewählter Eintrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Changed fields: old and new values</source>
        <translation>Geänderte Felder: alte und neue Werte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old value</source>
        <translation>Alter Wert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New value</source>
        <translation>Neuer Wert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Select an entry to see what changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was sich geändert hat.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 #%2</source>
        <translation>%1 #%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2 at %3 (%4 UTC)</source>
        <translation>%1 durch %2 am %3 (%4 UTC)</translation>
    </message>
</context>
<context>
    <name>AuditLogExporter</name>
    <message>
        <location filename="../models/services/AuditLogExporter.cpp" line="+47"/>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Actor type</source>
        <translation>Akteurstyp</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Entity type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed fields</source>
        <translation>Geänderte Felder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Old values</source>
        <translation>Alte Werte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>New values</source>
        <translation>Neue Werte</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>The export was cancelled after %Ln entries.</source>
        <translation>
            <numerusform>Der Export wurde nach %Ln Eintrag abgebrochen.</numerusform>
            <numerusform>Der Export wurde nach %Ln Einträgen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>AuditLogListModel</name>
    <message>
        <location filename="../ui/admin/AuditLogListModel.cpp" line="+96"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity id</source>
        <translation>Objekt-ID</translation>
    </message>
</context>
<context>
    <name>AuditLogPage</name>
    <message>
        <location filename="../ui/admin/AuditLogPage.cpp" line="+92"/>
        <location line="+23"/>
        <source>Audit log</source>
        <translation>Audit-Protokoll</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export audit log</source>
        <translation>Audit-Protokoll exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Entity type</source>
        <translation>Objekttyp</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Entity:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Entity id</source>
        <translation>Objekt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+109"/>
        <location line="+1"/>
        <location line="+1"/>
        <location line="+158"/>
        <location line="+5"/>
        <location line="+14"/>
        <source>any</source>
        <translation>beliebig</translation>
    </message>
    <message>
        <location line="-312"/>
        <source>&amp;ID:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actio&amp;n:</source>
        <translation>A&amp;ktion:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Act&amp;or:</source>
        <translation>Akt&amp;eur:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>A local calendar day; “any”: no limit. Press Delete or Home for “any”.</source>
        <translation>Ein Kalendertag in Ortszeit; „beliebig“: keine Grenze. Drücken Sie Entf oder Pos1 für „beliebig“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>From date</source>
        <translation>Von-Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To date (inclusive)</source>
        <translation>Bis-Datum (einschließlich)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Apply</source>
        <translation>&amp;Anwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the entries matching the filter (Enter in the ID field)</source>
        <translation>Die Einträge anzeigen, die dem Filter entsprechen (Eingabetaste im ID-Feld)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;lear</source>
        <translation>&amp;Zurücksetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reset the filter and show every entry</source>
        <translation>Den Filter zurücksetzen und alle Einträge anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xport CSV…</source>
        <translation>CSV e&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m entries</source>
        <translation>%v von %m Einträgen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel export</source>
        <translation>Export abbre&amp;chen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Matching entries</source>
        <translation>Passende Einträge</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Audit log entries, newest first</source>
        <translation>Einträge des Audit-Protokolls, neueste zuerst</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Choose an entity type first</source>
        <translation>Wählen Sie zuerst einen Objekttyp</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>The “from” date is after the “to” date: no entry can match.</source>
        <translation>Das „Von“-Datum liegt nach dem „Bis“-Datum: Kein Eintrag kann passen.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>The filter&apos;s choices could not be read: %1</source>
        <translation>Die Auswahlwerte des Filters konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>any user</source>
        <translation>beliebiger Benutzer</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> (filtered)</source>
        <translation> (gefiltert)</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln matching entries</source>
        <translation>
            <numerusform>%Ln passender Eintrag</numerusform>
            <numerusform>%Ln passende Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln entries loaded; counting…</source>
        <translation>
            <numerusform>%Ln Eintrag geladen; wird gezählt …</numerusform>
            <numerusform>%Ln Einträge geladen; wird gezählt …</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Write the entries the list shows (the applied filter) to a CSV file</source>
        <translation>Die Einträge, die die Liste zeigt (mit dem angewendeten Filter), in eine CSV-Datei schreiben</translation>
    </message>
    <message numerus="yes">
        <location line="+94"/>
        <source>Exported %Ln entries to %1.</source>
        <translation>
            <numerusform>%Ln Eintrag nach %1 exportiert.</numerusform>
            <numerusform>%Ln Einträge nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The audit log could not be exported: %1</source>
        <translation>Das Audit-Protokoll konnte nicht exportiert werden: %1</translation>
    </message>
</context>
<context>
    <name>AuditLogQuery</name>
    <message>
        <location filename="../models/services/AuditLogQuery.cpp" line="+93"/>
        <source>unknown user</source>
        <translation>unbekannter Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>api key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+145"/>
        <location line="+8"/>
        <location line="+25"/>
        <location line="+47"/>
        <location line="+18"/>
        <location line="+23"/>
        <location line="+15"/>
        <source>The audit log cannot be read: %1</source>
        <translation>Das Audit-Protokoll kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-80"/>
        <source>The audit log entries cannot be counted: %1</source>
        <translation>Die Einträge des Audit-Protokolls können nicht gezählt werden: %1</translation>
    </message>
</context>
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
    <name>AuditTrail</name>
    <message>
        <location filename="../models/services/AuditTrail.cpp" line="+98"/>
        <source>Cannot read row %1 of %2: %3</source>
        <translation>Zeile %1 in %2 kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Row %1 of %2 no longer exists: someone else deleted it. Reload and try again.</source>
        <translation>Zeile %1 in %2 existiert nicht mehr: Jemand anderes hat sie gelöscht. Laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>The change was not saved because its audit entry could not be written: %1</source>
        <translation>Die Änderung wurde nicht gespeichert, weil ihr Audit-Eintrag nicht geschrieben werden konnte: %1</translation>
    </message>
</context>
<context>
    <name>AuthService</name>
    <message>
        <location filename="../models/services/AuthService.cpp" line="+96"/>
        <source>This account is locked after too many failed sign-ins. Try again after %1.</source>
        <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>The users could not be read: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An administrator already exists. Sign in with an existing account.</source>
        <translation>Es gibt bereits einen Administrator. Melden Sie sich mit einem bestehenden Konto an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The new administrator could not be read: %1</source>
        <translation>Der neue Administrator konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+7"/>
        <location line="+9"/>
        <location line="+12"/>
        <location line="+17"/>
        <location line="+64"/>
        <source>Signing in failed because of a database error: %1</source>
        <translation>Die Anmeldung ist wegen eines Datenbankfehlers fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-101"/>
        <location line="+89"/>
        <source>The email or password is incorrect.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist falsch.</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>This account is deactivated. Ask an administrator.</source>
        <translation>Dieses Konto ist deaktiviert. Wenden Sie sich an einen Administrator.</translation>
    </message>
    <message>
        <location line="+136"/>
        <source>The session could not be resumed because of a database error: %1</source>
        <translation>Die Sitzung konnte wegen eines Datenbankfehlers nicht fortgesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Your saved session has expired. Please sign in again.</source>
        <translation>Ihre gespeicherte Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+38"/>
        <location line="+16"/>
        <source>Your session has expired. Please sign in again.</source>
        <translation>Ihre Sitzung ist abgelaufen. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>This session is not known.</source>
        <translation>Diese Sitzung ist unbekannt.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Only an active administrator can issue a password reset.</source>
        <translation>Nur ein aktiver Administrator kann das Zurücksetzen eines Passworts veranlassen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+13"/>
        <location line="+9"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>The password reset could not be issued: %1</source>
        <translation>Das Zurücksetzen des Passworts konnte nicht veranlasst werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This reset token is not valid or has expired.</source>
        <translation>Dieses Reset-Token ist ungültig oder abgelaufen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+15"/>
        <location line="+7"/>
        <location line="+11"/>
        <location line="+6"/>
        <source>The password could not be reset: %1</source>
        <translation>Das Passwort konnte nicht zurückgesetzt werden: %1</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (kein Speicher frei).</translation>
    </message>
</context>
<context>
    <name>BatchInserter</name>
    <message>
        <location filename="../models/db/BatchInserter.cpp" line="+135"/>
        <source>Cannot prepare the insert into %1: %2</source>
        <translation>Das Einfügen in %1 kann nicht vorbereitet werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+27"/>
        <source>Cannot insert into %1: %2</source>
        <translation>Einfügen in %1 nicht möglich: %2</translation>
    </message>
    <message>
        <location line="+14"/>
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
    <name>ConflictDialog</name>
    <message>
        <location filename="../ui/customers/ConflictDialog.cpp" line="+30"/>
        <source>Someone Else Changed This Customer</source>
        <translation>Jemand anderes hat diesen Kunden geändert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>While you were editing, someone else saved changes to the fields below. For each one, choose whose value to keep. Your other changes are kept; the result is saved over their version.</source>
        <translation>Während Sie den Kunden bearbeitet haben, hat jemand anderes Änderungen an den folgenden Feldern gespeichert. Wählen Sie für jedes Feld, welcher Wert erhalten bleibt. Ihre übrigen Änderungen bleiben erhalten; das Ergebnis wird über die andere Fassung gespeichert.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>When you opened it</source>
        <translation>Beim Öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Theirs (saved now)</source>
        <translation>Fremde Änderung (jetzt gespeichert)</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+31"/>
        <source>Mine</source>
        <translation>Eigene</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>Keep</source>
        <translation>Behalten</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 when you opened it</source>
        <translation>%1 beim Öffnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, their value</source>
        <translation>%1, fremder Wert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, my value</source>
        <translation>%1, eigener Wert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>You did not change this field: keeping yours undoes their change.</source>
        <translation>Sie haben dieses Feld nicht geändert: Wenn Sie Ihren Wert behalten, wird die fremde Änderung rückgängig gemacht.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Theirs</source>
        <translation>Fremde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take their %1</source>
        <translation>Fremden Wert für %1 übernehmen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Keep my %1</source>
        <translation>Eigenen Wert für %1 behalten</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&amp;Save Merged</source>
        <translation>Zusammengeführt &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Take All &amp;Theirs</source>
        <translation>Alle &amp;fremden übernehmen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep All &amp;Mine</source>
        <translation>Alle &amp;eigenen behalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save nothing and go back to your edits.</source>
        <translation>Nichts speichern und zu Ihren Änderungen zurückkehren.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <location filename="../ui/auth/ConnectionProfile.cpp" line="+26"/>
        <source>Embedded database (this computer)</source>
        <translation>Eingebettete Datenbank (dieser Computer)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Command line: %1</source>
        <translation>Befehlszeile: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Give the connection a name.</source>
        <translation>Geben Sie der Verbindung einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name &quot;%1&quot; is reserved for the embedded database.</source>
        <translation>Der Name „%1“ ist für die eingebettete Datenbank reserviert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The name must not contain a slash (/).</source>
        <translation>Der Name darf keinen Schrägstrich (/) enthalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The name is longer than 100 characters.</source>
        <translation>Der Name ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Leave the password out of the URL: type it in the Password field, it is kept in the keychain.</source>
        <translation>Lassen Sie das Passwort in der URL weg: Geben Sie es im Feld „Passwort“ ein, es wird im Schlüsselbund aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfilesDialog</name>
    <message>
        <location filename="../ui/auth/ConnectionProfilesDialog.cpp" line="+23"/>
        <location line="+1"/>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved connections</source>
        <translation>Gespeicherte Verbindungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onnections:</source>
        <translation>&amp;Verbindungen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add connection</source>
        <translation>Verbindung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remove connection</source>
        <translation>Verbindung entfernen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Connection name</source>
        <translation>Verbindungsname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Server password</source>
        <translation>Server-Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Forget Password</source>
        <translation>Passwort ver&amp;gessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Forget the stored password</source>
        <translation>Das gespeicherte Passwort vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save connection</source>
        <translation>Verbindung speichern</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+98"/>
        <source>Leave empty to keep the stored password</source>
        <translation>Leer lassen, um das gespeicherte Passwort zu behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The embedded database is a file on this computer and needs no password.</source>
        <translation>Die eingebettete Datenbank ist eine Datei auf diesem Computer und braucht kein Passwort.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only a database server (postgresql://) uses a password.</source>
        <translation>Nur ein Datenbankserver (postgresql://) verwendet ein Passwort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A password cannot be stored. %1 It will be asked for when connecting.</source>
        <translation>Ein Passwort kann nicht gespeichert werden. %1 Es wird beim Verbinden abgefragt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <source>A password you enter is kept in the system keychain.</source>
        <translation>Ein eingegebenes Passwort wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A password for this connection is stored in the system keychain.</source>
        <translation>Für diese Verbindung ist ein Passwort im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No password is stored; one you enter is kept in the system keychain.</source>
        <translation>Es ist kein Passwort gespeichert; ein eingegebenes wird im Schlüsselbund des Systems aufbewahrt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain cannot be read. %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>A connection named &quot;%1&quot; already exists.</source>
        <translation>Eine Verbindung namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The password cannot be stored. %1</source>
        <translation>Das Passwort kann nicht gespeichert werden. %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The stored password could not be moved to the new name.</source>
        <translation>Das gespeicherte Passwort konnte nicht auf den neuen Namen übertragen werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The password was not stored. %1</source>
        <translation>Das Passwort wurde nicht gespeichert. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved.</source>
        <translation>Gespeichert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The connection is saved, but: %1</source>
        <translation>Die Verbindung ist gespeichert, aber: %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The password could not be removed. %1</source>
        <translation>Das Passwort konnte nicht entfernt werden. %1</translation>
    </message>
</context>
<context>
    <name>CsvExporter</name>
    <message>
        <location filename="../models/services/CsvExporter.cpp" line="+21"/>
        <source>There is no table %1 to export.</source>
        <translation>Es gibt keine Tabelle %1, die exportiert werden könnte.</translation>
    </message>
    <message>
        <location line="+141"/>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>The export was cancelled after %Ln rows.</source>
        <translation>
            <numerusform>Der Export wurde nach %Ln Zeile abgebrochen.</numerusform>
            <numerusform>Der Export wurde nach %Ln Zeilen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CsvImporter</name>
    <message>
        <location filename="../models/services/CsvImporter.cpp" line="+38"/>
        <location line="+89"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="-72"/>
        <location line="+89"/>
        <source>The file %1 is empty.</source>
        <translation>Die Datei %1 ist leer.</translation>
    </message>
    <message>
        <location line="-85"/>
        <location line="+89"/>
        <source>The header line cannot be read: %1</source>
        <translation>Die Kopfzeile kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>The batch size must be from 1 to 50000 records.</source>
        <translation>Die Stapelgröße muss zwischen 1 und 50000 Datensätzen liegen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The error file must not be the imported file.</source>
        <translation>Die Fehlerdatei darf nicht die importierte Datei sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write the error file into %1.</source>
        <translation>Die Fehlerdatei kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Line %1 was not imported: %2</source>
        <translation>Zeile %1 wurde nicht importiert: %2</translation>
    </message>
</context>
<context>
    <name>CsvParser</name>
    <message>
        <location filename="../models/io/CsvParser.cpp" line="+32"/>
        <source>The file cannot be read: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The file is in UTF-32. Save it as UTF-8 (or Latin-1) CSV and import it again.</source>
        <translation>Die Datei ist in UTF-32 kodiert. Speichern Sie sie als CSV in UTF-8 (oder Latin-1) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The file is in UTF-16. Save it as UTF-8 (or Latin-1) CSV and import it again.</source>
        <translation>Die Datei ist in UTF-16 kodiert. Speichern Sie sie als CSV in UTF-8 (oder Latin-1) und importieren Sie sie erneut.</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>A quoted field that starts on line %1 is never closed.</source>
        <translation>Ein Feld in Anführungszeichen, das in Zeile %1 beginnt, wird nie geschlossen.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Line %1: a quoted field is followed by &quot;%2&quot; instead of a delimiter.</source>
        <translation>Zeile %1: Auf ein Feld in Anführungszeichen folgt „%2“ statt eines Trennzeichens.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Line %1: a quoted field starts on this line and ends on line %2, where it is followed by &quot;%3&quot; instead of a delimiter. The quote is probably stray, so the lines after line %1 are read as records of their own.</source>
        <translation>Zeile %1: Ein Feld in Anführungszeichen beginnt in dieser Zeile und endet in Zeile %2, wo ihm „%3“ statt eines Trennzeichens folgt. Das Anführungszeichen ist vermutlich versehentlich gesetzt, daher werden die Zeilen nach Zeile %1 als eigene Datensätze gelesen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Line %1: a field is longer than %2 MiB.</source>
        <translation>Zeile %1: Ein Feld ist länger als %2 MiB.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Line %1 is not valid UTF-8 text. Save the file as UTF-8, or choose Latin-1 as its encoding.</source>
        <translation>Zeile %1 ist kein gültiger UTF-8-Text. Speichern Sie die Datei als UTF-8 oder wählen Sie Latin-1 als Kodierung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Line %1 holds the end of the quoted field that starts on line %2 (see there), so it is not read as a record of its own.</source>
        <translation>Zeile %1 enthält das Ende des Felds in Anführungszeichen, das in Zeile %2 beginnt (siehe dort), und wird daher nicht als eigener Datensatz gelesen.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Detect automatically</source>
        <translation>Automatisch erkennen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <location filename="../models/io/CsvWriter.cpp" line="+56"/>
        <source>The CSV file is not open for writing.</source>
        <translation>Die CSV-Datei ist nicht zum Schreiben geöffnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write the CSV file: %1</source>
        <translation>Die CSV-Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>CustomerCampaignsQuery</name>
    <message>
        <location filename="../models/services/CustomerCampaignsQuery.cpp" line="+25"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <location line="+28"/>
        <location line="+21"/>
        <source>The campaigns could not be read: %1</source>
        <translation>Die Kampagnen konnten nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>CustomerCampaignsTab</name>
    <message>
        <location filename="../ui/customers/CustomerCampaignsTab.cpp" line="+47"/>
        <location line="+10"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>#%1</source>
        <translation>#%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>This customer is in no campaign.</source>
        <translation>Dieser Kunde ist in keiner Kampagne.</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <location filename="../ui/customers/CustomerForm.ui" line="+15"/>
        <location line="+3"/>
        <location line="+6"/>
        <location line="+3"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer tabs</source>
        <translation>Kunden-Registerkarten</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+3"/>
        <source>Details</source>
        <translation>Stammdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Company &amp;name:</source>
        <translation>Firmen&amp;name:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Acme Ltd</source>
        <translation>Muster GmbH</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Company name problem</source>
        <translation>Fehler im Feld Firmenname</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Contact na&amp;me:</source>
        <translation>&amp;Ansprechpartner:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Contact name</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Email problem</source>
        <translation>Fehler im Feld E-Mail</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Phone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>+14155550123</source>
        <translation>+4930123456</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Phone problem</source>
        <translation>Fehler im Feld Telefon</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address line &amp;1:</source>
        <translation>Adresszeile &amp;1:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Address line &amp;2:</source>
        <translation>Adresszeile &amp;2:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cit&amp;y:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Re&amp;gion:</source>
        <translation>Re&amp;gion:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Postal co&amp;de:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Co&amp;untry:</source>
        <translation>&amp;Land:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>US</source>
        <translation>DE</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Country code problem</source>
        <translation>Fehler im Feld Ländercode</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Time zone problem</source>
        <translation>Fehler im Feld Zeitzone</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>P&amp;hone time zone:</source>
        <translation>Zeitzone des Tele&amp;fons:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Phone time zone</source>
        <translation>Zeitzone des Telefons</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Phone time zone problem</source>
        <translation>Fehler im Feld Zeitzone des Telefons</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Language:</source>
        <translation>Sprac&amp;he:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>en</source>
        <translation>de</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preferred language problem</source>
        <translation>Fehler im Feld Bevorzugte Sprache</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Rule pack:</source>
        <translation>&amp;Regelwerk:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Rule pack</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Rule pack problem</source>
        <translation>Fehler im Feld Regelwerk</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>N&amp;otes:</source>
        <translation>Not&amp;izen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+3"/>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+3"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Level:</source>
        <translation>Stufe:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Score:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk score</source>
        <translation>Risikowert</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Calculated:</source>
        <translation>Berechnet:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk calculated at</source>
        <translation>Risiko berechnet am</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Re&amp;calculate</source>
        <translation>Neu &amp;berechnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recalculate risk</source>
        <translation>Risiko neu berechnen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Recalculate the risk score with calculate_customer_risk_score and show what it is made of</source>
        <translation>Den Risikowert mit calculate_customer_risk_score neu berechnen und zeigen, woraus er sich zusammensetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Factors of the score:</source>
        <translation>&amp;Faktoren des Risikowerts:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Factor</source>
        <translation>Faktor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Points</source>
        <translation>Punkte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Contact preferences</source>
        <translation>Kontaktpräferenzen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Preferred &amp;channel:</source>
        <translation>Bevorzugter &amp;Kanal:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Preferred channel</source>
        <translation>Bevorzugter Kanal</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do not cont&amp;act this customer</source>
        <translation>Diesen Kunden &amp;nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>R&amp;eason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Do-not-contact reason</source>
        <translation>Grund für Kontaktsperre</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Why the customer must not be contacted</source>
        <translation>Warum der Kunde nicht kontaktiert werden darf</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Do-not-contact reason problem</source>
        <translation>Fehler im Feld Grund für Kontaktsperre</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+3"/>
        <source>Holds</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>CustomerFormDialog</name>
    <message>
        <location filename="../ui/customers/CustomerFormDialog.cpp" line="+33"/>
        <source>Consumer (United States)</source>
        <translation>Verbraucher (Vereinigte Staaten)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Consumer (United Kingdom, FCA)</source>
        <translation>Verbraucher (Vereinigtes Königreich, FCA)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business to business</source>
        <translation>Geschäftskunden (B2B)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unsaved Changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This customer has changes that are not saved. Save them before closing?</source>
        <translation>Dieser Kunde hat Änderungen, die nicht gespeichert sind. Vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Opt-outs</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>International (E.164) format: + country code and number, for example +14155550123. Spaces, dots, dashes and parentheses are removed when saved.</source>
        <translation>Internationales Format (E.164): + Ländervorwahl und Nummer, zum Beispiel +4930123456. Leerzeichen, Punkte, Bindestriche und Klammern werden beim Speichern entfernt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Two-letter ISO 3166 country code, for example US, GB or DE.</source>
        <translation>Zweibuchstabiger Ländercode nach ISO 3166, zum Beispiel US, GB oder DE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Language code, for example en, de or pt-BR.</source>
        <translation>Sprachcode, zum Beispiel en, de oder pt-BR.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The customer&apos;s IANA time zone: contact windows are counted in it.</source>
        <translation>Die IANA-Zeitzone des Kunden: Kontaktzeitfenster werden in ihr berechnet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The time zone of the phone number&apos;s area, when it differs (optional).</source>
        <translation>Die Zeitzone des Vorwahlgebiets der Telefonnummer, falls sie abweicht (optional).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No preference</source>
        <translation>Keine Präferenz</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 of 100</source>
        <translation>%1 von 100</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Your role may not change this customer.</source>
        <translation>Ihre Rolle darf diesen Kunden nicht ändern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Correct the fields marked in red first.</source>
        <translation>Korrigieren Sie zuerst die rot markierten Felder.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing to save.</source>
        <translation>Nichts zu speichern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the customer (%1)</source>
        <translation>Den Kunden speichern (%1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+4"/>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>New customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (customer #%2)</source>
        <translation>%1 (Kunde #%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer — %1</source>
        <translation>Kunde — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the new customer first.</source>
        <translation>Speichern Sie zuerst den neuen Kunden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recalculate the risk score with calculate_customer_risk_score and show what it is made of.</source>
        <translation>Den Risikowert mit calculate_customer_risk_score neu berechnen und zeigen, woraus er sich zusammensetzt.</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Not saved: correct %1 first.</source>
        <translation>Nicht gespeichert: Korrigieren Sie zuerst %1.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Nothing was saved; your changes are still here.</source>
        <translation>Es wurde nichts gespeichert; Ihre Änderungen sind noch vorhanden.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Customer created.</source>
        <translation>Kunde angelegt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Saved at %1.</source>
        <translation>Gespeichert um %1.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Risk recalculated: %1 of 100, %2.</source>
        <translation>Risiko neu berechnet: %1 von 100, %2.</translation>
    </message>
</context>
<context>
    <name>CustomerFormHoldDialog</name>
    <message>
        <location filename="../ui/customers/CustomerFormHoldDialog.cpp" line="+14"/>
        <source>Set %1 Hold</source>
        <translation>Sperre „%1“ setzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release %1 Hold</source>
        <translation>Sperre „%1“ aufheben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 %2

Setting the hold cancels the customer&apos;s pending tasks and pauses its active campaigns.</source>
        <translation>%1 %2

Das Setzen der Sperre bricht die offenen Aufgaben des Kunden ab und pausiert seine aktiven Kampagnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Releasing the %1 hold does not resume cancelled tasks or paused campaigns: restart them yourself when collection may continue.</source>
        <translation>Das Aufheben der Sperre „%1“ setzt abgebrochene Aufgaben und pausierte Kampagnen nicht fort: Starten Sie sie selbst neu, sobald das Inkasso weitergehen darf.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>What happened, and where it is documented</source>
        <translation>Was passiert ist und wo es dokumentiert ist</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the hold no longer applies</source>
        <translation>Warum die Sperre nicht mehr gilt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Set Hold</source>
        <translation>Sperre &amp;setzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Re&amp;lease Hold</source>
        <translation>Sperre auf&amp;heben</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Type a reason first.</source>
        <translation>Geben Sie zuerst einen Grund ein.</translation>
    </message>
</context>
<context>
    <name>CustomerFormHoldsTab</name>
    <message>
        <location filename="../ui/customers/CustomerFormHoldsTab.cpp" line="+32"/>
        <source>Holds</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Hold</source>
        <translation>Sperre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Since</source>
        <translation>Seit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Set by</source>
        <translation>Gesetzt von</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 hold status</source>
        <translation>Status der Sperre „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hold since</source>
        <translation>Sperre „%1“ seit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hold reason</source>
        <translation>Grund der Sperre „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 hold set by</source>
        <translation>Sperre „%1“ gesetzt von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set…</source>
        <translation>Setzen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set %1 hold</source>
        <translation>Sperre „%1“ setzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release…</source>
        <translation>Aufheben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release %1 hold</source>
        <translation>Sperre „%1“ aufheben</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>On hold</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No hold</source>
        <translation>Keine Sperre</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>user #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>system</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+7"/>
        <source>Save the new customer first.</source>
        <translation>Speichern Sie zuerst den neuen Kunden.</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>The %1 hold is already set.</source>
        <translation>Die Sperre „%1“ ist bereits gesetzt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set a %1 hold: cancels pending tasks and pauses active campaigns.</source>
        <translation>Sperre „%1“ setzen: bricht offene Aufgaben ab und pausiert aktive Kampagnen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no %1 hold to release.</source>
        <translation>Es gibt keine Sperre „%1“, die aufgehoben werden könnte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release the %1 hold.</source>
        <translation>Die Sperre „%1“ aufheben.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 hold set.</source>
        <translation>Sperre „%1“ gesetzt.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n pending task(s) cancelled</source>
        <translation>
            <numerusform>%n offene Aufgabe abgebrochen</numerusform>
            <numerusform>%n offene Aufgaben abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n active campaign(s) paused.</source>
        <translation>
            <numerusform>%n aktive Kampagne pausiert.</numerusform>
            <numerusform>%n aktive Kampagnen pausiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 hold released.</source>
        <translation>Sperre „%1“ aufgehoben.</translation>
    </message>
</context>
<context>
    <name>CustomerHold</name>
    <message>
        <location filename="../models/services/CustomerHold.cpp" line="+55"/>
        <source>Dispute</source>
        <translation>Bestreitung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cease and desist</source>
        <translation>Kontaktverbot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attorney-represented</source>
        <translation>Anwaltlich vertreten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bankruptcy</source>
        <translation>Insolvenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deceased</source>
        <translation>Verstorben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Hardship</source>
        <translation>Härtefall</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The customer disputes the debt: collection pauses until the dispute is resolved.</source>
        <translation>Der Kunde bestreitet die Forderung: Das Inkasso ruht, bis die Bestreitung geklärt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer asked in writing that we stop contacting them.</source>
        <translation>Der Kunde hat schriftlich verlangt, nicht mehr kontaktiert zu werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is represented by an attorney: contact goes through the attorney only.</source>
        <translation>Der Kunde wird anwaltlich vertreten: Kontakt nur noch über den Anwalt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer filed for bankruptcy: collection activity must stop.</source>
        <translation>Der Kunde hat Insolvenz angemeldet: Inkassomaßnahmen müssen eingestellt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer has died: only the estate may be contacted, under the rules that apply.</source>
        <translation>Der Kunde ist verstorben: Nur der Nachlass darf kontaktiert werden, nach den geltenden Regeln.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The customer is in financial hardship: collection pauses while it is assessed.</source>
        <translation>Der Kunde befindet sich in einer finanziellen Notlage: Das Inkasso ruht, während dies geprüft wird.</translation>
    </message>
</context>
<context>
    <name>CustomerHoldService</name>
    <message>
        <location filename="../models/services/CustomerHoldService.cpp" line="+64"/>
        <source>Releasing a hold needs the manager role. %1</source>
        <translation>Das Aufheben einer Sperre erfordert die Rolle Manager. %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The holds could not be read: %1</source>
        <translation>Die Sperren konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+41"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="-11"/>
        <location line="+7"/>
        <location line="+11"/>
        <source>The hold could not be changed: %1</source>
        <translation>Die Sperre konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>This customer has no hold to release.</source>
        <translation>Für diesen Kunden gibt es keine Sperre, die aufgehoben werden könnte.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer&apos;s profile could not be created: %1</source>
        <translation>Das Profil des Kunden konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Give the reason for the %1 hold.</source>
        <translation>Geben Sie den Grund für die Sperre „%1“ an.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The hold could not be set: %1</source>
        <translation>Die Sperre konnte nicht gesetzt werden: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>This customer is already on a %1 hold (since %2 UTC).</source>
        <translation>Für diesen Kunden besteht bereits eine Sperre „%1“ (seit %2 UTC).</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>Give the reason for releasing the %1 hold.</source>
        <translation>Geben Sie den Grund für das Aufheben der Sperre „%1“ an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The hold could not be released: %1</source>
        <translation>Die Sperre konnte nicht aufgehoben werden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>This customer is not on a %1 hold.</source>
        <translation>Für diesen Kunden besteht keine Sperre „%1“.</translation>
    </message>
</context>
<context>
    <name>CustomerInvoicesTab</name>
    <message>
        <location filename="../ui/customers/CustomerInvoicesTab.cpp" line="+72"/>
        <location line="+11"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days Overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Aging</source>
        <translation>Altersklasse</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Add Invoice…</source>
        <translation>Rechnung &amp;hinzufügen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add invoice</source>
        <translation>Rechnung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Edit the selected invoice</source>
        <translation>Die ausgewählte Rechnung bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record a payment on the selected invoice</source>
        <translation>Eine Zahlung zur ausgewählten Rechnung erfassen</translation>
    </message>
    <message numerus="yes">
        <location line="+99"/>
        <source>%1: %n invoice(s), amount %2, paid %3, balance %4, overdue %5</source>
        <translation>
            <numerusform>%1: %n Rechnung, Betrag %2, bezahlt %3, offen %4, überfällig %5</numerusform>
            <numerusform>%1: %n Rechnungen, Betrag %2, bezahlt %3, offen %4, überfällig %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No invoices.</source>
        <translation>Keine Rechnungen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals — %1</source>
        <translation>Summen — %1</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>Invoice added.</source>
        <translation>Rechnung hinzugefügt.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Invoice saved.</source>
        <translation>Rechnung gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Invoice %1 is already paid in full.</source>
        <translation>Rechnung %1 ist bereits vollständig bezahlt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Payment recorded.</source>
        <translation>Zahlung erfasst.</translation>
    </message>
</context>
<context>
    <name>CustomerListExport</name>
    <message>
        <location filename="../models/services/CustomerListExport.cpp" line="+79"/>
        <source>The customer list cannot be sorted by &quot;%1&quot;; it sorts by %2.</source>
        <translation>Die Kundenliste kann nicht nach „%1“ sortiert werden; sie sortiert nach %2.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding balance</source>
        <translation>Offener Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue balance</source>
        <translation>Überfälliger Betrag</translation>
    </message>
    <message>
        <location line="+83"/>
        <location line="+13"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>The export was cancelled after %Ln rows.</source>
        <translation>
            <numerusform>Der Export wurde nach %Ln Zeile abgebrochen.</numerusform>
            <numerusform>Der Export wurde nach %Ln Zeilen abgebrochen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+10"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>CustomerListExportDialog</name>
    <message>
        <location filename="../ui/customers/CustomerListExportDialog.cpp" line="+12"/>
        <location line="+1"/>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every customer matching the search and filters is written to a CSV file, in the list&apos;s order (%1).</source>
        <translation>Alle Kunden, die der Suche und den Filtern entsprechen, werden in der Reihenfolge der Liste (%1) in eine CSV-Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Include risk, holds and balances</source>
        <translation>&amp;Risiko, Sperren und Beträge einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include risk, holds and balances</source>
        <translation>Risiko, Sperren und Beträge einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Adds the risk level, do-not-contact, holds, outstanding and overdue columns; importing the file again ignores them</source>
        <translation>Fügt die Spalten Risikostufe, Nicht kontaktieren, Sperren, offener und überfälliger Betrag an; ein erneuter Import der Datei übergeht sie</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Choose File…</source>
        <translation>&amp;Datei wählen …</translation>
    </message>
</context>
<context>
    <name>CustomerListFetcher</name>
    <message>
        <location filename="../models/tables/CustomerListFetcher.cpp" line="+226"/>
        <source>The count returned no row.</source>
        <translation>Die Zählung lieferte keine Zeile.</translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <location filename="../models/tables/CustomerListModel.cpp" line="+618"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outstanding</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Sperren</translation>
    </message>
</context>
<context>
    <name>CustomerListPage</name>
    <message>
        <location filename="../ui/customers/CustomerListPage.cpp" line="+75"/>
        <source>Customer list</source>
        <translation>Kundenliste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export customers</source>
        <translation>Kunden exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search customers</source>
        <translation>Kunden suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company, contact, e-mail or phone</source>
        <translation>Firma, Ansprechpartner, E-Mail oder Telefon</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Search:</source>
        <translation>&amp;Suche:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number of customers</source>
        <translation>Anzahl der Kunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hint</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Column headers</source>
        <translation>Spaltenköpfe</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>&amp;Risk:</source>
        <translation>&amp;Risiko:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Do not contact:</source>
        <translation>Nicht &amp;kontaktieren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Holds:</source>
        <translation>S&amp;perren:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>O&amp;verdue:</source>
        <translation>Über&amp;fällig:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Time zone:</source>
        <translation>&amp;Zeitzone:</translation>
    </message>
    <message>
        <location line="+111"/>
        <source>&amp;New Customer</source>
        <translation>&amp;Neuer Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel export</source>
        <translation>Export ab&amp;brechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the export; no file is written</source>
        <translation>Den Export abbrechen; es wird keine Datei geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%v of %m customers</source>
        <translation>%v von %m Kunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open the form for a new customer (Ctrl+N)</source>
        <translation>Das Formular für einen neuen Kunden öffnen (Strg+N)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import customers from a CSV file</source>
        <translation>Kunden aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>An export is running</source>
        <translation>Ein Export läuft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write every customer matching the search and filters (not only the rows shown) to a CSV file</source>
        <translation>Alle Kunden, die der Suche und den Filtern entsprechen (nicht nur die angezeigten Zeilen), in eine CSV-Datei schreiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+4"/>
        <location line="+7"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="-15"/>
        <location line="+2"/>
        <source>Do not contact</source>
        <translation>Nicht kontaktieren</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>May contact</source>
        <translation>Kontakt erlaubt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>On hold</source>
        <translation>Gesperrt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No hold</source>
        <translation>Keine Sperre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Holds</source>
        <translation>Sperren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+2"/>
        <source>Overdue balance</source>
        <translation>Überfälliger Betrag</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Nothing overdue</source>
        <translation>Nichts überfällig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>C&amp;lear filters</source>
        <translation>Alle Filter &amp;entfernen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>by ID</source>
        <translation>nach ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, ascending</source>
        <translation>%1, aufsteigend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, descending</source>
        <translation>%1, absteigend</translation>
    </message>
    <message numerus="yes">
        <location line="+270"/>
        <source>Exported %Ln customers to %1.</source>
        <translation>
            <numerusform>%Ln Kunde nach %1 exportiert.</numerusform>
            <numerusform>%Ln Kunden nach %1 exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customers could not be exported: %1</source>
        <translation>Die Kunden konnten nicht exportiert werden: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>1 customer</source>
        <translation>1 Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 customers</source>
        <translation>%1 Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Loading…</source>
        <translation>Wird geladen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>counting…</source>
        <translation>wird gezählt …</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>No customers match &apos;%1&apos;.</source>
        <translation>Keine Kunden entsprechen „%1“.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the search</source>
        <translation>Suche löschen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No customers match these filters.</source>
        <translation>Keine Kunden entsprechen diesen Filtern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clear the filters</source>
        <translation>Filter entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>There are no customers yet.</source>
        <translation>Es gibt noch keine Kunden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The list cannot be sorted by %1: a million customers can only be sorted by a column the database keeps an index for (%2).</source>
        <translation>Die Liste kann nicht nach %1 sortiert werden: Eine Million Kunden lassen sich nur nach einer Spalte sortieren, für die die Datenbank einen Index führt (%2).</translation>
    </message>
</context>
<context>
    <name>CustomerListQuery</name>
    <message>
        <location filename="../models/services/CustomerListQuery.cpp" line="+103"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>CustomerOptOutsTab</name>
    <message>
        <location filename="../ui/customers/CustomerOptOutsTab.cpp" line="+57"/>
        <location line="+41"/>
        <source>Opt-outs</source>
        <translation>Widersprüche</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>%1: not confirmed (unattended run).</source>
        <translation>%1: nicht bestätigt (unbeaufsichtigter Lauf).</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>May we contact this customer?</source>
        <translation>Darf dieser Kunde kontaktiert werden?</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded By</source>
        <translation>Erfasst von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recorded At</source>
        <translation>Erfasst am</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Record Opt-out…</source>
        <translation>&amp;Widerspruch erfassen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record opt-out</source>
        <translation>Widerspruch erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;voke…</source>
        <translation>Auf&amp;heben …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revoke the selected opt-out</source>
        <translation>Den ausgewählten Widerspruch aufheben</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>May contact by %1: —</source>
        <translation>Kontakt per %1: —</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>May contact by %1: Yes</source>
        <translation>Kontakt per %1: Ja</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>May contact by %1: No (%2)</source>
        <translation>Kontakt per %1: Nein (%2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Note: active holds (%1) may also restrict contact; see the Holds tab.</source>
        <translation>Hinweis: Aktive Sperren (%1) können den Kontakt ebenfalls einschränken; siehe Registerkarte „Sperren“.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revoked %1</source>
        <translation>Aufgehoben am %1</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Record that the customer opted out of a channel</source>
        <translation>Erfassen, dass der Kunde der Kontaktaufnahme über einen Kanal widersprochen hat</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opt-out from %1 recorded.</source>
        <translation>Widerspruch für %1 erfasst.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revoke Opt-out</source>
        <translation>Widerspruch aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke the opt-out from %1? The customer may then be contacted on that channel again.</source>
        <translation>Den Widerspruch für %1 aufheben? Der Kunde darf dann wieder über diesen Kanal kontaktiert werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Opt-out from %1 revoked.</source>
        <translation>Widerspruch für %1 aufgehoben.</translation>
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
    <name>CustomerRecord</name>
    <message>
        <location filename="../models/services/CustomerRecord.cpp" line="+120"/>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(empty)</source>
        <translation>(leer)</translation>
    </message>
</context>
<context>
    <name>CustomerRecordRisk</name>
    <message>
        <location filename="../models/services/CustomerRecordRisk.cpp" line="+37"/>
        <source>The risk inputs could not be read: %1</source>
        <translation>Die Eingangsdaten für das Risiko konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%n overdue invoice(s) (10 points each, at most 40)</source>
        <translation>
            <numerusform>%n überfällige Rechnung (je 10 Punkte, höchstens 40)</numerusform>
            <numerusform>%n überfällige Rechnungen (je 10 Punkte, höchstens 40)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Oldest overdue invoice %n day(s) past due (1 point per 3 days, at most 30)</source>
        <translation>
            <numerusform>Älteste überfällige Rechnung: %n Tag überfällig (1 Punkt je 3 Tage, höchstens 30)</numerusform>
            <numerusform>Älteste überfällige Rechnung: %n Tage überfällig (1 Punkt je 3 Tage, höchstens 30)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An invoice is disputed (10 points)</source>
        <translation>Eine Rechnung ist bestritten (10 Punkte)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No invoice is disputed</source>
        <translation>Keine Rechnung ist bestritten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail to the customer&apos;s address hard-bounced (10 points)</source>
        <translation>E-Mail an die Adresse des Kunden war dauerhaft unzustellbar (Hard Bounce, 10 Punkte)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No hard bounce for the customer&apos;s e-mail address</source>
        <translation>Kein Hard Bounce für die E-Mail-Adresse des Kunden</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n failed contact attempt(s) in the last 30 days (5 points each, at most 10)</source>
        <translation>
            <numerusform>%n fehlgeschlagener Kontaktversuch in den letzten 30 Tagen (je 5 Punkte, höchstens 10)</numerusform>
            <numerusform>%n fehlgeschlagene Kontaktversuche in den letzten 30 Tagen (je 5 Punkte, höchstens 10)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
</context>
<context>
    <name>CustomerRecordService</name>
    <message>
        <location filename="../models/services/CustomerRecordService.cpp" line="+129"/>
        <source>%1 is not a valid customer id.</source>
        <translation>%1 ist keine gültige Kunden-ID.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+20"/>
        <source>The customer could not be read: %1</source>
        <translation>Der Kunde konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>There is no customer with id %1: someone may have deleted it.</source>
        <translation>Es gibt keinen Kunden mit der ID %1: Möglicherweise hat ihn jemand gelöscht.</translation>
    </message>
    <message>
        <location line="+47"/>
        <location line="+58"/>
        <location line="+32"/>
        <source>The customer could not be saved: %1</source>
        <translation>Der Kunde konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-63"/>
        <source>The customer&apos;s profile could not be created: %1</source>
        <translation>Das Profil des Kunden konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Only a stored customer can be saved; a new one is created instead.</source>
        <translation>Nur ein bereits gespeicherter Kunde kann gespeichert werden; ein neuer wird stattdessen angelegt.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The customer was not saved: %1 needs attention.</source>
        <translation>Der Kunde wurde nicht gespeichert. Bitte prüfen Sie: %1.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not saved: someone else changed this customer since you opened it (%1).</source>
        <translation>Nicht gespeichert: Jemand anderes hat diesen Kunden geändert, seit Sie ihn geöffnet haben (%1).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This customer is already stored; save it instead.</source>
        <translation>Dieser Kunde ist bereits gespeichert; speichern Sie ihn stattdessen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The customer was not created: %1 needs attention.</source>
        <translation>Der Kunde wurde nicht angelegt. Bitte prüfen Sie: %1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+14"/>
        <location line="+16"/>
        <source>The customer could not be created: %1</source>
        <translation>Der Kunde konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The risk could not be recalculated: %1</source>
        <translation>Das Risiko konnte nicht neu berechnet werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <location line="+10"/>
        <location line="+17"/>
        <source>The risk could not be stored: %1</source>
        <translation>Das Risiko konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The customer&apos;s invoices or contacts changed while the risk was calculated; try again.</source>
        <translation>Die Rechnungen oder Kontakte des Kunden haben sich während der Risikoberechnung geändert; versuchen Sie es erneut.</translation>
    </message>
</context>
<context>
    <name>CustomerRecordValidator</name>
    <message>
        <location filename="../models/services/CustomerRecordValidator.cpp" line="+35"/>
        <source>Enter the phone number in international (E.164) format: + then the country code and the number, for example %1.</source>
        <translation>Geben Sie die Telefonnummer im internationalen Format (E.164) ein: + gefolgt von Ländervorwahl und Nummer, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>After the + a phone number has digits only (for example %1).</source>
        <translation>Nach dem + enthält eine Telefonnummer nur Ziffern (zum Beispiel %1).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A country code never starts with 0: write the number with its country code instead of the leading 0, for example %1.</source>
        <translation>Eine Ländervorwahl beginnt nie mit 0: Schreiben Sie die Nummer mit Ländervorwahl statt der führenden 0, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>This number has %1 digits; an international (E.164) number has at most 15.</source>
        <translation>Diese Nummer hat %1 Ziffern; eine internationale Nummer (E.164) hat höchstens 15.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This number is too short: give the country code and the whole number, for example %1.</source>
        <translation>Diese Nummer ist zu kurz: Geben Sie die Ländervorwahl und die vollständige Nummer an, zum Beispiel %1.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Choose the customer&apos;s time zone (for example Europe/Berlin).</source>
        <translation>Wählen Sie die Zeitzone des Kunden (zum Beispiel Europe/Berlin).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a known IANA time zone: choose one from the list, for example America/New_York or Europe/Berlin.</source>
        <translation>„%1“ ist keine bekannte IANA-Zeitzone: Wählen Sie eine aus der Liste, zum Beispiel America/New_York oder Europe/Berlin.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Enter the two-letter ISO 3166 country code, for example US, GB or DE.</source>
        <translation>Geben Sie den zweibuchstabigen Ländercode nach ISO 3166 ein, zum Beispiel US, GB oder DE.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not an ISO 3166 country code (for example US, GB or DE).</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166 (zum Beispiel US, GB oder DE).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the company (or the customer&apos;s) name.</source>
        <translation>Geben Sie den Namen der Firma (oder des Kunden) ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is not a valid e-mail address: write it as name@example.com.</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse: Schreiben Sie sie in der Form name@example.com.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Enter a language code such as en, de or pt-BR.</source>
        <translation>Geben Sie einen Sprachcode wie en, de oder pt-BR ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Choose a rule pack: %1.</source>
        <translation>Wählen Sie ein Regelwerk: %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a channel: %1, or none.</source>
        <translation>Wählen Sie einen Kanal: %1 oder keinen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Give the reason the customer must not be contacted.</source>
        <translation>Geben Sie den Grund an, warum der Kunde nicht kontaktiert werden darf.</translation>
    </message>
</context>
<context>
    <name>CustomerTimelineQuery</name>
    <message>
        <location filename="../models/services/CustomerTimelineQuery.cpp" line="+96"/>
        <source>Audit entry</source>
        <translation>Audit-Eintrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email bounce</source>
        <translation>E-Mail-Bounce</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email click</source>
        <translation>E-Mail-Klick</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email open</source>
        <translation>E-Mail-Öffnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contact attempt</source>
        <translation>Kontaktversuch</translation>
    </message>
    <message>
        <location line="+220"/>
        <location line="+16"/>
        <source>The timeline could not be read: %1</source>
        <translation>Der Verlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>inbound</source>
        <translation>eingehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>outbound</source>
        <translation>ausgehend</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2: %3</source>
        <translation>%1, %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1:%2 min)</source>
        <translation> (%1:%2 Min.)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Email “%1” to %2 (%3)</source>
        <translation>E-Mail „%1“ an %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Opened email “%1”</source>
        <translation>E-Mail „%1“ geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clicked a link in email “%1”</source>
        <translation>Link in E-Mail „%1“ geklickt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Clicked %1 in email “%2”</source>
        <translation>%1 in E-Mail „%2“ geklickt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hard bounce</source>
        <translation>Hard Bounce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Soft bounce</source>
        <translation>Soft Bounce</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaint</source>
        <translation>Beschwerde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from %2 for email “%3”</source>
        <translation>%1 von %2 für E-Mail „%3“</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Task %1 (priority %2): %3</source>
        <translation>Aufgabe %1 (Priorität %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>, due %1</source>
        <translation>, fällig %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invoice %1 issued: %2 %3, due %4 (%5)</source>
        <translation>Rechnung %1 ausgestellt: %2 %3, fällig %4 (%5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment on invoice %1: %2 of %3 %4 paid (%5)</source>
        <translation>Zahlung auf Rechnung %1: %2 von %3 %4 bezahlt (%5)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>created</source>
        <translation>angelegt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revoked</source>
        <translation>widerrufen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment recorded</source>
        <translation>Zahlung erfasst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 #%2: %3</source>
        <translation>%1 #%2: %3</translation>
    </message>
</context>
<context>
    <name>CustomerTimelineTab</name>
    <message>
        <location filename="../ui/customers/CustomerTimelineTab.cpp" line="+98"/>
        <location line="+31"/>
        <source>Timeline</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Show</source>
        <translation>Anzeigen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact attempts</source>
        <translation>Kontaktversuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Emails, opens, clicks and bounces</source>
        <translation>E-Mails, Öffnungen, Klicks und Bounces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices and payments</source>
        <translation>Rechnungen und Zahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit entries</source>
        <translation>Audit-Einträge</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+88"/>
        <source>&amp;Load More</source>
        <translation>&amp;Mehr laden</translation>
    </message>
    <message>
        <location line="-86"/>
        <source>Load older entries</source>
        <translation>Ältere Einträge laden</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>Nothing has happened with this customer yet.</source>
        <translation>Mit diesem Kunden ist noch nichts geschehen.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>No older entries</source>
        <translation>Keine älteren Einträge</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <location filename="../models/db/Database.cpp" line="+58"/>
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
        <location filename="../models/services/DatabaseFunctions.cpp" line="+90"/>
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
        <location filename="../models/db/DatabaseUrl.cpp" line="+24"/>
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
        <location filename="../models/services/DemoReferenceData.cpp" line="+86"/>
        <source>The demo user %1 already exists.</source>
        <translation>Der Demo-Benutzer %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The demo passwords could not be hashed.</source>
        <translation>Die Demo-Passwörter konnten nicht gehasht werden.</translation>
    </message>
    <message>
        <location filename="../models/services/DemoSeeder.cpp" line="+126"/>
        <source>The number of demo customers must be at least 1.</source>
        <translation>Die Anzahl der Demo-Kunden muss mindestens 1 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the customers table (is the database migrated?): %1</source>
        <translation>Die Kundentabelle kann nicht gelesen werden (ist die Datenbank migriert?): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The database already holds %1 customers. Demo data is only added to an empty database.</source>
        <translation>Die Datenbank enthält bereits %1 Kunden. Demodaten werden nur in eine leere Datenbank eingefügt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the tables (is the database migrated?): %1</source>
        <translation>Die Tabellen können nicht gelesen werden (ist die Datenbank migriert?): %1</translation>
    </message>
    <message>
        <location line="+17"/>
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
        <location line="+50"/>
        <source>Cannot update the id sequence of %1: %2</source>
        <translation>Die ID-Sequenz von %1 kann nicht aktualisiert werden: %2</translation>
    </message>
</context>
<context>
    <name>DemoWords</name>
    <message>
        <location filename="../models/services/DemoWords.cpp" line="+17"/>
        <source>The demo word list %1 is missing from this build.</source>
        <translation>Die Demo-Wortliste %1 fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Malformed line in the demo list %1: %2</source>
        <translation>Fehlerhafte Zeile in der Demo-Liste %1: %2</translation>
    </message>
    <message>
        <location line="+53"/>
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
    <name>FirstAdminDialog</name>
    <message>
        <location filename="../ui/auth/FirstAdminDialog.cpp" line="+19"/>
        <source>Create the First Administrator</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create the first administrator</source>
        <translation>Ersten Administrator anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This database has no users yet. Create the first administrator: this account can then add everyone else.</source>
        <translation>Diese Datenbank hat noch keine Benutzer. Legen Sie den ersten Administrator an: Mit diesem Konto können dann alle weiteren Benutzer hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm password</source>
        <translation>Passwort bestätigen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirm:</source>
        <translation>Be&amp;stätigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create Administrator</source>
        <translation>Administrator &amp;anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create administrator</source>
        <translation>Administrator anlegen</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>The administrator could not be created.</source>
        <translation>Der Administrator konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>ImportBatchWriter</name>
    <message>
        <location filename="../models/services/ImportBatchWriter.cpp" line="+298"/>
        <source>Cannot look up %1 in %2: %3</source>
        <translation>%1 kann in %2 nicht nachgeschlagen werden: %3</translation>
    </message>
    <message>
        <location line="+73"/>
        <source>Line %1: %2 &quot;%3&quot; is already in the database (id %4); skipped.</source>
        <translation>Zeile %1: %2 „%3“ ist bereits in der Datenbank (ID %4); übersprungen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line %1, column %2: &quot;%3&quot; matches %4 rows in the database (ids %5), so it is unclear which one to update.</source>
        <translation>Zeile %1, Spalte %2: „%3“ passt zu %4 Zeilen in der Datenbank (IDs %5), daher ist unklar, welche aktualisiert werden soll.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Line %1, column %2: no customer has the email %3.</source>
        <translation>Zeile %1, Spalte %2: Kein Kunde hat die E-Mail-Adresse %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Line %1, column %2: %3 customers have the email %4; name the customer by %5 instead.</source>
        <translation>Zeile %1, Spalte %2: %3 Kunden haben die E-Mail-Adresse %4; geben Sie den Kunden stattdessen über %5 an.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Line %1, column %2: there is no customer with the id %3.</source>
        <translation>Zeile %1, Spalte %2: Es gibt keinen Kunden mit der ID %3.</translation>
    </message>
    <message>
        <location line="+194"/>
        <source>Line %1: the database refused the record: %2</source>
        <translation>Zeile %1: Die Datenbank hat den Datensatz abgelehnt: %2</translation>
    </message>
    <message>
        <location line="+97"/>
        <source>The batch from line %1 to %2 could not be stored: %3</source>
        <translation>Der Stapel von Zeile %1 bis %2 konnte nicht gespeichert werden: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Line %1 was not stored: %2</source>
        <translation>Zeile %1 wurde nicht gespeichert: %2</translation>
    </message>
</context>
<context>
    <name>ImportCheckPage</name>
    <message>
        <location filename="../ui/import/ImportCheckPage.cpp" line="+29"/>
        <source>Check the records</source>
        <translation>Datensätze prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every record is read and checked against the database as the import would; nothing is written. Go back to change the mapping, or import.</source>
        <translation>Jeder Datensatz wird gelesen und so gegen die Datenbank geprüft, wie es der Import täte; es wird nichts geschrieben. Gehen Sie zurück, um die Zuordnung zu ändern, oder importieren Sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Check progress</source>
        <translation>Prüffortschritt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Check status</source>
        <translation>Prüfstatus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Cancel check</source>
        <translation>Prüfung ab&amp;brechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop the check; the counts then cover the records read so far</source>
        <translation>Die Prüfung abbrechen; die Zahlen umfassen dann die bisher gelesenen Datensätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check &amp;again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Error file</source>
        <translation>Fehlerdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The records that fail are written to this CSV file with the reason, to be fixed and imported again. It is replaced when it exists.</source>
        <translation>Fehlerhafte Datensätze werden mit dem Grund in diese CSV-Datei geschrieben, um sie zu korrigieren und erneut zu importieren. Eine vorhandene Datei wird ersetzt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Error file:</source>
        <translation>&amp;Fehlerdatei:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cancelling after the current batch…</source>
        <translation>Abbruch nach dem aktuellen Stapel …</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another import is still running.</source>
        <translation>Ein anderer Import läuft noch.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>Checking… %1 of %2 read, %n record(s) checked</source>
        <translation>
            <numerusform>Prüfung läuft … %1 von %2 gelesen, %n Datensatz geprüft</numerusform>
            <numerusform>Prüfung läuft … %1 von %2 gelesen, %n Datensätze geprüft</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%n record(s) checked in %1 s.</source>
        <translation>
            <numerusform>%n Datensatz in %1 s geprüft.</numerusform>
            <numerusform>%n Datensätze in %1 s geprüft.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check stopped: %1</source>
        <translation>Die Prüfung wurde vorzeitig beendet: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The records from line %1 on were not checked.</source>
        <translation>Die Datensätze ab Zeile %1 wurden nicht geprüft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The check was cancelled; the counts cover the records before line %1. You can check again or import anyway.</source>
        <translation>Die Prüfung wurde abgebrochen; die Zahlen umfassen die Datensätze vor Zeile %1. Sie können erneut prüfen oder trotzdem importieren.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n record(s) would fail and go to the error file with the reason; the others would be imported. Go back to change the mapping, or import.</source>
        <translation>
            <numerusform>%n Datensatz würde fehlschlagen und mit dem Grund in die Fehlerdatei geschrieben; die übrigen würden importiert. Gehen Sie zurück, um die Zuordnung zu ändern, oder importieren Sie.</numerusform>
            <numerusform>%n Datensätze würden fehlschlagen und mit dem Grund in die Fehlerdatei geschrieben; die übrigen würden importiert. Gehen Sie zurück, um die Zuordnung zu ändern, oder importieren Sie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>All %n record(s) can be imported.</source>
        <translation>
            <numerusform>%n Datensatz kann importiert werden.</numerusform>
            <numerusform>Alle %n Datensätze können importiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Name a file for the records that fail.</source>
        <translation>Geben Sie eine Datei für die fehlerhaften Datensätze an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The error file must not be the file being imported.</source>
        <translation>Die Fehlerdatei darf nicht die zu importierende Datei sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is a folder; name a file in it.</source>
        <translation>%1 ist ein Ordner; geben Sie eine Datei darin an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The folder %1 does not exist.</source>
        <translation>Der Ordner %1 existiert nicht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The folder %1 cannot be written to.</source>
        <translation>In den Ordner %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be replaced.</source>
        <translation>%1 kann nicht ersetzt werden.</translation>
    </message>
</context>
<context>
    <name>ImportErrorFile</name>
    <message>
        <location filename="../models/services/ImportErrorFile.cpp" line="+26"/>
        <location line="+55"/>
        <location line="+12"/>
        <source>Cannot write the error file %1: %2</source>
        <translation>Die Fehlerdatei %1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>ImportField</name>
    <message>
        <location filename="../models/services/ImportTarget.cpp" line="+35"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Contact name</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line 1</source>
        <translation>Adresszeile 1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Address line 2</source>
        <translation>Adresszeile 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Postal code</source>
        <translation>Postleitzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Country (ISO code)</source>
        <translation>Land (ISO-Code)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Phone time zone</source>
        <translation>Zeitzone des Telefons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Preferred language</source>
        <translation>Bevorzugte Sprache</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+40"/>
        <source>Rule pack</source>
        <translation>Regelwerk</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Customer email</source>
        <translation>E-Mail des Kunden</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer ID</source>
        <translation>Kunden-ID</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount paid</source>
        <translation>Bezahlter Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid at</source>
        <translation>Bezahlt am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ImportFilePage</name>
    <message>
        <location filename="../ui/import/ImportFilePage.cpp" line="+24"/>
        <source>Choose the file</source>
        <translation>Datei wählen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A CSV file whose first line names the columns. Check below that the file is read as you expect: the characters, the columns and the first records.</source>
        <translation>Eine CSV-Datei, deren erste Zeile die Spalten benennt. Prüfen Sie unten, ob die Datei wie erwartet gelesen wird: die Zeichen, die Spalten und die ersten Datensätze.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File to import</source>
        <translation>Zu importierende Datei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Path of a .csv file</source>
        <translation>Pfad einer .csv-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>B&amp;rowse…</source>
        <translation>D&amp;urchsuchen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the file in a dialog</source>
        <translation>Die Datei in einem Dialog auswählen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Encoding</source>
        <translation>Kodierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+11"/>
        <source>Detect</source>
        <translation>Erkennen</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latin-1 (ISO 8859-1)</source>
        <translation>Latin-1 (ISO 8859-1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Detect: UTF-8 when the file has a byte order mark or reads as UTF-8, otherwise Latin-1</source>
        <translation>Erkennen: UTF-8, wenn die Datei eine Byte-Order-Mark hat oder sich als UTF-8 lesen lässt, sonst Latin-1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Delimiter</source>
        <translation>Trennzeichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>What was detected</source>
        <translation>Was erkannt wurde</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The first records of the file</source>
        <translation>Die ersten Datensätze der Datei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Preview:</source>
        <translation>&amp;Vorschau:</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipe ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Choose the CSV file to import into %1.</source>
        <translation>Wählen Sie die CSV-Datei, die in %1 importiert werden soll.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading the file…</source>
        <translation>Die Datei wird gelesen …</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+3"/>
        <source>%1 (chosen)</source>
        <translation>%1 (gewählt)</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>%1 (detected)</source>
        <translation>%1 (erkannt)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>, with byte order mark</source>
        <translation>, mit Byte-Order-Mark</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>, no byte order mark</source>
        <translation>, ohne Byte-Order-Mark</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Encoding: %1 · Delimiter: %2 · Size: %3 · %n column(s)</source>
        <translation>
            <numerusform>Kodierung: %1 · Trennzeichen: %2 · Größe: %3 · %n Spalte</numerusform>
            <numerusform>Kodierung: %1 · Trennzeichen: %2 · Größe: %3 · %n Spalten</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The file has no records after its header line: there is nothing to import.</source>
        <translation>Die Datei enthält nach der Kopfzeile keine Datensätze: Es gibt nichts zu importieren.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Line %1 has %2 fields but the header has %3.</source>
        <translation>Zeile %1 hat %2 Felder, die Kopfzeile aber %3.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1, problem: %2</source>
        <translation>%1, Problem: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+9"/>
        <source>The first %n record(s) of the file; more follow.</source>
        <translation>
            <numerusform>Der erste Datensatz der Datei; weitere folgen.</numerusform>
            <numerusform>Die ersten %n Datensätze der Datei; weitere folgen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>All %n record(s) of the file.</source>
        <translation>
            <numerusform>Der einzige Datensatz der Datei.</numerusform>
            <numerusform>Alle %n Datensätze der Datei.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n record(s) cannot be read (marked); they will fail and go to the error file.</source>
        <translation>
            <numerusform>%n Datensatz kann nicht gelesen werden (markiert); er wird fehlschlagen und in die Fehlerdatei geschrieben.</numerusform>
            <numerusform>%n Datensätze können nicht gelesen werden (markiert); sie werden fehlschlagen und in die Fehlerdatei geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n record(s) have a different number of fields than the header (marked); they will fail.</source>
        <translation>
            <numerusform>%n Datensatz hat eine andere Anzahl von Feldern als die Kopfzeile (markiert); er wird fehlschlagen.</numerusform>
            <numerusform>%n Datensätze haben eine andere Anzahl von Feldern als die Kopfzeile (markiert); sie werden fehlschlagen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportMappingPage</name>
    <message>
        <location filename="../ui/import/ImportMappingPage.cpp" line="+22"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Match the columns</source>
        <translation>Spalten zuordnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose for each column of the file the field it fills, or “(ignore)”. The suggestion comes from the column names.</source>
        <translation>Wählen Sie für jede Spalte der Datei das Feld, das sie füllt, oder „(ignorieren)“. Der Vorschlag ergibt sich aus den Spaltennamen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>File columns and their fields</source>
        <translation>Spalten der Datei und ihre Felder</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Preview of the mapped values</source>
        <translation>Vorschau der zugeordneten Werte</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Preview of the &amp;mapped values:</source>
        <translation>V&amp;orschau der zugeordneten Werte:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Records whose %1 is already stored</source>
        <translation>Datensätze, deren Feld „%1“ bereits gespeichert ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Skip them and keep the stored customer as it is</source>
        <translation>Über&amp;springen und den gespeicherten Kunden unverändert lassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Skip them and keep the stored payment record as it is</source>
        <translation>Über&amp;springen und die gespeicherte Forderung unverändert lassen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Update the stored customer with the record&apos;s non-empty values</source>
        <translation>Den gespeicherten Kunden mit den nicht leeren Werten des Datensatzes &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Update the stored payment record with the record&apos;s non-empty values</source>
        <translation>Die gespeicherte Forderung mit den nicht leeren Werten des Datensatzes &amp;aktualisieren</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>File column</source>
        <translation>Dateispalte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imports into</source>
        <translation>Importiert in</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>First record</source>
        <translation>Erster Datensatz</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Field for column %1</source>
        <translation>Feld für Spalte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (required)</source>
        <translation>%1 (erforderlich)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>First value of column %1</source>
        <translation>Erster Wert von Spalte %1</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Within the file, the first record with a given %1 is imported; later ones are skipped.</source>
        <translation>Innerhalb der Datei wird der erste Datensatz mit einem bestimmten Wert im Feld „%1“ importiert; spätere werden übersprungen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No column is mapped to %1, so no record is recognised as a duplicate.</source>
        <translation>Keine Spalte ist %1 zugeordnet, daher wird kein Datensatz als Duplikat erkannt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>ImportReader</name>
    <message>
        <location filename="../models/services/ImportReader.cpp" line="+44"/>
        <source>Line %1: %2 &quot;%3&quot; is a duplicate of line %4; skipped.</source>
        <translation>Zeile %1: %2 „%3“ ist ein Duplikat von Zeile %4; übersprungen.</translation>
    </message>
</context>
<context>
    <name>ImportRunPage</name>
    <message>
        <location filename="../ui/import/ImportRunPage.cpp" line="+30"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The records are stored in batches, each in one transaction. Cancel stops after the current batch; the batches stored so far stay.</source>
        <translation>Die Datensätze werden in Stapeln gespeichert, jeder in einer eigenen Transaktion. „Abbrechen“ stoppt nach dem aktuellen Stapel; die bis dahin gespeicherten Stapel bleiben erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Import progress (bytes read)</source>
        <translation>Importfortschritt (gelesene Bytes)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Cancel import</source>
        <translation>Import ab&amp;brechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop after the current batch; what was stored so far stays</source>
        <translation>Nach dem aktuellen Stapel anhalten; was bis dahin gespeichert wurde, bleibt erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Import status</source>
        <translation>Importstatus</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Records per second</source>
        <translation>Datensätze pro Sekunde</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Error file:</source>
        <translation>Fehlerdatei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Error file</source>
        <translation>Fehlerdatei</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Co&amp;py path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Copy the error file&apos;s path to the clipboard</source>
        <translation>Den Pfad der Fehlerdatei in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelling after the current batch…</source>
        <translation>Abbruch nach dem aktuellen Stapel …</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Importing %1 into %2…</source>
        <translation>%1 wird in %2 importiert …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Another import is still running; nothing was imported.</source>
        <translation>Ein anderer Import läuft noch; es wurde nichts importiert.</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+23"/>
        <source>%1 records/s</source>
        <translation>%1 Datensätze/s</translation>
    </message>
    <message numerus="yes">
        <location line="-18"/>
        <source>Importing… %1 of %2 read, %n record(s) so far</source>
        <translation>
            <numerusform>Import läuft … %1 von %2 gelesen, bisher %n Datensatz</numerusform>
            <numerusform>Import läuft … %1 von %2 gelesen, bisher %n Datensätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Of the %n record(s) read, %1 were created, %2 updated, %3 skipped as duplicates and %4 failed.</source>
        <translation>
            <numerusform>Gelesen: %n Datensatz; davon %1 angelegt, %2 aktualisiert, %3 als Duplikat übersprungen, %4 fehlgeschlagen.</numerusform>
            <numerusform>Gelesen: %n Datensätze; davon %1 angelegt, %2 aktualisiert, %3 als Duplikate übersprungen, %4 fehlgeschlagen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The records from line %1 on were not processed; import them again (with the duplicates skipped) to finish.</source>
        <translation>Die Datensätze ab Zeile %1 wurden nicht verarbeitet; importieren Sie sie erneut (mit übersprungenen Duplikaten), um den Import abzuschließen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished in %1 s.</source>
        <translation>Abgeschlossen in %1 s.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The import stopped: %1</source>
        <translation>Der Import wurde vorzeitig beendet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n record(s) were stored before.</source>
        <translation>
            <numerusform>Davor wurde %n Datensatz gespeichert.</numerusform>
            <numerusform>Davor wurden %n Datensätze gespeichert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The import was cancelled. %n record(s) were stored (created or updated) in %1 transaction(s).</source>
        <translation>
            <numerusform>Der Import wurde abgebrochen. %n Datensatz wurde in %1 Transaktion(en) gespeichert (angelegt oder aktualisiert).</numerusform>
            <numerusform>Der Import wurde abgebrochen. %n Datensätze wurden in %1 Transaktion(en) gespeichert (angelegt oder aktualisiert).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The import finished. %1 The failed records are in the error file with the reason; fix them there and import that file again.</source>
        <translation>Der Import ist abgeschlossen. %1 Die fehlerhaften Datensätze stehen mit dem Grund in der Fehlerdatei; korrigieren Sie sie dort und importieren Sie diese Datei erneut.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The import finished: every record was imported. %1</source>
        <translation>Der Import ist abgeschlossen: Alle Datensätze wurden importiert. %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1 (%n record(s))</source>
        <translation>
            <numerusform>%1 (%n Datensatz)</numerusform>
            <numerusform>%1 (%n Datensätze)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The error file&apos;s path was copied to the clipboard.</source>
        <translation>Der Pfad der Fehlerdatei wurde in die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>ImportSummaryView</name>
    <message>
        <location filename="../ui/import/ImportSummaryView.cpp" line="+13"/>
        <source>Result of the check</source>
        <translation>Ergebnis der Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result of the import</source>
        <translation>Ergebnis des Imports</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Records read:</source>
        <translation>Gelesene Datensätze:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would be created:</source>
        <translation>Würden angelegt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created:</source>
        <translation>Angelegt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would be updated:</source>
        <translation>Würden aktualisiert:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated:</source>
        <translation>Aktualisiert:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Would be skipped (duplicates):</source>
        <translation>Würden übersprungen (Duplikate):</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Skipped (duplicates):</source>
        <translation>Übersprungen (Duplikate):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Would fail:</source>
        <translation>Würden fehlschlagen:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed:</source>
        <translation>Fehlgeschlagen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not processed:</source>
        <translation>Nicht verarbeitet:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Problems, with line number and reason</source>
        <translation>Probleme mit Zeilennummer und Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>the records from line %1 on</source>
        <translation>die Datensätze ab Zeile %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Would fail</source>
        <translation>Würde fehlschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duplicate, skipped</source>
        <translation>Duplikat, übersprungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No problems.</source>
        <translation>Keine Probleme.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Only the first %n problem(s) are listed; the error file has every failed record.</source>
        <translation>
            <numerusform>Nur das erste Problem ist aufgeführt; die Fehlerdatei enthält alle fehlerhaften Datensätze.</numerusform>
            <numerusform>Nur die ersten %n Probleme sind aufgeführt; die Fehlerdatei enthält alle fehlerhaften Datensätze.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportTarget</name>
    <message>
        <location filename="../models/services/ImportTarget.cpp" line="+109"/>
        <source>The mapping has %1 entries but the file has %2 columns.</source>
        <translation>Die Zuordnung hat %1 Einträge, die Datei aber %2 Spalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Column %1 is mapped to &quot;%2&quot;, which %3 do not have.</source>
        <translation>Spalte %1 ist „%2“ zugeordnet, ein Feld, das es in %3 nicht gibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is mapped from two columns: %2 and %3.</source>
        <translation>%1 ist zwei Spalten zugeordnet: %2 und %3.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>No column is mapped to %1, which is required.</source>
        <translation>%1 ist erforderlich, aber keiner Spalte zugeordnet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Map a column to %1 or to %2 so each payment record names its customer.</source>
        <translation>Ordnen Sie eine Spalte %1 oder %2 zu, damit jede Forderung ihren Kunden nennt.</translation>
    </message>
</context>
<context>
    <name>ImportValidator</name>
    <message>
        <location filename="../models/services/ImportValidator.cpp" line="+158"/>
        <source>a value is required</source>
        <translation>ein Wert ist erforderlich</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the value is %1 characters long; at most %2 are allowed</source>
        <translation>der Wert ist %1 Zeichen lang; höchstens %2 sind erlaubt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an ISO 3166 country code (two letters, such as DE or US)</source>
        <translation>„%1“ ist kein Ländercode nach ISO 3166 (zwei Buchstaben, wie DE oder US)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a language code (such as en, de or pt-BR)</source>
        <translation>„%1“ ist kein Sprachcode (wie en, de oder pt-BR)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin)</source>
        <translation>„%1“ ist keine bekannte Zeitzone (verwenden Sie einen IANA-Namen wie Europe/Berlin)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not one of: %2</source>
        <translation>„%1“ ist keiner der Werte: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is negative; amounts must be 0 or more</source>
        <translation>%1 ist negativ; Beträge müssen 0 oder größer sein</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not an id (a whole number above 0)</source>
        <translation>„%1“ ist keine ID (eine ganze Zahl größer als 0)</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>Line %1 has %n field(s) but the header has %2; a delimiter or a quote is probably missing.</source>
        <translation>
            <numerusform>Zeile %1 hat %n Feld, die Kopfzeile aber %2; vermutlich fehlt ein Trennzeichen oder ein Anführungszeichen.</numerusform>
            <numerusform>Zeile %1 hat %n Felder, die Kopfzeile aber %2; vermutlich fehlt ein Trennzeichen oder ein Anführungszeichen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>no customer: fill in %1 or %2</source>
        <translation>kein Kunde: Füllen Sie %1 oder %2 aus</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Line %1, %2</source>
        <translation>Zeile %1, %2</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <location filename="../ui/import/ImportWizard.cpp" line="+29"/>
        <source>Import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import payment records</source>
        <translation>Forderungen importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>CSV files (*.csv *.txt *.tsv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>InvoiceDialog</name>
    <message>
        <location filename="../ui/customers/InvoiceDialog.cpp" line="+30"/>
        <source>Add Invoice</source>
        <translation>Rechnung hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add invoice</source>
        <translation>Rechnung hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Edit Invoice %1</source>
        <translation>Rechnung %1 bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit invoice</source>
        <translation>Rechnung bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The currency cannot change after payments were recorded.</source>
        <translation>Die Währung kann nicht mehr geändert werden, nachdem Zahlungen erfasst wurden.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invoice number</source>
        <translation>Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>e.g. 1250.00</source>
        <translation>z. B. 1250.00</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Issued on:</source>
        <translation>&amp;Ausgestellt am:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Issue date</source>
        <translation>Ausstellungsdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Invoice &amp;number:</source>
        <translation>Rechnungs&amp;nummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount:</source>
        <translation>&amp;Betrag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Due date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Status:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Enter a three-letter currency code, e.g. USD.</source>
        <translation>Geben Sie einen dreibuchstabigen Währungscode ein, z. B. EUR.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount.</source>
        <translation>Geben Sie den Betrag ein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter the amount as a whole number (%1 has no decimals), without grouping.</source>
        <translation>Geben Sie den Betrag als ganze Zahl ein (%1 hat keine Nachkommastellen), ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Enter the amount as a number with at most %1 decimals, e.g. 1250.%2, without grouping.</source>
        <translation>Geben Sie den Betrag als Zahl mit höchstens %1 Nachkommastellen ein, z. B. 1250.%2, ohne Tausendertrennzeichen.</translation>
    </message>
</context>
<context>
    <name>InvoiceService</name>
    <message>
        <location filename="../models/services/InvoiceService.cpp" line="+69"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Bestritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Written off</source>
        <translation>Abgeschrieben</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>1-30 days</source>
        <translation>1-30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>31-60 days</source>
        <translation>31-60 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>61-90 days</source>
        <translation>61-90 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Over 90 days</source>
        <translation>Über 90 Tage</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Enter an invoice number.</source>
        <translation>Geben Sie eine Rechnungsnummer ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invoice number is too long (at most %1 characters).</source>
        <translation>Die Rechnungsnummer ist zu lang (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the amount and a three-letter currency code (e.g. USD).</source>
        <translation>Geben Sie den Betrag und einen dreibuchstabigen Währungscode ein (z. B. EUR).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount must be greater than zero.</source>
        <translation>Der Betrag muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the due date.</source>
        <translation>Geben Sie das Fälligkeitsdatum ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The issue date cannot be after the due date.</source>
        <translation>Das Ausstellungsdatum darf nicht nach dem Fälligkeitsdatum liegen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown status “%1”.</source>
        <translation>Unbekannter Status „%1“.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The currency cannot change after payments were recorded (%1 paid).</source>
        <translation>Die Währung kann nicht mehr geändert werden, nachdem Zahlungen erfasst wurden (%1 bezahlt).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The amount cannot be less than what was already paid (%1).</source>
        <translation>Der Betrag darf nicht kleiner sein als der bereits bezahlte Betrag (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The status can be “Paid” only when nothing is left to pay; record a payment instead.</source>
        <translation>Der Status kann nur „Bezahlt“ sein, wenn nichts mehr zu zahlen ist; erfassen Sie stattdessen eine Zahlung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The status can be “Partially paid” only when part of the amount was paid.</source>
        <translation>Der Status kann nur „Teilweise bezahlt“ sein, wenn ein Teil des Betrags bezahlt wurde.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The invoice is fully paid: its status must be “Paid”.</source>
        <translation>Die Rechnung ist vollständig bezahlt: Ihr Status muss „Bezahlt“ sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location line="+23"/>
        <source>The invoices could not be read: %1</source>
        <translation>Die Rechnungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+112"/>
        <location line="+72"/>
        <source>There is no invoice with id %1.</source>
        <translation>Es gibt keine Rechnung mit der ID %1.</translation>
    </message>
    <message>
        <location line="-167"/>
        <source>Invoice number “%1” is already used by invoice #%2 of customer “%3” (#%4). Invoice numbers must be unique.</source>
        <translation>Die Rechnungsnummer „%1“ wird bereits von Rechnung #%2 des Kunden „%3“ (#%4) verwendet. Rechnungsnummern müssen eindeutig sein.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The invoice could not be added: %1</source>
        <translation>Die Rechnung konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The invoice could not be saved: %1</source>
        <translation>Die Rechnung konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Someone else changed this invoice since you opened it. Reload and try again.</source>
        <translation>Jemand anderes hat diese Rechnung geändert, seit Sie sie geöffnet haben. Laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Enter the amount paid.</source>
        <translation>Geben Sie den bezahlten Betrag ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment must be greater than zero.</source>
        <translation>Die Zahlung muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter when the payment was made.</source>
        <translation>Geben Sie an, wann die Zahlung erfolgt ist.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The payment date cannot be in the future.</source>
        <translation>Das Zahlungsdatum darf nicht in der Zukunft liegen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payment could not be recorded: %1</source>
        <translation>Die Zahlung konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The payment is in %1 but invoice %2 is in %3.</source>
        <translation>Die Zahlung ist in %1, Rechnung %2 aber in %3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 is already paid in full.</source>
        <translation>Rechnung %1 ist bereits vollständig bezahlt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A payment of %1 would overpay invoice %2: only %3 is left to pay.</source>
        <translation>Eine Zahlung von %1 würde Rechnung %2 überzahlen: Es sind nur noch %3 offen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Someone else recorded a payment on this invoice at the same time. Reload and try again.</source>
        <translation>Jemand anderes hat gleichzeitig eine Zahlung zu dieser Rechnung erfasst. Laden Sie neu und versuchen Sie es noch einmal.</translation>
    </message>
</context>
<context>
    <name>KeychainStore</name>
    <message numerus="yes">
        <location filename="../ui/auth/KeychainStore.cpp" line="+27"/>
        <source>No keychain service answered within %n second(s).</source>
        <translation>
            <numerusform>Kein Schlüsselbunddienst hat innerhalb von %n Sekunde geantwortet.</numerusform>
            <numerusform>Kein Schlüsselbunddienst hat innerhalb von %n Sekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>No keychain service answered within %n millisecond(s).</source>
        <translation>
            <numerusform>Kein Schlüsselbunddienst hat innerhalb von %n Millisekunde geantwortet.</numerusform>
            <numerusform>Kein Schlüsselbunddienst hat innerhalb von %n Millisekunden geantwortet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+49"/>
        <source>The keychain reported an unknown error.</source>
        <translation>Der Schlüsselbund hat einen unbekannten Fehler gemeldet.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain holds no such entry.</source>
        <translation>Der Schlüsselbund enthält keinen solchen Eintrag.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+17"/>
        <source>The keychain is locked.</source>
        <translation>Der Schlüsselbund ist gesperrt.</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Access to the keychain was refused.</source>
        <translation>Der Zugriff auf den Schlüsselbund wurde verweigert.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No keychain service is available (%1).</source>
        <translation>Es ist kein Schlüsselbunddienst verfügbar (%1).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The keychain cannot be used (%1).</source>
        <translation>Der Schlüsselbund kann nicht verwendet werden (%1).</translation>
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
    <name>LoginDialog</name>
    <message>
        <location filename="../ui/auth/LoginDialog.ui" line="+6"/>
        <location line="+15"/>
        <location line="+3"/>
        <source>Sign in to CollectDesk</source>
        <translation>Bei CollectDesk anmelden</translation>
    </message>
    <message>
        <location line="-15"/>
        <location filename="../ui/auth/LoginDialog.cpp" line="+60"/>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet &amp;bleiben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remember me on this computer</source>
        <translation>Auf diesem Computer angemeldet bleiben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Connection:</source>
        <translation>&amp;Verbindung:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Ed&amp;it…</source>
        <translation>Bearbe&amp;iten …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add, change or remove database server connections</source>
        <translation>Verbindungen zu Datenbankservern hinzufügen, ändern oder entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Edit connections</source>
        <translation>Verbindungen bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Demo accounts</source>
        <translation>Demo-Konten</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reset password with a &amp;token…</source>
        <translation>Passwort mit einem &amp;Token zurücksetzen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Set a new password with the reset token an administrator gave you</source>
        <translation>Ein neues Passwort mit dem Reset-Token festlegen, das Sie von einem Administrator erhalten haben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reset password with a token</source>
        <translation>Passwort mit einem Token zurücksetzen</translation>
    </message>
    <message>
        <location filename="../ui/auth/LoginDialog.cpp" line="-26"/>
        <source>The keychain has not been checked yet.</source>
        <translation>Der Schlüsselbund wurde noch nicht geprüft.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Sign In</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+21"/>
        <source>Keeps you signed in on this computer for up to %n day(s). The session key is kept in the system keychain.</source>
        <translation>
            <numerusform>Hält Sie auf diesem Computer bis zu %n Tag angemeldet. Der Sitzungsschlüssel wird im Schlüsselbund des Systems aufbewahrt.</numerusform>
            <numerusform>Hält Sie auf diesem Computer bis zu %n Tage angemeldet. Der Sitzungsschlüssel wird im Schlüsselbund des Systems aufbewahrt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remember me is not available. %1</source>
        <translation>„Angemeldet bleiben“ ist nicht verfügbar. %1</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>This account is locked after too many failed sign-ins. Try again later.</source>
        <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>This account is locked after too many failed sign-ins. Try again after %1.</source>
        <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Versuchen Sie es nach %1 erneut.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The email address or the password is not correct.</source>
        <translation>Die E-Mail-Adresse oder das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>This account has been deactivated. Ask an administrator to reactivate it.</source>
        <translation>Dieses Konto wurde deaktiviert. Bitten Sie einen Administrator, es wieder zu aktivieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in failed because of a database error.</source>
        <translation>Die Anmeldung ist wegen eines Datenbankfehlers fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Your password has been changed. Sign in with the new password.</source>
        <translation>Ihr Passwort wurde geändert. Melden Sie sich mit dem neuen Passwort an.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>This is a demo database.</source>
        <translation>Dies ist eine Demo-Datenbank.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Sign in with one of its accounts (choose one to fill in the fields):</source>
        <translation>Melden Sie sich mit einem ihrer Konten an (wählen Sie eines aus, um die Felder auszufüllen):</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/shell/MainWindow.cpp" line="+35"/>
        <source>CollectDesk</source>
        <translation>CollectDesk</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CollectDesk — %1</source>
        <translation>CollectDesk — %1</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <source>&amp;Customers…</source>
        <translation>&amp;Kunden …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import customers from a CSV file</source>
        <translation>Kunden aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Payment Records…</source>
        <translation>&amp;Forderungen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import invoices and payment records from a CSV file</source>
        <translation>Rechnungen und Zahlungen (Forderungen) aus einer CSV-Datei importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>End your session and return to the sign-in dialog</source>
        <translation>Ihre Sitzung beenden und zum Anmeldedialog zurückkehren</translation>
    </message>
    <message>
        <location line="+3"/>
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
        <location line="+2"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+9"/>
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
        <location line="+6"/>
        <source>local session</source>
        <translation>lokale Sitzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Signed in as %1 (%2)</source>
        <translation>Angemeldet als %1 (%2)</translation>
    </message>
    <message>
        <location line="+78"/>
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
        <location filename="../models/db/Migrator.cpp" line="+54"/>
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
        <location line="+33"/>
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
        <location line="+16"/>
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
        <location filename="../ui/shell/NavigationTree.cpp" line="+16"/>
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
    <name>NewApiKeyDialog</name>
    <message>
        <location filename="../ui/admin/NewApiKeyDialog.cpp" line="+22"/>
        <source>New API Key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New API key</source>
        <translation>Neuer API-Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An API key lets a system of the agents&apos; platform call CollectDesk. Give it only the scopes it needs. The key is shown once, right after it is created.</source>
        <translation>Mit einem API-Schlüssel kann ein System der Agentenplattform CollectDesk aufrufen. Geben Sie ihm nur die Berechtigungsbereiche, die es braucht. Der Schlüssel wird nur einmal angezeigt, direkt nach dem Anlegen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>e.g. Voice agent (production)</source>
        <translation>z. B. Sprachagent (Produktion)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>Scopes</source>
        <translation>Berechtigungsbereiche</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Rate limit, requests per minute</source>
        <translation>Ratenlimit, Anfragen pro Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> per minute</source>
        <translation> pro Minute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E&amp;xpires on:</source>
        <translation>&amp;Läuft ab am:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key expires</source>
        <translation>Der Schlüssel läuft ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiry date and time</source>
        <translation>Ablaufdatum und -uhrzeit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Rate limit:</source>
        <translation>&amp;Ratenlimit:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create Key</source>
        <translation>Schlüssel &amp;anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create key</source>
        <translation>Schlüssel anlegen</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>The API key could not be created.</source>
        <translation>Der API-Schlüssel konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>NewPasswordCheck</name>
    <message>
        <location filename="../ui/auth/NewPasswordCheck.cpp" line="+8"/>
        <source>Use at least 12 characters; a few unrelated words make a good password.</source>
        <translation>Verwenden Sie mindestens 12 Zeichen; einige Wörter ohne Zusammenhang ergeben ein gutes Passwort.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Type the password again to confirm it.</source>
        <translation>Geben Sie das Passwort zur Bestätigung erneut ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The two passwords do not match.</source>
        <translation>Die beiden Passwörter stimmen nicht überein.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The passwords match.</source>
        <translation>Die Passwörter stimmen überein.</translation>
    </message>
</context>
<context>
    <name>NewUserDialog</name>
    <message>
        <location filename="../ui/admin/NewUserDialog.cpp" line="+24"/>
        <source>New User</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New user</source>
        <translation>Neuer Benutzer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issue a one-time password &amp;reset token (the user chooses a password)</source>
        <translation>Einmaliges Reset-&amp;Token ausstellen (der Benutzer wählt sein Passwort selbst)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue a one-time password reset token</source>
        <translation>Einmaliges Reset-Token für das Passwort ausstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Set an initial password now</source>
        <translation>&amp;Anfangspasswort jetzt festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set an initial password now</source>
        <translation>Anfangspasswort jetzt festlegen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Initial password</source>
        <translation>Anfangspasswort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confirm initial password</source>
        <translation>Anfangspasswort bestätigen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Full name:</source>
        <translation>&amp;Vollständiger Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>R&amp;ole:</source>
        <translation>R&amp;olle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;onfirm:</source>
        <translation>Be&amp;stätigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Create User</source>
        <translation>Benutzer an&amp;legen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create user</source>
        <translation>Benutzer anlegen</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>A reset token valid for %n minute(s) will be shown once after the user is created; give it to them through a channel you trust.</source>
        <translation>
            <numerusform>Ein Reset-Token, das %n Minute gültig ist, wird nach dem Anlegen des Benutzers einmal angezeigt; geben Sie es über einen vertrauenswürdigen Kanal weiter.</numerusform>
            <numerusform>Ein Reset-Token, das %n Minuten gültig ist, wird nach dem Anlegen des Benutzers einmal angezeigt; geben Sie es über einen vertrauenswürdigen Kanal weiter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+22"/>
        <source>The user could not be created.</source>
        <translation>Der Benutzer konnte nicht angelegt werden.</translation>
    </message>
</context>
<context>
    <name>OptOutDialog</name>
    <message>
        <location filename="../ui/customers/OptOutDialog.cpp" line="+17"/>
        <source>Record Opt-out</source>
        <translation>Widerspruch erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record opt-out</source>
        <translation>Widerspruch erfassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, e.g. “asked on the phone on 3 May”</source>
        <translation>Optional, z. B. „am 3. Mai telefonisch mitgeteilt“</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Channel:</source>
        <translation>&amp;Kanal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
</context>
<context>
    <name>OptOutService</name>
    <message>
        <location filename="../models/services/OptOutService.cpp" line="+87"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+15"/>
        <source>SMS</source>
        <translation>SMS</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All channels</source>
        <translation>Alle Kanäle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>voice</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>letter</source>
        <translation>Brief</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>all channels</source>
        <translation>alle Kanäle</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Customer request</source>
        <translation>Kundenwunsch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SMS keyword</source>
        <translation>SMS-Stichwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Email unsubscribe</source>
        <translation>E-Mail-Abmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Staff</source>
        <translation>Mitarbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal</source>
        <translation>Rechtsabteilung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import</source>
        <translation>Import</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>User #%1</source>
        <translation>Benutzer #%1</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+18"/>
        <source>The opt-outs could not be read: %1</source>
        <translation>Die Widersprüche konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+110"/>
        <source>There is no opt-out with id %1.</source>
        <translation>Es gibt keinen Widerspruch mit der ID %1.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>Unknown channel “%1”: use one of %2.</source>
        <translation>Unbekannter Kanal „%1“: Verwenden Sie einen von %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown opt-out source “%1”: use one of %2.</source>
        <translation>Unbekannte Widerspruchsquelle „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The opt-out could not be recorded: %1</source>
        <translation>Der Widerspruch konnte nicht erfasst werden: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The customer has already opted out of %1 (since %2). Revoke that opt-out first to record a new one.</source>
        <translation>Für den Kunden ist bereits ein Widerspruch für %1 erfasst (seit %2). Heben Sie diesen Widerspruch zuerst auf, um einen neuen zu erfassen.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>There is no customer with id %1.</source>
        <translation>Es gibt keinen Kunden mit der ID %1.</translation>
    </message>
    <message>
        <location line="+44"/>
        <source>The opt-out could not be revoked: %1</source>
        <translation>Der Widerspruch konnte nicht aufgehoben werden: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+8"/>
        <source>This opt-out was already revoked.</source>
        <translation>Dieser Widerspruch wurde bereits aufgehoben.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The contact status could not be read: %1</source>
        <translation>Der Kontaktstatus konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>opted out of all channels (%1)</source>
        <translation>Widerspruch für alle Kanäle (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>opted out (%1)</source>
        <translation>Widerspruch (%1)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>do not contact</source>
        <translation>nicht kontaktieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>do not contact: %1</source>
        <translation>nicht kontaktieren: %1</translation>
    </message>
</context>
<context>
    <name>PaymentDialog</name>
    <message>
        <location filename="../ui/customers/PaymentDialog.cpp" line="+26"/>
        <source>Record Payment on %1</source>
        <translation>Zahlung zu Rechnung %1 erfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record payment</source>
        <translation>Zahlung erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1: amount %2, paid %3, balance %4.</source>
        <translation>Rechnung %1: Betrag %2, bezahlt %3, offen %4.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Amount paid in %1</source>
        <translation>Bezahlter Betrag in %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Paid at (local time)</source>
        <translation>Bezahlt am (Ortszeit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Paid at:</source>
        <translation>Bezahlt &amp;am:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the amount paid.</source>
        <translation>Geben Sie den bezahlten Betrag ein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the amount as a number with at most %1 decimals, without grouping.</source>
        <translation>Geben Sie den Betrag als Zahl mit höchstens %1 Nachkommastellen ein, ohne Tausendertrennzeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The payment must be greater than zero.</source>
        <translation>Die Zahlung muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That is more than the balance of %1.</source>
        <translation>Das ist mehr als der offene Betrag von %1.</translation>
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
    <name>PermissionChangeSet</name>
    <message>
        <location filename="../models/services/PermissionChangeSet.cpp" line="+49"/>
        <source>%1 may now read %2.</source>
        <translation>%1 darf jetzt %2 lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may now add rows to %2.</source>
        <translation>%1 darf jetzt Zeilen zu %2 hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may now change rows in %2.</source>
        <translation>%1 darf jetzt Zeilen in %2 ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may now delete rows in %2.</source>
        <translation>%1 darf jetzt Zeilen in %2 löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may now export %2.</source>
        <translation>%1 darf jetzt %2 exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may now manage %2.</source>
        <translation>%1 darf jetzt %2 verwalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 may no longer read %2.</source>
        <translation>%1 darf %2 nicht mehr lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may no longer add rows to %2.</source>
        <translation>%1 darf keine Zeilen mehr zu %2 hinzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may no longer change rows in %2.</source>
        <translation>%1 darf Zeilen in %2 nicht mehr ändern.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may no longer delete rows in %2.</source>
        <translation>%1 darf Zeilen in %2 nicht mehr löschen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may no longer export %2.</source>
        <translation>%1 darf %2 nicht mehr exportieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 may no longer manage %2.</source>
        <translation>%1 darf %2 nicht mehr verwalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(Granted today by a wildcard rule, which is replaced by explicit rules for everything else it granted.)</source>
        <translation>(Derzeit durch eine Platzhalterregel gewährt; sie wird für alles andere, was sie gewährt hat, durch explizite Regeln ersetzt.)</translation>
    </message>
</context>
<context>
    <name>PermissionDiffDialog</name>
    <message>
        <location filename="../ui/admin/PermissionDiffDialog.cpp" line="+13"/>
        <source>Review Permission Changes</source>
        <translation>Berechtigungsänderungen prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>These %n change(s) will be saved:</source>
        <translation>
            <numerusform>Diese Änderung wird gespeichert:</numerusform>
            <numerusform>Diese %n Änderungen werden gespeichert:</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Permission changes</source>
        <translation>Berechtigungsänderungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Some of these permissions are granted today by a wildcard rule (“*”), which also covers tables added later. Saving replaces that rule by explicit rules for everything else it granted.</source>
        <translation>Einige dieser Berechtigungen werden derzeit durch eine Platzhalterregel („*“) gewährt, die auch später hinzugefügte Tabellen abdeckt. Beim Speichern wird diese Regel für alles andere, was sie gewährt hat, durch explizite Regeln ersetzt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the permission changes</source>
        <translation>Die Berechtigungsänderungen speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Back to the permissions, without saving</source>
        <translation>Zurück zu den Berechtigungen, ohne zu speichern</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixModel</name>
    <message>
        <location filename="../ui/admin/PermissionMatrixModel.cpp" line="+115"/>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create</source>
        <translation>Anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Update</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manage</source>
        <translation>Verwalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 on %2: %3</source>
        <translation>%1 für %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>allowed</source>
        <translation>erlaubt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not allowed</source>
        <translation>nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (granted by a wildcard rule)</source>
        <translation>%1 (durch eine Platzhalterregel gewährt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (changed, not saved yet)</source>
        <translation>%1 (geändert, noch nicht gespeichert)</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Table</source>
        <translation>Tabelle</translation>
    </message>
</context>
<context>
    <name>PermissionMatrixService</name>
    <message>
        <location filename="../models/services/PermissionMatrixService.cpp" line="+83"/>
        <source>Cannot read the permissions: %1</source>
        <translation>Die Berechtigungen können nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing was saved: “%1” is not a role.</source>
        <translation>Es wurde nichts gespeichert: „%1“ ist keine Rolle.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Nothing was saved: “%1” is not a table.</source>
        <translation>Es wurde nichts gespeichert: „%1“ ist keine Tabelle.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was saved: the changes name %1 twice.</source>
        <translation>Es wurde nichts gespeichert: Die Änderungen nennen %1 doppelt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+6"/>
        <location line="+46"/>
        <location line="+21"/>
        <location line="+11"/>
        <location line="+22"/>
        <source>Cannot save the permissions: %1</source>
        <translation>Die Berechtigungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="-92"/>
        <source>Someone else changed the permissions after you opened them. Nothing was saved: reload to see the current permissions, then make your changes again.</source>
        <translation>Jemand anderes hat die Berechtigungen geändert, nachdem Sie sie geöffnet haben. Es wurde nichts gespeichert: Laden Sie neu, um die aktuellen Berechtigungen zu sehen, und nehmen Sie Ihre Änderungen erneut vor.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: the changes do not match the stored permissions. Reload and make them again.</source>
        <translation>Es wurde nichts gespeichert: Die Änderungen passen nicht zu den gespeicherten Berechtigungen. Laden Sie neu und nehmen Sie sie erneut vor.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Nothing was saved: the new permission rules would not give the edited matrix.</source>
        <translation>Es wurde nichts gespeichert: Die neuen Berechtigungsregeln würden nicht die bearbeitete Matrix ergeben.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Nothing was saved: afterwards no role could manage %1, so nobody could change permissions any more. Keep “manage” on %1 for at least one role.</source>
        <translation>Es wurde nichts gespeichert: Danach könnte keine Rolle mehr %1 verwalten, sodass niemand mehr Berechtigungen ändern könnte. Behalten Sie „Verwalten“ für %1 bei mindestens einer Rolle.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Nothing was saved: afterwards only %1 could manage %2, and no active user has that role, so nobody could change permissions any more.</source>
        <translation>Es wurde nichts gespeichert: Danach könnte nur noch %1 %2 verwalten, aber kein aktiver Benutzer hat diese Rolle, sodass niemand mehr Berechtigungen ändern könnte.</translation>
    </message>
</context>
<context>
    <name>PermissionService</name>
    <message>
        <location filename="../models/services/PermissionService.cpp" line="+109"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your role (%1) may not read %2.</source>
        <translation>Ihre Rolle (%1) darf %2 nicht lesen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not add rows to %2.</source>
        <translation>Ihre Rolle (%1) darf keine Zeilen zu %2 hinzufügen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not change rows in %2.</source>
        <translation>Ihre Rolle (%1) darf keine Zeilen in %2 ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not delete rows in %2.</source>
        <translation>Ihre Rolle (%1) darf keine Zeilen in %2 löschen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not export %2.</source>
        <translation>Ihre Rolle (%1) darf %2 nicht exportieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Your role (%1) may not manage %2.</source>
        <translation>Ihre Rolle (%1) darf %2 nicht verwalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Manager</source>
        <translation>Manager</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Collector</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Auditor</source>
        <translation>Prüfer</translation>
    </message>
</context>
<context>
    <name>PermissionsPage</name>
    <message>
        <location filename="../ui/admin/PermissionsPage.cpp" line="+25"/>
        <source>Roles and permissions</source>
        <translation>Rollen und Berechtigungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Re&amp;view Changes…</source>
        <translation>Änderungen &amp;prüfen …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Review the permission changes before saving them</source>
        <translation>Die Berechtigungsänderungen vor dem Speichern prüfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Discard Changes</source>
        <translation>Änderungen &amp;verwerfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discard the unsaved permission changes</source>
        <translation>Die ungespeicherten Berechtigungsänderungen verwerfen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the permissions from the database</source>
        <translation>Die Berechtigungen neu aus der Datenbank laden</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message numerus="yes">
        <location line="+106"/>
        <source>%1 (%n change(s))</source>
        <translation>
            <numerusform>%1 (%n Änderung)</numerusform>
            <numerusform>%1 (%n Änderungen)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Permissions of the role %1</source>
        <translation>Berechtigungen der Rolle %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>You can look at the permissions but not change them. %1</source>
        <translation>Sie können die Berechtigungen ansehen, aber nicht ändern. %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Some permissions of %1 come from a wildcard rule (“*”), which also covers tables added later. Taking one of them away replaces the rule by explicit rules for everything else it granted.</source>
        <translation>Einige Berechtigungen von %1 stammen aus einer Platzhalterregel („*“), die auch später hinzugefügte Tabellen abdeckt. Wenn Sie eine davon entziehen, wird die Regel für alles andere, was sie gewährt hat, durch explizite Regeln ersetzt.</translation>
    </message>
    <message numerus="yes">
        <location line="+36"/>
        <source>Saved %n permission change(s).</source>
        <translation>
            <numerusform>%n Berechtigungsänderung gespeichert.</numerusform>
            <numerusform>%n Berechtigungsänderungen gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Discard Changes</source>
        <translation>Änderungen verwerfen</translation>
    </message>
    <message numerus="yes">
        <location line="+0"/>
        <source>Discard %n unsaved permission change(s)?</source>
        <translation>
            <numerusform>%n ungespeicherte Berechtigungsänderung verwerfen?</numerusform>
            <numerusform>%n ungespeicherte Berechtigungsänderungen verwerfen?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Discarded %n unsaved change(s).</source>
        <translation>
            <numerusform>%n ungespeicherte Änderung verworfen.</numerusform>
            <numerusform>%n ungespeicherte Änderungen verworfen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reload Permissions</source>
        <translation>Berechtigungen neu laden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Reloading drops %n unsaved permission change(s). Reload anyway?</source>
        <translation>
            <numerusform>Beim Neuladen geht %n ungespeicherte Berechtigungsänderung verloren. Trotzdem neu laden?</numerusform>
            <numerusform>Beim Neuladen gehen %n ungespeicherte Berechtigungsänderungen verloren. Trotzdem neu laden?</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReauthDialog</name>
    <message>
        <location filename="../ui/auth/ReauthDialog.cpp" line="+18"/>
        <source>Sign In Again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sign in again</source>
        <translation>Erneut anmelden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 Enter the password of %2 to carry on where you left off.</source>
        <translation>%1 Geben Sie das Passwort von %2 ein, um dort weiterzumachen, wo Sie aufgehört haben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Email: %1</source>
        <translation>E-Mail: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Email:</source>
        <translation>E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Continue</source>
        <translation>&amp;Weiter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sign &amp;Out</source>
        <translation>&amp;Abmelden</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>This account is no longer the one that was signed in. Sign out and sign in again.</source>
        <translation>Dieses Konto ist nicht mehr das angemeldete. Melden Sie sich ab und erneut an.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The password is not correct.</source>
        <translation>Das Passwort ist nicht korrekt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Signing in failed.</source>
        <translation>Die Anmeldung ist fehlgeschlagen.</translation>
    </message>
</context>
<context>
    <name>ResetPasswordDialog</name>
    <message>
        <location filename="../ui/auth/ResetPasswordDialog.cpp" line="+18"/>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Enter the reset token an administrator gave you and choose a new password. A token works once.</source>
        <translation>Geben Sie das Reset-Token ein, das Sie von einem Administrator erhalten haben, und wählen Sie ein neues Passwort. Ein Token funktioniert nur einmal.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Reset token</source>
        <translation>Reset-Token</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>New password</source>
        <translation>Neues Passwort</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Confirm new password</source>
        <translation>Neues Passwort bestätigen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New password:</source>
        <translation>&amp;Neues Passwort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Confirm:</source>
        <translation>Be&amp;stätigen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Set Password</source>
        <translation>Passwort &amp;festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Set password</source>
        <translation>Passwort festlegen</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>The password was not changed: the token is not valid, was already used or has expired.</source>
        <translation>Das Passwort wurde nicht geändert: Das Token ist ungültig, wurde bereits verwendet oder ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The password was not changed: %1</source>
        <translation>Das Passwort wurde nicht geändert: %1</translation>
    </message>
</context>
<context>
    <name>SecretRevealDialog</name>
    <message>
        <location filename="../ui/admin/SecretRevealDialog.cpp" line="+28"/>
        <source>This is shown only once. Copy it now and keep it somewhere safe: it cannot be displayed again. If it is lost, issue a new one.</source>
        <translation>Dies wird nur einmal angezeigt. Kopieren Sie es jetzt und bewahren Sie es sicher auf: Es kann nicht erneut angezeigt werden. Falls es verloren geht, stellen Sie ein neues aus.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Secret, shown once</source>
        <translation>Geheimer Wert, nur einmal angezeigt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+1"/>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Value:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>C&amp;lose</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>SessionAdminService</name>
    <message>
        <location filename="../models/services/SessionAdminService.cpp" line="+57"/>
        <source>The sessions could not be read: %1</source>
        <translation>Die Sitzungen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The session could not be revoked: %1</source>
        <translation>Die Sitzung konnte nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no session with id %1.</source>
        <translation>Es gibt keine Sitzung mit der ID %1.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Session %1 is no longer active: it has already been revoked or has expired.</source>
        <translation>Sitzung %1 ist nicht mehr aktiv: Sie wurde bereits widerrufen oder ist abgelaufen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The sessions could not be revoked: %1</source>
        <translation>Die Sitzungen konnten nicht widerrufen werden: %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
</context>
<context>
    <name>SessionsPage</name>
    <message>
        <location filename="../ui/admin/SessionsPage.cpp" line="+69"/>
        <source>Sessions</source>
        <translation>Sitzungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: not confirmed (unattended run).</source>
        <translation>%1: nicht bestätigt (unbeaufsichtigter Lauf).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active Sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Show the sessions of</source>
        <translation>Sitzungen anzeigen von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Signed In</source>
        <translation>Angemeldet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last Seen</source>
        <translation>Zuletzt gesehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Client</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>IP Address</source>
        <translation>IP-Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Active sessions</source>
        <translation>Aktive Sitzungen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Revoke &amp;Session…</source>
        <translation>&amp;Sitzung widerrufen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revoke &amp;All of This User&apos;s Sessions…</source>
        <translation>&amp;Alle Sitzungen dieses Benutzers widerrufen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the sessions</source>
        <translation>Die Sitzungen neu laden</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="+117"/>
        <source>Revoke Session</source>
        <translation>Sitzung widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke this session of %1 (signed in %2)? That client is signed out at once.</source>
        <translation>Diese Sitzung von %1 (angemeldet seit %2) widerrufen? Dieser Client wird sofort abgemeldet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The session of %1 was revoked.</source>
        <translation>Die Sitzung von %1 wurde widerrufen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revoke All Sessions</source>
        <translation>Alle Sitzungen widerrufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revoke every session of %1? They are signed out everywhere and must sign in again.</source>
        <translation>Alle Sitzungen von %1 widerrufen? Der Benutzer wird überall abgemeldet und muss sich erneut anmelden.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n session(s) of %1 revoked.</source>
        <translation>
            <numerusform>%n Sitzung von %1 widerrufen.</numerusform>
            <numerusform>%n Sitzungen von %1 widerrufen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SignInFlow</name>
    <message>
        <location filename="../ui/auth/SignInFlow.cpp" line="+72"/>
        <source>The user accounts cannot be read.</source>
        <translation>Die Benutzerkonten können nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>This database has no users yet, and CollectDesk runs unattended: it cannot ask for the first administrator.</source>
        <translation>Diese Datenbank hat noch keine Benutzer, und CollectDesk läuft unbeaufsichtigt: Der erste Administrator kann nicht abgefragt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Create one with collectdesk-admin, or start CollectDesk normally.</source>
        <translation>Legen Sie ihn mit collectdesk-admin an oder starten Sie CollectDesk normal.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Your remembered session could not be read from the keychain. %1</source>
        <translation>Ihre gespeicherte Sitzung konnte nicht aus dem Schlüsselbund gelesen werden. %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Your remembered session has ended. Please sign in again.</source>
        <translation>Ihre gespeicherte Sitzung ist beendet. Bitte melden Sie sich erneut an.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signing in needs the login dialog, but CollectDesk runs unattended.</source>
        <translation>Für die Anmeldung wird der Anmeldedialog benötigt, aber CollectDesk läuft unbeaufsichtigt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft …</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Cannot connect to %1: %2</source>
        <translation>Keine Verbindung zu %1 möglich: %2</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Database Password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password for %1 (it is not stored; save it in Connections to keep it in the keychain):</source>
        <translation>Passwort für %1 (es wird nicht gespeichert; speichern Sie es unter „Verbindungen“, um es im Schlüsselbund aufzubewahren):</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>This database needs a newer version of CollectDesk. %1</source>
        <translation>Diese Datenbank braucht eine neuere Version von CollectDesk. %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The database schema cannot be brought up to date. %1</source>
        <translation>Das Datenbankschema kann nicht auf den neuesten Stand gebracht werden. %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>You are signed in, but this computer cannot remember you.</source>
        <translation>Sie sind angemeldet, aber dieser Computer kann sich Ihre Anmeldung nicht merken.</translation>
    </message>
</context>
<context>
    <name>SignedInSession</name>
    <message>
        <location filename="../ui/shell/SignedInSession.cpp" line="+26"/>
        <source>The session could not be checked: %1</source>
        <translation>Die Sitzung konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The session could not be ended on the server.</source>
        <translation>Die Sitzung konnte auf dem Server nicht beendet werden.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Your session has ended: it was unused for %n minute(s), or it was ended by an administrator.</source>
        <translation>
            <numerusform>Ihre Sitzung ist beendet: Sie wurde %n Minute lang nicht genutzt oder von einem Administrator beendet.</numerusform>
            <numerusform>Ihre Sitzung ist beendet: Sie wurde %n Minuten lang nicht genutzt oder von einem Administrator beendet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Signed in again.</source>
        <translation>Erneut angemeldet.</translation>
    </message>
</context>
<context>
    <name>SqlTableModel</name>
    <message>
        <location filename="../models/tables/SqlTableModel.cpp" line="+166"/>
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
        <location line="+156"/>
        <source>A value is required for %1.</source>
        <translation>Für %1 ist ein Wert erforderlich.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Row %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>The new row in %1 has no values.</source>
        <translation>Die neue Zeile in %1 hat keine Werte.</translation>
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
        <location filename="../ui/common/TableBrowser.cpp" line="+30"/>
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
        <location filename="../models/tables/TableCatalog.cpp" line="+98"/>
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
    <name>UserAdminService</name>
    <message>
        <location filename="../models/services/UserAdminService.cpp" line="+76"/>
        <source>The users could not be read: %1</source>
        <translation>Die Benutzer konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+178"/>
        <source>There is no user with id %1.</source>
        <translation>Es gibt keinen Benutzer mit der ID %1.</translation>
    </message>
    <message>
        <location line="-154"/>
        <source>Unknown role &quot;%1&quot;.</source>
        <translation>Unbekannte Rolle „%1“.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (kein Speicher frei).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The user could not be created: %1</source>
        <translation>Der Benutzer konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A user with the email %1 already exists.</source>
        <translation>Ein Benutzer mit der E-Mail-Adresse %1 existiert bereits.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Unknown role &quot;%1&quot;: use one of %2.</source>
        <translation>Unbekannte Rolle „%1“: Verwenden Sie eine von %2.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The user could not be changed: %1</source>
        <translation>Der Benutzer konnte nicht geändert werden: %1</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1 is the last active administrator and cannot be deactivated. Make another user an administrator first.</source>
        <translation>%1 ist der letzte aktive Administrator und kann nicht deaktiviert werden. Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is the last active administrator and must keep the administrator role. Make another user an administrator first.</source>
        <translation>%1 ist der letzte aktive Administrator und muss die Administratorrolle behalten. Machen Sie zuerst einen anderen Benutzer zum Administrator.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>You cannot deactivate your own account. Another administrator must do it.</source>
        <translation>Sie können Ihr eigenes Konto nicht deaktivieren. Das muss ein anderer Administrator tun.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>You cannot change your own role. Another administrator must do it.</source>
        <translation>Sie können Ihre eigene Rolle nicht ändern. Das muss ein anderer Administrator tun.</translation>
    </message>
</context>
<context>
    <name>UserDirectory</name>
    <message>
        <location filename="../models/services/UserDirectory.cpp" line="+26"/>
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
        <location line="+31"/>
        <source>The password could not be hashed (out of memory).</source>
        <translation>Das Passwort konnte nicht gehasht werden (kein Speicher frei).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>An administrator already exists. Sign in with an existing account.</source>
        <translation>Es gibt bereits einen Administrator. Melden Sie sich mit einem bestehenden Konto an.</translation>
    </message>
    <message>
        <location line="+7"/>
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
    <name>UsersPage</name>
    <message>
        <location filename="../ui/admin/UsersPage.cpp" line="+66"/>
        <location line="+12"/>
        <location line="+20"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1: not confirmed (unattended run).</source>
        <translation>%1: nicht bestätigt (unbeaufsichtigter Lauf).</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Full Name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last Sign-in</source>
        <translation>Letzte Anmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locked Until</source>
        <translation>Gesperrt bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed Sign-ins</source>
        <translation>Fehlgeschlagene Anmeldungen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;New User…</source>
        <translation>&amp;Neuer Benutzer …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change &amp;Role…</source>
        <translation>&amp;Rolle ändern …</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Deactivate</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;activate</source>
        <translation>&amp;Wieder aktivieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issue &amp;Password Reset…</source>
        <translation>&amp;Passwort zurücksetzen …</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Re&amp;load</source>
        <translation>Neu &amp;laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reload the users</source>
        <translation>Die Benutzer neu laden</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Inactive</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1 was created and can sign in with the initial password.</source>
        <translation>%1 wurde angelegt und kann sich mit dem Anfangspasswort anmelden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 was created. They set their password with the reset token that was shown.</source>
        <translation>%1 wurde angelegt. Das Passwort wird mit dem angezeigten Reset-Token festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Password Reset Token</source>
        <translation>Passwort-Reset-Token</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>%1 was created without a password. Give them this reset token through a channel you trust; with it they choose their password once, until %2.</source>
        <translation>%1 wurde ohne Passwort angelegt. Geben Sie dieses Reset-Token über einen vertrauenswürdigen Kanal weiter; damit kann das Passwort einmalig bis %2 gewählt werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Change Role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change role</source>
        <translation>Rolle ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>New &amp;role for %1:</source>
        <translation>Neue &amp;Rolle für %1:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Change Role</source>
        <translation>Rolle ä&amp;ndern</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is now %2.</source>
        <translation>%1 ist jetzt %2.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Deactivate User</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deactivate %1? They are signed out everywhere and can no longer sign in until the account is reactivated.</source>
        <translation>%1 deaktivieren? Der Benutzer wird überall abgemeldet und kann sich erst wieder anmelden, wenn das Konto wieder aktiviert wird.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 was deactivated and signed out everywhere.</source>
        <translation>%1 wurde deaktiviert und überall abgemeldet.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 was reactivated and can sign in again.</source>
        <translation>%1 wurde wieder aktiviert und kann sich wieder anmelden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Issue Password Reset</source>
        <translation>Zurücksetzen des Passworts veranlassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue a password reset token for %1? Their current password keeps working until the token is used.</source>
        <translation>Ein Reset-Token für %1 ausstellen? Das aktuelle Passwort funktioniert weiter, bis das Token verwendet wird.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A password reset token was issued for %1.</source>
        <translation>Für %1 wurde ein Reset-Token ausgestellt.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>Give this reset token to %1 through a channel you trust. With it they choose a new password once, within %n minute(s).</source>
        <translation>
            <numerusform>Geben Sie dieses Reset-Token über einen vertrauenswürdigen Kanal an %1 weiter. Damit kann innerhalb von %n Minute einmalig ein neues Passwort gewählt werden.</numerusform>
            <numerusform>Geben Sie dieses Reset-Token über einen vertrauenswürdigen Kanal an %1 weiter. Damit kann innerhalb von %n Minuten einmalig ein neues Passwort gewählt werden.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ValueFormatter</name>
    <message>
        <location filename="../models/tables/ValueFormatter.cpp" line="+75"/>
        <location filename="../models/tables/ValueValidator.cpp" line="+199"/>
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
        <location filename="../models/tables/ValueValidator.cpp" line="-138"/>
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
        <location line="+8"/>
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
    <name>WorkerConnection</name>
    <message>
        <location filename="../models/services/WorkerConnection.cpp" line="+29"/>
        <source>Cannot open a second connection to the database: %1</source>
        <translation>Keine zweite Verbindung zur Datenbank möglich: %1</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../app/gui/main.cpp" line="+21"/>
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
