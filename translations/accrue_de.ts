<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>Accrue</name>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="23"/>
        <source>%1 is ready (schema version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="44"/>
        <source>%1: %2 customers, %3 invoices, %4 payments, %5 credit notes, %6 journal entries in %7 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="63"/>
        <source>audit trail BROKEN at record %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="67"/>
        <source>audit trail intact: %1 records verified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="56"/>
        <source>invoice show needs exactly one invoice number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="64"/>
        <source>Invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="65"/>
        <source>Status:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="66"/>
        <source>Customer:  %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="69"/>
        <source>Issued:    %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="70"/>
        <source>Due:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="71"/>
        <source>Currency:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="79"/>
        <source>, service %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="85"/>
        <source>Subtotal:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="86"/>
        <source>Tax:       %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="87"/>
        <source>Total:     %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="88"/>
        <source>Paid:      %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="89"/>
        <source>Credited:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="90"/>
        <source>Balance:   %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="93"/>
        <source>  %1 payment #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="94"/>
        <source>  %1 credit note #%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="102"/>
        <source>amount: a credit note on %1 must be between 0 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="114"/>
        <source>lines: invoice %1 has no line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="120"/>
        <source>lines: line %1 has %2 left to credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="31"/>
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
        <location filename="../core/security/auditlog.cpp" line="80"/>
        <source>record %1 is missing (next found is %2): a row was deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="84"/>
        <source>record %1 does not link to record %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="86"/>
        <source>record %1 (%2 %3 %4) was altered after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="98"/>
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
        <location filename="../app/cli/cliapp.cpp" line="153"/>
        <source>“%1” needs a subcommand (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="154"/>
        <source>Unknown command “%1 %2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="155"/>
        <source>Unknown command “%1” (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="162"/>
        <source>Option --%1 does not apply to “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="182"/>
        <source>Unknown command (try --help)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="200"/>
        <source>--%1: “%2” is not a valid date (use YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="212"/>
        <source>--%1: “%2” is not a whole number from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="250"/>
        <source>--format: “%1” is not table or csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="271"/>
        <location filename="../app/cli/cliapp.cpp" line="281"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteService</name>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="142"/>
        <source>reason: say why the invoice is credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="149"/>
        <source>Only an issued invoice can be credited; a draft can simply be changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="151"/>
        <source>Invoice %1 is already fully credited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="153"/>
        <source>date: the credit note cannot be dated before invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="170"/>
        <source>Nothing is left to credit on invoice %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::CsvWriter</name>
    <message>
        <location filename="../core/exchange/csvwriter.cpp" line="77"/>
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
        <location filename="../core/storage/database.cpp" line="83"/>
        <source>Cannot connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="90"/>
        <source>Database file not found: %1 (create it with accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="93"/>
        <source>Not a database file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="96"/>
        <source>Cannot create the folder %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="104"/>
        <source>Cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="115"/>
        <source>%1 is not an Accrue database (or it is damaged)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="142"/>
        <source>The database rejected a statement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="159"/>
        <source>Database error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="183"/>
        <source>The change was rolled back because part of it failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="222"/>
        <source>%1 was written by a newer Accrue (schema %2; this version knows up to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="227"/>
        <source>%1 is not an initialised Accrue database (run accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="230"/>
        <source>%1 needs an upgrade from schema %2 to %3 (run accrue-cli init)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/migrations.cpp" line="373"/>
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
        <location filename="../core/storage/invoicerepository.cpp" line="186"/>
        <source>The invoice was changed or issued meanwhile; reopen it and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="127"/>
        <source>Only a draft invoice can be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="197"/>
        <source>Invoice %1 cannot take payments or credits</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceService</name>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="46"/>
        <source>choose a customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="48"/>
        <source>choose a valid ISO 4217 currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="50"/>
        <source>enter the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="52"/>
        <source>enter the due date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="54"/>
        <source>the due date is before the issue date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="56"/>
        <source>add at least one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="61"/>
        <source>enter a description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="63"/>
        <source>the quantity must be greater than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="65"/>
        <source>the unit price cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="67"/>
        <source>the discount must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="69"/>
        <source>the tax rate must be between 0% and 100%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="72"/>
        <source>the service period must have a start on or before its end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="122"/>
        <source>Line %1: unknown product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="135"/>
        <location filename="../core/billing/invoiceservice.cpp" line="153"/>
        <location filename="../core/billing/invoiceservice.cpp" line="195"/>
        <source>The invoice is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="139"/>
        <source>customer: no such customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="158"/>
        <source>Invoice %1 is issued and cannot be changed; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="173"/>
        <source>Invoice %1 is issued and cannot be deleted; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="187"/>
        <source>Invoice %1 is already issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="197"/>
        <source>An invoice total cannot be negative; issue a credit note instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="223"/>
        <source>A draft invoice has not been sent, so it cannot be reminded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="236"/>
        <source>No invoice with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="244"/>
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
        <location filename="../ui/models/invoicetablemodel.cpp" line="137"/>
        <source>Number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="139"/>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="141"/>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="143"/>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="145"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="147"/>
        <source>Balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="149"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="28"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="29"/>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="30"/>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="31"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="32"/>
        <source>Partially paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="33"/>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="34"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="35"/>
        <source>Void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="39"/>
        <source>Customer code or name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="41"/>
        <source>Search number or customer (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="45"/>
        <source>Status:</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/pages/invoicespage.cpp" line="105"/>
        <source>%n invoice(s)</source>
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
</context>
<context>
    <name>Accrue::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="27"/>
        <source>Accrue — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="28"/>
        <source>&amp;Invoices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="29"/>
        <source>&amp;Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="32"/>
        <source>Book: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="44"/>
        <source>&amp;Open Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="47"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="50"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="51"/>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="57"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="58"/>
        <source>&amp;About Accrue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="74"/>
        <source>Open Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="75"/>
        <source>Accrue books (*.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>About Accrue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="86"/>
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
        <location filename="../core/billing/paymentservice.cpp" line="89"/>
        <source>An allocation names an invoice of another customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="91"/>
        <location filename="../core/billing/paymentservice.cpp" line="154"/>
        <source>Invoice %1 is in %2, the payment in %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="95"/>
        <source>Invoice %1 has %2 open; it cannot take %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="105"/>
        <source>The allocations add up to more than the payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="148"/>
        <source>No invoice with id %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="150"/>
        <source>Invoice %1 is %2 and takes no payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="151"/>
        <source>(draft)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="177"/>
        <source>Credit can only be applied to an open invoice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="198"/>
        <source>The customer holds no credit in %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::ReportsPage</name>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="37"/>
        <source>AR aging</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="38"/>
        <source>Trial balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="40"/>
        <source>&amp;Generate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="41"/>
        <source>Export &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="44"/>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="46"/>
        <source>As of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="81"/>
        <source>Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="94"/>
        <location filename="../ui/pages/reportspage.cpp" line="105"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="111"/>
        <location filename="../ui/pages/reportspage.cpp" line="117"/>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="111"/>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Accrue::Startup</name>
    <message>
        <location filename="../ui/startup.cpp" line="40"/>
        <source>Accrue: billing, receivables and revenue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="43"/>
        <source>Book to open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="46"/>
        <source>Fill an empty book with demo data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="47"/>
        <source>Tab to show first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="50"/>
        <source>Save a PNG of the window once loaded, then exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="53"/>
        <source>Book to open (same as --db).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/startup.cpp" line="79"/>
        <source>There is no tab “%1” (use invoices or reports)</source>
        <translation type="unfinished"></translation>
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
