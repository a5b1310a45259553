<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accrue</name>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="+35"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit trail BROKEN against the checkpoint in %1: %2</source>
        <translation>Prüfpfad BESCHÄDIGT gegenüber dem Prüfpunkt in %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checkpoint of %1 (%2 records) holds: signature valid, the trail extends it</source>
        <translation>Prüfpunkt von %1 (%2 Einträge) hält: Signatur gültig, der Prüfpfad setzt ihn fort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkpoint of %1 (%2 records) holds, but it is UNSIGNED: it proves nothing against a rewrite of the whole book</source>
        <translation>Prüfpunkt von %1 (%2 Einträge) hält, ist aber NICHT SIGNIERT: er beweist nichts gegen ein Umschreiben des gesamten Buchs</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is ready (schema version %2)</source>
        <translation>%1 ist bereit (Schemaversion %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/catalogcommands.cpp" line="+56"/>
        <location filename="../app/cli/customercommands.cpp" line="+54"/>
        <source>--currency: “%1” is not an ISO 4217 currency code</source>
        <translation>--currency: „%1“ ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 customers, %3 invoices, %4 payments, %5 credit notes, %6 journal entries in %7 s</source>
        <translation>%1: %2 Kunden, %3 Rechnungen, %4 Zahlungen, %5 Gutschriften, %6 Buchungen in %7 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>verifying the audit trail and the books</source>
        <translation>Prüfpfad und Bücher werden geprüft</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit trail BROKEN at record %1: %2</source>
        <translation>Prüfpfad BESCHÄDIGT bei Eintrag %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit trail intact: %1 records verified</source>
        <translation>Prüfpfad intakt: %1 Einträge geprüft</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 of them with the OS login beside the user)</source>
        <translation> (%1 davon mit der Betriebssystem-Anmeldung neben dem Benutzer)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MISMATCH: %1</source>
        <translation>ABWEICHUNG: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>books BROKEN: %n stored value(s) disagree with what they derive from or with the audit trail</source>
        <translation>
            <numerusform>Bücher BESCHÄDIGT: %n gespeicherter Wert weicht von seiner Herleitung oder vom Prüfpfad ab</numerusform>
            <numerusform>Bücher BESCHÄDIGT: %n gespeicherte Werte weichen von ihrer Herleitung oder vom Prüfpfad ab</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>books proved: %1 rows (documents and their lines, allocations, journal entries and monthly balances) agree with each other and with the audit trail; %2 rows in %3 s (%4 rows/s)</source>
        <translation>Bücher nachgewiesen: %1 Zeilen (Belege und ihre Positionen, Zuordnungen, Buchungen und Monatssalden) stimmen untereinander und mit dem Prüfpfad überein; %2 Zeilen in %3 s (%4 Zeilen/s)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>audit checkpoint takes no arguments</source>
        <translation>audit checkpoint erwartet keine Argumente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accrue-cli audit checkpoint</source>
        <translation>accrue-cli audit checkpoint</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>audit list takes no arguments</source>
        <translation>audit list erwartet keine Argumente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audit trail</source>
        <translation>der Prüfpfad</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>OS login</source>
        <translation>Systemanmeldung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="+71"/>
        <source>--status: unknown status “%1” (use one of %2)</source>
        <translation>--status: unbekannter Status „%1“ (verwenden Sie einen von %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) liegt vor --from (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invoice show needs exactly one invoice number</source>
        <translation>invoice show benötigt genau eine Rechnungsnummer</translation>
    </message>
    <message>
        <location filename="../app/cli/collectionscommands.cpp" line="+38"/>
        <source>%1 needs --%2</source>
        <translation>%1 benötigt --%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>receipt list takes no arguments (use --customer CODE)</source>
        <translation>receipt list erwartet keine Argumente (verwenden Sie --customer CODE)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No customer %1</source>
        <translation>Kein Kunde %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts</source>
        <translation>Zahlungsbelege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Zahlungsbeleg</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location filename="../app/cli/dunningcommands.cpp" line="+48"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+166"/>
        <location line="+31"/>
        <location line="+55"/>
        <location filename="../app/cli/tenantcommands.cpp" line="+72"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+26"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>receipt show needs one receipt number</source>
        <translation>receipt show benötigt eine Belegnummer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt %1</source>
        <translation>Zahlungsbeleg %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/invoicecommands.cpp" line="+9"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied %1, balance after %2 %3</source>
        <translation>zugeordnet %1, Saldo danach %2 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>receipt pdf needs one receipt number</source>
        <translation>receipt pdf benötigt eine Belegnummer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receipt pdf needs --out FILE.pdf</source>
        <translation>receipt pdf benötigt --out DATEI.pdf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>receipt takes list, show or pdf</source>
        <translation>receipt erwartet list, show oder pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invoice dispute needs one invoice number</source>
        <translation>invoice dispute benötigt eine Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice dispute</source>
        <translation>invoice dispute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice %1 is in dispute</source>
        <translation>Rechnung %1 ist strittig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice dispute-note needs one invoice number</source>
        <translation>invoice dispute-note benötigt eine Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice dispute-note</source>
        <translation>invoice dispute-note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted on the dispute of %1</source>
        <translation>Vermerk zum Einspruch gegen %1 erfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice resolve-dispute needs one invoice number</source>
        <translation>invoice resolve-dispute benötigt eine Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice resolve-dispute</source>
        <translation>invoice resolve-dispute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--by: “%1” is not credit-note, write-off or withdrawn</source>
        <translation>--by: „%1“ ist nicht credit-note, write-off oder withdrawn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invoice resolve-dispute --by write-off</source>
        <translation>invoice resolve-dispute --by write-off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote off %1 %2 of %3; its dispute is resolved</source>
        <translation>%1 %2 von %3 ausgebucht; der Einspruch ist erledigt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dispute of %1 is resolved (%2)</source>
        <translation>Der Einspruch gegen %1 ist erledigt (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice write-off needs one invoice number</source>
        <translation>invoice write-off benötigt eine Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice write-off</source>
        <translation>invoice write-off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote off %1 %2 of %3 to bad debts</source>
        <translation>%1 %2 von %3 als Forderungsverlust ausgebucht</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write-off takes no arguments (write-off --older-than 90 --as-of D --reason R [--dry-run])</source>
        <translation>write-off erwartet keine Argumente (write-off --older-than 90 --as-of D --reason R [--dry-run])</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/storage/journalrepository.cpp" line="+36"/>
        <source>write-off</source>
        <translation>write-off</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Would write off (more than %1 days past due on %2)</source>
        <translation>Würde ausgebucht (mehr als %1 Tage überfällig am %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written off (more than %1 days past due on %2)</source>
        <translation>Ausgebucht (mehr als %1 Tage überfällig am %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/dunningcommands.cpp" line="-2"/>
        <location line="+117"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="+1"/>
        <source>Status:    %1</source>
        <translation>Status:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:  %1 (%2)</source>
        <translation>Kunde:       %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued:    %1</source>
        <translation>Ausgestellt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:       %1</source>
        <translation>Fällig:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:  %1</source>
        <translation>Währung:     %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, service %1 to %2</source>
        <translation>, Leistung %1 bis %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subtotal:  %1</source>
        <translation>Zwischensumme: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax:       %1</source>
        <translation>Steuer:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total:     %1</source>
        <translation>Gesamt:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:      %1</source>
        <translation>Bezahlt:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited:  %1</source>
        <translation>Gutgeschrieben: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:   %1</source>
        <translation>Saldo:       %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 payment #%2: %3</source>
        <translation>  %1 Zahlung #%2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 credit note #%2: %3</source>
        <translation>  %1 Gutschrift #%2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invoice create needs one file describing the invoice(s): FILE.json, or FILE.csv with one row per line (a line may name its recognition: point_in_time, ratably, as_delivered or milestone; else its product&apos;s)</source>
        <translation>invoice create benötigt eine Datei, die die Rechnung(en) beschreibt: DATEI.json oder DATEI.csv mit einer Zeile pro Position (eine Position kann ihre Realisierung angeben: point_in_time, ratably, as_delivered oder milestone; sonst die ihres Produkts)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Issued %1 (total %2 %3)</source>
        <translation>%1 ausgestellt (gesamt %2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft %1 created (issue it with: accrue-cli invoice issue %1)</source>
        <translation>Entwurf %1 erstellt (ausstellen mit: accrue-cli invoice issue %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invoices in %2 s (%3 per second)</source>
        <translation>%1 Rechnungen in %2 s (%3 pro Sekunde)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invoice issue needs the id of a draft (as printed by invoice create)</source>
        <translation>invoice issue benötigt die ID eines Entwurfs (wie von invoice create ausgegeben)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued %1 (total %2 %3, due %4)</source>
        <translation>%1 ausgestellt (gesamt %2 %3, fällig %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invoice pay needs one invoice number</source>
        <translation>invoice pay benötigt eine Rechnungsnummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice pay needs --amount</source>
        <translation>invoice pay benötigt --amount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--method: “%1” is not one of %2</source>
        <translation>--method: „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give --rate or --rate-from-book, not both</source>
        <translation>Geben Sie --rate oder --rate-from-book an, nicht beides</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment #%1 of %2 %3 recorded; %4 now owes %5</source>
        <translation>Zahlung #%1 über %2 %3 erfasst; %4 schuldet jetzt %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1 kept as customer credit)</source>
        <translation> (%1 als Kundenguthaben behalten)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>use invoice pdf NUMBER -o FILE, or invoice pdf --status S --out-dir DIR</source>
        <translation>verwenden Sie invoice pdf NUMMER -o DATEI oder invoice pdf --status S --out-dir VERZ</translation>
    </message>
    <message>
        <location filename="../app/cli/collectionscommands.cpp" line="-109"/>
        <location filename="../app/cli/creditnotecommands.cpp" line="+100"/>
        <location filename="../app/cli/invoicecommands.cpp" line="+12"/>
        <location filename="../app/cli/mailcommands.cpp" line="+305"/>
        <location line="+57"/>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="+16"/>
        <source>Wrote %1 PDFs to %2 in %3 s</source>
        <translation>%1 PDFs in %3 s nach %2 geschrieben</translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="+104"/>
        <source>amount: a credit note on %1 must be between 0 and %2</source>
        <translation>amount: eine Gutschrift zu %1 muss zwischen 0 und %2 liegen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: choose the lines to credit</source>
        <translation>lines: wählen Sie die gutzuschreibenden Positionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lines: line %1 is named twice</source>
        <translation>lines: Position %1 ist doppelt angegeben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: invoice %1 has no line %2</source>
        <translation>lines: Rechnung %1 hat keine Position %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: line %1 has %2 left to credit</source>
        <translation>lines: bei Position %1 sind noch %2 gutschreibbar</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="+35"/>
        <source>--format: “%1” is not iif, xero, netsuite or ledger</source>
        <translation>--format: „%1“ ist nicht iif, xero, netsuite oder ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format: “%1” is not iif, xero or netsuite</source>
        <translation>--format: „%1“ ist nicht iif, xero oder netsuite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export journal takes no arguments (use -o FILE)</source>
        <translation>export journal erwartet keine Argumente (verwenden Sie -o DATEI)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export journal needs -o FILE</source>
        <translation>export journal benötigt -o DATEI</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1 journal entries to %2</source>
        <translation>%1 Buchungen nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 journal entries to %2 files:</source>
        <translation>%1 Buchungen in %2 Dateien geschrieben:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 account mapping</source>
        <translation>Kontenzuordnung für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../ui/startup.cpp" line="+45"/>
        <source>Accrue</source>
        <translation>Accrue</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accrue name</source>
        <translation>Name in Accrue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export mapping set needs one FILE.csv (kind,source_key,target_code,target_name)</source>
        <translation>export mapping set benötigt eine DATEI.csv (kind,source_key,target_code,target_name)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use export ubl NUMBER -o FILE.xml</source>
        <translation>verwenden Sie export ubl NUMMER -o DATEI.xml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 %2 (%3 %4) to %5</source>
        <translation>%1 %2 (%3 %4) nach %5 geschrieben</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>use import ubl FILE.xml --pdf OUT.pdf</source>
        <translation>verwenden Sie import ubl DATEI.xml --pdf AUS.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1 %2 from %3 to %4</source>
        <translation>%1 %2 aus %3 nach %4 geschrieben</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>export mapping show|set --format iif|xero|netsuite [FILE.csv]</source>
        <translation>export mapping show|set --format iif|xero|netsuite [DATEI.csv]</translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="+33"/>
        <source>%1 needs the id of a bank line (see bank list)</source>
        <translation>%1 benötigt die ID einer Bankzeile (siehe bank list)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import bank needs one statement file</source>
        <translation>import bank benötigt eine Kontoauszugsdatei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2, account %3): read %4, new %5, duplicates %6</source>
        <translation>%1 (%2, Konto %3): gelesen %4, neu %5, Duplikate %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import gateway needs one card-gateway CSV export</source>
        <translation>import gateway benötigt einen CSV-Export eines Kartenzahlungsanbieters</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <location filename="../app/cli/invoicecommands.cpp" line="-154"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>read %1, failed attempts %2, duplicates %3, invoices flagged for review %4</source>
        <translation>gelesen %1, fehlgeschlagene Versuche %2, Duplikate %3, zur Prüfung markierte Rechnungen %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--state: use %1</source>
        <translation>--state: verwenden Sie %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank lines</source>
        <translation>Bankzeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="+223"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-55"/>
        <location line="+27"/>
        <location filename="../app/cli/dunningcommands.cpp" line="+2"/>
        <location filename="../app/cli/ratecommands.cpp" line="+56"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-23"/>
        <location line="+25"/>
        <location line="+137"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/catalogcommands.cpp" line="+226"/>
        <location line="+93"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-163"/>
        <location line="+162"/>
        <location filename="../app/cli/companycommands.cpp" line="+47"/>
        <location filename="../app/cli/customercommands.cpp" line="-184"/>
        <location line="+88"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-159"/>
        <location line="+26"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>bank mapping needs one JSON file describing the bank&apos;s CSV layout</source>
        <translation>bank mapping benötigt eine JSON-Datei, die das CSV-Layout der Bank beschreibt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: kein JSON-Objekt (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the CSV mapping “%1”</source>
        <translation>CSV-Zuordnung „%1“ gespeichert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>examined %1, proposed %2 (%3 ambiguous), applied %4</source>
        <translation>geprüft %1, vorgeschlagen %2 (%3 mehrdeutig), übernommen %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bank line #%1 matched: payment #%2</source>
        <translation>Bankzeile #%1 zugeordnet: Zahlung #%2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1: proposal rejected</source>
        <translation>Bankzeile #%1: Vorschlag abgelehnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1 ignored</source>
        <translation>Bankzeile #%1 ignoriert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1 unmatched; its payment was reversed</source>
        <translation>Bankzeile #%1 Zuordnung aufgehoben; ihre Zahlung wurde storniert</translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="-69"/>
        <source>--lines: “%1” is not a line number</source>
        <translation>--lines: „%1“ ist keine Positionsnummer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--lines: name at least one line</source>
        <translation>--lines: geben Sie mindestens eine Position an</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>credit-note create needs --invoice NUMBER</source>
        <translation>credit-note create benötigt --invoice NUMMER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit-note create needs --reason</source>
        <translation>credit-note create benötigt --reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --amount or --lines, not both</source>
        <translation>geben Sie entweder --amount oder --lines an, nicht beides</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Credit note %1 of %2 %3 for %4; %4 is now %5 with %6 owed</source>
        <translation>Gutschrift %1 über %2 %3 zu %4; %4 ist jetzt %5 mit %6 offen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>use credit-note pdf NUMBER --out FILE</source>
        <translation>verwenden Sie credit-note pdf NUMMER --out DATEI</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportcommands.cpp" line="-25"/>
        <source>--paper: “%1” is not a4 or letter</source>
        <translation>--paper: „%1“ ist nicht a4 oder letter</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="+35"/>
        <source>Output: --format table|csv|pdf [-o FILE] [--excel]</source>
        <translation>Ausgabe: --format table|csv|pdf [-o DATEI] [--excel]</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="+30"/>
        <source>copy needs --from BOOK and --to BOOK (a file or a postgresql:// address)</source>
        <translation>copy benötigt --from BUCH und --to BUCH (eine Datei oder eine postgresql://-Adresse)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy takes no other arguments</source>
        <translation>copy erwartet keine weiteren Argumente</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  %1: %2 rows so far</source>
        <translation>  %1: bisher %2 Zeilen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied %1 rows from %2 to %3 in %4 s; counts and money totals match, audit trail verified (%5 records)</source>
        <translation>%1 Zeilen in %4 s von %2 nach %3 kopiert; Anzahlen und Geldsummen stimmen überein, Prüfpfad verifiziert (%5 Einträge)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>user %1 needs one user name</source>
        <translation>user %1 benötigt einen Benutzernamen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--role: admin, finance or viewer</source>
        <translation>--role: admin, finance oder viewer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 works as %2</source>
        <translation>%1 arbeitet als %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 no longer has a role in this book</source>
        <translation>%1 hat keine Rolle mehr in diesem Buch</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command “user %1” (list, add, remove)</source>
        <translation>Unbekannter Befehl „user %1“ (list, add, remove)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>password %1 is for server books: --db postgresql://user@host/db</source>
        <translation>password %1 ist für Server-Bücher: --db postgresql://user@host/db</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>password set reads the password with --password-stdin</source>
        <translation>password set liest das Passwort mit --password-stdin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain is reachable (no Secret Service on the session bus); nothing was stored. Use ~/.pgpass or PGPASSWORD instead.</source>
        <translation>Kein Schlüsselbund erreichbar (kein Secret Service auf dem Session-Bus); es wurde nichts gespeichert. Verwenden Sie stattdessen ~/.pgpass oder PGPASSWORD.</translation>
    </message>
    <message>
        <location filename="../app/cli/mailcommands.cpp" line="-308"/>
        <source>No SMTP password for %1 (%2): store it with accrue-cli mail password set --password-stdin, or pass it with --password-stdin</source>
        <translation>Kein SMTP-Passwort für %1 (%2): speichern Sie es mit accrue-cli mail password set --password-stdin oder übergeben Sie es mit --password-stdin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent %1, to retry %2, failed %3</source>
        <translation>Gesendet %1, erneut zu versuchen %2, fehlgeschlagen %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>use invoice send NUMBER, or invoice send --status S</source>
        <translation>verwenden Sie invoice send NUMMER oder invoice send --status S</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E-mail settings</source>
        <translation>E-Mail-Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP host</source>
        <translation>SMTP-Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="-3"/>
        <location filename="../app/cli/mailcommands.cpp" line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location filename="../app/cli/mailcommands.cpp" line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the OS keychain as %1</source>
        <translation>im Schlüsselbund des Betriebssystems als %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Absenderadresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Absendername</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout (s)</source>
        <translation>Zeitlimit (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>CA-Zertifikatsdatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send receipts automatically</source>
        <translation>Zahlungsbelege automatisch senden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice subject</source>
        <translation>Betreff Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice text</source>
        <translation>Text Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt subject</source>
        <translation>Betreff Zahlungsbeleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt text</source>
        <translation>Text Zahlungsbeleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note subject</source>
        <translation>Betreff Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note text</source>
        <translation>Text Gutschrift</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use mail settings show, or mail settings set --smtp-host H ...</source>
        <translation>verwenden Sie mail settings show oder mail settings set --smtp-host H ...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--security: none, starttls or smtps</source>
        <translation>--security: none, starttls oder smtps</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--template: invoice, receipt or credit-note</source>
        <translation>--template: invoice, receipt oder credit-note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--template needs --subject or --body-file</source>
        <translation>--template benötigt --subject oder --body-file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auto-send-receipts: yes or no</source>
        <translation>--auto-send-receipts: yes oder no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail settings saved</source>
        <translation>E-Mail-Einstellungen gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail settings name no SMTP user: set --smtp-user first</source>
        <translation>Die E-Mail-Einstellungen nennen keinen SMTP-Benutzer: setzen Sie zuerst --smtp-user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mail password set reads the password with --password-stdin</source>
        <translation>mail password set liest das Passwort mit --password-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is reachable (no Secret Service on the session bus); nothing was stored. Pass --password-stdin to each command instead.</source>
        <translation>Kein Schlüsselbund erreichbar (kein Secret Service auf dem Session-Bus); es wurde nichts gespeichert. Übergeben Sie stattdessen --password-stdin an jeden Befehl.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/teamcommands.cpp" line="+2"/>
        <source>The keychain refused the password: %1</source>
        <translation>Der Schlüsselbund hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password for %1 is in the OS keychain</source>
        <translation>SMTP-Passwort für %1 liegt im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>SMTP password for %1 removed from the OS keychain</source>
        <translation>SMTP-Passwort für %1 aus dem Schlüsselbund des Betriebssystems entfernt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use mail password set --password-stdin, or mail password forget</source>
        <translation>verwenden Sie mail password set --password-stdin oder mail password forget</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-87"/>
        <location filename="../app/cli/taxcommands.cpp" line="+74"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+89"/>
        <location filename="../app/cli/taxcommands.cpp" line="-1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/periodcommands.cpp" line="+49"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-84"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>Nächster Versuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last answer</source>
        <translation>Letzte Antwort</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>mail test needs --to ADDRESS</source>
        <translation>mail test benötigt --to ADRESSE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accrue test message</source>
        <translation>Accrue-Testnachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message shows that Accrue can send e-mail through %1.</source>
        <translation>Diese Nachricht zeigt, dass Accrue E-Mails über %1 senden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test message was not sent: %1</source>
        <translation>Die Testnachricht wurde nicht gesendet: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test message sent to %1 through %2</source>
        <translation>Testnachricht an %1 über %2 gesendet</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>use mail retry ID (the ID column of mail outbox)</source>
        <translation>verwenden Sie mail retry ID (die Spalte ID von mail outbox)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message #%1 is queued again; accrue-cli mail deliver sends it</source>
        <translation>Nachricht #%1 ist wieder eingereiht; accrue-cli mail deliver sendet sie</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+71"/>
        <source>Queued %1 e-mails</source>
        <translation>%1 E-Mails eingereiht</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>use receipt send NUMBER [--eml DIR]</source>
        <translation>verwenden Sie receipt send NUMMER [--eml VERZ]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>use credit-note send NUMBER [--eml DIR]</source>
        <translation>verwenden Sie credit-note send NUMMER [--eml VERZ]</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown command “mail %1” (settings, password, outbox, deliver, retry, test)</source>
        <translation>Unbekannter Befehl „mail %1“ (settings, password, outbox, deliver, retry, test)</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="+1"/>
        <source>Password for %1 is in the OS keychain</source>
        <translation>Passwort für %1 liegt im Schlüsselbund des Betriebssystems</translation>
    </message>
    <message>
        <location filename="../app/cli/mailcommands.cpp" line="-188"/>
        <location filename="../app/cli/teamcommands.cpp" line="+6"/>
        <source>The keychain could not forget the password: %1</source>
        <translation>Der Schlüsselbund konnte das Passwort nicht vergessen: %1</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="+1"/>
        <source>Password for %1 removed from the OS keychain</source>
        <translation>Passwort für %1 aus dem Schlüsselbund des Betriebssystems entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command “password %1” (set, forget)</source>
        <translation>Unbekannter Befehl „password %1“ (set, forget)</translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="+44"/>
        <source>no column “%1” in the header (%2)</source>
        <translation>keine Spalte „%1“ in der Kopfzeile (%2)</translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="+53"/>
        <source>Monthly revenue</source>
        <translation>Monatsumsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced revenue net of tax and credit notes by month; --split module|customer|plan</source>
        <translation>Fakturierter Umsatz netto ohne Steuer und Gutschriften nach Monat; --split module|customer|plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partner revenue</source>
        <translation>Partnerumsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed revenue per partner and month: invoices net of tax less credit notes, per currency (&quot;Direct&quot;: the root&apos;s own customers); for commissions</source>
        <translation>Fakturierter Umsatz je Partner und Monat: Rechnungen netto ohne Steuer abzüglich Gutschriften, je Währung („Direkt“: die eigenen Kunden der Wurzel); für Provisionen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue by module</source>
        <translation>Umsatz nach Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per module (product) with its share of the total</source>
        <translation>Umsatz je Modul (Produkt) mit seinem Anteil am Gesamtumsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue by customer</source>
        <translation>Umsatz nach Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per customer with its share of the total</source>
        <translation>Umsatz je Kunde mit seinem Anteil am Gesamtumsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue by plan</source>
        <translation>Umsatz nach Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per plan with its share of the total</source>
        <translation>Umsatz je Tarif mit seinem Anteil am Gesamtumsatz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer invoices</source>
        <translation>Kundenrechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every invoice (of a customer, or all) with status and balance</source>
        <translation>Jede Rechnung (eines Kunden oder alle) mit Status und Saldo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statement of account</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One customer&apos;s charges, payments and credits in a period with the running balance and what is open by age</source>
        <translation>Belastungen, Zahlungen und Gutschriften eines Kunden in einem Zeitraum mit laufendem Saldo und den offenen Posten nach Alter</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice summary</source>
        <translation>Rechnungsübersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices issued in the period counted and summed by status (period close)</source>
        <translation>Im Zeitraum ausgestellte Rechnungen, gezählt und summiert nach Status (Periodenabschluss)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AR aging</source>
        <translation>Altersstruktur der Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open balances by days past due per customer, with DSO</source>
        <translation>Offene Salden nach Tagen Überfälligkeit je Kunde, mit DSO</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payments received</source>
        <translation>Zahlungseingänge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received in the period, with what is unapplied</source>
        <translation>Im Zeitraum eingegangene Zahlungen, mit nicht zugeordneten Beträgen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment reconciliation</source>
        <translation>Zahlungsabgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank account&apos;s statement against the booked payments, with what is unmatched</source>
        <translation>Kontoauszug eines Bankkontos gegen die gebuchten Zahlungen, mit nicht zugeordneten Posten</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred revenue</source>
        <translation>Passive Rechnungsabgrenzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of invoiced service periods that falls after the date</source>
        <translation>Der Teil fakturierter Leistungszeiträume, der nach dem Stichtag liegt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unbilled revenue</source>
        <translation>Nicht fakturierte Umsätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service on active subscriptions delivered up to the date and not yet invoiced</source>
        <translation>Bis zum Stichtag erbrachte, noch nicht fakturierte Leistung aus aktiven Abonnements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trial balance</source>
        <translation>Summen- und Saldenliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account&apos;s balance as of the date; debits equal credits</source>
        <translation>Saldo jedes Kontos zum Stichtag; Soll gleich Haben</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>General ledger</source>
        <translation>Hauptbuch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal lines per account with opening, running and closing balance</source>
        <translation>Buchungszeilen je Konto mit Anfangs-, laufendem und Endsaldo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes issued in the period with the invoices they correct</source>
        <translation>Im Zeitraum ausgestellte Gutschriften mit den Rechnungen, die sie korrigieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxable amounts and tax by country, region, category and rate, invoices less credit notes, checked against the ledger&apos;s tax payable</source>
        <translation>Steuerpflichtige Beträge und Steuer nach Land, Region, Kategorie und Satz, Rechnungen abzüglich Gutschriften, abgeglichen mit der Steuerverbindlichkeit im Hauptbuch</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer credit balances</source>
        <translation>Kundenguthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied over-payments and credit notes per customer</source>
        <translation>Nicht zugeordnete Überzahlungen und Gutschriften je Kunde</translation>
    </message>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="+25"/>
        <source>COPY needs a PostgreSQL connection</source>
        <translation>COPY benötigt eine PostgreSQL-Verbindung</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="-338"/>
        <location filename="../app/cli/recognitioncommands.cpp" line="+165"/>
        <source>No product with the code “%1”</source>
        <translation>Kein Produkt mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-150"/>
        <source>No plan with the code “%1”</source>
        <translation>Kein Tarif mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--price needs --currency</source>
        <translation>--price benötigt --currency</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--price: “%1” is not an amount in %2 (use a dot: 12.50)</source>
        <translation>--price: „%1“ ist kein Betrag in %2 (verwenden Sie einen Punkt: 12.50)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--period: “%1” is not monthly, quarterly or annual</source>
        <translation>--period: „%1“ ist nicht monthly, quarterly oder annual</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>monthly</source>
        <translation>monatlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly</source>
        <translation>vierteljährlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annual</source>
        <translation>jährlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 months</source>
        <translation>alle %1 Monate</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at %1 each</source>
        <translation>zu je %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ %1 flat</source>
        <translation>+ %1 pauschal</translation>
    </message>
    <message>
        <location line="+66"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-8"/>
        <location filename="../app/cli/companycommands.cpp" line="-6"/>
        <location filename="../app/cli/customercommands.cpp" line="-5"/>
        <location filename="../app/cli/mailcommands.cpp" line="-107"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+143"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="+1"/>
        <location filename="../app/cli/companycommands.cpp" line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="+1"/>
        <location filename="../app/cli/mailcommands.cpp" line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+1"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added product %1 (%2)</source>
        <translation>Produkt %1 (%2) hinzugefügt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved product %1</source>
        <translation>Produkt %1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <location line="+63"/>
        <location line="+32"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-24"/>
        <location line="+162"/>
        <location filename="../app/cli/customercommands.cpp" line="-86"/>
        <location line="+88"/>
        <location filename="../app/cli/dunningcommands.cpp" line="-118"/>
        <location filename="../app/cli/exportcommands.cpp" line="-53"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+27"/>
        <location line="+63"/>
        <location line="+32"/>
        <location filename="../app/cli/customercommands.cpp" line="-87"/>
        <location line="+88"/>
        <location filename="../app/cli/dunningcommands.cpp" line="+81"/>
        <location filename="../app/cli/exportcommands.cpp" line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-27"/>
        <location line="+31"/>
        <location filename="../app/cli/taxcommands.cpp" line="-2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+27"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Tax category</source>
        <translation>Steuerkategorie</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Recognition</source>
        <translation>Realisierung</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Revenue account</source>
        <translation>Erlöskonto</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <location line="+65"/>
        <location line="+38"/>
        <location filename="../app/cli/customercommands.cpp" line="-81"/>
        <location line="+88"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-32"/>
        <location line="+31"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), archived</source>
        <translation>%1 (%2), archiviert</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plan add: --product names the product the plan bills</source>
        <translation>plan add: --product nennt das Produkt, das der Tarif abrechnet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added plan %1 (%2)</source>
        <translation>Tarif %1 (%2) hinzugefügt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved plan %1</source>
        <translation>Tarif %1 gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plans</source>
        <translation>Tarife</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <location filename="../app/cli/periodcommands.cpp" line="+96"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Pricing</source>
        <translation>Preisgestaltung</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+39"/>
        <source>Trial days</source>
        <translation>Testtage</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Tiers</source>
        <translation>Staffeln</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>by tier</source>
        <translation>nach Staffel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per %1</source>
        <translation>je %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tier %1</source>
        <translation>Staffel %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Archived product %1; its plans and history stay</source>
        <translation>Produkt %1 archiviert; seine Tarife und sein Verlauf bleiben erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored product %1</source>
        <translation>Produkt %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “product %1”</source>
        <translation>Unbekannter Befehl „product %1“</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archived plan %1</source>
        <translation>Tarif %1 archiviert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored plan %1</source>
        <translation>Tarif %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “plan %1”</source>
        <translation>Unbekannter Befehl „plan %1“</translation>
    </message>
    <message>
        <location filename="../app/cli/companycommands.cpp" line="-12"/>
        <source>--%1: yes or no, not “%2”</source>
        <translation>--%1: yes oder no, nicht „%2“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal name</source>
        <translation>Firmenname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="-4"/>
        <source>Tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax country</source>
        <translation>Steuerland</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="-1"/>
        <source>Terms (days)</source>
        <translation>Zahlungsziel (Tage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice prefix</source>
        <translation>Rechnungspräfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note prefix</source>
        <translation>Gutschriftspräfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt prefix</source>
        <translation>Belegpräfix</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing runs</source>
        <translation>Abrechnungsläufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issue invoices</source>
        <translation>Rechnungen ausstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave drafts</source>
        <translation>Entwürfe belassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number</source>
        <translation>Bankleitzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Registernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronic address</source>
        <translation>Elektronische Adresse</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customer code</source>
        <translation>Kundennummer anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="-25"/>
        <location filename="../app/cli/mailcommands.cpp" line="+13"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <location filename="../app/cli/mailcommands.cpp" line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show status stamp</source>
        <translation>Statusstempel anzeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customers may change their subscriptions&apos; quantities</source>
        <translation>Kunden dürfen die Mengen ihrer Abonnements ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers may not change their subscriptions&apos; quantities</source>
        <translation>Kunden dürfen die Mengen ihrer Abonnements nicht ändern</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--billing-run: issue or draft, not “%1”</source>
        <translation>--billing-run: issue oder draft, nicht „%1“</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the company %1</source>
        <translation>Unternehmen %1 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>company show | company set --name … --currency … --tax-country …</source>
        <translation>company show | company set --name … --currency … --tax-country …</translation>
    </message>
    <message>
        <location filename="../app/cli/customercommands.cpp" line="-119"/>
        <location filename="../app/cli/recognitioncommands.cpp" line="-4"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-156"/>
        <source>No customer with the code “%1”</source>
        <translation>Kein Kunde mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added customer %1 (%2)</source>
        <translation>Kunde %1 (%2) hinzugefügt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer %1 has no billing profile for the electronic address</source>
        <translation>Kunde %1 hat kein Abrechnungsprofil für die elektronische Adresse</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved customer %1</source>
        <translation>Kunde %1 gespeichert</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archived customers</source>
        <translation>Archivierte Kunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing profile (default)</source>
        <translation>Abrechnungsprofil (Standard)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing profile</source>
        <translation>Abrechnungsprofil</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment method</source>
        <translation>Zahlungsmittel</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Archived customer %1; its history stays</source>
        <translation>Kunde %1 archiviert; sein Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored customer %1</source>
        <translation>Kunde %1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted customer %1</source>
        <translation>Kunde %1 gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “customer %1”</source>
        <translation>Unbekannter Befehl „customer %1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--card-number: Accrue never stores a full card number; give --last4 and the gateway&apos;s reference in --label</source>
        <translation>--card-number: Accrue speichert nie eine vollständige Kartennummer; geben Sie --last4 und die Referenz des Zahlungsanbieters in --label an</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added %1 for %2</source>
        <translation>%1 für %2 hinzugefügt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment methods of %1</source>
        <translation>Zahlungsmittel von %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/exportcommands.cpp" line="-3"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+207"/>
        <location filename="../app/cli/tenantcommands.cpp" line="-3"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last four</source>
        <translation>Letzte vier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../app/cli/dunningcommands.cpp" line="-79"/>
        <location line="+115"/>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="+2"/>
        <location filename="../app/cli/dunningcommands.cpp" line="-114"/>
        <location line="+80"/>
        <location filename="../app/cli/periodcommands.cpp" line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location filename="../app/cli/dunningcommands.cpp" line="-79"/>
        <location line="+115"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Fee</source>
        <translation>Gebühr</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dunning run takes no arguments (dunning run [--dry-run] [--date D])</source>
        <translation>dunning run erwartet keine Argumente (dunning run [--dry-run] [--date D])</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dunning plan for %1 (dry run)</source>
        <translation>Mahnplan für %1 (Probelauf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/mailcommands.cpp" line="-82"/>
        <source>E-mail is not set up: accrue-cli mail settings set --smtp-host HOST --from-address ADDRESS ...</source>
        <translation>E-Mail ist nicht eingerichtet: accrue-cli mail settings set --smtp-host HOST --from-address ADRESSE ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dunning run for %1</source>
        <translation>Mahnlauf für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued %1 reminders, flagged %2 invoices for review, issued %3 late fees; %4 already done, %5 no longer due, %6 with problems</source>
        <translation>%1 Mahnungen eingereiht, %2 Rechnungen zur Prüfung markiert, %3 Mahngebühren ausgestellt; %4 bereits erledigt, %5 nicht mehr fällig, %6 mit Problemen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send them with: accrue-cli mail deliver</source>
        <translation>Senden mit: accrue-cli mail deliver</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dunning steps</source>
        <translation>Mahnstufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/mailcommands.cpp" line="+199"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 dunning steps (version %2)</source>
        <translation>%1 Mahnstufen gespeichert (Version %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use dunning steps show, or dunning steps set FILE.json</source>
        <translation>verwenden Sie dunning steps show oder dunning steps set DATEI.json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoices flagged for review</source>
        <translation>Zur Prüfung markierte Rechnungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/periodcommands.cpp" line="+2"/>
        <location filename="../app/cli/recognitioncommands.cpp" line="-84"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>use dunning clear-flag NUMBER [--note TEXT]</source>
        <translation>verwenden Sie dunning clear-flag NUMMER [--note TEXT]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleared the review flag of invoice %1</source>
        <translation>Prüfmarkierung der Rechnung %1 entfernt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown command “dunning %1” (run, steps, flagged, clear-flag)</source>
        <translation>Unbekannter Befehl „dunning %1“ (run, steps, flagged, clear-flag)</translation>
    </message>
    <message>
        <location filename="../app/cli/ratecommands.cpp" line="-29"/>
        <source>rate add needs BASE QUOTE RATE (rate add EUR USD 1.0823 --date 2026-05-04)</source>
        <translation>rate add benötigt BASIS KURSWÄHRUNG KURS (rate add EUR USD 1.0823 --date 2026-05-04)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/%2 on %3: %4</source>
        <translation>%1/%2 am %3: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rate list takes no arguments (use --base, --quote, --from, --to)</source>
        <translation>rate list erwartet keine Argumente (verwenden Sie --base, --quote, --from, --to)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exchange rates</source>
        <translation>Wechselkurse</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>Basis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Kurswährung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/taxcommands.cpp" line="-1"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rate import needs one FILE (eurofxref-hist.csv or date,base,quote,rate)</source>
        <translation>rate import benötigt eine DATEI (eurofxref-hist.csv oder date,base,quote,rate)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 rates (%2 format): %3 new, %4 replaced, %5 already stored</source>
        <translation>%1 Kurse importiert (%2-Format): %3 neu, %4 ersetzt, %5 bereits gespeichert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECB</source>
        <translation>EZB</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>long</source>
        <translation>Listen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of currencies Accrue does not know were passed over: %1</source>
        <translation>Spalten mit Währungen, die Accrue nicht kennt, wurden übergangen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command “rate %1” (use add, list or import)</source>
        <translation>Unbekannter Befehl „rate %1“ (verwenden Sie add, list oder import)</translation>
    </message>
    <message>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-192"/>
        <source>--date: give the date the change takes effect (YYYY-MM-DD)</source>
        <translation>--date: geben Sie das Datum an, ab dem die Änderung gilt (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>subscription add --customer CODE --plan CODE [--licenses N] [--start DATE] [...]</source>
        <translation>subscription add --customer CODE --plan CODE [--licenses N] [--start DATUM] [...]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added subscription %1: %2 on %3, %4 license(s), %5; first billed on %6</source>
        <translation>Abonnement %1 hinzugefügt: %2 für %3, %4 Lizenz(en), %5; erste Abrechnung am %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>subscription change: give --plan, --licenses or both</source>
        <translation>subscription change: geben Sie --plan, --licenses oder beides an</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed subscription %1 from %2; the next billing run prorates it</source>
        <translation>Abonnement %1 ab %2 geändert; der nächste Abrechnungslauf berechnet es anteilig</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Subscription %1 is %2</source>
        <translation>Abonnement %1 ist %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; served through %1</source>
        <translation>; Leistung bis %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status: “%1” is not trial, active, paused or cancelled</source>
        <translation>--status: „%1“ ist nicht trial, active, paused oder cancelled</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+31"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Billed through</source>
        <translation>Abgerechnet bis</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+34"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Subscription %1</source>
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trial ends</source>
        <translation>Testphase endet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused on</source>
        <translation>Pausiert am</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled on</source>
        <translation>Gekündigt am</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/taxcommands.cpp" line="-2"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/province</source>
        <translation>Bundesland/Provinz</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>billed</source>
        <translation>abgerechnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not billed yet</source>
        <translation>noch nicht abgerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>Änderung %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subscription import FILE.csv</source>
        <translation>subscription import DATEI.csv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Billing key</source>
        <translation>Abrechnungsschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/taxcommands.cpp" line="+4"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="+40"/>
        <location line="+23"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+9"/>
        <location filename="../core/storage/journalrepository.cpp" line="-4"/>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+0"/>
        <location filename="../core/storage/journalrepository.cpp" line="-2"/>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+23"/>
        <source>Unknown command “subscription %1”</source>
        <translation>Unbekannter Befehl „subscription %1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--issue and --draft exclude each other</source>
        <translation>--issue und --draft schließen einander aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billing run --date D: give the date to bill up to</source>
        <translation>billing run --date D: geben Sie das Datum an, bis zu dem abgerechnet wird</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Billing run preview for %1</source>
        <translation>Vorschau des Abrechnungslaufs für %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Billing run %1 for %2</source>
        <translation>Abrechnungslauf %1 für %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing run %1 for %2: %3 invoice(s) %4, %5 credit note(s), %6 subscription(s) in %7 s (%8 invoices/s)</source>
        <translation>Abrechnungslauf %1 für %2: %3 Rechnung(en) %4, %5 Gutschrift(en), %6 Abonnement(s) in %7 s (%8 Rechnungen/s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>issued</source>
        <translation>ausgestellt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as drafts</source>
        <translation>als Entwürfe belassen</translation>
    </message>
    <message>
        <location filename="../app/cli/taxcommands.cpp" line="-41"/>
        <source>tax-rate add takes options only: --country CC [--region R] --category C --rate PERCENT [--name TEXT] [--from D] [--to D]</source>
        <translation>tax-rate add erwartet nur Optionen: --country CC [--region R] --category C --rate PROZENT [--name TEXT] [--from D] [--to D]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tax-rate add needs --%1</source>
        <translation>tax-rate add benötigt --%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added tax rate %1: %2 %</source>
        <translation>Steuersatz %1 hinzugefügt: %2 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tax-rate list takes options only: [--country CC] [--format F]</source>
        <translation>tax-rate list erwartet nur Optionen: [--country CC] [--format F]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tax rates</source>
        <translation>Steuersätze</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exemption (e-invoices)</source>
        <translation>Befreiung (E-Rechnungen)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tax-rate end ID --to YYYY-MM-DD (the ID from tax-rate list)</source>
        <translation>tax-rate end ID --to YYYY-MM-DD (die ID aus tax-rate list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tax rate %1 ends on %2</source>
        <translation>Steuersatz %1 endet am %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tax-rate import needs one file: FILE.csv with the columns country,region,category,rate,name,valid_from,valid_to</source>
        <translation>tax-rate import benötigt eine Datei: DATEI.csv mit den Spalten country,region,category,rate,name,valid_from,valid_to</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command “tax-rate %1” (add, list, end or import)</source>
        <translation>Unbekannter Befehl „tax-rate %1“ (add, list, end oder import)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tax-country takes at most one country code: tax-country [CC]</source>
        <translation>tax-country erwartet höchstens einen Ländercode: tax-country [CC]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s tax country is %1</source>
        <translation>Das Steuerland des Unternehmens ist %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company has no tax country (set one with accrue-cli tax-country CC)</source>
        <translation>Das Unternehmen hat kein Steuerland (legen Sie eines fest mit accrue-cli tax-country CC)</translation>
    </message>
    <message>
        <location filename="../core/billing/catalogservice.cpp" line="+43"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1: enthält Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location filename="../core/billing/collectionsservice.cpp" line="+30"/>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <location filename="../core/billing/exchangerateservice.cpp" line="+43"/>
        <source>%1: “%2” is not an ISO 4217 currency code</source>
        <translation>%1: „%2“ ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="+52"/>
        <source>tax country: “%1” is not a two-letter country code (ISO 3166, e.g. DE, US)</source>
        <translation>Steuerland: „%1“ ist kein zweistelliger Ländercode (ISO 3166, z. B. DE, US)</translation>
    </message>
    <message>
        <location filename="../core/billing/subscriptionservice.cpp" line="+34"/>
        <location line="+12"/>
        <source>plan: no plan with id %1</source>
        <translation>plan: kein Tarif mit der ID %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>plan: %1 is archived and takes no new subscriptions</source>
        <translation>plan: %1 ist archiviert und nimmt keine neuen Abonnements an</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>date: a change can go back to %1, the start of the last period billed, not to %2</source>
        <translation>date: eine Änderung kann bis %1 zurückreichen, den Beginn des zuletzt abgerechneten Zeitraums, nicht bis %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>licenses: a whole number from 1 to %1, not %2</source>
        <translation>licenses: eine ganze Zahl von 1 bis %1, nicht %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give a date from %2 to %3</source>
        <translation>%1: geben Sie ein Datum von %2 bis %3 an</translation>
    </message>
    <message>
        <location filename="../core/domain/paymentmethodrules.cpp" line="+66"/>
        <source>%1 holds what looks like a full card number; Accrue never stores one (keep the last four digits and the gateway&apos;s reference)</source>
        <translation>%1 enthält offenbar eine vollständige Kartennummer; Accrue speichert nie eine solche (behalten Sie die letzten vier Ziffern und die Referenz des Zahlungsanbieters)</translation>
    </message>
    <message>
        <location filename="../core/domain/taxrules.cpp" line="+48"/>
        <source>Zero-rated</source>
        <translation>Nullsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt</source>
        <translation>Steuerfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse charge</source>
        <translation>Reverse Charge</translation>
    </message>
    <message>
        <location filename="../core/dunning/dunningschedule.cpp" line="+56"/>
        <source>

Payment details:
{payment_details}

If you have already paid, thank you, and please disregard this message. If something about the invoice is not right, just reply to this e-mail and we will sort it out.

Kind regards,
{company}
</source>
        <translation>

Zahlungsinformationen:
{payment_details}

Falls Sie bereits bezahlt haben, danken wir Ihnen und bitten Sie, diese Nachricht zu ignorieren. Sollte an der Rechnung etwas nicht stimmen, antworten Sie einfach auf diese E-Mail, und wir klären es.

Mit freundlichen Grüßen
{company}
</translation>
    </message>
    <message>
        <location filename="../core/exchange/customercsv.cpp" line="+24"/>
        <location filename="../core/exchange/productcsv.cpp" line="+82"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+24"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+25"/>
        <source>%1:%2: unknown column “%3” (known: %4)</source>
        <translation>%1:%2: unbekannte Spalte „%3“ (bekannt: %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/exchange/productcsv.cpp" line="+5"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+5"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+5"/>
        <source>%1:%2: the column “%3” appears twice</source>
        <translation>%1:%2: die Spalte „%3“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/exchange/productcsv.cpp" line="+9"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+8"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+8"/>
        <source>%1:%2: a “%3” column is required</source>
        <translation>%1:%2: eine Spalte „%3“ ist erforderlich</translation>
    </message>
    <message>
        <location filename="../core/exchange/productcsv.cpp" line="+18"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 Felder, aber die Kopfzeile nennt %4</translation>
    </message>
    <message>
        <location filename="../core/mail/mailmessage.cpp" line="+35"/>
        <source>%1: line breaks are not allowed in an e-mail header (“%2”)</source>
        <translation>%1: Zeilenumbrüche sind in einem E-Mail-Header nicht erlaubt („%2“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: control characters are not allowed in an e-mail header</source>
        <translation>%1: Steuerzeichen sind in einem E-Mail-Header nicht erlaubt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not an e-mail address (name@example.com)</source>
        <translation>%1: „%2“ ist keine E-Mail-Adresse (name@example.com)</translation>
    </message>
    <message>
        <location filename="../core/reports/statementofaccountreport.cpp" line="+41"/>
        <source>Reversal</source>
        <translation>Storno</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitesharing.cpp" line="+139"/>
        <source>another program</source>
        <translation>ein anderes Programm</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2)</source>
        <translation>%1 (Prozess %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2, user %3)</source>
        <translation>%1 (Prozess %2, Benutzer %3)</translation>
    </message>
    <message>
        <location filename="../app/cli/periodcommands.cpp" line="-115"/>
        <source>“%1” is not a month (use YYYY-MM)</source>
        <translation>„%1“ ist kein Monat (verwenden Sie YYYY-MM)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>use close-period YYYY-MM [--dry-run] [--format table|csv|json]</source>
        <translation>verwenden Sie close-period YYYY-MM [--dry-run] [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already closed: the books are closed through %2</source>
        <translation>%1 ist bereits abgeschlossen: die Bücher sind bis %2 abgeschlossen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month-end checklist for %1%2</source>
        <translation>Checkliste Monatsabschluss für %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (dry run)</source>
        <translation> (Probelauf)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be closed: %2 blocking, %3 warnings (see the checklist)</source>
        <translation>%1 kann nicht abgeschlossen werden: %2 blockierend, %3 Warnungen (siehe Checkliste)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month-end checklist for %1</source>
        <translation>Checkliste Monatsabschluss für %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed %1: the books are closed through %2 (%3 warnings)</source>
        <translation>%1 abgeschlossen: die Bücher sind bis %2 abgeschlossen (%3 Warnungen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit checkpoint: %1</source>
        <translation>Prüfpunkt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use reopen-period YYYY-MM --reason TEXT</source>
        <translation>verwenden Sie reopen-period YYYY-MM --reason TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reopen-period needs --reason TEXT (why the period is reopened)</source>
        <translation>reopen-period benötigt --reason TEXT (warum der Zeitraum wieder geöffnet wird)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopened %1: the books are closed through %2</source>
        <translation>%1 wieder geöffnet: die Bücher sind bis %2 abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened %1: no period is closed</source>
        <translation>%1 wieder geöffnet: kein Zeitraum ist abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>periods takes no arguments</source>
        <translation>periods erwartet keine Argumente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Books closed through %1 (closes since %2); next to close: %3</source>
        <translation>Bücher abgeschlossen bis %1 (Abschlüsse seit %2); als Nächstes abzuschließen: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No period is closed</source>
        <translation>Kein Zeitraum ist abgeschlossen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed through</source>
        <translation>Abgeschlossen bis</translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="-3"/>
        <location filename="../app/cli/periodcommands.cpp" line="+2"/>
        <source>At (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <location filename="../app/cli/periodcommands.cpp" line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location filename="../app/cli/recognitioncommands.cpp" line="-23"/>
        <source>--milestones: “%1” is not NAME:PERCENT</source>
        <translation>--milestones: „%1“ ist nicht NAME:PROZENT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--milestones: “%1” is not a percentage from 0 to 100</source>
        <translation>--milestones: „%1“ ist kein Prozentsatz von 0 bis 100</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Milestones of %1, line %2</source>
        <translation>Meilensteine von %1, Position %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (bp)</source>
        <translation>Anteil (BP)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>milestone define NUMBER --line N --milestones NAME:PCT,NAME:PCT,...</source>
        <translation>milestone define NUMMER --line N --milestones NAME:PCT,NAME:PCT,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestone define needs --milestones NAME:PCT,...</source>
        <translation>milestone define benötigt --milestones NAME:PCT,...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>milestone done NUMBER --line N --milestone K [--date D]</source>
        <translation>milestone done NUMMER --line N --milestone K [--date D]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, line %2: milestone %3 “%4” done on %5; revenue recognition posts it</source>
        <translation>%1, Position %2: Meilenstein %3 „%4“ am %5 erledigt; die Umsatzrealisierung bucht ihn</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>milestone list NUMBER --line N</source>
        <translation>milestone list NUMMER --line N</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>milestone define|done|list</source>
        <translation>milestone define|done|list</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>recognize --through YYYY-MM-DD [--dry-run]</source>
        <translation>recognize --through YYYY-MM-DD [--dry-run]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Would recognise through %1: %2 journal entries, %3 schedule rows (%4), %5 usage records accrued (%6)</source>
        <translation>Würde realisieren bis %1: %2 Buchungen, %3 Planzeilen (%4), %5 Nutzungsdatensätze abgegrenzt (%6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised through %1: %2 journal entries, %3 schedule rows (%4), %5 usage records accrued (%6)</source>
        <translation>Realisiert bis %1: %2 Buchungen, %3 Planzeilen (%4), %5 Nutzungsdatensätze abgegrenzt (%6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage add --customer CODE --product CODE --quantity Q [--date D]</source>
        <translation>usage add --customer CODE --product CODE --quantity Q [--date D]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage add needs --%1</source>
        <translation>usage add benötigt --%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage %1: %2 x %3 delivered to %4 on %5, %6 %7</source>
        <translation>Nutzung %1: %2 x %3 geliefert an %4 am %5, %6 %7</translation>
    </message>
    <message>
        <location filename="../core/billing/journalexportservice.cpp" line="+37"/>
        <source>The %1 export names accounts by Accrue&apos;s chart and needs no mapping</source>
        <translation>Der Export %1 benennt Konten nach dem Kontenplan von Accrue und benötigt keine Zuordnung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: contains control characters</source>
        <translation>%1: enthält Steuerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: at most 200 characters</source>
        <translation>%1: höchstens 200 Zeichen</translation>
    </message>
    <message>
        <location filename="../core/domain/periodclose.cpp" line="+50"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocking</source>
        <translation>Blockierend</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/reports/recognitionreports.cpp" line="+23"/>
        <source>Revenue waterfall</source>
        <translation>Umsatz-Wasserfall</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue recognised per month (columns) from the invoices of each month (rows), posted or due</source>
        <translation>Realisierter Umsatz je Monat (Spalten) aus den Rechnungen jedes Monats (Zeilen), gebucht oder fällig</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred revenue roll-forward</source>
        <translation>Entwicklung der passiven Rechnungsabgrenzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred revenue per month: opening, billed, recognised, credited, closing (the ledger&apos;s balance)</source>
        <translation>Passive Rechnungsabgrenzung je Monat: Anfangsbestand, fakturiert, realisiert, gutgeschrieben, Endbestand (der Saldo im Hauptbuch)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recognition schedule</source>
        <translation>Realisierungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice&apos;s revenue schedule (--invoice), or those of the invoices issued in the period: dates, amounts, milestones, credit notes, posted or pending</source>
        <translation>Der Umsatzplan einer Rechnung (--invoice) oder die der im Zeitraum ausgestellten Rechnungen: Daten, Beträge, Meilensteine, Gutschriften, gebucht oder ausstehend</translation>
    </message>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="-3"/>
        <source>reversal of the payment</source>
        <translation>Storno der Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credit applied</source>
        <translation>Guthaben verrechnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revenue recognition</source>
        <translation>Umsatzrealisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entry (%1)</source>
        <translation>Buchung (%1)</translation>
    </message>
    <message>
        <location filename="../app/cli/tenantcommands.cpp" line="-43"/>
        <source>There is no customer with the code “%1”</source>
        <translation>Es gibt keinen Kunden mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tenant add takes no arguments (--kind, --parent, --name)</source>
        <translation>tenant add erwartet keine Argumente (--kind, --parent, --name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind: partner or customer</source>
        <translation>--kind: partner oder customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenant add needs --parent ID|NAME and --name NAME</source>
        <translation>tenant add benötigt --parent ID|NAME und --name NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--customer CODE goes with --kind customer, and only with it</source>
        <translation>--customer CODE gehört zu --kind customer, und nur dazu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenant %1 “%2” (%3) added under “%4”</source>
        <translation>Mandant %1 „%2“ (%3) unter „%4“ hinzugefügt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tenant list takes no arguments</source>
        <translation>tenant list erwartet keine Argumente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenants</source>
        <translation>Mandanten</translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="+5"/>
        <location filename="../app/cli/tenantcommands.cpp" line="+1"/>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../app/cli/tenantcommands.cpp" line="+1"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Übergeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth</source>
        <translation>Tiefe</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>use tenant move CUSTOMER --to TENANT</source>
        <translation>verwenden Sie tenant move KUNDE --to MANDANT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1 now belongs to “%2”</source>
        <translation>Kunde %1 gehört jetzt zu „%2“</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown command “tenant %1” (add, list, move)</source>
        <translation>Unbekannter Befehl „tenant %1“ (add, list, move)</translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="+34"/>
        <source>%1 (OS login %2)</source>
        <translation>%1 (Systemanmeldung %2)</translation>
    </message>
    <message>
        <location filename="../core/einvoice/einvoicedocument.cpp" line="+35"/>
        <source>VAT ID %1</source>
        <translation>USt-IdNr. %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax registration %1</source>
        <translation>Steuerregistrierung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration %1</source>
        <translation>Registrierung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Electronic address %1</source>
        <translation>Elektronische Adresse %1</translation>
    </message>
    <message>
        <location filename="../core/einvoice/ublvalidator.cpp" line="+27"/>
        <source>standard rated (S)</source>
        <translation>Normalsatz (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zero rated (Z)</source>
        <translation>Nullsatz (Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt (E)</source>
        <translation>steuerfrei (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reverse charge (AE)</source>
        <translation>Reverse Charge (AE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intra-community supply (K)</source>
        <translation>innergemeinschaftliche Lieferung (K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export outside the EU (G)</source>
        <translation>Ausfuhr außerhalb der EU (G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not subject to VAT (O)</source>
        <translation>nicht umsatzsteuerbar (O)</translation>
    </message>
</context>
<context>
    <name>Accrue::AccountingExportPane</name>
    <message>
        <location filename="../ui/dialogs/accountingexportpane.cpp" line="+43"/>
        <source>Tax: %1, %2 %</source>
        <translation>Steuer: %1, %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax: %1 (any rate)</source>
        <translation>Steuer: %1 (beliebiger Satz)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QuickBooks reads each account&apos;s full name as in its chart of accounts (Parent:Child for a subaccount).</source>
        <translation>QuickBooks liest den vollständigen Namen jedes Kontos wie in seinem Kontenplan (Parent:Child für ein Unterkonto).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xero reads each account&apos;s code, and each tax rate&apos;s tax type: its name as in Xero (else its code). A rate without a row of its own uses its category&apos;s.</source>
        <translation>Xero liest den Code jedes Kontos und die Steuerart jedes Steuersatzes: deren Namen wie in Xero (sonst deren Code). Ein Satz ohne eigene Zeile verwendet die seiner Kategorie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NetSuite reads each account&apos;s number; where there is none, its name.</source>
        <translation>NetSuite liest die Nummer jedes Kontos; wo keine vorhanden ist, dessen Namen.</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Accrue</source>
        <translation>In Accrue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in %1</source>
        <translation>Nummer in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code in %1</source>
        <translation>Code in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in %1</source>
        <translation>Name in %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Double-click a cell (or start typing) to change it; Save keeps every format&apos;s changes.</source>
        <translation>Doppelklicken Sie auf eine Zelle (oder beginnen Sie zu tippen), um sie zu ändern; Speichern übernimmt die Änderungen aller Formate.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator can change the mapping.</source>
        <translation>Nur ein Administrator kann die Zuordnung ändern.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mapped</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not mapped</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As %1</source>
        <translation>Als %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 writes “%2”</source>
        <translation>%1 schreibt „%2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export that uses it stops before writing anything</source>
        <translation>Ein Export, der es verwendet, bricht ab, bevor er etwas schreibt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: accounts mapped: %2 of %3</source>
        <translation>%1: Konten zugeordnet: %2 von %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; tax rates mapped: %1 of %2</source>
        <translation>; Steuersätze zugeordnet: %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An export stops before writing anything while an account or tax rate it uses is not mapped, and names each one.</source>
        <translation>Ein Export bricht ab, bevor er etwas schreibt, solange ein verwendetes Konto oder ein Steuersatz nicht zugeordnet ist, und nennt jedes davon.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Accounting Export, %1: %2</source>
        <translation>Buchhaltungsexport, %1: %2</translation>
    </message>
    <message>
        <location line="-174"/>
        <source>E&amp;xport to:</source>
        <translation>E&amp;xportieren nach:</translation>
    </message>
</context>
<context>
    <name>Accrue::AgingReport</name>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="+32"/>
        <source>Current</source>
        <translation>Nicht fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1-30</source>
        <translation>1-30</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>31-60</source>
        <translation>31-60</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>61-90</source>
        <translation>61-90</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>90+</source>
        <translation>90+</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO (days)</source>
        <translation>DSO (Tage)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>AR aging as of %1</source>
        <translation>Altersstruktur der Forderungen zum %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+98"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditAccess</name>
    <message>
        <location filename="../core/billing/auditaccess.cpp" line="+16"/>
        <source>the audit trail</source>
        <translation>der Prüfpfad</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditCheckpoint</name>
    <message>
        <location filename="../core/billing/auditcheckpoints.cpp" line="+72"/>
        <source>no checkpoint line (accrue-audit-checkpoint 1 book=… records=… head=… at=… hmac-sha256=…) in it</source>
        <translation>keine Prüfpunktzeile (accrue-audit-checkpoint 1 book=… records=… head=… at=… hmac-sha256=…) darin</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditCheckpoints</name>
    <message>
        <location line="+14"/>
        <source>there is no OS keychain to keep the checkpoint key in</source>
        <translation>es gibt keinen Schlüsselbund des Betriebssystems für den Prüfpunktschlüssel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keychain could not be read for the checkpoint key</source>
        <translation>der Schlüsselbund konnte für den Prüfpunktschlüssel nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this keychain holds no checkpoint key for book %1 (checkpoints are signed with the key of the keychain that made them)</source>
        <translation>dieser Schlüsselbund enthält keinen Prüfpunktschlüssel für Buch %1 (Prüfpunkte werden mit dem Schlüssel des Schlüsselbunds signiert, der sie erstellt hat)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the checkpoint key could not be stored in the keychain</source>
        <translation>der Prüfpunktschlüssel konnte nicht im Schlüsselbund gespeichert werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>make audit checkpoints</source>
        <translation>Prüfpunkte erstellen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checkpoint is unsigned: %1</source>
        <translation>Der Prüfpunkt ist nicht signiert: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the checkpoint is of book %1; this is book %2</source>
        <translation>der Prüfpunkt gehört zu Buch %1; dies ist Buch %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the checkpoint&apos;s signature does not match: the line was altered or signed with another key</source>
        <translation>die Signatur des Prüfpunkts stimmt nicht: die Zeile wurde verändert oder mit einem anderen Schlüssel signiert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the checkpoint is unsigned, but this keychain holds the book&apos;s checkpoint key: the line was altered</source>
        <translation>der Prüfpunkt ist nicht signiert, aber dieser Schlüsselbund enthält den Prüfpunktschlüssel des Buchs: die Zeile wurde verändert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the trail holds %1 records but the checkpoint of %2 saw %3: records at the end were removed</source>
        <translation>der Prüfpfad enthält %1 Einträge, aber der Prüfpunkt vom %2 sah %3: Einträge am Ende wurden entfernt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record %1 is not the one the checkpoint of %2 saw: the trail was rewritten</source>
        <translation>Eintrag %1 ist nicht der, den der Prüfpunkt vom %2 sah: der Prüfpfad wurde umgeschrieben</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditLog</name>
    <message>
        <location filename="../core/security/auditlog.cpp" line="+105"/>
        <source>record %1 is missing (next found is %2): a row was deleted</source>
        <translation>Eintrag %1 fehlt (nächster gefundener ist %2): eine Zeile wurde gelöscht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record %1 does not link to record %2</source>
        <translation>Eintrag %1 verweist nicht auf Eintrag %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 (%2 %3 %4, by %5) was altered after it was written</source>
        <translation>Eintrag %1 (%2 %3 %4, von %5) wurde nach dem Schreiben verändert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verification cancelled after %1 of %2 records</source>
        <translation>Prüfung nach %1 von %2 Einträgen abgebrochen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the trail ends at record %1 but %2 records were written: records at the end were deleted</source>
        <translation>der Prüfpfad endet bei Eintrag %1, aber %2 Einträge wurden geschrieben: Einträge am Ende wurden gelöscht</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditLogDialog</name>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="+58"/>
        <location line="+171"/>
        <location line="+52"/>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+216"/>
        <source>Choose a record to see what it changed.</source>
        <translation>Wählen Sie einen Eintrag, um zu sehen, was er geändert hat.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Prüfen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no record was altered, removed or reordered, and prove the books (totals, allocations, journal, monthly balances) against the trail</source>
        <translation>Prüfen, dass kein Eintrag verändert, entfernt oder umsortiert wurde, und die Bücher (Summen, Zuordnungen, Journal, Monatssalden) gegen den Prüfpfad nachweisen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Any</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record&apos;s id, as the entity names it (an invoice&apos;s is its internal number, not the invoice number)</source>
        <translation>Die ID des Eintrags, wie das Objekt sie nennt (bei einer Rechnung ist es ihre interne Nummer, nicht die Rechnungsnummer)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any day</source>
        <translation>Beliebiger Tag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search actions, ids and values…</source>
        <translation>Aktionen, IDs und Werte durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;ntity:</source>
        <translation>&amp;Objekt:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record:</source>
        <translation>Ein&amp;trag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>B&amp;is:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All users</source>
        <translation>Alle Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All entities</source>
        <translation>Alle Objekte</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Audit Log — %1 %2</source>
        <translation>Prüfprotokoll — %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln Eintrag</numerusform>
            <numerusform>%Ln Einträge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record %1: %2 on %3 %4, by %5 at %6</source>
        <translation>Eintrag %1: %2 an %3 %4, von %5 um %6</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Export Audit Log</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verifying the audit trail…</source>
        <translation>Prüfpfad wird geprüft…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+14"/>
        <source>Verify Audit Trail</source>
        <translation>Prüfpfad prüfen</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The audit trail is intact: %Ln record(s) verified.</source>
        <translation>
            <numerusform>Der Prüfpfad ist intakt: %Ln Eintrag geprüft.</numerusform>
            <numerusform>Der Prüfpfad ist intakt: %Ln Einträge geprüft.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The books agree with it: %Ln stored row(s) proved (documents and their lines, allocations, journal entries and monthly balances).</source>
        <translation>
            <numerusform>Die Bücher stimmen damit überein: %Ln gespeicherte Zeile nachgewiesen (Belege und ihre Positionen, Zuordnungen, Buchungen und Monatssalden).</numerusform>
            <numerusform>Die Bücher stimmen damit überein: %Ln gespeicherte Zeilen nachgewiesen (Belege und ihre Positionen, Zuordnungen, Buchungen und Monatssalden).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is broken at record %1.</source>
        <translation>Der Prüfpfad ist bei Eintrag %1 beschädigt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Record %1</source>
        <translation>Eintrag %1 anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The audit trail is intact, but %Ln stored value(s) disagree with what they derive from or with the audit trail.</source>
        <translation>
            <numerusform>Der Prüfpfad ist intakt, aber %Ln gespeicherter Wert weicht von seiner Herleitung oder vom Prüfpfad ab.</numerusform>
            <numerusform>Der Prüfpfad ist intakt, aber %Ln gespeicherte Werte weichen von ihrer Herleitung oder vom Prüfpfad ab.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTableModel</name>
    <message>
        <location filename="../ui/models/audittablemodel.cpp" line="+57"/>
        <source>%1 (OS login %2)</source>
        <translation>%1 (Systemanmeldung %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
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
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTrail</name>
    <message>
        <location filename="../core/queries/audittrail.cpp" line="+18"/>
        <source>the audit trail</source>
        <translation>der Prüfpfad</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTrailReport</name>
    <message>
        <location filename="../core/reports/audittrailreport.cpp" line="+27"/>
        <source>the audit trail</source>
        <translation>der Prüfpfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Prüfpfad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Eintrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS login</source>
        <translation>Systemanmeldung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Eintrags-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
</context>
<context>
    <name>Accrue::BankCsvMapping</name>
    <message>
        <location filename="../core/exchange/bankcsvmapping.cpp" line="+71"/>
        <source>say which column holds the date</source>
        <translation>geben Sie an, welche Spalte das Datum enthält</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which column holds the amount, or which hold debit and credit</source>
        <translation>geben Sie an, welche Spalte den Betrag enthält oder welche Soll und Haben enthalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the statement&apos;s currency (ISO 4217) or its column</source>
        <translation>geben Sie die Währung des Kontoauszugs (ISO 4217) oder deren Spalte an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decimal separator is . or ,</source>
        <translation>das Dezimaltrennzeichen ist . oder ,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header rows cannot be negative</source>
        <translation>Kopfzeilen können nicht negativ sein</translation>
    </message>
</context>
<context>
    <name>Accrue::BankImportService</name>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="+36"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import bank statements</source>
        <translation>Kontoauszüge importieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bank record</source>
        <translation>der Bankdatensatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a CSV statement needs a mapping (--mapping NAME; save one with `accrue-cli bank mapping FILE.json`)</source>
        <translation>%1: ein CSV-Kontoauszug benötigt eine Zuordnung (--mapping NAME; speichern Sie eine mit `accrue-cli bank mapping FILE.json`)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1:%2: currency: %3 in an account kept in %4</source>
        <translation>%1:%2: Währung: %3 in einem Konto, das in %4 geführt wird</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>save bank file layouts</source>
        <translation>Bankdateiformate speichern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV mapping needs a name (the bank&apos;s)</source>
        <translation>Eine CSV-Zuordnung benötigt einen Namen (den der Bank)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping “%1” is incomplete: %2</source>
        <translation>Die Zuordnung „%1“ ist unvollständig: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no saved CSV mapping “%1”</source>
        <translation>Es gibt keine gespeicherte CSV-Zuordnung „%1“</translation>
    </message>
</context>
<context>
    <name>Accrue::BankLineTableModel</name>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="+19"/>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>Accrue::BankLinesPanel</name>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="+52"/>
        <source>&amp;Import Statement…</source>
        <translation>Kontoauszug &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Import Bank Statement</source>
        <translation>Kontoauszug importieren</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Bank statements (*.csv *.txt *.ofx *.qfx *.xml);;All files (*)</source>
        <translation>Kontoauszüge (*.csv *.txt *.ofx *.qfx *.xml);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Auto-match</source>
        <translation>Automatisch &amp;zuordnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccept</source>
        <translation>&amp;Annehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>Ab&amp;lehnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match by &amp;Hand…</source>
        <translation>&amp;Manuell zuordnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unmatch</source>
        <translation>Zuordnung a&amp;ufheben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All lines</source>
        <translation>Alle Zeilen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatched</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched</source>
        <translation>Zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignoriert</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show:</source>
        <translation>Anzeigen:</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <location line="+2"/>
        <source>%Ln bank line(s)</source>
        <translation>
            <numerusform>%Ln Bankzeile</numerusform>
            <numerusform>%Ln Bankzeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: read %2, new %3, duplicates %4</source>
        <translation>%1: gelesen %2, neu %3, Duplikate %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Examined %1 lines: %2 proposals (%3 ambiguous)</source>
        <translation>%1 Zeilen geprüft: %2 Vorschläge (%3 mehrdeutig)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-match</source>
        <translation>Automatisch zuordnen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line #%1: %2</source>
        <translation>Zeile #%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank lines</source>
        <translation>Bankzeilen</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Invoice?</source>
        <translation>Welche Rechnung?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from “%2” (%3) could pay any of these invoices. Which one does it pay?</source>
        <translation>%1 von „%2“ (%3) könnte jede dieser Rechnungen bezahlen. Welche bezahlt sie?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ignore Bank Lines</source>
        <translation>Bankzeilen ignorieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (bank fee, own transfer, …):</source>
        <translation>Grund (Bankgebühr, Eigenübertrag, …):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unmatch</source>
        <translation>Zuordnung aufheben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatch the selected lines? Their payments are reversed.</source>
        <translation>Zuordnung der ausgewählten Zeilen aufheben? Ihre Zahlungen werden storniert.</translation>
    </message>
</context>
<context>
    <name>Accrue::BankRepository</name>
    <message>
        <location filename="../core/storage/bankrepository.cpp" line="+22"/>
        <source>the bank record</source>
        <translation>der Bankdatensatz</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Bank account %1 is in %2, the statement in %3</source>
        <translation>Bankkonto %1 wird in %2 geführt, der Kontoauszug in %3</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingPreviewModel</name>
    <message>
        <location filename="../ui/models/billingpreviewmodel.cpp" line="+41"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing key</source>
        <translation>Abrechnungsschlüssel</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/billingprofiledialog.cpp" line="+48"/>
        <source>New Billing Profile</source>
        <translation>Neues Abrechnungsprofil</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Billing Profile %1</source>
        <translation>Abrechnungsprofil %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address &amp;line 2:</source>
        <translation>Adresszeile &amp;2:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Postal code:</source>
        <translation>&amp;Postleitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ort:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;State/province:</source>
        <translation>&amp;Bundesland/Provinz:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry (ISO):</source>
        <translation>&amp;Land (ISO):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tact:</source>
        <translation>Anspre&amp;chpartner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact &amp;e-mail:</source>
        <translation>E-&amp;Mail Ansprechpartner:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact p&amp;hone:</source>
        <translation>&amp;Telefon Ansprechpartner:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With the country, it chooses the tax rates of this profile&apos;s invoices</source>
        <translation>Zusammen mit dem Land bestimmt dies die Steuersätze der Rechnungen dieses Profils</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default &amp;payment method:</source>
        <translation>Standard-&amp;Zahlungsmittel:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where e-invoices to this profile go (PEPPOL): an EAS scheme and an identifier, as SCHEME:ID</source>
        <translation>Wohin E-Rechnungen an dieses Profil gehen (PEPPOL): ein EAS-Schema und eine Kennung, als SCHEMA:ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronic address (&amp;e-invoices):</source>
        <translation>Elektronische Adresse (&amp;E-Rechnungen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s &amp;default billing profile</source>
        <translation>&amp;Standard-Abrechnungsprofil des Kunden</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingProfilesPanel</name>
    <message>
        <location filename="../ui/pages/billingprofilespanel.cpp" line="+29"/>
        <location line="+55"/>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region / state</source>
        <translation>Region / Bundesland</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Ansprechpartner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Zahlungsmittel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Profile…</source>
        <translation>Profil hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Profile…</source>
        <translation>Profil bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Make Default</source>
        <translation>Als Standard festlegen</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Remove Profile</source>
        <translation>Profil entfernen</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Added billing profile %1</source>
        <translation>Abrechnungsprofil %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved billing profile %1</source>
        <translation>Abrechnungsprofil %1 gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is now the default billing profile</source>
        <translation>%1 ist jetzt das Standard-Abrechnungsprofil</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Remove Billing Profile</source>
        <translation>Abrechnungsprofil entfernen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove the billing profile %1?</source>
        <translation>Abrechnungsprofil %1 entfernen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed billing profile %1</source>
        <translation>Abrechnungsprofil %1 entfernt</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingRun</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="+494"/>
        <source>run billing</source>
        <translation>Abrechnung ausführen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date: give the date to bill up to</source>
        <translation>date: geben Sie das Datum an, bis zu dem abgerechnet wird</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+18"/>
        <source>Subscription %1: %2</source>
        <translation>Abonnement %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingRunDialog</name>
    <message>
        <location filename="../ui/dialogs/billingrundialog.cpp" line="+29"/>
        <source>&amp;Issue the invoices (otherwise they stay drafts)</source>
        <translation>Rechnungen &amp;ausstellen (sonst bleiben sie Entwürfe)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Billing</source>
        <translation>Abrechnung aus&amp;führen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Billing Run</source>
        <translation>Abrechnungslauf</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Preview shows the invoices and credit notes the run will make.</source>
        <translation>Die Vorschau zeigt die Rechnungen und Gutschriften, die der Lauf erstellen wird.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill what is due on:</source>
        <translation>Abrechnen, was fällig ist am:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make these documents now?</source>
        <translation>Diese Belege jetzt erstellen?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing is due on %1: every period and change up to it is billed.</source>
        <translation>Am %1 ist nichts fällig: jeder Zeitraum und jede Änderung bis dahin ist abgerechnet.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung</numerusform>
            <numerusform>%Ln Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+41"/>
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln Gutschrift</numerusform>
            <numerusform>%Ln Gutschriften</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-38"/>
        <source>for %Ln subscription(s), net of tax.</source>
        <translation>
            <numerusform>für %Ln Abonnement, netto ohne Steuer.</numerusform>
            <numerusform>für %Ln Abonnements, netto ohne Steuer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table shows the first %L1.</source>
        <translation>Die Tabelle zeigt die ersten %L1.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Made %Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung erstellt</numerusform>
            <numerusform>%Ln Rechnungen erstellt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(invoices issued).</source>
        <translation>(Rechnungen ausgestellt).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(invoices left as drafts).</source>
        <translation>(Rechnungen als Entwürfe belassen).</translation>
    </message>
</context>
<context>
    <name>Accrue::BookCopier</name>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="+66"/>
        <source>%1 is at schema %2 and %3 at schema %4; open both with this version of Accrue first (accrue-cli init)</source>
        <translation>%1 hat Schema %2 und %3 Schema %4; öffnen Sie zuerst beide mit dieser Version von Accrue (accrue-cli init)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book has a table this copy does not know: %1</source>
        <translation>Das Buch hat eine Tabelle, die diese Kopie nicht kennt: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already holds a book (%2 rows in %3); copy into a new, empty one</source>
        <translation>%1 enthält bereits ein Buch (%2 Zeilen in %3); kopieren Sie in ein neues, leeres</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1.%2 is missing in %3</source>
        <translation>%1.%2 fehlt in %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The copy differs from the source in %1 (%2: %3 here, %4 there)</source>
        <translation>Die Kopie weicht von der Quelle ab in %1 (%2: %3 hier, %4 dort)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The copy holds unbalanced journal entries</source>
        <translation>Die Kopie enthält unausgeglichene Buchungen</translation>
    </message>
    <message>
        <location filename="../core/billing/booktransfer.cpp" line="+17"/>
        <source>The copied audit trail does not verify at record %1: %2</source>
        <translation>Der kopierte Prüfpfad lässt sich bei Eintrag %1 nicht verifizieren: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::BookProof</name>
    <message>
        <location filename="../core/security/bookproof.cpp" line="+452"/>
        <source>Reading the audit records of documents</source>
        <translation>Prüfeinträge der Belege werden gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading invoice lines</source>
        <translation>Rechnungspositionen werden gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading allocations and write-offs</source>
        <translation>Zuordnungen und Ausbuchungen werden gelesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving invoices</source>
        <translation>Rechnungen werden nachgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving credit notes</source>
        <translation>Gutschriften werden nachgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving payments</source>
        <translation>Zahlungen werden nachgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving journal entries</source>
        <translation>Buchungen werden nachgewiesen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving monthly balances</source>
        <translation>Monatssalden werden nachgewiesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
</context>
<context>
    <name>Accrue::BookSetup</name>
    <message>
        <location filename="../core/billing/booksetup.cpp" line="+31"/>
        <source>Choose the company&apos;s currency (ISO 4217), not “%1”.</source>
        <translation>Wählen Sie die Währung des Unternehmens (ISO 4217), nicht „%1“.</translation>
    </message>
</context>
<context>
    <name>Accrue::BulkWriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/bulkwriteoffdialog.cpp" line="+37"/>
        <source>Write Off %1+ Days Past Due</source>
        <translation>Mehr als %1 Tage überfällige Posten ausbuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past due</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reason (required), e.g. year-end clean-up of bad debts</source>
        <translation>Grund (erforderlich), z. B. Bereinigung uneinbringlicher Forderungen zum Jahresende</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open invoices more than %1 days past due on %2. Untick those to keep; the rest are written off to Bad debts, each with its own audit record.</source>
        <translation>Offene Rechnungen, die am %2 mehr als %1 Tage überfällig sind. Entfernen Sie das Häkchen bei denen, die bleiben sollen; die übrigen werden auf Forderungsverluste ausgebucht, jede mit eigenem Prüfeintrag.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Write Off…</source>
        <translation>Ausb&amp;uchen…</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln invoice(s) chosen: %1 would be written off, dated %2.</source>
        <translation>
            <numerusform>%Ln Rechnung ausgewählt: %1 würde ausgebucht, mit Datum %2.</numerusform>
            <numerusform>%Ln Rechnungen ausgewählt: %1 würden ausgebucht, mit Datum %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Wrote off %Ln invoice(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln Rechnung ausgebucht, insgesamt %1.</numerusform>
            <numerusform>%Ln Rechnungen ausgebucht, insgesamt %1.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason: enter why these invoices are written off</source>
        <translation>Grund: geben Sie an, warum diese Rechnungen ausgebucht werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write them off now? This cannot be undone.</source>
        <translation>Jetzt ausbuchen? Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
</context>
<context>
    <name>Accrue::CatalogDialog</name>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="+51"/>
        <location line="+3"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax category</source>
        <translation>Steuerkategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recognition</source>
        <translation>Realisierung</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pricing</source>
        <translation>Preisgestaltung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived</source>
        <translation>&amp;Archivierte anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products and Plans</source>
        <translation>Produkte und Tarife</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lans</source>
        <translation>&amp;Tarife</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Archive</source>
        <translation>Archivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Wiederherstellen</translation>
    </message>
</context>
<context>
    <name>Accrue::CatalogService</name>
    <message>
        <location filename="../core/billing/catalogservice.cpp" line="+88"/>
        <source>revenue_account: no account with the code “%1”</source>
        <translation>revenue_account: kein Konto mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revenue_account: %1 %2 is an account of type %3, not revenue</source>
        <translation>revenue_account: %1 %2 ist ein Konto vom Typ %3, kein Erlöskonto</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No such product</source>
        <translation>Kein solches Produkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such plan</source>
        <translation>Kein solcher Tarif</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>code: enter a product code</source>
        <translation>code: geben Sie einen Produktcode ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the product&apos;s name</source>
        <translation>name: geben Sie den Namen des Produkts ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: choose the product&apos;s currency (an ISO 4217 code)</source>
        <translation>currency: wählen Sie die Währung des Produkts (ein Code nach ISO 4217)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unit_price: the price is not in the product&apos;s currency %1</source>
        <translation>unit_price: der Preis ist nicht in der Produktwährung %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit_price: %1 is not a price (zero or more)</source>
        <translation>unit_price: %1 ist kein Preis (null oder mehr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit: name what is sold (unit, seat, user, GB, hour …)</source>
        <translation>unit: nennen Sie, was verkauft wird (Stück, Platz, Benutzer, GB, Stunde …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tax_category: “%1” is not one of %2</source>
        <translation>tax_category: „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recognition: “%1” is not one of %2</source>
        <translation>recognition: „%1“ ist keiner von %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>revenue_account: no such account</source>
        <translation>revenue_account: kein solches Konto</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>code: enter a plan code</source>
        <translation>code: geben Sie einen Tarifcode ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the plan&apos;s name</source>
        <translation>name: geben Sie den Namen des Tarifs ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product: choose the product the plan bills</source>
        <translation>product: wählen Sie das Produkt, das der Tarif abrechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>product: %1 is archived; restore it to make plans for it</source>
        <translation>product: %1 ist archiviert; stellen Sie es wieder her, um Tarife dafür anzulegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: choose the plan&apos;s currency (an ISO 4217 code)</source>
        <translation>currency: wählen Sie die Währung des Tarifs (ein Code nach ISO 4217)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>period: a plan bills monthly, quarterly or annually (1, 3 or 12 months), not every %1 months</source>
        <translation>period: ein Tarif rechnet monatlich, vierteljährlich oder jährlich ab (1, 3 oder 12 Monate), nicht alle %1 Monate</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>price: the price is not in the plan&apos;s currency %1</source>
        <translation>price: der Preis ist nicht in der Tarifwährung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price: %1 is not a price (zero or more)</source>
        <translation>price: %1 ist kein Preis (null oder mehr)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trial_days: between 0 and 366 days</source>
        <translation>trial_days: zwischen 0 und 366 Tagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiers: %1</source>
        <translation>tiers: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create products</source>
        <translation>Produkte anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a product with the code “%1” exists already</source>
        <translation>code: ein Produkt mit dem Code „%1“ existiert bereits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit products</source>
        <translation>Produkte bearbeiten</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>archive products</source>
        <translation>Produkte archivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore products</source>
        <translation>Produkte wiederherstellen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>create plans</source>
        <translation>Tarife anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a plan with the code “%1” exists already</source>
        <translation>code: ein Tarif mit dem Code „%1“ existiert bereits</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit plans</source>
        <translation>Tarife bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>price: %1 bills %2 subscription(s); make a new plan with the new price and change them to it</source>
        <translation>price: %1 rechnet %2 Abonnement(s) ab; legen Sie einen neuen Tarif mit dem neuen Preis an und stellen Sie sie darauf um</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>archive plans</source>
        <translation>Tarife archivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore plans</source>
        <translation>Tarife wiederherstellen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan&apos;s product %1 is archived; restore it first</source>
        <translation>Das Produkt %1 des Tarifs ist archiviert; stellen Sie es zuerst wieder her</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import plans</source>
        <translation>Tarife importieren</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>product: no product with the code “%1”</source>
        <translation>product: kein Produkt mit dem Code „%1“</translation>
    </message>
</context>
<context>
    <name>Accrue::ChartPalette</name>
    <message>
        <location filename="../ui/widgets/chartpalette.cpp" line="+160"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
</context>
<context>
    <name>Accrue::ChartView</name>
    <message>
        <location filename="../ui/widgets/chartview.cpp" line="+32"/>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
</context>
<context>
    <name>Accrue::CheckpointRepository</name>
    <message>
        <location filename="../core/storage/checkpointrepository.cpp" line="+22"/>
        <source>%1 has no book identity (setting book.id)</source>
        <translation>%1 hat keine Buchidentität (Einstellung book.id)</translation>
    </message>
</context>
<context>
    <name>Accrue::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/catalogcommands.cpp" line="-78"/>
        <source>%n unit(s) a period</source>
        <translation>
            <numerusform>%n Einheit je Zeitraum</numerusform>
            <numerusform>%n Einheiten je Zeitraum</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Imported %n product(s)</source>
        <translation>%n Produkt(e) importiert</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imported %n plan(s)</source>
        <translation>%n Tarif(e) importiert</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/customercommands.cpp" line="-60"/>
        <source>Imported %n customer(s)</source>
        <translation>
            <numerusform>%n Kunde importiert</numerusform>
            <numerusform>%n Kunden importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/subscriptioncommands.cpp" line="-97"/>
        <source>Imported %n subscription(s)</source>
        <translation>
            <numerusform>%n Abonnement importiert</numerusform>
            <numerusform>%n Abonnements importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/taxcommands.cpp" line="-34"/>
        <source>Imported %n tax rate(s)</source>
        <translation>
            <numerusform>%n Steuersatz importiert</numerusform>
            <numerusform>%n Steuersätze importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="-41"/>
        <source>%n mapping(s) changed</source>
        <translation>
            <numerusform>%n Zuordnung geändert</numerusform>
            <numerusform>%n Zuordnungen geändert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="+511"/>
        <source>Accrue billing and receivables, from the command line.</source>
        <translation>Accrue Fakturierung und Forderungen, über die Kommandozeile.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>init | demo | invoice list | invoice show NUMBER | invoice create FILE.json|FILE.csv (a line&apos;s optional recognition: point_in_time|ratably|as_delivered|milestone) | invoice issue ID | invoice pay NUMBER | invoice pdf | credit-note create | credit-note pdf NUMBER --out FILE | report list | report NAME | import bank FILE | import gateway FILE | bank list | bank mapping FILE.json | reconcile auto|accept|reject|ignore|unmatch | audit verify [--checkpoint FILE]|list|checkpoint [-o FILE] | copy --from BOOK --to BOOK | user list | user add NAME --role R [--tenant T] | user remove NAME | tenant add --kind partner|customer --parent T --name N [--customer CODE] | tenant list | tenant move CUSTOMER --to T | password set|forget | customer add|edit|list|show|archive|restore|delete|import FILE.csv | payment-method add|list | product add|edit|list|show|archive|restore|import FILE.csv | plan add|edit|list|show|archive|restore|import FILE.csv | tax-rate add|list|end ID --to D|import FILE.csv | tax-country [CC] | company show|set | subscription add|change|pause|resume|cancel|list|show|import | billing run | rate add BASE QUOTE RATE|list|import FILE | receipt list|show NUMBER|pdf NUMBER --out FILE | invoice dispute NUMBER --reason R | invoice dispute-note NUMBER --note N | invoice resolve-dispute NUMBER --by credit-note|write-off|withdrawn | invoice write-off NUMBER --reason R | write-off --older-than 90 --as-of D --reason R | invoice send NUMBER|--status S [--eml DIR] | receipt send NUMBER [--eml DIR] | credit-note send NUMBER [--eml DIR] | mail outbox|deliver|retry ID|test --to ADDR | mail settings show|set | mail password set|forget | dunning run [--dry-run] [--date D] | dunning steps show|set FILE.json | dunning flagged | dunning clear-flag NUMBER [--note T] | recognize --through D [--dry-run] | usage add --customer C --product P --quantity Q | milestone define|done|list NUMBER --line N | export journal --format iif|xero|netsuite|ledger [--from D --to D] [--currency C] -o FILE | export mapping show|set --format iif|xero|netsuite [FILE.csv] | export ubl NUMBER -o FILE.xml (an EN 16931 / PEPPOL BIS 3 e-invoice) | import ubl FILE.xml --pdf OUT.pdf | close-period YYYY-MM [--dry-run] (exit codes: 0 closed or nothing blocks the dry run, 1 error, 2 usage, 3 the checklist blocks, 4 already closed) | reopen-period YYYY-MM --reason TEXT (Admin) | periods</source>
        <translation>init | demo | invoice list | invoice show NUMMER | invoice create DATEI.json|DATEI.csv (optionale Realisierung einer Position: point_in_time|ratably|as_delivered|milestone) | invoice issue ID | invoice pay NUMMER | invoice pdf | credit-note create | credit-note pdf NUMMER --out DATEI | report list | report NAME | import bank DATEI | import gateway DATEI | bank list | bank mapping DATEI.json | reconcile auto|accept|reject|ignore|unmatch | audit verify [--checkpoint DATEI]|list|checkpoint [-o DATEI] | copy --from BUCH --to BUCH | user list | user add NAME --role R [--tenant T] | user remove NAME | tenant add --kind partner|customer --parent T --name N [--customer CODE] | tenant list | tenant move KUNDE --to T | password set|forget | customer add|edit|list|show|archive|restore|delete|import DATEI.csv | payment-method add|list | product add|edit|list|show|archive|restore|import DATEI.csv | plan add|edit|list|show|archive|restore|import DATEI.csv | tax-rate add|list|end ID --to D|import DATEI.csv | tax-country [CC] | company show|set | subscription add|change|pause|resume|cancel|list|show|import | billing run | rate add BASIS KURSWÄHRUNG KURS|list|import DATEI | receipt list|show NUMMER|pdf NUMMER --out DATEI | invoice dispute NUMMER --reason R | invoice dispute-note NUMMER --note N | invoice resolve-dispute NUMMER --by credit-note|write-off|withdrawn | invoice write-off NUMMER --reason R | write-off --older-than 90 --as-of D --reason R | invoice send NUMMER|--status S [--eml VERZ] | receipt send NUMMER [--eml VERZ] | credit-note send NUMMER [--eml VERZ] | mail outbox|deliver|retry ID|test --to ADR | mail settings show|set | mail password set|forget | dunning run [--dry-run] [--date D] | dunning steps show|set DATEI.json | dunning flagged | dunning clear-flag NUMMER [--note T] | recognize --through D [--dry-run] | usage add --customer C --product P --quantity Q | milestone define|done|list NUMMER --line N | export journal --format iif|xero|netsuite|ledger [--from D --to D] [--currency C] -o DATEI | export mapping show|set --format iif|xero|netsuite [DATEI.csv] | export ubl NUMMER -o DATEI.xml (eine E-Rechnung nach EN 16931 / PEPPOL BIS 3) | import ubl DATEI.xml --pdf AUS.pdf | close-period YYYY-MM [--dry-run] (Exit-Codes: 0 abgeschlossen oder nichts blockiert den Probelauf, 1 Fehler, 2 Aufruf, 3 die Checkliste blockiert, 4 bereits abgeschlossen) | reopen-period YYYY-MM --reason TEXT (Admin) | periods</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No command given (try --help)</source>
        <translation>Kein Befehl angegeben (versuchen Sie --help)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There is no report “%1”. Reports: %2</source>
        <translation>Es gibt keinen Bericht „%1“. Berichte: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” needs a subcommand (try --help)</source>
        <translation>„%1“ benötigt einen Unterbefehl (versuchen Sie --help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command “%1 %2”</source>
        <translation>Unbekannter Befehl „%1 %2“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command “%1” (try --help)</source>
        <translation>Unbekannter Befehl „%1“ (versuchen Sie --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option --%1 does not apply to “%2”</source>
        <translation>Die Option --%1 gilt nicht für „%2“</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Unknown command (try --help)</source>
        <translation>Unbekannter Befehl (versuchen Sie --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--%1: “%2” is not a valid date (use YYYY-MM-DD)</source>
        <translation>--%1: „%2“ ist kein gültiges Datum (verwenden Sie YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: “%2” is not a whole number from %3 to %4</source>
        <translation>--%1: „%2“ ist keine ganze Zahl von %3 bis %4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give it with PGPASSWORD or ~/.pgpass, or store it in the OS keychain: accrue-cli password set --db URL --password-stdin%1</source>
        <translation>Geben Sie es mit PGPASSWORD oder ~/.pgpass an oder speichern Sie es im Schlüsselbund des Betriebssystems: accrue-cli password set --db URL --password-stdin%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no keychain is reachable from here)</source>
        <translation> (von hier ist kein Schlüsselbund erreichbar)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin: die Standardeingabe enthielt kein Passwort</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: “%1” is not table, csv, json or pdf</source>
        <translation>--format: „%1“ ist nicht table, csv, json oder pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--excel goes with --format csv</source>
        <translation>--excel gehört zu --format csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format pdf needs -o FILE.pdf</source>
        <translation>--format pdf benötigt -o DATEI.pdf</translation>
    </message>
</context>
<context>
    <name>Accrue::ClosePeriodDialog</name>
    <message>
        <location filename="../ui/dialogs/closeperioddialog.cpp" line="+102"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Month</source>
        <translation>Monat a&amp;bschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Wieder öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed through</source>
        <translation>Abgeschlossen bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At (UTC)</source>
        <translation>Zeitpunkt (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Period</source>
        <translation>Periodenabschluss</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Post the revenue recognised through the month end and close the month: later postings dated in it go to the first open day</source>
        <translation>Den bis zum Monatsende realisierten Umsatz buchen und den Monat abschließen: spätere Buchungen mit Datum darin gehen auf den ersten offenen Tag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the month and every later closed one (Admin; asks why)</source>
        <translation>Den Monat und jeden späteren abgeschlossenen wieder öffnen (Admin; fragt nach dem Grund)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Books:</source>
        <translation>Bücher:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Monat:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checklist</source>
        <translation>Checkliste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The checklist could not be read: %1</source>
        <translation>Die Checkliste konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed through %1</source>
        <translation>Abgeschlossen bis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No period is closed</source>
        <translation>Kein Zeitraum ist abgeschlossen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is closed.</source>
        <translation>%1 ist abgeschlossen.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n item(s) block the close.</source>
        <translation>
            <numerusform>%n Punkt blockiert den Abschluss.</numerusform>
            <numerusform>%n Punkte blockieren den Abschluss.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ready to close %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Bereit zum Abschluss von %1 (%n Warnung).</numerusform>
            <numerusform>Bereit zum Abschluss von %1 (%n Warnungen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened</source>
        <translation>Wieder geöffnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closing %1: recognising revenue through its last day…</source>
        <translation>%1 wird abgeschlossen: Umsatz wird bis zum letzten Tag realisiert…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed %1: the books are closed through %2. %3</source>
        <translation>%1 abgeschlossen: die Bücher sind bis %2 abgeschlossen. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit checkpoint, to keep outside the book: %1</source>
        <translation>Prüfpunkt, außerhalb des Buchs aufzubewahren: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not closed: %2</source>
        <translation>%1 wurde nicht abgeschlossen: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopened: the books are closed through %1</source>
        <translation>Wieder geöffnet: die Bücher sind bis %1 abgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened: no period is closed</source>
        <translation>Wieder geöffnet: kein Zeitraum ist abgeschlossen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Reopen Period</source>
        <translation>Zeitraum wieder öffnen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Close %1</source>
        <translation>%1 abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1? Postings dated in it afterwards go to the first day of the next open month; only an Admin can reopen it.</source>
        <translation>%1 abschließen? Danach darin datierte Buchungen gehen auf den ersten Tag des nächsten offenen Monats; nur ein Admin kann ihn wieder öffnen.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reopen %1</source>
        <translation>%1 wieder öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it reopened? (Later closed months reopen too; this goes into the audit log.)</source>
        <translation>Warum wird er wieder geöffnet? (Später abgeschlossene Monate werden ebenfalls wieder geöffnet; dies wird im Prüfprotokoll festgehalten.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a reason to reopen the period.</source>
        <translation>Geben Sie einen Grund für das Wiederöffnen des Zeitraums ein.</translation>
    </message>
</context>
<context>
    <name>Accrue::CollectionsService</name>
    <message>
        <location filename="../core/billing/collectionsservice.cpp" line="+14"/>
        <source>%1: enter it</source>
        <translation>%1: bitte eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1: enthält Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: at most 2000 characters</source>
        <translation>%1: höchstens 2000 Zeichen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put invoices in dispute</source>
        <translation>Rechnungen als strittig markieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+109"/>
        <location line="+16"/>
        <location line="+85"/>
        <source>reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+36"/>
        <source>note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+136"/>
        <source>No invoice with id %1</source>
        <translation>Keine Rechnung mit der ID %1</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Invoice %1 is %2: only an open invoice can be disputed</source>
        <translation>Rechnung %1 ist %2: nur eine offene Rechnung kann beanstandet werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 is already in dispute</source>
        <translation>Rechnung %1 ist bereits strittig</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>note on disputes</source>
        <translation>Notizen zu Einsprüchen erfassen</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>The invoice is not in dispute</source>
        <translation>Die Rechnung ist nicht strittig</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>resolve disputes</source>
        <translation>Einsprüche erledigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the invoice off instead: that resolves its dispute</source>
        <translation>Buchen Sie die Rechnung stattdessen aus: das erledigt ihren Einspruch</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>date: a dispute is resolved on or after the day it was opened (%1)</source>
        <translation>date: ein Einspruch wird am oder nach dem Tag erledigt, an dem er eröffnet wurde (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+16"/>
        <location line="+85"/>
        <source>write invoices off</source>
        <translation>Rechnungen ausbuchen</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose at least one invoice to write off</source>
        <translation>Wählen Sie mindestens eine Rechnung zum Ausbuchen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is %2 and has nothing open to write off</source>
        <translation>Rechnung %1 ist %2 und hat nichts Offenes zum Ausbuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date: invoice %1 cannot be written off before it was issued (%2)</source>
        <translation>date: Rechnung %1 kann nicht vor ihrer Ausstellung (%2) ausgebucht werden</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>as of: enter the date the invoices are written off</source>
        <translation>Stichtag: geben Sie das Datum ein, zu dem die Rechnungen ausgebucht werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older than: the days past due cannot be negative</source>
        <translation>älter als: die Tage Überfälligkeit können nicht negativ sein</translation>
    </message>
    <message>
        <location filename="../core/storage/collectionsrepository.cpp" line="+57"/>
        <source>The dispute was resolved meanwhile</source>
        <translation>Der Einspruch wurde inzwischen erledigt</translation>
    </message>
</context>
<context>
    <name>Accrue::ColumnMapping</name>
    <message>
        <location filename="../core/exchange/columnmapping.cpp" line="+43"/>
        <source>%1: not a column mapping (JSON object): %2</source>
        <translation>%1: keine Spaltenzuordnung (JSON-Objekt): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: delimiter: one character, not “%2”</source>
        <translation>%1: delimiter: ein Zeichen, nicht „%2“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: columns: name at least one column, as {&quot;code&quot;: &quot;Customer no&quot;}</source>
        <translation>%1: columns: nennen Sie mindestens eine Spalte, etwa {&quot;code&quot;: &quot;Customer no&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: columns: “%2” names no column of the file</source>
        <translation>%1: columns: „%2“ bezeichnet keine Spalte der Datei</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the mapping names “%2”, which is none of %3</source>
        <translation>%1: die Zuordnung nennt „%2“, was keines von %3 ist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:%2: no column “%3” for %4 (the header has %5)</source>
        <translation>%1:%2: keine Spalte „%3“ für %4 (die Kopfzeile hat %5)</translation>
    </message>
</context>
<context>
    <name>Accrue::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="+39"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>Passwort im System-Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server name or address</source>
        <translation>Servername oder -adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;SSL-Modus:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent connections:</source>
        <translation>Letzte Verbindungen:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected as %1.</source>
        <translation>Verbunden als %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No system keychain is available, so the password is not stored anywhere: Accrue will ask for it again next time.</source>
        <translation>Kein System-Schlüsselbund verfügbar, daher wird das Passwort nirgends gespeichert: Accrue fragt beim nächsten Mal erneut danach.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain did not take the password (%1); Accrue will ask for it again next time.</source>
        <translation>Der Schlüsselbund hat das Passwort nicht übernommen (%1); Accrue fragt beim nächsten Mal erneut danach.</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteDialog</name>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="+25"/>
        <source>The whole invoice (voids it)</source>
        <translation>Die gesamte Rechnung (storniert sie)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount, tax included:</source>
        <translation>Ein Betrag, inklusive Steuer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen lines (net amounts; tax follows):</source>
        <translation>Ausgewählte Positionen (Nettobeträge; Steuer folgt):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep as customer credit instead of reducing this invoice</source>
        <translation>Als Kundenguthaben behalten, statt diese Rechnung zu mindern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit Note for %1</source>
        <translation>Gutschrift zu %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invoice total:</source>
        <translation>Rechnungsbetrag:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit:</source>
        <translation>Gutschrift:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open balance:</source>
        <translation>Offener Saldo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of this invoice is already paid or credited: the amount offered is the open balance.</source>
        <translation>%1 dieser Rechnung sind bereits bezahlt oder gutgeschrieben: Der vorgeschlagene Betrag ist der offene Saldo.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net to credit</source>
        <translation>Gutzuschreibender Nettobetrag</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick the lines to credit.</source>
        <translation>Haken Sie die gutzuschreibenden Positionen an.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Void %1</source>
        <translation>%1 stornieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole invoice: it becomes void</source>
        <translation>Die gesamte Rechnung: sie wird storniert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the invoice is void (required)</source>
        <translation>Warum die Rechnung storniert wird (erforderlich)</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteMailer</name>
    <message>
        <location filename="../core/mail/creditnotemailer.cpp" line="+42"/>
        <source>send credit notes by e-mail</source>
        <translation>Gutschriften per E-Mail senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteService</name>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="+22"/>
        <source>No credit note with id %1</source>
        <translation>Keine Gutschrift mit der ID %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credit note numbered “%1”</source>
        <translation>Keine Gutschrift mit der Nummer „%1“</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>issue credit notes</source>
        <translation>Gutschriften ausstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: say why the invoice is credited</source>
        <translation>reason: geben Sie an, warum die Rechnung gutgeschrieben wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: contains control characters (such as NUL)</source>
        <translation>reason: enthält Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an issued invoice can be credited; a draft can simply be changed</source>
        <translation>Nur eine ausgestellte Rechnung kann gutgeschrieben werden; ein Entwurf kann einfach geändert werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is already fully credited</source>
        <translation>Rechnung %1 ist bereits vollständig gutgeschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: the credit note cannot be dated before invoice %1</source>
        <translation>date: die Gutschrift kann nicht vor Rechnung %1 datiert werden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing is left to credit on invoice %1</source>
        <translation>Auf Rechnung %1 ist nichts mehr gutzuschreiben</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNotesReport</name>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="+28"/>
        <source>Credit notes %1 to %2</source>
        <translation>Gutschriften %1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>Restguthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvExport</name>
    <message>
        <location filename="../ui/csvexport.cpp" line="+18"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvMappingDialog</name>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="+54"/>
        <source>Bank CSV Layout: %1</source>
        <translation>Bank-CSV-Layout: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new layout)</source>
        <translation>(neues Layout)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma</source>
        <translation>Komma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Semikolon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point (1,234.56)</source>
        <translation>Punkt (1,234.56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (1.234,56)</source>
        <translation>Komma (1.234,56)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ISO code, e.g. %1</source>
        <translation>ISO-Code, z. B. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved layouts:</source>
        <translation>Gespeicherte Layouts:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank (layout name):</source>
        <translation>Bank (Layoutname):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Trennzeichen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header rows:</source>
        <translation>Kopfzeilen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Kodierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator:</source>
        <translation>Dezimaltrennzeichen:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date column:</source>
        <translation>Datumsspalte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed):</source>
        <translation>Betrag (mit Vorzeichen):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or debit (out):</source>
        <translation>…oder Soll (Ausgang):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and credit (in):</source>
        <translation>…und Haben (Eingang):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty:</source>
        <translation>Gegenpartei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referenz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank&apos;s id:</source>
        <translation>ID der Bank:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Layout and Import</source>
        <translation>Layout speichern und importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview (first %1 lines):</source>
        <translation>Vorschau (erste %1 Zeilen):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the layout after the bank, to use it again.</source>
        <translation>Benennen Sie das Layout nach der Bank, um es wiederzuverwenden.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>To preview: %1</source>
        <translation>Zur Vorschau: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln line(s) read.</source>
        <translation>
            <numerusform>%Ln Zeile gelesen.</numerusform>
            <numerusform>%Ln Zeilen gelesen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::CsvPreviewModel</name>
    <message>
        <location filename="../ui/models/csvpreviewmodel.cpp" line="+59"/>
        <source>(column %1)</source>
        <translation>(Spalte %1)</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvReader</name>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="+39"/>
        <source>%1:%2: the file is not UTF-8 text (save it as UTF-8, or choose its encoding)</source>
        <translation>%1:%2: die Datei ist kein UTF-8-Text (speichern Sie sie als UTF-8 oder wählen Sie ihre Kodierung)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1:%2: a quoted field is not closed</source>
        <translation>%1:%2: ein Feld in Anführungszeichen ist nicht geschlossen</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvWriter</name>
    <message>
        <location filename="../core/exchange/csvwriter.cpp" line="+164"/>
        <location filename="../core/exchange/texttablewriter.cpp" line="+82"/>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::CurrencyConversion</name>
    <message>
        <location filename="../core/reports/currencyconversion.cpp" line="+24"/>
        <source>reporting currency: “%1” is not an ISO 4217 currency code</source>
        <translation>Berichtswährung: „%1“ ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No exchange rate %1/%2 on or before %3: enter or import one to report in %2</source>
        <translation>Kein Wechselkurs %1/%2 am oder vor dem %3: erfassen oder importieren Sie einen, um in %2 zu berichten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>in %1 at the rates of each document&apos;s date</source>
        <translation>in %1 zu den Kursen am Datum des jeweiligen Belegs</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerCreditReport</name>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="+27"/>
        <source>Customer credit balances</source>
        <translation>Kundenguthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From payments</source>
        <translation>Aus Zahlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From credit notes</source>
        <translation>Aus Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerCsv</name>
    <message>
        <location filename="../core/exchange/customercsv.cpp" line="+33"/>
        <source>%1: no customers after the header</source>
        <translation>%1: keine Kunden nach der Kopfzeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 Felder, aber die Kopfzeile nennt %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a number of days from 0 to 365</source>
        <translation>„%1“ ist keine Anzahl Tage von 0 bis 365</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/customerdialog.cpp" line="+26"/>
        <source>New Customer</source>
        <translation>Neuer Kunde</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of this customer&apos;s invoices, credit notes, receipts and their dates and amounts</source>
        <translation>Die Sprache der Rechnungen, Gutschriften und Belege dieses Kunden sowie ihrer Datums- und Betragsangaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book&apos;s language</source>
        <translation>Die Sprache des Buchs</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax ID:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Billing address</source>
        <translation>Rechnungsadresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation>Postleitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/province:</source>
        <translation>Bundesland/Provinz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Ansprechpartner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail:</source>
        <translation>E-Mail Ansprechpartner:</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerListRepository</name>
    <message>
        <location filename="../core/storage/customerlistrepository.cpp" line="+68"/>
        <source>The customer list needs today&apos;s date</source>
        <translation>Die Kundenliste benötigt das heutige Datum</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerRepository</name>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="+144"/>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%n invoice(s)</source>
        <translation>%n Rechnung(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n credit note(s)</source>
        <translation>%n Gutschrift(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n payment(s)</source>
        <translation>%n Zahlung(en)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>%n Abonnement(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n bank line match(es)</source>
        <translation>%n Bankzeilen-Zuordnung(en)</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerService</name>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="+316"/>
        <source>code: enter a customer code</source>
        <translation>code: geben Sie eine Kundennummer ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the customer&apos;s name</source>
        <translation>name: geben Sie den Namen des Kunden ein</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation>Zahlungsziel: zwischen 0 und 365 Tagen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>edit customers</source>
        <translation>Kunden bearbeiten</translation>
    </message>
    <message>
        <location line="-249"/>
        <source>import customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+229"/>
        <source>No such customer</source>
        <translation>Kein solcher Kunde</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>archive customers</source>
        <translation>Kunden archivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore customers</source>
        <translation>Kunden wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has subscription %2 (%3); cancel it before archiving the customer</source>
        <translation>%1 hat das Abonnement %2 (%3); kündigen Sie es, bevor Sie den Kunden archivieren</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>delete customers</source>
        <translation>Kunden löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2: archive the customer instead, which keeps its history</source>
        <translation>%1 hat %2: archivieren Sie den Kunden stattdessen, das bewahrt seinen Verlauf</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>add payment methods</source>
        <translation>Zahlungsmittel hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is archived; restore it to add a payment method</source>
        <translation>Der Kunde ist archiviert; stellen Sie ihn wieder her, um ein Zahlungsmittel hinzuzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+45"/>
        <location line="+24"/>
        <source>edit billing profiles</source>
        <translation>Abrechnungsprofile bearbeiten</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>„%1“ ist keine E-Mail-Adresse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country “%1” is not a two-letter ISO code.</source>
        <translation>Das Land „%1“ ist kein zweistelliger ISO-Code.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The electronic address “%1” cannot be used: %2</source>
        <translation>Die elektronische Adresse „%1“ kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That payment method is not one of this customer&apos;s.</source>
        <translation>Dieses Zahlungsmittel gehört nicht zu diesem Kunden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>The billing profile %1 is not one of this customer&apos;s.</source>
        <translation>Das Abrechnungsprofil %1 gehört nicht zu diesem Kunden.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>A billing profile needs a name.</source>
        <translation>Ein Abrechnungsprofil benötigt einen Namen.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is the default billing profile; make another the default first.</source>
        <translation>„%1“ ist das Standard-Abrechnungsprofil; legen Sie zuerst ein anderes als Standard fest.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” is named by %n invoice(s) or subscription(s) and stays.</source>
        <translation>
            <numerusform>„%1“ wird von %n Rechnung oder Abonnement verwendet und bleibt erhalten.</numerusform>
            <numerusform>„%1“ wird von %n Rechnungen oder Abonnements verwendet und bleibt erhalten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+36"/>
        <source>currency: choose the customer&apos;s currency (an ISO 4217 code)</source>
        <translation>currency: wählen Sie die Währung des Kunden (ein Code nach ISO 4217)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tax ID</source>
        <translation>Steuernummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1: enthält Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>create customers</source>
        <translation>Kunden anlegen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a customer with the code “%1” exists already</source>
        <translation>code: ein Kunde mit dem Code „%1“ existiert bereits</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/customertablemodel.cpp" line="+51"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Zahlungsziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomersPage</name>
    <message>
        <location filename="../ui/pages/customerspage.cpp" line="+59"/>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search code or name (Ctrl+F)</source>
        <translation>Code oder Name suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the archived customers instead</source>
        <translation>Stattdessen die archivierten Kunden anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <location line="+4"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New Customer…</source>
        <translation>&amp;Neuer Kunde…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Payment Method…</source>
        <translation>&amp;Zahlungsmittel hinzufügen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statement…</source>
        <translation>&amp;Kontoauszug…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s statement of account, on the Reports page</source>
        <translation>Der Kontoauszug des Kunden, auf der Seite Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Customers…</source>
        <translation>Kunden &amp;importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers from another tool&apos;s CSV file, its columns mapped</source>
        <translation>Kunden aus der CSV-Datei eines anderen Programms, mit zugeordneten Spalten</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt &amp;PDF…</source>
        <translation>Zahlungsbeleg als &amp;PDF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yments</source>
        <translation>Za&amp;hlungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;pts</source>
        <translation>Zahlungs&amp;belege</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redit Notes</source>
        <translation>&amp;Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing Profiles</source>
        <translation>Abrechnungs&amp;profile</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chosen credit note as a PDF</source>
        <translation>Die ausgewählte Gutschrift als PDF speichern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send by &amp;E-mail…</source>
        <translation>Per &amp;E-Mail senden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail the chosen credit note with its PDF to the customer</source>
        <translation>Die ausgewählte Gutschrift mit ihrem PDF per E-Mail an den Kunden senden</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+8"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Send by E-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Sending credit note %1 by e-mail…</source>
        <translation>Gutschrift %1 wird per E-Mail gesendet…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credit note was not sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%1</source>
        <translation>Die Gutschrift wurde nicht gesendet (Eingereihtes wird später erneut versucht; siehe Fakturierung &gt; E-Mail-Postausgang):
%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Added customer %1</source>
        <translation>Kunde %1 hinzugefügt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved customer %1</source>
        <translation>Kunde %1 gespeichert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive Customer</source>
        <translation>Kunde archivieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Customer</source>
        <translation>Kunde wiederherstellen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived %1; its history stays</source>
        <translation>Kunde %1 archiviert; sein Verlauf bleibt erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1</source>
        <translation>%1 wiederhergestellt</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Delete Customer</source>
        <translation>Kunde löschen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete %1 (%2) with its billing profiles and payment methods? Only a customer with no documents can be deleted.</source>
        <translation>%1 (%2) mit seinen Abrechnungsprofilen und Zahlungsmitteln löschen? Nur ein Kunde ohne Belege kann gelöscht werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted %1</source>
        <translation>%1 gelöscht</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added a payment method for %1</source>
        <translation>Zahlungsmittel für %1 hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Accrue::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="+43"/>
        <location line="+311"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Outstanding AR</source>
        <translation>Offene Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue AR</source>
        <translation>Überfällige Forderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open invoices</source>
        <translation>Offene Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write Off 90+…</source>
        <translation>90+ ausbuchen…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write off invoices more than 90 days past due (Finance, Admin)</source>
        <translation>Rechnungen ausbuchen, die mehr als 90 Tage überfällig sind (Finanzen, Admin)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent payments</source>
        <translation>Letzte Zahlungen</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The period ends before it starts</source>
        <translation>Der Zeitraum endet vor seinem Beginn</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures in %1 ms</source>
        <translation>Zahlen in %1 ms</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+8"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>the first %1 days of %2</source>
        <translation>die ersten %1 Tage im %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no revenue in %1 to compare</source>
        <translation>kein Umsatz im %1 zum Vergleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 im %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 vs %2</source>
        <translation>%1 ggü. %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>billed, net of tax; %1</source>
        <translation>fakturiert, netto ohne Steuer; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>owed by customers today</source>
        <translation>heute von Kunden geschuldet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past due date</source>
        <translation>Fälligkeit überschritten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last 90 days</source>
        <translation>letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued, not fully paid</source>
        <translation>ausgestellt, nicht vollständig bezahlt</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s) in dispute</source>
        <translation>
            <numerusform>%Ln strittige Rechnung</numerusform>
            <numerusform>%Ln strittige Rechnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s) due in %1 days</source>
        <translation>
            <numerusform>%Ln Rechnung fällig in %1 Tagen</numerusform>
            <numerusform>%Ln Rechnungen fällig in %1 Tagen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open balance</source>
        <translation>Offener Saldo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AR aging (%1), click a bar for its invoices</source>
        <translation>Altersstruktur der Forderungen (%1), klicken Sie auf einen Balken für dessen Rechnungen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write Off 90+</source>
        <translation>90+ ausbuchen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revenue by month (%1)</source>
        <translation>Umsatz nach Monat (%1)</translation>
    </message>
</context>
<context>
    <name>Accrue::Database</name>
    <message>
        <location filename="../core/storage/database.cpp" line="+98"/>
        <source>Leave the password out of %1: anyone on this computer can read a program&apos;s command line. Use PGPASSWORD, ~/.pgpass or the keychain (accrue-cli password set --password-stdin).</source>
        <translation>Lassen Sie das Passwort aus %1 weg: jeder auf diesem Computer kann die Befehlszeile eines Programms lesen. Verwenden Sie PGPASSWORD, ~/.pgpass oder den Schlüsselbund (accrue-cli password set --password-stdin).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown connection option “%1” in %2 (known: sslmode, sslrootcert, connect_timeout, application_name, options, host, port)</source>
        <translation>Unbekannte Verbindungsoption „%1“ in %2 (bekannt: sslmode, sslrootcert, connect_timeout, application_name, options, host, port)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid PostgreSQL address: %1 (expected postgresql://user@host:port/database?sslmode=…)</source>
        <translation>Keine gültige PostgreSQL-Adresse: %1 (erwartet postgresql://user@host:port/database?sslmode=…)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 needs a password (none given, or it was refused)</source>
        <translation>%1 benötigt ein Passwort (keines angegeben, oder es wurde abgelehnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to %1</source>
        <translation>Verbindung zu %1 nicht möglich</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Book not found: %1 (create it with accrue-cli init)</source>
        <translation>Buch nicht gefunden: %1 (legen Sie es mit accrue-cli init an)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a book file: %1</source>
        <translation>Keine Buchdatei: %1</translation>
    </message>
    <message>
        <location line="+112"/>
        <source>%1 is not an Accrue book (or it is damaged)</source>
        <translation>%1 ist kein Accrue-Buch (oder es ist beschädigt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/migrations.cpp" line="+1894"/>
        <source>%1 is not an Accrue book</source>
        <translation>%1 ist kein Accrue-Buch</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty, not an Accrue book (create one with accrue-cli init)</source>
        <translation>%1 ist leer, kein Accrue-Buch (legen Sie eines mit accrue-cli init an)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The book refused a change</source>
        <translation>Das Buch hat eine Änderung abgelehnt</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The book %1 is busy: someone else is writing to it. Try again when they have finished.</source>
        <translation>Das Buch %1 ist belegt: jemand anderes schreibt gerade darin. Versuchen Sie es erneut, wenn er fertig ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book %1 is in use by %2, which is writing to it. Try again when it has finished.</source>
        <translation>Das Buch %1 wird gerade beschrieben von: %2. Versuchen Sie es erneut, wenn der Vorgang abgeschlossen ist.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book %1 is read-only: check the permissions of the file and its folder.</source>
        <translation>Das Buch %1 ist schreibgeschützt: prüfen Sie die Berechtigungen der Datei und ihres Ordners.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding %1 is full.</source>
        <translation>Der Datenträger mit %1 ist voll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book refused the change because it breaks one of its rules (a required value is missing, a value is out of range or already used).</source>
        <translation>Das Buch hat die Änderung abgelehnt, weil sie gegen eine seiner Regeln verstößt (ein Pflichtwert fehlt, ein Wert liegt außerhalb des zulässigen Bereichs oder ist bereits vergeben).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not an Accrue book.</source>
        <translation>%1 ist beschädigt oder kein Accrue-Buch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book %1 could not carry out a request.</source>
        <translation>Das Buch %1 konnte eine Anfrage nicht ausführen.</translation>
    </message>
    <message>
        <location line="+118"/>
        <source>%1 is not an initialised Accrue book (run accrue-cli init)</source>
        <translation>%1 ist kein initialisiertes Accrue-Buch (führen Sie accrue-cli init aus)</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is read-only: Accrue needs to write to the book and to its folder (check their permissions, or copy the book somewhere writable)</source>
        <translation>%1 ist schreibgeschützt: Accrue muss in das Buch und seinen Ordner schreiben (prüfen Sie deren Berechtigungen oder kopieren Sie das Buch an einen beschreibbaren Ort)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>The change was rolled back because part of it failed</source>
        <translation>Die Änderung wurde zurückgesetzt, weil ein Teil davon fehlschlug</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 was written by a newer Accrue (schema %2; this version knows up to %3)</source>
        <translation>%1 wurde von einer neueren Accrue-Version geschrieben (Schema %2; diese Version kennt bis %3)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 needs an upgrade from schema %2 to %3 (run accrue-cli init)</source>
        <translation>%1 muss von Schema %2 auf %3 aktualisiert werden (führen Sie accrue-cli init aus)</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlquery.cpp" line="+77"/>
        <source>Database error: no result</source>
        <translation>Datenbankfehler: kein Ergebnis</translation>
    </message>
    <message>
        <location filename="../core/storage/bulkinserter.cpp" line="+66"/>
        <source>The book could not take the rows being loaded into %1; nothing of the load was kept</source>
        <translation>Das Buch konnte die in %1 geladenen Zeilen nicht übernehmen; vom Ladevorgang wurde nichts behalten</translation>
    </message>
</context>
<context>
    <name>Accrue::DeferredRevenueReport</name>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="+43"/>
        <source>Deferred revenue as of %1</source>
        <translation>Passive Rechnungsabgrenzung zum %1</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service from</source>
        <translation>Leistung von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service to</source>
        <translation>Leistung bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Realisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Abgegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 zu %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Accrue::DeferredRollforwardReport</name>
    <message>
        <location filename="../core/reports/deferredrollforwardreport.cpp" line="+90"/>
        <source>Deferred revenue roll-forward (%1)</source>
        <translation>Entwicklung der passiven Rechnungsabgrenzung (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Anfangsbestand</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Realisiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Endbestand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+114"/>
        <source>The demo needs at least one customer and a non-negative invoice count</source>
        <translation>Die Demo benötigt mindestens einen Kunden und eine nicht negative Anzahl Rechnungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo data only goes into an empty book; %1 already holds customers or invoices</source>
        <translation>Demodaten kommen nur in ein leeres Buch; %1 enthält bereits Kunden oder Rechnungen</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Demo generation was cancelled; nothing was kept</source>
        <translation>Erzeugung der Demodaten abgebrochen; es wurde nichts behalten</translation>
    </message>
</context>
<context>
    <name>Accrue::DisputeDialog</name>
    <message>
        <location filename="../ui/dialogs/disputedialog.cpp" line="+29"/>
        <source>Mark %1 In Dispute</source>
        <translation>%1 als strittig markieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Dispute Note to %1</source>
        <translation>Notiz zum Einspruch gegen %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer contests</source>
        <translation>Was der Kunde beanstandet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: who said what, what happens next</source>
        <translation>Optional: wer was gesagt hat, wie es weitergeht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Was geschehen ist</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opened on:</source>
        <translation>&amp;Eröffnet am:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Notiz:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note (required):</source>
        <translation>&amp;Notiz (erforderlich):</translation>
    </message>
</context>
<context>
    <name>Accrue::DocumentMail</name>
    <message>
        <location filename="../core/mail/documentmail.cpp" line="+28"/>
        <source>E-mail is not set up: enter the SMTP server and the sender&apos;s address in the e-mail settings first</source>
        <translation>E-Mail ist nicht eingerichtet: geben Sie zuerst den SMTP-Server und die Absenderadresse in den E-Mail-Einstellungen ein</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create a temporary folder for the PDF: %1</source>
        <translation>Für das PDF kann kein temporärer Ordner angelegt werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the PDF of %1: %2</source>
        <translation>Das PDF von %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 has no e-mail address (billing profile contact or customer)</source>
        <translation>%1: %2 hat keine E-Mail-Adresse (Ansprechpartner im Abrechnungsprofil oder Kunde)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningPlanModel</name>
    <message>
        <location filename="../ui/models/dunningplanmodel.cpp" line="+36"/>
        <source>Skipped, since a later step is due: %1</source>
        <translation>Übersprungen, da eine spätere Stufe fällig ist: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in %1</source>
        <translation>in %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late fee</source>
        <translation>Mahngebühr</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningRunDialog</name>
    <message>
        <location filename="../ui/dialogs/dunningrundialog.cpp" line="+37"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear Flag…</source>
        <translation>Markierung &amp;entfernen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning Run</source>
        <translation>Mahnlauf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue the reminders, flag the invoices and issue the late fees listed; each step acts once per invoice</source>
        <translation>Die aufgeführten Mahnungen einreihen, Rechnungen markieren und Mahngebühren ausstellen; jede Stufe wirkt einmal je Rechnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged on</source>
        <translation>Markiert am</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days overdue</source>
        <translation>Tage überfällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invoice has been looked at: take it off this list (the note goes into the audit log)</source>
        <translation>Die Rechnung wurde geprüft: von dieser Liste nehmen (die Notiz wird im Prüfprotokoll festgehalten)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders due on:</source>
        <translation>Mahnungen fällig am:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flagged for Review</source>
        <translation>Zur Prüfung &amp;markiert</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+65"/>
        <source>Clear Flag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Note (why the invoice needs no more review):</source>
        <translation>Notiz (warum die Rechnung keine weitere Prüfung braucht):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Flagged for Review</source>
        <translation>Zur Prüfung markiert</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Looking for invoices due for a reminder…</source>
        <translation>Rechnungen mit fälliger Mahnung werden gesucht…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invoice is due for a reminder on %1.</source>
        <translation>Am %1 ist keine Rechnung zur Mahnung fällig.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invoice(s) due for a reminder step.</source>
        <translation>
            <numerusform>%n Rechnung für eine Mahnstufe fällig.</numerusform>
            <numerusform>%n Rechnungen für eine Mahnstufe fällig.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Carrying out the dunning run…</source>
        <translation>Mahnlauf wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Queued %1 reminder(s) in the outbox, flagged %2 invoice(s) for review, issued %3 late fee(s).</source>
        <translation>%1 Mahnung(en) im Postausgang eingereiht, %2 Rechnung(en) zur Prüfung markiert, %3 Mahngebühr(en) ausgestellt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 were done by another run meanwhile, %2 no longer due.</source>
        <translation>%1 wurden inzwischen von einem anderen Lauf erledigt, %2 sind nicht mehr fällig.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left for the next run:</source>
        <translation>Für den nächsten Lauf übrig:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+31"/>
        <location line="+22"/>
        <source>The reminders are queued, not sent: %1</source>
        <translation>Die Mahnungen sind eingereiht, nicht gesendet: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n reminder(s) queued; e-mail is not set up, so they wait in the outbox (Company Settings, E-mail; then Billing &gt; E-mail Outbox).</source>
        <translation>
            <numerusform>%n Mahnung eingereiht; E-Mail ist nicht eingerichtet, daher wartet sie im Postausgang (Unternehmenseinstellungen, E-Mail; dann Fakturierung &gt; E-Mail-Postausgang).</numerusform>
            <numerusform>%n Mahnungen eingereiht; E-Mail ist nicht eingerichtet, daher warten sie im Postausgang (Unternehmenseinstellungen, E-Mail; dann Fakturierung &gt; E-Mail-Postausgang).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail is not set up: no reminder can be sent (Company Settings, E-mail).</source>
        <translation>E-Mail ist nicht eingerichtet: es kann keine Mahnung gesendet werden (Unternehmenseinstellungen, E-Mail).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reminders are queued, not sent: no SMTP password was given (Billing &gt; E-mail Outbox sends them later).</source>
        <translation>Die Mahnungen sind eingereiht, nicht gesendet: es wurde kein SMTP-Passwort angegeben (Fakturierung &gt; E-Mail-Postausgang sendet sie später).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending the reminders…</source>
        <translation>Mahnungen werden gesendet…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail: %1 sent, %2 to retry later, %3 failed.</source>
        <translation>E-Mail: %1 gesendet, %2 später erneut zu versuchen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See Billing &gt; E-mail Outbox.</source>
        <translation>Siehe Fakturierung &gt; E-Mail-Postausgang.</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSchedule</name>
    <message>
        <location filename="../core/dunning/dunningschedule.cpp" line="+89"/>
        <source>Due soon</source>
        <translation>Bald fällig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice {invoice} is due on {due_date}</source>
        <translation>Rechnung {invoice} ist am {due_date} fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

a friendly note that invoice {invoice} over {amount_due} is due on {due_date}. The invoice is attached for your convenience.</source>
        <translation>Guten Tag {customer},

wir möchten Sie freundlich daran erinnern, dass die Rechnung {invoice} über {amount_due} am {due_date} fällig ist. Die Rechnung finden Sie der Einfachheit halber im Anhang.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reminder</source>
        <translation>Erste Mahnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder: invoice {invoice} is overdue</source>
        <translation>Zahlungserinnerung: Rechnung {invoice} ist überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

our records show that invoice {invoice}, due on {due_date}, is still open with {amount_due} to pay. It may simply have been overlooked: we would be grateful if you could arrange payment in the next few days. A copy of the invoice is attached.</source>
        <translation>Guten Tag {customer},

nach unseren Unterlagen ist die Rechnung {invoice}, fällig am {due_date}, noch mit {amount_due} offen. Möglicherweise wurde sie einfach übersehen: Wir wären Ihnen dankbar, wenn Sie die Zahlung in den nächsten Tagen veranlassen könnten. Eine Kopie der Rechnung ist beigefügt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Second reminder</source>
        <translation>Zweite Mahnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder: invoice {invoice} is {days_overdue} days overdue</source>
        <translation>Zweite Mahnung: Rechnung {invoice} ist {days_overdue} Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

invoice {invoice} was due on {due_date} and {amount_due} is still outstanding. Please arrange payment as soon as possible, or let us know when we can expect it. A copy of the invoice is attached.</source>
        <translation>Guten Tag {customer},

die Rechnung {invoice} war am {due_date} fällig, und {amount_due} sind noch offen. Bitte veranlassen Sie die Zahlung so bald wie möglich oder teilen Sie uns mit, wann wir damit rechnen können. Eine Kopie der Rechnung ist beigefügt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third reminder</source>
        <translation>Dritte Mahnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment overdue: invoice {invoice} ({amount_due})</source>
        <translation>Zahlung überfällig: Rechnung {invoice} ({amount_due})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

despite our earlier reminders, invoice {invoice} is now {days_overdue} days past its due date of {due_date}, with {amount_due} outstanding. Please settle it within the next seven days. If there is a problem with the invoice or you need to agree a payment plan, please contact us now.</source>
        <translation>Guten Tag {customer},

trotz unserer bisherigen Mahnungen ist die Rechnung {invoice} nun {days_overdue} Tage über ihr Fälligkeitsdatum {due_date} hinaus, mit {amount_due} offen. Bitte begleichen Sie sie innerhalb der nächsten sieben Tage. Falls es ein Problem mit der Rechnung gibt oder Sie eine Ratenzahlung vereinbaren möchten, wenden Sie sich bitte umgehend an uns.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final notice</source>
        <translation>Letzte Mahnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final notice: invoice {invoice} – service at risk</source>
        <translation>Letzte Mahnung: Rechnung {invoice} – Leistung gefährdet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

invoice {invoice} is {days_overdue} days overdue and {amount_due} remains unpaid despite several reminders. This is our final notice: unless we receive payment or hear from you within seven days, we will suspend your service until the account is settled.</source>
        <translation>Guten Tag {customer},

die Rechnung {invoice} ist {days_overdue} Tage überfällig, und {amount_due} sind trotz mehrerer Mahnungen unbezahlt. Dies ist unsere letzte Mahnung: Sofern wir nicht innerhalb von sieben Tagen eine Zahlung erhalten oder von Ihnen hören, werden wir Ihre Leistung aussetzen, bis das Konto ausgeglichen ist.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>step %1</source>
        <translation>Stufe %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no key)</source>
        <translation>(kein Schlüssel)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: key: lower-case letters, digits, _ and - only</source>
        <translation>%1: key: nur Kleinbuchstaben, Ziffern, _ und -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: key: used by another step</source>
        <translation>%1: key: von einer anderen Stufe verwendet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: name: enter a name</source>
        <translation>%1: name: geben Sie einen Namen ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: day: between -90 (before the due date) and 365</source>
        <translation>%1: day: zwischen -90 (vor dem Fälligkeitsdatum) und 365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: day: another step acts on day %2 too</source>
        <translation>%1: day: eine andere Stufe wirkt ebenfalls an Tag %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: subject: enter a subject</source>
        <translation>%1: subject: geben Sie einen Betreff ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: subject: line breaks are not allowed</source>
        <translation>%1: subject: Zeilenumbrüche sind nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text: enter the e-mail&apos;s text</source>
        <translation>%1: text: geben Sie den Text der E-Mail ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: subject: %2</source>
        <translation>%1: subject: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text: %2</source>
        <translation>%1: text: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: fee: a positive amount with a dot, like 5.00</source>
        <translation>%1: fee: ein positiver Betrag mit Punkt, etwa 5.00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: fee: between 1 and 10000 basis points (0.01 % to 100 %)</source>
        <translation>%1: fee: zwischen 1 und 10000 Basispunkten (0,01 % bis 100 %)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A dunning schedule is a JSON object with a &quot;steps&quot; array</source>
        <translation>Ein Mahnplan ist ein JSON-Objekt mit einem Array &quot;steps&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each dunning step is a JSON object</source>
        <translation>Jede Mahnstufe ist ein JSON-Objekt</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningService</name>
    <message>
        <location filename="../core/dunning/dunningservice.cpp" line="+77"/>
        <source>Bank</source>
        <translation>Bank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IBAN</source>
        <translation>IBAN</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>BIC</source>
        <translation>BIC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Kontonummer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number</source>
        <translation>Bankleitzahl</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as shown on the invoice</source>
        <translation>wie auf der Rechnung angegeben</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the late fee %1 of step %2 cannot be charged in %3</source>
        <translation>die Mahngebühr %1 der Stufe %2 kann nicht in %3 berechnet werden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A dunning run needs a date</source>
        <translation>Ein Mahnlauf benötigt ein Datum</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 has no e-mail address (billing profile contact or customer)</source>
        <translation>%1 hat keine E-Mail-Adresse (Ansprechpartner im Abrechnungsprofil oder Kunde)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer with id %1</source>
        <translation>Kein Kunde mit der ID %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late fee under our payment terms: %1 on invoice %2</source>
        <translation>Mahngebühr gemäß unseren Zahlungsbedingungen: %1 auf Rechnung %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late fee for invoice %1</source>
        <translation>Mahngebühr für Rechnung %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+6"/>
        <source>run dunning</source>
        <translation>Mahnlauf ausführen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>clear a review flag</source>
        <translation>eine Prüfmarkierung entfernen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is not flagged for review</source>
        <translation>Rechnung %1 ist nicht zur Prüfung markiert</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSettingsPane</name>
    <message>
        <location filename="../ui/dialogs/dunningsettingspane.cpp" line="+43"/>
        <source>&amp;Remove Step</source>
        <translation>Stufe &amp;entfernen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days after the due date; negative: before it (&quot;due soon&quot;)</source>
        <translation>Tage nach dem Fälligkeitsdatum; negativ: davor („bald fällig“)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No late fee</source>
        <translation>Keine Mahngebühr</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed amount</source>
        <translation>Fester Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percent of the open balance</source>
        <translation>Prozent des offenen Saldos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.00, in the invoice&apos;s currency</source>
        <translation>5.00, in der Währung der Rechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> bp</source>
        <translation> BP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis points of the open balance: 150 bp = 1.5 %</source>
        <translation>Basispunkte des offenen Saldos: 150 BP = 1,5 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Step</source>
        <translation>Stufe &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Defaults</source>
        <translation>Standard &amp;wiederherstellen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Tag:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Aktion:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late &amp;fee:</source>
        <translation>Mahn&amp;gebühr:</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+48"/>
        <source>Day %1: %2</source>
        <translation>Tag %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminder</source>
        <translation>Mahnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder: invoice {invoice} is overdue</source>
        <translation>Zahlungserinnerung: Rechnung {invoice} ist überfällig</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSettingsService</name>
    <message>
        <location filename="../core/dunning/dunningschedule.cpp" line="+24"/>
        <source>change the dunning schedule</source>
        <translation>den Mahnplan ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dunning schedule is not valid: %1</source>
        <translation>Der Mahnplan ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dunning schedule</source>
        <translation>Der Mahnplan</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningStep</name>
    <message>
        <location line="-206"/>
        <source>Flag for review</source>
        <translation>Zur Prüfung markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-service notice</source>
        <translation>Ankündigung der Leistungssperre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>step %1: unknown action “%2” (email, review or stop_service)</source>
        <translation>Stufe %1: unbekannte Aktion „%2“ (email, review oder stop_service)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step %1: unknown fee “%2” (none, fixed or percent)</source>
        <translation>Stufe %1: unbekannte Gebühr „%2“ (none, fixed oder percent)</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceBuilder</name>
    <message>
        <location filename="../core/einvoice/einvoicebuilder.cpp" line="+216"/>
        <source>%1: the lines give %2 %3, the document says %4 (%5); it cannot be sent as an e-invoice</source>
        <translation>%1: die Positionen ergeben %2 %3, der Beleg nennt %4 (%5); er kann nicht als E-Rechnung gesendet werden</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Credited against invoice %1</source>
        <translation>Gutgeschrieben auf Rechnung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (credited against invoice %2)</source>
        <translation>%1 (gutgeschrieben auf Rechnung %2)</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceDocument</name>
    <message>
        <location filename="../core/einvoice/einvoicedocument.cpp" line="+25"/>
        <location line="+102"/>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+103"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Received as an e-invoice (UBL)</source>
        <translation>Als E-Rechnung (UBL) empfangen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits invoice %1</source>
        <translation>Gutschrift zu Rechnung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer reference %1</source>
        <translation>Käuferreferenz %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <location line="+26"/>
        <source>VAT</source>
        <translation>USt.</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VAT breakdown</source>
        <translation>USt.-Aufschlüsselung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taxable</source>
        <translation>Steuerpflichtig</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exemption</source>
        <translation>Befreiung</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowances</source>
        <translation>Nachlässe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Belastungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total without VAT</source>
        <translation>Gesamt ohne USt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total with VAT</source>
        <translation>Gesamt mit USt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding</source>
        <translation>Rundung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount credited</source>
        <translation>Gutgeschriebener Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Fälliger Betrag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pay to %1 %2 (%3), reference %4</source>
        <translation>Zahlung an %1 %2 (%3), Verwendungszweck %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceService</name>
    <message>
        <location filename="../core/einvoice/einvoiceservice.cpp" line="+62"/>
        <location line="+17"/>
        <location line="+9"/>
        <source>export e-invoices</source>
        <translation>E-Rechnungen exportieren</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is a draft: only issued invoices are e-invoices</source>
        <translation>%1 ist ein Entwurf: nur ausgestellte Rechnungen sind E-Rechnungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No invoice or credit note numbered “%1”</source>
        <translation>Keine Rechnung oder Gutschrift mit der Nummer „%1“</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
</context>
<context>
    <name>Accrue::ElectronicAddress</name>
    <message>
        <location filename="../core/domain/electronicaddress.cpp" line="+46"/>
        <source>“%1” is not an electronic address: %2</source>
        <translation>„%1“ ist keine elektronische Adresse: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it needs its scheme, as SCHEME:ID (0088:4012345000009)</source>
        <translation>sie benötigt ihr Schema, als SCHEMA:ID (0088:4012345000009)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identifier after “%1:” is missing</source>
        <translation>die Kennung nach „%1:“ fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a scheme of the EAS code list (0088, 0208, 9930, …)</source>
        <translation>„%1“ ist kein Schema der EAS-Codeliste (0088, 0208, 9930, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the identifier “%1” contains spaces</source>
        <translation>die Kennung „%1“ enthält Leerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identifier is longer than 128 characters</source>
        <translation>die Kennung ist länger als 128 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a GLN (13 digits with a valid check digit)</source>
        <translation>„%1“ ist keine GLN (13 Ziffern mit gültiger Prüfziffer)</translation>
    </message>
</context>
<context>
    <name>Accrue::ExchangeRateCsv</name>
    <message>
        <location filename="../core/exchange/exchangeratecsv.cpp" line="+61"/>
        <source>the header of an ECB rates file names currencies (USD, JPY, ...)</source>
        <translation>die Kopfzeile einer EZB-Kursdatei nennt Währungen (USD, JPY, ...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a date (YYYY-MM-DD or 03 June 2021)</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD oder 03 June 2021)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a value “%1” in a column the header does not name</source>
        <translation>ein Wert „%1“ in einer Spalte, die die Kopfzeile nicht benennt</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown column (a rates list has date, base, quote and rate)</source>
        <translation>unbekannte Spalte (eine Kursliste hat date, base, quote und rate)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: a “%3” column is required (or an ECB header “Date,USD,...”)</source>
        <translation>%1:%2: eine Spalte „%3“ ist erforderlich (oder eine EZB-Kopfzeile „Date,USD,...“)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (verwenden Sie YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same currency as the base</source>
        <translation>dieselbe Währung wie die Basis</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no exchange rates in the file</source>
        <translation>%1: keine Wechselkurse in der Datei</translation>
    </message>
</context>
<context>
    <name>Accrue::ExchangeRateService</name>
    <message>
        <location filename="../core/billing/exchangerateservice.cpp" line="+14"/>
        <source>enter exchange rates</source>
        <translation>Wechselkurse erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quote: an exchange rate is between two different currencies</source>
        <translation>quote: ein Wechselkurs besteht zwischen zwei verschiedenen Währungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date: enter the day the rate is for (years %1 to %2)</source>
        <translation>date: geben Sie den Tag ein, für den der Kurs gilt (Jahre %1 bis %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rate: %1/%2 on %3 is stored as %4 already (replace it to change it)</source>
        <translation>rate: %1/%2 am %3 ist bereits als %4 gespeichert (ersetzen Sie ihn, um ihn zu ändern)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>import exchange rates</source>
        <translation>Wechselkurse importieren</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1/%2 on %3 is given differently on line %4</source>
        <translation>%1/%2 am %3 ist in Zeile %4 abweichend angegeben</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1/%2 on %3 is stored as %4 (from %5); the file says %6 (import with replace to take the file&apos;s rates)</source>
        <translation>%1/%2 am %3 ist als %4 gespeichert (aus %5); die Datei nennt %6 (importieren Sie mit Ersetzen, um die Kurse der Datei zu übernehmen)</translation>
    </message>
</context>
<context>
    <name>Accrue::ExportBuffer</name>
    <message>
        <location filename="../core/exchange/exportbuffer.cpp" line="+52"/>
        <source>Cannot write the file: %1</source>
        <translation>Die Datei kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ExportFormat</name>
    <message>
        <location filename="../core/domain/accountingexport.cpp" line="+35"/>
        <source>QuickBooks (IIF)</source>
        <translation>QuickBooks (IIF)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Xero</source>
        <translation>Xero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>NetSuite</source>
        <translation>NetSuite</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>hledger / ledger-cli</source>
        <translation>hledger / ledger-cli</translation>
    </message>
</context>
<context>
    <name>Accrue::FigureTile</name>
    <message>
        <location filename="../ui/widgets/figuretile.cpp" line="+134"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>Accrue::FirstRunWizard</name>
    <message>
        <location filename="../ui/dialogs/firstrunwizard.cpp" line="+26"/>
        <source>Set Up Your Book</source>
        <translation>Buch einrichten</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Welcome to Accrue</source>
        <translation>Willkommen bei Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This book is empty. Set up your company and first customer, or look around a book filled with demo data.</source>
        <translation>Dieses Buch ist leer. Richten Sie Ihr Unternehmen und Ihren ersten Kunden ein, oder sehen Sie sich in einem Buch mit Demodaten um.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up my company</source>
        <translation>Mein Unternehmen &amp;einrichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill it with &amp;demo data (two years of invoices)</source>
        <translation>Mit &amp;Demodaten füllen (zwei Jahre Rechnungen)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Company</source>
        <translation>Ihr Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As it appears on invoices. Everything but the currency can be changed later under Settings.</source>
        <translation>Wie es auf Rechnungen erscheint. Alles außer der Währung kann später unter Einstellungen geändert werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Tax ID:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax &amp;country:</source>
        <translation>Steuer&amp;land:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your First Customer</source>
        <translation>Ihr erster Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you bill first. Leave the code empty to add customers later on the Customers tab.</source>
        <translation>Wen Sie zuerst abrechnen. Lassen Sie den Code leer, um Kunden später auf der Registerkarte Kunden hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post&amp;al code:</source>
        <translation>Post&amp;leitzahl:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>Or&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Region:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State/province:</source>
        <translation>&amp;Bundesland/Provinz:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countr&amp;y:</source>
        <translation>Lan&amp;d:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
</context>
<context>
    <name>Accrue::GeneralLedgerReport</name>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="+30"/>
        <source>General ledger %1 to %2</source>
        <translation>Hauptbuch %1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Buchung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>Buchungstext</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing balance</source>
        <translation>Endsaldo</translation>
    </message>
</context>
<context>
    <name>Accrue::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="+57"/>
        <source>Automatic (UTF-8, UTF-16 or Windows-1252)</source>
        <translation>Automatisch (UTF-8, UTF-16 oder Windows-1252)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Windows-1252</source>
        <translation>Windows-1252</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ISO-8859-1 (Latin-1)</source>
        <translation>ISO-8859-1 (Latin-1)</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Replace stored rates that differ</source>
        <translation>Abweichende gespeicherte Kurse &amp;ersetzen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Customers</source>
        <translation>Kunden importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Products</source>
        <translation>Produkte importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Plans</source>
        <translation>Tarife importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Tax Rates</source>
        <translation>Steuersätze importieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Exchange Rates</source>
        <translation>Wechselkurse importieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No file chosen</source>
        <translation>Keine Datei gewählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>&amp;Auswählen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma ( , )</source>
        <translation>Komma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Semikolon ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulator</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar ( | )</source>
        <translation>Senkrechter Strich ( | )</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Kodierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Trennzeichen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accrue&apos;s columns from the file&apos;s (* required)</source>
        <translation>Spalten von Accrue aus denen der Datei (* erforderlich)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn off for the ECB&apos;s files (eurofxref.csv), which are read as they are</source>
        <translation>Für die Dateien der EZB (eurofxref.csv) ausschalten, die so gelesen werden, wie sie sind</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn off for a file that already has Accrue&apos;s columns</source>
        <translation>Für eine Datei ausschalten, die bereits die Spalten von Accrue hat</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 *:</source>
        <translation>%1 *:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>Erforderlich</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The line in the file</source>
        <translation>Die Zeile in der Datei</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Load Mapping…</source>
        <translation>Zuordnung &amp;laden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Mapping…</source>
        <translation>Zuordnung &amp;speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s first %1 rows:</source>
        <translation>Die ersten %1 Zeilen der Datei:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load Mapping</source>
        <translation>Zuordnung laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Column mappings (*.json)</source>
        <translation>Spaltenzuordnungen (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save Mapping</source>
        <translation>Zuordnung speichern</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+225"/>
        <source>Could not read %1: %2</source>
        <translation>%1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>“%1”</source>
        <translation>„%1“</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown encoding “%1”: reading the file as %2</source>
        <translation>Unbekannte Kodierung „%1“: die Datei wird als %2 gelesen</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln row(s) after the header, read as %2.</source>
        <translation>
            <numerusform>%1: %Ln Zeile nach der Kopfzeile, gelesen als %2.</numerusform>
            <numerusform>%1: %Ln Zeilen nach der Kopfzeile, gelesen als %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Column %1 (%2)</source>
        <translation>Spalte %1 (%2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“%1” (not in this file)</source>
        <translation>„%1“ (nicht in dieser Datei)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1</source>
        <translation>Spalte %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Left out of the mapping, as this import has no such column: %1</source>
        <translation>Aus der Zuordnung weggelassen, da dieser Import keine solche Spalte hat: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the file&apos;s column for at least one of Accrue&apos;s before saving.</source>
        <translation>Wählen Sie vor dem Speichern die Spalte der Datei für mindestens eine Spalte von Accrue.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping saved to %1 (accrue-cli reads it with --mapping).</source>
        <translation>Zuordnung in %1 gespeichert (accrue-cli liest sie mit --mapping).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file to import first.</source>
        <translation>Wählen Sie zuerst die zu importierende Datei.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the file&apos;s column for %1 (required).</source>
        <translation>Wählen Sie die Spalte der Datei für %1 (erforderlich).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Imported %n customer(s) from %1.</source>
        <translation>
            <numerusform>%n Kunde aus %1 importiert.</numerusform>
            <numerusform>%n Kunden aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n product(s) from %1.</source>
        <translation>
            <numerusform>%n Produkt aus %1 importiert.</numerusform>
            <numerusform>%n Produkte aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n plan(s) from %1.</source>
        <translation>
            <numerusform>%n Tarif aus %1 importiert.</numerusform>
            <numerusform>%n Tarife aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n subscription(s) from %1.</source>
        <translation>
            <numerusform>%n Abonnement aus %1 importiert.</numerusform>
            <numerusform>%n Abonnements aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n tax rate(s) from %1.</source>
        <translation>
            <numerusform>%n Steuersatz aus %1 importiert.</numerusform>
            <numerusform>%n Steuersätze aus %1 importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n rate(s) from %1: %2 new, %3 replaced, %4 already stored.</source>
        <translation>
            <numerusform>%n Kurs aus %1 importiert: %2 neu, %3 ersetzt, %4 bereits gespeichert.</numerusform>
            <numerusform>%n Kurse aus %1 importiert: %2 neu, %3 ersetzt, %4 bereits gespeichert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns of currencies Accrue does not know were passed over: %1.</source>
        <translation>Spalten mit Währungen, die Accrue nicht kennt, wurden übergangen: %1.</translation>
    </message>
</context>
<context>
    <name>Accrue::Invoice</name>
    <message>
        <location filename="../core/domain/invoice.cpp" line="+34"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncollectible</source>
        <translation>Uneinbringlich</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown invoice status “%1”</source>
        <translation>Unbekannter Rechnungsstatus „%1“</translation>
    </message>
    <message>
        <location filename="../core/domain/invoicerules.cpp" line="+259"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due soon (7 days)</source>
        <translation>Bald fällig (7 Tage)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review (card failed)</source>
        <translation>Prüfung nötig (Karte abgelehnt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>Strittig</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceCsv</name>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="+81"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: unknown column “%3” (known: invoice, %4, %5)</source>
        <translation>%1:%2: unbekannte Spalte „%3“ (bekannt: invoice, %4, %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2: the column “%3” appears twice</source>
        <translation>%1:%2: die Spalte „%3“ kommt zweimal vor</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: a “customer” column is required</source>
        <translation>%1:%2: eine Spalte „customer“ ist erforderlich</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 Felder, aber die Kopfzeile nennt %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: %3: missing; the row has %4 fields, but the header names %5 (is the file cut short?)</source>
        <translation>%1:%2: %3: fehlt; die Zeile hat %4 Felder, aber die Kopfzeile nennt %5 (ist die Datei abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1:%2: %3: “%4” differs from “%5” on line %6 of the same invoice</source>
        <translation>%1:%2: %3: „%4“ weicht von „%5“ in Zeile %6 derselben Rechnung ab</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no invoice lines after the header</source>
        <translation>%1: keine Rechnungspositionen nach der Kopfzeile</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceDocument</name>
    <message>
        <location filename="../core/documents/invoicedocument.cpp" line="+173"/>
        <source>Could not lay out the PDF of %1</source>
        <translation>Das PDF von %1 konnte nicht gesetzt werden</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="+77"/>
        <source>&amp;Save Draft</source>
        <translation>Entwurf &amp;speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue…</source>
        <translation>&amp;Ausstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Type to search customers</source>
        <translation>Tippen, um Kunden zu suchen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing &amp;profile:</source>
        <translation>A&amp;brechnungsprofil:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue &amp;date:</source>
        <translation>Rechnungs&amp;datum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>&amp;Fälligkeitsdatum:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change billing profile</source>
        <translation>Abrechnungsprofil ändern</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change issue date</source>
        <translation>Rechnungsdatum ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change payment terms</source>
        <translation>Zahlungsziel ändern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change due date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change currency</source>
        <translation>Währung ändern</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Positionen&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add Line</source>
        <translation>Position &amp;hinzufügen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove Line</source>
        <translation>Position &amp;entfernen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Service &amp;Period</source>
        <translation>Leistungszeitraum &amp;leeren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo %1</source>
        <translation>%1 rückgängig machen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>Wiederh&amp;olen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redo %1</source>
        <translation>%1 wiederholen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Line %1, %2: %3</source>
        <translation>Position %1, %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shown on the invoice</source>
        <translation>Wird auf der Rechnung angezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change notes</source>
        <translation>Notizen ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose customer</source>
        <translation>Kunde auswählen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax %1% on %2</source>
        <translation>Steuer %1% auf %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft Invoice</source>
        <translation>Rechnungsentwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is issued and cannot be changed. Correct it with a credit note, or duplicate it as a new draft.</source>
        <translation>Rechnung %1 ist ausgestellt und kann nicht geändert werden. Korrigieren Sie sie mit einer Gutschrift oder duplizieren Sie sie als neuen Entwurf.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Reload Their Version</source>
        <translation>Deren Version &amp;neu laden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep My Edits on Screen</source>
        <translation>Meine Änderungen auf dem Bildschirm &amp;behalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Issue Invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue this invoice? It gets its number and cannot be changed afterwards.</source>
        <translation>Diese Rechnung ausstellen? Sie erhält ihre Nummer und kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes and start a copy?</source>
        <translation>Die ungespeicherten Änderungen verwerfen und eine Kopie beginnen?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the changes to this invoice?</source>
        <translation>Die Änderungen an dieser Rechnung speichern?</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceJson</name>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="+112"/>
        <source>%1: “%2” is not a number (use digits and a dot)</source>
        <translation>%1: „%2“ ist keine Zahl (verwenden Sie Ziffern und einen Punkt)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” has more than %3 decimals</source>
        <translation>%1: „%2“ hat mehr als %3 Nachkommastellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” is too large</source>
        <translation>%1: „%2“ ist zu groß</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: kein gültiges JSON bei Zeichen %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected one JSON object describing an invoice</source>
        <translation>%1: erwartet wurde ein JSON-Objekt, das eine Rechnung beschreibt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no customer with the code “%1”</source>
        <translation>kein Kunde mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 days are not plausible payment terms (0 to %2)</source>
        <translation>%1 Tage sind kein plausibles Zahlungsziel (0 bis %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list with at least one line</source>
        <translation>erwartet wurde eine Liste mit mindestens einer Position</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object</source>
        <translation>erwartet wurde ein Objekt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no product with the code “%1”</source>
        <translation>kein Produkt mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the product “%1” is priced in %2, the invoice is in %3</source>
        <translation>fehlt: das Produkt „%1“ ist in %2 bepreist, die Rechnung in %3</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="+170"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount %</source>
        <translation>Rabatt %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax %</source>
        <translation>Steuer %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service from</source>
        <translation>Leistung von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service to</source>
        <translation>Leistung bis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Netto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Change %1 on line %2</source>
        <translation>%1 in Position %2 ändern</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add line</source>
        <translation>Position hinzufügen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove line %1</source>
        <translation>Position %1 entfernen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear service period on line %1</source>
        <translation>Leistungszeitraum in Position %1 leeren</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceListReport</name>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="+40"/>
        <source>Unknown status “%1” (use one of %2)</source>
        <translation>Unbekannter Status „%1“ (verwenden Sie einen von %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The date range ends (%1) before it starts (%2)</source>
        <translation>Der Datumsbereich endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>The invoice list was run without the session&apos;s date</source>
        <translation>Die Rechnungsliste wurde ohne das Datum der Sitzung ausgeführt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 zu %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceMailer</name>
    <message>
        <location filename="../core/mail/invoicemailer.cpp" line="+53"/>
        <source>send invoices by e-mail</source>
        <translation>Rechnungen per E-Mail senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft has no number yet: issue it before sending it</source>
        <translation>Ein Entwurf hat noch keine Nummer: stellen Sie ihn vor dem Senden aus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is void: it is not sent</source>
        <translation>Rechnung %1 ist storniert: sie wird nicht gesendet</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicePdfBatch</name>
    <message>
        <location filename="../core/documents/invoicepdfbatch.cpp" line="+33"/>
        <location line="+25"/>
        <source>export invoices</source>
        <translation>Rechnungen exportieren</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot create the folder %1</source>
        <translation>Der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>export credit notes</source>
        <translation>Gutschriften exportieren</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="+194"/>
        <source>The invoice was changed or issued meanwhile; reopen it and try again</source>
        <translation>Die Rechnung wurde inzwischen geändert oder ausgestellt; öffnen Sie sie erneut und versuchen Sie es noch einmal</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>Only a draft invoice can be deleted</source>
        <translation>Nur ein Rechnungsentwurf kann gelöscht werden</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>This draft invoice</source>
        <translation>Dieser Rechnungsentwurf</translation>
    </message>
    <message>
        <location line="+115"/>
        <source>Invoice %1 cannot take payments or credits</source>
        <translation>Rechnung %1 kann keine Zahlungen oder Gutschriften aufnehmen</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceRules</name>
    <message>
        <location filename="../core/domain/invoicerules.cpp" line="-224"/>
        <source>choose a customer</source>
        <translation>wählen Sie einen Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a valid ISO 4217 currency</source>
        <translation>wählen Sie eine gültige Währung nach ISO 4217</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the issue date</source>
        <translation>geben Sie das Rechnungsdatum ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a plausible issue date (years %2 to %3)</source>
        <translation>%1 ist kein plausibles Rechnungsdatum (Jahre %2 bis %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enter the due date</source>
        <translation>geben Sie das Fälligkeitsdatum ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the due date is before the issue date</source>
        <translation>das Fälligkeitsdatum liegt vor dem Rechnungsdatum</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the due date is more than %1 days after the issue date</source>
        <translation>das Fälligkeitsdatum liegt mehr als %1 Tage nach dem Rechnungsdatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the notes contain control characters (such as NUL)</source>
        <translation>die Notizen enthalten Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add at least one line</source>
        <translation>fügen Sie mindestens eine Position hinzu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter a description</source>
        <translation>geben Sie eine Beschreibung ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the description contains control characters (such as NUL)</source>
        <translation>die Beschreibung enthält Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quantity must be greater than zero</source>
        <translation>die Menge muss größer als null sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the quantity is larger than %1</source>
        <translation>die Menge ist größer als %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit price cannot be negative</source>
        <translation>der Stückpreis darf nicht negativ sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit price is larger than Accrue accepts</source>
        <translation>der Stückpreis ist größer, als Accrue akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line&apos;s amount is larger than Accrue accepts</source>
        <translation>der Betrag der Position ist größer, als Accrue akzeptiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the discount must be between 0% and 100%</source>
        <translation>der Rabatt muss zwischen 0% und 100% liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tax rate must be between 0% and 100%</source>
        <translation>der Steuersatz muss zwischen 0% und 100% liegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the service period must have a start on or before its end</source>
        <translation>der Leistungszeitraum muss am oder vor seinem Ende beginnen</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“%1” is not a recognition method (%2)</source>
        <translation>„%1“ ist keine Realisierungsmethode (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ratably needs the service period to spread over (service_start and service_end)</source>
        <translation>ratably benötigt den Leistungszeitraum, über den verteilt wird (service_start und service_end)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as_delivered bills the usage recorded for a product: name the line&apos;s product</source>
        <translation>as_delivered rechnet die für ein Produkt erfasste Nutzung ab: nennen Sie das Produkt der Position</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as_delivered bills recorded usage, and usage is recorded only for products recognised as delivered; %1 is recognised %2</source>
        <translation>as_delivered rechnet erfasste Nutzung ab, und Nutzung wird nur für Produkte erfasst, die bei Lieferung realisiert werden; %1 wird %2 realisiert</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceService</name>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="+100"/>
        <source>Line %1: unknown product</source>
        <translation>Position %1: unbekanntes Produkt</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Line %1: %2</source>
        <translation>Position %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+9"/>
        <source>create invoices</source>
        <translation>Rechnungen anlegen</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+23"/>
        <location line="+73"/>
        <source>The invoice is not valid: %1</source>
        <translation>Die Rechnung ist ungültig: %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>customer: no such customer</source>
        <translation>customer: kein solcher Kunde</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer: %1 is archived; restore it to bill it again</source>
        <translation>customer: %1 ist archiviert; stellen Sie ihn wieder her, um ihn wieder abzurechnen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>edit invoices</source>
        <translation>Rechnungen bearbeiten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invoice %1 is issued and cannot be changed; issue a credit note instead</source>
        <translation>Rechnung %1 ist ausgestellt und kann nicht geändert werden; stellen Sie stattdessen eine Gutschrift aus</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete invoices</source>
        <translation>Rechnungen löschen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 is issued and cannot be deleted; issue a credit note instead</source>
        <translation>Rechnung %1 ist ausgestellt und kann nicht gelöscht werden; stellen Sie stattdessen eine Gutschrift aus</translation>
    </message>
    <message>
        <location line="-60"/>
        <location line="+76"/>
        <source>issue invoices</source>
        <translation>Rechnungen ausstellen</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Draft #%1 was made by a billing run for a subscription period; edit and issue it, or issue it and credit it, instead of deleting it</source>
        <translation>Entwurf #%1 wurde von einem Abrechnungslauf für einen Abonnementzeitraum erstellt; bearbeiten und stellen Sie ihn aus, oder stellen Sie ihn aus und schreiben Sie ihn gut, statt ihn zu löschen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Invoice %1 is already issued</source>
        <translation>Rechnung %1 ist bereits ausgestellt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An invoice total cannot be negative; issue a credit note instead</source>
        <translation>Ein Rechnungsbetrag kann nicht negativ sein; stellen Sie stattdessen eine Gutschrift aus</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>record reminders</source>
        <translation>Mahnungen erfassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft invoice has not been sent, so it cannot be reminded</source>
        <translation>Ein Rechnungsentwurf wurde nicht versandt und kann daher nicht gemahnt werden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No invoice with id %1</source>
        <translation>Keine Rechnung mit der ID %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No invoice numbered “%1”</source>
        <translation>Keine Rechnung mit der Nummer „%1“</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceSummaryReport</name>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="+40"/>
        <location line="+6"/>
        <source>Invoice summary %1 to %2</source>
        <translation>Rechnungsübersicht %1 bis %2</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Gutgeschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+37"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceTableModel</name>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="+69"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · Disputed</source>
        <translation>%1 · Strittig</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In dispute: dunning leaves it alone until the dispute is resolved</source>
        <translation>Strittig: das Mahnwesen lässt sie unberührt, bis der Einspruch erledigt ist</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Number</source>
        <translation>Nummer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminded</source>
        <translation>Zuletzt gemahnt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceViewDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="+48"/>
        <source>Draft invoice</source>
        <translation>Rechnungsentwurf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>Druck&amp;vorschau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revenue Schedule</source>
        <translation>&amp;Umsatzplan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disputed on %1 by %2: %3</source>
        <translation>Beanstandet am %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    Note (%1, %2): %3</source>
        <translation>    Notiz (%1, %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    Open: dunning leaves the invoice alone</source>
        <translation>    Offen: das Mahnwesen lässt die Rechnung unberührt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by a credit note</source>
        <translation>durch eine Gutschrift</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by writing it off</source>
        <translation>durch Ausbuchung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>withdrawn by the customer</source>
        <translation>vom Kunden zurückgezogen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    Resolved on %1 by %2: %3</source>
        <translation>    Erledigt am %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written off on %1 by %2: %3 (%4)</source>
        <translation>Ausgebucht am %1 von %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disputes and write-offs</source>
        <translation>Einsprüche und Ausbuchungen</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="+64"/>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer code or name</source>
        <translation>Kundennummer oder Name</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search number or customer (Ctrl+F)</source>
        <translation>Nummer oder Kunde suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove this filter</source>
        <translation>Diesen Filter entfernen</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partially paid · Disputed</source>
        <translation>Teilweise bezahlt · Strittig</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not yet due</source>
        <translation>Noch nicht fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue %1 days</source>
        <translation>%1 Tage überfällig</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter: %1. Remove</source>
        <translation>Filter: %1. Entfernen</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+328"/>
        <location line="+5"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&amp;New Invoice</source>
        <translation>&amp;Neue Rechnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Draft…</source>
        <translation>Entwurf &amp;bearbeiten…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue</source>
        <translation>&amp;Ausstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>Du&amp;plizieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Draft</source>
        <translation>Entwurf &amp;löschen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Payment…</source>
        <translation>&amp;Zahlung erfassen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;Credit Note…</source>
        <translation>&amp;Gutschrift ausstellen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void…</source>
        <translation>&amp;Stornieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply Customer Credit</source>
        <translation>Kundenguthaben verre&amp;chnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Reminded</source>
        <translation>Als gemahnt mar&amp;kieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DFs…</source>
        <translation>P&amp;DFs exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by E-&amp;mail…</source>
        <translation>Per E-&amp;Mail senden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export E-&amp;invoice…</source>
        <translation>E-&amp;Rechnung exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;unning Run…</source>
        <translation>Ma&amp;hnlauf…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark In &amp;Dispute…</source>
        <translation>Als stri&amp;ttig markieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Dispute &amp;Note…</source>
        <translation>Notiz zum &amp;Einspruch hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;solve Dispute…</source>
        <translation>Einspruch erle&amp;digen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write Off…</source>
        <translation>Ausb&amp;uchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write Off &amp;90+ Days…</source>
        <translation>Mehr als &amp;90 Tage überfällige ausbuchen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of This Invoice…</source>
        <translation>&amp;Verlauf dieser Rechnung…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;llect</source>
        <translation>&amp;Einziehen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;end</source>
        <translation>Sen&amp;den</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Needs the Finance or Admin role</source>
        <translation>Erfordert die Rolle Finanzen oder Admin</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New Invoice</source>
        <translation>Neue Rechnung</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate</source>
        <translation>Duplizieren</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Delete Draft</source>
        <translation>Entwurf löschen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete this draft invoice?</source>
        <translation>Diesen Rechnungsentwurf löschen?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Issue Invoice</source>
        <translation>Rechnung ausstellen</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Issue this draft? It gets its number and cannot be changed afterwards.</source>
        <translation>Diesen Entwurf ausstellen? Er erhält seine Nummer und kann danach nicht mehr geändert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued %1</source>
        <translation>%1 ausgestellt</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+165"/>
        <source>A draft has to be issued first.</source>
        <translation>Ein Entwurf muss zuerst ausgestellt werden.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Customer credit</source>
        <translation>Kundenguthaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of credit applied to %2.</source>
        <translation>%1 Guthaben auf %2 verrechnet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in dispute</source>
        <translation>%1 ist strittig</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dispute of %1 is resolved</source>
        <translation>Der Einspruch gegen %1 ist erledigt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote off %1 of %2</source>
        <translation>%1 von %2 ausgebucht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write Off 90+</source>
        <translation>90+ ausbuchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export PDFs to</source>
        <translation>PDFs exportieren nach</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Writing %Ln PDF(s)…</source>
        <translation>
            <numerusform>%Ln PDF wird geschrieben…</numerusform>
            <numerusform>%Ln PDFs werden geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Wrote %Ln PDF(s) to %1</source>
        <translation>
            <numerusform>%Ln PDF nach %1 geschrieben</numerusform>
            <numerusform>%Ln PDFs nach %1 geschrieben</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDFs</source>
        <translation>PDFs exportieren</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+19"/>
        <source>Export E-invoice</source>
        <translation>E-Rechnung exportieren</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>UBL e-invoices (*.xml)</source>
        <translation>UBL-E-Rechnungen (*.xml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote the e-invoice %1 to %2</source>
        <translation>E-Rechnung %1 nach %2 geschrieben</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+7"/>
        <source>Send by E-mail</source>
        <translation>Per E-Mail senden</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Sending %Ln invoice(s) by e-mail…</source>
        <translation>
            <numerusform>%Ln Rechnung wird per E-Mail gesendet…</numerusform>
            <numerusform>%Ln Rechnungen werden per E-Mail gesendet…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not everything was sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%1</source>
        <translation>Nicht alles wurde gesendet (Eingereihtes wird später erneut versucht; siehe Fakturierung &gt; E-Mail-Postausgang):
%1</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+7"/>
        <source>Export invoices</source>
        <translation>Rechnungen exportieren</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History of This Invoice</source>
        <translation>Verlauf dieser Rechnung</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln Rechnung</numerusform>
            <numerusform>%Ln Rechnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::JournalExportDialog</name>
    <message>
        <location filename="../ui/dialogs/journalexportdialog.cpp" line="+83"/>
        <source>&amp;Whole book</source>
        <translation>&amp;Gesamtes Buch</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;Mapping…</source>
        <translation>Kontenzu&amp;ordnung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+180"/>
        <source>Export Journal</source>
        <translation>Journal exportieren</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>All currencies</source>
        <translation>Alle Währungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An ISO code (EUR) to export one currency; empty for all. QuickBooks files hold one currency each.</source>
        <translation>Ein ISO-Code (EUR), um eine Währung zu exportieren; leer für alle. QuickBooks-Dateien enthalten jeweils eine Währung.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What each account is called in the format chosen (Settings &gt; Accounting Export)</source>
        <translation>Wie jedes Konto im gewählten Format heißt (Einstellungen &gt; Buchhaltungsexport)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>General journal transactions for QuickBooks Desktop (File &gt; Utilities &gt; Import &gt; IIF Files). One currency per file.</source>
        <translation>Buchungen des allgemeinen Journals für QuickBooks Desktop (File &gt; Utilities &gt; Import &gt; IIF Files). Eine Währung pro Datei.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two files for Xero&apos;s imports: NAME-invoices.csv (sales invoices and credit notes, tax exclusive) and NAME-payments.csv (the payments as a bank statement to reconcile, one currency).</source>
        <translation>Zwei Dateien für die Importe von Xero: NAME-invoices.csv (Ausgangsrechnungen und Gutschriften, ohne Steuer) und NAME-payments.csv (die Zahlungen als abzugleichender Kontoauszug, eine Währung).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A plain-text journal for hledger and ledger-cli; account names carry the trial balance&apos;s codes. Needs no account mapping.</source>
        <translation>Ein Klartext-Journal für hledger und ledger-cli; Kontennamen tragen die Codes der Summen- und Saldenliste. Benötigt keine Kontenzuordnung.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Browse… suggests %1</source>
        <translation>Durchsuchen… schlägt %1 vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No month is closed yet: the entries of this range may still change.</source>
        <translation>Noch kein Monat ist abgeschlossen: die Buchungen dieses Bereichs können sich noch ändern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed (the books are closed through %1): the same range gives the same file every time.</source>
        <translation>Abgeschlossen (die Bücher sind bis %1 abgeschlossen): derselbe Bereich ergibt jedes Mal dieselbe Datei.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The books are closed through %1: later entries may still change.</source>
        <translation>Die Bücher sind bis %1 abgeschlossen: spätere Buchungen können sich noch ändern.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Map them in Settings &gt; Accounting Export (Account Mapping… below) or with accrue-cli export mapping, then export again.</source>
        <translation>Ordnen Sie sie unter Einstellungen &gt; Buchhaltungsexport zu (Kontenzuordnung… unten) oder mit accrue-cli export mapping, und exportieren Sie dann erneut.</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>%1 files in %2: %3 … %4</source>
        <translation>%1 Dateien in %2: %3 … %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal entries written: %1. File: %2</source>
        <translation>Geschriebene Buchungen: %1. Datei: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written. Problems: %1</source>
        <translation>Es wurde nichts geschrieben. Probleme: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <location line="-168"/>
        <source>Journal entries for NetSuite&apos;s CSV import, one row per line, an External ID per entry.</source>
        <translation>Buchungen für den CSV-Import von NetSuite, eine Zeile pro Buchungszeile, eine External ID pro Buchung.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the journal…</source>
        <translation>Journal wird exportiert…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> and </source>
        <translation> und </translation>
    </message>
</context>
<context>
    <name>Accrue::JournalExportService</name>
    <message>
        <location filename="../core/billing/journalexportservice.cpp" line="+32"/>
        <source>see the accounting export mapping</source>
        <translation>siehe die Zuordnung für den Buchhaltungsexport</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no account %1 in the chart of accounts</source>
        <translation>Es gibt kein Konto %1 im Kontenplan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is neither account nor tax</source>
        <translation>„%1“ ist weder Konto noch Steuer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a tax category (standard, reduced, zero, exempt, reverse_charge, override), optionally with a rate in percent (standard:19)</source>
        <translation>„%1“ ist keine Steuerkategorie (standard, reduced, zero, exempt, reverse_charge, override), optional mit einem Satz in Prozent (standard:19)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>change the accounting export mapping</source>
        <translation>die Zuordnung für den Buchhaltungsexport ändern</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 %2: code</source>
        <translation>%1 %2: Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2: name</source>
        <translation>%1 %2: Name</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the first line must be %2</source>
        <translation>%1: die erste Zeile muss %2 lauten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: needs kind, source_key, target_code and target_name</source>
        <translation>%1 Zeile %2: benötigt kind, source_key, target_code und target_name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>export the journal</source>
        <translation>das Journal exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal</source>
        <translation>das Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export&apos;s first day (%1) is after its last (%2)</source>
        <translation>Der erste Tag des Exports (%1) liegt nach seinem letzten (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Xero export writes two files: give a file name</source>
        <translation>Der Xero-Export schreibt zwei Dateien: geben Sie einen Dateinamen an</translation>
    </message>
</context>
<context>
    <name>Accrue::JournalReader</name>
    <message>
        <location filename="../core/exchange/journalreader.cpp" line="+42"/>
        <source>The journal posts to account id %1, which the chart does not have</source>
        <translation>Das Journal bucht auf die Konto-ID %1, die der Kontenplan nicht enthält</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>set it in Settings &gt; Accounting Export or with accrue-cli export mapping</source>
        <translation>legen Sie es unter Einstellungen &gt; Buchhaltungsexport oder mit accrue-cli export mapping fest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account %1 %2 has no %3 account: %4</source>
        <translation>Konto %1 %2 hat kein %3-Konto: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; nothing was written</source>
        <translation>Der Export wurde abgebrochen; es wurde nichts geschrieben</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A %1 file holds one currency, and the journal has entries in %2: export one currency at a time</source>
        <translation>Eine %1-Datei enthält eine Währung, und das Journal hat Buchungen in %2: exportieren Sie jeweils eine Währung</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Journal entry %1 of %2 (%3) does not balance: debit %4, credit %5</source>
        <translation>Buchung %1 vom %2 (%3) ist nicht ausgeglichen: Soll %4, Haben %5</translation>
    </message>
</context>
<context>
    <name>Accrue::JournalRepository</name>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="+71"/>
        <source>%1 is closed: the %2 of %3 is posted on %4</source>
        <translation>%1 ist abgeschlossen: %2 von %3 wird am %4 gebucht</translation>
    </message>
</context>
<context>
    <name>Accrue::JsonWriter</name>
    <message>
        <location filename="../core/exchange/jsonwriter.cpp" line="+92"/>
        <source>Could not write: %1</source>
        <translation>Schreiben nicht möglich: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::Ledger</name>
    <message>
        <location filename="../core/ledger/chartofaccounts.cpp" line="+48"/>
        <source>The chart of accounts has no “%1” account</source>
        <translation>Der Kontenplan hat kein Konto „%1“</translation>
    </message>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="-53"/>
        <source>Refusing an unbalanced journal entry (%1: debit %2, credit %3)</source>
        <translation>Unausgeglichene Buchung abgelehnt (%1: Soll %2, Haben %3)</translation>
    </message>
    <message>
        <location filename="../core/ledger/recognitionschedule.cpp" line="+29"/>
        <source>The service period ends before it starts</source>
        <translation>Der Leistungszeitraum endet vor seinem Beginn</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Completion</source>
        <translation>Fertigstellung</translation>
    </message>
</context>
<context>
    <name>Accrue::Limits</name>
    <message>
        <location filename="../core/domain/limits.cpp" line="+15"/>
        <source>A total is larger than Accrue can hold; check the amounts in the book for a mistyped figure</source>
        <translation>Eine Summe ist größer, als Accrue speichern kann; prüfen Sie die Beträge im Buch auf eine vertippte Zahl</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettings</name>
    <message>
        <location filename="../core/mail/mailsettings.cpp" line="+55"/>
        <source>Invoice {invoice} from {company}</source>
        <translation>Rechnung {invoice} von {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

please find attached invoice {invoice}. The amount due is {amount_due}, payable by {due_date}.

Kind regards,
{company}
</source>
        <translation>Guten Tag {customer},

anbei erhalten Sie die Rechnung {invoice}. Der fällige Betrag von {amount_due} ist bis zum {due_date} zu zahlen.

Mit freundlichen Grüßen
{company}
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt {receipt} from {company}</source>
        <translation>Zahlungsbeleg {receipt} von {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

thank you for your payment of {amount} received on {date} for {invoices}. Your receipt {receipt} is attached.

Kind regards,
{company}
</source>
        <translation>Guten Tag {customer},

vielen Dank für Ihre am {date} eingegangene Zahlung von {amount} für {invoices}. Ihr Zahlungsbeleg {receipt} ist beigefügt.

Mit freundlichen Grüßen
{company}
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit note {credit_note} from {company}</source>
        <translation>Gutschrift {credit_note} von {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

please find attached credit note {credit_note} of {amount} for invoice {invoice}, dated {date}.

Kind regards,
{company}
</source>
        <translation>Guten Tag {customer},

anbei erhalten Sie die Gutschrift {credit_note} über {amount} zur Rechnung {invoice} vom {date}.

Mit freundlichen Grüßen
{company}
</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettingsPane</name>
    <message>
        <location filename="../ui/dialogs/mailsettingspane.cpp" line="+39"/>
        <source>E-mail each &amp;receipt as its payment is recorded</source>
        <translation>&amp;Jeden Zahlungsbeleg per E-Mail senden, sobald die Zahlung erfasst ist</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;Test Message</source>
        <translation>&amp;Testnachricht senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (Port 587)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS from the start, SMTPS (port 465)</source>
        <translation>TLS von Anfang an, SMTPS (Port 465)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (a relay on your own network)</source>
        <translation>Keine (ein Relay im eigenen Netzwerk)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged (kept in the keychain)</source>
        <translation>unverändert (im Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>die Zertifizierungsstellen des Systems</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file of the certificate authorities to trust for this server, when a private one signed its certificate</source>
        <translation>Eine PEM-Datei der Zertifizierungsstellen, denen für diesen Server vertraut wird, wenn eine private Stelle sein Zertifikat signiert hat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@example.com</source>
        <translation>name@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Zahlungsbeleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose e-mail the subject and text below are</source>
        <translation>Zu welcher E-Mail Betreff und Text unten gehören</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SMTP &amp;server:</source>
        <translation>SMTP-&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>Sicher&amp;heit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From address:</source>
        <translation>&amp;Absenderadresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;name:</source>
        <translation>Absender&amp;name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Zeitlimit:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate file:</source>
        <translation>&amp;CA-Zertifikatsdatei:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail t&amp;emplate:</source>
        <translation>E-Mail-&amp;Vorlage:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>Betre&amp;ff:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test &amp;to:</source>
        <translation>Testem&amp;pfänger:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Placeholders: %1</source>
        <translation>Platzhalter: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text: %1</source>
        <translation>Text: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The e-mail settings are saved, but the keychain did not keep the password (%1): Accrue will ask for it when it sends.</source>
        <translation>Die E-Mail-Einstellungen sind gespeichert, aber der Schlüsselbund hat das Passwort nicht behalten (%1): Accrue fragt beim Senden danach.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accrue test message</source>
        <translation>Accrue-Testnachricht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message shows that Accrue can send e-mail through %1.</source>
        <translation>Diese Nachricht zeigt, dass Accrue E-Mails über %1 senden kann.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to %1.</source>
        <translation>An %1 gesendet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Nicht gesendet: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettingsService</name>
    <message>
        <location filename="../core/mail/mailsettings.cpp" line="+58"/>
        <source>host: enter the SMTP server&apos;s name or address</source>
        <translation>host: geben Sie Name oder Adresse des SMTP-Servers ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port: between 1 and 65535</source>
        <translation>port: zwischen 1 und 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from address: “%1” is not an e-mail address</source>
        <translation>Absenderadresse: „%1“ ist keine E-Mail-Adresse</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line breaks are not allowed in the host, user or sender name</source>
        <translation>Zeilenumbrüche sind in Host, Benutzer oder Absendername nicht erlaubt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeout: between 1 and 600 seconds</source>
        <translation>timeout: zwischen 1 und 600 Sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice subject: %1</source>
        <translation>Betreff Rechnung: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice text: %1</source>
        <translation>Text Rechnung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt subject: %1</source>
        <translation>Betreff Zahlungsbeleg: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt text: %1</source>
        <translation>Text Zahlungsbeleg: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credit note subject: %1</source>
        <translation>Betreff Gutschrift: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit note text: %1</source>
        <translation>Text Gutschrift: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate file: cannot read “%1”</source>
        <translation>CA-Zertifikatsdatei: „%1“ kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>change the e-mail settings</source>
        <translation>die E-Mail-Einstellungen ändern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail settings are not valid: %1</source>
        <translation>Die E-Mail-Einstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail settings</source>
        <translation>Die E-Mail-Einstellungen</translation>
    </message>
</context>
<context>
    <name>Accrue::MailTasks</name>
    <message>
        <location filename="../ui/mailtasks.cpp" line="+37"/>
        <source>SMTP Password</source>
        <translation>SMTP-Passwort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 on %2 (not found in the keychain):</source>
        <translation>Passwort von %1 auf %2 (nicht im Schlüsselbund gefunden):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail is not set up yet: enter the SMTP server and the sender in Edit &gt; Company Settings, E-mail.</source>
        <translation>E-Mail ist noch nicht eingerichtet: geben Sie den SMTP-Server und den Absender unter Bearbeiten &gt; Unternehmenseinstellungen, E-Mail ein.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>E-mail: %1 sent, %2 to retry, %3 failed, %4 not made</source>
        <translation>E-Mail: %1 gesendet, %2 erneut zu versuchen, %3 fehlgeschlagen, %4 nicht erstellt</translation>
    </message>
</context>
<context>
    <name>Accrue::MailTemplate</name>
    <message>
        <location filename="../core/mail/mailtemplate.cpp" line="+23"/>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>unbekannter Platzhalter {%1} (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>Accrue::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+166"/>
        <source>Book: %1 · %2 (%3)</source>
        <translation>Buch: %1 · %2 (%3)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reports</source>
        <translation>B&amp;erichte</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Übersicht</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>My Account: %1 — %2</source>
        <translation>Mein Konto: %1 — %2</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>C&amp;ustomers</source>
        <translation>K&amp;unden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;venue</source>
        <translation>U&amp;msatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transactions</source>
        <translation>&amp;Transaktionen</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Updated with changes made by others</source>
        <translation>Mit Änderungen anderer aktualisiert</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no Accrue book yet. Set one up there now?</source>
        <translation>%1 enthält noch kein Accrue-Buch. Jetzt dort eines einrichten?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book in %1 needs an upgrade (schema %2 to %3). Upgrade it now? Other clients of older versions will have to update too.</source>
        <translation>Das Buch in %1 muss aktualisiert werden (Schema %2 auf %3). Jetzt aktualisieren? Andere Clients älterer Versionen müssen ebenfalls aktualisiert werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Connect to Server</source>
        <translation>Mit Server verbinden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;New Book…</source>
        <translation>&amp;Neues Buch…</translation>
    </message>
    <message>
        <location line="-132"/>
        <source>Posted in an open month</source>
        <translation>In einem offenen Monat gebucht</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · %2 (%3) · Book: %4</source>
        <translation>%1 · %2 (%3) · Buch: %4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>My &amp;Account</source>
        <translation>Mein &amp;Konto</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>&amp;Open Book…</source>
        <translation>Buch ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to Server…</source>
        <translation>Mit &amp;Server verbinden…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Company Settings…</source>
        <translation>&amp;Unternehmenseinstellungen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>Be&amp;nutzer…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Prüfprotokoll…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed what and when, with the before and after</source>
        <translation>Wer was wann geändert hat, mit Vorher und Nachher</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Billing</source>
        <translation>&amp;Fakturierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing &amp;Run…</source>
        <translation>Abrechnungs&amp;lauf…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice the subscriptions due, with prorations</source>
        <translation>Die fälligen Abonnements abrechnen, mit anteiliger Berechnung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products and Plans…</source>
        <translation>&amp;Produkte und Tarife…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail &amp;Outbox…</source>
        <translation>E-Mail-Post&amp;ausgang…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Accrue</source>
        <translation>&amp;Über Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customers…</source>
        <translation>&amp;Kunden…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subscriptions…</source>
        <translation>&amp;Abonnements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax Rates…</source>
        <translation>&amp;Steuersätze…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange Rates…</source>
        <translation>&amp;Wechselkurse…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Billing run done</source>
        <translation>Abrechnungslauf abgeschlossen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit Log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>New Book</source>
        <translation>Neues Buch</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+21"/>
        <source>Open Book</source>
        <translation>Buch öffnen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrue shows the new language after a restart.</source>
        <translation>Accrue zeigt die neue Sprache nach einem Neustart an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>Jetzt &amp;neu starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Später</translation>
    </message>
    <message>
        <location line="-71"/>
        <source>Accrue books (*.sqlite)</source>
        <translation>Accrue-Bücher (*.sqlite)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accrue books (*.sqlite);;All files (*)</source>
        <translation>Accrue-Bücher (*.sqlite);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>About Accrue</source>
        <translation>Über Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Accrue %1&lt;/h3&gt;&lt;p&gt;Billing, receivables and revenue.&lt;/p&gt;&lt;p&gt;Book: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accrue %1&lt;/h3&gt;&lt;p&gt;Fakturierung, Forderungen und Umsatz.&lt;/p&gt;&lt;p&gt;Buch: %2&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>Accrue::ManualMatchDialog</name>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="+32"/>
        <source>Match Bank Line by Hand</source>
        <translation>Bankzeile manuell zuordnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Zuordnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank line:</source>
        <translation>Bankzeile:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 more than the bank line</source>
        <translation>%1 mehr als die Bankzeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as customer credit: %1</source>
        <translation>Als Kundenguthaben belassen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the customer who paid.</source>
        <translation>Wählen Sie den Kunden, der gezahlt hat.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is not an amount</source>
        <translation>%1: „%2“ ist kein Betrag</translation>
    </message>
</context>
<context>
    <name>Accrue::MimeWriter</name>
    <message>
        <location filename="../core/mail/mailmessage.cpp" line="+159"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: the e-mail has no recipient</source>
        <translation>An: die E-Mail hat keinen Empfänger</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment name</source>
        <translation>Name des Anhangs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment %1: “%2” is not a content type</source>
        <translation>Anhang %1: „%2“ ist kein Inhaltstyp</translation>
    </message>
</context>
<context>
    <name>Accrue::Money</name>
    <message>
        <location filename="../core/money/currency.cpp" line="+110"/>
        <source>Unknown currency code “%1”</source>
        <translation>Unbekannter Währungscode „%1“</translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="+22"/>
        <source>The amount is too large.</source>
        <translation>Der Betrag ist zu groß.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no currency</source>
        <translation>keine Währung</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>“%1” is not a valid amount.</source>
        <translation>„%1“ ist kein gültiger Betrag.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too large.</source>
        <translation>„%1“ ist zu groß.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” has too many decimal places: %2 amounts have at most %n.</source>
        <translation>
            <numerusform>„%1“ hat zu viele Nachkommastellen: %2-Beträge haben höchstens %n.</numerusform>
            <numerusform>„%1“ hat zu viele Nachkommastellen: %2-Beträge haben höchstens %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” has misplaced digit group separators.</source>
        <translation>„%1“ hat falsch platzierte Tausendertrennzeichen.</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Beträge in %1 und %2 können nicht kombiniert werden.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A share needs a positive denominator.</source>
        <translation>Ein Anteil benötigt einen positiven Nenner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An exchange rate must be above zero.</source>
        <translation>Ein Wechselkurs muss größer als null sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot split an amount by negative weights.</source>
        <translation>Ein Betrag kann nicht nach negativen Gewichten aufgeteilt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot split an amount: at least one weight must be positive.</source>
        <translation>Ein Betrag kann nicht aufgeteilt werden: mindestens ein Gewicht muss positiv sein.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Please enter an amount.</source>
        <translation>Bitte geben Sie einen Betrag ein.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please enter a number.</source>
        <translation>Bitte geben Sie eine Zahl ein.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>„%1“ hat mehr als %n Nachkommastelle.</numerusform>
            <numerusform>„%1“ hat mehr als %n Nachkommastellen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::MonthlyRevenueReport</name>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="+36"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly revenue by %1</source>
        <translation>Monatsumsatz nach %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly revenue</source>
        <translation>Monatsumsatz</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Month total</source>
        <translation>Monatssumme</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::MyAccountPage</name>
    <message>
        <location filename="../ui/pages/myaccountpage.cpp" line="+58"/>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>My Account — Billing</source>
        <translation>Mein Konto — Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) · signed in as %3, %4</source>
        <translation>%1 (%2) · angemeldet als %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoices &amp;&amp; Credit Notes</source>
        <translation>Rechnungen &amp;&amp; Gutschriften</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment Methods</source>
        <translation>Zahlungsmittel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing Profiles</source>
        <translation>Abrechnungsprofile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Kontoauszug</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;View…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download PDF…</source>
        <translation>PDF &amp;herunterladen…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Download Credit Note &amp;PDF…</source>
        <translation>Gutschrift als &amp;PDF herunterladen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit notes</source>
        <translation>Gutschriften</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Change Quantity…</source>
        <translation>&amp;Menge ändern…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next billing</source>
        <translation>Nächste Abrechnung</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add Payment Method…</source>
        <translation>Zahlungsmittel &amp;hinzufügen…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Bezeichnung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card or account</source>
        <translation>Karte oder Konto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF speichern…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>•••• %1</source>
        <translation>•••• %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Change the number of licenses from a date</source>
        <translation>Die Anzahl der Lizenzen ab einem Datum ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your provider to change quantities</source>
        <translation>Bitten Sie Ihren Anbieter, die Mengen zu ändern</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>View Invoice</source>
        <translation>Rechnung anzeigen</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Download PDF</source>
        <translation>PDF herunterladen</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+22"/>
        <location line="+82"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+23"/>
        <location line="+66"/>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Change Quantity</source>
        <translation>Menge ändern</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n license(s) from %2</source>
        <translation>
            <numerusform>%1: %n Lizenz ab %2</numerusform>
            <numerusform>%1: %n Lizenzen ab %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added a payment method</source>
        <translation>Zahlungsmittel hinzugefügt</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>Export Statement</source>
        <translation>Kontoauszug exportieren</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Save Statement</source>
        <translation>Kontoauszug speichern</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 (%2), %3 to %4</source>
        <translation>%1 (%2), %3 bis %4</translation>
    </message>
</context>
<context>
    <name>Accrue::OutboxDialog</name>
    <message>
        <location filename="../ui/dialogs/outboxdialog.cpp" line="+34"/>
        <source>&amp;Deliver Now</source>
        <translation>&amp;Jetzt zustellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>&amp;Erneut versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail Outbox</source>
        <translation>E-Mail-Postausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Queued</source>
        <translation>Eingereiht</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attempt / sent</source>
        <translation>Nächster Versuch / gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s last answer</source>
        <translation>Letzte Antwort des Servers</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue the chosen failed message again, its attempts reset</source>
        <translation>Die ausgewählte fehlgeschlagene Nachricht erneut einreihen, mit zurückgesetzten Versuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message queued again: Deliver Now sends it</source>
        <translation>Nachricht erneut eingereiht: Jetzt zustellen sendet sie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delivering…</source>
        <translation>Wird zugestellt…</translation>
    </message>
</context>
<context>
    <name>Accrue::OutboxService</name>
    <message>
        <location filename="../core/mail/outboxservice.cpp" line="+55"/>
        <location line="+29"/>
        <location line="+54"/>
        <source>send e-mail</source>
        <translation>E-Mails senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The outbox has no message #%1</source>
        <translation>Der Postausgang hat keine Nachricht #%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message #%1 is %2, not failed: only a failed message is tried again</source>
        <translation>Nachricht #%1 ist %2, nicht fehlgeschlagen: nur eine fehlgeschlagene Nachricht wird erneut versucht</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1</source>
        <translation>Mahnung zu %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note %1</source>
        <translation>Gutschrift %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt %1</source>
        <translation>Zahlungsbeleg %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::OutputFile</name>
    <message>
        <location filename="../core/exchange/outputfile.cpp" line="+37"/>
        <source>it is a folder</source>
        <translation>es ist ein Ordner</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>standard output</source>
        <translation>Standardausgabe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::OutputParts</name>
    <message>
        <location filename="../core/exchange/outputparts.cpp" line="+130"/>
        <source>it is a part of an earlier export and cannot be removed</source>
        <translation>es ist Teil eines früheren Exports und kann nicht entfernt werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::PartnerRevenueReport</name>
    <message>
        <location filename="../core/reports/partnerrevenuereport.cpp" line="+29"/>
        <source>Partner revenue</source>
        <translation>Partnerumsatz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Mandant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced (net)</source>
        <translation>Fakturiert (netto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited (net)</source>
        <translation>Gutgeschrieben (netto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Direct</source>
        <translation>Direkt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentAttemptService</name>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="+33"/>
        <source>import card payments</source>
        <translation>Kartenzahlungen importieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file is empty</source>
        <translation>%1: die Datei ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:1: a “%2” column is required (invoice, date, status, reason, id)</source>
        <translation>%1:1: eine Spalte „%2“ ist erforderlich (invoice, date, status, reason, id)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” is not failed, declined, expired or succeeded</source>
        <translation>„%1“ ist nicht failed, declined, expired oder succeeded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no invoice “%1”</source>
        <translation>keine Rechnung „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gateway&apos;s id of the attempt is missing</source>
        <translation>die ID des Versuchs beim Zahlungsanbieter fehlt</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="+29"/>
        <source>Record Payment for %1</source>
        <translation>Zahlung für %1 erfassen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Betrag (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date received:</source>
        <translation>&amp;Eingangsdatum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Zahlungsart:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referenz:</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMatcher</name>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="+188"/>
        <source>invoice numbers %1 in remittance text belong to different customers</source>
        <translation>Rechnungsnummern %1 im Verwendungszweck gehören zu verschiedenen Kunden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invoice number %1 in remittance text</source>
        <translation>Rechnungsnummer %1 im Verwendungszweck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice numbers %1 in remittance text</source>
        <translation>Rechnungsnummern %1 im Verwendungszweck</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amount equals balance</source>
        <translation>Betrag entspricht dem Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount equals their balances</source>
        <translation>Betrag entspricht ihren Salden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>part payment of %1 (open %2)</source>
        <translation>Teilzahlung auf %1 (offen %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over-payment: %1 more than open, kept as customer credit</source>
        <translation>Überzahlung: %1 mehr als offen, als Kundenguthaben behalten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>customer code %1 in text; amount equals the balance of %2</source>
        <translation>Kundennummer %1 im Text; Betrag entspricht dem Saldo von %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>customer code %1 in text; amount equals its %2 open invoices</source>
        <translation>Kundennummer %1 im Text; Betrag entspricht deren %2 offenen Rechnungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer code %1 in text; allocated to the oldest open invoices</source>
        <translation>Kundennummer %1 im Text; den ältesten offenen Rechnungen zugeordnet</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>payer name matches %1; amount equals the balance of %2</source>
        <translation>Name des Zahlers entspricht %1; Betrag entspricht dem Saldo von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount equals the open balance of %1 (the only invoice with it)</source>
        <translation>Betrag entspricht dem offenen Saldo von %1 (der einzigen Rechnung mit diesem Saldo)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ambiguous: %1 open invoices have this amount (%2); choose one</source>
        <translation>mehrdeutig: %1 offene Rechnungen haben diesen Betrag (%2); wählen Sie eine</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>payer name like customer %1 (%2); allocated to the oldest open invoices</source>
        <translation>Name des Zahlers ähnlich Kunde %1 (%2); den ältesten offenen Rechnungen zugeordnet</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethod</name>
    <message>
        <location filename="../ui/models/methodnames.cpp" line="+14"/>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Scheck</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Bar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <translation>Lastschrift</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethodDialog</name>
    <message>
        <location filename="../ui/dialogs/paymentmethoddialog.cpp" line="+23"/>
        <source>Add Payment Method</source>
        <translation>Zahlungsmittel hinzufügen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>&amp;Bezeichnung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. the gateway&apos;s customer reference</source>
        <translation>z. B. die Kundenreferenz beim Zahlungsanbieter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;four:</source>
        <translation>Letzte &amp;vier:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1234</source>
        <translation>1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpiry:</source>
        <translation>Ab&amp;lauf:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MM/YY</source>
        <translation>MM/YY</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct-debit mandate reference</source>
        <translation>Mandatsreferenz der Lastschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>checked, kept masked but for the last four</source>
        <translation>geprüft, bis auf die letzten vier Stellen maskiert gespeichert</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>That looks like a full card number. Accrue never stores one: keep the last four digits and the gateway&apos;s reference.</source>
        <translation>Das sieht nach einer vollständigen Kartennummer aus. Accrue speichert nie eine solche: behalten Sie die letzten vier Ziffern und die Referenz des Zahlungsanbieters.</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethodRules</name>
    <message>
        <location filename="../core/domain/paymentmethodrules.cpp" line="+17"/>
        <source>Card</source>
        <translation>Karte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEPA direct debit</source>
        <translation>SEPA-Lastschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Überweisung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Payment method kind “%1” is not one of %2</source>
        <translation>Zahlungsmittelart „%1“ ist keine von %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label</source>
        <translation>Die Bezeichnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last four digits</source>
        <translation>Die letzten vier Ziffern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mandate reference</source>
        <translation>Die Mandatsreferenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway reference</source>
        <translation>Die Referenz des Zahlungsanbieters</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last four digits must be four digits, not “%1”</source>
        <translation>Die letzten vier Ziffern müssen vier Ziffern sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry must be MM/YY, not “%1”</source>
        <translation>Der Ablauf muss MM/YY sein, nicht „%1“</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account</source>
        <translation>Das Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid IBAN (country, length and check digits)</source>
        <translation>„%1“ ist keine gültige IBAN (Land, Länge und Prüfziffern)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A card&apos;s security code (CVC) is never taken or stored</source>
        <translation>Der Sicherheitscode einer Karte (CVC) wird nie angenommen oder gespeichert</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentReconciliationReport</name>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="+34"/>
        <source>There is no bank account “%1” (import a statement into it first)</source>
        <translation>Es gibt kein Bankkonto „%1“ (importieren Sie zuerst einen Kontoauszug dafür)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Payment reconciliation %1, %2 to %3</source>
        <translation>Zahlungsabgleich %1, %2 bis %3</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty</source>
        <translation>Gegenpartei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 zu %2 (%3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement opening balance</source>
        <translation>Anfangssaldo laut Kontoauszug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement lines in the period</source>
        <translation>Kontoauszugszeilen im Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement closing balance</source>
        <translation>Endsaldo laut Kontoauszug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked to the Bank account in the period</source>
        <translation>Im Zeitraum auf das Bankkonto gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (statement less booked)</source>
        <translation>Differenz (Kontoauszug abzüglich gebucht)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement line not booked</source>
        <translation>Kontoauszugszeile nicht gebucht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line #%1</source>
        <translation>Zeile #%1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked, not on the statement</source>
        <translation>Gebucht, nicht auf dem Kontoauszug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment #%1 %2</source>
        <translation>Zahlung #%1 %2</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentService</name>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="+92"/>
        <location line="+122"/>
        <source>record payments</source>
        <translation>Zahlungen erfassen</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>amount: a payment must be a positive amount in a known currency</source>
        <translation>amount: eine Zahlung muss ein positiver Betrag in einer bekannten Währung sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount: %1 is larger than Accrue accepts for one payment</source>
        <translation>amount: %1 ist größer, als Accrue für eine Zahlung akzeptiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date: enter the date the payment was received</source>
        <translation>date: geben Sie das Eingangsdatum der Zahlung ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: %1 is not a plausible payment date (years %2 to %3)</source>
        <translation>date: %1 ist kein plausibles Zahlungsdatum (Jahre %2 bis %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reference: contains control characters (such as NUL)</source>
        <translation>reference: enthält Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>method: unknown payment method “%1” (use one of %2)</source>
        <translation>method: unbekannte Zahlungsart „%1“ (verwenden Sie eine von %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>customer: no such customer</source>
        <translation>customer: kein solcher Kunde</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An invoice appears twice in the allocations</source>
        <translation>Eine Rechnung kommt in den Zuordnungen zweimal vor</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An allocation names an invoice of another customer</source>
        <translation>Eine Zuordnung nennt eine Rechnung eines anderen Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is in %2, the payment in %3</source>
        <translation>Rechnung %1 ist in %2, die Zahlung in %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 has %2 open; it cannot take %3</source>
        <translation>Rechnung %1 hat %2 offen; sie kann %3 nicht aufnehmen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The allocations add up to more than the payment</source>
        <translation>Die Zuordnungen ergeben mehr als die Zahlung</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No invoice with id %1</source>
        <translation>Keine Rechnung mit der ID %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is %2 and takes no payment</source>
        <translation>Rechnung %1 ist %2 und nimmt keine Zahlung an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(draft)</source>
        <translation>(Entwurf)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rate: the book has no exchange rate %1/%2 on or before %3</source>
        <translation>rate: das Buch hat keinen Wechselkurs %1/%2 am oder vor dem %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice %1 is in %2, the payment in %3: give the exchange rate (%3 to %2) or take the book&apos;s rate of the payment date</source>
        <translation>Rechnung %1 ist in %2, die Zahlung in %3: geben Sie den Wechselkurs an (%3 zu %2) oder übernehmen Sie den Kurs des Buchs zum Zahlungsdatum</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>amount: %1 %2 at %3 is less than the smallest unit of %4</source>
        <translation>amount: %1 %2 zu %3 ist weniger als die kleinste Einheit von %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount: %1 %2 at %3 is %4 %5, more than the %6 %5 invoice %7 has open by over 2 %; record the excess as a separate payment</source>
        <translation>amount: %1 %2 zu %3 ergibt %4 %5, mehr als die %6 %5, die Rechnung %7 offen hat, um über 2 %; erfassen Sie den Überschuss als separate Zahlung</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>apply customer credit</source>
        <translation>Kundenguthaben verrechnen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount: the credit to apply cannot be negative</source>
        <translation>amount: das zu verrechnende Guthaben kann nicht negativ sein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit can only be applied to an open invoice</source>
        <translation>Guthaben kann nur mit einer offenen Rechnung verrechnet werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: credit cannot be applied before the invoice was issued</source>
        <translation>date: Guthaben kann nicht vor Ausstellung der Rechnung verrechnet werden</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The customer holds no credit in %1</source>
        <translation>Der Kunde hat kein Guthaben in %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reverse payments</source>
        <translation>Zahlungen stornieren</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no payment #%1</source>
        <translation>Es gibt keine Zahlung #%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment #%1 was reversed already</source>
        <translation>Zahlung #%1 wurde bereits storniert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: a payment is reversed on or after the day it was received</source>
        <translation>date: eine Zahlung wird am oder nach ihrem Eingangstag storniert</translation>
    </message>
    <message>
        <location filename="../core/storage/paymentrepository.cpp" line="+132"/>
        <source>The customer&apos;s credit changed meanwhile; try again</source>
        <translation>Das Guthaben des Kunden hat sich inzwischen geändert; versuchen Sie es erneut</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentTableModel</name>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="+59"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not applied)</source>
        <translation>(nicht zugeordnet)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not applied to an invoice: held as customer credit</source>
        <translation>Keiner Rechnung zugeordnet: als Kundenguthaben geführt</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied to</source>
        <translation>Zugeordnet zu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>Zahlungsbeleg</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentsReceivedReport</name>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="+27"/>
        <source>Payments received %1 to %2</source>
        <translation>Zahlungseingänge %1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied</source>
        <translation>Nicht zugeordnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::Period</name>
    <message>
        <location filename="../core/reports/period.cpp" line="+59"/>
        <source>This month to date</source>
        <translation>Dieser Monat bis heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quarter to date</source>
        <translation>Dieses Quartal bis heute</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last quarter</source>
        <translation>Letztes Quartal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year to date</source>
        <translation>Dieses Jahr bis heute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom range</source>
        <translation>Benutzerdefinierter Zeitraum</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last %1 months + this month to date</source>
        <translation>Letzte %1 Monate + dieser Monat bis heute</translation>
    </message>
</context>
<context>
    <name>Accrue::PeriodCloseService</name>
    <message>
        <location filename="../core/billing/periodcloseservice.cpp" line="+101"/>
        <source>Recognised through %1: %2 schedule rows in %3 entries</source>
        <translation>Realisiert bis %1: %2 Planzeilen in %3 Buchungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; %1 usage records accrued as unbilled</source>
        <translation>; %1 Nutzungsdatensätze als nicht fakturiert abgegrenzt</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+116"/>
        <location line="+49"/>
        <source>month: enter it as YYYY-MM</source>
        <translation>month: als YYYY-MM eingeben</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Month and order of closing</source>
        <translation>Monat und Reihenfolge des Abschlusses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already closed (the books are closed through %2)</source>
        <translation>%1 ist bereits abgeschlossen (die Bücher sind bis %2 abgeschlossen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Months close in order: close %1 first (the books are closed through %2)</source>
        <translation>Monate werden der Reihe nach abgeschlossen: schließen Sie zuerst %1 ab (die Bücher sind bis %2 abgeschlossen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not ended yet: it can be closed from %2 on</source>
        <translation>%1 ist noch nicht zu Ende: er kann ab %2 abgeschlossen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first close of this book: everything through %1 is closed with it</source>
        <translation>Der erste Abschluss dieses Buchs: alles bis %1 wird damit abgeschlossen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next month after %1</source>
        <translation>Der nächste Monat nach %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft invoices dated in the month</source>
        <translation>Im Monat datierte Rechnungsentwürfe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue, delete or re-date them into an open month first</source>
        <translation>Stellen Sie sie aus, löschen Sie sie oder datieren Sie sie zuerst in einen offenen Monat um</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmatched bank lines up to the month end</source>
        <translation>Nicht zugeordnete Bankzeilen bis Monatsende</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments they stand for will be posted in the next open month</source>
        <translation>Zahlungen, für die sie stehen, werden im nächsten offenen Monat gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue at the month end, never reminded</source>
        <translation>Zum Monatsende überfällig, nie gemahnt</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Invoices</source>
        <translation>Rechnungen</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dunning step reached them by %1: check the dunning run</source>
        <translation>Keine Mahnstufe hat sie bis %1 erreicht: prüfen Sie den Mahnlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deferred revenue at the month end</source>
        <translation>Passive Rechnungsabgrenzung zum Monatsende</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A debit balance: more was recognised than deferred</source>
        <translation>Ein Sollsaldo: es wurde mehr realisiert als abgegrenzt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue recognised and billed in the month</source>
        <translation>Im Monat realisierter und fakturierter Umsatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognised</source>
        <translation>Realisiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed (net)</source>
        <translation>Fakturiert (netto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unbilled revenue at the month end</source>
        <translation>Nicht fakturierte Umsätze zum Monatsende</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue recognition</source>
        <translation>Umsatzrealisierung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing posts the revenue recognised through %1</source>
        <translation>Der Abschluss bucht den bis %1 realisierten Umsatz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule rows due</source>
        <translation>Fällige Planzeilen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To recognise</source>
        <translation>Zu realisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage records to accrue</source>
        <translation>Abzugrenzende Nutzungsdatensätze</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No revenue recognition is connected: closing posts none</source>
        <translation>Keine Umsatzrealisierung angebunden: der Abschluss bucht keine</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>close periods</source>
        <translation>Zeiträume abschließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>the month-end close</source>
        <translation>der Monatsabschluss</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 cannot be closed: %2</source>
        <translation>%1 kann nicht abgeschlossen werden: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>close of %1</source>
        <translation>Abschluss von %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reopen closed periods</source>
        <translation>abgeschlossene Zeiträume wieder öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reason: say why the period is reopened</source>
        <translation>reason: geben Sie an, warum der Zeitraum wieder geöffnet wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: at most 2000 characters, without control characters</source>
        <translation>reason: höchstens 2000 Zeichen, ohne Steuerzeichen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not closed (the books are closed through %2)</source>
        <translation>%1 ist nicht abgeschlossen (die Bücher sind bis %2 abgeschlossen)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not closed: no period is</source>
        <translation>%1 ist nicht abgeschlossen: kein Zeitraum ist es</translation>
    </message>
</context>
<context>
    <name>Accrue::PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/plandialog.cpp" line="+29"/>
        <source>New Plan</source>
        <translation>Neuer Tarif</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Monthly</source>
        <translation>Monatlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Vierteljährlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Jährlich</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to (empty: and more)</source>
        <translation>Bis (leer: und mehr)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Stückpreis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flat fee</source>
        <translation>Pauschale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Tier</source>
        <translation>&amp;Staffel hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tier</source>
        <translation>Staffel entfernen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Example: </source>
        <translation>Beispiel: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> Einheiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roduct:</source>
        <translation>P&amp;rodukt:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billed:</source>
        <translation>&amp;Abgerechnet:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;icing:</source>
        <translation>Pre&amp;isgestaltung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price per period:</source>
        <translation>&amp;Preis je Zeitraum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rial:</source>
        <translation>&amp;Testphase:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers:</source>
        <translation>Staffeln:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Price: %1</source>
        <translation>Preis: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a whole number of units</source>
        <translation>„%1“ ist keine ganze Anzahl Einheiten</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier %1: %2</source>
        <translation>Staffel %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>= %1 per period</source>
        <translation>= %1 je Zeitraum</translation>
    </message>
</context>
<context>
    <name>Accrue::PlanPricing</name>
    <message>
        <location filename="../core/domain/planpricing.cpp" line="+30"/>
        <source>A %1 plan needs at least one price tier.</source>
        <translation>Ein Tarif vom Typ %1 benötigt mindestens eine Preisstaffel.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier %1 is not in the plan&apos;s currency %2.</source>
        <translation>Staffel %1 ist nicht in der Tarifwährung %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier %1 has a negative price.</source>
        <translation>Staffel %1 hat einen negativen Preis.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last tier must have no upper limit.</source>
        <translation>Die letzte Staffel darf keine Obergrenze haben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the last tier can be open-ended; tier %1 has no upper limit.</source>
        <translation>Nur die letzte Staffel darf offen sein; Staffel %1 hat keine Obergrenze.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier %1 must end above %2 units.</source>
        <translation>Staffel %1 muss über %2 Einheiten enden.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unknown pricing “%1”: use flat, per_unit, graduated or volume.</source>
        <translation>Unbekannte Preisgestaltung „%1“: verwenden Sie flat, per_unit, graduated oder volume.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flat</source>
        <translation>Pauschal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per seat</source>
        <translation>Pro Platz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graduated tiers</source>
        <translation>Stufenstaffel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume tiers</source>
        <translation>Volumenstaffel</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A plan bills every 1, 3 or 12 months, not %1.</source>
        <translation>Ein Tarif rechnet alle 1, 3 oder 12 Monate ab, nicht %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s price is not in its currency %1.</source>
        <translation>Der Preis des Tarifs ist nicht in seiner Währung %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan&apos;s price cannot be negative.</source>
        <translation>Der Preis eines Tarifs darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trial days must be between 0 and 366.</source>
        <translation>Testtage müssen zwischen 0 und 366 liegen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only graduated and volume plans have price tiers.</source>
        <translation>Nur Stufen- und Volumentarife haben Preisstaffeln.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A quantity cannot be negative.</source>
        <translation>Eine Menge darf nicht negativ sein.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a price tier (UP_TO:PRICE or UP_TO:PRICE+FLAT, * for no limit, e.g. 10:5.00+20.00)</source>
        <translation>„%1“ ist keine Preisstaffel (UP_TO:PRICE oder UP_TO:PRICE+FLAT, * für keine Grenze, z. B. 10:5.00+20.00)</translation>
    </message>
</context>
<context>
    <name>Accrue::Planner</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="-471"/>
        <source>No product with id %1</source>
        <translation>Kein Produkt mit der ID %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No plan with id %1</source>
        <translation>Kein Tarif mit der ID %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer with id %1</source>
        <translation>Kein Kunde mit der ID %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Subscription %1 has more than %2 periods to bill up to %3; check its renewal date</source>
        <translation>Abonnement %1 hat mehr als %2 Zeiträume bis %3 abzurechnen; prüfen Sie sein Verlängerungsdatum</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 licenses, %3</source>
        <translation>%1, %2 Lizenzen, %3</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 of %2 days</source>
        <translation>%1 von %2 Tagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 x%2 from %3 (%4): %5 less unused %6 x%7: %8</source>
        <translation>%1 x%2 ab %3 (%4): %5 abzüglich ungenutzt %6 x%7: %8</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled from %1: unused %2 x%3, %4</source>
        <translation>Gekündigt ab %1: ungenutzt %2 x%3, %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed from %1 on %2: unused %3 x%4 (%5) less %6 x%7 (%8), %9</source>
        <translation>Geändert ab %1 am %2: ungenutzt %3 x%4 (%5) abzüglich %6 x%7 (%8), %9</translation>
    </message>
</context>
<context>
    <name>Accrue::PostgresCopy</name>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="+51"/>
        <source>The server refused to load %1</source>
        <translation>Der Server hat das Laden von %1 abgelehnt</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>Loading %1 failed</source>
        <translation>Laden von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused a row of %1</source>
        <translation>Der Server hat eine Zeile von %1 abgelehnt</translation>
    </message>
</context>
<context>
    <name>Accrue::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+22"/>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default (%1)</source>
        <translation>Systemstandard (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>System</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates, numbers and money follow the language chosen here; with the system default, they follow the system&apos;s regional settings. Documents use each customer&apos;s own language where one is set.</source>
        <translation>Datumsangaben, Zahlen und Geldbeträge richten sich nach der hier gewählten Sprache; beim Systemstandard richten sie sich nach den Regionaleinstellungen des Systems. Dokumente verwenden die eigene Sprache des jeweiligen Kunden, sofern eine festgelegt ist.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>S&amp;prache:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Erscheinungsbild:</translation>
    </message>
</context>
<context>
    <name>Accrue::ProductCsv</name>
    <message>
        <location filename="../core/exchange/productcsv.cpp" line="+52"/>
        <source>%1: no products after the header</source>
        <translation>%1: keine Produkte nach der Kopfzeile</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no plans after the header</source>
        <translation>%1: keine Tarife nach der Kopfzeile</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not monthly, quarterly, annual or a number of months</source>
        <translation>„%1“ ist nicht monthly, quarterly, annual oder eine Anzahl Monate</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not flat, per_unit, graduated or volume</source>
        <translation>„%1“ ist nicht flat, per_unit, graduated oder volume</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a number of days from 0 to 366</source>
        <translation>„%1“ ist keine Anzahl Tage von 0 bis 366</translation>
    </message>
</context>
<context>
    <name>Accrue::ProductDelegate</name>
    <message>
        <location filename="../ui/editor/productdelegate.cpp" line="+13"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
</context>
<context>
    <name>Accrue::ProductDialog</name>
    <message>
        <location filename="../ui/dialogs/productdialog.cpp" line="+23"/>
        <source>Standard</source>
        <translation>Normal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduced</source>
        <translation>Ermäßigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero-rated</source>
        <translation>Nullsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt</source>
        <translation>Steuerfrei</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse charge</source>
        <translation>Reverse Charge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At a point in time</source>
        <translation>Zu einem Zeitpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratably</source>
        <translation>Zeitanteilig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As delivered</source>
        <translation>Bei Lieferung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By milestone</source>
        <translation>Nach Meilenstein</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Product</source>
        <translation>Neues Produkt</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;price:</source>
        <translation>Stück&amp;preis:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nit:</source>
        <translation>Einhei&amp;t:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax category:</source>
        <translation>&amp;Steuerkategorie:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revenue recognition:</source>
        <translation>&amp;Umsatzrealisierung:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue &amp;account:</source>
        <translation>Erlös&amp;konto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book&apos;s revenue account</source>
        <translation>Das Erlöskonto des Buchs</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unit price: %1</source>
        <translation>Stückpreis: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ProofFinding</name>
    <message>
        <location filename="../core/security/bookproof.cpp" line="-30"/>
        <source>%1 %2 (%3)</source>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 %2: expected %3 (%4), found %5</source>
        <translation>%1 %2: erwartet %3 (%4), gefunden %5</translation>
    </message>
</context>
<context>
    <name>Accrue::Prover</name>
    <message>
        <location line="-90"/>
        <source>the sum of its lines</source>
        <translation>die Summe ihrer Positionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its subtotal plus tax</source>
        <translation>ihre Zwischensumme plus Steuer</translation>
    </message>
    <message>
        <location line="-196"/>
        <source>its allocations less reversals</source>
        <translation>ihre Zuordnungen abzüglich Stornos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the credit notes applied to it</source>
        <translation>die darauf angewandten Gutschriften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its write-offs</source>
        <translation>ihre Ausbuchungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total less paid, credited and written off</source>
        <translation>Gesamtbetrag abzüglich bezahlt, gutgeschrieben und ausgebucht</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its total less its allocations</source>
        <translation>ihr Gesamtbetrag abzüglich ihrer Zuordnungen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its reversal</source>
        <translation>ihr Storno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its amount less its live allocations</source>
        <translation>ihr Betrag abzüglich ihrer aktiven Zuordnungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+159"/>
        <location line="+16"/>
        <location line="+9"/>
        <source>audit record %1</source>
        <translation>Prüfeintrag %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>its debits (an entry balances)</source>
        <translation>ihre Sollbeträge (eine Buchung ist ausgeglichen)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the total of %1 %2</source>
        <translation>die Summe von %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the journal lines</source>
        <translation>die Buchungszeilen</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no row</source>
        <translation>keine Zeile</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>audit record</source>
        <translation>Prüfeintrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one</source>
        <translation>einer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every issued document and payment is audited</source>
        <translation>jeder ausgestellte Beleg und jede Zahlung wird protokolliert</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>lines</source>
        <translation>Positionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as audit record %1</source>
        <translation>wie Prüfeintrag %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>%1 line %2</source>
        <translation>%1 Zeile %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>present</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>absent</source>
        <translation>nicht vorhanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
</context>
<context>
    <name>Accrue::RateE10</name>
    <message>
        <location filename="../core/domain/exchangerate.cpp" line="+28"/>
        <source>The exchange rate is out of range (it must be above 0.0000000001 and below 922337203)</source>
        <translation>Der Wechselkurs liegt außerhalb des zulässigen Bereichs (er muss über 0.0000000001 und unter 922337203 liegen)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not an exchange rate: %2</source>
        <translation>„%1“ ist kein Wechselkurs: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is empty</source>
        <translation>er ist leer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has two decimal points</source>
        <translation>er hat zwei Dezimalpunkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use digits and a dot, like 1.0823</source>
        <translation>verwenden Sie Ziffern und einen Punkt, etwa 1.0823</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than ten decimals</source>
        <translation>mehr als zehn Nachkommastellen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>too large</source>
        <translation>zu groß</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no digits</source>
        <translation>keine Ziffern</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rate must be above zero</source>
        <translation>ein Kurs muss größer als null sein</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>An exchange rate must be above zero.</source>
        <translation>Ein Wechselkurs muss größer als null sein.</translation>
    </message>
</context>
<context>
    <name>Accrue::Reader</name>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="-146"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected text</source>
        <translation>erwartet wurde Text</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (verwenden Sie YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 % is not between 0 % and 100 %</source>
        <translation>%1 % liegt nicht zwischen 0 % und 100 %</translation>
    </message>
    <message>
        <location filename="../core/einvoice/ublreader.cpp" line="+46"/>
        <source>a document type declaration (DTD) is not accepted</source>
        <translation>eine Dokumenttypdeklaration (DTD) wird nicht akzeptiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a UBL Invoice or CreditNote</source>
        <translation>keine UBL-Invoice oder -CreditNote</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: %3</source>
        <translation>%1 Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a UBL Invoice or CreditNote (the root is “%1”)</source>
        <translation>keine UBL-Invoice oder -CreditNote (das Wurzelelement ist „%1“)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than %1 lines</source>
        <translation>mehr als %1 Positionen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an amount before the document&apos;s currency (DocumentCurrencyCode)</source>
        <translation>ein Betrag vor der Belegwährung (DocumentCurrencyCode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an amount in %1 in a document in %2</source>
        <translation>ein Betrag in %1 in einem Beleg in %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a number with at most %2 decimals</source>
        <translation>„%1“ ist keine Zahl mit höchstens %2 Nachkommastellen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>“%1” is not an ISO 4217 currency</source>
        <translation>„%1“ ist keine Währung nach ISO 4217</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptDocument</name>
    <message>
        <location filename="../core/documents/receiptdocument.cpp" line="+37"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptMailer</name>
    <message>
        <location filename="../core/mail/receiptmailer.cpp" line="+67"/>
        <source>your account</source>
        <translation>Ihr Konto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send receipts by e-mail</source>
        <translation>Zahlungsbelege per E-Mail senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt %1</source>
        <translation>Zahlungsbeleg %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptService</name>
    <message>
        <location filename="../core/billing/receiptservice.cpp" line="+28"/>
        <source>No receipt %1</source>
        <translation>Kein Zahlungsbeleg %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptTasks</name>
    <message>
        <location filename="../ui/receipttasks.cpp" line="+36"/>
        <location line="+13"/>
        <source>Receipt PDF</source>
        <translation>Zahlungsbeleg als PDF</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+21"/>
        <source>This payment has no receipt: receipts are issued for payments recorded in Accrue, not for those loaded from another system.</source>
        <translation>Diese Zahlung hat keinen Zahlungsbeleg: Belege werden für in Accrue erfasste Zahlungen ausgestellt, nicht für aus einem anderen System geladene.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Save Receipt PDF</source>
        <translation>Zahlungsbeleg als PDF speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Send Receipt</source>
        <translation>Zahlungsbeleg senden</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Receipt %1 was not sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%2</source>
        <translation>Zahlungsbeleg %1 wurde nicht gesendet (Eingereihtes wird später erneut versucht; siehe Fakturierung &gt; E-Mail-Postausgang):
%2</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptsPanel</name>
    <message>
        <location filename="../ui/pages/receiptspanel.cpp" line="+39"/>
        <source>Receipt &amp;PDF…</source>
        <translation>Zahlungsbeleg als &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Receipt…</source>
        <translation>Zahlungs&amp;beleg senden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail the chosen receipt with its PDF to the customer</source>
        <translation>Den ausgewählten Zahlungsbeleg mit seinem PDF per E-Mail an den Kunden senden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt</source>
        <translation>Zahlungsbeleg</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+26"/>
        <source>Sending receipt %1 by e-mail…</source>
        <translation>Zahlungsbeleg %1 wird per E-Mail gesendet…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipts</source>
        <translation>Zahlungsbelege</translation>
    </message>
</context>
<context>
    <name>Accrue::RecogniseRevenueDialog</name>
    <message>
        <location filename="../ui/dialogs/recogniserevenuedialog.cpp" line="+45"/>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognise Revenue</source>
        <translation>Umsatz realisieren</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue is recognised for the schedule rows dated on or before this day, and usage delivered by then is accrued</source>
        <translation>Umsatz wird für die Planzeilen mit Datum an oder vor diesem Tag realisiert, und bis dahin gelieferte Nutzung wird abgegrenzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue recognised</source>
        <translation>Realisierter Umsatz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usage accrued</source>
        <translation>Abgegrenzte Nutzung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post the journal entries listed: Dr Deferred revenue / Cr revenue, dated each row&apos;s day; a second run posts nothing again</source>
        <translation>Die aufgeführten Buchungen buchen: Soll passive Rechnungsabgrenzung / Haben Umsatzerlöse, datiert auf den Tag jeder Zeile; ein zweiter Lauf bucht nichts erneut</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognise through:</source>
        <translation>Realisieren bis:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Looking for revenue due…</source>
        <translation>Fälliger Umsatz wird gesucht…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recognising revenue…</source>
        <translation>Umsatz wird realisiert…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal entries posted: %1; schedule rows recognised: %2; usage records accrued: %3.</source>
        <translation>Gebuchte Buchungen: %1; realisierte Planzeilen: %2; abgegrenzte Nutzungsdatensätze: %3.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to recognise through %1: every schedule row due by then is posted.</source>
        <translation>Bis %1 nichts zu realisieren: jede bis dahin fällige Planzeile ist gebucht.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due through %1: journal entries to post: %2; schedule rows: %3; usage records: %4.</source>
        <translation>Fällig bis %1: zu buchende Buchungen: %2; Planzeilen: %3; Nutzungsdatensätze: %4.</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionChartView</name>
    <message>
        <location filename="../ui/widgets/recognitionchartview.cpp" line="+40"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Realisiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Billed and recognised revenue (%1, net of tax)</source>
        <translation>Fakturierter und realisierter Umsatz (%1, netto ohne Steuer)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed revenue (%1, net of tax)</source>
        <translation>Fakturierter Umsatz (%1, netto ohne Steuer)</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionScheduleModel</name>
    <message>
        <location filename="../ui/models/recognitionschedulemodel.cpp" line="+31"/>
        <source>Ratably</source>
        <translation>Zeitanteilig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As delivered</source>
        <translation>Bei Lieferung</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Point in time</source>
        <translation>Zeitpunkt</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posted</source>
        <translation>Gebucht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awaiting milestone</source>
        <translation>Wartet auf Meilenstein</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (done %2)</source>
        <translation>%1 (erledigt %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionScheduleReport</name>
    <message>
        <location filename="../core/reports/recognitionschedulereport.cpp" line="+61"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Zahlungsart</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Meilenstein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue recognition schedules</source>
        <translation>Pläne zur Umsatzrealisierung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue recognition schedule of %1</source>
        <translation>Plan zur Umsatzrealisierung von %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionService</name>
    <message>
        <location filename="../core/billing/recognitionservice.cpp" line="+73"/>
        <source>recognise revenue</source>
        <translation>Umsatz realisieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>through: give the last day to recognise revenue for</source>
        <translation>through: geben Sie den letzten Tag an, für den Umsatz realisiert wird</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>through: %1 is after today (%2); revenue is recognised only for days that have passed</source>
        <translation>through: %1 liegt nach heute (%2); Umsatz wird nur für vergangene Tage realisiert</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>preview revenue recognition</source>
        <translation>Vorschau der Umsatzrealisierung</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Revenue recognised on %1</source>
        <translation>Umsatz realisiert am %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage delivered on %1, not yet invoiced</source>
        <translation>Nutzung geliefert am %1, noch nicht fakturiert</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line: invoice %1 has no line %2</source>
        <translation>line: Rechnung %1 hat keine Position %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record usage</source>
        <translation>Nutzung erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: give the day the usage was delivered</source>
        <translation>date: geben Sie den Tag an, an dem die Nutzung geliefert wurde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: usage cannot be recorded before it is delivered (%1 is after today)</source>
        <translation>date: Nutzung kann nicht vor ihrer Lieferung erfasst werden (%1 liegt nach heute)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantity: must be more than zero</source>
        <translation>quantity: muss größer als null sein</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>customer: no such customer</source>
        <translation>customer: kein solcher Kunde</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>product: no such product</source>
        <translation>product: kein solches Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product: %1 is recognised %2, not as delivered; usage is recorded for as_delivered products only</source>
        <translation>product: %1 wird %2 realisiert, nicht bei Lieferung; Nutzung wird nur für as_delivered-Produkte erfasst</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the catalogue</source>
        <translation>den Katalog lesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read recorded usage</source>
        <translation>erfasste Nutzung lesen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>define milestones</source>
        <translation>Meilensteine festlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestones: name at least one</source>
        <translation>milestones: nennen Sie mindestens einen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>milestones: each needs a name of at most 200 characters</source>
        <translation>milestones: jeder benötigt einen Namen mit höchstens 200 Zeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestones: “%1” needs a share above 0 and at most 100 %</source>
        <translation>milestones: „%1“ benötigt einen Anteil über 0 und höchstens 100 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>milestones: the shares add up to %1 basis points, not 10000 (100 %)</source>
        <translation>milestones: die Anteile ergeben %1 Basispunkte, nicht 10000 (100 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestones are defined on an issued invoice&apos;s line</source>
        <translation>Meilensteine werden auf einer Position einer ausgestellten Rechnung festgelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of %2 is recognised %3, not by milestone</source>
        <translation>Position %1 von %2 wird %3 realisiert, nicht nach Meilenstein</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milestone “%1” is done; the milestones can no longer be changed</source>
        <translation>Meilenstein „%1“ ist erledigt; die Meilensteine können nicht mehr geändert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of %2 has been credited or recognised; its milestones can no longer be changed</source>
        <translation>Position %1 von %2 wurde gutgeschrieben oder realisiert; ihre Meilensteine können nicht mehr geändert werden</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>mark milestones done</source>
        <translation>Meilensteine als erledigt markieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: give the day the milestone was reached, today or earlier</source>
        <translation>date: geben Sie den Tag an, an dem der Meilenstein erreicht wurde, heute oder früher</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestones are marked done on an issued invoice&apos;s line</source>
        <translation>Meilensteine werden auf einer Position einer ausgestellten Rechnung als erledigt markiert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>milestone: line %1 of %2 has %3 milestones</source>
        <translation>milestone: Position %1 von %2 hat %3 Meilensteine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestone “%1” was already done on %2</source>
        <translation>Meilenstein „%1“ wurde bereits am %2 erledigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: a milestone of %1 is done on or after its issue date (%2)</source>
        <translation>date: ein Meilenstein von %1 wird am oder nach dessen Rechnungsdatum (%2) erledigt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read milestones</source>
        <translation>Meilensteine lesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>No invoice with id %1</source>
        <translation>Keine Rechnung mit der ID %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>read recognition schedules</source>
        <translation>Realisierungspläne lesen</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>bring revenue recognition up to date</source>
        <translation>die Umsatzrealisierung auf den aktuellen Stand bringen</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Revenue of %1 deferred when schedules were introduced</source>
        <translation>Umsatz von %1, abgegrenzt bei Einführung der Realisierungspläne</translation>
    </message>
</context>
<context>
    <name>Accrue::ReconciliationService</name>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="+39"/>
        <source>There is no bank line #%1</source>
        <translation>Es gibt keine Bankzeile #%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+44"/>
        <location line="+45"/>
        <location line="+67"/>
        <location line="+19"/>
        <location line="+31"/>
        <location line="+20"/>
        <source>reconcile bank lines</source>
        <translation>Bankzeilen abgleichen</translation>
    </message>
    <message>
        <location line="-225"/>
        <location line="+44"/>
        <location line="+45"/>
        <location line="+67"/>
        <location line="+19"/>
        <location line="+31"/>
        <location line="+20"/>
        <source>the bank record</source>
        <translation>der Bankdatensatz</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+45"/>
        <source>Bank line #%1 is matched already</source>
        <translation>Bankzeile #%1 ist bereits zugeordnet</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Bank line #%1 could pay any of %2: choose the invoice</source>
        <translation>Bankzeile #%1 könnte jede von %2 bezahlen: wählen Sie die Rechnung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank line #%1 has no proposal to accept; match it by hand</source>
        <translation>Bankzeile #%1 hat keinen Vorschlag zum Annehmen; ordnen Sie sie manuell zu</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the chosen invoice</source>
        <translation>die gewählte Rechnung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bank line #%1 is not ambiguous; accept its proposal as it stands</source>
        <translation>Bankzeile #%1 ist nicht mehrdeutig; nehmen Sie ihren Vorschlag so an, wie er ist</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 could pay %2, not %3</source>
        <translation>Bankzeile #%1 könnte %2 bezahlen, nicht %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A bank line pays one customer; the proposal names two</source>
        <translation>Eine Bankzeile bezahlt einen Kunden; der Vorschlag nennt zwei</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bank line #%1 has no proposal</source>
        <translation>Bankzeile #%1 hat keinen Vorschlag</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bank line #%1 is matched already; unmatch it first</source>
        <translation>Bankzeile #%1 ist bereits zugeordnet; heben Sie die Zuordnung zuerst auf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 is money out, not a customer&apos;s payment</source>
        <translation>Bankzeile #%1 ist ein Zahlungsausgang, keine Zahlung eines Kunden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The splits add up to more than the bank line</source>
        <translation>Die Aufteilungen ergeben mehr als die Bankzeile</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matched by hand by %1</source>
        <translation>manuell zugeordnet von %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bank line #%1 is matched; unmatch it before ignoring it</source>
        <translation>Bankzeile #%1 ist zugeordnet; heben Sie die Zuordnung auf, bevor Sie sie ignorieren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>bank line #%1 unmatched</source>
        <translation>Zuordnung von Bankzeile #%1 aufgehoben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 is neither matched nor ignored</source>
        <translation>Bankzeile #%1 ist weder zugeordnet noch ignoriert</translation>
    </message>
</context>
<context>
    <name>Accrue::RecordUsageDialog</name>
    <message>
        <location filename="../ui/dialogs/recordusagedialog.cpp" line="+54"/>
        <source>&amp;Record</source>
        <translation>&amp;Erfassen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Usage</source>
        <translation>Nutzung erfassen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role may read usage but not record it</source>
        <translation>Ihre Rolle darf Nutzung lesen, aber nicht erfassen</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type to search customers</source>
        <translation>Tippen, um Kunden zu suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Kunde:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produkt:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book has no product recognised as delivered, so there is nothing to record usage for. Set a product&apos;s recognition to “As delivered” in the catalogue first.</source>
        <translation>Dieses Buch hat kein Produkt, das bei Lieferung realisiert wird, daher gibt es nichts, wofür Nutzung erfasst werden kann. Setzen Sie zuerst im Katalog die Realisierung eines Produkts auf „Bei Lieferung“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product:</source>
        <translation>Produkt:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Geliefert am:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to %1 decimals, e.g. %2</source>
        <translation>bis zu %1 Nachkommastellen, z. B. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Menge:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount:</source>
        <translation>Betrag:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage recorded for the customer:</source>
        <translation>Für den Kunden erfasste Nutzung:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>quantity: %1</source>
        <translation>quantity: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 per %2</source>
        <translation>%1 je %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 %3 at %4 per %3)</source>
        <translation>%1 (%2 %3 zu %4 je %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>customer: choose the customer the usage was delivered to</source>
        <translation>customer: wählen Sie den Kunden, an den die Nutzung geliefert wurde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product: choose the product delivered</source>
        <translation>product: wählen Sie das gelieferte Produkt</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recorded: %1 %2 of %3 delivered on %4, %5.</source>
        <translation>Erfasst: %1 %2 von %3, geliefert am %4, %5.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a customer to see their usage.</source>
        <translation>Wählen Sie einen Kunden, um seine Nutzung zu sehen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usage recorded for this customer yet.</source>
        <translation>Für diesen Kunden ist noch keine Nutzung erfasst.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The latest %1 records are shown.</source>
        <translation>Die neuesten %1 Einträge werden angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: %1</source>
        <translation>Einträge: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The usage typed has not been recorded. Close anyway?</source>
        <translation>Die eingegebene Nutzung wurde nicht erfasst. Trotzdem schließen?</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportChartView</name>
    <message>
        <location filename="../ui/widgets/reportchartview.cpp" line="+105"/>
        <location line="+62"/>
        <location line="+30"/>
        <source>Chart of %1</source>
        <translation>Diagramm: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 %2 %</source>
        <translation>%1 %2 %</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportEngine</name>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="+57"/>
        <source>There is no report “%1”. Reports: %2</source>
        <translation>Es gibt keinen Bericht „%1“. Berichte: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The period starts (%1) after it ends (%2)</source>
        <translation>Der Zeitraum beginnt (%1) nach seinem Ende (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reporting currency: “%1” is not an ISO 4217 currency code</source>
        <translation>Berichtswährung: „%1“ ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split by module, customer or plan, not “%1”</source>
        <translation>Aufteilung nach Modul, Kunde oder Tarif, nicht „%1“</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report %1 was run without the session&apos;s date</source>
        <translation>Der Bericht %1 wurde ohne das Datum der Sitzung ausgeführt</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>zum %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module %1</source>
        <translation>Modul %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan %1</source>
        <translation>Tarif %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency %1</source>
        <translation>Währung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1</source>
        <translation>Status %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split by %1</source>
        <translation>aufgeteilt nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1</source>
        <translation>Konto %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice %1</source>
        <translation>Rechnung %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in %1 at the rates of each document&apos;s date</source>
        <translation>in %1 zu den Kursen am Datum des jeweiligen Belegs</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportFile</name>
    <message>
        <location filename="../core/documents/reportfile.cpp" line="+23"/>
        <source>export reports</source>
        <translation>Berichte exportieren</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportHtml</name>
    <message>
        <location filename="../core/documents/reporthtml.cpp" line="+35"/>
        <source>Run %1</source>
        <translation>%1 ausführen</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>First %1 of %2 rows; export CSV for all of them.</source>
        <translation>Erste %1 von %2 Zeilen; exportieren Sie CSV für alle.</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportParameterForm</name>
    <message>
        <location filename="../ui/pages/reportparameterform.cpp" line="+67"/>
        <source>All modules</source>
        <translation>Alle Module</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All plans</source>
        <translation>Alle Tarife</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main currency</source>
        <translation>Hauptwährung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In each document&apos;s currency</source>
        <translation>In der Währung des jeweiligen Belegs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1</source>
        <translation>In %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert every document into one currency at the rate of the document&apos;s date</source>
        <translation>Jeden Beleg zum Kurs des Belegdatums in eine Währung umrechnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Unbezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No split</source>
        <translation>Keine Aufteilung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By module</source>
        <translation>Nach Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By customer</source>
        <translation>Nach Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By plan</source>
        <translation>Nach Tarif</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate</source>
        <translation>&amp;Erstellen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of:</source>
        <translation>Stichtag:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer code or name</source>
        <translation>Kundennummer oder Name</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account code (all)</source>
        <translation>Kontocode (alle)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number (all in the period)</source>
        <translation>Rechnungsnummer (alle im Zeitraum)</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportsPage</name>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="+62"/>
        <location line="+206"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preset:</source>
        <translation>Vorlage:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Pre&amp;set…</source>
        <translation>&amp;Vorlage speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>&amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+211"/>
        <source>(choose a preset)</source>
        <translation>(Vorlage wählen)</translation>
    </message>
    <message>
        <location line="-210"/>
        <source>Save P&amp;DF…</source>
        <translation>P&amp;DF speichern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Drucken…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Save PDF</source>
        <translation>PDF speichern</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Preset</source>
        <translation>Vorlage speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>CSV, RFC 4180 (*.csv)</source>
        <translation>CSV, RFC 4180 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel in this locale (*.csv)</source>
        <translation>CSV für Excel in diesem Gebietsschema (*.csv)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <location line="-62"/>
        <source>Running…</source>
        <translation>Wird ausgeführt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Showing %1 of %2 rows; Export CSV writes all</source>
        <translation>%1 von %2 Zeilen angezeigt; CSV exportieren schreibt alle</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln Zeile</numerusform>
            <numerusform>%Ln Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+28"/>
        <source>Export CSV</source>
        <translation>CSV exportieren</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueDrillDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/revenuedrilldialog.cpp" line="+53"/>
        <source>&lt;b&gt;Invoices issued&lt;/b&gt; (%Ln)</source>
        <translation>
            <numerusform>&lt;b&gt;Ausgestellte Rechnungen&lt;/b&gt; (%Ln)</numerusform>
            <numerusform>&lt;b&gt;Ausgestellte Rechnungen&lt;/b&gt; (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;Credit notes&lt;/b&gt; (%Ln), which reduce revenue</source>
        <translation>
            <numerusform>&lt;b&gt;Gutschriften&lt;/b&gt; (%Ln), die den Umsatz mindern</numerusform>
            <numerusform>&lt;b&gt;Gutschriften&lt;/b&gt; (%Ln), die den Umsatz mindern</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::RevenuePage</name>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="+51"/>
        <source>By module</source>
        <translation>Nach Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By customer</source>
        <translation>Nach Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By plan</source>
        <translation>Nach Tarif</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recognise Revenue…</source>
        <translation>Umsatz realisieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record &amp;Usage…</source>
        <translation>&amp;Nutzung erfassen…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;Journal…</source>
        <translation>&amp;Journal exportieren…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close &amp;Period…</source>
        <translation>&amp;Periodenabschluss…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Double-click a figure to see the invoices behind it</source>
        <translation>Doppelklicken Sie auf eine Zahl, um die zugrunde liegenden Rechnungen zu sehen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updated in %1 ms</source>
        <translation>Aktualisiert in %1 ms</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invoiced revenue by month (%1, net of tax and credit notes)</source>
        <translation>Fakturierter Umsatz nach Monat (%1, netto ohne Steuer und Gutschriften)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 to %3</source>
        <translation>%1, %2 bis %3</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueSchedulePanel</name>
    <message>
        <location filename="../ui/pages/revenueschedulepanel.cpp" line="+33"/>
        <source>Mark Milestone &amp;Done…</source>
        <translation>Meilenstein als &amp;erledigt markieren…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen milestone has been reached: its revenue becomes due on the date you give and the next recognition run posts it</source>
        <translation>Der gewählte Meilenstein ist erreicht: sein Umsatz wird zum angegebenen Datum fällig, und der nächste Realisierungslauf bucht ihn</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>read recognition schedules</source>
        <translation>Realisierungspläne lesen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This invoice has no revenue schedule.</source>
        <translation>Diese Rechnung hat keinen Umsatzplan.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recognised %1 of %2; %3 deferred.</source>
        <translation>%1 von %2 realisiert; %3 abgegrenzt.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) wait for a milestone.</source>
        <translation>
            <numerusform>%n Zeile wartet auf einen Meilenstein.</numerusform>
            <numerusform>%n Zeilen warten auf einen Meilenstein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>Mark Milestone Done</source>
        <translation>Meilenstein als erledigt markieren</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reached on:</source>
        <translation>Erreicht am:</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueShareReport</name>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="+47"/>
        <source>customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by %1</source>
        <translation>Umsatz nach %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueTableModel</name>
    <message>
        <location filename="../ui/models/revenuetablemodel.cpp" line="+82"/>
        <location line="+13"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueWaterfallReport</name>
    <message>
        <location filename="../core/reports/revenuewaterfallreport.cpp" line="+38"/>
        <source>Invoiced in</source>
        <translation>Fakturiert im</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue waterfall: recognised by month from each invoicing month</source>
        <translation>Umsatz-Wasserfall: realisiert je Monat aus jedem Fakturierungsmonat</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::RowReader</name>
    <message>
        <location filename="../core/exchange/productcsv.cpp" line="-168"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not an amount in %2 (use a dot: 12.50)</source>
        <translation>„%1“ ist kein Betrag in %2 (verwenden Sie einen Punkt: 12.50)</translation>
    </message>
</context>
<context>
    <name>Accrue::RowVersion</name>
    <message>
        <location filename="../core/storage/rowversion.cpp" line="+24"/>
        <source>%1 was deleted by someone else meanwhile</source>
        <translation>%1 wurde inzwischen von jemand anderem gelöscht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another user</source>
        <translation>einem anderen Benutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by %2 at %3 — reload it and make your change again</source>
        <translation>%1 wurde von %2 geändert (%3) — laden Sie es neu und nehmen Sie Ihre Änderung erneut vor</translation>
    </message>
</context>
<context>
    <name>Accrue::SecretStore</name>
    <message>
        <location filename="../core/security/secretstore.cpp" line="+77"/>
        <source>no password stored</source>
        <translation>kein Passwort gespeichert</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>no keychain available: %1</source>
        <translation>kein Schlüsselbund verfügbar: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keychain error %1</source>
        <translation>Schlüsselbundfehler %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the keychain needs a running QCoreApplication</source>
        <translation>der Schlüsselbund benötigt eine laufende QCoreApplication</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the keychain did not answer in time</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>no keychain available: no D-Bus session bus</source>
        <translation>kein Schlüsselbund verfügbar: kein D-Bus-Session-Bus</translation>
    </message>
</context>
<context>
    <name>Accrue::Session</name>
    <message>
        <location filename="../core/billing/session.cpp" line="+48"/>
        <source>%1 may not %2: that customer is not in its tenant</source>
        <translation>%1 darf nicht %2: dieser Kunde gehört nicht zu seinem Mandanten</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 may not %2: that tenant is not below its own</source>
        <translation>%1 darf nicht %2: dieser Mandant liegt nicht unter seinem eigenen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no registered users, so it is worked on only as your OS login (%2), not as “%3”; to work under other names, register them first: accrue-cli user add NAME --role admin|finance|viewer</source>
        <translation>%1 hat keine registrierten Benutzer, daher wird nur unter Ihrer Betriebssystem-Anmeldung (%2) daran gearbeitet, nicht als „%3“; um unter anderen Namen zu arbeiten, registrieren Sie diese zuerst: accrue-cli user add NAME --role admin|finance|viewer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a registered user of %2; an Admin of the book adds users with accrue-cli user add NAME --role admin|finance|viewer</source>
        <translation>„%1“ ist kein registrierter Benutzer von %2; ein Admin des Buchs fügt Benutzer hinzu mit accrue-cli user add NAME --role admin|finance|viewer</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Admin</source>
        <translation>Admin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation>Finanzen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viewer</source>
        <translation>Betrachter</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a customer&apos;s user and may not %2</source>
        <translation>%1 ist Benutzer eines Kunden und darf nicht %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 works as %2 in this book and may not %3</source>
        <translation>%1 arbeitet in diesem Buch als %2 und darf nicht %3</translation>
    </message>
</context>
<context>
    <name>Accrue::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+48"/>
        <source>Company Settings</source>
        <translation>Unternehmenseinstellungen</translation>
    </message>
    <message>
        <location line="+37"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the locale</source>
        <translation>Aus dem Gebietsschema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <location line="-17"/>
        <location line="+19"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Not set</source>
        <translation>Nicht festgelegt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DE, US, …</source>
        <translation>DE, US, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A billing run &amp;issues its invoices (otherwise it leaves drafts to review)</source>
        <translation>Ein Abrechnungslauf stellt seine Rechnungen &amp;aus (sonst belässt er Entwürfe zur Prüfung)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HRB 12345, Amtsgericht Berlin</source>
        <translation>HRB 12345, Amtsgericht Berlin</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Show the customer&apos;s &amp;code on invoices</source>
        <translation>&amp;Kundennummer auf Rechnungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp paid invoices “PAID”</source>
        <translation>Bezahlte Rechnungen mit „BEZAHLT“ stempeln</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Firmenname:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax ID:</source>
        <translation>&amp;Steuernummer:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s address for e-invoices (PEPPOL): an EAS scheme and an identifier, as SCHEME:ID</source>
        <translation>Die Adresse des Unternehmens für E-Rechnungen (PEPPOL): ein EAS-Schema und eine Kennung, als SCHEMA:ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;lectronic address:</source>
        <translation>E&amp;lektronische Adresse:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>&amp;Registernummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Währung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;x country:</source>
        <translation>Steuerla&amp;nd:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ban&amp;k name:</source>
        <translation>Name der Ban&amp;k:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number:</source>
        <translation>Kontonummer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number:</source>
        <translation>Bankleitzahl:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acce&amp;nt colour:</source>
        <translation>Ak&amp;zentfarbe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice &amp;footer:</source>
        <translation>Rechnungs&amp;fußzeile:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Accounting E&amp;xport</source>
        <translation>Buchhaltungse&amp;xport</translation>
    </message>
    <message>
        <location line="+110"/>
        <source>Accent Colour</source>
        <translation>Akzentfarbe</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail %1</source>
        <translation>E-Mail %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning %1</source>
        <translation>Mahnwesen %1</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>Default payment &amp;terms:</source>
        <translation>Standard-&amp;Zahlungsziel:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Invoice number prefix:</source>
        <translation>Präfix für Rechnungsnummern:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number prefix:</source>
        <translation>Präfix für Gutschriftsnummern:</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Rece&amp;ipt number prefix:</source>
        <translation>Präfix für Zahlungs&amp;belegnummern:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Company</source>
        <translation>&amp;Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docu&amp;ments</source>
        <translation>&amp;Dokumente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dunning</source>
        <translation>&amp;Mahnwesen</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not an image)</source>
        <translation>(kein Bild)</translation>
    </message>
</context>
<context>
    <name>Accrue::SettingsService</name>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="+17"/>
        <source>legal name: enter the company&apos;s legal name</source>
        <translation>Firmenname: geben Sie den Firmennamen des Unternehmens ein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice prefix: 1 to 8 capital letters or digits</source>
        <translation>Rechnungspräfix: 1 bis 8 Großbuchstaben oder Ziffern</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit note prefix: 1 to 8 capital letters or digits, not the invoice prefix</source>
        <translation>Gutschriftspräfix: 1 bis 8 Großbuchstaben oder Ziffern, nicht das Rechnungspräfix</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receipt prefix: 1 to 8 capital letters or digits, not the invoice or credit note prefix</source>
        <translation>Belegpräfix: 1 bis 8 Großbuchstaben oder Ziffern, nicht das Rechnungs- oder Gutschriftspräfix</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation>Zahlungsziel: zwischen 0 und 365 Tagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IBAN: the check digits do not match</source>
        <translation>IBAN: die Prüfziffern stimmen nicht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper: A4 or Letter</source>
        <translation>Papier: A4 oder Letter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: %1 is not an ISO 4217 currency</source>
        <translation>Währung: %1 ist keine Währung nach ISO 4217</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accent colour: “%1” is not a colour like #1F4E79</source>
        <translation>Akzentfarbe: „%1“ ist keine Farbe wie #1F4E79</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>electronic address: %1</source>
        <translation>Elektronische Adresse: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BIC: 8 or 11 letters and digits, like COBADEFFXXX</source>
        <translation>BIC: 8 oder 11 Buchstaben und Ziffern, etwa COBADEFFXXX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logo: at most 2 MB</source>
        <translation>Logo: höchstens 2 MB</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>change the company settings</source>
        <translation>die Unternehmenseinstellungen ändern</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The company settings are not valid: %1</source>
        <translation>Die Unternehmenseinstellungen sind ungültig: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>decide whether customers change their subscriptions</source>
        <translation>festlegen, ob Kunden ihre Abonnements ändern</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may not %2: only the book&apos;s root tenant can</source>
        <translation>%1 darf nicht %2: nur der Stammmandant des Buchs darf das</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The company settings</source>
        <translation>Die Unternehmenseinstellungen</translation>
    </message>
</context>
<context>
    <name>Accrue::SmtpSender</name>
    <message>
        <location filename="../core/mail/smtpsender.cpp" line="+84"/>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl konnte keine Übertragung starten</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1; the server said: %2</source>
        <translation>%1; der Server meldete: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s TLS certificate is not trusted, so nothing was sent (%1). If the server uses a private certificate authority, name its certificate in the e-mail settings (CA certificate file).</source>
        <translation>Dem TLS-Zertifikat des Servers wird nicht vertraut, daher wurde nichts gesendet (%1). Wenn der Server eine private Zertifizierungsstelle verwendet, geben Sie deren Zertifikat in den E-Mail-Einstellungen an (CA-Zertifikatsdatei).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate file %1 cannot be used (%2)</source>
        <translation>Die CA-Zertifikatsdatei %1 kann nicht verwendet werden (%2)</translation>
    </message>
</context>
<context>
    <name>Accrue::SqliteSharing</name>
    <message>
        <location filename="../core/storage/sqlitesharing.cpp" line="-76"/>
        <source>%1 is being closed by another program; try again in a moment</source>
        <translation>%1 wird gerade von einem anderen Programm geschlossen; versuchen Sie es gleich noch einmal</translation>
    </message>
</context>
<context>
    <name>Accrue::Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="+73"/>
        <source>Accrue</source>
        <translation>Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>There is no book at %1.

Create a new, empty book there?</source>
        <translation>Unter %1 gibt es kein Buch.

Dort ein neues, leeres Buch anlegen?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accrue: billing, receivables and revenue.</source>
        <translation>Accrue: Fakturierung, Forderungen und Umsatz.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book to open.</source>
        <translation>Zu öffnendes Buch.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill an empty book with demo data.</source>
        <translation>Ein leeres Buch mit Demodaten füllen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab to show first.</source>
        <translation>Zuerst anzuzeigende Registerkarte.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a PNG of the window once loaded, then exit.</source>
        <translation>Nach dem Laden ein PNG des Fensters speichern, dann beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date to treat as today (demo data, statuses, periods).</source>
        <translation>Als heute zu behandelndes Datum (Demodaten, Status, Zeiträume).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: trigger this action (settings, outbox, dunningRun, auditLog, …) and save the dialog it opens.</source>
        <translation>Mit --screenshot: diese Aktion auslösen (settings, outbox, dunningRun, auditLog, …) und den geöffneten Dialog speichern.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the window (en, de, fr, es); the preference in Edit → Preferences otherwise.</source>
        <translation>Sprache des Fensters (en, de, fr, es); sonst die Einstellung unter Bearbeiten → Einstellungen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book to open (same as --db).</source>
        <translation>Zu öffnendes Buch (wie --db).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--today wants a date as YYYY-MM-DD, not “%1”</source>
        <translation>--today erwartet ein Datum als YYYY-MM-DD, nicht „%1“</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no tab “%1” (use one of %2)</source>
        <translation>Es gibt keine Registerkarte „%1“ (verwenden Sie eine von %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no action “%1”</source>
        <translation>Es gibt keine Aktion „%1“</translation>
    </message>
</context>
<context>
    <name>Accrue::StatementOfAccountReport</name>
    <message>
        <location filename="../core/reports/statementofaccountreport.cpp" line="-14"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment (exchanged)</source>
        <translation>Zahlung (umgerechnet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit applied</source>
        <translation>Guthaben verrechnet</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open, not yet due</source>
        <translation>Offen, noch nicht fällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 1–30 days overdue</source>
        <translation>Offen, 1–30 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 31–60 days overdue</source>
        <translation>Offen, 31–60 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 61–90 days overdue</source>
        <translation>Offen, 61–90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, over 90 days overdue</source>
        <translation>Offen, über 90 Tage überfällig</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A statement of account is for one customer: give its code</source>
        <translation>Ein Kontoauszug gilt für einen Kunden: geben Sie dessen Code an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer with the code “%1”</source>
        <translation>Kein Kunde mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement of account needs a period (from and to)</source>
        <translation>Ein Kontoauszug benötigt einen Zeitraum (von und bis)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Beleg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Belastungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments and credits</source>
        <translation>Zahlungen und Gutschriften</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Umgerechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account: %1 (%2), %3 to %4</source>
        <translation>Kontoauszug: %1 (%2), %3 bis %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 zu %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening balance</source>
        <translation>Anfangssaldo</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Closing balance</source>
        <translation>Endsaldo</translation>
    </message>
</context>
<context>
    <name>Accrue::StatementReader</name>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="+67"/>
        <source>“%1” is not an amount</source>
        <translation>„%1“ ist kein Betrag</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: unknown statement format “%2” (use csv, ofx or camt053)</source>
        <translation>%1: unbekanntes Kontoauszugsformat „%2“ (verwenden Sie csv, ofx oder camt053)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is outside the years %2 to %3</source>
        <translation>%1 liegt außerhalb der Jahre %2 bis %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the amount is larger than Accrue accepts</source>
        <translation>der Betrag ist größer, als Accrue akzeptiert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>contains control characters (such as NUL)</source>
        <translation>enthält Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the CSV mapping “%2” is incomplete: %3</source>
        <translation>%1: die CSV-Zuordnung „%2“ ist unvollständig: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>missing (the row has %n field(s))</source>
        <translation>
            <numerusform>fehlt (die Zeile hat %n Feld)</numerusform>
            <numerusform>fehlt (die Zeile hat %n Felder)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a date in the format %2</source>
        <translation>„%1“ ist kein Datum im Format %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+185"/>
        <source>“%1” is not an ISO 4217 currency</source>
        <translation>„%1“ ist keine Währung nach ISO 4217</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>exactly one of debit and credit must hold the amount</source>
        <translation>genau eines von Soll und Haben muss den Betrag enthalten</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>“%1” is not a date</source>
        <translation>„%1“ ist kein Datum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no ISO 4217 currency for the statement</source>
        <translation>keine Währung nach ISO 4217 für den Kontoauszug</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>not closed</source>
        <translation>nicht geschlossen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>not closed (the file ends at line %1 without &lt;/%2&gt;: cut off?)</source>
        <translation>nicht geschlossen (die Datei endet in Zeile %1 ohne &lt;/%2&gt;: abgeschnitten?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: this is not an OFX file</source>
        <translation>%1: dies ist keine OFX-Datei</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>missing or not a date</source>
        <translation>fehlt oder ist kein Datum</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected CRDT or DBIT, not “%1”</source>
        <translation>erwartet CRDT oder DBIT, nicht „%1“</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: not well-formed XML: %3</source>
        <translation>%1:%2: kein wohlgeformtes XML: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no camt.053 statement (Stmt) in the file</source>
        <translation>%1: kein camt.053-Kontoauszug (Stmt) in der Datei</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionCsv</name>
    <message>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+30"/>
        <source>%1: no subscriptions after the header</source>
        <translation>%1: keine Abonnements nach der Kopfzeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 Felder, aber die Kopfzeile nennt %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>enter the customer&apos;s code</source>
        <translation>geben Sie die Kundennummer ein</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the plan&apos;s code</source>
        <translation>geben Sie den Tarifcode ein</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a whole number from 1 to 1000000</source>
        <translation>„%1“ ist keine ganze Zahl von 1 bis 1000000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (verwenden Sie YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionDialog</name>
    <message>
        <location filename="../ui/dialogs/subscriptiondialog.cpp" line="+30"/>
        <location line="+12"/>
        <source>New Subscription</source>
        <translation>Neues Abonnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Subscription %1</source>
        <translation>Abonnement %1 ändern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause Subscription %1</source>
        <translation>Abonnement %1 pausieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Subscription %1</source>
        <translation>Abonnement %1 fortsetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel Subscription %1</source>
        <translation>Abonnement %1 kündigen</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Tarif:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licenses:</source>
        <translation>&amp;Lizenzen:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan&apos;s name</source>
        <translation>Der Name des Tarifs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing profile:</source>
        <translation>Abrechnungs&amp;profil:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Beginnt am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Paused from:</source>
        <translation>&amp;Pausiert ab:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resumes on:</source>
        <translation>&amp;Fortgesetzt am:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancelled from:</source>
        <translation>&amp;Gekündigt ab:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the &amp;end of the period holding that date</source>
        <translation>Zum &amp;Ende des Zeitraums, der dieses Datum enthält</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next billing run credits the unused days already billed and charges the new terms for them.</source>
        <translation>Der nächste Abrechnungslauf schreibt die bereits abgerechneten ungenutzten Tage gut und berechnet dafür die neuen Konditionen.</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionRepository</name>
    <message>
        <location filename="../core/storage/subscriptionrepository.cpp" line="+134"/>
        <source>Subscription %1 was deleted by someone else meanwhile</source>
        <translation>Abonnement %1 wurde inzwischen von jemand anderem gelöscht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription %1 was changed by %2 at %3 — reload it and make your change again</source>
        <translation>Abonnement %1 wurde von %2 geändert (%3) — laden Sie es neu und nehmen Sie Ihre Änderung erneut vor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another user</source>
        <translation>einem anderen Benutzer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown time</source>
        <translation>Zeitpunkt unbekannt</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionService</name>
    <message>
        <location filename="../core/billing/subscriptionservice.cpp" line="+43"/>
        <source>add subscriptions</source>
        <translation>Abonnements hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name: contains control characters (such as NUL)</source>
        <translation>name: enthält Steuerzeichen (etwa NUL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>customer: no such customer</source>
        <translation>customer: kein solcher Kunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer: %1 is archived; restore it to subscribe it</source>
        <translation>customer: %1 ist archiviert; stellen Sie ihn wieder her, um ein Abonnement anzulegen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan: %1 bills in %2 but customer %3 is billed in %4; choose a plan in %4</source>
        <translation>plan: %1 rechnet in %2 ab, aber Kunde %3 wird in %4 abgerechnet; wählen Sie einen Tarif in %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile: customer %1 has no billing profile %2</source>
        <translation>profile: Kunde %1 hat kein Abrechnungsprofil %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+36"/>
        <source>change subscriptions</source>
        <translation>Abonnements ändern</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+52"/>
        <source>Subscription %1 is cancelled; add a new one instead</source>
        <translation>Abonnement %1 ist gekündigt; legen Sie stattdessen ein neues an</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <location line="+92"/>
        <source>date: the subscription starts on %1</source>
        <translation>date: das Abonnement beginnt am %1</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>plan: subscription %1 is on that plan already</source>
        <translation>plan: Abonnement %1 hat diesen Tarif bereits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plan: %1 bills in %2, the subscription in %3</source>
        <translation>plan: %1 rechnet in %2 ab, das Abonnement in %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan: %1 bills every %2 months, the subscription every %3; cancel it and add a new subscription instead</source>
        <translation>plan: %1 rechnet alle %2 Monate ab, das Abonnement alle %3; kündigen Sie es und legen Sie stattdessen ein neues Abonnement an</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 may not %2: this book does not let customers change their subscriptions&apos; quantities</source>
        <translation>%1 darf nicht %2: dieses Buch erlaubt Kunden nicht, die Mengen ihrer Abonnements zu ändern</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>licenses: subscription %1 has %2 already</source>
        <translation>licenses: Abonnement %1 hat bereits %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subscription %1 has that plan and those licenses already</source>
        <translation>Abonnement %1 hat diesen Tarif und diese Lizenzen bereits</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pause subscriptions</source>
        <translation>Abonnements pausieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is %2; only an active one can be paused</source>
        <translation>Abonnement %1 ist %2; nur ein aktives kann pausiert werden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date: the period from %1 is due and not billed; run the billing for it before pausing on %2</source>
        <translation>date: der Zeitraum ab %1 ist fällig und nicht abgerechnet; führen Sie die Abrechnung dafür aus, bevor Sie am %2 pausieren</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>resume subscriptions</source>
        <translation>Abonnements fortsetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is not paused</source>
        <translation>Abonnement %1 ist nicht pausiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: it was paused on %1</source>
        <translation>date: es wurde am %1 pausiert</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cancel subscriptions</source>
        <translation>Abonnements kündigen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is cancelled already</source>
        <translation>Abonnement %1 ist bereits gekündigt</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No subscription with id %1</source>
        <translation>Kein Abonnement mit der ID %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>import subscriptions</source>
        <translation>Abonnements importieren</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>customer: no customer with the code “%1”</source>
        <translation>customer: kein Kunde mit dem Code „%1“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plan: no plan with the code “%1”</source>
        <translation>plan: kein Tarif mit dem Code „%1“</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionsPanel</name>
    <message>
        <location filename="../ui/pages/subscriptionspanel.cpp" line="+32"/>
        <source>Trial</source>
        <translation>Testphase</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>Gekündigt</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+28"/>
        <source>Started</source>
        <translation>Begonnen</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+26"/>
        <location line="+3"/>
        <source>Licenses</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Resumed</source>
        <translation>Fortgesetzt</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Nächster Zeitraum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed through</source>
        <translation>Abgerechnet bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Endet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Subscription…</source>
        <translation>Neues Abonnement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Ändern…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause…</source>
        <translation>Pausieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume…</source>
        <translation>Fortsetzen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Kündigen…</translation>
    </message>
    <message>
        <location line="+63"/>
        <location line="+3"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Subscription %1: %2</source>
        <translation>Abonnement %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxPercent</name>
    <message>
        <location filename="../core/domain/taxrate.cpp" line="+40"/>
        <source>“%1” has more than four decimals; a tax rate is a percent with at most four (such as 8.875 or 9.4375)</source>
        <translation>„%1“ hat mehr als vier Nachkommastellen; ein Steuersatz ist ein Prozentwert mit höchstens vier (etwa 8.875 oder 9.4375)</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxRateCsv</name>
    <message>
        <location filename="../core/exchange/taxratecsv.cpp" line="+42"/>
        <source>“%1” is not a percentage from 0 to 100 with at most four decimals (such as 19, 7.25 or 8.875)</source>
        <translation>„%1“ ist kein Prozentsatz von 0 bis 100 mit höchstens vier Nachkommastellen (etwa 19, 7.25 oder 8.875)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no tax rates after the header</source>
        <translation>%1: keine Steuersätze nach der Kopfzeile</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 Felder, aber die Kopfzeile nennt %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>„%1“ ist kein Datum (verwenden Sie YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxReport</name>
    <message>
        <location filename="../core/reports/taxreport.cpp" line="+31"/>
        <source>Tax %1 to %2</source>
        <translation>Steuer %1 bis %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Region</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Kurs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxable</source>
        <translation>Steuerpflichtig</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Steuer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LEDGER</source>
        <translation>HAUPTBUCH</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax payable, net credits</source>
        <translation>Steuerverbindlichkeit, netto Haben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>agrees with the ledger</source>
        <translation>stimmt mit dem Hauptbuch überein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs from the ledger by %1</source>
        <translation>weicht um %1 vom Hauptbuch ab</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxRules</name>
    <message>
        <location filename="../core/domain/taxrules.cpp" line="+69"/>
        <source>no %1 tax rate for %2 on %3; add one (accrue-cli tax-rate add) or set the line&apos;s rate by hand</source>
        <translation>kein %1-Steuersatz für %2 am %3; fügen Sie einen hinzu (accrue-cli tax-rate add) oder setzen Sie den Satz der Position manuell</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>country: “%1” is not a two-letter country code (ISO 3166, e.g. DE, US)</source>
        <translation>country: „%1“ ist kein zweistelliger Ländercode (ISO 3166, z. B. DE, US)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>region: at most 40 characters, no control characters</source>
        <translation>region: höchstens 40 Zeichen, keine Steuerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category: “%1” is not one of %2</source>
        <translation>category: „%1“ ist keine von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate: must be between 0 % and 100 %</source>
        <translation>rate: muss zwischen 0 % und 100 % liegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate: a %1 rate is 0 %</source>
        <translation>rate: ein %1-Satz beträgt 0 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: 1 to 100 characters, no control characters</source>
        <translation>name: 1 bis 100 Zeichen, keine Steuerzeichen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid_to: %1 is before valid_from %2</source>
        <translation>valid_to: %1 liegt vor valid_from %2</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxService</name>
    <message>
        <location filename="../core/billing/taxservice.cpp" line="+71"/>
        <location line="+21"/>
        <source>change tax rates</source>
        <translation>Steuersätze ändern</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>valid_from: the %1 rate “%2” (%3 %) is valid from %4 to %5 already; end it before this one starts</source>
        <translation>valid_from: der %1-Satz „%2“ (%3 %) gilt bereits von %4 bis %5; beenden Sie ihn, bevor dieser beginnt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always</source>
        <translation>immer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open end</source>
        <translation>offenes Ende</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no tax rate %1</source>
        <translation>Es gibt keinen Steuersatz %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid_to: the rate starts on %1; it can end on that day or later</source>
        <translation>valid_to: der Satz beginnt am %1; er kann an diesem Tag oder später enden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import tax rates</source>
        <translation>Steuersätze importieren</translation>
    </message>
</context>
<context>
    <name>Accrue::TenantRepository</name>
    <message>
        <location filename="../core/storage/tenantrepository.cpp" line="+187"/>
        <source>%1 is the distributor&apos;s; %2 sees its customers&apos; billing in the billing reports</source>
        <translation>%1 gehört dem Distributor; %2 sieht die Abrechnung seiner Kunden in den Abrechnungsberichten</translation>
    </message>
</context>
<context>
    <name>Accrue::TenantService</name>
    <message>
        <location filename="../core/billing/tenantservice.cpp" line="+56"/>
        <source>add tenants</source>
        <translation>Mandanten hinzufügen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenant name: enter it</source>
        <translation>Mandantenname: bitte eingeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant name: at most 200 characters</source>
        <translation>Mandantenname: höchstens 200 Zeichen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no tenant %1</source>
        <translation>Es gibt keinen Mandanten %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add tenants there</source>
        <translation>dort Mandanten hinzufügen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 cannot hold a %2 tenant (distributor → partner → customer)</source>
        <translation>Ein %1 kann keinen Mandanten vom Typ %2 enthalten (Distributor → Partner → Kunde)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A customer tenant names its customer (--customer CODE)</source>
        <translation>Ein Kundenmandant nennt seinen Kunden (--customer CODE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give that customer a tenant</source>
        <translation>diesem Kunden einen Mandanten geben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That customer already has its tenant “%1”</source>
        <translation>Dieser Kunde hat bereits seinen Mandanten „%1“</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list tenants</source>
        <translation>Mandanten auflisten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no tenant “%1” in %2&apos;s tenant</source>
        <translation>Es gibt keinen Mandanten „%1“ im Mandanten von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tenants are called “%2”; give its id</source>
        <translation>%1 Mandanten heißen „%2“; geben Sie die ID an</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move customers between tenants</source>
        <translation>Kunden zwischen Mandanten verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move that customer</source>
        <translation>diesen Kunden verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move customers there</source>
        <translation>Kunden dorthin verschieben</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer moves to a partner or a distributor, not to “%1”</source>
        <translation>Ein Kunde wird zu einem Partner oder Distributor verschoben, nicht zu „%1“</translation>
    </message>
</context>
<context>
    <name>Accrue::TextDecoding</name>
    <message>
        <location filename="../core/exchange/textdecoding.cpp" line="+82"/>
        <source>%1: unknown encoding “%2” (use auto, utf-8, latin1 or windows-1252)</source>
        <translation>%1: unbekannte Kodierung „%2“ (verwenden Sie auto, utf-8, latin1 oder windows-1252)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file looks like UTF-16 but is not valid UTF-16</source>
        <translation>%1: die Datei sieht nach UTF-16 aus, ist aber kein gültiges UTF-16</translation>
    </message>
</context>
<context>
    <name>Accrue::TransactionsPage</name>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="+30"/>
        <source>Only with unapplied money</source>
        <translation>Nur mit nicht zugeordnetem Geld</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt &amp;PDF…</source>
        <translation>Zahlungsbeleg als &amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Receipt…</source>
        <translation>Zahlungs&amp;beleg senden…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search customer or reference (Ctrl+F)</source>
        <translation>Kunde oder Referenz suchen (Strg+F)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the receipt of the chosen payment as a PDF</source>
        <translation>Den Zahlungsbeleg der ausgewählten Zahlung als PDF speichern</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail the receipt of the chosen payment to the customer</source>
        <translation>Den Zahlungsbeleg der ausgewählten Zahlung per E-Mail an den Kunden senden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending receipt %1 by e-mail…</source>
        <translation>Zahlungsbeleg %1 wird per E-Mail gesendet…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Payments Received</source>
        <translation>&amp;Zahlungseingänge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bank Statement</source>
        <translation>&amp;Kontoauszug</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+3"/>
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln Zahlung</numerusform>
            <numerusform>%Ln Zahlungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::TrialBalanceReport</name>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="+27"/>
        <source>Trial balance as of %1</source>
        <translation>Summen- und Saldenliste zum %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Soll</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Haben</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::UblValidator</name>
    <message>
        <location filename="../core/einvoice/ublvalidator.cpp" line="+20"/>
        <source>customer %1</source>
        <translation>Kunde %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer %1 (billing profile “%2”)</source>
        <translation>Kunde %1 (Abrechnungsprofil „%2“)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>document number (BT-1) missing: only issued documents are e-invoices</source>
        <translation>Belegnummer (BT-1) fehlt: nur ausgestellte Belege sind E-Rechnungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue date (BT-2) missing</source>
        <translation>Rechnungsdatum (BT-2) fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency (BT-5) missing</source>
        <translation>Währung (BT-5) fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amounts in %1 have %2 decimals; EN 16931 allows at most two</source>
        <translation>Beträge in %1 haben %2 Nachkommastellen; EN 16931 erlaubt höchstens zwei</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seller&apos;s legal name (BT-27) missing in the company settings</source>
        <translation>Firmenname des Verkäufers (BT-27) fehlt in den Unternehmenseinstellungen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller&apos;s electronic address (BT-34) missing in the company settings (accrue-cli company set --endpoint SCHEME:ID)</source>
        <translation>elektronische Adresse des Verkäufers (BT-34) fehlt in den Unternehmenseinstellungen (accrue-cli company set --endpoint SCHEME:ID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller&apos;s electronic address (BT-34) in the company settings: %1</source>
        <translation>elektronische Adresse des Verkäufers (BT-34) in den Unternehmenseinstellungen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller&apos;s country (BT-40) missing: set the company&apos;s tax country</source>
        <translation>Land des Verkäufers (BT-40) fehlt: legen Sie das Steuerland des Unternehmens fest</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller&apos;s VAT identifier (BT-31) or registration number (BT-30) missing in the company settings</source>
        <translation>USt-IdNr. des Verkäufers (BT-31) oder Registernummer (BT-30) fehlt in den Unternehmenseinstellungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>buyer&apos;s name (BT-44) missing on %1</source>
        <translation>Name des Käufers (BT-44) fehlt bei %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>buyer&apos;s electronic address (BT-49) missing on %1</source>
        <translation>elektronische Adresse des Käufers (BT-49) fehlt bei %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>buyer&apos;s electronic address (BT-49) on %1: %2</source>
        <translation>elektronische Adresse des Käufers (BT-49) bei %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer&apos;s country (BT-55) missing on %1</source>
        <translation>Land des Käufers (BT-55) fehlt bei %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer reference (BT-10) missing</source>
        <translation>Käuferreferenz (BT-10) fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the credited invoice&apos;s number (BT-25) missing</source>
        <translation>Nummer der gutgeschriebenen Rechnung (BT-25) fehlt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document has no lines (BR-16)</source>
        <translation>der Beleg hat keine Positionen (BR-16)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item name (BT-153) missing on line %1</source>
        <translation>Artikelname (BT-153) fehlt in Position %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: the item&apos;s net price (BT-146) is negative</source>
        <translation>Position %1: der Nettopreis des Artikels (BT-146) ist negativ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: VAT category (BT-151) missing</source>
        <translation>Position %1: USt.-Kategorie (BT-151) fehlt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: a standard rated line needs a rate above zero</source>
        <translation>Position %1: eine Position zum Normalsatz benötigt einen Satz über null</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2 lines are at 0 %</source>
        <translation>Position %1: %2-Positionen haben 0 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: net amount (BT-131) %2 is not quantity x price less the allowance (%3)</source>
        <translation>Position %1: Nettobetrag (BT-131) %2 ist nicht Menge x Preis abzüglich Nachlass (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seller&apos;s VAT identifier (BT-31) or tax registration (BT-32) missing in the company settings, needed for %1 lines</source>
        <translation>USt-IdNr. des Verkäufers (BT-31) oder Steuerregistrierung (BT-32) fehlt in den Unternehmenseinstellungen, erforderlich für %1-Positionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller&apos;s VAT identifier (BT-31) missing in the company settings, needed for %1 lines (a tax ID with its country prefix)</source>
        <translation>USt-IdNr. des Verkäufers (BT-31) fehlt in den Unternehmenseinstellungen, erforderlich für %1-Positionen (eine Steuernummer mit Länderpräfix)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>buyer&apos;s VAT identifier (BT-48) missing on %1, needed for reverse charge lines</source>
        <translation>USt-IdNr. des Käufers (BT-48) fehlt bei %1, erforderlich für Reverse-Charge-Positionen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buyer&apos;s VAT identifier (BT-48) missing on %1, needed for intra-community supplies</source>
        <translation>USt-IdNr. des Käufers (BT-48) fehlt bei %1, erforderlich für innergemeinschaftliche Lieferungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an intra-community supply needs its delivery date (BT-72) and country (BT-80)</source>
        <translation>eine innergemeinschaftliche Lieferung benötigt ihr Lieferdatum (BT-72) und Land (BT-80)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines not subject to VAT (O) cannot share a document with taxed lines</source>
        <translation>nicht umsatzsteuerbare Positionen (O) können nicht mit besteuerten Positionen in einem Beleg stehen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a document not subject to VAT names no VAT identifier</source>
        <translation>ein nicht umsatzsteuerbarer Beleg nennt keine USt-IdNr.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the VAT breakdown (BG-23) is empty</source>
        <translation>die USt.-Aufschlüsselung (BG-23) ist leer</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the taxable amount (BT-116) of %1 at %2 is not the sum of its lines</source>
        <translation>der steuerpflichtige Betrag (BT-116) von %1 zu %2 ist nicht die Summe seiner Positionen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT exemption reason (BT-120) or code (BT-121) missing for %1 lines: set it on the tax rate (accrue-cli tax-rate add … --exemption-code CODE --exemption-reason TEXT)</source>
        <translation>Befreiungsgrund (BT-120) oder -code (BT-121) fehlt für %1-Positionen: legen Sie ihn am Steuersatz fest (accrue-cli tax-rate add … --exemption-code CODE --exemption-reason TEXT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 lines carry no VAT exemption reason (BT-120, BT-121)</source>
        <translation>%1-Positionen tragen keinen Befreiungsgrund (BT-120, BT-121)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the VAT of %1 (BT-117) %2 is not its taxable amount times its rate</source>
        <translation>die USt. von %1 (BT-117) %2 ist nicht ihr steuerpflichtiger Betrag mal ihr Satz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lines carry no VAT, but %2 is charged</source>
        <translation>%1-Positionen tragen keine USt., aber %2 wird berechnet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is %2, the rule gives %3</source>
        <translation>%1 ist %2, die Regel ergibt %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an amount is due, so the due date (BT-9) or payment terms (BT-20) must be given</source>
        <translation>ein Betrag ist fällig, daher muss das Fälligkeitsdatum (BT-9) oder die Zahlungsbedingung (BT-20) angegeben werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment account (BT-84) missing for a credit transfer: set the company&apos;s IBAN</source>
        <translation>Zahlungskonto (BT-84) fehlt für eine Überweisung: legen Sie die IBAN des Unternehmens fest</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be sent as an e-invoice: %2</source>
        <translation>%1 kann nicht als E-Rechnung gesendet werden: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document</source>
        <translation>Der Beleg</translation>
    </message>
</context>
<context>
    <name>Accrue::UnbilledRevenueReport</name>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="+47"/>
        <source>Unbilled revenue as of %1</source>
        <translation>Nicht fakturierte Umsätze zum %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Tarif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed through</source>
        <translation>Abgerechnet bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbilled from</source>
        <translation>Nicht fakturiert ab</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbilled</source>
        <translation>Nicht fakturiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>GESAMT</translation>
    </message>
</context>
<context>
    <name>Accrue::UsageRecordModel</name>
    <message>
        <location filename="../ui/models/usagerecordmodel.cpp" line="+37"/>
        <source>Unbilled</source>
        <translation>Nicht fakturiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accrued</source>
        <translation>Abgegrenzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed</source>
        <translation>Abgerechnet</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not yet accrued: the next recognition run books it to Unbilled revenue</source>
        <translation>Noch nicht abgegrenzt: der nächste Realisierungslauf bucht es auf nicht fakturierte Umsätze</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Unbilled revenue until an invoice line bills it</source>
        <translation>In nicht fakturierten Umsätzen, bis eine Rechnungsposition es abrechnet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed on %1</source>
        <translation>Abgerechnet am %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delivered</source>
        <translation>Geliefert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Rechnung</translation>
    </message>
</context>
<context>
    <name>Accrue::UserGuideDialog</name>
    <message>
        <location filename="../ui/dialogs/userguidedialog.cpp" line="+33"/>
        <source>User Guide</source>
        <translation>Benutzerhandbuch</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User Guide — %1</source>
        <translation>Benutzerhandbuch — %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Vorwärts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Inhalt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your first book</source>
        <translation>Ihr erstes Buch</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dashboard tab</source>
        <translation>Die Registerkarte Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Invoices tab</source>
        <translation>Die Registerkarte Rechnungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Customers tab</source>
        <translation>Die Registerkarte Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Reports tab</source>
        <translation>Die Registerkarte Berichte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Revenue tab</source>
        <translation>Die Registerkarte Umsatz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Transactions tab</source>
        <translation>Die Registerkarte Transaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Account (customers)</source>
        <translation>Mein Konto (Kunden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoicing</source>
        <translation>Rechnungsstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting paid</source>
        <translation>Zahlungen erhalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank reconciliation</source>
        <translation>Bankabgleich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running reports</source>
        <translation>Berichte erstellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month-end</source>
        <translation>Monatsabschluss</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team on PostgreSQL</source>
        <translation>Ein Team mit PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Accrue::UserRepository</name>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+118"/>
        <source>“%1” is not a valid user name (letters, digits, _ . @ -)</source>
        <translation>„%1“ ist kein gültiger Benutzername (Buchstaben, Ziffern, _ . @ -)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Setting a password needs a PostgreSQL book</source>
        <translation>Ein Passwort festzulegen erfordert ein PostgreSQL-Buch</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not prepare the password for the server</source>
        <translation>Das Passwort konnte nicht für den Server vorbereitet werden</translation>
    </message>
</context>
<context>
    <name>Accrue::UserService</name>
    <message>
        <location filename="../core/billing/userservice.cpp" line="+30"/>
        <source>%1 is the book&apos;s last Admin; make someone else Admin first</source>
        <translation>%1 ist der letzte Admin des Buchs; machen Sie zuerst jemand anderen zum Admin</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>manage %1</source>
        <translation>%1 verwalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>manage users</source>
        <translation>Benutzer verwalten</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>add users there</source>
        <translation>dort Benutzer hinzufügen</translation>
    </message>
</context>
<context>
    <name>Accrue::UsersDialog</name>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="+29"/>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new logins only; leave empty to keep</source>
        <translation>nur neue Anmeldungen; leer lassen, um beizubehalten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldung:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;OS user:</source>
        <translation>&amp;Systembenutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add or Change</source>
        <translation>&amp;Hinzufügen oder ändern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Selected</source>
        <translation>Ausgewählte &amp;entfernen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logins on the server with a role in this book. The server enforces the role for every client.</source>
        <translation>Anmeldungen auf dem Server mit einer Rolle in diesem Buch. Der Server setzt die Rolle für jeden Client durch.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS users and their roles. A book with no users listed belongs to whoever opens it.</source>
        <translation>Systembenutzer und ihre Rollen. Ein Buch ohne aufgeführte Benutzer gehört dem, der es öffnet.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Take %1&apos;s role in this book away?</source>
        <translation>%1 die Rolle in diesem Buch entziehen?</translation>
    </message>
</context>
<context>
    <name>Accrue::WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/writeoffdialog.cpp" line="+31"/>
        <source>Resolve Dispute of %1</source>
        <translation>Einspruch gegen %1 erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Off %1</source>
        <translation>%1 ausbuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the customer will not pay</source>
        <translation>Warum der Kunde nicht zahlen wird</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdrawn: the customer pays as invoiced</source>
        <translation>&amp;Zurückgezogen: der Kunde zahlt wie fakturiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By a &amp;credit note (issued next)</source>
        <translation>Durch eine Gutschri&amp;ft (wird als Nächstes ausgestellt)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;writing the balance off</source>
        <translation>Durch &amp;Ausbuchung des Saldos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution:</source>
        <translation>Erledigung:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Grund:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Written off on:</source>
        <translation>Ausgebucht a&amp;m:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole open balance goes to Bad debts; the invoice becomes uncollectible. Only Finance and Admin users may do this.</source>
        <translation>Der gesamte offene Saldo wird auf Forderungsverluste gebucht; die Rechnung wird uneinbringlich. Nur Benutzer mit der Rolle Finanzen oder Admin dürfen dies tun.</translation>
    </message>
</context>
<context>
    <name>Accrue::Writer</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="+122"/>
        <source>%1 is more than the period&apos;s invoices have left to credit (%2 short)</source>
        <translation>%1 ist mehr, als die Rechnungen des Zeitraums noch gutschreiben können (%2 fehlen)</translation>
    </message>
</context>
<context>
    <name>Accrue::XeroWriter</name>
    <message>
        <location filename="../core/exchange/xerowriter.cpp" line="+86"/>
        <source>tax %1 at %2 % has no Xero tax type: %3</source>
        <translation>Steuer %1 zu %2 % hat keine Xero-Steuerart: %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 %2: its lines come to %3 net and %4 tax, the document to %5 and %6</source>
        <translation>%1 %2: seine Positionen ergeben %3 netto und %4 Steuer, der Beleg %5 und %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit note</source>
        <translation>Gutschrift</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invoice</source>
        <translation>Rechnung</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A Xero bank statement holds one currency, and the payments are in %1 and %2: export one currency at a time</source>
        <translation>Ein Xero-Kontoauszug enthält eine Währung, und die Zahlungen sind in %1 und %2: exportieren Sie jeweils eine Währung</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="+114"/>
        <source>--paper: “%1” is not a4 or letter</source>
        <translation>--paper: „%1“ ist nicht a4 oder letter</translation>
    </message>
</context>
</TS>
