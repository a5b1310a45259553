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
        <location filename="../app/cli/invoicecommands.cpp" line="49"/>
        <source>--status: unknown status “%1” (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="57"/>
        <source>--to (%1) is before --from (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="70"/>
        <source>invoice show needs exactly one invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="78"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="79"/>
        <source>Status:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="80"/>
        <source>Customer:  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="83"/>
        <source>Issued:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="84"/>
        <source>Due:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="85"/>
        <source>Currency:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="93"/>
        <source>, service %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="99"/>
        <source>Subtotal:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="100"/>
        <source>Tax:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="101"/>
        <source>Total:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="102"/>
        <source>Paid:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="103"/>
        <source>Credited:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="104"/>
        <source>Balance:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="107"/>
        <source>  %1 payment #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="108"/>
        <source>  %1 credit note #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="101"/>
        <source>amount: a credit note on %1 must be between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="108"/>
        <source>lines: choose the lines to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="112"/>
        <source>lines: line %1 is named twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="119"/>
        <source>lines: invoice %1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="125"/>
        <source>lines: line %1 has %2 left to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="35"/>
        <source>Accrue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::AgingReport</name>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="22"/>
        <source>Current</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="23"/>
        <source>1-30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="24"/>
        <source>31-60</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="25"/>
        <source>61-90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="26"/>
        <source>90+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="46"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="47"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="48"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="51"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="52"/>
        <source>AR aging as of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="60"/>
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
    <name>Accrue::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="83"/>
        <source>Accrue billing and receivables, from the command line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="98"/>
        <source>init | demo | invoice list | invoice show NUMBER | report ar-aging | report trial-balance | audit verify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="126"/>
        <source>No command given (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="157"/>
        <source>“%1” needs a subcommand (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="158"/>
        <source>Unknown command “%1 %2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="159"/>
        <source>Unknown command “%1” (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="166"/>
        <source>Option --%1 does not apply to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="186"/>
        <source>Unknown command (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="204"/>
        <source>--%1: “%2” is not a valid date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="216"/>
        <source>--%1: “%2” is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="255"/>
        <source>--format: “%1” is not table or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="270"/>
        <source>Cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="278"/>
        <location filename="../app/cli/cliapp.cpp" line="288"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteService</name>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="147"/>
        <source>reason: say why the invoice is credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="155"/>
        <source>Only an issued invoice can be credited; a draft can simply be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="157"/>
        <source>Invoice %1 is already fully credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="159"/>
        <source>date: the credit note cannot be dated before invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="176"/>
        <source>Nothing is left to credit on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CsvWriter</name>
    <message>
        <location filename="../core/exchange/csvwriter.cpp" line="77"/>
        <location filename="../core/exchange/texttablewriter.cpp" line="82"/>
        <source>Cannot write the file: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerService</name>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="55"/>
        <source>code: enter a customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="57"/>
        <source>name: enter the customer&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="59"/>
        <source>currency: unknown currency code “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="61"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="65"/>
        <source>code: a customer with the code “%1” exists already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="34"/>
        <location filename="../ui/pages/dashboardpage.cpp" line="207"/>
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
        <location filename="../ui/pages/dashboardpage.cpp" line="177"/>
        <source>owed by customers today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="178"/>
        <source>past due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="179"/>
        <source>%1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="181"/>
        <source>last 90 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="182"/>
        <source>issued, not fully paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="188"/>
        <source>Open balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="201"/>
        <source>AR aging (%1), click a bar for its invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="218"/>
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
        <location filename="../core/storage/database.cpp" line="69"/>
        <source>Not a valid PostgreSQL address: %1 (expected postgresql://user@host:port/database)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="89"/>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="95"/>
        <source>Database file not found: %1 (create it with accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="98"/>
        <source>Not a database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="101"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="115"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="140"/>
        <source>%1 is not an Accrue database (or it is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="169"/>
        <source>The database rejected a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="186"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="210"/>
        <source>The change was rolled back because part of it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="249"/>
        <source>%1 was written by a newer Accrue (schema %2; this version knows up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="254"/>
        <source>%1 is not an initialised Accrue database (run accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="257"/>
        <source>%1 needs an upgrade from schema %2 to %3 (run accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="452"/>
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
    <name>Accrue::DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="105"/>
        <source>The demo needs at least one customer and a non-negative invoice count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="111"/>
        <source>Demo data only goes into an empty book; %1 already holds customers or invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="301"/>
        <source>Demo generation was cancelled; nothing was kept</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::Invoice</name>
    <message>
        <location filename="../core/domain/invoice.cpp" line="33"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="34"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="36"/>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="37"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="39"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="40"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="42"/>
        <source>Uncollectible</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/domain/invoice.cpp" line="61"/>
        <source>Unknown invoice status “%1”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceHtml</name>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="46"/>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="46"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="49"/>
        <source>Bill to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="60"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="61"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="62"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="63"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="67"/>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="67"/>
        <source>Service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="70"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="70"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="70"/>
        <source>Discount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="70"/>
        <source>Tax</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="70"/>
        <source>Net</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="93"/>
        <source>Subtotal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="95"/>
        <source>Tax %1 on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="98"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="100"/>
        <source>Paid %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="101"/>
        <source>Credited %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/documents/invoicehtml.cpp" line="103"/>
        <source>Balance due</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceListReport</name>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="38"/>
        <source>Unknown status “%1” (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="45"/>
        <source>The date range ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="49"/>
        <source>Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="50"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="51"/>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="52"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="53"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="54"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="55"/>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="56"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="57"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="58"/>
        <source>Credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="59"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="60"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="114"/>
        <location filename="../core/storage/invoicerepository.cpp" line="194"/>
        <source>The invoice was changed or issued meanwhile; reopen it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="127"/>
        <source>Only a draft invoice can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="205"/>
        <source>Invoice %1 cannot take payments or credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceService</name>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="47"/>
        <source>choose a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="49"/>
        <source>choose a valid ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="51"/>
        <source>enter the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="53"/>
        <source>enter the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="55"/>
        <source>the due date is before the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="57"/>
        <source>add at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="62"/>
        <source>enter a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="64"/>
        <source>the quantity must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="66"/>
        <source>the unit price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="68"/>
        <source>the discount must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="70"/>
        <source>the tax rate must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="73"/>
        <source>the service period must have a start on or before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="123"/>
        <source>Line %1: unknown product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="136"/>
        <location filename="../core/billing/invoiceservice.cpp" line="154"/>
        <location filename="../core/billing/invoiceservice.cpp" line="197"/>
        <source>The invoice is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="140"/>
        <source>customer: no such customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="159"/>
        <source>Invoice %1 is issued and cannot be changed; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="174"/>
        <source>Invoice %1 is issued and cannot be deleted; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="189"/>
        <source>Invoice %1 is already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="199"/>
        <source>An invoice total cannot be negative; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="225"/>
        <source>A draft invoice has not been sent, so it cannot be reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="238"/>
        <source>No invoice with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="259"/>
        <source>No invoice numbered “%1”</source>
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
        <location filename="../ui/models/invoicetablemodel.cpp" line="139"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="141"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="143"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="145"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="147"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="149"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="151"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceViewDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="15"/>
        <source>Draft invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="16"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="40"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="48"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="49"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="50"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="51"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="52"/>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="53"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="54"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="55"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="59"/>
        <source>Customer code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="61"/>
        <source>Search number or customer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="65"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="137"/>
        <source>Aging: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="178"/>
        <source>Invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="189"/>
        <location filename="../ui/pages/invoicespage.cpp" line="217"/>
        <source>Export invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="190"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="194"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="203"/>
        <location filename="../ui/pages/invoicespage.cpp" line="210"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/invoicespage.cpp" line="229"/>
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
        <location filename="../core/ledger/chartofaccounts.cpp" line="41"/>
        <source>The chart of accounts has no “%1” account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="19"/>
        <source>Refusing an unbalanced journal entry (%1: debit %2, credit %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="68"/>
        <source>Accrue — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="69"/>
        <source>Book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="81"/>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
        <source>Re&amp;venue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="88"/>
        <source>&amp;Transactions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="97"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="98"/>
        <source>&amp;New Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="100"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="102"/>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>&amp;Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Ctrl+E</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="115"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="123"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="124"/>
        <source>&amp;About Accrue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="125"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>New Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="165"/>
        <source>Accrue books (*.sqlite)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="172"/>
        <location filename="../ui/mainwindow.cpp" line="189"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>Accrue books (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="218"/>
        <source>About Accrue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="219"/>
        <source>&lt;h3&gt;Accrue %1&lt;/h3&gt;&lt;p&gt;Billing, receivables and revenue.&lt;/p&gt;&lt;p&gt;Book: %2&lt;/p&gt;</source>
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
        <location filename="../core/money/money.cpp" line="23"/>
        <source>The amount is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="53"/>
        <source>no currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="132"/>
        <source>“%1” is not a valid amount.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="139"/>
        <source>“%1” is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/money/money.cpp" line="144"/>
        <source>“%1” has too many decimal places: %2 amounts have at most %n.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="154"/>
        <source>“%1” has misplaced digit group separators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="384"/>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="452"/>
        <source>Cannot split an amount by negative weights.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="457"/>
        <source>Cannot split an amount: at least one weight must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="547"/>
        <source>Please enter an amount.</source>
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
    <name>Accrue::PaymentService</name>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="60"/>
        <source>amount: a payment must be a positive amount in a known currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="62"/>
        <source>date: enter the date the payment was received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="64"/>
        <source>method: unknown payment method “%1” (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="69"/>
        <source>customer: no such customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="86"/>
        <source>An invoice appears twice in the allocations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="90"/>
        <source>An allocation names an invoice of another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="92"/>
        <location filename="../core/billing/paymentservice.cpp" line="156"/>
        <source>Invoice %1 is in %2, the payment in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="96"/>
        <source>Invoice %1 has %2 open; it cannot take %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="106"/>
        <source>The allocations add up to more than the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="150"/>
        <source>No invoice with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="152"/>
        <source>Invoice %1 is %2 and takes no payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="153"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="176"/>
        <source>amount: the credit to apply cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="182"/>
        <source>Credit can only be applied to an open invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="184"/>
        <source>date: credit cannot be applied before the invoice was issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="204"/>
        <source>The customer holds no credit in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/paymentrepository.cpp" line="57"/>
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
        <location filename="../ui/models/paymenttablemodel.cpp" line="119"/>
        <source>Not applied to an invoice: held as customer credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="144"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="146"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="148"/>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="150"/>
        <source>Method</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="152"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="154"/>
        <source>Applied to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="156"/>
        <source>Unapplied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReportHtml</name>
    <message>
        <location filename="../core/exchange/reporthtml.cpp" line="49"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/exchange/reporthtml.cpp" line="72"/>
        <source>First %1 of %2 rows; export CSV for all of them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReportsPage</name>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="63"/>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="99"/>
        <location filename="../ui/pages/reportspage.cpp" line="282"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="108"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="110"/>
        <source>AR aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="111"/>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="112"/>
        <source>Invoice list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="115"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="116"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="117"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="118"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="119"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="120"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="124"/>
        <source>Customer code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="125"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="126"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="127"/>
        <source>&amp;Print / PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="130"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="132"/>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="281"/>
        <source>Exporting %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="75"/>
        <location filename="../ui/pages/reportspage.cpp" line="83"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="218"/>
        <source>As of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="221"/>
        <source>; status: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="223"/>
        <source>; customer: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="236"/>
        <source>Running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="252"/>
        <source>Showing %1 of %2 rows; Export CSV writes all</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/reportspage.cpp" line="255"/>
        <source>%Ln row(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="277"/>
        <location filename="../ui/pages/reportspage.cpp" line="297"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="277"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::RevenuePage</name>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="37"/>
        <source>By module</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="38"/>
        <source>By customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="39"/>
        <source>By plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="40"/>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="41"/>
        <source>Last 6 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="42"/>
        <source>Last 24 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="44"/>
        <source>Revenue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="80"/>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="90"/>
        <source>Updated in %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="122"/>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="130"/>
        <source>Revenue by month (%1, net of tax and credit notes)</source>
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
    <name>Accrue::Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="72"/>
        <source>Accrue: billing, receivables and revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="75"/>
        <source>Book to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="78"/>
        <source>Fill an empty book with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="79"/>
        <source>Tab to show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="82"/>
        <source>Save a PNG of the window once loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="85"/>
        <source>Book to open (same as --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="110"/>
        <source>There is no tab “%1” (use one of %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::TransactionsPage</name>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="20"/>
        <source>Only with unapplied money</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="25"/>
        <source>Search customer or reference (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/transactionspage.cpp" line="55"/>
        <location filename="../ui/pages/transactionspage.cpp" line="58"/>
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
</TS>
