<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accrue</name>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="24"/>
        <source>%1 is ready (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="42"/>
        <source>--currency: “%1” is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="49"/>
        <source>%1: %2 customers, %3 invoices, %4 payments, %5 credit notes, %6 journal entries in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="68"/>
        <source>audit trail BROKEN at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="72"/>
        <source>audit trail intact: %1 records verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="63"/>
        <source>--status: unknown status “%1” (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="71"/>
        <source>--to (%1) is before --from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="84"/>
        <source>invoice show needs exactly one invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="92"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="93"/>
        <source>Status:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="94"/>
        <source>Customer:  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="97"/>
        <source>Issued:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="98"/>
        <source>Due:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="99"/>
        <source>Currency:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="107"/>
        <source>, service %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="113"/>
        <source>Subtotal:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="114"/>
        <source>Tax:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="115"/>
        <source>Total:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="116"/>
        <source>Paid:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="117"/>
        <source>Credited:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="118"/>
        <source>Balance:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="121"/>
        <source>  %1 payment #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="122"/>
        <source>  %1 credit note #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="135"/>
        <source>invoice create needs one file describing the invoice(s): FILE.json, or FILE.csv with one row per line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="161"/>
        <source>Issued %1 (total %2 %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="165"/>
        <source>Draft %1 created (issue it with: accrue-cli invoice issue %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="173"/>
        <source>%1 invoices in %2 s (%3 per second)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="189"/>
        <source>invoice issue needs the id of a draft (as printed by invoice create)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="194"/>
        <source>Issued %1 (total %2 %3, due %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="205"/>
        <source>invoice pay needs one invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="207"/>
        <source>invoice pay needs --amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="211"/>
        <source>--method: “%1” is not one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="223"/>
        <source>Payment #%1 of %2 %3 recorded; %4 now owes %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="228"/>
        <source> (%1 kept as customer credit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="262"/>
        <source>use invoice pdf NUMBER -o FILE, or invoice pdf --status S --out-dir DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="272"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="288"/>
        <source>Wrote %1 PDFs to %2 in %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="102"/>
        <source>amount: a credit note on %1 must be between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="109"/>
        <source>lines: choose the lines to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="113"/>
        <source>lines: line %1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="120"/>
        <source>lines: invoice %1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="126"/>
        <source>lines: line %1 has %2 left to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="36"/>
        <source>Accrue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="33"/>
        <source>%1 needs the id of a bank line (see bank list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="43"/>
        <source>import bank needs one statement file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="50"/>
        <source>%1 (%2, account %3): read %4, new %5, duplicates %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="63"/>
        <source>import gateway needs one card-gateway CSV export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="66"/>
        <location filename="../app/cli/bankcommands.cpp" line="125"/>
        <location filename="../app/cli/invoicecommands.cpp" line="139"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="72"/>
        <source>read %1, failed attempts %2, duplicates %3, invoices flagged for review %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="90"/>
        <source>--state: use %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="93"/>
        <source>Bank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="94"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="95"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="96"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="97"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="98"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="99"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="100"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="101"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="102"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="103"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="121"/>
        <source>bank mapping needs one JSON file describing the bank&apos;s CSV layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="130"/>
        <source>%1: not a JSON object (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="134"/>
        <source>Saved the CSV mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="154"/>
        <source>examined %1, proposed %2 (%3 ambiguous), applied %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="170"/>
        <source>Bank line #%1 matched: payment #%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="173"/>
        <source>Bank line #%1: proposal rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="176"/>
        <source>Bank line #%1 ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="179"/>
        <source>Bank line #%1 unmatched; its payment was reversed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="28"/>
        <source>--lines: “%1” is not a line number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="35"/>
        <source>--lines: name at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="44"/>
        <source>credit-note create needs --invoice NUMBER</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="46"/>
        <source>credit-note create needs --reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="48"/>
        <source>give either --amount or --lines, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="69"/>
        <source>Credit note %1 of %2 %3 for %4; %4 is now %5 with %6 owed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="26"/>
        <source>Output: --format table|csv|pdf [-o FILE] [--excel]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="29"/>
        <source>copy needs --from BOOK and --to BOOK (a file or a postgresql:// address)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="32"/>
        <source>copy takes no other arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="45"/>
        <source>  %1: %2 rows so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="57"/>
        <source>Copied %1 rows from %2 to %3 in %4 s; counts and money totals match, audit trail verified (%5 records)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="78"/>
        <source>user %1 needs one user name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="82"/>
        <source>--role: admin, finance or viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="88"/>
        <source>%1 works as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="94"/>
        <source>%1 no longer has a role in this book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="97"/>
        <source>Unknown command “user %1” (list, add, remove)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="105"/>
        <source>password %1 is for server books: --db postgresql://user@host/db</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="111"/>
        <source>password set reads the password with --password-stdin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="118"/>
        <source>No keychain is reachable (no Secret Service on the session bus); nothing was stored. Use ~/.pgpass or PGPASSWORD instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="120"/>
        <source>The keychain refused the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="121"/>
        <source>Password for %1 is in the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="127"/>
        <source>The keychain could not forget the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="128"/>
        <source>Password for %1 removed from the OS keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="131"/>
        <source>Unknown command “password %1” (set, forget)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="44"/>
        <source>no column “%1” in the header (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="45"/>
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="46"/>
        <source>Invoiced revenue net of tax and credit notes by month; --split module|customer|plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="55"/>
        <source>Revenue by module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="56"/>
        <source>Revenue per module (product) with its share of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="58"/>
        <source>Revenue by customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="59"/>
        <source>Revenue per customer with its share of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="61"/>
        <source>Revenue by plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="62"/>
        <source>Revenue per plan with its share of the total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="65"/>
        <source>Customer invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="66"/>
        <source>Every invoice (of a customer, or all) with status and balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="81"/>
        <source>Invoice summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="82"/>
        <source>Invoices issued in the period counted and summed by status (period close)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="89"/>
        <source>AR aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="90"/>
        <source>Open balances by days past due per customer, with DSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="103"/>
        <source>Payments received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="104"/>
        <source>Payments received in the period, with what is unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="111"/>
        <source>Payment reconciliation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="112"/>
        <source>A bank account&apos;s statement against the booked payments, with what is unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="119"/>
        <source>Deferred revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="120"/>
        <source>The part of invoiced service periods that falls after the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="127"/>
        <source>Unbilled revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="128"/>
        <source>Service on active subscriptions delivered up to the date and not yet invoiced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="135"/>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="136"/>
        <source>Every account&apos;s balance as of the date; debits equal credits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="143"/>
        <source>General ledger</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="144"/>
        <source>Journal lines per account with opening, running and closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="151"/>
        <source>Credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="152"/>
        <source>Credit notes issued in the period with the invoices they correct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="159"/>
        <source>Customer credit balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="160"/>
        <source>Unapplied over-payments and credit notes per customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="24"/>
        <source>COPY needs a PostgreSQL connection</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::AgingReport</name>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="25"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="26"/>
        <source>1-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="27"/>
        <source>31-60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="28"/>
        <source>61-90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="29"/>
        <source>90+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="59"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="60"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="61"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="64"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="65"/>
        <source>DSO (days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="66"/>
        <source>AR aging as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="84"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::AuditLog</name>
    <message>
        <location filename="../core/security/auditlog.cpp" line="84"/>
        <source>record %1 is missing (next found is %2): a row was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="89"/>
        <source>record %1 does not link to record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="92"/>
        <source>record %1 (%2 %3 %4) was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="102"/>
        <source>the trail ends at record %1 but %2 records were written: records at the end were deleted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::BankCsvMapping</name>
    <message>
        <location filename="../core/exchange/bankcsvmapping.cpp" line="71"/>
        <source>say which column holds the date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/bankcsvmapping.cpp" line="73"/>
        <source>say which column holds the amount, or which hold debit and credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/bankcsvmapping.cpp" line="75"/>
        <source>give the statement&apos;s currency (ISO 4217) or its column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/bankcsvmapping.cpp" line="77"/>
        <source>the decimal separator is . or ,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/bankcsvmapping.cpp" line="79"/>
        <source>header rows cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::BankImportService</name>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="36"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="51"/>
        <source>import bank statements</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="55"/>
        <source>%1: a CSV statement needs a mapping (--mapping NAME; save one with `bank mapping save`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="75"/>
        <source>%1:%2: currency: %3 in an account kept in %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="98"/>
        <source>save bank file layouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="100"/>
        <source>A CSV mapping needs a name (the bank&apos;s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="102"/>
        <source>The mapping “%1” is incomplete: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="121"/>
        <source>There is no saved CSV mapping “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::BankLineTableModel</name>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="18"/>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="20"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="22"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="24"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="132"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="134"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="136"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="138"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="140"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="142"/>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="144"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::BankLinesPanel</name>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="45"/>
        <source>&amp;Import Statement…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="47"/>
        <location filename="../ui/pages/banklinespanel.cpp" line="139"/>
        <source>Import Bank Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="48"/>
        <source>Bank statements (*.csv *.txt *.ofx *.qfx *.xml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="52"/>
        <source>&amp;Auto-match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="54"/>
        <source>A&amp;ccept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="55"/>
        <source>&amp;Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="56"/>
        <source>Match by &amp;Hand…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="57"/>
        <source>I&amp;gnore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="58"/>
        <source>&amp;Unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="65"/>
        <source>All lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="66"/>
        <source>Unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="67"/>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="68"/>
        <source>Matched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="69"/>
        <source>Ignored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="76"/>
        <source>Show:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/banklinespanel.cpp" line="97"/>
        <location filename="../ui/pages/banklinespanel.cpp" line="99"/>
        <source>%Ln bank line(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="114"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="133"/>
        <source>%1: read %2, new %3, duplicates %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="150"/>
        <source>Examined %1 lines: %2 proposals (%3 ambiguous)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="155"/>
        <source>Auto-match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="178"/>
        <source>Line #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="182"/>
        <source>Bank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="220"/>
        <source>Ignore Bank Lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="221"/>
        <source>Why (bank fee, own transfer, …):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="231"/>
        <source>Unmatch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="232"/>
        <source>Unmatch the selected lines? Their payments are reversed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::BankRepository</name>
    <message>
        <location filename="../core/storage/bankrepository.cpp" line="86"/>
        <source>Bank account %1 is in %2, the statement in %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::BookCopier</name>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="97"/>
        <source>%1 is at schema %2 and %3 at schema %4; open both with this version of Accrue first (accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="106"/>
        <source>The book has a table this copy does not know: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="114"/>
        <source>%1 already holds a book (%2 rows in %3); copy into a new, empty one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="144"/>
        <source>%1.%2 is missing in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="233"/>
        <source>The copy differs from the source in %1 (%2: %3 here, %4 there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="248"/>
        <source>The copy holds unbalanced journal entries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="251"/>
        <source>The copied audit trail does not verify at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="151"/>
        <source>Accrue billing and receivables, from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="166"/>
        <source>init | demo | invoice list | invoice show NUMBER | invoice create FILE.json|FILE.csv | invoice issue ID | invoice pay NUMBER | invoice pdf | credit-note create | report list | report NAME | import bank FILE | import gateway FILE | bank list | bank mapping FILE.json | reconcile auto|accept|reject|ignore|unmatch | audit verify | copy --from BOOK --to BOOK | user list | user add NAME --role R | user remove NAME | password set|forget</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="199"/>
        <source>No command given (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="260"/>
        <source>There is no report “%1”. Reports: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="265"/>
        <source>“%1” needs a subcommand (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="266"/>
        <source>Unknown command “%1 %2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="267"/>
        <source>Unknown command “%1” (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="274"/>
        <source>Option --%1 does not apply to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="322"/>
        <source>Unknown command (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="340"/>
        <source>--%1: “%2” is not a valid date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="352"/>
        <source>--%1: “%2” is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="402"/>
        <source>Give it with PGPASSWORD or ~/.pgpass, or store it in the OS keychain: accrue-cli password set --db URL --password-stdin%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="405"/>
        <source> (no keychain is reachable from here)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="417"/>
        <source>--password-stdin: standard input held no password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="435"/>
        <source>--format: “%1” is not table, csv or pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="439"/>
        <source>--excel goes with --format csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="441"/>
        <source>--format pdf needs -o FILE.pdf</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="456"/>
        <source>Cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="39"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="43"/>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="51"/>
        <source>server name or address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="54"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="55"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="56"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="57"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="58"/>
        <source>&amp;SSL mode:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="59"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="63"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="64"/>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="76"/>
        <source>Recent connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="122"/>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="126"/>
        <source>Connected as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="161"/>
        <source>No system keychain is available, so the password is not stored anywhere: Accrue will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="163"/>
        <source>The keychain did not take the password (%1); Accrue will ask for it again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteDialog</name>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="25"/>
        <source>The whole invoice (voids it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="26"/>
        <source>An amount, tax included:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="27"/>
        <source>Chosen lines (net amounts; tax follows):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="32"/>
        <source>Keep as customer credit instead of reducing this invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="35"/>
        <source>Credit Note for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="46"/>
        <source>Invoice total:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="47"/>
        <source>Credit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="51"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="52"/>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="71"/>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="71"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="71"/>
        <source>Net to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="122"/>
        <source>Tick the lines to credit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="128"/>
        <source>Void %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="130"/>
        <source>The whole invoice: it becomes void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="134"/>
        <source>Why the invoice is void (required)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteService</name>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="147"/>
        <source>issue credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="149"/>
        <source>reason: say why the invoice is credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="157"/>
        <source>Only an issued invoice can be credited; a draft can simply be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="159"/>
        <source>Invoice %1 is already fully credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="161"/>
        <source>date: the credit note cannot be dated before invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="178"/>
        <source>Nothing is left to credit on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNotesReport</name>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="28"/>
        <source>Credit notes %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="29"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="30"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="31"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="32"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="33"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="34"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="35"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="36"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="37"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="38"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="39"/>
        <source>Credit left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="40"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CsvMappingDialog</name>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="52"/>
        <source>Bank CSV Layout: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="53"/>
        <source>(new layout)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="56"/>
        <source>Comma</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="57"/>
        <source>Semicolon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="58"/>
        <source>Tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="68"/>
        <source>Point (1,234.56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="69"/>
        <source>Comma (1.234,56)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="73"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="73"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="73"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="73"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="81"/>
        <source>Saved layouts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="82"/>
        <source>Bank (layout name):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="83"/>
        <source>Delimiter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="84"/>
        <source>Header rows:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="85"/>
        <source>Encoding:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="86"/>
        <source>Currency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="87"/>
        <source>Decimal separator:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="89"/>
        <source>Date column:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="90"/>
        <source>Date format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="91"/>
        <source>Amount (signed):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="92"/>
        <source>…or debit (out):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="93"/>
        <source>…and credit (in):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="94"/>
        <source>Counterparty:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="95"/>
        <source>Reference:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="96"/>
        <source>Bank&apos;s id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="100"/>
        <source>Save Layout and Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="103"/>
        <source>Preview (first %1 lines):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="109"/>
        <source>Name the layout after the bank, to use it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="161"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="165"/>
        <source>Column %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="228"/>
        <source>To preview: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="243"/>
        <source>%Ln line(s) read.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::CsvReader</name>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="39"/>
        <source>%1:%2: the file is not UTF-8 text (save it as UTF-8, or choose its encoding)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="109"/>
        <source>%1:%2: a quoted field is not closed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CsvWriter</name>
    <message>
        <location filename="../core/exchange/csvwriter.cpp" line="113"/>
        <location filename="../core/exchange/texttablewriter.cpp" line="79"/>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerCreditReport</name>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="27"/>
        <source>Customer credit balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="28"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="29"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="30"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="31"/>
        <source>From payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="32"/>
        <source>From credit notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="33"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="34"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerRepository</name>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="93"/>
        <source>Customer %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerService</name>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="76"/>
        <source>code: enter a customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="78"/>
        <source>name: enter the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="80"/>
        <source>currency: unknown currency code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="82"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="87"/>
        <source>edit customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="93"/>
        <source>No such customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="102"/>
        <source>create customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="107"/>
        <source>code: a customer with the code “%1” exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="34"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="206"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="35"/>
        <source>Outstanding AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="36"/>
        <source>Overdue AR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="37"/>
        <source>DSO</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="38"/>
        <source>Open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="44"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="45"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="46"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="47"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="48"/>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="54"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="80"/>
        <source>Recent payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="123"/>
        <source>The period ends before it starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="126"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="137"/>
        <source>Figures in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="171"/>
        <source>%1% vs previous period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="176"/>
        <source>owed by customers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="177"/>
        <source>past due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="178"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="180"/>
        <source>last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="181"/>
        <source>issued, not fully paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="187"/>
        <source>Open balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="200"/>
        <source>AR aging (%1), click a bar for its invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="217"/>
        <source>Revenue by month (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::Database</name>
    <message>
        <location filename="../core/storage/bulkinserter.cpp" line="49"/>
        <location filename="../core/storage/sqlquery.cpp" line="55"/>
        <source>Database error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="130"/>
        <source>Unknown connection option “%1” in %2 (known: sslmode, sslrootcert, connect_timeout, application_name, options, host, port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="134"/>
        <source>Not a valid PostgreSQL address: %1 (expected postgresql://user@host:port/database?sslmode=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="170"/>
        <source>%1 needs a password (none given, or it was refused)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="172"/>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="191"/>
        <source>Database file not found: %1 (create it with accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="194"/>
        <source>Not a database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="197"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="211"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="244"/>
        <source>%1 is not an Accrue database (or it is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="273"/>
        <source>The database rejected a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="290"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="314"/>
        <source>The change was rolled back because part of it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="353"/>
        <source>%1 was written by a newer Accrue (schema %2; this version knows up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="358"/>
        <source>%1 is not an initialised Accrue database (run accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="361"/>
        <source>%1 needs an upgrade from schema %2 to %3 (run accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="677"/>
        <source>%1 is not an Accrue database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/sqlquery.cpp" line="70"/>
        <source>Database error: no result</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::DeferredRevenueReport</name>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="27"/>
        <source>Deferred revenue as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="28"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="29"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="30"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="31"/>
        <source>Module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="32"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="33"/>
        <source>Service from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="34"/>
        <source>Service to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="35"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="36"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="37"/>
        <source>Recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="38"/>
        <source>Deferred</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="39"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="95"/>
        <source>The demo needs at least one customer and a non-negative invoice count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="101"/>
        <source>Demo data only goes into an empty book; %1 already holds customers or invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="304"/>
        <source>Demo generation was cancelled; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::GeneralLedgerReport</name>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="30"/>
        <source>General ledger %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="31"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="32"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="33"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="34"/>
        <source>Entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="35"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="36"/>
        <source>Memo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="37"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="38"/>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="39"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="40"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="62"/>
        <source>Opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="69"/>
        <source>Closing balance</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::Invoice</name>
    <message>
        <location filename="../core/domain/invoice.cpp" line="34"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="35"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="37"/>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="38"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="40"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="41"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="43"/>
        <source>Uncollectible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="62"/>
        <source>Unknown invoice status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceCsv</name>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="78"/>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="85"/>
        <source>%1:%2: unknown column “%3” (known: invoice, %4, %5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="91"/>
        <source>%1:%2: the column “%3” appears twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="98"/>
        <source>%1:%2: a “customer” column is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="105"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="126"/>
        <source>%1:%2: %3: “%4” differs from “%5” on line %6 of the same invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="144"/>
        <source>%1: no invoice lines after the header</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceDocument</name>
    <message>
        <location filename="../core/documents/invoicedocument.cpp" line="37"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicedocument.cpp" line="88"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="74"/>
        <source>&amp;Save Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="75"/>
        <source>&amp;Issue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="76"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="156"/>
        <source>Type to search customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="162"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="165"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="167"/>
        <source>Billing &amp;profile:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="168"/>
        <source>C&amp;urrency:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="171"/>
        <source>Issue &amp;date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="173"/>
        <source>Payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="174"/>
        <source>D&amp;ue date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="190"/>
        <source>Change billing profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="198"/>
        <source>Change issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="211"/>
        <source>Change payment terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="217"/>
        <source>Change due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="224"/>
        <source>Change currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="237"/>
        <source>&lt;b&gt;Lines&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="247"/>
        <source>&amp;Add Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="256"/>
        <source>&amp;Remove Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="260"/>
        <source>Clear Service &amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="265"/>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="271"/>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="272"/>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="278"/>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="297"/>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="317"/>
        <source>Line %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="329"/>
        <source>Shown on the invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="331"/>
        <source>&amp;Notes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="341"/>
        <source>Change notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="361"/>
        <source>Choose customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="449"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="451"/>
        <source>Tax %1% on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="453"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="461"/>
        <source>New Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="462"/>
        <source>Draft Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="463"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="483"/>
        <source>Invoice %1 is issued and cannot be changed. Correct it with a credit note, or duplicate it as a new draft.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="495"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="529"/>
        <source>&amp;Reload Their Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="530"/>
        <source>&amp;Keep My Edits on Screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="550"/>
        <source>Issue Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="551"/>
        <source>Issue this invoice? It gets its number and cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="571"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="572"/>
        <source>Discard the unsaved changes and start a copy?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="584"/>
        <source>Save the changes to this invoice?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceHtml</name>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="60"/>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="60"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="63"/>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="74"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="75"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="76"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="77"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="85"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="53"/>
        <source>Tax ID %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="87"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="87"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="87"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="87"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="87"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="97"/>
        <source>Service period %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="109"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="111"/>
        <source>Tax %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="114"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="116"/>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="117"/>
        <source>Credited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="119"/>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="125"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="127"/>
        <source>IBAN %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="128"/>
        <source>, BIC %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="130"/>
        <source>Account %1, routing %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="132"/>
        <source>Please quote %1 and pay %2 by %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceJson</name>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="91"/>
        <source>%1: “%2” is not a number (use digits and a dot)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="97"/>
        <source>%1: “%2” has more than %3 decimals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="110"/>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="115"/>
        <source>%1: expected one JSON object describing an invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="129"/>
        <source>no customer with the code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="138"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="152"/>
        <source>expected a list with at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="158"/>
        <source>expected an object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="165"/>
        <source>no product with the code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="166"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="168"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="170"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="172"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="174"/>
        <source>Discount %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="176"/>
        <source>Tax %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="178"/>
        <source>Service from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="180"/>
        <source>Service to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="182"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="184"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="186"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="269"/>
        <source>Change %1 on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="280"/>
        <source>Add line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="294"/>
        <source>Remove line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="305"/>
        <source>Clear service period on line %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceListReport</name>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="39"/>
        <source>Unknown status “%1” (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="46"/>
        <source>The date range ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="50"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="51"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="52"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="53"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="54"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="55"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="56"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="57"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="58"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="59"/>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="60"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="61"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicePdfBatch</name>
    <message>
        <location filename="../core/documents/invoicepdfbatch.cpp" line="27"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="197"/>
        <source>The invoice was changed or issued meanwhile; reopen it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="130"/>
        <source>Only a draft invoice can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="117"/>
        <source>This draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="208"/>
        <source>Invoice %1 cannot take payments or credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceService</name>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="49"/>
        <source>choose a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="51"/>
        <source>choose a valid ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="53"/>
        <source>enter the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="55"/>
        <source>enter the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="57"/>
        <source>the due date is before the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="59"/>
        <source>add at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="63"/>
        <source>enter a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="65"/>
        <source>the quantity must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="67"/>
        <source>the unit price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="69"/>
        <source>the discount must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="71"/>
        <source>the tax rate must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="75"/>
        <source>the service period must have a start on or before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="178"/>
        <source>Line %1: unknown product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="188"/>
        <source>create invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="192"/>
        <location filename="../core/billing/invoiceservice.cpp" line="211"/>
        <location filename="../core/billing/invoiceservice.cpp" line="257"/>
        <source>The invoice is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="196"/>
        <source>customer: no such customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="207"/>
        <source>edit invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="217"/>
        <source>Invoice %1 is issued and cannot be changed; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="228"/>
        <source>delete invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="233"/>
        <source>Invoice %1 is issued and cannot be deleted; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="243"/>
        <source>issue invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="249"/>
        <source>Invoice %1 is already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="259"/>
        <source>An invoice total cannot be negative; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="283"/>
        <source>record reminders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="288"/>
        <source>A draft invoice has not been sent, so it cannot be reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="301"/>
        <source>No invoice with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="323"/>
        <source>No invoice numbered “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceSummaryReport</name>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="27"/>
        <source>Invoice summary %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="29"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="30"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="31"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="32"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="33"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="34"/>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="35"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="36"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceTableModel</name>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="82"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="144"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="146"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="148"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="150"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="152"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="154"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="156"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="158"/>
        <source>Last reminded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceViewDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="47"/>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="48"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="53"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="55"/>
        <source>Print Pre&amp;view…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="56"/>
        <source>Save &amp;PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="105"/>
        <source>draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="108"/>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="114"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="108"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="49"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="58"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="59"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="60"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="61"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="62"/>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="63"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="64"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="65"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="66"/>
        <source>Needs review (card failed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="70"/>
        <source>Customer code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="72"/>
        <source>Search number or customer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="76"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="151"/>
        <source>Aging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="195"/>
        <location filename="../ui/pages/invoicespage.cpp" line="419"/>
        <location filename="../ui/pages/invoicespage.cpp" line="424"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="227"/>
        <source>&amp;New Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="229"/>
        <source>&amp;Edit Draft…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="231"/>
        <source>&amp;Issue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="232"/>
        <source>Ctrl+Shift+I</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="233"/>
        <source>D&amp;uplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="234"/>
        <source>Ctrl+D</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="235"/>
        <source>&amp;Delete Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="237"/>
        <source>Record &amp;Payment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="238"/>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="239"/>
        <source>Issue &amp;Credit Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="240"/>
        <source>Ctrl+Shift+C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="241"/>
        <source>&amp;Void…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="243"/>
        <source>&amp;Apply Customer Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="245"/>
        <source>Mark &amp;Reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="246"/>
        <source>Ctrl+Shift+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="247"/>
        <source>Export P&amp;DFs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="353"/>
        <source>New Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="372"/>
        <source>Duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="380"/>
        <location filename="../ui/pages/invoicespage.cpp" line="386"/>
        <source>Delete Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="380"/>
        <source>Delete this draft invoice?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="396"/>
        <location filename="../ui/pages/invoicespage.cpp" line="405"/>
        <source>Issue Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="397"/>
        <source>Issue this draft? It gets its number and cannot be changed afterwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="403"/>
        <source>Issued %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="419"/>
        <source>A draft has to be issued first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="461"/>
        <source>Customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="462"/>
        <source>%1 of credit applied to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="478"/>
        <source>Export PDFs to</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/invoicespage.cpp" line="486"/>
        <source>Writing %Ln PDF(s)…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="487"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/invoicespage.cpp" line="514"/>
        <source>Wrote %Ln PDF(s) to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="520"/>
        <source>Export PDFs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="531"/>
        <location filename="../ui/pages/invoicespage.cpp" line="550"/>
        <source>Export invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="532"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="536"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/invoicespage.cpp" line="562"/>
        <source>%Ln invoice(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::Ledger</name>
    <message>
        <location filename="../core/ledger/chartofaccounts.cpp" line="40"/>
        <source>The chart of accounts has no “%1” account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="20"/>
        <source>Refusing an unbalanced journal entry (%1: debit %2, credit %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>Accrue — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Book: %1 · %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="117"/>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>Re&amp;venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="122"/>
        <source>&amp;Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="159"/>
        <source>Updated with changes made by others</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <source>Connect to Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="179"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="181"/>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="182"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Connect to Server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="186"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="190"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="196"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="199"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="204"/>
        <source>&amp;Company Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="206"/>
        <source>&amp;Users…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="209"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="210"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="213"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="214"/>
        <source>&amp;About Accrue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="215"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="254"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="255"/>
        <source>Accrue books (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="262"/>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="263"/>
        <source>Accrue books (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>About Accrue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="315"/>
        <source>&lt;h3&gt;Accrue %1&lt;/h3&gt;&lt;p&gt;Billing, receivables and revenue.&lt;/p&gt;&lt;p&gt;Book: %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ManualMatchDialog</name>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="32"/>
        <source>Match Bank Line by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="40"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="40"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="40"/>
        <source>Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="45"/>
        <source>Bank line:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="46"/>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="51"/>
        <source>&amp;Customer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="135"/>
        <source>%1 more than the bank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="136"/>
        <source>Left as customer credit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="143"/>
        <source>Choose the customer who paid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="152"/>
        <source>%1: “%2” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::Money</name>
    <message>
        <location filename="../core/money/currency.cpp" line="110"/>
        <source>Unknown currency code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="22"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="52"/>
        <source>no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="131"/>
        <source>“%1” is not a valid amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="138"/>
        <source>“%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/money/money.cpp" line="143"/>
        <source>“%1” has too many decimal places: %2 amounts have at most %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="153"/>
        <source>“%1” has misplaced digit group separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="391"/>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="459"/>
        <source>Cannot split an amount by negative weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="464"/>
        <source>Cannot split an amount: at least one weight must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="554"/>
        <source>Please enter an amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="569"/>
        <source>Please enter a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/money/money.cpp" line="582"/>
        <source>“%1” has more than %n decimal(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::MonthlyRevenueReport</name>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="32"/>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="34"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="35"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="36"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="37"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="38"/>
        <source>Monthly revenue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="38"/>
        <source>Monthly revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="51"/>
        <source>Month total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="54"/>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="56"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentAttemptService</name>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="33"/>
        <source>import card payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="36"/>
        <source>%1: the file is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="42"/>
        <source>%1:1: a “%2” column is required (invoice, date, status, reason, id)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="70"/>
        <source>“%1” is not failed, declined, expired or succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="73"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="76"/>
        <source>no invoice “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="79"/>
        <source>the gateway&apos;s id of the attempt is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="29"/>
        <source>Record Payment for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="38"/>
        <source>Balance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="39"/>
        <source>&amp;Amount (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="40"/>
        <source>&amp;Date received:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="41"/>
        <source>&amp;Method:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="42"/>
        <source>&amp;Reference:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMatcher</name>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="151"/>
        <source>invoice numbers %1 in remittance text belong to different customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="158"/>
        <source>invoice number %1 in remittance text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="159"/>
        <source>invoice numbers %1 in remittance text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="165"/>
        <source>amount equals balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="166"/>
        <source>amount equals their balances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="170"/>
        <source>part payment of %1 (open %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="175"/>
        <source>over-payment: %1 more than open, kept as customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="196"/>
        <source>customer code %1 in text; amount equals the balance of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="203"/>
        <source>customer code %1 in text; amount equals its %2 open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="208"/>
        <source>customer code %1 in text; allocated to the oldest open invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="234"/>
        <source>payer name matches %1; amount equals the balance of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="238"/>
        <source>amount equals the open balance of %1 (the only invoice with it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="244"/>
        <source>ambiguous: %1 open invoices have this amount (%2); choose one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="276"/>
        <source>payer name like customer %1 (%2); allocated to the oldest open invoices</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethod</name>
    <message>
        <location filename="../ui/models/methodnames.cpp" line="14"/>
        <source>Bank transfer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/methodnames.cpp" line="15"/>
        <source>Cheque</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/methodnames.cpp" line="16"/>
        <source>Cash</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/methodnames.cpp" line="17"/>
        <source>Card</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/methodnames.cpp" line="18"/>
        <source>Direct debit</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentReconciliationReport</name>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="33"/>
        <source>There is no bank account “%1” (import a statement into it first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="36"/>
        <source>Payment reconciliation %1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="38"/>
        <source>Section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="39"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="40"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="41"/>
        <source>Counterparty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="42"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="43"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="44"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="48"/>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="53"/>
        <source>Statement opening balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="54"/>
        <source>Statement lines in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="55"/>
        <source>Statement closing balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="56"/>
        <source>Booked to the Bank account in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="57"/>
        <source>Difference (statement less booked)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="67"/>
        <source>Statement line not booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="68"/>
        <source>line #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="72"/>
        <source>Booked, not on the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="73"/>
        <source>payment #%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentService</name>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="59"/>
        <source>record payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="61"/>
        <source>amount: a payment must be a positive amount in a known currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="63"/>
        <source>date: enter the date the payment was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="65"/>
        <source>method: unknown payment method “%1” (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="70"/>
        <source>customer: no such customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="87"/>
        <source>An invoice appears twice in the allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="91"/>
        <source>An allocation names an invoice of another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="93"/>
        <location filename="../core/billing/paymentservice.cpp" line="157"/>
        <source>Invoice %1 is in %2, the payment in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="97"/>
        <source>Invoice %1 has %2 open; it cannot take %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="107"/>
        <source>The allocations add up to more than the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="151"/>
        <source>No invoice with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="153"/>
        <source>Invoice %1 is %2 and takes no payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="154"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="174"/>
        <source>apply customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="178"/>
        <source>amount: the credit to apply cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="184"/>
        <source>Credit can only be applied to an open invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="186"/>
        <source>date: credit cannot be applied before the invoice was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="206"/>
        <source>The customer holds no credit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="231"/>
        <source>reverse payments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="237"/>
        <source>There is no payment #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="240"/>
        <source>Payment #%1 was reversed already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="242"/>
        <source>date: a payment is reversed on or after the day it was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/paymentrepository.cpp" line="116"/>
        <source>The customer&apos;s credit changed meanwhile; try again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentTableModel</name>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="94"/>
        <source>(not applied)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="118"/>
        <source>Not applied to an invoice: held as customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="143"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="145"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="147"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="149"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="151"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="153"/>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="155"/>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentsReceivedReport</name>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="27"/>
        <source>Payments received %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="29"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="30"/>
        <source>Payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="31"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="32"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="33"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="34"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="35"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="36"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="37"/>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="38"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::PostgresCopy</name>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="76"/>
        <source>The server refused to load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="109"/>
        <location filename="../core/storage/postgrescopy.cpp" line="120"/>
        <source>Loading %1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="128"/>
        <source>The server refused a row of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ProductDelegate</name>
    <message>
        <location filename="../ui/editor/productdelegate.cpp" line="13"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::Reader</name>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="51"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="55"/>
        <source>expected text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="65"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReconciliationService</name>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="39"/>
        <source>There is no bank line #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="46"/>
        <location filename="../core/billing/reconciliationservice.cpp" line="89"/>
        <location filename="../core/billing/reconciliationservice.cpp" line="127"/>
        <location filename="../core/billing/reconciliationservice.cpp" line="145"/>
        <location filename="../core/billing/reconciliationservice.cpp" line="174"/>
        <location filename="../core/billing/reconciliationservice.cpp" line="193"/>
        <source>reconcile bank lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="95"/>
        <source>Bank line #%1 is matched already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="99"/>
        <source>Bank line #%1 has no proposal to accept; match it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="109"/>
        <source>A bank line pays one customer; the proposal names two</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="132"/>
        <source>Bank line #%1 has no proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="150"/>
        <source>Bank line #%1 is matched already; unmatch it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="152"/>
        <source>Bank line #%1 is money out, not a customer&apos;s payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="162"/>
        <source>The splits add up to more than the bank line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="166"/>
        <source>matched by hand by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="180"/>
        <source>Bank line #%1 is matched; unmatch it before ignoring it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="199"/>
        <source>bank line #%1 unmatched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="201"/>
        <source>Bank line #%1 is neither matched nor ignored</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReportChartView</name>
    <message>
        <location filename="../ui/widgets/reportchartview.cpp" line="97"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReportEngine</name>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="193"/>
        <source>There is no report “%1”. Reports: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="212"/>
        <source>The period starts (%1) after it ends (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="216"/>
        <source>Split by module, customer or plan, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="236"/>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="238"/>
        <source>as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="240"/>
        <source>customer %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="241"/>
        <source>module %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="242"/>
        <source>plan %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="243"/>
        <source>currency %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="244"/>
        <source>status %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="245"/>
        <source>split by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="246"/>
        <source>account %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReportFile</name>
    <message>
        <location filename="../core/exchange/reportfile.cpp" line="19"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReportHtml</name>
    <message>
        <location filename="../core/exchange/reporthtml.cpp" line="33"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/reporthtml.cpp" line="57"/>
        <source>First %1 of %2 rows; export CSV for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReportsPage</name>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="71"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="143"/>
        <location filename="../ui/pages/reportspage.cpp" line="523"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="156"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="260"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="261"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="262"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="263"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="264"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="265"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="239"/>
        <source>Customer code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="221"/>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="221"/>
        <source>Last month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="221"/>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="221"/>
        <source>Last quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="222"/>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="222"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="222"/>
        <source>Custom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="228"/>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="232"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="247"/>
        <source>All modules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="251"/>
        <source>All plans</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="255"/>
        <source>Main currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="270"/>
        <source>No split</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="271"/>
        <source>By module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="272"/>
        <source>By customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="273"/>
        <source>By plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="276"/>
        <source>Account code (all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="288"/>
        <source>Preset:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="291"/>
        <source>Save Pre&amp;set…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="292"/>
        <source>Delete Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="296"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="605"/>
        <source>(choose a preset)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="207"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="230"/>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="297"/>
        <source>Save P&amp;DF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="298"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="305"/>
        <location filename="../ui/pages/reportspage.cpp" line="313"/>
        <source>Save PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="306"/>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="311"/>
        <source>Saved %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="321"/>
        <source>Save Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="321"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="513"/>
        <source>CSV, RFC 4180 (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="514"/>
        <source>CSV for Excel in this locale (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="522"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="462"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="478"/>
        <source>Showing %1 of %2 rows; Export CSV writes all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reportspage.cpp" line="481"/>
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="517"/>
        <location filename="../ui/pages/reportspage.cpp" line="543"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueDrillDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/revenuedrilldialog.cpp" line="53"/>
        <source>&lt;b&gt;Invoices issued&lt;/b&gt; (%Ln)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dialogs/revenuedrilldialog.cpp" line="56"/>
        <source>&lt;b&gt;Credit notes&lt;/b&gt; (%Ln), which reduce revenue</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::RevenuePage</name>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="38"/>
        <source>By module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="39"/>
        <source>By customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="40"/>
        <source>By plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="41"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="42"/>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="43"/>
        <source>Last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="45"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="63"/>
        <source>Double-click a figure to see the invoices behind it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="83"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="95"/>
        <source>Updated in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="127"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="135"/>
        <source>Revenue by month (%1, net of tax and credit notes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="166"/>
        <source>%1, %2 to %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueShareReport</name>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="47"/>
        <source>customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="48"/>
        <source>plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="49"/>
        <source>module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="50"/>
        <source>Revenue by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="51"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="52"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="53"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="54"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="55"/>
        <source>Share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="60"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueTableModel</name>
    <message>
        <location filename="../ui/models/revenuetablemodel.cpp" line="51"/>
        <location filename="../ui/models/revenuetablemodel.cpp" line="92"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/revenuetablemodel.cpp" line="90"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::RowVersion</name>
    <message>
        <location filename="../core/storage/rowversion.cpp" line="24"/>
        <source>%1 was deleted by someone else meanwhile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/rowversion.cpp" line="29"/>
        <source>another user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/rowversion.cpp" line="34"/>
        <source>an unknown time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/rowversion.cpp" line="35"/>
        <source>%1 was changed by %2 at %3 — reload it and make your change again</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::SecretStore</name>
    <message>
        <location filename="../core/security/secretstore.cpp" line="74"/>
        <source>no password stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/secretstore.cpp" line="77"/>
        <location filename="../core/security/secretstore.cpp" line="80"/>
        <source>no keychain available: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/secretstore.cpp" line="87"/>
        <source>keychain error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/secretstore.cpp" line="99"/>
        <source>the keychain needs a running QCoreApplication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/secretstore.cpp" line="120"/>
        <source>the keychain did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/secretstore.cpp" line="145"/>
        <location filename="../core/security/secretstore.cpp" line="154"/>
        <location filename="../core/security/secretstore.cpp" line="164"/>
        <source>no keychain available: no D-Bus session bus</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::Session</name>
    <message>
        <location filename="../core/billing/session.cpp" line="28"/>
        <source>Admin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/session.cpp" line="30"/>
        <source>Finance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/session.cpp" line="34"/>
        <source>Viewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/session.cpp" line="42"/>
        <source>%1 works as %2 in this book and may not %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="39"/>
        <source>Company Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="45"/>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="46"/>
        <source>From the locale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="47"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="48"/>
        <source>Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="50"/>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="51"/>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="58"/>
        <source>&amp;Legal name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="59"/>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="60"/>
        <source>&amp;Tax ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="61"/>
        <source>&amp;IBAN:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="62"/>
        <source>&amp;BIC:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="63"/>
        <source>Account number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="64"/>
        <source>Routing number:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="65"/>
        <source>Logo:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="66"/>
        <source>Invoice &amp;footer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="67"/>
        <source>Default payment &amp;terms:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="68"/>
        <source>Invoice number prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="69"/>
        <source>Credit note number prefix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="70"/>
        <source>&amp;Paper:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="134"/>
        <source>Logo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="135"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150"/>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="150"/>
        <source>(not an image)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::SettingsService</name>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="56"/>
        <source>legal name: enter the company&apos;s legal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="58"/>
        <source>invoice prefix: 1 to 8 capital letters or digits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="60"/>
        <source>credit note prefix: 1 to 8 capital letters or digits, not the invoice prefix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="63"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="65"/>
        <source>IBAN: the check digits do not match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="67"/>
        <source>paper: A4 or Letter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="69"/>
        <source>logo: at most 2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="85"/>
        <source>change the company settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="88"/>
        <source>The company settings are not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="95"/>
        <source>The company settings</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="73"/>
        <source>Accrue: billing, receivables and revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="76"/>
        <source>Book to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="79"/>
        <source>Fill an empty book with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="80"/>
        <source>Tab to show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="83"/>
        <source>Save a PNG of the window once loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="86"/>
        <source>Book to open (same as --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="118"/>
        <source>There is no tab “%1” (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::StatementReader</name>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="87"/>
        <source>“%1” is not an amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="109"/>
        <source>%1: unknown statement format “%2” (use csv, ofx or camt053)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="150"/>
        <source>%1: the CSV mapping “%2” is incomplete: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/exchange/statementreader.cpp" line="178"/>
        <source>missing (the row has %n field(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="190"/>
        <source>“%1” is not a date in the format %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="196"/>
        <location filename="../core/exchange/statementreader.cpp" line="348"/>
        <source>“%1” is not an ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="209"/>
        <source>exactly one of debit and credit must hold the amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="258"/>
        <source>“%1” is not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="262"/>
        <source>no ISO 4217 currency for the statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="265"/>
        <source>missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="283"/>
        <source>not closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="285"/>
        <source>%1: this is not an OFX file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="345"/>
        <source>missing or not a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="351"/>
        <source>expected CRDT or DBIT, not “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="362"/>
        <source>%1:%2: not well-formed XML: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="367"/>
        <source>%1: no camt.053 statement (Stmt) in the file</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::TextDecoding</name>
    <message>
        <location filename="../core/exchange/textdecoding.cpp" line="36"/>
        <source>%1: unknown encoding “%2” (use auto, utf-8, latin1 or windows-1252)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::TransactionsPage</name>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="24"/>
        <source>Only with unapplied money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="29"/>
        <source>Search customer or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="54"/>
        <source>&amp;Payments Received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="55"/>
        <source>&amp;Bank Statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/transactionspage.cpp" line="70"/>
        <location filename="../ui/pages/transactionspage.cpp" line="73"/>
        <source>%Ln payment(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::TrialBalanceReport</name>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="26"/>
        <source>Trial balance as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="27"/>
        <source>Account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="28"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="29"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="30"/>
        <source>Debit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="31"/>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="38"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::UnbilledRevenueReport</name>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="47"/>
        <source>Unbilled revenue as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="48"/>
        <source>Subscription</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="49"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="50"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="51"/>
        <source>Plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="52"/>
        <source>Billed through</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="53"/>
        <source>Unbilled from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="54"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="55"/>
        <source>Unbilled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="56"/>
        <source>TOTAL</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::UserRepository</name>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="92"/>
        <source>“%1” is not a valid user name (letters, digits, _ . @ -)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::UserService</name>
    <message>
        <location filename="../core/billing/userservice.cpp" line="28"/>
        <source>%1 is the book&apos;s last Admin; make someone else Admin first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/userservice.cpp" line="43"/>
        <location filename="../core/billing/userservice.cpp" line="69"/>
        <source>manage users</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::UsersDialog</name>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="30"/>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="32"/>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="32"/>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="40"/>
        <source>new logins only; leave empty to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="45"/>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="45"/>
        <source>&amp;OS user:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="46"/>
        <source>&amp;Role:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="48"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="51"/>
        <source>&amp;Add or Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="52"/>
        <source>Re&amp;move Selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="65"/>
        <source>Logins on the server with a role in this book. The server enforces the role for every client.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="67"/>
        <source>OS users and their roles. A book with no users listed belongs to whoever opens it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="117"/>
        <source>Take %1&apos;s role in this book away?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="251"/>
        <source>--paper: “%1” is not a4 or letter</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
