<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES">
<context>
    <name>Accrue</name>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="+33"/>
        <source>%1 needs the id of a bank line (see bank list)</source>
        <translation>%1 necesita el id de una línea bancaria (véase bank list)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import bank needs one statement file</source>
        <translation>import bank necesita un archivo de extracto</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2, account %3): read %4, new %5, duplicates %6</source>
        <translation>%1 (%2, cuenta %3): leídas %4, nuevas %5, duplicadas %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import gateway needs one card-gateway CSV export</source>
        <translation>import gateway necesita una exportación CSV de la pasarela de tarjetas</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <location filename="../app/cli/invoicecommands.cpp" line="+150"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>read %1, failed attempts %2, duplicates %3, invoices flagged for review %4</source>
        <translation>leídos %1, intentos fallidos %2, duplicados %3, facturas marcadas para revisión %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--state: use %1</source>
        <translation>--state: use %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank lines</source>
        <translation>Líneas bancarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="+277"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="+60"/>
        <location line="+27"/>
        <location filename="../app/cli/dunningcommands.cpp" line="+165"/>
        <location filename="../app/cli/ratecommands.cpp" line="+56"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-23"/>
        <location line="+25"/>
        <location line="+137"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/catalogcommands.cpp" line="+282"/>
        <location line="+93"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-163"/>
        <location line="+162"/>
        <location filename="../app/cli/companycommands.cpp" line="+47"/>
        <location filename="../app/cli/customercommands.cpp" line="-184"/>
        <location line="+88"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-159"/>
        <location line="+26"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>bank mapping needs one JSON file describing the bank&apos;s CSV layout</source>
        <translation>bank mapping necesita un archivo JSON que describa el formato CSV del banco</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1: no es un objeto JSON (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the CSV mapping “%1”</source>
        <translation>Se guardó la asignación CSV “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>examined %1, proposed %2 (%3 ambiguous), applied %4</source>
        <translation>examinadas %1, propuestas %2 (%3 ambiguas), aplicadas %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bank line #%1 matched: payment #%2</source>
        <translation>Línea bancaria n.º %1 conciliada: pago n.º %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1: proposal rejected</source>
        <translation>Línea bancaria n.º %1: propuesta rechazada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1 ignored</source>
        <translation>Línea bancaria n.º %1 ignorada</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1 unmatched; its payment was reversed</source>
        <translation>Línea bancaria n.º %1 sin conciliar; su pago se ha revertido</translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="+35"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit trail BROKEN against the checkpoint in %1: %2</source>
        <translation>registro de auditoría ROTO respecto al punto de control de %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checkpoint of %1 (%2 records) holds: signature valid, the trail extends it</source>
        <translation>el punto de control de %1 (%2 registros) se mantiene: firma válida, el registro lo amplía</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkpoint of %1 (%2 records) holds, but it is UNSIGNED: it proves nothing against a rewrite of the whole book</source>
        <translation>el punto de control de %1 (%2 registros) se mantiene, pero NO ESTÁ FIRMADO: no prueba nada frente a una reescritura de todo el libro</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is ready (schema version %2)</source>
        <translation>%1 está listo (versión del esquema %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/catalogcommands.cpp" line="-319"/>
        <location filename="../app/cli/customercommands.cpp" line="-127"/>
        <source>--currency: “%1” is not an ISO 4217 currency code</source>
        <translation>--currency: “%1” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 customers, %3 invoices, %4 payments, %5 credit notes, %6 journal entries in %7 s</source>
        <translation>%1: %2 clientes, %3 facturas, %4 pagos, %5 notas de crédito, %6 asientos contables en %7 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>verifying the audit trail and the books</source>
        <translation>verificando el registro de auditoría y los libros</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit trail BROKEN at record %1: %2</source>
        <translation>registro de auditoría ROTO en el registro %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit trail intact: %1 records verified</source>
        <translation>registro de auditoría intacto: %1 registros verificados</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 of them with the OS login beside the user)</source>
        <translation> (%1 de ellos con el inicio de sesión del SO junto al usuario)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MISMATCH: %1</source>
        <translation>DISCREPANCIA: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>books BROKEN: %n stored value(s) disagree with what they derive from or with the audit trail</source>
        <translation>
            <numerusform>libros ROTOS: %n valor almacenado no concuerda con aquello de lo que se deriva o con el registro de auditoría</numerusform>
            <numerusform>libros ROTOS: %n valores almacenados no concuerdan con aquello de lo que se derivan o con el registro de auditoría</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>books proved: %1 rows (documents and their lines, allocations, journal entries and monthly balances) agree with each other and with the audit trail; %2 rows in %3 s (%4 rows/s)</source>
        <translation>libros comprobados: %1 filas (documentos y sus líneas, aplicaciones, asientos contables y saldos mensuales) concuerdan entre sí y con el registro de auditoría; %2 filas en %3 s (%4 filas/s)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>audit checkpoint takes no arguments</source>
        <translation>audit checkpoint no admite argumentos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accrue-cli audit checkpoint</source>
        <translation>accrue-cli audit checkpoint</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>audit list takes no arguments</source>
        <translation>audit list no admite argumentos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audit trail</source>
        <translation>el registro de auditoría</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/periodcommands.cpp" line="+149"/>
        <source>At (UTC)</source>
        <translation>Fecha/hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/mailcommands.cpp" line="+113"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS login</source>
        <translation>Usuario del SO</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/dunningcommands.cpp" line="-115"/>
        <location line="+80"/>
        <location filename="../app/cli/periodcommands.cpp" line="-3"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/tenantcommands.cpp" line="+67"/>
        <source>Id</source>
        <translation>Id</translation>
    </message>
    <message>
        <location filename="../app/cli/catalogcommands.cpp" line="-19"/>
        <location filename="../app/cli/recognitioncommands.cpp" line="+165"/>
        <source>No product with the code “%1”</source>
        <translation>No hay ningún producto con el código “%1”</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+51"/>
        <source>No plan with the code “%1”</source>
        <translation>No hay ningún plan con el código “%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--price needs --currency</source>
        <translation>--price necesita --currency</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--price: “%1” is not an amount in %2 (use a dot: 12.50)</source>
        <translation>--price: “%1” no es un importe en %2 (use un punto: 12.50)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--period: “%1” is not monthly, quarterly or annual</source>
        <translation>--period: “%1” no es monthly, quarterly ni annual</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>monthly</source>
        <translation>mensual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly</source>
        <translation>trimestral</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annual</source>
        <translation>anual</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 months</source>
        <translation>cada %1 meses</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at %1 each</source>
        <translation>a %1 cada uno</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ %1 flat</source>
        <translation>+ %1 fijo</translation>
    </message>
    <message>
        <location line="+66"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-8"/>
        <location filename="../app/cli/companycommands.cpp" line="-6"/>
        <location filename="../app/cli/customercommands.cpp" line="+122"/>
        <location filename="../app/cli/mailcommands.cpp" line="-6"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+143"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="+1"/>
        <location filename="../app/cli/companycommands.cpp" line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="+1"/>
        <location filename="../app/cli/mailcommands.cpp" line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+1"/>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added product %1 (%2)</source>
        <translation>Producto %1 añadido (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved product %1</source>
        <translation>Producto %1 guardado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Products</source>
        <translation>Productos</translation>
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
        <location filename="../app/cli/dunningcommands.cpp" line="-83"/>
        <location filename="../app/cli/exportcommands.cpp" line="+84"/>
        <source>Code</source>
        <translation>Código</translation>
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
        <location filename="../app/cli/taxcommands.cpp" line="+71"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+27"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Tax category</source>
        <translation>Categoría fiscal</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Revenue account</source>
        <translation>Cuenta de ingresos</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <location line="+65"/>
        <location line="+38"/>
        <location filename="../app/cli/customercommands.cpp" line="-81"/>
        <location line="+88"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Product %1</source>
        <translation>Producto %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-32"/>
        <location line="+31"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), archived</source>
        <translation>%1 (%2), archivado</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plan add: --product names the product the plan bills</source>
        <translation>plan add: --product indica el producto que factura el plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added plan %1 (%2)</source>
        <translation>Plan %1 añadido (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved plan %1</source>
        <translation>Plan %1 guardado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plans</source>
        <translation>Planes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <location filename="../app/cli/periodcommands.cpp" line="-1"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+39"/>
        <source>Trial days</source>
        <translation>Días de prueba</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Tiers</source>
        <translation>Tramos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>by tier</source>
        <translation>por tramo</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per %1</source>
        <translation>por %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unidad</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tier %1</source>
        <translation>Tramo %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Archived product %1; its plans and history stay</source>
        <translation>Producto %1 archivado; sus planes y su historial se conservan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored product %1</source>
        <translation>Producto %1 restaurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “product %1”</source>
        <translation>Comando desconocido “product %1”</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archived plan %1</source>
        <translation>Plan %1 archivado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored plan %1</source>
        <translation>Plan %1 restaurado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “plan %1”</source>
        <translation>Comando desconocido “plan %1”</translation>
    </message>
    <message>
        <location filename="../app/cli/collectionscommands.cpp" line="-185"/>
        <source>%1 needs --%2</source>
        <translation>%1 necesita --%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>receipt list takes no arguments (use --customer CODE)</source>
        <translation>receipt list no admite argumentos (use --customer CODE)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No customer %1</source>
        <translation>No existe el cliente %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+26"/>
        <location filename="../app/cli/dunningcommands.cpp" line="-80"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-32"/>
        <location line="+31"/>
        <location line="+55"/>
        <location filename="../app/cli/tenantcommands.cpp" line="+5"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+26"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>receipt show needs one receipt number</source>
        <translation>receipt show necesita un número de recibo</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unapplied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/invoicecommands.cpp" line="-49"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied %1, balance after %2 %3</source>
        <translation>aplicado %1, saldo posterior %2 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>receipt pdf needs one receipt number</source>
        <translation>receipt pdf necesita un número de recibo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receipt pdf needs --out FILE.pdf</source>
        <translation>receipt pdf necesita --out FILE.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/creditnotecommands.cpp" line="+100"/>
        <location filename="../app/cli/invoicecommands.cpp" line="+187"/>
        <location filename="../app/cli/mailcommands.cpp" line="+197"/>
        <location line="+57"/>
        <source>Wrote %1</source>
        <translation>Se ha escrito %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>receipt takes list, show or pdf</source>
        <translation>receipt admite list, show o pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invoice dispute needs one invoice number</source>
        <translation>invoice dispute necesita un número de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice dispute</source>
        <translation>invoice dispute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice %1 is in dispute</source>
        <translation>La factura %1 está en disputa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice dispute-note needs one invoice number</source>
        <translation>invoice dispute-note necesita un número de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice dispute-note</source>
        <translation>invoice dispute-note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted on the dispute of %1</source>
        <translation>Anotado en la disputa de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice resolve-dispute needs one invoice number</source>
        <translation>invoice resolve-dispute necesita un número de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice resolve-dispute</source>
        <translation>invoice resolve-dispute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--by: “%1” is not credit-note, write-off or withdrawn</source>
        <translation>--by: “%1” no es credit-note, write-off ni withdrawn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invoice resolve-dispute --by write-off</source>
        <translation>invoice resolve-dispute --by write-off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote off %1 %2 of %3; its dispute is resolved</source>
        <translation>Pasados a fallidos %1 %2 de %3; su disputa está resuelta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dispute of %1 is resolved (%2)</source>
        <translation>La disputa de %1 está resuelta (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice write-off needs one invoice number</source>
        <translation>invoice write-off necesita un número de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice write-off</source>
        <translation>invoice write-off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote off %1 %2 of %3 to bad debts</source>
        <translation>Pasados a fallidos %1 %2 de %3 (créditos incobrables)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write-off takes no arguments (write-off --older-than 90 --as-of D --reason R [--dry-run])</source>
        <translation>write-off no admite argumentos (write-off --older-than 90 --as-of D --reason R [--dry-run])</translation>
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
        <translation>Se pasaría a fallidos (más de %1 días vencida el %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written off (more than %1 days past due on %2)</source>
        <translation>Pasada a fallidos (más de %1 días vencida el %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/dunningcommands.cpp" line="-2"/>
        <location line="+117"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location filename="../app/cli/companycommands.cpp" line="-12"/>
        <source>--%1: yes or no, not “%2”</source>
        <translation>--%1: yes o no, no “%2”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company</source>
        <translation>Empresa</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal name</source>
        <translation>Razón social</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="-4"/>
        <source>Tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax country</source>
        <translation>País fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="-1"/>
        <source>Terms (days)</source>
        <translation>Plazo (días)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice prefix</source>
        <translation>Prefijo de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note prefix</source>
        <translation>Prefijo de nota de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt prefix</source>
        <translation>Prefijo de recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing runs</source>
        <translation>Ejecuciones de facturación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issue invoices</source>
        <translation>emitir facturas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave drafts</source>
        <translation>dejar borradores</translation>
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
        <translation>Banco</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number</source>
        <translation>Número de ruta bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Número de registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronic address</source>
        <translation>Dirección electrónica</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Color de énfasis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customer code</source>
        <translation>Mostrar código de cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="-25"/>
        <location filename="../app/cli/mailcommands.cpp" line="-241"/>
        <source>yes</source>
        <translation>sí</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <location filename="../app/cli/mailcommands.cpp" line="+0"/>
        <source>no</source>
        <translation>no</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show status stamp</source>
        <translation>Mostrar sello de estado</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customers may change their subscriptions&apos; quantities</source>
        <translation>Los clientes pueden cambiar las cantidades de sus suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers may not change their subscriptions&apos; quantities</source>
        <translation>Los clientes no pueden cambiar las cantidades de sus suscripciones</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--billing-run: issue or draft, not “%1”</source>
        <translation>--billing-run: issue o draft, no “%1”</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the company %1</source>
        <translation>Se guardó la empresa %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>company show | company set --name … --currency … --tax-country …</source>
        <translation>company show | company set --name … --currency … --tax-country …</translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="-69"/>
        <source>--lines: “%1” is not a line number</source>
        <translation>--lines: “%1” no es un número de línea</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--lines: name at least one line</source>
        <translation>--lines: indique al menos una línea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>credit-note create needs --invoice NUMBER</source>
        <translation>credit-note create necesita --invoice NUMBER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit-note create needs --reason</source>
        <translation>credit-note create necesita --reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --amount or --lines, not both</source>
        <translation>indique --amount o --lines, no ambos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Credit note %1 of %2 %3 for %4; %4 is now %5 with %6 owed</source>
        <translation>Nota de crédito %1 de %2 %3 para %4; %4 está ahora %5 con %6 pendiente</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>use credit-note pdf NUMBER --out FILE</source>
        <translation>use credit-note pdf NUMBER --out FILE</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportcommands.cpp" line="+52"/>
        <source>--paper: “%1” is not a4 or letter</source>
        <translation>--paper: “%1” no es a4 ni letter</translation>
    </message>
    <message>
        <location filename="../app/cli/customercommands.cpp" line="-119"/>
        <location filename="../app/cli/recognitioncommands.cpp" line="-4"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-210"/>
        <source>No customer with the code “%1”</source>
        <translation>No hay ningún cliente con el código “%1”</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added customer %1 (%2)</source>
        <translation>Cliente %1 añadido (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer %1 has no billing profile for the electronic address</source>
        <translation>El cliente %1 no tiene perfil de facturación para la dirección electrónica</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved customer %1</source>
        <translation>Cliente %1 guardado</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archived customers</source>
        <translation>Clientes archivados</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clientes</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing profile (default)</source>
        <translation>Perfil de facturación (predeterminado)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing profile</source>
        <translation>Perfil de facturación</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Archived customer %1; its history stays</source>
        <translation>Cliente %1 archivado; su historial se conserva</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored customer %1</source>
        <translation>Cliente %1 restaurado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted customer %1</source>
        <translation>Cliente %1 eliminado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “customer %1”</source>
        <translation>Comando desconocido “customer %1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--card-number: Accrue never stores a full card number; give --last4 and the gateway&apos;s reference in --label</source>
        <translation>--card-number: Accrue nunca almacena un número de tarjeta completo; indique --last4 y la referencia de la pasarela en --label</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added %1 for %2</source>
        <translation>%1 añadido para %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment methods of %1</source>
        <translation>Métodos de pago de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/exportcommands.cpp" line="-55"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+207"/>
        <location filename="../app/cli/tenantcommands.cpp" line="-3"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last four</source>
        <translation>Últimos cuatro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Caducidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate</source>
        <translation>Mandato</translation>
    </message>
    <message>
        <location filename="../app/cli/dunningcommands.cpp" line="-114"/>
        <location line="+115"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+115"/>
        <source>Days</source>
        <translation>Días</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Fee</source>
        <translation>Recargo</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dunning run takes no arguments (dunning run [--dry-run] [--date D])</source>
        <translation>dunning run no admite argumentos (dunning run [--dry-run] [--date D])</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dunning plan for %1 (dry run)</source>
        <translation>Plan de reclamación para %1 (simulación)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/mailcommands.cpp" line="-82"/>
        <source>E-mail is not set up: accrue-cli mail settings set --smtp-host HOST --from-address ADDRESS ...</source>
        <translation>El correo electrónico no está configurado: accrue-cli mail settings set --smtp-host HOST --from-address ADDRESS ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dunning run for %1</source>
        <translation>Ejecución de reclamación para %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued %1 reminders, flagged %2 invoices for review, issued %3 late fees; %4 already done, %5 no longer due, %6 with problems</source>
        <translation>En cola %1 recordatorios, marcadas %2 facturas para revisión, emitidos %3 recargos por demora; %4 ya hechos, %5 ya no vencidos, %6 con problemas</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send them with: accrue-cli mail deliver</source>
        <translation>Envíelos con: accrue-cli mail deliver</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dunning steps</source>
        <translation>Pasos de reclamación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clave</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Día</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/mailcommands.cpp" line="+199"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not a JSON object: %2</source>
        <translation>%1: no es un objeto JSON: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 dunning steps (version %2)</source>
        <translation>Se guardaron %1 pasos de reclamación (versión %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use dunning steps show, or dunning steps set FILE.json</source>
        <translation>use dunning steps show, o dunning steps set FILE.json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoices flagged for review</source>
        <translation>Facturas marcadas para revisión</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/periodcommands.cpp" line="+3"/>
        <location filename="../app/cli/recognitioncommands.cpp" line="-84"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>use dunning clear-flag NUMBER [--note TEXT]</source>
        <translation>use dunning clear-flag NUMBER [--note TEXT]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleared the review flag of invoice %1</source>
        <translation>Se quitó la marca de revisión de la factura %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown command “dunning %1” (run, steps, flagged, clear-flag)</source>
        <translation>Comando desconocido “dunning %1” (run, steps, flagged, clear-flag)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-47"/>
        <source>--format: “%1” is not iif, xero, netsuite or ledger</source>
        <translation>--format: “%1” no es iif, xero, netsuite ni ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format: “%1” is not iif, xero or netsuite</source>
        <translation>--format: “%1” no es iif, xero ni netsuite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export journal takes no arguments (use -o FILE)</source>
        <translation>export journal no admite argumentos (use -o FILE)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export journal needs -o FILE</source>
        <translation>export journal necesita -o FILE</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1 journal entries to %2</source>
        <translation>Se escribieron %1 asientos contables en %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 journal entries to %2 files:</source>
        <translation>Se escribieron %1 asientos contables en %2 archivos:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 account mapping</source>
        <translation>Asignación de cuentas de %1</translation>
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
        <translation>Nombre en Accrue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export mapping set needs one FILE.csv (kind,source_key,target_code,target_name)</source>
        <translation>export mapping set necesita un FILE.csv (kind,source_key,target_code,target_name)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use export ubl NUMBER -o FILE.xml</source>
        <translation>use export ubl NUMBER -o FILE.xml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 %2 (%3 %4) to %5</source>
        <translation>Se escribió %1 %2 (%3 %4) en %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+16"/>
        <location filename="../core/storage/journalrepository.cpp" line="-6"/>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+0"/>
        <location filename="../core/storage/journalrepository.cpp" line="+2"/>
        <source>credit note</source>
        <translation>nota de crédito</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>use import ubl FILE.xml --pdf OUT.pdf</source>
        <translation>use import ubl FILE.xml --pdf OUT.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1 %2 from %3 to %4</source>
        <translation>Se escribió %1 %2 de %3 en %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>export mapping show|set --format iif|xero|netsuite [FILE.csv]</source>
        <translation>export mapping show|set --format iif|xero|netsuite [FILE.csv]</translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="-217"/>
        <source>--status: unknown status “%1” (use one of %2)</source>
        <translation>--status: estado desconocido “%1” (use uno de %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) es anterior a --from (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invoice show needs exactly one invoice number</source>
        <translation>invoice show necesita exactamente un número de factura</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status:    %1</source>
        <translation>Estado:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:  %1 (%2)</source>
        <translation>Cliente:      %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued:    %1</source>
        <translation>Emitida:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:       %1</source>
        <translation>Vencimiento:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:  %1</source>
        <translation>Moneda:       %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, service %1 to %2</source>
        <translation>, servicio del %1 al %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subtotal:  %1</source>
        <translation>Subtotal:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax:       %1</source>
        <translation>Impuesto:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total:     %1</source>
        <translation>Total:        %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:      %1</source>
        <translation>Pagado:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited:  %1</source>
        <translation>Abonado:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:   %1</source>
        <translation>Saldo:        %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 payment #%2: %3</source>
        <translation>  %1 pago n.º %2: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 credit note #%2: %3</source>
        <translation>  %1 nota de crédito n.º %2: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invoice create needs one file describing the invoice(s): FILE.json, or FILE.csv with one row per line (a line may name its recognition: point_in_time, ratably, as_delivered or milestone; else its product&apos;s)</source>
        <translation>invoice create necesita un archivo que describa la(s) factura(s): FILE.json, o FILE.csv con una fila por línea (una línea puede indicar su reconocimiento: point_in_time, ratably, as_delivered o milestone; si no, el de su producto)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Issued %1 (total %2 %3)</source>
        <translation>Emitida %1 (total %2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft %1 created (issue it with: accrue-cli invoice issue %1)</source>
        <translation>Borrador %1 creado (emítalo con: accrue-cli invoice issue %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invoices in %2 s (%3 per second)</source>
        <translation>%1 facturas en %2 s (%3 por segundo)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invoice issue needs the id of a draft (as printed by invoice create)</source>
        <translation>invoice issue necesita el id de un borrador (tal como lo muestra invoice create)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued %1 (total %2 %3, due %4)</source>
        <translation>Emitida %1 (total %2 %3, vencimiento %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invoice pay needs one invoice number</source>
        <translation>invoice pay necesita un número de factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice pay needs --amount</source>
        <translation>invoice pay necesita --amount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--method: “%1” is not one of %2</source>
        <translation>--method: “%1” no es uno de %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give --rate or --rate-from-book, not both</source>
        <translation>Indique --rate o --rate-from-book, no ambos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment #%1 of %2 %3 recorded; %4 now owes %5</source>
        <translation>Pago n.º %1 de %2 %3 registrado; %4 debe ahora %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1 kept as customer credit)</source>
        <translation> (%1 se conserva como saldo a favor del cliente)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>use invoice pdf NUMBER -o FILE, or invoice pdf --status S --out-dir DIR</source>
        <translation>use invoice pdf NUMBER -o FILE, o invoice pdf --status S --out-dir DIR</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrote %1 PDFs to %2 in %3 s</source>
        <translation>Se escribieron %1 PDF en %2 en %3 s</translation>
    </message>
    <message>
        <location filename="../app/cli/mailcommands.cpp" line="-184"/>
        <source>No SMTP password for %1 (%2): store it with accrue-cli mail password set --password-stdin, or pass it with --password-stdin</source>
        <translation>No hay contraseña SMTP para %1 (%2): guárdela con accrue-cli mail password set --password-stdin, o pásela con --password-stdin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent %1, to retry %2, failed %3</source>
        <translation>Enviados %1, por reintentar %2, fallidos %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>use invoice send NUMBER, or invoice send --status S</source>
        <translation>use invoice send NUMBER, o invoice send --status S</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E-mail settings</source>
        <translation>Configuración de correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP host</source>
        <translation>Servidor SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Puerto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Seguridad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Contraseña</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the OS keychain as %1</source>
        <translation>en el llavero del SO como %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Dirección del remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Nombre del remitente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout (s)</source>
        <translation>Tiempo de espera (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>Archivo de certificado de CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send receipts automatically</source>
        <translation>Enviar recibos automáticamente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice subject</source>
        <translation>Asunto de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice text</source>
        <translation>Texto de la factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt subject</source>
        <translation>Asunto del recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt text</source>
        <translation>Texto del recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note subject</source>
        <translation>Asunto de la nota de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note text</source>
        <translation>Texto de la nota de crédito</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use mail settings show, or mail settings set --smtp-host H ...</source>
        <translation>use mail settings show, o mail settings set --smtp-host H ...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--security: none, starttls or smtps</source>
        <translation>--security: none, starttls o smtps</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--template: invoice, receipt or credit-note</source>
        <translation>--template: invoice, receipt o credit-note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--template needs --subject or --body-file</source>
        <translation>--template necesita --subject o --body-file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auto-send-receipts: yes or no</source>
        <translation>--auto-send-receipts: yes o no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail settings saved</source>
        <translation>Configuración de correo electrónico guardada</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail settings name no SMTP user: set --smtp-user first</source>
        <translation>La configuración de correo no indica ningún usuario SMTP: establezca primero --smtp-user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mail password set reads the password with --password-stdin</source>
        <translation>mail password set lee la contraseña con --password-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is reachable (no Secret Service on the session bus); nothing was stored. Pass --password-stdin to each command instead.</source>
        <translation>No se puede acceder a ningún llavero (no hay Secret Service en el bus de sesión); no se ha guardado nada. Pase --password-stdin a cada comando en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/teamcommands.cpp" line="+131"/>
        <source>The keychain refused the password: %1</source>
        <translation>El llavero rechazó la contraseña: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password for %1 is in the OS keychain</source>
        <translation>La contraseña SMTP de %1 está en el llavero del SO</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/teamcommands.cpp" line="+7"/>
        <source>The keychain could not forget the password: %1</source>
        <translation>El llavero no pudo olvidar la contraseña: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password for %1 removed from the OS keychain</source>
        <translation>Contraseña SMTP de %1 eliminada del llavero del SO</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use mail password set --password-stdin, or mail password forget</source>
        <translation>use mail password set --password-stdin, o mail password forget</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outbox</source>
        <translation>Bandeja de salida</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-100"/>
        <location filename="../app/cli/taxcommands.cpp" line="+3"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+89"/>
        <location filename="../app/cli/taxcommands.cpp" line="-1"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/periodcommands.cpp" line="-99"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-84"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>Próximo intento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last answer</source>
        <translation>Última respuesta</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>mail test needs --to ADDRESS</source>
        <translation>mail test necesita --to ADDRESS</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accrue test message</source>
        <translation>Mensaje de prueba de Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message shows that Accrue can send e-mail through %1.</source>
        <translation>Este mensaje demuestra que Accrue puede enviar correo electrónico a través de %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test message was not sent: %1</source>
        <translation>El mensaje de prueba no se envió: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test message sent to %1 through %2</source>
        <translation>Mensaje de prueba enviado a %1 a través de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>use mail retry ID (the ID column of mail outbox)</source>
        <translation>use mail retry ID (la columna ID de mail outbox)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message #%1 is queued again; accrue-cli mail deliver sends it</source>
        <translation>El mensaje n.º %1 vuelve a estar en cola; accrue-cli mail deliver lo envía</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+71"/>
        <source>Queued %1 e-mails</source>
        <translation>%1 correos electrónicos en cola</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>use receipt send NUMBER [--eml DIR]</source>
        <translation>use receipt send NUMBER [--eml DIR]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>use credit-note send NUMBER [--eml DIR]</source>
        <translation>use credit-note send NUMBER [--eml DIR]</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown command “mail %1” (settings, password, outbox, deliver, retry, test)</source>
        <translation>Comando desconocido “mail %1” (settings, password, outbox, deliver, retry, test)</translation>
    </message>
    <message>
        <location filename="../app/cli/periodcommands.cpp" line="-16"/>
        <source>“%1” is not a month (use YYYY-MM)</source>
        <translation>“%1” no es un mes (use YYYY-MM)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>use close-period YYYY-MM [--dry-run] [--format table|csv|json]</source>
        <translation>use close-period YYYY-MM [--dry-run] [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already closed: the books are closed through %2</source>
        <translation>%1 ya está cerrado: los libros están cerrados hasta %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month-end checklist for %1%2</source>
        <translation>Lista de cierre mensual para %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (dry run)</source>
        <translation> (simulación)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be closed: %2 blocking, %3 warnings (see the checklist)</source>
        <translation>%1 no se puede cerrar: %2 bloqueantes, %3 advertencias (véase la lista de comprobación)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month-end checklist for %1</source>
        <translation>Lista de cierre mensual para %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed %1: the books are closed through %2 (%3 warnings)</source>
        <translation>%1 cerrado: los libros están cerrados hasta %2 (%3 advertencias)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit checkpoint: %1</source>
        <translation>Punto de control de auditoría: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use reopen-period YYYY-MM --reason TEXT</source>
        <translation>use reopen-period YYYY-MM --reason TEXT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reopen-period needs --reason TEXT (why the period is reopened)</source>
        <translation>reopen-period necesita --reason TEXT (por qué se reabre el periodo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopened %1: the books are closed through %2</source>
        <translation>%1 reabierto: los libros están cerrados hasta %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened %1: no period is closed</source>
        <translation>%1 reabierto: ningún periodo está cerrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>periods takes no arguments</source>
        <translation>periods no admite argumentos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Books closed through %1 (closes since %2); next to close: %3</source>
        <translation>Libros cerrados hasta %1 (cierres desde %2); siguiente por cerrar: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No period is closed</source>
        <translation>Ningún periodo está cerrado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed through</source>
        <translation>Cerrado hasta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <location filename="../app/cli/ratecommands.cpp" line="-29"/>
        <source>rate add needs BASE QUOTE RATE (rate add EUR USD 1.0823 --date 2026-05-04)</source>
        <translation>rate add necesita BASE QUOTE RATE (rate add EUR USD 1.0823 --date 2026-05-04)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/%2 on %3: %4</source>
        <translation>%1/%2 el %3: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rate list takes no arguments (use --base, --quote, --from, --to)</source>
        <translation>rate list no admite argumentos (use --base, --quote, --from, --to)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exchange rates</source>
        <translation>Tipos de cambio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Cotizada</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/taxcommands.cpp" line="-3"/>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Origen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rate import needs one FILE (eurofxref-hist.csv or date,base,quote,rate)</source>
        <translation>rate import necesita un FILE (eurofxref-hist.csv o date,base,quote,rate)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 rates (%2 format): %3 new, %4 replaced, %5 already stored</source>
        <translation>Importados %1 tipos (formato %2): %3 nuevos, %4 sustituidos, %5 ya almacenados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECB</source>
        <translation>BCE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>long</source>
        <translation>largo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of currencies Accrue does not know were passed over: %1</source>
        <translation>Se omitieron las columnas de monedas que Accrue no conoce: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command “rate %1” (use add, list or import)</source>
        <translation>Comando desconocido “rate %1” (use add, list o import)</translation>
    </message>
    <message>
        <location filename="../app/cli/recognitioncommands.cpp" line="-23"/>
        <source>--milestones: “%1” is not NAME:PERCENT</source>
        <translation>--milestones: “%1” no es NAME:PERCENT</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--milestones: “%1” is not a percentage from 0 to 100</source>
        <translation>--milestones: “%1” no es un porcentaje de 0 a 100</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Milestones of %1, line %2</source>
        <translation>Hitos de %1, línea %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (bp)</source>
        <translation>Cuota (pb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>milestone define NUMBER --line N --milestones NAME:PCT,NAME:PCT,...</source>
        <translation>milestone define NUMBER --line N --milestones NAME:PCT,NAME:PCT,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestone define needs --milestones NAME:PCT,...</source>
        <translation>milestone define necesita --milestones NAME:PCT,...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>milestone done NUMBER --line N --milestone K [--date D]</source>
        <translation>milestone done NUMBER --line N --milestone K [--date D]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, line %2: milestone %3 “%4” done on %5; revenue recognition posts it</source>
        <translation>%1, línea %2: hito %3 “%4” cumplido el %5; el reconocimiento de ingresos lo contabiliza</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>milestone list NUMBER --line N</source>
        <translation>milestone list NUMBER --line N</translation>
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
        <translation>Se reconocería hasta %1: %2 asientos contables, %3 filas del calendario (%4), %5 registros de consumo devengados (%6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised through %1: %2 journal entries, %3 schedule rows (%4), %5 usage records accrued (%6)</source>
        <translation>Reconocido hasta %1: %2 asientos contables, %3 filas del calendario (%4), %5 registros de consumo devengados (%6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage add --customer CODE --product CODE --quantity Q [--date D]</source>
        <translation>usage add --customer CODE --product CODE --quantity Q [--date D]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage add needs --%1</source>
        <translation>usage add necesita --%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage %1: %2 x %3 delivered to %4 on %5, %6 %7</source>
        <translation>Consumo %1: %2 x %3 entregado a %4 el %5, %6 %7</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="+35"/>
        <source>Output: --format table|csv|pdf [-o FILE] [--excel]</source>
        <translation>Salida: --format table|csv|pdf [-o FILE] [--excel]</translation>
    </message>
    <message>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-144"/>
        <source>--date: give the date the change takes effect (YYYY-MM-DD)</source>
        <translation>--date: indique la fecha en que el cambio entra en vigor (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>subscription add --customer CODE --plan CODE [--licenses N] [--start DATE] [...]</source>
        <translation>subscription add --customer CODE --plan CODE [--licenses N] [--start DATE] [...]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added subscription %1: %2 on %3, %4 license(s), %5; first billed on %6</source>
        <translation>Suscripción %1 añadida: %2 en %3, %4 licencia(s), %5; primera facturación el %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>subscription change: give --plan, --licenses or both</source>
        <translation>subscription change: indique --plan, --licenses o ambos</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed subscription %1 from %2; the next billing run prorates it</source>
        <translation>Suscripción %1 cambiada desde %2; la próxima ejecución de facturación la prorratea</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Subscription %1 is %2</source>
        <translation>La suscripción %1 está %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; served through %1</source>
        <translation>; servida hasta %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status: “%1” is not trial, active, paused or cancelled</source>
        <translation>--status: “%1” no es trial, active, paused ni cancelled</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+31"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+31"/>
        <source>Start</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>Next period</source>
        <translation>Próximo periodo</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Billed through</source>
        <translation>Facturado hasta</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+34"/>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Subscription %1</source>
        <translation>Suscripción %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trial ends</source>
        <translation>Fin de la prueba</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused on</source>
        <translation>En pausa desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled on</source>
        <translation>Cancelada el</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/taxcommands.cpp" line="-2"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/province</source>
        <translation>Estado/provincia</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>billed</source>
        <translation>facturado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not billed yet</source>
        <translation>aún no facturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>Cambio %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subscription import FILE.csv</source>
        <translation>subscription import FILE.csv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Billing key</source>
        <translation>Clave de facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/taxcommands.cpp" line="+4"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown command “subscription %1”</source>
        <translation>Comando desconocido “subscription %1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--issue and --draft exclude each other</source>
        <translation>--issue y --draft se excluyen mutuamente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billing run --date D: give the date to bill up to</source>
        <translation>billing run --date D: indique la fecha hasta la que facturar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Billing run preview for %1</source>
        <translation>Vista previa de la ejecución de facturación para %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Billing run %1 for %2</source>
        <translation>Ejecución de facturación %1 para %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing run %1 for %2: %3 invoice(s) %4, %5 credit note(s), %6 subscription(s) in %7 s (%8 invoices/s)</source>
        <translation>Ejecución de facturación %1 para %2: %3 factura(s) %4, %5 nota(s) de crédito, %6 suscripción(es) en %7 s (%8 facturas/s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>issued</source>
        <translation>emitidas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as drafts</source>
        <translation>dejadas como borradores</translation>
    </message>
    <message>
        <location filename="../app/cli/taxcommands.cpp" line="-41"/>
        <source>tax-rate add takes options only: --country CC [--region R] --category C --rate PERCENT [--name TEXT] [--from D] [--to D]</source>
        <translation>tax-rate add solo admite opciones: --country CC [--region R] --category C --rate PERCENT [--name TEXT] [--from D] [--to D]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tax-rate add needs --%1</source>
        <translation>tax-rate add necesita --%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added tax rate %1: %2 %</source>
        <translation>Tipo impositivo %1 añadido: %2 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tax-rate list takes options only: [--country CC] [--format F]</source>
        <translation>tax-rate list solo admite opciones: [--country CC] [--format F]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tax rates</source>
        <translation>Tipos impositivos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exemption (e-invoices)</source>
        <translation>Exención (facturas electrónicas)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tax-rate end ID --to YYYY-MM-DD (the ID from tax-rate list)</source>
        <translation>tax-rate end ID --to YYYY-MM-DD (el ID de tax-rate list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tax rate %1 ends on %2</source>
        <translation>El tipo impositivo %1 termina el %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tax-rate import needs one file: FILE.csv with the columns country,region,category,rate,name,valid_from,valid_to</source>
        <translation>tax-rate import necesita un archivo: FILE.csv con las columnas country,region,category,rate,name,valid_from,valid_to</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command “tax-rate %1” (add, list, end or import)</source>
        <translation>Comando desconocido “tax-rate %1” (add, list, end o import)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tax-country takes at most one country code: tax-country [CC]</source>
        <translation>tax-country admite como máximo un código de país: tax-country [CC]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s tax country is %1</source>
        <translation>El país fiscal de la empresa es %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company has no tax country (set one with accrue-cli tax-country CC)</source>
        <translation>La empresa no tiene país fiscal (establézcalo con accrue-cli tax-country CC)</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="-108"/>
        <source>copy needs --from BOOK and --to BOOK (a file or a postgresql:// address)</source>
        <translation>copy necesita --from BOOK y --to BOOK (un archivo o una dirección postgresql://)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy takes no other arguments</source>
        <translation>copy no admite otros argumentos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  %1: %2 rows so far</source>
        <translation>  %1: %2 filas hasta ahora</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied %1 rows from %2 to %3 in %4 s; counts and money totals match, audit trail verified (%5 records)</source>
        <translation>Copiadas %1 filas de %2 a %3 en %4 s; los recuentos y los totales monetarios coinciden, registro de auditoría verificado (%5 registros)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>user %1 needs one user name</source>
        <translation>user %1 necesita un nombre de usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--role: admin, finance or viewer</source>
        <translation>--role: admin, finance o viewer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 works as %2</source>
        <translation>%1 trabaja como %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 no longer has a role in this book</source>
        <translation>%1 ya no tiene ningún rol en este libro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command “user %1” (list, add, remove)</source>
        <translation>Comando desconocido “user %1” (list, add, remove)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>password %1 is for server books: --db postgresql://user@host/db</source>
        <translation>password %1 es para libros en servidor: --db postgresql://user@host/db</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>password set reads the password with --password-stdin</source>
        <translation>password set lee la contraseña con --password-stdin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain is reachable (no Secret Service on the session bus); nothing was stored. Use ~/.pgpass or PGPASSWORD instead.</source>
        <translation>No se puede acceder a ningún llavero (no hay Secret Service en el bus de sesión); no se ha guardado nada. Use ~/.pgpass o PGPASSWORD en su lugar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1 is in the OS keychain</source>
        <translation>La contraseña de %1 está en el llavero del SO</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for %1 removed from the OS keychain</source>
        <translation>Contraseña de %1 eliminada del llavero del SO</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command “password %1” (set, forget)</source>
        <translation>Comando desconocido “password %1” (set, forget)</translation>
    </message>
    <message>
        <location filename="../app/cli/tenantcommands.cpp" line="-43"/>
        <source>There is no customer with the code “%1”</source>
        <translation>No hay ningún cliente con el código “%1”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tenant add takes no arguments (--kind, --parent, --name)</source>
        <translation>tenant add no admite argumentos (--kind, --parent, --name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind: partner or customer</source>
        <translation>--kind: partner o customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenant add needs --parent ID|NAME and --name NAME</source>
        <translation>tenant add necesita --parent ID|NAME y --name NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--customer CODE goes with --kind customer, and only with it</source>
        <translation>--customer CODE va con --kind customer, y solo con él</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenant %1 “%2” (%3) added under “%4”</source>
        <translation>Entidad %1 “%2” (%3) añadida bajo “%4”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tenant list takes no arguments</source>
        <translation>tenant list no admite argumentos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenants</source>
        <translation>Entidades</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Superior</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth</source>
        <translation>Profundidad</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>use tenant move CUSTOMER --to TENANT</source>
        <translation>use tenant move CUSTOMER --to TENANT</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1 now belongs to “%2”</source>
        <translation>El cliente %1 pertenece ahora a “%2”</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown command “tenant %1” (add, list, move)</source>
        <translation>Comando desconocido “tenant %1” (add, list, move)</translation>
    </message>
    <message>
        <location filename="../core/billing/catalogservice.cpp" line="+43"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1: contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location filename="../core/billing/collectionsservice.cpp" line="+30"/>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="+104"/>
        <source>amount: a credit note on %1 must be between 0 and %2</source>
        <translation>importe: una nota de crédito sobre %1 debe estar entre 0 y %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: choose the lines to credit</source>
        <translation>líneas: elija las líneas que abonar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lines: line %1 is named twice</source>
        <translation>líneas: la línea %1 se indica dos veces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: invoice %1 has no line %2</source>
        <translation>líneas: la factura %1 no tiene línea %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: line %1 has %2 left to credit</source>
        <translation>líneas: a la línea %1 le quedan %2 por abonar</translation>
    </message>
    <message>
        <location filename="../core/billing/exchangerateservice.cpp" line="+43"/>
        <source>%1: “%2” is not an ISO 4217 currency code</source>
        <translation>%1: “%2” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location filename="../core/billing/journalexportservice.cpp" line="+37"/>
        <source>The %1 export names accounts by Accrue&apos;s chart and needs no mapping</source>
        <translation>La exportación %1 identifica las cuentas según el plan de Accrue y no necesita asignación</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: contains control characters</source>
        <translation>%1: contiene caracteres de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: at most 200 characters</source>
        <translation>%1: como máximo 200 caracteres</translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="+52"/>
        <source>tax country: “%1” is not a two-letter country code (ISO 3166, e.g. DE, US)</source>
        <translation>país fiscal: “%1” no es un código de país de dos letras (ISO 3166, p. ej. DE, US)</translation>
    </message>
    <message>
        <location filename="../core/billing/subscriptionservice.cpp" line="+34"/>
        <location line="+12"/>
        <source>plan: no plan with id %1</source>
        <translation>plan: no hay ningún plan con el id %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>plan: %1 is archived and takes no new subscriptions</source>
        <translation>plan: %1 está archivado y no admite nuevas suscripciones</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>date: a change can go back to %1, the start of the last period billed, not to %2</source>
        <translation>fecha: un cambio puede retroceder hasta %1, el inicio del último periodo facturado, no hasta %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>licenses: a whole number from 1 to %1, not %2</source>
        <translation>licencias: un número entero de 1 a %1, no %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give a date from %2 to %3</source>
        <translation>%1: indique una fecha de %2 a %3</translation>
    </message>
    <message>
        <location filename="../core/domain/paymentmethodrules.cpp" line="+66"/>
        <source>%1 holds what looks like a full card number; Accrue never stores one (keep the last four digits and the gateway&apos;s reference)</source>
        <translation>%1 contiene lo que parece un número de tarjeta completo; Accrue nunca almacena uno (conserve los cuatro últimos dígitos y la referencia de la pasarela)</translation>
    </message>
    <message>
        <location filename="../core/domain/periodclose.cpp" line="+50"/>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocking</source>
        <translation>Bloqueante</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <location filename="../core/domain/taxrules.cpp" line="+48"/>
        <source>Zero-rated</source>
        <translation>Tipo cero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse charge</source>
        <translation>Inversión del sujeto pasivo</translation>
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

Datos de pago:
{payment_details}

Si ya ha pagado, le damos las gracias y le rogamos que ignore este mensaje. Si algo de la factura no es correcto, responda a este correo electrónico y lo solucionaremos.

Atentamente,
{company}
</translation>
    </message>
    <message>
        <location filename="../core/einvoice/einvoicedocument.cpp" line="+35"/>
        <source>VAT ID %1</source>
        <translation>NIF-IVA %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax registration %1</source>
        <translation>Registro fiscal %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration %1</source>
        <translation>Registro %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Electronic address %1</source>
        <translation>Dirección electrónica %1</translation>
    </message>
    <message>
        <location filename="../core/einvoice/ublvalidator.cpp" line="+27"/>
        <source>standard rated (S)</source>
        <translation>tipo general (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zero rated (Z)</source>
        <translation>tipo cero (Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt (E)</source>
        <translation>exento (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reverse charge (AE)</source>
        <translation>inversión del sujeto pasivo (AE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intra-community supply (K)</source>
        <translation>entrega intracomunitaria (K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export outside the EU (G)</source>
        <translation>exportación fuera de la UE (G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not subject to VAT (O)</source>
        <translation>no sujeto a IVA (O)</translation>
    </message>
    <message>
        <location filename="../core/exchange/customercsv.cpp" line="+24"/>
        <location filename="../core/exchange/productcsv.cpp" line="+82"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+24"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+25"/>
        <source>%1:%2: unknown column “%3” (known: %4)</source>
        <translation>%1:%2: columna desconocida “%3” (conocidas: %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/exchange/productcsv.cpp" line="+5"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+5"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+5"/>
        <source>%1:%2: the column “%3” appears twice</source>
        <translation>%1:%2: la columna “%3” aparece dos veces</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/exchange/productcsv.cpp" line="+9"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+8"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+8"/>
        <source>%1:%2: a “%3” column is required</source>
        <translation>%1:%2: se requiere una columna “%3”</translation>
    </message>
    <message>
        <location filename="../core/exchange/productcsv.cpp" line="+18"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 campos, pero el encabezado indica %4</translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="+44"/>
        <source>no column “%1” in the header (%2)</source>
        <translation>no hay ninguna columna “%1” en el encabezado (%2)</translation>
    </message>
    <message>
        <location filename="../core/mail/mailmessage.cpp" line="+35"/>
        <source>%1: line breaks are not allowed in an e-mail header (“%2”)</source>
        <translation>%1: no se permiten saltos de línea en un encabezado de correo electrónico (“%2”)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: control characters are not allowed in an e-mail header</source>
        <translation>%1: no se permiten caracteres de control en un encabezado de correo electrónico</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not an e-mail address (name@example.com)</source>
        <translation>%1: “%2” no es una dirección de correo electrónico (nombre@example.com)</translation>
    </message>
    <message>
        <location filename="../core/reports/recognitionreports.cpp" line="+23"/>
        <source>Revenue waterfall</source>
        <translation>Cascada de ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue recognised per month (columns) from the invoices of each month (rows), posted or due</source>
        <translation>Ingresos reconocidos por mes (columnas) de las facturas de cada mes (filas), contabilizados o pendientes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred revenue roll-forward</source>
        <translation>Evolución de ingresos diferidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred revenue per month: opening, billed, recognised, credited, closing (the ledger&apos;s balance)</source>
        <translation>Ingresos diferidos por mes: saldo inicial, facturado, reconocido, abonado, saldo final (el saldo del libro mayor)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recognition schedule</source>
        <translation>Calendario de reconocimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice&apos;s revenue schedule (--invoice), or those of the invoices issued in the period: dates, amounts, milestones, credit notes, posted or pending</source>
        <translation>El calendario de ingresos de una factura (--invoice), o los de las facturas emitidas en el periodo: fechas, importes, hitos, notas de crédito, contabilizados o pendientes</translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="+53"/>
        <source>Monthly revenue</source>
        <translation>Ingresos mensuales</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced revenue net of tax and credit notes by month; --split module|customer|plan</source>
        <translation>Ingresos facturados, netos de impuestos y notas de crédito, por mes; --split module|customer|plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partner revenue</source>
        <translation>Ingresos por socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed revenue per partner and month: invoices net of tax less credit notes, per currency (&quot;Direct&quot;: the root&apos;s own customers); for commissions</source>
        <translation>Ingresos facturados por socio y mes: facturas netas de impuestos menos notas de crédito, por moneda (&quot;Directo&quot;: los clientes propios de la raíz); para comisiones</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue by module</source>
        <translation>Ingresos por módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per module (product) with its share of the total</source>
        <translation>Ingresos por módulo (producto) con su porcentaje del total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue by customer</source>
        <translation>Ingresos por cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per customer with its share of the total</source>
        <translation>Ingresos por cliente con su porcentaje del total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue by plan</source>
        <translation>Ingresos por plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per plan with its share of the total</source>
        <translation>Ingresos por plan con su porcentaje del total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer invoices</source>
        <translation>Facturas de clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every invoice (of a customer, or all) with status and balance</source>
        <translation>Todas las facturas (de un cliente, o todas) con estado y saldo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statement of account</source>
        <translation>Extracto de cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One customer&apos;s charges, payments and credits in a period with the running balance and what is open by age</source>
        <translation>Cargos, pagos y abonos de un cliente en un periodo, con el saldo acumulado y lo pendiente por antigüedad</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice summary</source>
        <translation>Resumen de facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices issued in the period counted and summed by status (period close)</source>
        <translation>Facturas emitidas en el periodo, contadas y sumadas por estado (cierre del periodo)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AR aging</source>
        <translation>Antigüedad de saldos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open balances by days past due per customer, with DSO</source>
        <translation>Saldos pendientes por días de vencimiento por cliente, con DSO</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payments received</source>
        <translation>Cobros recibidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received in the period, with what is unapplied</source>
        <translation>Cobros recibidos en el periodo, con lo no aplicado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment reconciliation</source>
        <translation>Conciliación de cobros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank account&apos;s statement against the booked payments, with what is unmatched</source>
        <translation>El extracto de una cuenta bancaria frente a los cobros registrados, con lo no conciliado</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred revenue</source>
        <translation>Ingresos diferidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of invoiced service periods that falls after the date</source>
        <translation>La parte de los periodos de servicio facturados que cae después de la fecha</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unbilled revenue</source>
        <translation>Ingresos no facturados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service on active subscriptions delivered up to the date and not yet invoiced</source>
        <translation>Servicio de suscripciones activas prestado hasta la fecha y aún no facturado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trial balance</source>
        <translation>Balance de sumas y saldos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account&apos;s balance as of the date; debits equal credits</source>
        <translation>El saldo de cada cuenta a la fecha; los débitos igualan a los créditos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>General ledger</source>
        <translation>Libro mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal lines per account with opening, running and closing balance</source>
        <translation>Líneas de asiento por cuenta con saldo inicial, acumulado y final</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credit notes</source>
        <translation>Notas de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes issued in the period with the invoices they correct</source>
        <translation>Notas de crédito emitidas en el periodo con las facturas que corrigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxable amounts and tax by country, region, category and rate, invoices less credit notes, checked against the ledger&apos;s tax payable</source>
        <translation>Bases imponibles e impuestos por país, región, categoría y tipo, facturas menos notas de crédito, cotejados con los impuestos por pagar del libro mayor</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer credit balances</source>
        <translation>Saldos a favor de clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied over-payments and credit notes per customer</source>
        <translation>Sobrepagos no aplicados y notas de crédito por cliente</translation>
    </message>
    <message>
        <location filename="../core/reports/statementofaccountreport.cpp" line="+41"/>
        <source>Reversal</source>
        <translation>Reversión</translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="+34"/>
        <source>%1 (OS login %2)</source>
        <translation>%1 (usuario del SO %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="-5"/>
        <source>reversal of the payment</source>
        <translation>reversión del pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>pago</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credit applied</source>
        <translation>crédito aplicado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revenue recognition</source>
        <translation>reconocimiento de ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entry (%1)</source>
        <translation>asiento contable (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="+25"/>
        <source>COPY needs a PostgreSQL connection</source>
        <translation>COPY necesita una conexión PostgreSQL</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitesharing.cpp" line="+139"/>
        <source>another program</source>
        <translation>otro programa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2)</source>
        <translation>%1 (proceso %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2, user %3)</source>
        <translation>%1 (proceso %2, usuario %3)</translation>
    </message>
</context>
<context>
    <name>Accrue::AccountingExportPane</name>
    <message>
        <location filename="../ui/dialogs/accountingexportpane.cpp" line="+43"/>
        <source>Tax: %1, %2 %</source>
        <translation>Impuesto: %1, %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax: %1 (any rate)</source>
        <translation>Impuesto: %1 (cualquier tipo)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QuickBooks reads each account&apos;s full name as in its chart of accounts (Parent:Child for a subaccount).</source>
        <translation>QuickBooks lee el nombre completo de cada cuenta tal como figura en su plan de cuentas (Padre:Hija para una subcuenta).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xero reads each account&apos;s code, and each tax rate&apos;s tax type: its name as in Xero (else its code). A rate without a row of its own uses its category&apos;s.</source>
        <translation>Xero lee el código de cada cuenta y el tipo impositivo de cada tipo de impuesto: su nombre tal como figura en Xero (si no, su código). Un tipo sin fila propia usa el de su categoría.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NetSuite reads each account&apos;s number; where there is none, its name.</source>
        <translation>NetSuite lee el número de cada cuenta; si no lo tiene, su nombre.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>E&amp;xport to:</source>
        <translation>E&amp;xportar a:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Accrue</source>
        <translation>En Accrue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in %1</source>
        <translation>Número en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code in %1</source>
        <translation>Código en %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in %1</source>
        <translation>Nombre en %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Double-click a cell (or start typing) to change it; Save keeps every format&apos;s changes.</source>
        <translation>Haga doble clic en una celda (o empiece a escribir) para cambiarla; Guardar conserva los cambios de todos los formatos.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator can change the mapping.</source>
        <translation>Solo un administrador puede cambiar la asignación.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mapped</source>
        <translation>Asignada</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not mapped</source>
        <translation>Sin asignar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As %1</source>
        <translation>Como %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 writes “%2”</source>
        <translation>%1 escribe “%2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export that uses it stops before writing anything</source>
        <translation>Una exportación que la use se detiene antes de escribir nada</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: accounts mapped: %2 of %3</source>
        <translation>%1: cuentas asignadas: %2 de %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; tax rates mapped: %1 of %2</source>
        <translation>; tipos de impuesto asignados: %1 de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An export stops before writing anything while an account or tax rate it uses is not mapped, and names each one.</source>
        <translation>Una exportación se detiene antes de escribir nada mientras una cuenta o un tipo de impuesto que utiliza no esté asignado, e indica cada uno.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Accounting Export, %1: %2</source>
        <translation>Exportación contable, %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::AgingReport</name>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="+32"/>
        <source>Current</source>
        <translation>No vencido</translation>
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
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO (days)</source>
        <translation>DSO (días)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>AR aging as of %1</source>
        <translation>Antigüedad de saldos a %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+98"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditAccess</name>
    <message>
        <location filename="../core/billing/auditaccess.cpp" line="+16"/>
        <source>the audit trail</source>
        <translation>el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditCheckpoint</name>
    <message>
        <location filename="../core/billing/auditcheckpoints.cpp" line="+72"/>
        <source>no checkpoint line (accrue-audit-checkpoint 1 book=… records=… head=… at=… hmac-sha256=…) in it</source>
        <translation>no contiene ninguna línea de punto de control (accrue-audit-checkpoint 1 book=… records=… head=… at=… hmac-sha256=…)</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditCheckpoints</name>
    <message>
        <location line="+14"/>
        <source>there is no OS keychain to keep the checkpoint key in</source>
        <translation>no hay ningún llavero del SO donde guardar la clave del punto de control</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keychain could not be read for the checkpoint key</source>
        <translation>no se pudo leer el llavero para obtener la clave del punto de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this keychain holds no checkpoint key for book %1 (checkpoints are signed with the key of the keychain that made them)</source>
        <translation>este llavero no contiene ninguna clave de punto de control para el libro %1 (los puntos de control se firman con la clave del llavero que los creó)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the checkpoint key could not be stored in the keychain</source>
        <translation>no se pudo guardar la clave del punto de control en el llavero</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>make audit checkpoints</source>
        <translation>crear puntos de control de auditoría</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checkpoint is unsigned: %1</source>
        <translation>El punto de control no está firmado: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the checkpoint is of book %1; this is book %2</source>
        <translation>el punto de control es del libro %1; este es el libro %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the checkpoint&apos;s signature does not match: the line was altered or signed with another key</source>
        <translation>la firma del punto de control no coincide: la línea se alteró o se firmó con otra clave</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the checkpoint is unsigned, but this keychain holds the book&apos;s checkpoint key: the line was altered</source>
        <translation>el punto de control no está firmado, pero este llavero contiene la clave de punto de control del libro: la línea se alteró</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the trail holds %1 records but the checkpoint of %2 saw %3: records at the end were removed</source>
        <translation>el registro contiene %1 registros, pero el punto de control de %2 vio %3: se eliminaron registros del final</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record %1 is not the one the checkpoint of %2 saw: the trail was rewritten</source>
        <translation>el registro %1 no es el que vio el punto de control de %2: el registro de auditoría se reescribió</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditLog</name>
    <message>
        <location filename="../core/security/auditlog.cpp" line="+105"/>
        <source>record %1 is missing (next found is %2): a row was deleted</source>
        <translation>falta el registro %1 (el siguiente encontrado es %2): se eliminó una fila</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record %1 does not link to record %2</source>
        <translation>el registro %1 no enlaza con el registro %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 (%2 %3 %4, by %5) was altered after it was written</source>
        <translation>el registro %1 (%2 %3 %4, por %5) se alteró después de escribirse</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verification cancelled after %1 of %2 records</source>
        <translation>verificación cancelada tras %1 de %2 registros</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the trail ends at record %1 but %2 records were written: records at the end were deleted</source>
        <translation>el registro de auditoría termina en el registro %1, pero se escribieron %2 registros: se eliminaron registros del final</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditLogDialog</name>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="+58"/>
        <location line="+171"/>
        <location line="+52"/>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+216"/>
        <source>Choose a record to see what it changed.</source>
        <translation>Elija un registro para ver qué cambió.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Verificar…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no record was altered, removed or reordered, and prove the books (totals, allocations, journal, monthly balances) against the trail</source>
        <translation>Comprobar que ningún registro se alteró, eliminó ni reordenó, y cotejar los libros (totales, aplicaciones, diario, saldos mensuales) con el registro de auditoría</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Any</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record&apos;s id, as the entity names it (an invoice&apos;s is its internal number, not the invoice number)</source>
        <translation>El id del registro, tal como lo indica la entidad (el de una factura es su número interno, no el número de factura)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any day</source>
        <translation>Cualquier día</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search actions, ids and values…</source>
        <translation>Buscar acciones, ids y valores…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;ntity:</source>
        <translation>E&amp;ntidad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record:</source>
        <translation>&amp;Registro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All users</source>
        <translation>Todos los usuarios</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All entities</source>
        <translation>Todas las entidades</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Audit Log — %1 %2</source>
        <translation>Registro de auditoría — %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln registro</numerusform>
            <numerusform>%Ln registros</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record %1: %2 on %3 %4, by %5 at %6</source>
        <translation>Registro %1: %2 en %3 %4, por %5 a las %6</translation>
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
        <translation>Cambiado</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Export Audit Log</source>
        <translation>Exportar registro de auditoría</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verifying the audit trail…</source>
        <translation>Verificando el registro de auditoría…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+14"/>
        <source>Verify Audit Trail</source>
        <translation>Verificar registro de auditoría</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The audit trail is intact: %Ln record(s) verified.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto: %Ln registro verificado.</numerusform>
            <numerusform>El registro de auditoría está intacto: %Ln registros verificados.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The books agree with it: %Ln stored row(s) proved (documents and their lines, allocations, journal entries and monthly balances).</source>
        <translation>
            <numerusform>Los libros concuerdan con él: %Ln fila almacenada comprobada (documentos y sus líneas, aplicaciones, asientos contables y saldos mensuales).</numerusform>
            <numerusform>Los libros concuerdan con él: %Ln filas almacenadas comprobadas (documentos y sus líneas, aplicaciones, asientos contables y saldos mensuales).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is broken at record %1.</source>
        <translation>El registro de auditoría está roto en el registro %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Record %1</source>
        <translation>Mostrar registro %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The audit trail is intact, but %Ln stored value(s) disagree with what they derive from or with the audit trail.</source>
        <translation>
            <numerusform>El registro de auditoría está intacto, pero %Ln valor almacenado no concuerda con aquello de lo que se deriva o con el registro de auditoría.</numerusform>
            <numerusform>El registro de auditoría está intacto, pero %Ln valores almacenados no concuerdan con aquello de lo que se derivan o con el registro de auditoría.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTableModel</name>
    <message>
        <location filename="../ui/models/audittablemodel.cpp" line="+57"/>
        <source>%1 (OS login %2)</source>
        <translation>%1 (usuario del SO %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Hora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTrail</name>
    <message>
        <location filename="../core/queries/audittrail.cpp" line="+18"/>
        <source>the audit trail</source>
        <translation>el registro de auditoría</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTrailReport</name>
    <message>
        <location filename="../core/reports/audittrailreport.cpp" line="+27"/>
        <source>the audit trail</source>
        <translation>el registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (UTC)</source>
        <translation>Fecha/hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS login</source>
        <translation>Usuario del SO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Id del registro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Después</translation>
    </message>
</context>
<context>
    <name>Accrue::BankCsvMapping</name>
    <message>
        <location filename="../core/exchange/bankcsvmapping.cpp" line="+71"/>
        <source>say which column holds the date</source>
        <translation>indique qué columna contiene la fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which column holds the amount, or which hold debit and credit</source>
        <translation>indique qué columna contiene el importe, o cuáles contienen el débito y el crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the statement&apos;s currency (ISO 4217) or its column</source>
        <translation>indique la moneda del extracto (ISO 4217) o su columna</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decimal separator is . or ,</source>
        <translation>el separador decimal es . o ,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header rows cannot be negative</source>
        <translation>las filas de encabezado no pueden ser negativas</translation>
    </message>
</context>
<context>
    <name>Accrue::BankImportService</name>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="+36"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import bank statements</source>
        <translation>importar extractos bancarios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bank record</source>
        <translation>el registro bancario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a CSV statement needs a mapping (--mapping NAME; save one with `accrue-cli bank mapping FILE.json`)</source>
        <translation>%1: un extracto CSV necesita una asignación (--mapping NAME; guarde una con `accrue-cli bank mapping FILE.json`)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1:%2: currency: %3 in an account kept in %4</source>
        <translation>%1:%2: moneda: %3 en una cuenta llevada en %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>save bank file layouts</source>
        <translation>guardar formatos de archivo bancario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV mapping needs a name (the bank&apos;s)</source>
        <translation>Una asignación CSV necesita un nombre (el del banco)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping “%1” is incomplete: %2</source>
        <translation>La asignación “%1” está incompleta: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no saved CSV mapping “%1”</source>
        <translation>No existe ninguna asignación CSV guardada “%1”</translation>
    </message>
</context>
<context>
    <name>Accrue::BankLineTableModel</name>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="+19"/>
        <source>Unmatched</source>
        <translation>Sin conciliar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched</source>
        <translation>Conciliada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Confianza</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Motivo</translation>
    </message>
</context>
<context>
    <name>Accrue::BankLinesPanel</name>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="+52"/>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importar extracto…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Import Bank Statement</source>
        <translation>Importar extracto bancario</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Bank statements (*.csv *.txt *.ofx *.qfx *.xml);;All files (*)</source>
        <translation>Extractos bancarios (*.csv *.txt *.ofx *.qfx *.xml);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Auto-match</source>
        <translation>&amp;Conciliación automática</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccept</source>
        <translation>A&amp;ceptar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rechazar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match by &amp;Hand…</source>
        <translation>Conciliar &amp;manualmente…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unmatch</source>
        <translation>&amp;Deshacer conciliación</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All lines</source>
        <translation>Todas las líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatched</source>
        <translation>Sin conciliar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched</source>
        <translation>Conciliada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignorada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show:</source>
        <translation>Mostrar:</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <location line="+2"/>
        <source>%Ln bank line(s)</source>
        <translation>
            <numerusform>%Ln línea bancaria</numerusform>
            <numerusform>%Ln líneas bancarias</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: read %2, new %3, duplicates %4</source>
        <translation>%1: leídas %2, nuevas %3, duplicadas %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Examined %1 lines: %2 proposals (%3 ambiguous)</source>
        <translation>Examinadas %1 líneas: %2 propuestas (%3 ambiguas)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-match</source>
        <translation>Conciliación automática</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line #%1: %2</source>
        <translation>Línea n.º %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank lines</source>
        <translation>Líneas bancarias</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Invoice?</source>
        <translation>¿Qué factura?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from “%2” (%3) could pay any of these invoices. Which one does it pay?</source>
        <translation>%1 de “%2” (%3) podría pagar cualquiera de estas facturas. ¿Cuál paga?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ignore Bank Lines</source>
        <translation>Ignorar líneas bancarias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (bank fee, own transfer, …):</source>
        <translation>Motivo (comisión bancaria, transferencia propia, …):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unmatch</source>
        <translation>Deshacer conciliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatch the selected lines? Their payments are reversed.</source>
        <translation>¿Desea deshacer la conciliación de las líneas seleccionadas? Sus pagos se revierten.</translation>
    </message>
</context>
<context>
    <name>Accrue::BankRepository</name>
    <message>
        <location filename="../core/storage/bankrepository.cpp" line="+22"/>
        <source>the bank record</source>
        <translation>el registro bancario</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Bank account %1 is in %2, the statement in %3</source>
        <translation>La cuenta bancaria %1 está en %2, el extracto en %3</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingPreviewModel</name>
    <message>
        <location filename="../ui/models/billingpreviewmodel.cpp" line="+41"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing key</source>
        <translation>Clave de facturación</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/billingprofiledialog.cpp" line="+48"/>
        <source>New Billing Profile</source>
        <translation>Nuevo perfil de facturación</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Billing Profile %1</source>
        <translation>Perfil de facturación %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address &amp;line 2:</source>
        <translation>&amp;Línea 2 de dirección:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Postal code:</source>
        <translation>Código &amp;postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ciudad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;State/province:</source>
        <translation>&amp;Estado/provincia:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry (ISO):</source>
        <translation>País (&amp;ISO):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tacto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact &amp;e-mail:</source>
        <translation>Correo &amp;electrónico de contacto:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact p&amp;hone:</source>
        <translation>&amp;Teléfono de contacto:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With the country, it chooses the tax rates of this profile&apos;s invoices</source>
        <translation>Junto con el país, determina los tipos impositivos de las facturas de este perfil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default &amp;payment method:</source>
        <translation>&amp;Método de pago predeterminado:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where e-invoices to this profile go (PEPPOL): an EAS scheme and an identifier, as SCHEME:ID</source>
        <translation>Adónde van las facturas electrónicas de este perfil (PEPPOL): un esquema EAS y un identificador, como SCHEME:ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronic address (&amp;e-invoices):</source>
        <translation>Dirección electrónica (&amp;facturas electrónicas):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s &amp;default billing profile</source>
        <translation>El perfil de facturación &amp;predeterminado del cliente</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingProfilesPanel</name>
    <message>
        <location filename="../ui/pages/billingprofilespanel.cpp" line="+29"/>
        <location line="+55"/>
        <source>Default</source>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Dirección</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ciudad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region / state</source>
        <translation>Región / estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contacto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Método de pago</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Profile…</source>
        <translation>Añadir perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Profile…</source>
        <translation>Editar perfil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Make Default</source>
        <translation>Hacer predeterminado</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Remove Profile</source>
        <translation>Quitar perfil</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Added billing profile %1</source>
        <translation>Perfil de facturación %1 añadido</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved billing profile %1</source>
        <translation>Perfil de facturación %1 guardado</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is now the default billing profile</source>
        <translation>%1 es ahora el perfil de facturación predeterminado</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Remove Billing Profile</source>
        <translation>Quitar perfil de facturación</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove the billing profile %1?</source>
        <translation>¿Desea quitar el perfil de facturación %1?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed billing profile %1</source>
        <translation>Perfil de facturación %1 quitado</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingRun</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="+494"/>
        <source>run billing</source>
        <translation>ejecutar la facturación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date: give the date to bill up to</source>
        <translation>fecha: indique la fecha hasta la que facturar</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+18"/>
        <source>Subscription %1: %2</source>
        <translation>Suscripción %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingRunDialog</name>
    <message>
        <location filename="../ui/dialogs/billingrundialog.cpp" line="+29"/>
        <source>&amp;Issue the invoices (otherwise they stay drafts)</source>
        <translation>&amp;Emitir las facturas (si no, quedan como borradores)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>&amp;Vista previa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Billing</source>
        <translation>E&amp;jecutar facturación</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Billing Run</source>
        <translation>Ejecución de facturación</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Preview shows the invoices and credit notes the run will make.</source>
        <translation>La vista previa muestra las facturas y notas de crédito que generará la ejecución.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill what is due on:</source>
        <translation>Facturar lo vencido a:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make these documents now?</source>
        <translation>¿Desea generar estos documentos ahora?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Working…</source>
        <translation>Procesando…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing is due on %1: every period and change up to it is billed.</source>
        <translation>No hay nada vencido a %1: todos los periodos y cambios hasta esa fecha están facturados.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factura</numerusform>
            <numerusform>%Ln facturas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+41"/>
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln nota de crédito</numerusform>
            <numerusform>%Ln notas de crédito</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-38"/>
        <source>for %Ln subscription(s), net of tax.</source>
        <translation>
            <numerusform>para %Ln suscripción, neto de impuestos.</numerusform>
            <numerusform>para %Ln suscripciones, neto de impuestos.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table shows the first %L1.</source>
        <translation>La tabla muestra las primeras %L1.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Made %Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factura generada</numerusform>
            <numerusform>%Ln facturas generadas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(invoices issued).</source>
        <translation>(facturas emitidas).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(invoices left as drafts).</source>
        <translation>(facturas dejadas como borradores).</translation>
    </message>
</context>
<context>
    <name>Accrue::BookCopier</name>
    <message>
        <location filename="../core/billing/booktransfer.cpp" line="+17"/>
        <source>The copied audit trail does not verify at record %1: %2</source>
        <translation>El registro de auditoría copiado no se verifica en el registro %1: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="+66"/>
        <source>%1 is at schema %2 and %3 at schema %4; open both with this version of Accrue first (accrue-cli init)</source>
        <translation>%1 está en el esquema %2 y %3 en el esquema %4; abra primero ambos con esta versión de Accrue (accrue-cli init)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book has a table this copy does not know: %1</source>
        <translation>El libro tiene una tabla que esta copia no conoce: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already holds a book (%2 rows in %3); copy into a new, empty one</source>
        <translation>%1 ya contiene un libro (%2 filas en %3); copie en uno nuevo y vacío</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1.%2 is missing in %3</source>
        <translation>Falta %1.%2 en %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The copy differs from the source in %1 (%2: %3 here, %4 there)</source>
        <translation>La copia difiere del origen en %1 (%2: %3 aquí, %4 allí)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The copy holds unbalanced journal entries</source>
        <translation>La copia contiene asientos contables descuadrados</translation>
    </message>
</context>
<context>
    <name>Accrue::BookProof</name>
    <message>
        <location filename="../core/security/bookproof.cpp" line="+452"/>
        <source>Reading the audit records of documents</source>
        <translation>Leyendo los registros de auditoría de los documentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading invoice lines</source>
        <translation>Leyendo las líneas de factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading allocations and write-offs</source>
        <translation>Leyendo aplicaciones y pases a fallidos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving invoices</source>
        <translation>Comprobando facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving credit notes</source>
        <translation>Comprobando notas de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving payments</source>
        <translation>Comprobando pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving journal entries</source>
        <translation>Comprobando asientos contables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving monthly balances</source>
        <translation>Comprobando saldos mensuales</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
</context>
<context>
    <name>Accrue::BookSetup</name>
    <message>
        <location filename="../core/billing/booksetup.cpp" line="+31"/>
        <source>Choose the company&apos;s currency (ISO 4217), not “%1”.</source>
        <translation>Elija la moneda de la empresa (ISO 4217), no “%1”.</translation>
    </message>
</context>
<context>
    <name>Accrue::BulkWriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/bulkwriteoffdialog.cpp" line="+37"/>
        <source>Write Off %1+ Days Past Due</source>
        <translation>Pasar a fallidos las vencidas hace %1+ días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past due</source>
        <translation>Días de vencimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reason (required), e.g. year-end clean-up of bad debts</source>
        <translation>Motivo (obligatorio), p. ej. depuración de incobrables a final de año</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open invoices more than %1 days past due on %2. Untick those to keep; the rest are written off to Bad debts, each with its own audit record.</source>
        <translation>Facturas pendientes vencidas hace más de %1 días a %2. Desmarque las que desee conservar; el resto se pasa a Créditos incobrables, cada una con su propio registro de auditoría.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Write Off…</source>
        <translation>&amp;Pasar a fallidos…</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln invoice(s) chosen: %1 would be written off, dated %2.</source>
        <translation>
            <numerusform>%Ln factura elegida: se pasaría a fallidos %1, con fecha %2.</numerusform>
            <numerusform>%Ln facturas elegidas: se pasaría a fallidos %1, con fecha %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Wrote off %Ln invoice(s), %1 in all.</source>
        <translation>
            <numerusform>Pasada a fallidos %Ln factura, %1 en total.</numerusform>
            <numerusform>Pasadas a fallidos %Ln facturas, %1 en total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason: enter why these invoices are written off</source>
        <translation>Motivo: indique por qué se pasan estas facturas a fallidos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write them off now? This cannot be undone.</source>
        <translation>¿Desea pasarlas a fallidos ahora? Esta acción no se puede deshacer.</translation>
    </message>
</context>
<context>
    <name>Accrue::CatalogDialog</name>
    <message>
        <location filename="../ui/dialogs/catalogdialog.cpp" line="+51"/>
        <location line="+3"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="-3"/>
        <location line="+3"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax category</source>
        <translation>Categoría fiscal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recognition</source>
        <translation>Reconocimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pricing</source>
        <translation>Precios</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived</source>
        <translation>Mostrar &amp;archivados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products and Plans</source>
        <translation>Productos y planes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products</source>
        <translation>&amp;Productos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lans</source>
        <translation>P&amp;lanes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New…</source>
        <translation>&amp;Nuevo…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importar CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Archive</source>
        <translation>Archivar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Restaurar</translation>
    </message>
</context>
<context>
    <name>Accrue::CatalogService</name>
    <message>
        <location filename="../core/billing/catalogservice.cpp" line="+88"/>
        <source>revenue_account: no account with the code “%1”</source>
        <translation>revenue_account: no hay ninguna cuenta con el código “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revenue_account: %1 %2 is an account of type %3, not revenue</source>
        <translation>revenue_account: %1 %2 es una cuenta de tipo %3, no de ingresos</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No such product</source>
        <translation>No existe ese producto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such plan</source>
        <translation>No existe ese plan</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>code: enter a product code</source>
        <translation>code: introduzca un código de producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the product&apos;s name</source>
        <translation>name: introduzca el nombre del producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: choose the product&apos;s currency (an ISO 4217 code)</source>
        <translation>currency: elija la moneda del producto (un código ISO 4217)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unit_price: the price is not in the product&apos;s currency %1</source>
        <translation>unit_price: el precio no está en la moneda del producto %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit_price: %1 is not a price (zero or more)</source>
        <translation>unit_price: %1 no es un precio (cero o más)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit: name what is sold (unit, seat, user, GB, hour …)</source>
        <translation>unit: indique qué se vende (unidad, puesto, usuario, GB, hora …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tax_category: “%1” is not one of %2</source>
        <translation>tax_category: “%1” no es uno de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recognition: “%1” is not one of %2</source>
        <translation>recognition: “%1” no es uno de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>revenue_account: no such account</source>
        <translation>revenue_account: no existe esa cuenta</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>code: enter a plan code</source>
        <translation>code: introduzca un código de plan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the plan&apos;s name</source>
        <translation>name: introduzca el nombre del plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product: choose the product the plan bills</source>
        <translation>product: elija el producto que factura el plan</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>product: %1 is archived; restore it to make plans for it</source>
        <translation>product: %1 está archivado; restáurelo para crear planes para él</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: choose the plan&apos;s currency (an ISO 4217 code)</source>
        <translation>currency: elija la moneda del plan (un código ISO 4217)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>period: a plan bills monthly, quarterly or annually (1, 3 or 12 months), not every %1 months</source>
        <translation>period: un plan factura mensual, trimestral o anualmente (1, 3 o 12 meses), no cada %1 meses</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>price: the price is not in the plan&apos;s currency %1</source>
        <translation>price: el precio no está en la moneda del plan %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price: %1 is not a price (zero or more)</source>
        <translation>price: %1 no es un precio (cero o más)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trial_days: between 0 and 366 days</source>
        <translation>trial_days: entre 0 y 366 días</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiers: %1</source>
        <translation>tiers: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create products</source>
        <translation>crear productos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a product with the code “%1” exists already</source>
        <translation>code: ya existe un producto con el código “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit products</source>
        <translation>editar productos</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>archive products</source>
        <translation>archivar productos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore products</source>
        <translation>restaurar productos</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>create plans</source>
        <translation>crear planes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a plan with the code “%1” exists already</source>
        <translation>code: ya existe un plan con el código “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit plans</source>
        <translation>editar planes</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>price: %1 bills %2 subscription(s); make a new plan with the new price and change them to it</source>
        <translation>price: %1 factura %2 suscripción(es); cree un plan nuevo con el nuevo precio y cámbielas a él</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>archive plans</source>
        <translation>archivar planes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore plans</source>
        <translation>restaurar planes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan&apos;s product %1 is archived; restore it first</source>
        <translation>El producto del plan, %1, está archivado; restáurelo primero</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import products</source>
        <translation>importar productos</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import plans</source>
        <translation>importar planes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>product: no product with the code “%1”</source>
        <translation>product: no hay ningún producto con el código “%1”</translation>
    </message>
</context>
<context>
    <name>Accrue::ChartPalette</name>
    <message>
        <location filename="../ui/widgets/chartpalette.cpp" line="+160"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
</context>
<context>
    <name>Accrue::ChartView</name>
    <message>
        <location filename="../ui/widgets/chartview.cpp" line="+32"/>
        <source>No data</source>
        <translation>Sin datos</translation>
    </message>
</context>
<context>
    <name>Accrue::CheckpointRepository</name>
    <message>
        <location filename="../core/storage/checkpointrepository.cpp" line="+22"/>
        <source>%1 has no book identity (setting book.id)</source>
        <translation>%1 no tiene identidad de libro (ajuste book.id)</translation>
    </message>
</context>
<context>
    <name>Accrue::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/catalogcommands.cpp" line="-78"/>
        <source>%n unit(s) a period</source>
        <translation>
            <numerusform>%n unidad por periodo</numerusform>
            <numerusform>%n unidades por periodo</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Imported %n product(s)</source>
        <translation>Importados %n producto(s)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imported %n plan(s)</source>
        <translation>Importados %n plan(es)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/customercommands.cpp" line="-60"/>
        <source>Imported %n customer(s)</source>
        <translation>
            <numerusform>Importado %n cliente</numerusform>
            <numerusform>Importados %n clientes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="-58"/>
        <source>%n mapping(s) changed</source>
        <translation>
            <numerusform>%n asignación cambiada</numerusform>
            <numerusform>%n asignaciones cambiadas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/subscriptioncommands.cpp" line="-97"/>
        <source>Imported %n subscription(s)</source>
        <translation>
            <numerusform>Importada %n suscripción</numerusform>
            <numerusform>Importadas %n suscripciones</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/taxcommands.cpp" line="-34"/>
        <source>Imported %n tax rate(s)</source>
        <translation>
            <numerusform>Importado %n tipo impositivo</numerusform>
            <numerusform>Importados %n tipos impositivos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="+511"/>
        <source>Accrue billing and receivables, from the command line.</source>
        <translation>Accrue, facturación y cuentas por cobrar, desde la línea de comandos.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>init | demo | invoice list | invoice show NUMBER | invoice create FILE.json|FILE.csv (a line&apos;s optional recognition: point_in_time|ratably|as_delivered|milestone) | invoice issue ID | invoice pay NUMBER | invoice pdf | credit-note create | credit-note pdf NUMBER --out FILE | report list | report NAME | import bank FILE | import gateway FILE | bank list | bank mapping FILE.json | reconcile auto|accept|reject|ignore|unmatch | audit verify [--checkpoint FILE]|list|checkpoint [-o FILE] | copy --from BOOK --to BOOK | user list | user add NAME --role R [--tenant T] | user remove NAME | tenant add --kind partner|customer --parent T --name N [--customer CODE] | tenant list | tenant move CUSTOMER --to T | password set|forget | customer add|edit|list|show|archive|restore|delete|import FILE.csv | payment-method add|list | product add|edit|list|show|archive|restore|import FILE.csv | plan add|edit|list|show|archive|restore|import FILE.csv | tax-rate add|list|end ID --to D|import FILE.csv | tax-country [CC] | company show|set | subscription add|change|pause|resume|cancel|list|show|import | billing run | rate add BASE QUOTE RATE|list|import FILE | receipt list|show NUMBER|pdf NUMBER --out FILE | invoice dispute NUMBER --reason R | invoice dispute-note NUMBER --note N | invoice resolve-dispute NUMBER --by credit-note|write-off|withdrawn | invoice write-off NUMBER --reason R | write-off --older-than 90 --as-of D --reason R | invoice send NUMBER|--status S [--eml DIR] | receipt send NUMBER [--eml DIR] | credit-note send NUMBER [--eml DIR] | mail outbox|deliver|retry ID|test --to ADDR | mail settings show|set | mail password set|forget | dunning run [--dry-run] [--date D] | dunning steps show|set FILE.json | dunning flagged | dunning clear-flag NUMBER [--note T] | recognize --through D [--dry-run] | usage add --customer C --product P --quantity Q | milestone define|done|list NUMBER --line N | export journal --format iif|xero|netsuite|ledger [--from D --to D] [--currency C] -o FILE | export mapping show|set --format iif|xero|netsuite [FILE.csv] | export ubl NUMBER -o FILE.xml (an EN 16931 / PEPPOL BIS 3 e-invoice) | import ubl FILE.xml --pdf OUT.pdf | close-period YYYY-MM [--dry-run] (exit codes: 0 closed or nothing blocks the dry run, 1 error, 2 usage, 3 the checklist blocks, 4 already closed) | reopen-period YYYY-MM --reason TEXT (Admin) | periods</source>
        <translation>init | demo | invoice list | invoice show NUMBER | invoice create FILE.json|FILE.csv (reconocimiento opcional de una línea: point_in_time|ratably|as_delivered|milestone) | invoice issue ID | invoice pay NUMBER | invoice pdf | credit-note create | credit-note pdf NUMBER --out FILE | report list | report NAME | import bank FILE | import gateway FILE | bank list | bank mapping FILE.json | reconcile auto|accept|reject|ignore|unmatch | audit verify [--checkpoint FILE]|list|checkpoint [-o FILE] | copy --from BOOK --to BOOK | user list | user add NAME --role R [--tenant T] | user remove NAME | tenant add --kind partner|customer --parent T --name N [--customer CODE] | tenant list | tenant move CUSTOMER --to T | password set|forget | customer add|edit|list|show|archive|restore|delete|import FILE.csv | payment-method add|list | product add|edit|list|show|archive|restore|import FILE.csv | plan add|edit|list|show|archive|restore|import FILE.csv | tax-rate add|list|end ID --to D|import FILE.csv | tax-country [CC] | company show|set | subscription add|change|pause|resume|cancel|list|show|import | billing run | rate add BASE QUOTE RATE|list|import FILE | receipt list|show NUMBER|pdf NUMBER --out FILE | invoice dispute NUMBER --reason R | invoice dispute-note NUMBER --note N | invoice resolve-dispute NUMBER --by credit-note|write-off|withdrawn | invoice write-off NUMBER --reason R | write-off --older-than 90 --as-of D --reason R | invoice send NUMBER|--status S [--eml DIR] | receipt send NUMBER [--eml DIR] | credit-note send NUMBER [--eml DIR] | mail outbox|deliver|retry ID|test --to ADDR | mail settings show|set | mail password set|forget | dunning run [--dry-run] [--date D] | dunning steps show|set FILE.json | dunning flagged | dunning clear-flag NUMBER [--note T] | recognize --through D [--dry-run] | usage add --customer C --product P --quantity Q | milestone define|done|list NUMBER --line N | export journal --format iif|xero|netsuite|ledger [--from D --to D] [--currency C] -o FILE | export mapping show|set --format iif|xero|netsuite [FILE.csv] | export ubl NUMBER -o FILE.xml (una factura electrónica EN 16931 / PEPPOL BIS 3) | import ubl FILE.xml --pdf OUT.pdf | close-period YYYY-MM [--dry-run] (códigos de salida: 0 cerrado o nada bloquea la simulación, 1 error, 2 uso, 3 la lista de comprobación bloquea, 4 ya cerrado) | reopen-period YYYY-MM --reason TEXT (administrador) | periods</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No command given (try --help)</source>
        <translation>No se indicó ningún comando (pruebe --help)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There is no report “%1”. Reports: %2</source>
        <translation>No existe el informe “%1”. Informes: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” needs a subcommand (try --help)</source>
        <translation>“%1” necesita un subcomando (pruebe --help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command “%1 %2”</source>
        <translation>Comando desconocido “%1 %2”</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command “%1” (try --help)</source>
        <translation>Comando desconocido “%1” (pruebe --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option --%1 does not apply to “%2”</source>
        <translation>La opción --%1 no se aplica a “%2”</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Unknown command (try --help)</source>
        <translation>Comando desconocido (pruebe --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>No se puede leer %1: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--%1: “%2” is not a valid date (use YYYY-MM-DD)</source>
        <translation>--%1: “%2” no es una fecha válida (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: “%2” is not a whole number from %3 to %4</source>
        <translation>--%1: “%2” no es un número entero de %3 a %4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give it with PGPASSWORD or ~/.pgpass, or store it in the OS keychain: accrue-cli password set --db URL --password-stdin%1</source>
        <translation>Indíquela con PGPASSWORD o ~/.pgpass, o guárdela en el llavero del SO: accrue-cli password set --db URL --password-stdin%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no keychain is reachable from here)</source>
        <translation> (no se puede acceder a ningún llavero desde aquí)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin: la entrada estándar no contenía ninguna contraseña</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: “%1” is not table, csv, json or pdf</source>
        <translation>--format: “%1” no es table, csv, json ni pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--excel goes with --format csv</source>
        <translation>--excel va con --format csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format pdf needs -o FILE.pdf</source>
        <translation>--format pdf necesita -o FILE.pdf</translation>
    </message>
</context>
<context>
    <name>Accrue::ClosePeriodDialog</name>
    <message>
        <location filename="../ui/dialogs/closeperioddialog.cpp" line="+102"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures</source>
        <translation>Cifras</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Month</source>
        <translation>&amp;Cerrar mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Reabrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Periodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed through</source>
        <translation>Cerrado hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At (UTC)</source>
        <translation>Fecha/hora (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Period</source>
        <translation>Cerrar periodo</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Post the revenue recognised through the month end and close the month: later postings dated in it go to the first open day</source>
        <translation>Contabilizar los ingresos reconocidos hasta fin de mes y cerrar el mes: las contabilizaciones posteriores con fecha en él van al primer día abierto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the month and every later closed one (Admin; asks why)</source>
        <translation>Reabrir el mes y todos los meses cerrados posteriores (administrador; pide el motivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Books:</source>
        <translation>Libros:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Mes:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checklist</source>
        <translation>Lista de comprobación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historial</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Checking %1…</source>
        <translation>Comprobando %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The checklist could not be read: %1</source>
        <translation>No se pudo leer la lista de comprobación: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed through %1</source>
        <translation>Cerrado hasta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No period is closed</source>
        <translation>Ningún periodo está cerrado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is closed.</source>
        <translation>%1 está cerrado.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n item(s) block the close.</source>
        <translation>
            <numerusform>%n elemento bloquea el cierre.</numerusform>
            <numerusform>%n elementos bloquean el cierre.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ready to close %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Listo para cerrar %1 (%n advertencia).</numerusform>
            <numerusform>Listo para cerrar %1 (%n advertencias).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closed</source>
        <translation>Cerrado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened</source>
        <translation>Reabierto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closing %1: recognising revenue through its last day…</source>
        <translation>Cerrando %1: reconociendo ingresos hasta su último día…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed %1: the books are closed through %2. %3</source>
        <translation>%1 cerrado: los libros están cerrados hasta %2. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit checkpoint, to keep outside the book: %1</source>
        <translation>Punto de control de auditoría, para guardar fuera del libro: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not closed: %2</source>
        <translation>%1 no se cerró: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopened: the books are closed through %1</source>
        <translation>Reabierto: los libros están cerrados hasta %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened: no period is closed</source>
        <translation>Reabierto: ningún periodo está cerrado</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Reopen Period</source>
        <translation>Reabrir periodo</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Close %1</source>
        <translation>Cerrar %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1? Postings dated in it afterwards go to the first day of the next open month; only an Admin can reopen it.</source>
        <translation>¿Desea cerrar %1? Las contabilizaciones que después se fechen en él irán al primer día del siguiente mes abierto; solo un administrador puede reabrirlo.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reopen %1</source>
        <translation>Reabrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it reopened? (Later closed months reopen too; this goes into the audit log.)</source>
        <translation>¿Por qué se reabre? (Los meses cerrados posteriores también se reabren; esto queda en el registro de auditoría).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a reason to reopen the period.</source>
        <translation>Introduzca un motivo para reabrir el periodo.</translation>
    </message>
</context>
<context>
    <name>Accrue::CollectionsService</name>
    <message>
        <location filename="../core/storage/collectionsrepository.cpp" line="+57"/>
        <source>The dispute was resolved meanwhile</source>
        <translation>La disputa se resolvió entretanto</translation>
    </message>
    <message>
        <location filename="../core/billing/collectionsservice.cpp" line="+14"/>
        <source>%1: enter it</source>
        <translation>%1: introdúzcalo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1: contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: at most 2000 characters</source>
        <translation>%1: como máximo 2000 caracteres</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put invoices in dispute</source>
        <translation>poner facturas en disputa</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+109"/>
        <location line="+16"/>
        <location line="+85"/>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+36"/>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+136"/>
        <source>No invoice with id %1</source>
        <translation>No hay ninguna factura con el id %1</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Invoice %1 is %2: only an open invoice can be disputed</source>
        <translation>La factura %1 está %2: solo se puede disputar una factura pendiente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 is already in dispute</source>
        <translation>La factura %1 ya está en disputa</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>note on disputes</source>
        <translation>anotar en disputas</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>The invoice is not in dispute</source>
        <translation>La factura no está en disputa</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>resolve disputes</source>
        <translation>resolver disputas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the invoice off instead: that resolves its dispute</source>
        <translation>Pase la factura a fallidos en su lugar: eso resuelve su disputa</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>date: a dispute is resolved on or after the day it was opened (%1)</source>
        <translation>fecha: una disputa se resuelve el mismo día en que se abrió o después (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+16"/>
        <location line="+85"/>
        <source>write invoices off</source>
        <translation>pasar facturas a fallidos</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose at least one invoice to write off</source>
        <translation>Elija al menos una factura que pasar a fallidos</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is %2 and has nothing open to write off</source>
        <translation>La factura %1 está %2 y no tiene nada pendiente que pasar a fallidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date: invoice %1 cannot be written off before it was issued (%2)</source>
        <translation>fecha: la factura %1 no se puede pasar a fallidos antes de su emisión (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>as of: enter the date the invoices are written off</source>
        <translation>a fecha de: introduzca la fecha en que las facturas pasan a fallidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older than: the days past due cannot be negative</source>
        <translation>más antiguas que: los días de vencimiento no pueden ser negativos</translation>
    </message>
</context>
<context>
    <name>Accrue::ColumnMapping</name>
    <message>
        <location filename="../core/exchange/columnmapping.cpp" line="+43"/>
        <source>%1: not a column mapping (JSON object): %2</source>
        <translation>%1: no es una asignación de columnas (objeto JSON): %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: delimiter: one character, not “%2”</source>
        <translation>%1: delimiter: un carácter, no “%2”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: columns: name at least one column, as {&quot;code&quot;: &quot;Customer no&quot;}</source>
        <translation>%1: columns: indique al menos una columna, como {&quot;code&quot;: &quot;Customer no&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: columns: “%2” names no column of the file</source>
        <translation>%1: columns: “%2” no corresponde a ninguna columna del archivo</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the mapping names “%2”, which is none of %3</source>
        <translation>%1: la asignación indica “%2”, que no es ninguno de %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:%2: no column “%3” for %4 (the header has %5)</source>
        <translation>%1:%2: no hay ninguna columna “%3” para %4 (el encabezado tiene %5)</translation>
    </message>
</context>
<context>
    <name>Accrue::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="+39"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Recordar la contraseña en el llavero del sistema</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server name or address</source>
        <translation>nombre o dirección del servidor</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Servidor:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Puerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de datos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SSL mode:</source>
        <translation>&amp;Modo SSL:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>C&amp;onectar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>Probar cone&amp;xión</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent connections:</source>
        <translation>Conexiones recientes:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected as %1.</source>
        <translation>Conectado como %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No system keychain is available, so the password is not stored anywhere: Accrue will ask for it again next time.</source>
        <translation>No hay ningún llavero del sistema disponible, así que la contraseña no se guarda en ningún sitio: Accrue se la volverá a pedir la próxima vez.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain did not take the password (%1); Accrue will ask for it again next time.</source>
        <translation>El llavero no aceptó la contraseña (%1); Accrue se la volverá a pedir la próxima vez.</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteDialog</name>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="+25"/>
        <source>The whole invoice (voids it)</source>
        <translation>La factura completa (la anula)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount, tax included:</source>
        <translation>Un importe, impuestos incluidos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen lines (net amounts; tax follows):</source>
        <translation>Líneas elegidas (importes netos; los impuestos se ajustan):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep as customer credit instead of reducing this invoice</source>
        <translation>Conservar como saldo a favor del cliente en lugar de reducir esta factura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit Note for %1</source>
        <translation>Nota de crédito para %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invoice total:</source>
        <translation>Total de la factura:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit:</source>
        <translation>Crédito:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open balance:</source>
        <translation>Saldo pendiente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of this invoice is already paid or credited: the amount offered is the open balance.</source>
        <translation>%1 de esta factura ya está pagado o abonado: el importe propuesto es el saldo pendiente.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net to credit</source>
        <translation>Neto a abonar</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick the lines to credit.</source>
        <translation>Marque las líneas que abonar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Void %1</source>
        <translation>Anular %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole invoice: it becomes void</source>
        <translation>La factura completa: queda anulada</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the invoice is void (required)</source>
        <translation>Por qué se anula la factura (obligatorio)</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteMailer</name>
    <message>
        <location filename="../core/mail/creditnotemailer.cpp" line="+42"/>
        <source>send credit notes by e-mail</source>
        <translation>enviar notas de crédito por correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note %1</source>
        <translation>Nota de crédito %1</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteService</name>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="+22"/>
        <source>No credit note with id %1</source>
        <translation>No hay ninguna nota de crédito con el id %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credit note numbered “%1”</source>
        <translation>No hay ninguna nota de crédito con el número “%1”</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>issue credit notes</source>
        <translation>emitir notas de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: say why the invoice is credited</source>
        <translation>reason: indique por qué se abona la factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: contains control characters (such as NUL)</source>
        <translation>reason: contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an issued invoice can be credited; a draft can simply be changed</source>
        <translation>Solo se puede abonar una factura emitida; un borrador simplemente se puede modificar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is already fully credited</source>
        <translation>La factura %1 ya está totalmente abonada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: the credit note cannot be dated before invoice %1</source>
        <translation>fecha: la nota de crédito no puede tener fecha anterior a la factura %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing is left to credit on invoice %1</source>
        <translation>No queda nada por abonar en la factura %1</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNotesReport</name>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="+28"/>
        <source>Credit notes %1 to %2</source>
        <translation>Notas de crédito del %1 al %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>Crédito restante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvExport</name>
    <message>
        <location filename="../ui/csvexport.cpp" line="+18"/>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvMappingDialog</name>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="+54"/>
        <source>Bank CSV Layout: %1</source>
        <translation>Formato CSV bancario: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new layout)</source>
        <translation>(nuevo formato)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma</source>
        <translation>Coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Punto y coma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point (1,234.56)</source>
        <translation>Punto (1,234.56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (1.234,56)</source>
        <translation>Coma (1.234,56)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ISO code, e.g. %1</source>
        <translation>Código ISO, p. ej. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved layouts:</source>
        <translation>Formatos guardados:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank (layout name):</source>
        <translation>Banco (nombre del formato):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Delimitador:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header rows:</source>
        <translation>Filas de encabezado:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Codificación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Moneda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator:</source>
        <translation>Separador decimal:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date column:</source>
        <translation>Columna de fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format:</source>
        <translation>Formato de fecha:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed):</source>
        <translation>Importe (con signo):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or debit (out):</source>
        <translation>…o débito (salida):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and credit (in):</source>
        <translation>…y crédito (entrada):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty:</source>
        <translation>Contraparte:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Referencia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank&apos;s id:</source>
        <translation>Id del banco:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Layout and Import</source>
        <translation>Guardar formato e importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview (first %1 lines):</source>
        <translation>Vista previa (primeras %1 líneas):</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the layout after the bank, to use it again.</source>
        <translation>Ponga al formato el nombre del banco para volver a usarlo.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1 (%2)</source>
        <translation>Columna %1 (%2)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>To preview: %1</source>
        <translation>Para la vista previa: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln line(s) read.</source>
        <translation>
            <numerusform>%Ln línea leída.</numerusform>
            <numerusform>%Ln líneas leídas.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::CsvPreviewModel</name>
    <message>
        <location filename="../ui/models/csvpreviewmodel.cpp" line="+59"/>
        <source>(column %1)</source>
        <translation>(columna %1)</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvReader</name>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="+39"/>
        <source>%1:%2: the file is not UTF-8 text (save it as UTF-8, or choose its encoding)</source>
        <translation>%1:%2: el archivo no es texto UTF-8 (guárdelo como UTF-8 o elija su codificación)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1:%2: a quoted field is not closed</source>
        <translation>%1:%2: un campo entre comillas no está cerrado</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvWriter</name>
    <message>
        <location filename="../core/exchange/csvwriter.cpp" line="+164"/>
        <location filename="../core/exchange/texttablewriter.cpp" line="+82"/>
        <source>Cannot write the file: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::CurrencyConversion</name>
    <message>
        <location filename="../core/reports/currencyconversion.cpp" line="+24"/>
        <source>reporting currency: “%1” is not an ISO 4217 currency code</source>
        <translation>moneda de presentación: “%1” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No exchange rate %1/%2 on or before %3: enter or import one to report in %2</source>
        <translation>No hay tipo de cambio %1/%2 en %3 o antes: introduzca o importe uno para informar en %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>in %1 at the rates of each document&apos;s date</source>
        <translation>en %1 a los tipos de la fecha de cada documento</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerCreditReport</name>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="+27"/>
        <source>Customer credit balances</source>
        <translation>Saldos a favor de clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From payments</source>
        <translation>De pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From credit notes</source>
        <translation>De notas de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Available</source>
        <translation>Disponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerCsv</name>
    <message>
        <location filename="../core/exchange/customercsv.cpp" line="+33"/>
        <source>%1: no customers after the header</source>
        <translation>%1: no hay clientes después del encabezado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 campos, pero el encabezado indica %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>“%1” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a number of days from 0 to 365</source>
        <translation>“%1” no es un número de días de 0 a 365</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/customerdialog.cpp" line="+26"/>
        <source>New Customer</source>
        <translation>Nuevo cliente</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of this customer&apos;s invoices, credit notes, receipts and their dates and amounts</source>
        <translation>El idioma de las facturas, notas de crédito y recibos de este cliente, y de sus fechas e importes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book&apos;s language</source>
        <translation>El idioma del libro</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax ID:</source>
        <translation>&amp;NIF:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment terms:</source>
        <translation>Condiciones de &amp;pago:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otas:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Billing address</source>
        <translation>Dirección de facturación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation>Código postal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Ciudad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Región:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/province:</source>
        <translation>Estado/provincia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>País:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contacto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail:</source>
        <translation>Correo electrónico de contacto:</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerListRepository</name>
    <message>
        <location filename="../core/storage/customerlistrepository.cpp" line="+68"/>
        <source>The customer list needs today&apos;s date</source>
        <translation>La lista de clientes necesita la fecha de hoy</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerRepository</name>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="+144"/>
        <source>Customer %1</source>
        <translation>Cliente %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%n invoice(s)</source>
        <translation>%n factura(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n credit note(s)</source>
        <translation>%n nota(s) de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n payment(s)</source>
        <translation>%n pago(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>%n suscripción(es)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n bank line match(es)</source>
        <translation>%n conciliación(es) de líneas bancarias</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerService</name>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="+86"/>
        <source>import customers</source>
        <translation>importar clientes</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+229"/>
        <source>No such customer</source>
        <translation>No existe ese cliente</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>archive customers</source>
        <translation>archivar clientes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore customers</source>
        <translation>restaurar clientes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has subscription %2 (%3); cancel it before archiving the customer</source>
        <translation>%1 tiene la suscripción %2 (%3); cancélela antes de archivar el cliente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>delete customers</source>
        <translation>eliminar clientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2: archive the customer instead, which keeps its history</source>
        <translation>%1 tiene %2: archive el cliente en su lugar, lo que conserva su historial</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>add payment methods</source>
        <translation>añadir métodos de pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is archived; restore it to add a payment method</source>
        <translation>El cliente está archivado; restáurelo para añadir un método de pago</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+45"/>
        <location line="+24"/>
        <source>edit billing profiles</source>
        <translation>editar perfiles de facturación</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>“%1” no es una dirección de correo electrónico.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country “%1” is not a two-letter ISO code.</source>
        <translation>El país “%1” no es un código ISO de dos letras.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The electronic address “%1” cannot be used: %2</source>
        <translation>No se puede usar la dirección electrónica “%1”: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That payment method is not one of this customer&apos;s.</source>
        <translation>Ese método de pago no es de este cliente.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>The billing profile %1 is not one of this customer&apos;s.</source>
        <translation>El perfil de facturación %1 no es de este cliente.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>A billing profile needs a name.</source>
        <translation>Un perfil de facturación necesita un nombre.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is the default billing profile; make another the default first.</source>
        <translation>“%1” es el perfil de facturación predeterminado; haga primero predeterminado otro.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” is named by %n invoice(s) or subscription(s) and stays.</source>
        <translation>
            <numerusform>“%1” figura en %n factura o suscripción y se conserva.</numerusform>
            <numerusform>“%1” figura en %n facturas o suscripciones y se conserva.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>code: enter a customer code</source>
        <translation>code: introduzca un código de cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the customer&apos;s name</source>
        <translation>name: introduzca el nombre del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: choose the customer&apos;s currency (an ISO 4217 code)</source>
        <translation>currency: elija la moneda del cliente (un código ISO 4217)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation>payment terms: entre 0 y 365 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>código</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>correo electrónico</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tax ID</source>
        <translation>NIF</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>idioma</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1: contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edit customers</source>
        <translation>editar clientes</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>create customers</source>
        <translation>crear clientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a customer with the code “%1” exists already</source>
        <translation>code: ya existe un cliente con el código “%1”</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/customertablemodel.cpp" line="+51"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n día</numerusform>
            <numerusform>%n días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Condiciones</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomersPage</name>
    <message>
        <location filename="../ui/pages/customerspage.cpp" line="+59"/>
        <source>Archived</source>
        <translation>Archivado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search code or name (Ctrl+F)</source>
        <translation>Buscar código o nombre (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the archived customers instead</source>
        <translation>Mostrar en su lugar los clientes archivados</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <location line="+4"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln cliente</numerusform>
            <numerusform>%Ln clientes</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New Customer…</source>
        <translation>&amp;Nuevo cliente…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Editar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Payment Method…</source>
        <translation>Añadir método de &amp;pago…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archivar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Eliminar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statement…</source>
        <translation>E&amp;xtracto…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s statement of account, on the Reports page</source>
        <translation>El extracto de cuenta del cliente, en la página Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Importar clientes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers from another tool&apos;s CSV file, its columns mapped</source>
        <translation>Clientes desde el archivo CSV de otra herramienta, con sus columnas asignadas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt &amp;PDF…</source>
        <translation>&amp;PDF del recibo…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yments</source>
        <translation>Pa&amp;gos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;pts</source>
        <translation>Reci&amp;bos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redit Notes</source>
        <translation>&amp;Notas de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subscriptions</source>
        <translation>&amp;Suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing Profiles</source>
        <translation>Perfiles de &amp;facturación</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chosen credit note as a PDF</source>
        <translation>Guardar como PDF la nota de crédito elegida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send by &amp;E-mail…</source>
        <translation>Enviar por &amp;correo electrónico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail the chosen credit note with its PDF to the customer</source>
        <translation>Enviar al cliente por correo electrónico la nota de crédito elegida con su PDF</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+8"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Send by E-mail</source>
        <translation>Enviar por correo electrónico</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Sending credit note %1 by e-mail…</source>
        <translation>Enviando la nota de crédito %1 por correo electrónico…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credit note was not sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%1</source>
        <translation>La nota de crédito no se envió (lo que quedó en cola se reintenta más tarde; véase Facturación &gt; Bandeja de salida de correo):
%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Added customer %1</source>
        <translation>Cliente %1 añadido</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved customer %1</source>
        <translation>Cliente %1 guardado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive Customer</source>
        <translation>Archivar cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Customer</source>
        <translation>Restaurar cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived %1; its history stays</source>
        <translation>%1 archivado; su historial se conserva</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1</source>
        <translation>%1 restaurado</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Delete Customer</source>
        <translation>Eliminar cliente</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete %1 (%2) with its billing profiles and payment methods? Only a customer with no documents can be deleted.</source>
        <translation>¿Desea eliminar %1 (%2) con sus perfiles de facturación y métodos de pago? Solo se puede eliminar un cliente sin documentos.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted %1</source>
        <translation>%1 eliminado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added a payment method for %1</source>
        <translation>Se añadió un método de pago para %1</translation>
    </message>
</context>
<context>
    <name>Accrue::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="+43"/>
        <location line="+311"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Outstanding AR</source>
        <translation>Cuentas por cobrar pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue AR</source>
        <translation>Cuentas por cobrar vencidas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open invoices</source>
        <translation>Facturas pendientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write Off 90+…</source>
        <translation>Pasar a fallidos 90+…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write off invoices more than 90 days past due (Finance, Admin)</source>
        <translation>Pasar a fallidos las facturas vencidas hace más de 90 días (Finanzas, Administrador)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent payments</source>
        <translation>Cobros recientes</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The period ends before it starts</source>
        <translation>El periodo termina antes de empezar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures in %1 ms</source>
        <translation>Cifras en %1 ms</translation>
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
        <translation>los primeros %1 días de %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no revenue in %1 to compare</source>
        <translation>sin ingresos en %1 para comparar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 vs %2</source>
        <translation>%1 frente a %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>billed, net of tax; %1</source>
        <translation>facturado, neto de impuestos; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>owed by customers today</source>
        <translation>adeudado por los clientes hoy</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past due date</source>
        <translation>fecha de vencimiento superada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last 90 days</source>
        <translation>últimos 90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued, not fully paid</source>
        <translation>emitidas, no pagadas por completo</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s) in dispute</source>
        <translation>
            <numerusform>%Ln factura en disputa</numerusform>
            <numerusform>%Ln facturas en disputa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s) due in %1 days</source>
        <translation>
            <numerusform>%Ln factura vence en %1 días</numerusform>
            <numerusform>%Ln facturas vencen en %1 días</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open balance</source>
        <translation>Saldo pendiente</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AR aging (%1), click a bar for its invoices</source>
        <translation>Antigüedad de saldos (%1); haga clic en una barra para ver sus facturas</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write Off 90+</source>
        <translation>Pasar a fallidos 90+</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revenue by month (%1)</source>
        <translation>Ingresos por mes (%1)</translation>
    </message>
</context>
<context>
    <name>Accrue::Database</name>
    <message>
        <location filename="../core/storage/bulkinserter.cpp" line="+66"/>
        <source>The book could not take the rows being loaded into %1; nothing of the load was kept</source>
        <translation>El libro no pudo aceptar las filas que se cargaban en %1; no se conservó nada de la carga</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+98"/>
        <source>Leave the password out of %1: anyone on this computer can read a program&apos;s command line. Use PGPASSWORD, ~/.pgpass or the keychain (accrue-cli password set --password-stdin).</source>
        <translation>No incluya la contraseña en %1: cualquiera en este equipo puede leer la línea de comandos de un programa. Use PGPASSWORD, ~/.pgpass o el llavero (accrue-cli password set --password-stdin).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown connection option “%1” in %2 (known: sslmode, sslrootcert, connect_timeout, application_name, options, host, port)</source>
        <translation>Opción de conexión desconocida “%1” en %2 (conocidas: sslmode, sslrootcert, connect_timeout, application_name, options, host, port)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid PostgreSQL address: %1 (expected postgresql://user@host:port/database?sslmode=…)</source>
        <translation>No es una dirección PostgreSQL válida: %1 (se esperaba postgresql://user@host:port/database?sslmode=…)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 needs a password (none given, or it was refused)</source>
        <translation>%1 necesita una contraseña (no se indicó ninguna, o fue rechazada)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to %1</source>
        <translation>No se puede conectar a %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Book not found: %1 (create it with accrue-cli init)</source>
        <translation>No se encontró el libro: %1 (créelo con accrue-cli init)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a book file: %1</source>
        <translation>No es un archivo de libro: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is read-only: Accrue needs to write to the book and to its folder (check their permissions, or copy the book somewhere writable)</source>
        <translation>%1 es de solo lectura: Accrue necesita escribir en el libro y en su carpeta (revise sus permisos o copie el libro en un lugar con permiso de escritura)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open %1</source>
        <translation>No se puede abrir %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is not an Accrue book (or it is damaged)</source>
        <translation>%1 no es un libro de Accrue (o está dañado)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/migrations.cpp" line="+1894"/>
        <source>%1 is not an Accrue book</source>
        <translation>%1 no es un libro de Accrue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty, not an Accrue book (create one with accrue-cli init)</source>
        <translation>%1 está vacío, no es un libro de Accrue (cree uno con accrue-cli init)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The book refused a change</source>
        <translation>El libro rechazó un cambio</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The book %1 is busy: someone else is writing to it. Try again when they have finished.</source>
        <translation>El libro %1 está ocupado: otra persona está escribiendo en él. Inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book %1 is in use by %2, which is writing to it. Try again when it has finished.</source>
        <translation>El libro %1 está en uso por %2, que está escribiendo en él. Inténtelo de nuevo cuando haya terminado.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book %1 is read-only: check the permissions of the file and its folder.</source>
        <translation>El libro %1 es de solo lectura: revise los permisos del archivo y de su carpeta.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding %1 is full.</source>
        <translation>El disco que contiene %1 está lleno.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book refused the change because it breaks one of its rules (a required value is missing, a value is out of range or already used).</source>
        <translation>El libro rechazó el cambio porque infringe una de sus reglas (falta un valor obligatorio, un valor está fuera de rango o ya se ha usado).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not an Accrue book.</source>
        <translation>%1 está dañado o no es un libro de Accrue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book %1 could not carry out a request.</source>
        <translation>El libro %1 no pudo llevar a cabo una solicitud.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The change was rolled back because part of it failed</source>
        <translation>El cambio se revirtió porque una parte falló</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 was written by a newer Accrue (schema %2; this version knows up to %3)</source>
        <translation>%1 fue escrito por una versión más reciente de Accrue (esquema %2; esta versión conoce hasta el %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an initialised Accrue book (run accrue-cli init)</source>
        <translation>%1 no es un libro de Accrue inicializado (ejecute accrue-cli init)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs an upgrade from schema %2 to %3 (run accrue-cli init)</source>
        <translation>%1 necesita una actualización del esquema %2 al %3 (ejecute accrue-cli init)</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlquery.cpp" line="+77"/>
        <source>Database error: no result</source>
        <translation>Error de base de datos: sin resultado</translation>
    </message>
</context>
<context>
    <name>Accrue::DeferredRevenueReport</name>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="+29"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service from</source>
        <translation>Servicio desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service to</source>
        <translation>Servicio hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Diferido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred revenue as of %1</source>
        <translation>Ingresos diferidos a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Accrue::DeferredRollforwardReport</name>
    <message>
        <location filename="../core/reports/deferredrollforwardreport.cpp" line="+90"/>
        <source>Deferred revenue roll-forward (%1)</source>
        <translation>Evolución de ingresos diferidos (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Otros</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Saldo final</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::DemoGenerator</name>
    <message>
        <location filename="../core/demo/demogenerator.cpp" line="+114"/>
        <source>The demo needs at least one customer and a non-negative invoice count</source>
        <translation>La demostración necesita al menos un cliente y un número de facturas no negativo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo data only goes into an empty book; %1 already holds customers or invoices</source>
        <translation>Los datos de demostración solo se cargan en un libro vacío; %1 ya contiene clientes o facturas</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Demo generation was cancelled; nothing was kept</source>
        <translation>Se canceló la generación de la demostración; no se conservó nada</translation>
    </message>
</context>
<context>
    <name>Accrue::DisputeDialog</name>
    <message>
        <location filename="../ui/dialogs/disputedialog.cpp" line="+29"/>
        <source>Mark %1 In Dispute</source>
        <translation>Marcar %1 como en disputa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Dispute Note to %1</source>
        <translation>Añadir nota de disputa a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer contests</source>
        <translation>Lo que el cliente impugna</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: who said what, what happens next</source>
        <translation>Opcional: quién dijo qué, qué ocurre después</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Qué ocurrió</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opened on:</source>
        <translation>&amp;Abierta el:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Nota:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note (required):</source>
        <translation>&amp;Nota (obligatoria):</translation>
    </message>
</context>
<context>
    <name>Accrue::DocumentMail</name>
    <message>
        <location filename="../core/mail/documentmail.cpp" line="+28"/>
        <source>E-mail is not set up: enter the SMTP server and the sender&apos;s address in the e-mail settings first</source>
        <translation>El correo electrónico no está configurado: introduzca primero el servidor SMTP y la dirección del remitente en la configuración de correo electrónico</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create a temporary folder for the PDF: %1</source>
        <translation>No se puede crear una carpeta temporal para el PDF: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the PDF of %1: %2</source>
        <translation>No se puede leer el PDF de %1: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 has no e-mail address (billing profile contact or customer)</source>
        <translation>%1: %2 no tiene dirección de correo electrónico (contacto del perfil de facturación o cliente)</translation>
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
        <translation>Omitido, ya que corresponde un paso posterior: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in %1</source>
        <translation>en %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days overdue</source>
        <translation>Días de vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late fee</source>
        <translation>Recargo por demora</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Destinatario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problema</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningRunDialog</name>
    <message>
        <location filename="../ui/dialogs/dunningrundialog.cpp" line="+37"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear Flag…</source>
        <translation>&amp;Quitar marca…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning Run</source>
        <translation>Ejecución de reclamación</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue the reminders, flag the invoices and issue the late fees listed; each step acts once per invoice</source>
        <translation>Poner en cola los recordatorios, marcar las facturas y emitir los recargos por demora indicados; cada paso actúa una vez por factura</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged on</source>
        <translation>Marcada el</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days overdue</source>
        <translation>Días de vencimiento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invoice has been looked at: take it off this list (the note goes into the audit log)</source>
        <translation>La factura ya se ha revisado: quitarla de esta lista (la nota queda en el registro de auditoría)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders due on:</source>
        <translation>Recordatorios a fecha de:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flagged for Review</source>
        <translation>&amp;Marcadas para revisión</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+65"/>
        <source>Clear Flag</source>
        <translation>Quitar marca</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Note (why the invoice needs no more review):</source>
        <translation>Nota (por qué la factura no necesita más revisión):</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Flagged for Review</source>
        <translation>Marcadas para revisión</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Looking for invoices due for a reminder…</source>
        <translation>Buscando facturas que requieren recordatorio…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invoice is due for a reminder on %1.</source>
        <translation>Ninguna factura requiere recordatorio a %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invoice(s) due for a reminder step.</source>
        <translation>
            <numerusform>%n factura requiere un paso de recordatorio.</numerusform>
            <numerusform>%n facturas requieren un paso de recordatorio.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Carrying out the dunning run…</source>
        <translation>Realizando la ejecución de reclamación…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Queued %1 reminder(s) in the outbox, flagged %2 invoice(s) for review, issued %3 late fee(s).</source>
        <translation>Se pusieron en cola %1 recordatorio(s) en la bandeja de salida, se marcaron %2 factura(s) para revisión y se emitieron %3 recargo(s) por demora.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 were done by another run meanwhile, %2 no longer due.</source>
        <translation>%1 los hizo otra ejecución entretanto, %2 ya no vencen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left for the next run:</source>
        <translation>Pendiente para la próxima ejecución:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+31"/>
        <location line="+22"/>
        <source>The reminders are queued, not sent: %1</source>
        <translation>Los recordatorios están en cola, no enviados: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n reminder(s) queued; e-mail is not set up, so they wait in the outbox (Company Settings, E-mail; then Billing &gt; E-mail Outbox).</source>
        <translation>
            <numerusform>%n recordatorio en cola; el correo electrónico no está configurado, así que espera en la bandeja de salida (Configuración de la empresa, Correo electrónico; después, Facturación &gt; Bandeja de salida de correo).</numerusform>
            <numerusform>%n recordatorios en cola; el correo electrónico no está configurado, así que esperan en la bandeja de salida (Configuración de la empresa, Correo electrónico; después, Facturación &gt; Bandeja de salida de correo).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail is not set up: no reminder can be sent (Company Settings, E-mail).</source>
        <translation>El correo electrónico no está configurado: no se puede enviar ningún recordatorio (Configuración de la empresa, Correo electrónico).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reminders are queued, not sent: no SMTP password was given (Billing &gt; E-mail Outbox sends them later).</source>
        <translation>Los recordatorios están en cola, no enviados: no se indicó ninguna contraseña SMTP (Facturación &gt; Bandeja de salida de correo los envía más tarde).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending the reminders…</source>
        <translation>Enviando los recordatorios…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail: %1 sent, %2 to retry later, %3 failed.</source>
        <translation>Correo electrónico: %1 enviados, %2 por reintentar más tarde, %3 fallidos.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See Billing &gt; E-mail Outbox.</source>
        <translation>Véase Facturación &gt; Bandeja de salida de correo.</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSchedule</name>
    <message>
        <location filename="../core/dunning/dunningschedule.cpp" line="+89"/>
        <source>Due soon</source>
        <translation>Vence pronto</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice {invoice} is due on {due_date}</source>
        <translation>La factura {invoice} vence el {due_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

a friendly note that invoice {invoice} over {amount_due} is due on {due_date}. The invoice is attached for your convenience.</source>
        <translation>Estimado/a {customer}:

le recordamos amablemente que la factura {invoice} por importe de {amount_due} vence el {due_date}. Adjuntamos la factura para su comodidad.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reminder</source>
        <translation>Primer recordatorio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder: invoice {invoice} is overdue</source>
        <translation>Recordatorio: la factura {invoice} está vencida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

our records show that invoice {invoice}, due on {due_date}, is still open with {amount_due} to pay. It may simply have been overlooked: we would be grateful if you could arrange payment in the next few days. A copy of the invoice is attached.</source>
        <translation>Estimado/a {customer}:

según nuestros registros, la factura {invoice}, con vencimiento el {due_date}, sigue pendiente con {amount_due} por pagar. Es posible que simplemente se le haya pasado por alto: le agradeceríamos que tramitara el pago en los próximos días. Adjuntamos una copia de la factura.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Second reminder</source>
        <translation>Segundo recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder: invoice {invoice} is {days_overdue} days overdue</source>
        <translation>Segundo recordatorio: la factura {invoice} lleva {days_overdue} días vencida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

invoice {invoice} was due on {due_date} and {amount_due} is still outstanding. Please arrange payment as soon as possible, or let us know when we can expect it. A copy of the invoice is attached.</source>
        <translation>Estimado/a {customer}:

la factura {invoice} vencía el {due_date} y siguen pendientes {amount_due}. Le rogamos que tramite el pago lo antes posible o nos indique cuándo podemos esperarlo. Adjuntamos una copia de la factura.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third reminder</source>
        <translation>Tercer recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment overdue: invoice {invoice} ({amount_due})</source>
        <translation>Pago vencido: factura {invoice} ({amount_due})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

despite our earlier reminders, invoice {invoice} is now {days_overdue} days past its due date of {due_date}, with {amount_due} outstanding. Please settle it within the next seven days. If there is a problem with the invoice or you need to agree a payment plan, please contact us now.</source>
        <translation>Estimado/a {customer}:

pese a nuestros recordatorios anteriores, la factura {invoice} lleva ya {days_overdue} días vencida desde su fecha de vencimiento del {due_date}, con {amount_due} pendientes. Le rogamos que la liquide en los próximos siete días. Si hay algún problema con la factura o necesita acordar un plan de pagos, póngase en contacto con nosotros ahora.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final notice</source>
        <translation>Último aviso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final notice: invoice {invoice} – service at risk</source>
        <translation>Último aviso: factura {invoice} – servicio en riesgo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

invoice {invoice} is {days_overdue} days overdue and {amount_due} remains unpaid despite several reminders. This is our final notice: unless we receive payment or hear from you within seven days, we will suspend your service until the account is settled.</source>
        <translation>Estimado/a {customer}:

la factura {invoice} lleva {days_overdue} días vencida y {amount_due} sigue impagado pese a varios recordatorios. Este es nuestro último aviso: si no recibimos el pago o noticias suyas en un plazo de siete días, suspenderemos su servicio hasta que la cuenta quede saldada.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>step %1</source>
        <translation>paso %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no key)</source>
        <translation>(sin clave)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: key: lower-case letters, digits, _ and - only</source>
        <translation>%1: clave: solo letras minúsculas, dígitos, _ y -</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: key: used by another step</source>
        <translation>%1: clave: la usa otro paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: name: enter a name</source>
        <translation>%1: nombre: introduzca un nombre</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: day: between -90 (before the due date) and 365</source>
        <translation>%1: día: entre -90 (antes del vencimiento) y 365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: day: another step acts on day %2 too</source>
        <translation>%1: día: otro paso actúa también el día %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: subject: enter a subject</source>
        <translation>%1: asunto: introduzca un asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: subject: line breaks are not allowed</source>
        <translation>%1: asunto: no se permiten saltos de línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text: enter the e-mail&apos;s text</source>
        <translation>%1: texto: introduzca el texto del correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: subject: %2</source>
        <translation>%1: asunto: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text: %2</source>
        <translation>%1: texto: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: fee: a positive amount with a dot, like 5.00</source>
        <translation>%1: recargo: un importe positivo con punto, como 5.00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: fee: between 1 and 10000 basis points (0.01 % to 100 %)</source>
        <translation>%1: recargo: entre 1 y 10000 puntos básicos (0.01 % a 100 %)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A dunning schedule is a JSON object with a &quot;steps&quot; array</source>
        <translation>Un calendario de reclamación es un objeto JSON con una matriz &quot;steps&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each dunning step is a JSON object</source>
        <translation>Cada paso de reclamación es un objeto JSON</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningService</name>
    <message>
        <location filename="../core/dunning/dunningservice.cpp" line="+77"/>
        <source>Bank</source>
        <translation>Banco</translation>
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
        <translation>Número de cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number</source>
        <translation>Número de ruta bancaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as shown on the invoice</source>
        <translation>según figura en la factura</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the late fee %1 of step %2 cannot be charged in %3</source>
        <translation>el recargo por demora %1 del paso %2 no se puede cobrar en %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A dunning run needs a date</source>
        <translation>Una ejecución de reclamación necesita una fecha</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 has no e-mail address (billing profile contact or customer)</source>
        <translation>%1 no tiene dirección de correo electrónico (contacto del perfil de facturación o cliente)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer with id %1</source>
        <translation>No hay ningún cliente con el id %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late fee under our payment terms: %1 on invoice %2</source>
        <translation>Recargo por demora según nuestras condiciones de pago: %1 sobre la factura %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late fee for invoice %1</source>
        <translation>Recargo por demora de la factura %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+6"/>
        <source>run dunning</source>
        <translation>ejecutar la reclamación</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>clear a review flag</source>
        <translation>quitar una marca de revisión</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is not flagged for review</source>
        <translation>La factura %1 no está marcada para revisión</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSettingsPane</name>
    <message>
        <location filename="../ui/dialogs/dunningsettingspane.cpp" line="+43"/>
        <source>&amp;Remove Step</source>
        <translation>&amp;Quitar paso</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days after the due date; negative: before it (&quot;due soon&quot;)</source>
        <translation>Días después del vencimiento; negativo: antes (&quot;vence pronto&quot;)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No late fee</source>
        <translation>Sin recargo por demora</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed amount</source>
        <translation>Importe fijo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percent of the open balance</source>
        <translation>Porcentaje del saldo pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.00, in the invoice&apos;s currency</source>
        <translation>5.00, en la moneda de la factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> bp</source>
        <translation> pb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis points of the open balance: 150 bp = 1.5 %</source>
        <translation>Puntos básicos del saldo pendiente: 150 pb = 1.5 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Step</source>
        <translation>&amp;Añadir paso</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Defaults</source>
        <translation>Restaurar &amp;valores predeterminados</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clave:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Día:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Acción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texto:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late &amp;fee:</source>
        <translation>&amp;Recargo por demora:</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+48"/>
        <source>Day %1: %2</source>
        <translation>Día %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminder</source>
        <translation>Recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder: invoice {invoice} is overdue</source>
        <translation>Recordatorio: la factura {invoice} está vencida</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSettingsService</name>
    <message>
        <location filename="../core/dunning/dunningschedule.cpp" line="+24"/>
        <source>change the dunning schedule</source>
        <translation>cambiar el calendario de reclamación</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dunning schedule is not valid: %1</source>
        <translation>El calendario de reclamación no es válido: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dunning schedule</source>
        <translation>El calendario de reclamación</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningStep</name>
    <message>
        <location line="-206"/>
        <source>Flag for review</source>
        <translation>Marcar para revisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-service notice</source>
        <translation>Aviso de suspensión del servicio</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>step %1: unknown action “%2” (email, review or stop_service)</source>
        <translation>paso %1: acción desconocida “%2” (email, review o stop_service)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step %1: unknown fee “%2” (none, fixed or percent)</source>
        <translation>paso %1: recargo desconocido “%2” (none, fixed o percent)</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceBuilder</name>
    <message>
        <location filename="../core/einvoice/einvoicebuilder.cpp" line="+216"/>
        <source>%1: the lines give %2 %3, the document says %4 (%5); it cannot be sent as an e-invoice</source>
        <translation>%1: las líneas dan %2 %3, el documento indica %4 (%5); no se puede enviar como factura electrónica</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Credited against invoice %1</source>
        <translation>Abonado contra la factura %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (credited against invoice %2)</source>
        <translation>%1 (abonado contra la factura %2)</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceDocument</name>
    <message>
        <location filename="../core/einvoice/einvoicedocument.cpp" line="+25"/>
        <location line="+102"/>
        <source>Credit note %1</source>
        <translation>Nota de crédito %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+103"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Received as an e-invoice (UBL)</source>
        <translation>Recibida como factura electrónica (UBL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits invoice %1</source>
        <translation>Abona la factura %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer reference %1</source>
        <translation>Referencia del comprador %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Precio</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Descuento</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <location line="+26"/>
        <source>VAT</source>
        <translation>IVA</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VAT breakdown</source>
        <translation>Desglose del IVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taxable</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exemption</source>
        <translation>Exención</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowances</source>
        <translation>Descuentos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total without VAT</source>
        <translation>Total sin IVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total with VAT</source>
        <translation>Total con IVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding</source>
        <translation>Redondeo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount credited</source>
        <translation>Importe abonado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Importe adeudado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pay to %1 %2 (%3), reference %4</source>
        <translation>Pagar a %1 %2 (%3), referencia %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceService</name>
    <message>
        <location filename="../core/einvoice/einvoiceservice.cpp" line="+62"/>
        <location line="+17"/>
        <location line="+9"/>
        <source>export e-invoices</source>
        <translation>exportar facturas electrónicas</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is a draft: only issued invoices are e-invoices</source>
        <translation>%1 es un borrador: solo las facturas emitidas son facturas electrónicas</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No invoice or credit note numbered “%1”</source>
        <translation>No hay ninguna factura ni nota de crédito con el número “%1”</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1</source>
        <translation>No se puede escribir %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ElectronicAddress</name>
    <message>
        <location filename="../core/domain/electronicaddress.cpp" line="+46"/>
        <source>“%1” is not an electronic address: %2</source>
        <translation>“%1” no es una dirección electrónica: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it needs its scheme, as SCHEME:ID (0088:4012345000009)</source>
        <translation>necesita su esquema, como SCHEME:ID (0088:4012345000009)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identifier after “%1:” is missing</source>
        <translation>falta el identificador después de “%1:”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a scheme of the EAS code list (0088, 0208, 9930, …)</source>
        <translation>“%1” no es un esquema de la lista de códigos EAS (0088, 0208, 9930, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the identifier “%1” contains spaces</source>
        <translation>el identificador “%1” contiene espacios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identifier is longer than 128 characters</source>
        <translation>el identificador tiene más de 128 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a GLN (13 digits with a valid check digit)</source>
        <translation>“%1” no es un GLN (13 dígitos con un dígito de control válido)</translation>
    </message>
</context>
<context>
    <name>Accrue::ExchangeRateCsv</name>
    <message>
        <location filename="../core/exchange/exchangeratecsv.cpp" line="+61"/>
        <source>the header of an ECB rates file names currencies (USD, JPY, ...)</source>
        <translation>el encabezado de un archivo de tipos del BCE indica monedas (USD, JPY, ...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a date (YYYY-MM-DD or 03 June 2021)</source>
        <translation>“%1” no es una fecha (YYYY-MM-DD o 03 June 2021)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a value “%1” in a column the header does not name</source>
        <translation>un valor “%1” en una columna que el encabezado no indica</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown column (a rates list has date, base, quote and rate)</source>
        <translation>columna desconocida (una lista de tipos tiene date, base, quote y rate)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: a “%3” column is required (or an ECB header “Date,USD,...”)</source>
        <translation>%1:%2: se requiere una columna “%3” (o un encabezado del BCE “Date,USD,...”)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>“%1” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same currency as the base</source>
        <translation>la misma moneda que la base</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no exchange rates in the file</source>
        <translation>%1: no hay tipos de cambio en el archivo</translation>
    </message>
</context>
<context>
    <name>Accrue::ExchangeRateService</name>
    <message>
        <location filename="../core/billing/exchangerateservice.cpp" line="+14"/>
        <source>enter exchange rates</source>
        <translation>introducir tipos de cambio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quote: an exchange rate is between two different currencies</source>
        <translation>quote: un tipo de cambio es entre dos monedas distintas</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date: enter the day the rate is for (years %1 to %2)</source>
        <translation>date: introduzca el día al que corresponde el tipo (años %1 a %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rate: %1/%2 on %3 is stored as %4 already (replace it to change it)</source>
        <translation>rate: %1/%2 el %3 ya está almacenado como %4 (sustitúyalo para cambiarlo)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>import exchange rates</source>
        <translation>importar tipos de cambio</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1/%2 on %3 is given differently on line %4</source>
        <translation>%1/%2 el %3 figura con otro valor en la línea %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1/%2 on %3 is stored as %4 (from %5); the file says %6 (import with replace to take the file&apos;s rates)</source>
        <translation>%1/%2 el %3 está almacenado como %4 (de %5); el archivo indica %6 (importe con sustitución para tomar los tipos del archivo)</translation>
    </message>
</context>
<context>
    <name>Accrue::ExportBuffer</name>
    <message>
        <location filename="../core/exchange/exportbuffer.cpp" line="+52"/>
        <source>Cannot write the file: %1</source>
        <translation>No se puede escribir el archivo: %1</translation>
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
        <translation>Configurar su libro</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Welcome to Accrue</source>
        <translation>Bienvenido a Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This book is empty. Set up your company and first customer, or look around a book filled with demo data.</source>
        <translation>Este libro está vacío. Configure su empresa y su primer cliente, o explore un libro con datos de demostración.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up my company</source>
        <translation>&amp;Configurar mi empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill it with &amp;demo data (two years of invoices)</source>
        <translation>Rellenarlo con datos de &amp;demostración (dos años de facturas)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Company</source>
        <translation>Su empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As it appears on invoices. Everything but the currency can be changed later under Settings.</source>
        <translation>Tal como aparece en las facturas. Todo salvo la moneda se puede cambiar más tarde en Configuración.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Razón social:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Tax ID:</source>
        <translation>&amp;NIF:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax &amp;country:</source>
        <translation>&amp;País fiscal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment terms:</source>
        <translation>Condiciones de &amp;pago:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your First Customer</source>
        <translation>Su primer cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you bill first. Leave the code empty to add customers later on the Customers tab.</source>
        <translation>A quién factura primero. Deje el código vacío para añadir clientes más tarde en la pestaña Clientes.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ódigo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>Correo &amp;electrónico:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post&amp;al code:</source>
        <translation>Código post&amp;al:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>C&amp;iudad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Región:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State/province:</source>
        <translation>&amp;Estado/provincia:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countr&amp;y:</source>
        <translation>Paí&amp;s:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Required</source>
        <translation>Obligatorio</translation>
    </message>
</context>
<context>
    <name>Accrue::GeneralLedgerReport</name>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="+30"/>
        <source>General ledger %1 to %2</source>
        <translation>Libro mayor del %1 al %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Asiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>Concepto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Débito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
</context>
<context>
    <name>Accrue::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="+57"/>
        <source>Automatic (UTF-8, UTF-16 or Windows-1252)</source>
        <translation>Automática (UTF-8, UTF-16 o Windows-1252)</translation>
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
        <translation>&amp;Sustituir los tipos almacenados que difieran</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Customers</source>
        <translation>Importar clientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Products</source>
        <translation>Importar productos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Plans</source>
        <translation>Importar planes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Subscriptions</source>
        <translation>Importar suscripciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Tax Rates</source>
        <translation>Importar tipos impositivos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Exchange Rates</source>
        <translation>Importar tipos de cambio</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No file chosen</source>
        <translation>Ningún archivo elegido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma ( , )</source>
        <translation>Coma ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Punto y coma ( ; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar ( | )</source>
        <translation>Barra vertical ( | )</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File:</source>
        <translation>&amp;Archivo:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Codificación:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Delimitador:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accrue&apos;s columns from the file&apos;s (* required)</source>
        <translation>Columnas de Accrue a partir de las del archivo (* obligatorias)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn off for the ECB&apos;s files (eurofxref.csv), which are read as they are</source>
        <translation>Desactívelo para los archivos del BCE (eurofxref.csv), que se leen tal cual</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn off for a file that already has Accrue&apos;s columns</source>
        <translation>Desactívelo para un archivo que ya tiene las columnas de Accrue</translation>
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
        <translation>Obligatorio</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The line in the file</source>
        <translation>La línea del archivo</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Cargar asignación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Guardar asignación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s first %1 rows:</source>
        <translation>Las primeras %1 filas del archivo:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Archivos CSV (*.csv *.txt);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load Mapping</source>
        <translation>Cargar asignación</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Column mappings (*.json)</source>
        <translation>Asignaciones de columnas (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save Mapping</source>
        <translation>Guardar asignación</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+225"/>
        <source>Could not read %1: %2</source>
        <translation>No se pudo leer %1: %2</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>“%1”</source>
        <translation>“%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown encoding “%1”: reading the file as %2</source>
        <translation>Codificación desconocida “%1”: se lee el archivo como %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln row(s) after the header, read as %2.</source>
        <translation>
            <numerusform>%1: %Ln fila después del encabezado, leída como %2.</numerusform>
            <numerusform>%1: %Ln filas después del encabezado, leídas como %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not in the file)</source>
        <translation>(no está en el archivo)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Column %1 (%2)</source>
        <translation>Columna %1 (%2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“%1” (not in this file)</source>
        <translation>“%1” (no está en este archivo)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1</source>
        <translation>Columna %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Left out of the mapping, as this import has no such column: %1</source>
        <translation>Excluidas de la asignación, ya que esta importación no tiene esa columna: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the file&apos;s column for at least one of Accrue&apos;s before saving.</source>
        <translation>Elija la columna del archivo para al menos una de las de Accrue antes de guardar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>No se pudo escribir %1: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping saved to %1 (accrue-cli reads it with --mapping).</source>
        <translation>Asignación guardada en %1 (accrue-cli la lee con --mapping).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file to import first.</source>
        <translation>Elija primero el archivo que importar.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the file&apos;s column for %1 (required).</source>
        <translation>Elija la columna del archivo para %1 (obligatoria).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Imported %n customer(s) from %1.</source>
        <translation>
            <numerusform>Importado %n cliente de %1.</numerusform>
            <numerusform>Importados %n clientes de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n product(s) from %1.</source>
        <translation>
            <numerusform>Importado %n producto de %1.</numerusform>
            <numerusform>Importados %n productos de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n plan(s) from %1.</source>
        <translation>
            <numerusform>Importado %n plan de %1.</numerusform>
            <numerusform>Importados %n planes de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n subscription(s) from %1.</source>
        <translation>
            <numerusform>Importada %n suscripción de %1.</numerusform>
            <numerusform>Importadas %n suscripciones de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n tax rate(s) from %1.</source>
        <translation>
            <numerusform>Importado %n tipo impositivo de %1.</numerusform>
            <numerusform>Importados %n tipos impositivos de %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n rate(s) from %1: %2 new, %3 replaced, %4 already stored.</source>
        <translation>
            <numerusform>Importado %n tipo de %1: %2 nuevos, %3 sustituidos, %4 ya almacenados.</numerusform>
            <numerusform>Importados %n tipos de %1: %2 nuevos, %3 sustituidos, %4 ya almacenados.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns of currencies Accrue does not know were passed over: %1.</source>
        <translation>Se omitieron las columnas de monedas que Accrue no conoce: %1.</translation>
    </message>
</context>
<context>
    <name>Accrue::Invoice</name>
    <message>
        <location filename="../core/domain/invoice.cpp" line="+34"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially paid</source>
        <translation>Pagada parcialmente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncollectible</source>
        <translation>Incobrable</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown invoice status “%1”</source>
        <translation>Estado de factura desconocido “%1”</translation>
    </message>
    <message>
        <location filename="../core/domain/invoicerules.cpp" line="+259"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Impagada</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due soon (7 days)</source>
        <translation>Vence pronto (7 días)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review (card failed)</source>
        <translation>Requiere revisión (tarjeta fallida)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceCsv</name>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="+81"/>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: unknown column “%3” (known: invoice, %4, %5)</source>
        <translation>%1:%2: columna desconocida “%3” (conocidas: invoice, %4, %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2: the column “%3” appears twice</source>
        <translation>%1:%2: la columna “%3” aparece dos veces</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: a “customer” column is required</source>
        <translation>%1:%2: se requiere una columna “customer”</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 campos, pero el encabezado indica %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: %3: missing; the row has %4 fields, but the header names %5 (is the file cut short?)</source>
        <translation>%1:%2: %3: falta; la fila tiene %4 campos, pero el encabezado indica %5 (¿está el archivo cortado?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1:%2: %3: “%4” differs from “%5” on line %6 of the same invoice</source>
        <translation>%1:%2: %3: “%4” difiere de “%5” en la línea %6 de la misma factura</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no invoice lines after the header</source>
        <translation>%1: no hay líneas de factura después del encabezado</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceDocument</name>
    <message>
        <location filename="../core/documents/invoicedocument.cpp" line="+173"/>
        <source>Could not lay out the PDF of %1</source>
        <translation>No se pudo maquetar el PDF de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 of %2</source>
        <translation>Página %1 de %2</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="+77"/>
        <source>&amp;Save Draft</source>
        <translation>&amp;Guardar borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue…</source>
        <translation>&amp;Emitir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Type to search customers</source>
        <translation>Escriba para buscar clientes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing &amp;profile:</source>
        <translation>&amp;Perfil de facturación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue &amp;date:</source>
        <translation>&amp;Fecha de emisión:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;terms:</source>
        <translation>Condiciones de pa&amp;go:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>Fecha de &amp;vencimiento:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change billing profile</source>
        <translation>Cambiar perfil de facturación</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change issue date</source>
        <translation>Cambiar fecha de emisión</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change payment terms</source>
        <translation>Cambiar condiciones de pago</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change due date</source>
        <translation>Cambiar fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change currency</source>
        <translation>Cambiar moneda</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Líneas&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add Line</source>
        <translation>&amp;Añadir línea</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove Line</source>
        <translation>&amp;Quitar línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Service &amp;Period</source>
        <translation>Borrar &amp;periodo de servicio</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo %1</source>
        <translation>Deshacer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rehacer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redo %1</source>
        <translation>Rehacer %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Line %1, %2: %3</source>
        <translation>Línea %1, %2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shown on the invoice</source>
        <translation>Se muestra en la factura</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notas:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change notes</source>
        <translation>Cambiar notas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose customer</source>
        <translation>Elegir cliente</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Subtotal</source>
        <translation>Subtotal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax %1% on %2</source>
        <translation>Impuesto %1% sobre %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft Invoice</source>
        <translation>Factura en borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is issued and cannot be changed. Correct it with a credit note, or duplicate it as a new draft.</source>
        <translation>La factura %1 está emitida y no se puede modificar. Corríjala con una nota de crédito o duplíquela como un nuevo borrador.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: %1</source>
        <translation>No guardado: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Reload Their Version</source>
        <translation>&amp;Recargar su versión</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep My Edits on Screen</source>
        <translation>&amp;Mantener mis cambios en pantalla</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Issue Invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue this invoice? It gets its number and cannot be changed afterwards.</source>
        <translation>¿Desea emitir esta factura? Recibe su número y después no se puede modificar.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes and start a copy?</source>
        <translation>¿Desea descartar los cambios no guardados y empezar una copia?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the changes to this invoice?</source>
        <translation>¿Desea guardar los cambios en esta factura?</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceJson</name>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="+112"/>
        <source>%1: “%2” is not a number (use digits and a dot)</source>
        <translation>%1: “%2” no es un número (use dígitos y un punto)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” has more than %3 decimals</source>
        <translation>%1: “%2” tiene más de %3 decimales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” is too large</source>
        <translation>%1: “%2” es demasiado grande</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1: JSON no válido en el carácter %2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected one JSON object describing an invoice</source>
        <translation>%1: se esperaba un objeto JSON que describa una factura</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no customer with the code “%1”</source>
        <translation>no hay ningún cliente con el código “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>“%1” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 days are not plausible payment terms (0 to %2)</source>
        <translation>%1 días no son unas condiciones de pago plausibles (0 a %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list with at least one line</source>
        <translation>se esperaba una lista con al menos una línea</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object</source>
        <translation>se esperaba un objeto</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no product with the code “%1”</source>
        <translation>no hay ningún producto con el código “%1”</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the product “%1” is priced in %2, the invoice is in %3</source>
        <translation>falta: el producto “%1” tiene precio en %2, la factura está en %3</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="+170"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Cant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount %</source>
        <translation>Descuento %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax %</source>
        <translation>Impuesto %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service from</source>
        <translation>Servicio desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service to</source>
        <translation>Servicio hasta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>Neto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Change %1 on line %2</source>
        <translation>Cambiar %1 en la línea %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add line</source>
        <translation>Añadir línea</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove line %1</source>
        <translation>Quitar línea %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear service period on line %1</source>
        <translation>Borrar periodo de servicio en la línea %1</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceListReport</name>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="+40"/>
        <source>Unknown status “%1” (use one of %2)</source>
        <translation>Estado desconocido “%1” (use uno de %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoice list was run without the session&apos;s date</source>
        <translation>La lista de facturas se ejecutó sin la fecha de la sesión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date range ends (%1) before it starts (%2)</source>
        <translation>El intervalo de fechas termina (%1) antes de empezar (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceMailer</name>
    <message>
        <location filename="../core/mail/invoicemailer.cpp" line="+53"/>
        <source>send invoices by e-mail</source>
        <translation>enviar facturas por correo electrónico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft has no number yet: issue it before sending it</source>
        <translation>Un borrador aún no tiene número: emítalo antes de enviarlo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is void: it is not sent</source>
        <translation>La factura %1 está anulada: no se envía</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicePdfBatch</name>
    <message>
        <location filename="../core/documents/invoicepdfbatch.cpp" line="+33"/>
        <location line="+25"/>
        <source>export invoices</source>
        <translation>exportar facturas</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot create the folder %1</source>
        <translation>No se puede crear la carpeta %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>export credit notes</source>
        <translation>exportar notas de crédito</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="+106"/>
        <source>This draft invoice</source>
        <translation>Esta factura en borrador</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a draft invoice can be deleted</source>
        <translation>Solo se puede eliminar una factura en borrador</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The invoice was changed or issued meanwhile; reopen it and try again</source>
        <translation>La factura se modificó o emitió entretanto; vuelva a abrirla e inténtelo de nuevo</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invoice %1 cannot take payments or credits</source>
        <translation>La factura %1 no puede recibir pagos ni abonos</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceRules</name>
    <message>
        <location filename="../core/domain/invoicerules.cpp" line="-224"/>
        <source>choose a customer</source>
        <translation>elija un cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a valid ISO 4217 currency</source>
        <translation>elija una moneda ISO 4217 válida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the issue date</source>
        <translation>introduzca la fecha de emisión</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a plausible issue date (years %2 to %3)</source>
        <translation>%1 no es una fecha de emisión plausible (años %2 a %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enter the due date</source>
        <translation>introduzca la fecha de vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the due date is before the issue date</source>
        <translation>la fecha de vencimiento es anterior a la fecha de emisión</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the due date is more than %1 days after the issue date</source>
        <translation>la fecha de vencimiento es más de %1 días posterior a la fecha de emisión</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the notes contain control characters (such as NUL)</source>
        <translation>las notas contienen caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add at least one line</source>
        <translation>añada al menos una línea</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter a description</source>
        <translation>introduzca una descripción</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the description contains control characters (such as NUL)</source>
        <translation>la descripción contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quantity must be greater than zero</source>
        <translation>la cantidad debe ser mayor que cero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the quantity is larger than %1</source>
        <translation>la cantidad es mayor que %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit price cannot be negative</source>
        <translation>el precio unitario no puede ser negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit price is larger than Accrue accepts</source>
        <translation>el precio unitario es mayor de lo que Accrue admite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line&apos;s amount is larger than Accrue accepts</source>
        <translation>el importe de la línea es mayor de lo que Accrue admite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the discount must be between 0% and 100%</source>
        <translation>el descuento debe estar entre 0% y 100%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tax rate must be between 0% and 100%</source>
        <translation>el tipo impositivo debe estar entre 0% y 100%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the service period must have a start on or before its end</source>
        <translation>el periodo de servicio debe tener un inicio igual o anterior a su fin</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“%1” is not a recognition method (%2)</source>
        <translation>“%1” no es un método de reconocimiento (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ratably needs the service period to spread over (service_start and service_end)</source>
        <translation>ratably necesita el periodo de servicio sobre el que repartirse (service_start y service_end)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as_delivered bills the usage recorded for a product: name the line&apos;s product</source>
        <translation>as_delivered factura el consumo registrado de un producto: indique el producto de la línea</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as_delivered bills recorded usage, and usage is recorded only for products recognised as delivered; %1 is recognised %2</source>
        <translation>as_delivered factura el consumo registrado, y el consumo solo se registra para productos reconocidos según entrega; %1 se reconoce %2</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceService</name>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="+100"/>
        <source>Line %1: unknown product</source>
        <translation>Línea %1: producto desconocido</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Line %1: %2</source>
        <translation>Línea %1: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+9"/>
        <source>create invoices</source>
        <translation>crear facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>issue invoices</source>
        <translation>emitir facturas</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+23"/>
        <location line="+73"/>
        <source>The invoice is not valid: %1</source>
        <translation>La factura no es válida: %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>customer: no such customer</source>
        <translation>customer: no existe ese cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer: %1 is archived; restore it to bill it again</source>
        <translation>customer: %1 está archivado; restáurelo para volver a facturarle</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>edit invoices</source>
        <translation>editar facturas</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invoice %1 is issued and cannot be changed; issue a credit note instead</source>
        <translation>La factura %1 está emitida y no se puede modificar; emita una nota de crédito en su lugar</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete invoices</source>
        <translation>eliminar facturas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 is issued and cannot be deleted; issue a credit note instead</source>
        <translation>La factura %1 está emitida y no se puede eliminar; emita una nota de crédito en su lugar</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft #%1 was made by a billing run for a subscription period; edit and issue it, or issue it and credit it, instead of deleting it</source>
        <translation>El borrador n.º %1 lo generó una ejecución de facturación para un periodo de suscripción; edítelo y emítalo, o emítalo y abónelo, en lugar de eliminarlo</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Invoice %1 is already issued</source>
        <translation>La factura %1 ya está emitida</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An invoice total cannot be negative; issue a credit note instead</source>
        <translation>El total de una factura no puede ser negativo; emita una nota de crédito en su lugar</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>record reminders</source>
        <translation>registrar recordatorios</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft invoice has not been sent, so it cannot be reminded</source>
        <translation>Una factura en borrador no se ha enviado, así que no se le puede enviar recordatorio</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No invoice with id %1</source>
        <translation>No hay ninguna factura con el id %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No invoice numbered “%1”</source>
        <translation>No hay ninguna factura con el número “%1”</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceSummaryReport</name>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="+30"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Abonado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Invoice summary %1 to %2</source>
        <translation>Resumen de facturas del %1 al %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+37"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceTableModel</name>
    <message>
        <location filename="../ui/models/invoicetablemodel.cpp" line="+69"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · Disputed</source>
        <translation>%1 · En disputa</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In dispute: dunning leaves it alone until the dispute is resolved</source>
        <translation>En disputa: la reclamación no la toca hasta que se resuelva la disputa</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Number</source>
        <translation>Número</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Vencimiento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminded</source>
        <translation>Último recordatorio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceViewDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="+48"/>
        <source>Draft invoice</source>
        <translation>Factura en borrador</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>&amp;Vista previa de impresión…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>Guardar &amp;PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revenue Schedule</source>
        <translation>&amp;Calendario de ingresos</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disputed on %1 by %2: %3</source>
        <translation>En disputa desde el %1 por %2: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    Note (%1, %2): %3</source>
        <translation>    Nota (%1, %2): %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    Open: dunning leaves the invoice alone</source>
        <translation>    Abierta: la reclamación no toca la factura</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by a credit note</source>
        <translation>mediante una nota de crédito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by writing it off</source>
        <translation>mediante su pase a fallidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>withdrawn by the customer</source>
        <translation>retirada por el cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    Resolved on %1 by %2: %3</source>
        <translation>    Resuelta el %1 por %2: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written off on %1 by %2: %3 (%4)</source>
        <translation>Pasada a fallidos el %1 por %2: %3 (%4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disputes and write-offs</source>
        <translation>Disputas y pases a fallidos</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>draft</source>
        <translation>borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="+64"/>
        <source>Issued</source>
        <translation>Emitida</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer code or name</source>
        <translation>Código o nombre del cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search number or customer (Ctrl+F)</source>
        <translation>Buscar número o cliente (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Estado:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove this filter</source>
        <translation>Quitar este filtro</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partially paid · Disputed</source>
        <translation>Pagada parcialmente · En disputa</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not yet due</source>
        <translation>Aún no vencido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue %1 days</source>
        <translation>Vencido hace %1 días</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter: %1. Remove</source>
        <translation>Filtro: %1. Quitar</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+328"/>
        <location line="+5"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&amp;New Invoice</source>
        <translation>&amp;Nueva factura</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Draft…</source>
        <translation>&amp;Editar borrador…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue</source>
        <translation>&amp;Emitir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplicar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Draft</source>
        <translation>Eliminar &amp;borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Payment…</source>
        <translation>Registrar &amp;pago…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;Credit Note…</source>
        <translation>Emitir nota de &amp;crédito…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void…</source>
        <translation>&amp;Anular…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply Customer Credit</source>
        <translation>Aplicar &amp;saldo a favor del cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Reminded</source>
        <translation>Marcar como &amp;recordada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DFs…</source>
        <translation>Exportar P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by E-&amp;mail…</source>
        <translation>Enviar por correo electró&amp;nico…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export E-&amp;invoice…</source>
        <translation>Exportar factura electrón&amp;ica…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;unning Run…</source>
        <translation>Ejecución de recla&amp;mación…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark In &amp;Dispute…</source>
        <translation>Marcar como en &amp;disputa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Dispute &amp;Note…</source>
        <translation>Añadir &amp;nota de disputa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;solve Dispute…</source>
        <translation>Re&amp;solver disputa…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write Off…</source>
        <translation>&amp;Pasar a fallidos…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write Off &amp;90+ Days…</source>
        <translation>Pasar a fallidos las vencidas hace &amp;90+ días…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of This Invoice…</source>
        <translation>&amp;Historial de esta factura…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;llect</source>
        <translation>Co&amp;brar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;end</source>
        <translation>En&amp;viar</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Needs the Finance or Admin role</source>
        <translation>Requiere el rol Finanzas o Administrador</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New Invoice</source>
        <translation>Nueva factura</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate</source>
        <translation>Duplicar</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Delete Draft</source>
        <translation>Eliminar borrador</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete this draft invoice?</source>
        <translation>¿Desea eliminar esta factura en borrador?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Issue Invoice</source>
        <translation>Emitir factura</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Issue this draft? It gets its number and cannot be changed afterwards.</source>
        <translation>¿Desea emitir este borrador? Recibe su número y después no se puede modificar.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued %1</source>
        <translation>Emitida %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+165"/>
        <source>A draft has to be issued first.</source>
        <translation>Primero hay que emitir el borrador.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Customer credit</source>
        <translation>Saldo a favor del cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of credit applied to %2.</source>
        <translation>%1 de crédito aplicado a %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in dispute</source>
        <translation>%1 está en disputa</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dispute of %1 is resolved</source>
        <translation>La disputa de %1 está resuelta</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote off %1 of %2</source>
        <translation>Pasado a fallidos %1 de %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write Off 90+</source>
        <translation>Pasar a fallidos 90+</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export PDFs to</source>
        <translation>Exportar PDF a</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Writing %Ln PDF(s)…</source>
        <translation>
            <numerusform>Escribiendo %Ln PDF…</numerusform>
            <numerusform>Escribiendo %Ln PDF…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Wrote %Ln PDF(s) to %1</source>
        <translation>
            <numerusform>Se escribió %Ln PDF en %1</numerusform>
            <numerusform>Se escribieron %Ln PDF en %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDFs</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+19"/>
        <source>Export E-invoice</source>
        <translation>Exportar factura electrónica</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>UBL e-invoices (*.xml)</source>
        <translation>Facturas electrónicas UBL (*.xml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote the e-invoice %1 to %2</source>
        <translation>Se escribió la factura electrónica %1 en %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+7"/>
        <source>Send by E-mail</source>
        <translation>Enviar por correo electrónico</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Sending %Ln invoice(s) by e-mail…</source>
        <translation>
            <numerusform>Enviando %Ln factura por correo electrónico…</numerusform>
            <numerusform>Enviando %Ln facturas por correo electrónico…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not everything was sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%1</source>
        <translation>No se envió todo (lo que quedó en cola se reintenta más tarde; véase Facturación &gt; Bandeja de salida de correo):
%1</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+7"/>
        <source>Export invoices</source>
        <translation>Exportar facturas</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History of This Invoice</source>
        <translation>Historial de esta factura</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln factura</numerusform>
            <numerusform>%Ln facturas</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::JournalExportDialog</name>
    <message>
        <location filename="../ui/dialogs/journalexportdialog.cpp" line="+83"/>
        <source>&amp;Whole book</source>
        <translation>&amp;Todo el libro</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;Mapping…</source>
        <translation>&amp;Asignación de cuentas…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+180"/>
        <source>Export Journal</source>
        <translation>Exportar diario</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>All currencies</source>
        <translation>Todas las monedas</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An ISO code (EUR) to export one currency; empty for all. QuickBooks files hold one currency each.</source>
        <translation>Un código ISO (EUR) para exportar una moneda; vacío para todas. Los archivos de QuickBooks contienen una moneda cada uno.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Formato:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates:</source>
        <translation>F&amp;echas:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Currency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>Arch&amp;ivo:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What each account is called in the format chosen (Settings &gt; Accounting Export)</source>
        <translation>Cómo se llama cada cuenta en el formato elegido (Configuración &gt; Exportación contable)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>General journal transactions for QuickBooks Desktop (File &gt; Utilities &gt; Import &gt; IIF Files). One currency per file.</source>
        <translation>Transacciones de diario general para QuickBooks Desktop (File &gt; Utilities &gt; Import &gt; IIF Files). Una moneda por archivo.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two files for Xero&apos;s imports: NAME-invoices.csv (sales invoices and credit notes, tax exclusive) and NAME-payments.csv (the payments as a bank statement to reconcile, one currency).</source>
        <translation>Dos archivos para las importaciones de Xero: NAME-invoices.csv (facturas de venta y notas de crédito, sin impuestos) y NAME-payments.csv (los pagos como extracto bancario para conciliar, una moneda).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal entries for NetSuite&apos;s CSV import, one row per line, an External ID per entry.</source>
        <translation>Asientos contables para la importación CSV de NetSuite, una fila por línea, un External ID por asiento.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain-text journal for hledger and ledger-cli; account names carry the trial balance&apos;s codes. Needs no account mapping.</source>
        <translation>Un diario en texto plano para hledger y ledger-cli; los nombres de cuenta llevan los códigos del balance de sumas y saldos. No necesita asignación de cuentas.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Browse… suggests %1</source>
        <translation>Examinar… sugiere %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No month is closed yet: the entries of this range may still change.</source>
        <translation>Aún no hay ningún mes cerrado: los asientos de este intervalo aún pueden cambiar.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed (the books are closed through %1): the same range gives the same file every time.</source>
        <translation>Cerrado (los libros están cerrados hasta %1): el mismo intervalo produce siempre el mismo archivo.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The books are closed through %1: later entries may still change.</source>
        <translation>Los libros están cerrados hasta %1: los asientos posteriores aún pueden cambiar.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 files (*.%2)</source>
        <translation>Archivos %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Map them in Settings &gt; Accounting Export (Account Mapping… below) or with accrue-cli export mapping, then export again.</source>
        <translation>Asígnelas en Configuración &gt; Exportación contable (Asignación de cuentas… más abajo) o con accrue-cli export mapping, y vuelva a exportar.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exporting…</source>
        <translation>Exportando…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the journal…</source>
        <translation>Exportando el diario…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files in %2: %3 … %4</source>
        <translation>%1 archivos en %2: %3 … %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal entries written: %1. File: %2</source>
        <translation>Asientos contables escritos: %1. Archivo: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written. Problems: %1</source>
        <translation>No se escribió nada. Problemas: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>No se escribió nada.</translation>
    </message>
</context>
<context>
    <name>Accrue::JournalExportService</name>
    <message>
        <location filename="../core/billing/journalexportservice.cpp" line="+32"/>
        <source>see the accounting export mapping</source>
        <translation>véase la asignación de la exportación contable</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no account %1 in the chart of accounts</source>
        <translation>No existe la cuenta %1 en el plan de cuentas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is neither account nor tax</source>
        <translation>“%1” no es ni cuenta ni impuesto</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a tax category (standard, reduced, zero, exempt, reverse_charge, override), optionally with a rate in percent (standard:19)</source>
        <translation>“%1” no es una categoría fiscal (standard, reduced, zero, exempt, reverse_charge, override), opcionalmente con un tipo en porcentaje (standard:19)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>change the accounting export mapping</source>
        <translation>cambiar la asignación de la exportación contable</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 %2: code</source>
        <translation>%1 %2: código</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2: name</source>
        <translation>%1 %2: nombre</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the first line must be %2</source>
        <translation>%1: la primera línea debe ser %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: needs kind, source_key, target_code and target_name</source>
        <translation>%1 línea %2: necesita kind, source_key, target_code y target_name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>export the journal</source>
        <translation>exportar el diario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal</source>
        <translation>el diario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export&apos;s first day (%1) is after its last (%2)</source>
        <translation>El primer día de la exportación (%1) es posterior al último (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Xero export writes two files: give a file name</source>
        <translation>La exportación de Xero escribe dos archivos: indique un nombre de archivo</translation>
    </message>
</context>
<context>
    <name>Accrue::JournalReader</name>
    <message>
        <location filename="../core/exchange/journalreader.cpp" line="+42"/>
        <source>The journal posts to account id %1, which the chart does not have</source>
        <translation>El diario contabiliza en la cuenta con id %1, que el plan de cuentas no tiene</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>set it in Settings &gt; Accounting Export or with accrue-cli export mapping</source>
        <translation>establézcala en Configuración &gt; Exportación contable o con accrue-cli export mapping</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account %1 %2 has no %3 account: %4</source>
        <translation>la cuenta %1 %2 no tiene cuenta de %3: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; nothing was written</source>
        <translation>La exportación se canceló; no se escribió nada</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A %1 file holds one currency, and the journal has entries in %2: export one currency at a time</source>
        <translation>Un archivo %1 contiene una sola moneda, y el diario tiene asientos en %2: exporte una moneda cada vez</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Journal entry %1 of %2 (%3) does not balance: debit %4, credit %5</source>
        <translation>El asiento contable %1 de %2 (%3) no cuadra: débito %4, crédito %5</translation>
    </message>
</context>
<context>
    <name>Accrue::JournalRepository</name>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="+71"/>
        <source>%1 is closed: the %2 of %3 is posted on %4</source>
        <translation>%1 está cerrado: el %2 de %3 se contabiliza el %4</translation>
    </message>
</context>
<context>
    <name>Accrue::JsonWriter</name>
    <message>
        <location filename="../core/exchange/jsonwriter.cpp" line="+92"/>
        <source>Could not write: %1</source>
        <translation>No se pudo escribir: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::Ledger</name>
    <message>
        <location filename="../core/ledger/chartofaccounts.cpp" line="+48"/>
        <source>The chart of accounts has no “%1” account</source>
        <translation>El plan de cuentas no tiene ninguna cuenta “%1”</translation>
    </message>
    <message>
        <location filename="../core/ledger/recognitionschedule.cpp" line="+29"/>
        <source>The service period ends before it starts</source>
        <translation>El periodo de servicio termina antes de empezar</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Completion</source>
        <translation>Finalización</translation>
    </message>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="-53"/>
        <source>Refusing an unbalanced journal entry (%1: debit %2, credit %3)</source>
        <translation>Se rechaza un asiento contable descuadrado (%1: débito %2, crédito %3)</translation>
    </message>
</context>
<context>
    <name>Accrue::Limits</name>
    <message>
        <location filename="../core/domain/limits.cpp" line="+15"/>
        <source>A total is larger than Accrue can hold; check the amounts in the book for a mistyped figure</source>
        <translation>Un total es mayor de lo que Accrue puede contener; revise los importes del libro por si hay una cifra mal escrita</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettings</name>
    <message>
        <location filename="../core/mail/mailsettings.cpp" line="+55"/>
        <source>Invoice {invoice} from {company}</source>
        <translation>Factura {invoice} de {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

please find attached invoice {invoice}. The amount due is {amount_due}, payable by {due_date}.

Kind regards,
{company}
</source>
        <translation>Estimado/a {customer}:

adjuntamos la factura {invoice}. El importe adeudado es {amount_due}, pagadero antes del {due_date}.

Atentamente,
{company}
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt {receipt} from {company}</source>
        <translation>Recibo {receipt} de {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

thank you for your payment of {amount} received on {date} for {invoices}. Your receipt {receipt} is attached.

Kind regards,
{company}
</source>
        <translation>Estimado/a {customer}:

gracias por su pago de {amount} recibido el {date} para {invoices}. Adjuntamos su recibo {receipt}.

Atentamente,
{company}
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit note {credit_note} from {company}</source>
        <translation>Nota de crédito {credit_note} de {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

please find attached credit note {credit_note} of {amount} for invoice {invoice}, dated {date}.

Kind regards,
{company}
</source>
        <translation>Estimado/a {customer}:

adjuntamos la nota de crédito {credit_note} por {amount} para la factura {invoice}, con fecha {date}.

Atentamente,
{company}
</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettingsPane</name>
    <message>
        <location filename="../ui/dialogs/mailsettingspane.cpp" line="+39"/>
        <source>E-mail each &amp;receipt as its payment is recorded</source>
        <translation>Enviar cada &amp;recibo por correo electrónico al registrar su pago</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;Test Message</source>
        <translation>Enviar mensaje de &amp;prueba</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (puerto 587)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS from the start, SMTPS (port 465)</source>
        <translation>TLS desde el inicio, SMTPS (puerto 465)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (a relay on your own network)</source>
        <translation>Ninguna (un relé en su propia red)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged (kept in the keychain)</source>
        <translation>sin cambios (se conserva en el llavero)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>las autoridades de certificación del sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file of the certificate authorities to trust for this server, when a private one signed its certificate</source>
        <translation>Un archivo PEM con las autoridades de certificación en las que confiar para este servidor, cuando una privada firmó su certificado</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@example.com</source>
        <translation>usted@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose e-mail the subject and text below are</source>
        <translation>De qué correo electrónico son el asunto y el texto de abajo</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Servidor SMTP:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;uerto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>Seg&amp;uridad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Usuario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From address:</source>
        <translation>Dirección del &amp;remitente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;name:</source>
        <translation>&amp;Nombre del remitente:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Tiempo de espera:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate file:</source>
        <translation>Archivo de certificado de &amp;CA:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail t&amp;emplate:</source>
        <translation>&amp;Plantilla de correo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>A&amp;sunto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test &amp;to:</source>
        <translation>&amp;Prueba a:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Placeholders: %1</source>
        <translation>Marcadores: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1</source>
        <translation>Asunto: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text: %1</source>
        <translation>Texto: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The e-mail settings are saved, but the keychain did not keep the password (%1): Accrue will ask for it when it sends.</source>
        <translation>La configuración de correo electrónico se ha guardado, pero el llavero no conservó la contraseña (%1): Accrue la pedirá al enviar.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accrue test message</source>
        <translation>Mensaje de prueba de Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message shows that Accrue can send e-mail through %1.</source>
        <translation>Este mensaje demuestra que Accrue puede enviar correo electrónico a través de %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Conectando con %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to %1.</source>
        <translation>Enviado a %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>No enviado: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettingsService</name>
    <message>
        <location filename="../core/mail/mailsettings.cpp" line="+58"/>
        <source>host: enter the SMTP server&apos;s name or address</source>
        <translation>host: introduzca el nombre o la dirección del servidor SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port: between 1 and 65535</source>
        <translation>port: entre 1 y 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from address: “%1” is not an e-mail address</source>
        <translation>dirección del remitente: “%1” no es una dirección de correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line breaks are not allowed in the host, user or sender name</source>
        <translation>no se permiten saltos de línea en el servidor, el usuario ni el nombre del remitente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeout: between 1 and 600 seconds</source>
        <translation>tiempo de espera: entre 1 y 600 segundos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice subject: %1</source>
        <translation>asunto de la factura: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice text: %1</source>
        <translation>texto de la factura: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt subject: %1</source>
        <translation>asunto del recibo: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt text: %1</source>
        <translation>texto del recibo: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credit note subject: %1</source>
        <translation>asunto de la nota de crédito: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit note text: %1</source>
        <translation>texto de la nota de crédito: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate file: cannot read “%1”</source>
        <translation>Archivo de certificado de CA: no se puede leer “%1”</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>change the e-mail settings</source>
        <translation>cambiar la configuración de correo electrónico</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail settings are not valid: %1</source>
        <translation>La configuración de correo electrónico no es válida: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail settings</source>
        <translation>La configuración de correo electrónico</translation>
    </message>
</context>
<context>
    <name>Accrue::MailTasks</name>
    <message>
        <location filename="../ui/mailtasks.cpp" line="+37"/>
        <source>SMTP Password</source>
        <translation>Contraseña SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 on %2 (not found in the keychain):</source>
        <translation>Contraseña de %1 en %2 (no encontrada en el llavero):</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail is not set up yet: enter the SMTP server and the sender in Edit &gt; Company Settings, E-mail.</source>
        <translation>El correo electrónico aún no está configurado: introduzca el servidor SMTP y el remitente en Edición &gt; Configuración de la empresa, Correo electrónico.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>E-mail: %1 sent, %2 to retry, %3 failed, %4 not made</source>
        <translation>Correo electrónico: %1 enviados, %2 por reintentar, %3 fallidos, %4 no generados</translation>
    </message>
</context>
<context>
    <name>Accrue::MailTemplate</name>
    <message>
        <location filename="../core/mail/mailtemplate.cpp" line="+23"/>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>marcador desconocido {%1} (conocidos: %2)</translation>
    </message>
</context>
<context>
    <name>Accrue::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+140"/>
        <source>Posted in an open month</source>
        <translation>Contabilizado en un mes abierto</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · %2 (%3) · Book: %4</source>
        <translation>%1 · %2 (%3) · Libro: %4</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>My Account: %1 — %2</source>
        <translation>Mi cuenta: %1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book: %1 · %2 (%3)</source>
        <translation>Libro: %1 · %2 (%3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Panel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Facturas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reports</source>
        <translation>&amp;Informes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ustomers</source>
        <translation>C&amp;lientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;venue</source>
        <translation>In&amp;gresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transactions</source>
        <translation>&amp;Transacciones</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>My &amp;Account</source>
        <translation>Mi &amp;cuenta</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updated with changes made by others</source>
        <translation>Actualizado con cambios hechos por otros</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no Accrue book yet. Set one up there now?</source>
        <translation>%1 aún no contiene ningún libro de Accrue. ¿Desea crear uno allí ahora?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book in %1 needs an upgrade (schema %2 to %3). Upgrade it now? Other clients of older versions will have to update too.</source>
        <translation>El libro de %1 necesita una actualización (esquema %2 a %3). ¿Desea actualizarlo ahora? Los demás clientes con versiones anteriores también tendrán que actualizarse.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Connect to Server</source>
        <translation>Conectar al servidor</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>&amp;Nuevo libro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Book…</source>
        <translation>&amp;Abrir libro…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to Server…</source>
        <translation>&amp;Conectar al servidor…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exportar CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Edición</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Buscar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Company Settings…</source>
        <translation>&amp;Configuración de la empresa…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>&amp;Usuarios…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Preferencias…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audit Log…</source>
        <translation>Registro de &amp;auditoría…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed what and when, with the before and after</source>
        <translation>Quién cambió qué y cuándo, con el antes y el después</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Billing</source>
        <translation>Factu&amp;ración</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing &amp;Run…</source>
        <translation>&amp;Ejecución de facturación…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice the subscriptions due, with prorations</source>
        <translation>Facturar las suscripciones vencidas, con prorrateos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products and Plans…</source>
        <translation>&amp;Productos y planes…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail &amp;Outbox…</source>
        <translation>&amp;Bandeja de salida de correo…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guía del usuario</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Accrue</source>
        <translation>&amp;Acerca de Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>Acerca de &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customers…</source>
        <translation>&amp;Clientes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subscriptions…</source>
        <translation>&amp;Suscripciones…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax Rates…</source>
        <translation>&amp;Tipos impositivos…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange Rates…</source>
        <translation>Tipos de &amp;cambio…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Billing run done</source>
        <translation>Ejecución de facturación terminada</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit Log</source>
        <translation>Registro de auditoría</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>New Book</source>
        <translation>Nuevo libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrue books (*.sqlite)</source>
        <translation>Libros de Accrue (*.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Open Book</source>
        <translation>Abrir libro</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Accrue books (*.sqlite);;All files (*)</source>
        <translation>Libros de Accrue (*.sqlite);;Todos los archivos (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>About Accrue</source>
        <translation>Acerca de Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Accrue %1&lt;/h3&gt;&lt;p&gt;Billing, receivables and revenue.&lt;/p&gt;&lt;p&gt;Book: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accrue %1&lt;/h3&gt;&lt;p&gt;Facturación, cuentas por cobrar e ingresos.&lt;/p&gt;&lt;p&gt;Libro: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrue shows the new language after a restart.</source>
        <translation>Accrue mostrará el nuevo idioma después de reiniciarse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Reiniciar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>&amp;Más tarde</translation>
    </message>
</context>
<context>
    <name>Accrue::ManualMatchDialog</name>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="+32"/>
        <source>Match Bank Line by Hand</source>
        <translation>Conciliar línea bancaria manualmente</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Aplicar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank line:</source>
        <translation>Línea bancaria:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 more than the bank line</source>
        <translation>%1 más que la línea bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as customer credit: %1</source>
        <translation>Queda como saldo a favor del cliente: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the customer who paid.</source>
        <translation>Elija el cliente que pagó.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is not an amount</source>
        <translation>%1: “%2” no es un importe</translation>
    </message>
</context>
<context>
    <name>Accrue::MimeWriter</name>
    <message>
        <location filename="../core/mail/mailmessage.cpp" line="+159"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: the e-mail has no recipient</source>
        <translation>Para: el correo electrónico no tiene destinatario</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment name</source>
        <translation>Nombre del adjunto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment %1: “%2” is not a content type</source>
        <translation>Adjunto %1: “%2” no es un tipo de contenido</translation>
    </message>
</context>
<context>
    <name>Accrue::Money</name>
    <message>
        <location filename="../core/money/currency.cpp" line="+110"/>
        <source>Unknown currency code “%1”</source>
        <translation>Código de moneda desconocido “%1”</translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="+22"/>
        <source>The amount is too large.</source>
        <translation>El importe es demasiado grande.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no currency</source>
        <translation>sin moneda</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>“%1” is not a valid amount.</source>
        <translation>“%1” no es un importe válido.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too large.</source>
        <translation>“%1” es demasiado grande.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” has too many decimal places: %2 amounts have at most %n.</source>
        <translation>
            <numerusform>“%1” tiene demasiados decimales: los importes en %2 tienen como máximo %n.</numerusform>
            <numerusform>“%1” tiene demasiados decimales: los importes en %2 tienen como máximo %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” has misplaced digit group separators.</source>
        <translation>“%1” tiene separadores de miles mal colocados.</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>No se pueden combinar importes en %1 y %2.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A share needs a positive denominator.</source>
        <translation>Un reparto necesita un denominador positivo.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An exchange rate must be above zero.</source>
        <translation>Un tipo de cambio debe ser mayor que cero.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot split an amount by negative weights.</source>
        <translation>No se puede repartir un importe con pesos negativos.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot split an amount: at least one weight must be positive.</source>
        <translation>No se puede repartir un importe: al menos un peso debe ser positivo.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Please enter an amount.</source>
        <translation>Introduzca un importe.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please enter a number.</source>
        <translation>Introduzca un número.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>“%1” tiene más de %n decimal.</numerusform>
            <numerusform>“%1” tiene más de %n decimales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::MonthlyRevenueReport</name>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="+36"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly revenue by %1</source>
        <translation>Ingresos mensuales por %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly revenue</source>
        <translation>Ingresos mensuales</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Month total</source>
        <translation>Total del mes</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+2"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::MyAccountPage</name>
    <message>
        <location filename="../ui/pages/myaccountpage.cpp" line="+58"/>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>My Account — Billing</source>
        <translation>Mi cuenta — Facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) · signed in as %3, %4</source>
        <translation>%1 (%2) · sesión iniciada como %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoices &amp;&amp; Credit Notes</source>
        <translation>Facturas &amp;&amp; notas de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Suscripciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment Methods</source>
        <translation>Métodos de pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing Profiles</source>
        <translation>Perfiles de facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Extracto</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;View…</source>
        <translation>&amp;Ver…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download PDF…</source>
        <translation>&amp;Descargar PDF…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Download Credit Note &amp;PDF…</source>
        <translation>Descargar &amp;PDF de la nota de crédito…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit notes</source>
        <translation>Notas de crédito</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Change Quantity…</source>
        <translation>&amp;Cambiar cantidad…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next billing</source>
        <translation>Próxima facturación</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add Payment Method…</source>
        <translation>&amp;Añadir método de pago…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Etiqueta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card or account</source>
        <translation>Tarjeta o cuenta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Caduca</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show</source>
        <translation>&amp;Mostrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>a</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>•••• %1</source>
        <translation>•••• %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Change the number of licenses from a date</source>
        <translation>Cambiar el número de licencias a partir de una fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your provider to change quantities</source>
        <translation>Pida a su proveedor que cambie las cantidades</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>View Invoice</source>
        <translation>Ver factura</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Download PDF</source>
        <translation>Descargar PDF</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+22"/>
        <location line="+82"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+23"/>
        <location line="+66"/>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Change Quantity</source>
        <translation>Cambiar cantidad</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n license(s) from %2</source>
        <translation>
            <numerusform>%1: %n licencia desde %2</numerusform>
            <numerusform>%1: %n licencias desde %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added a payment method</source>
        <translation>Se añadió un método de pago</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>Export Statement</source>
        <translation>Exportar extracto</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv)</source>
        <translation>Archivos CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Save Statement</source>
        <translation>Guardar extracto</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 (%2), %3 to %4</source>
        <translation>%1 (%2), del %3 al %4</translation>
    </message>
</context>
<context>
    <name>Accrue::OutboxDialog</name>
    <message>
        <location filename="../ui/dialogs/outboxdialog.cpp" line="+34"/>
        <source>&amp;Deliver Now</source>
        <translation>&amp;Entregar ahora</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>Rein&amp;tentar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail Outbox</source>
        <translation>Bandeja de salida de correo</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Queued</source>
        <translation>En cola</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Intentos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attempt / sent</source>
        <translation>Próximo intento / enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s last answer</source>
        <translation>Última respuesta del servidor</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue the chosen failed message again, its attempts reset</source>
        <translation>Volver a poner en cola el mensaje fallido elegido, con sus intentos a cero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fallido</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message queued again: Deliver Now sends it</source>
        <translation>Mensaje de nuevo en cola: Entregar ahora lo envía</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delivering…</source>
        <translation>Entregando…</translation>
    </message>
</context>
<context>
    <name>Accrue::OutboxService</name>
    <message>
        <location filename="../core/mail/outboxservice.cpp" line="+55"/>
        <location line="+29"/>
        <location line="+54"/>
        <source>send e-mail</source>
        <translation>enviar correo electrónico</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The outbox has no message #%1</source>
        <translation>La bandeja de salida no tiene ningún mensaje n.º %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message #%1 is %2, not failed: only a failed message is tried again</source>
        <translation>El mensaje n.º %1 está %2, no fallido: solo se reintenta un mensaje fallido</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Invoice %1</source>
        <translation>Factura %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1</source>
        <translation>Recordatorio para %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note %1</source>
        <translation>Nota de crédito %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::OutputFile</name>
    <message>
        <location filename="../core/exchange/outputfile.cpp" line="+37"/>
        <source>it is a folder</source>
        <translation>es una carpeta</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>standard output</source>
        <translation>salida estándar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::OutputParts</name>
    <message>
        <location filename="../core/exchange/outputparts.cpp" line="+130"/>
        <source>it is a part of an earlier export and cannot be removed</source>
        <translation>forma parte de una exportación anterior y no se puede quitar</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::PartnerRevenueReport</name>
    <message>
        <location filename="../core/reports/partnerrevenuereport.cpp" line="+29"/>
        <source>Partner revenue</source>
        <translation>Ingresos por socio</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Entidad</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Socio</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced (net)</source>
        <translation>Facturado (neto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited (net)</source>
        <translation>Abonado (neto)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentAttemptService</name>
    <message>
        <location filename="../core/billing/paymentattemptservice.cpp" line="+33"/>
        <source>import card payments</source>
        <translation>importar pagos con tarjeta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file is empty</source>
        <translation>%1: el archivo está vacío</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:1: a “%2” column is required (invoice, date, status, reason, id)</source>
        <translation>%1:1: se requiere una columna “%2” (invoice, date, status, reason, id)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” is not failed, declined, expired or succeeded</source>
        <translation>“%1” no es failed, declined, expired ni succeeded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no invoice “%1”</source>
        <translation>no existe la factura “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gateway&apos;s id of the attempt is missing</source>
        <translation>falta el id del intento en la pasarela</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="+29"/>
        <source>Record Payment for %1</source>
        <translation>Registrar pago de %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Importe (%1):</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date received:</source>
        <translation>&amp;Fecha de recepción:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Método:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Referencia:</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMatcher</name>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="+188"/>
        <source>invoice numbers %1 in remittance text belong to different customers</source>
        <translation>los números de factura %1 del texto de la remesa pertenecen a clientes distintos</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invoice number %1 in remittance text</source>
        <translation>número de factura %1 en el texto de la remesa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice numbers %1 in remittance text</source>
        <translation>números de factura %1 en el texto de la remesa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amount equals balance</source>
        <translation>el importe es igual al saldo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount equals their balances</source>
        <translation>el importe es igual a sus saldos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>part payment of %1 (open %2)</source>
        <translation>pago parcial de %1 (pendiente %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over-payment: %1 more than open, kept as customer credit</source>
        <translation>sobrepago: %1 más de lo pendiente, se conserva como saldo a favor del cliente</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>customer code %1 in text; amount equals the balance of %2</source>
        <translation>código de cliente %1 en el texto; el importe es igual al saldo de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>customer code %1 in text; amount equals its %2 open invoices</source>
        <translation>código de cliente %1 en el texto; el importe es igual a sus %2 facturas pendientes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer code %1 in text; allocated to the oldest open invoices</source>
        <translation>código de cliente %1 en el texto; aplicado a las facturas pendientes más antiguas</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>payer name matches %1; amount equals the balance of %2</source>
        <translation>el nombre del pagador coincide con %1; el importe es igual al saldo de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount equals the open balance of %1 (the only invoice with it)</source>
        <translation>el importe es igual al saldo pendiente de %1 (la única factura con él)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ambiguous: %1 open invoices have this amount (%2); choose one</source>
        <translation>ambiguo: %1 facturas pendientes tienen este importe (%2); elija una</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>payer name like customer %1 (%2); allocated to the oldest open invoices</source>
        <translation>nombre del pagador parecido al cliente %1 (%2); aplicado a las facturas pendientes más antiguas</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethod</name>
    <message>
        <location filename="../ui/models/methodnames.cpp" line="+14"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Cheque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Efectivo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <translation>Domiciliación bancaria</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethodDialog</name>
    <message>
        <location filename="../ui/dialogs/paymentmethoddialog.cpp" line="+23"/>
        <source>Add Payment Method</source>
        <translation>Añadir método de pago</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Tipo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>&amp;Etiqueta:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. the gateway&apos;s customer reference</source>
        <translation>p. ej. la referencia de cliente de la pasarela</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;four:</source>
        <translation>Últimos &amp;cuatro:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1234</source>
        <translation>1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpiry:</source>
        <translation>Ca&amp;ducidad:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandato:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct-debit mandate reference</source>
        <translation>referencia del mandato de domiciliación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>checked, kept masked but for the last four</source>
        <translation>comprobado, se guarda enmascarado salvo los cuatro últimos</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>That looks like a full card number. Accrue never stores one: keep the last four digits and the gateway&apos;s reference.</source>
        <translation>Eso parece un número de tarjeta completo. Accrue nunca almacena uno: conserve los cuatro últimos dígitos y la referencia de la pasarela.</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethodRules</name>
    <message>
        <location filename="../core/domain/paymentmethodrules.cpp" line="+17"/>
        <source>Card</source>
        <translation>Tarjeta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEPA direct debit</source>
        <translation>Adeudo directo SEPA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Transferencia bancaria</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Payment method kind “%1” is not one of %2</source>
        <translation>El tipo de método de pago “%1” no es uno de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label</source>
        <translation>La etiqueta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last four digits</source>
        <translation>Los cuatro últimos dígitos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mandate reference</source>
        <translation>La referencia del mandato</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway reference</source>
        <translation>La referencia de la pasarela</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last four digits must be four digits, not “%1”</source>
        <translation>Los cuatro últimos dígitos deben ser cuatro dígitos, no “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry must be MM/YY, not “%1”</source>
        <translation>La caducidad debe tener el formato MM/AA, no “%1”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account</source>
        <translation>La cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid IBAN (country, length and check digits)</source>
        <translation>“%1” no es un IBAN válido (país, longitud y dígitos de control)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A card&apos;s security code (CVC) is never taken or stored</source>
        <translation>El código de seguridad de una tarjeta (CVC) nunca se solicita ni se almacena</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentReconciliationReport</name>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="+34"/>
        <source>There is no bank account “%1” (import a statement into it first)</source>
        <translation>No existe la cuenta bancaria “%1” (importe primero un extracto en ella)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Section</source>
        <translation>Sección</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Artículo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty</source>
        <translation>Contraparte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment reconciliation %1, %2 to %3</source>
        <translation>Conciliación de cobros %1, del %2 al %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Summary</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement opening balance</source>
        <translation>Saldo inicial del extracto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement lines in the period</source>
        <translation>Líneas del extracto en el periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement closing balance</source>
        <translation>Saldo final del extracto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked to the Bank account in the period</source>
        <translation>Registrado en la cuenta Bancos en el periodo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (statement less booked)</source>
        <translation>Diferencia (extracto menos registrado)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement line not booked</source>
        <translation>Línea del extracto no registrada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line #%1</source>
        <translation>línea n.º %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked, not on the statement</source>
        <translation>Registrado, no en el extracto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment #%1 %2</source>
        <translation>pago n.º %1 %2</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentService</name>
    <message>
        <location filename="../core/storage/paymentrepository.cpp" line="+132"/>
        <source>The customer&apos;s credit changed meanwhile; try again</source>
        <translation>El crédito del cliente cambió entretanto; inténtelo de nuevo</translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="+72"/>
        <source>amount: a payment must be a positive amount in a known currency</source>
        <translation>amount: un pago debe ser un importe positivo en una moneda conocida</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount: %1 is larger than Accrue accepts for one payment</source>
        <translation>amount: %1 es mayor de lo que Accrue admite para un pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date: enter the date the payment was received</source>
        <translation>date: introduzca la fecha en que se recibió el pago</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: %1 is not a plausible payment date (years %2 to %3)</source>
        <translation>date: %1 no es una fecha de pago plausible (años %2 a %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reference: contains control characters (such as NUL)</source>
        <translation>reference: contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>method: unknown payment method “%1” (use one of %2)</source>
        <translation>method: método de pago desconocido “%1” (use uno de %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+122"/>
        <source>record payments</source>
        <translation>registrar pagos</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>customer: no such customer</source>
        <translation>customer: no existe ese cliente</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An invoice appears twice in the allocations</source>
        <translation>Una factura aparece dos veces en las aplicaciones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An allocation names an invoice of another customer</source>
        <translation>Una aplicación indica una factura de otro cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is in %2, the payment in %3</source>
        <translation>La factura %1 está en %2, el pago en %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 has %2 open; it cannot take %3</source>
        <translation>La factura %1 tiene %2 pendiente; no puede recibir %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The allocations add up to more than the payment</source>
        <translation>Las aplicaciones suman más que el pago</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No invoice with id %1</source>
        <translation>No hay ninguna factura con el id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is %2 and takes no payment</source>
        <translation>La factura %1 está %2 y no admite pagos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(draft)</source>
        <translation>(borrador)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rate: the book has no exchange rate %1/%2 on or before %3</source>
        <translation>rate: el libro no tiene ningún tipo de cambio %1/%2 en %3 o antes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice %1 is in %2, the payment in %3: give the exchange rate (%3 to %2) or take the book&apos;s rate of the payment date</source>
        <translation>La factura %1 está en %2, el pago en %3: indique el tipo de cambio (%3 a %2) o use el tipo del libro de la fecha del pago</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>amount: %1 %2 at %3 is less than the smallest unit of %4</source>
        <translation>amount: %1 %2 a %3 es menos que la unidad mínima de %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount: %1 %2 at %3 is %4 %5, more than the %6 %5 invoice %7 has open by over 2 %; record the excess as a separate payment</source>
        <translation>amount: %1 %2 a %3 son %4 %5, más de los %6 %5 que la factura %7 tiene pendientes en más de un 2 %; registre el exceso como un pago aparte</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>apply customer credit</source>
        <translation>aplicar saldo a favor del cliente</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount: the credit to apply cannot be negative</source>
        <translation>amount: el crédito que aplicar no puede ser negativo</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit can only be applied to an open invoice</source>
        <translation>Solo se puede aplicar crédito a una factura pendiente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: credit cannot be applied before the invoice was issued</source>
        <translation>date: no se puede aplicar crédito antes de la emisión de la factura</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The customer holds no credit in %1</source>
        <translation>El cliente no tiene saldo a favor en %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reverse payments</source>
        <translation>revertir pagos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no payment #%1</source>
        <translation>No existe el pago n.º %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment #%1 was reversed already</source>
        <translation>El pago n.º %1 ya se revirtió</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: a payment is reversed on or after the day it was received</source>
        <translation>date: un pago se revierte el mismo día en que se recibió o después</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentTableModel</name>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="+59"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not applied)</source>
        <translation>(no aplicado)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not applied to an invoice: held as customer credit</source>
        <translation>No aplicado a una factura: se conserva como saldo a favor del cliente</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied to</source>
        <translation>Aplicado a</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unapplied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentsReceivedReport</name>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="+27"/>
        <source>Payments received %1 to %2</source>
        <translation>Cobros recibidos del %1 al %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied</source>
        <translation>No aplicado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::Period</name>
    <message>
        <location filename="../core/reports/period.cpp" line="+59"/>
        <source>This month to date</source>
        <translation>Este mes hasta hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quarter to date</source>
        <translation>Este trimestre hasta hoy</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last quarter</source>
        <translation>Trimestre anterior</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year to date</source>
        <translation>Este año hasta hoy</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom range</source>
        <translation>Intervalo personalizado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last %1 months + this month to date</source>
        <translation>Últimos %1 meses + este mes hasta hoy</translation>
    </message>
</context>
<context>
    <name>Accrue::PeriodCloseService</name>
    <message>
        <location filename="../core/billing/periodcloseservice.cpp" line="+101"/>
        <source>Recognised through %1: %2 schedule rows in %3 entries</source>
        <translation>Reconocido hasta %1: %2 filas del calendario en %3 asientos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; %1 usage records accrued as unbilled</source>
        <translation>; %1 registros de consumo devengados como no facturados</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+116"/>
        <location line="+49"/>
        <source>month: enter it as YYYY-MM</source>
        <translation>mes: introdúzcalo como YYYY-MM</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Month and order of closing</source>
        <translation>Mes y orden de cierre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already closed (the books are closed through %2)</source>
        <translation>%1 ya está cerrado (los libros están cerrados hasta %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Months close in order: close %1 first (the books are closed through %2)</source>
        <translation>Los meses se cierran en orden: cierre primero %1 (los libros están cerrados hasta %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not ended yet: it can be closed from %2 on</source>
        <translation>%1 aún no ha terminado: se puede cerrar a partir del %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first close of this book: everything through %1 is closed with it</source>
        <translation>El primer cierre de este libro: todo hasta %1 se cierra con él</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next month after %1</source>
        <translation>El mes siguiente a %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft invoices dated in the month</source>
        <translation>Facturas en borrador con fecha en el mes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Borradores</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue, delete or re-date them into an open month first</source>
        <translation>Emítalos, elimínelos o cámbieles la fecha a un mes abierto primero</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmatched bank lines up to the month end</source>
        <translation>Líneas bancarias sin conciliar hasta el fin de mes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Líneas</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments they stand for will be posted in the next open month</source>
        <translation>Los pagos que representan se contabilizarán en el siguiente mes abierto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue at the month end, never reminded</source>
        <translation>Vencidas a fin de mes, sin recordatorio</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Invoices</source>
        <translation>Facturas</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Open</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dunning step reached them by %1: check the dunning run</source>
        <translation>Ningún paso de reclamación las alcanzó antes del %1: revise la ejecución de reclamación</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deferred revenue at the month end</source>
        <translation>Ingresos diferidos a fin de mes</translation>
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
        <translation>Un saldo deudor: se reconoció más de lo diferido</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue recognised and billed in the month</source>
        <translation>Ingresos reconocidos y facturados en el mes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed (net)</source>
        <translation>Facturado (neto)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unbilled revenue at the month end</source>
        <translation>Ingresos no facturados a fin de mes</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue recognition</source>
        <translation>Reconocimiento de ingresos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing posts the revenue recognised through %1</source>
        <translation>El cierre contabiliza los ingresos reconocidos hasta %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule rows due</source>
        <translation>Filas del calendario vencidas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To recognise</source>
        <translation>Por reconocer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage records to accrue</source>
        <translation>Registros de consumo por devengar</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No revenue recognition is connected: closing posts none</source>
        <translation>No hay reconocimiento de ingresos conectado: el cierre no contabiliza ninguno</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>close periods</source>
        <translation>cerrar periodos</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>the month-end close</source>
        <translation>el cierre mensual</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 cannot be closed: %2</source>
        <translation>%1 no se puede cerrar: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>close of %1</source>
        <translation>cierre de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reopen closed periods</source>
        <translation>reabrir periodos cerrados</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reason: say why the period is reopened</source>
        <translation>motivo: indique por qué se reabre el periodo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: at most 2000 characters, without control characters</source>
        <translation>motivo: como máximo 2000 caracteres, sin caracteres de control</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not closed (the books are closed through %2)</source>
        <translation>%1 no está cerrado (los libros están cerrados hasta %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not closed: no period is</source>
        <translation>%1 no está cerrado: no hay ningún periodo cerrado</translation>
    </message>
</context>
<context>
    <name>Accrue::PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/plandialog.cpp" line="+29"/>
        <source>New Plan</source>
        <translation>Nuevo plan</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan %1</source>
        <translation>Plan %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Monthly</source>
        <translation>Mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Trimestral</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Anual</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to (empty: and more)</source>
        <translation>Hasta (vacío: y más)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Precio unitario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flat fee</source>
        <translation>Cuota fija</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Tier</source>
        <translation>Añadir &amp;tramo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tier</source>
        <translation>Quitar tramo</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Example: </source>
        <translation>Ejemplo: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> unidades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roducto:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billed:</source>
        <translation>&amp;Facturación:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;icing:</source>
        <translation>Pre&amp;cios:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price per period:</source>
        <translation>&amp;Precio por periodo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rial:</source>
        <translation>P&amp;rueba:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers:</source>
        <translation>Tramos:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Price: %1</source>
        <translation>Precio: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a whole number of units</source>
        <translation>“%1” no es un número entero de unidades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier %1: %2</source>
        <translation>Tramo %1: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>= %1 per period</source>
        <translation>= %1 por periodo</translation>
    </message>
</context>
<context>
    <name>Accrue::PlanPricing</name>
    <message>
        <location filename="../core/domain/planpricing.cpp" line="+30"/>
        <source>A %1 plan needs at least one price tier.</source>
        <translation>Un plan %1 necesita al menos un tramo de precio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier %1 is not in the plan&apos;s currency %2.</source>
        <translation>El tramo %1 no está en la moneda del plan %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier %1 has a negative price.</source>
        <translation>El tramo %1 tiene un precio negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last tier must have no upper limit.</source>
        <translation>El último tramo no debe tener límite superior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the last tier can be open-ended; tier %1 has no upper limit.</source>
        <translation>Solo el último tramo puede no tener límite; el tramo %1 no tiene límite superior.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier %1 must end above %2 units.</source>
        <translation>El tramo %1 debe terminar por encima de %2 unidades.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unknown pricing “%1”: use flat, per_unit, graduated or volume.</source>
        <translation>Unknown pricing “%1”: use flat, per_unit, graduated o volume.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flat</source>
        <translation>Fijo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per seat</source>
        <translation>Por puesto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graduated tiers</source>
        <translation>Tramos escalonados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume tiers</source>
        <translation>Tramos por volumen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A plan bills every 1, 3 or 12 months, not %1.</source>
        <translation>Un plan factura cada 1, 3 o 12 meses, no %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s price is not in its currency %1.</source>
        <translation>El precio del plan no está en su moneda %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan&apos;s price cannot be negative.</source>
        <translation>El precio de un plan no puede ser negativo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trial days must be between 0 and 366.</source>
        <translation>Los días de prueba deben estar entre 0 y 366.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only graduated and volume plans have price tiers.</source>
        <translation>Solo los planes escalonados y por volumen tienen tramos de precio.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A quantity cannot be negative.</source>
        <translation>Una cantidad no puede ser negativa.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a price tier (UP_TO:PRICE or UP_TO:PRICE+FLAT, * for no limit, e.g. 10:5.00+20.00)</source>
        <translation>“%1” no es un tramo de precio (UP_TO:PRICE o UP_TO:PRICE+FLAT, * para sin límite, p. ej. 10:5.00+20.00)</translation>
    </message>
</context>
<context>
    <name>Accrue::Planner</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="-471"/>
        <source>No product with id %1</source>
        <translation>No hay ningún producto con el id %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No plan with id %1</source>
        <translation>No hay ningún plan con el id %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer with id %1</source>
        <translation>No hay ningún cliente con el id %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Subscription %1 has more than %2 periods to bill up to %3; check its renewal date</source>
        <translation>La suscripción %1 tiene más de %2 periodos por facturar hasta %3; revise su fecha de renovación</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 licenses, %3</source>
        <translation>%1, %2 licencias, %3</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 of %2 days</source>
        <translation>%1 de %2 días</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 x%2 from %3 (%4): %5 less unused %6 x%7: %8</source>
        <translation>%1 x%2 del %3 (%4): %5 menos no utilizado %6 x%7: %8</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled from %1: unused %2 x%3, %4</source>
        <translation>Cancelada desde %1: no utilizado %2 x%3, %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed from %1 on %2: unused %3 x%4 (%5) less %6 x%7 (%8), %9</source>
        <translation>Cambiada desde %1 el %2: no utilizado %3 x%4 (%5) menos %6 x%7 (%8), %9</translation>
    </message>
</context>
<context>
    <name>Accrue::PostgresCopy</name>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="+51"/>
        <source>The server refused to load %1</source>
        <translation>El servidor rechazó cargar %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>Loading %1 failed</source>
        <translation>Falló la carga de %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused a row of %1</source>
        <translation>El servidor rechazó una fila de %1</translation>
    </message>
</context>
<context>
    <name>Accrue::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+22"/>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default (%1)</source>
        <translation>Predeterminado del sistema (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>Sistema</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates, numbers and money follow the language chosen here; with the system default, they follow the system&apos;s regional settings. Documents use each customer&apos;s own language where one is set.</source>
        <translation>Las fechas, los números y los importes siguen el idioma elegido aquí; con el predeterminado del sistema, siguen la configuración regional del sistema. Los documentos usan el idioma propio de cada cliente cuando tiene uno definido.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
</context>
<context>
    <name>Accrue::ProductCsv</name>
    <message>
        <location filename="../core/exchange/productcsv.cpp" line="+52"/>
        <source>%1: no products after the header</source>
        <translation>%1: no hay productos después del encabezado</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no plans after the header</source>
        <translation>%1: no hay planes después del encabezado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not monthly, quarterly, annual or a number of months</source>
        <translation>“%1” no es monthly, quarterly, annual ni un número de meses</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not flat, per_unit, graduated or volume</source>
        <translation>“%1” no es flat, per_unit, graduated ni volume</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a number of days from 0 to 366</source>
        <translation>“%1” no es un número de días de 0 a 366</translation>
    </message>
</context>
<context>
    <name>Accrue::ProductDelegate</name>
    <message>
        <location filename="../ui/editor/productdelegate.cpp" line="+13"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
</context>
<context>
    <name>Accrue::ProductDialog</name>
    <message>
        <location filename="../ui/dialogs/productdialog.cpp" line="+23"/>
        <source>Standard</source>
        <translation>General</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reduced</source>
        <translation>Reducido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero-rated</source>
        <translation>Tipo cero</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt</source>
        <translation>Exento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse charge</source>
        <translation>Inversión del sujeto pasivo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At a point in time</source>
        <translation>En un momento determinado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratably</source>
        <translation>Linealmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As delivered</source>
        <translation>Según entrega</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By milestone</source>
        <translation>Por hitos</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Product</source>
        <translation>Nuevo producto</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Product %1</source>
        <translation>Producto %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Code:</source>
        <translation>&amp;Código:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;price:</source>
        <translation>&amp;Precio unitario:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nit:</source>
        <translation>U&amp;nidad:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax category:</source>
        <translation>Categoría &amp;fiscal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revenue recognition:</source>
        <translation>&amp;Reconocimiento de ingresos:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue &amp;account:</source>
        <translation>Cuenta de &amp;ingresos:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book&apos;s revenue account</source>
        <translation>La cuenta de ingresos del libro</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unit price: %1</source>
        <translation>Precio unitario: %1</translation>
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
        <translation>%1 %2: se esperaba %3 (%4), se encontró %5</translation>
    </message>
</context>
<context>
    <name>Accrue::Prover</name>
    <message>
        <location line="-282"/>
        <source>its allocations less reversals</source>
        <translation>sus aplicaciones menos reversiones</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the credit notes applied to it</source>
        <translation>las notas de crédito aplicadas a ella</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its write-offs</source>
        <translation>sus pases a fallidos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total less paid, credited and written off</source>
        <translation>total menos pagado, abonado y pasado a fallidos</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its total less its allocations</source>
        <translation>su total menos sus aplicaciones</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its reversal</source>
        <translation>su reversión</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its amount less its live allocations</source>
        <translation>su importe menos sus aplicaciones vigentes</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+159"/>
        <location line="+16"/>
        <location line="+9"/>
        <source>audit record %1</source>
        <translation>registro de auditoría %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>its debits (an entry balances)</source>
        <translation>sus débitos (un asiento cuadra)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the total of %1 %2</source>
        <translation>el total de %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the journal lines</source>
        <translation>las líneas de asiento</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no row</source>
        <translation>ninguna fila</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the sum of its lines</source>
        <translation>la suma de sus líneas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its subtotal plus tax</source>
        <translation>su subtotal más impuestos</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit record</source>
        <translation>registro de auditoría</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one</source>
        <translation>uno</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>ninguno</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every issued document and payment is audited</source>
        <translation>todos los documentos emitidos y los pagos se auditan</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>lines</source>
        <translation>líneas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as audit record %1</source>
        <translation>como registro de auditoría %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>%1 line %2</source>
        <translation>%1 línea %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>line</source>
        <translation>línea</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>present</source>
        <translation>presente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>absent</source>
        <translation>ausente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>añadido</translation>
    </message>
</context>
<context>
    <name>Accrue::RateE10</name>
    <message>
        <location filename="../core/domain/exchangerate.cpp" line="+28"/>
        <source>The exchange rate is out of range (it must be above 0.0000000001 and below 922337203)</source>
        <translation>El tipo de cambio está fuera de rango (debe ser mayor que 0.0000000001 y menor que 922337203)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not an exchange rate: %2</source>
        <translation>“%1” no es un tipo de cambio: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is empty</source>
        <translation>está vacío</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has two decimal points</source>
        <translation>tiene dos puntos decimales</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use digits and a dot, like 1.0823</source>
        <translation>use dígitos y un punto, como 1.0823</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than ten decimals</source>
        <translation>más de diez decimales</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>too large</source>
        <translation>demasiado grande</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no digits</source>
        <translation>sin dígitos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rate must be above zero</source>
        <translation>un tipo debe ser mayor que cero</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>An exchange rate must be above zero.</source>
        <translation>Un tipo de cambio debe ser mayor que cero.</translation>
    </message>
</context>
<context>
    <name>Accrue::Reader</name>
    <message>
        <location filename="../core/einvoice/ublreader.cpp" line="+46"/>
        <source>a document type declaration (DTD) is not accepted</source>
        <translation>no se acepta una declaración de tipo de documento (DTD)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a UBL Invoice or CreditNote</source>
        <translation>no es una Invoice ni una CreditNote UBL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: %3</source>
        <translation>%1 línea %2: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a UBL Invoice or CreditNote (the root is “%1”)</source>
        <translation>no es una Invoice ni una CreditNote UBL (la raíz es “%1”)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than %1 lines</source>
        <translation>más de %1 líneas</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an amount before the document&apos;s currency (DocumentCurrencyCode)</source>
        <translation>un importe antes de la moneda del documento (DocumentCurrencyCode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an amount in %1 in a document in %2</source>
        <translation>un importe en %1 en un documento en %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a number with at most %2 decimals</source>
        <translation>“%1” no es un número con como máximo %2 decimales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>“%1” is not an ISO 4217 currency</source>
        <translation>“%1” no es una moneda ISO 4217</translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="-146"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected text</source>
        <translation>se esperaba texto</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (use YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 % is not between 0 % and 100 %</source>
        <translation>%1 % no está entre 0 % y 100 %</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptDocument</name>
    <message>
        <location filename="../core/documents/receiptdocument.cpp" line="+37"/>
        <source>Cannot write %1: %2</source>
        <translation>No se puede escribir %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptMailer</name>
    <message>
        <location filename="../core/mail/receiptmailer.cpp" line="+67"/>
        <source>your account</source>
        <translation>su cuenta</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send receipts by e-mail</source>
        <translation>enviar recibos por correo electrónico</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt %1</source>
        <translation>Recibo %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptService</name>
    <message>
        <location filename="../core/billing/receiptservice.cpp" line="+28"/>
        <source>No receipt %1</source>
        <translation>No existe el recibo %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptTasks</name>
    <message>
        <location filename="../ui/receipttasks.cpp" line="+36"/>
        <location line="+13"/>
        <source>Receipt PDF</source>
        <translation>PDF del recibo</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+21"/>
        <source>This payment has no receipt: receipts are issued for payments recorded in Accrue, not for those loaded from another system.</source>
        <translation>Este pago no tiene recibo: los recibos se emiten para pagos registrados en Accrue, no para los cargados desde otro sistema.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Save Receipt PDF</source>
        <translation>Guardar PDF del recibo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Send Receipt</source>
        <translation>Enviar recibo</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Receipt %1 was not sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%2</source>
        <translation>El recibo %1 no se envió (lo que quedó en cola se reintenta más tarde; véase Facturación &gt; Bandeja de salida de correo):
%2</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptsPanel</name>
    <message>
        <location filename="../ui/pages/receiptspanel.cpp" line="+39"/>
        <source>Receipt &amp;PDF…</source>
        <translation>&amp;PDF del recibo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Receipt…</source>
        <translation>Enviar &amp;recibo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail the chosen receipt with its PDF to the customer</source>
        <translation>Enviar al cliente por correo electrónico el recibo elegido con su PDF</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt</source>
        <translation>Recibo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Referencia</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+26"/>
        <source>Sending receipt %1 by e-mail…</source>
        <translation>Enviando el recibo %1 por correo electrónico…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipts</source>
        <translation>Recibos</translation>
    </message>
</context>
<context>
    <name>Accrue::RecogniseRevenueDialog</name>
    <message>
        <location filename="../ui/dialogs/recogniserevenuedialog.cpp" line="+45"/>
        <source>&amp;Run</source>
        <translation>E&amp;jecutar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognise Revenue</source>
        <translation>Reconocer ingresos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue is recognised for the schedule rows dated on or before this day, and usage delivered by then is accrued</source>
        <translation>Se reconocen los ingresos de las filas del calendario con fecha igual o anterior a este día, y se devenga el consumo entregado hasta entonces</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue recognised</source>
        <translation>Ingresos reconocidos</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usage accrued</source>
        <translation>Consumo devengado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post the journal entries listed: Dr Deferred revenue / Cr revenue, dated each row&apos;s day; a second run posts nothing again</source>
        <translation>Contabilizar los asientos contables indicados: Débito Ingresos diferidos / Crédito ingresos, con fecha del día de cada fila; una segunda ejecución no vuelve a contabilizar nada</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognise through:</source>
        <translation>Reconocer hasta:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Looking for revenue due…</source>
        <translation>Buscando ingresos pendientes de reconocer…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recognising revenue…</source>
        <translation>Reconociendo ingresos…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal entries posted: %1; schedule rows recognised: %2; usage records accrued: %3.</source>
        <translation>Asientos contables contabilizados: %1; filas del calendario reconocidas: %2; registros de consumo devengados: %3.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to recognise through %1: every schedule row due by then is posted.</source>
        <translation>Nada que reconocer hasta %1: todas las filas del calendario vencidas hasta entonces están contabilizadas.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due through %1: journal entries to post: %2; schedule rows: %3; usage records: %4.</source>
        <translation>Pendiente hasta %1: asientos contables por contabilizar: %2; filas del calendario: %3; registros de consumo: %4.</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionChartView</name>
    <message>
        <location filename="../ui/widgets/recognitionchartview.cpp" line="+40"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Reconocido</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Billed and recognised revenue (%1, net of tax)</source>
        <translation>Ingresos facturados y reconocidos (%1, netos de impuestos)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed revenue (%1, net of tax)</source>
        <translation>Ingresos facturados (%1, netos de impuestos)</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionScheduleModel</name>
    <message>
        <location filename="../ui/models/recognitionschedulemodel.cpp" line="+31"/>
        <source>Ratably</source>
        <translation>Linealmente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As delivered</source>
        <translation>Según entrega</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Point in time</source>
        <translation>Momento determinado</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posted</source>
        <translation>Contabilizado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awaiting milestone</source>
        <translation>A la espera del hito</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (done %2)</source>
        <translation>%1 (hecho %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionScheduleReport</name>
    <message>
        <location filename="../core/reports/recognitionschedulereport.cpp" line="+61"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Línea</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Descripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Método</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Hito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue recognition schedules</source>
        <translation>Calendarios de reconocimiento de ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue recognition schedule of %1</source>
        <translation>Calendario de reconocimiento de ingresos de %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionService</name>
    <message>
        <location filename="../core/billing/recognitionservice.cpp" line="+73"/>
        <source>recognise revenue</source>
        <translation>reconocer ingresos</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>through: give the last day to recognise revenue for</source>
        <translation>through: indique el último día para el que reconocer ingresos</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>through: %1 is after today (%2); revenue is recognised only for days that have passed</source>
        <translation>through: %1 es posterior a hoy (%2); los ingresos solo se reconocen para días ya transcurridos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>preview revenue recognition</source>
        <translation>previsualizar el reconocimiento de ingresos</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Revenue recognised on %1</source>
        <translation>Ingresos reconocidos el %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage delivered on %1, not yet invoiced</source>
        <translation>Consumo entregado el %1, aún no facturado</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line: invoice %1 has no line %2</source>
        <translation>line: la factura %1 no tiene línea %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record usage</source>
        <translation>registrar consumo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: give the day the usage was delivered</source>
        <translation>date: indique el día en que se entregó el consumo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: usage cannot be recorded before it is delivered (%1 is after today)</source>
        <translation>date: no se puede registrar el consumo antes de entregarse (%1 es posterior a hoy)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantity: must be more than zero</source>
        <translation>quantity: debe ser mayor que cero</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>customer: no such customer</source>
        <translation>customer: no existe ese cliente</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>product: no such product</source>
        <translation>product: no existe ese producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product: %1 is recognised %2, not as delivered; usage is recorded for as_delivered products only</source>
        <translation>product: %1 se reconoce %2, no según entrega; el consumo solo se registra para productos as_delivered</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the catalogue</source>
        <translation>leer el catálogo</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read recorded usage</source>
        <translation>leer el consumo registrado</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>define milestones</source>
        <translation>definir hitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestones: name at least one</source>
        <translation>milestones: indique al menos uno</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>milestones: each needs a name of at most 200 characters</source>
        <translation>milestones: cada uno necesita un nombre de como máximo 200 caracteres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestones: “%1” needs a share above 0 and at most 100 %</source>
        <translation>milestones: “%1” necesita una cuota mayor que 0 y como máximo del 100 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>milestones: the shares add up to %1 basis points, not 10000 (100 %)</source>
        <translation>milestones: las cuotas suman %1 puntos básicos, no 10000 (100 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestones are defined on an issued invoice&apos;s line</source>
        <translation>Los hitos se definen en la línea de una factura emitida</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of %2 is recognised %3, not by milestone</source>
        <translation>la línea %1 de %2 se reconoce %3, no por hitos</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milestone “%1” is done; the milestones can no longer be changed</source>
        <translation>El hito “%1” está hecho; los hitos ya no se pueden cambiar</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of %2 has been credited or recognised; its milestones can no longer be changed</source>
        <translation>la línea %1 de %2 se ha abonado o reconocido; sus hitos ya no se pueden cambiar</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>mark milestones done</source>
        <translation>marcar hitos como hechos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: give the day the milestone was reached, today or earlier</source>
        <translation>date: indique el día en que se alcanzó el hito, hoy o antes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestones are marked done on an issued invoice&apos;s line</source>
        <translation>Los hitos se marcan como hechos en la línea de una factura emitida</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>milestone: line %1 of %2 has %3 milestones</source>
        <translation>milestone: la línea %1 de %2 tiene %3 hitos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestone “%1” was already done on %2</source>
        <translation>El hito “%1” ya se hizo el %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: a milestone of %1 is done on or after its issue date (%2)</source>
        <translation>date: un hito de %1 se hace en su fecha de emisión o después (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read milestones</source>
        <translation>leer hitos</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>No invoice with id %1</source>
        <translation>No hay ninguna factura con el id %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>read recognition schedules</source>
        <translation>leer calendarios de reconocimiento</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>bring revenue recognition up to date</source>
        <translation>poner al día el reconocimiento de ingresos</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Revenue of %1 deferred when schedules were introduced</source>
        <translation>Ingresos de %1 diferidos al introducirse los calendarios</translation>
    </message>
</context>
<context>
    <name>Accrue::ReconciliationService</name>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="+39"/>
        <source>There is no bank line #%1</source>
        <translation>No existe la línea bancaria n.º %1</translation>
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
        <translation>conciliar líneas bancarias</translation>
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
        <translation>el registro bancario</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+45"/>
        <source>Bank line #%1 is matched already</source>
        <translation>La línea bancaria n.º %1 ya está conciliada</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Bank line #%1 could pay any of %2: choose the invoice</source>
        <translation>La línea bancaria n.º %1 podría pagar cualquiera de %2: elija la factura</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank line #%1 has no proposal to accept; match it by hand</source>
        <translation>La línea bancaria n.º %1 no tiene propuesta que aceptar; concíliela manualmente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the chosen invoice</source>
        <translation>la factura elegida</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bank line #%1 is not ambiguous; accept its proposal as it stands</source>
        <translation>La línea bancaria n.º %1 no es ambigua; acepte su propuesta tal como está</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 could pay %2, not %3</source>
        <translation>La línea bancaria n.º %1 podría pagar %2, no %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A bank line pays one customer; the proposal names two</source>
        <translation>Una línea bancaria paga a un solo cliente; la propuesta indica dos</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bank line #%1 has no proposal</source>
        <translation>La línea bancaria n.º %1 no tiene propuesta</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bank line #%1 is matched already; unmatch it first</source>
        <translation>La línea bancaria n.º %1 ya está conciliada; deshaga primero la conciliación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 is money out, not a customer&apos;s payment</source>
        <translation>La línea bancaria n.º %1 es una salida de dinero, no un pago de un cliente</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The splits add up to more than the bank line</source>
        <translation>Los repartos suman más que la línea bancaria</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matched by hand by %1</source>
        <translation>conciliada manualmente por %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bank line #%1 is matched; unmatch it before ignoring it</source>
        <translation>La línea bancaria n.º %1 está conciliada; deshaga la conciliación antes de ignorarla</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>bank line #%1 unmatched</source>
        <translation>línea bancaria n.º %1 sin conciliar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 is neither matched nor ignored</source>
        <translation>La línea bancaria n.º %1 no está ni conciliada ni ignorada</translation>
    </message>
</context>
<context>
    <name>Accrue::RecordUsageDialog</name>
    <message>
        <location filename="../ui/dialogs/recordusagedialog.cpp" line="+54"/>
        <source>&amp;Record</source>
        <translation>&amp;Registrar</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Usage</source>
        <translation>Registrar consumo</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role may read usage but not record it</source>
        <translation>Su rol puede leer el consumo pero no registrarlo</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type to search customers</source>
        <translation>Escriba para buscar clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Cliente:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Product:</source>
        <translation>&amp;Producto:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book has no product recognised as delivered, so there is nothing to record usage for. Set a product&apos;s recognition to “As delivered” in the catalogue first.</source>
        <translation>Este libro no tiene ningún producto reconocido según entrega, así que no hay nada para lo que registrar consumo. Establezca primero el reconocimiento de un producto en “Según entrega” en el catálogo.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product:</source>
        <translation>Producto:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Entregado el:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to %1 decimals, e.g. %2</source>
        <translation>hasta %1 decimales, p. ej. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Cantidad:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount:</source>
        <translation>Importe:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage recorded for the customer:</source>
        <translation>Consumo registrado para el cliente:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>quantity: %1</source>
        <translation>cantidad: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 per %2</source>
        <translation>%1 por %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 %3 at %4 per %3)</source>
        <translation>%1 (%2 %3 a %4 por %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>customer: choose the customer the usage was delivered to</source>
        <translation>customer: elija el cliente al que se entregó el consumo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product: choose the product delivered</source>
        <translation>product: elija el producto entregado</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recorded: %1 %2 of %3 delivered on %4, %5.</source>
        <translation>Registrado: %1 %2 de %3 entregado el %4, %5.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a customer to see their usage.</source>
        <translation>Elija un cliente para ver su consumo.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usage recorded for this customer yet.</source>
        <translation>Aún no hay consumo registrado para este cliente.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The latest %1 records are shown.</source>
        <translation>Se muestran los %1 registros más recientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: %1</source>
        <translation>Registros: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The usage typed has not been recorded. Close anyway?</source>
        <translation>El consumo introducido no se ha registrado. ¿Desea cerrar de todos modos?</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportChartView</name>
    <message>
        <location filename="../ui/widgets/reportchartview.cpp" line="+105"/>
        <location line="+62"/>
        <location line="+30"/>
        <source>Chart of %1</source>
        <translation>Gráfico de %1</translation>
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
        <translation>No existe el informe “%1”. Informes: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The period starts (%1) after it ends (%2)</source>
        <translation>El periodo empieza (%1) después de terminar (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reporting currency: “%1” is not an ISO 4217 currency code</source>
        <translation>moneda de presentación: “%1” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split by module, customer or plan, not “%1”</source>
        <translation>Desglose por módulo, cliente o plan, no “%1”</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report %1 was run without the session&apos;s date</source>
        <translation>El informe %1 se ejecutó sin la fecha de la sesión</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1 a %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>a %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module %1</source>
        <translation>módulo %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan %1</source>
        <translation>plan %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency %1</source>
        <translation>moneda %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1</source>
        <translation>estado %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split by %1</source>
        <translation>desglosado por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1</source>
        <translation>cuenta %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice %1</source>
        <translation>factura %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in %1 at the rates of each document&apos;s date</source>
        <translation>en %1 a los tipos de la fecha de cada documento</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportFile</name>
    <message>
        <location filename="../core/documents/reportfile.cpp" line="+23"/>
        <source>export reports</source>
        <translation>exportar informes</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportHtml</name>
    <message>
        <location filename="../core/documents/reporthtml.cpp" line="+35"/>
        <source>Run %1</source>
        <translation>Ejecutar %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>First %1 of %2 rows; export CSV for all of them.</source>
        <translation>Primeras %1 de %2 filas; exporte a CSV para verlas todas.</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportParameterForm</name>
    <message>
        <location filename="../ui/pages/reportparameterform.cpp" line="+67"/>
        <source>All modules</source>
        <translation>Todos los módulos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All plans</source>
        <translation>Todos los planes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main currency</source>
        <translation>Moneda principal</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In each document&apos;s currency</source>
        <translation>En la moneda de cada documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert every document into one currency at the rate of the document&apos;s date</source>
        <translation>Convertir todos los documentos a una sola moneda al tipo de la fecha del documento</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Todos los estados</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Impagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>Vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Pagada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Anulada</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No split</source>
        <translation>Sin desglose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By module</source>
        <translation>Por módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By customer</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By plan</source>
        <translation>Por plan</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report:</source>
        <translation>Informe:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate</source>
        <translation>&amp;Generar</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Period:</source>
        <translation>Periodo:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of:</source>
        <translation>A fecha de:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer code or name</source>
        <translation>Código o nombre del cliente</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account code (all)</source>
        <translation>Código de cuenta (todas)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number (all in the period)</source>
        <translation>Número de factura (todas las del periodo)</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportsPage</name>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="+62"/>
        <location line="+206"/>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preset:</source>
        <translation>Ajuste predefinido:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Pre&amp;set…</source>
        <translation>Guardar a&amp;juste predefinido…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Preset</source>
        <translation>Eliminar ajuste predefinido</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>Exportar &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save P&amp;DF…</source>
        <translation>Guardar P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimir…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Save PDF</source>
        <translation>Guardar PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>Se guardó %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Preset</source>
        <translation>Guardar ajuste predefinido</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nombre:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Running…</source>
        <translation>Ejecutando…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Showing %1 of %2 rows; Export CSV writes all</source>
        <translation>Se muestran %1 de %2 filas; Exportar CSV las escribe todas</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln fila</numerusform>
            <numerusform>%Ln filas</numerusform>
        </translation>
    </message>
    <message>
        <location line="+33"/>
        <source>CSV, RFC 4180 (*.csv)</source>
        <translation>CSV, RFC 4180 (*.csv)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV for Excel in this locale (*.csv)</source>
        <translation>CSV para Excel en esta configuración regional (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Export CSV</source>
        <translation>Exportar CSV</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Exporting %1…</source>
        <translation>Exportando %1…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(choose a preset)</source>
        <translation>(elija un ajuste predefinido)</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueDrillDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/revenuedrilldialog.cpp" line="+53"/>
        <source>&lt;b&gt;Invoices issued&lt;/b&gt; (%Ln)</source>
        <translation>
            <numerusform>&lt;b&gt;Facturas emitidas&lt;/b&gt; (%Ln)</numerusform>
            <numerusform>&lt;b&gt;Facturas emitidas&lt;/b&gt; (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;Credit notes&lt;/b&gt; (%Ln), which reduce revenue</source>
        <translation>
            <numerusform>&lt;b&gt;Notas de crédito&lt;/b&gt; (%Ln), que reducen los ingresos</numerusform>
            <numerusform>&lt;b&gt;Notas de crédito&lt;/b&gt; (%Ln), que reducen los ingresos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::RevenuePage</name>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="+51"/>
        <source>By module</source>
        <translation>Por módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By customer</source>
        <translation>Por cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By plan</source>
        <translation>Por plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recognise Revenue…</source>
        <translation>Reconocer ingresos…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record &amp;Usage…</source>
        <translation>Registrar &amp;consumo…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;Journal…</source>
        <translation>Exportar &amp;diario…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close &amp;Period…</source>
        <translation>Cerrar &amp;periodo…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Double-click a figure to see the invoices behind it</source>
        <translation>Haga doble clic en una cifra para ver las facturas que la componen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading…</source>
        <translation>Cargando…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updated in %1 ms</source>
        <translation>Actualizado en %1 ms</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invoiced revenue by month (%1, net of tax and credit notes)</source>
        <translation>Ingresos facturados por mes (%1, netos de impuestos y notas de crédito)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 to %3</source>
        <translation>%1, del %2 al %3</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueSchedulePanel</name>
    <message>
        <location filename="../ui/pages/revenueschedulepanel.cpp" line="+33"/>
        <source>Mark Milestone &amp;Done…</source>
        <translation>Marcar hito como &amp;hecho…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen milestone has been reached: its revenue becomes due on the date you give and the next recognition run posts it</source>
        <translation>Se ha alcanzado el hito elegido: sus ingresos pasan a ser exigibles en la fecha que indique y la siguiente ejecución de reconocimiento los contabiliza</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>read recognition schedules</source>
        <translation>leer calendarios de reconocimiento</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This invoice has no revenue schedule.</source>
        <translation>Esta factura no tiene calendario de ingresos.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recognised %1 of %2; %3 deferred.</source>
        <translation>Reconocido %1 de %2; %3 diferido.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) wait for a milestone.</source>
        <translation>
            <numerusform>%n fila espera un hito.</numerusform>
            <numerusform>%n filas esperan un hito.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>Mark Milestone Done</source>
        <translation>Marcar hito como hecho</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reached on:</source>
        <translation>Alcanzado el:</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueShareReport</name>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="+47"/>
        <source>customer</source>
        <translation>cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <translation>plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>módulo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by %1</source>
        <translation>Ingresos por %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Porcentaje</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueTableModel</name>
    <message>
        <location filename="../ui/models/revenuetablemodel.cpp" line="+82"/>
        <location line="+13"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueWaterfallReport</name>
    <message>
        <location filename="../core/reports/revenuewaterfallreport.cpp" line="+38"/>
        <source>Invoiced in</source>
        <translation>Facturado en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue waterfall: recognised by month from each invoicing month</source>
        <translation>Cascada de ingresos: reconocidos por mes a partir de cada mes de facturación</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::RowReader</name>
    <message>
        <location filename="../core/exchange/productcsv.cpp" line="-168"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>“%1” no es un código de moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not an amount in %2 (use a dot: 12.50)</source>
        <translation>“%1” no es un importe en %2 (use un punto: 12.50)</translation>
    </message>
</context>
<context>
    <name>Accrue::RowVersion</name>
    <message>
        <location filename="../core/storage/rowversion.cpp" line="+24"/>
        <source>%1 was deleted by someone else meanwhile</source>
        <translation>%1: otra persona lo eliminó entretanto</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unknown time</source>
        <translation>hora desconocida</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by %2 at %3 — reload it and make your change again</source>
        <translation>%1: %2 lo cambió (%3) — vuelva a cargarlo y repita su cambio</translation>
    </message>
</context>
<context>
    <name>Accrue::SecretStore</name>
    <message>
        <location filename="../core/security/secretstore.cpp" line="+77"/>
        <source>no password stored</source>
        <translation>no hay ninguna contraseña guardada</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>no keychain available: %1</source>
        <translation>no hay ningún llavero disponible: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keychain error %1</source>
        <translation>error del llavero %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the keychain needs a running QCoreApplication</source>
        <translation>el llavero necesita una QCoreApplication en ejecución</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the keychain did not answer in time</source>
        <translation>el llavero no respondió a tiempo</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>no keychain available: no D-Bus session bus</source>
        <translation>no hay ningún llavero disponible: no hay bus de sesión D-Bus</translation>
    </message>
</context>
<context>
    <name>Accrue::Session</name>
    <message>
        <location filename="../core/billing/session.cpp" line="+48"/>
        <source>%1 may not %2: that customer is not in its tenant</source>
        <translation>%1 no puede %2: ese cliente no está en su entidad</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 may not %2: that tenant is not below its own</source>
        <translation>%1 no puede %2: esa entidad no está por debajo de la suya</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no registered users, so it is worked on only as your OS login (%2), not as “%3”; to work under other names, register them first: accrue-cli user add NAME --role admin|finance|viewer</source>
        <translation>%1 no tiene usuarios registrados, así que solo se trabaja en él con su usuario del SO (%2), no como “%3”; para trabajar con otros nombres, regístrelos primero: accrue-cli user add NAME --role admin|finance|viewer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a registered user of %2; an Admin of the book adds users with accrue-cli user add NAME --role admin|finance|viewer</source>
        <translation>“%1” no es un usuario registrado de %2; un administrador del libro añade usuarios con accrue-cli user add NAME --role admin|finance|viewer</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Admin</source>
        <translation>Administrador</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation>Finanzas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viewer</source>
        <translation>Lector</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a customer&apos;s user and may not %2</source>
        <translation>%1 es un usuario de un cliente y no puede %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 works as %2 in this book and may not %3</source>
        <translation>%1 trabaja como %2 en este libro y no puede %3</translation>
    </message>
</context>
<context>
    <name>Accrue::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+48"/>
        <source>Company Settings</source>
        <translation>Configuración de la empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>No establecido</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DE, US, …</source>
        <translation>ES, MX, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A billing run &amp;issues its invoices (otherwise it leaves drafts to review)</source>
        <translation>Una ejecución de facturación &amp;emite sus facturas (si no, deja borradores para revisar)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HRB 12345, Amtsgericht Berlin</source>
        <translation>Registro Mercantil de Madrid, hoja M-123456</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Choose…</source>
        <translation>Elegir…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Show the customer&apos;s &amp;code on invoices</source>
        <translation>Mostrar el &amp;código del cliente en las facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp paid invoices “PAID”</source>
        <translation>Sellar las facturas pagadas con “PAGADA”</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the locale</source>
        <translation>Según la configuración regional</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Razón social:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Dirección:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax ID:</source>
        <translation>&amp;NIF:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s address for e-invoices (PEPPOL): an EAS scheme and an identifier, as SCHEME:ID</source>
        <translation>La dirección de la empresa para facturas electrónicas (PEPPOL): un esquema EAS y un identificador, como SCHEME:ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;lectronic address:</source>
        <translation>Dirección e&amp;lectrónica:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>Número de &amp;registro:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>&amp;Moneda:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;x country:</source>
        <translation>País &amp;fiscal:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default payment &amp;terms:</source>
        <translation>Condiciones de pago &amp;predeterminadas:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban&amp;k name:</source>
        <translation>Nombre del ban&amp;co:</translation>
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
        <translation>Número de cuenta:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number:</source>
        <translation>Número de ruta bancaria:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logo:</source>
        <translation>Logotipo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acce&amp;nt colour:</source>
        <translation>Color de é&amp;nfasis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice &amp;footer:</source>
        <translation>Pie de &amp;factura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papel:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number prefix:</source>
        <translation>Prefijo del número de factura:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number prefix:</source>
        <translation>Prefijo del número de nota de crédito:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rece&amp;ipt number prefix:</source>
        <translation>Prefijo del número de rec&amp;ibo:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Company</source>
        <translation>&amp;Empresa</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docu&amp;ments</source>
        <translation>Docu&amp;mentos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dunning</source>
        <translation>&amp;Reclamación</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounting E&amp;xport</source>
        <translation>E&amp;xportación contable</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Logo</source>
        <translation>Logotipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Imágenes (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(ninguno)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not an image)</source>
        <translation>(no es una imagen)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accent Colour</source>
        <translation>Color de énfasis</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail %1</source>
        <translation>Correo electrónico %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning %1</source>
        <translation>Reclamación %1</translation>
    </message>
</context>
<context>
    <name>Accrue::SettingsService</name>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="+17"/>
        <source>legal name: enter the company&apos;s legal name</source>
        <translation>razón social: introduzca la razón social de la empresa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice prefix: 1 to 8 capital letters or digits</source>
        <translation>prefijo de factura: de 1 a 8 letras mayúsculas o dígitos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit note prefix: 1 to 8 capital letters or digits, not the invoice prefix</source>
        <translation>prefijo de nota de crédito: de 1 a 8 letras mayúsculas o dígitos, distinto del prefijo de factura</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receipt prefix: 1 to 8 capital letters or digits, not the invoice or credit note prefix</source>
        <translation>prefijo de recibo: de 1 a 8 letras mayúsculas o dígitos, distinto del prefijo de factura y del de nota de crédito</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation>payment terms: entre 0 y 365 días</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IBAN: the check digits do not match</source>
        <translation>IBAN: los dígitos de control no coinciden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper: A4 or Letter</source>
        <translation>papel: A4 o Carta</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: %1 is not an ISO 4217 currency</source>
        <translation>moneda: %1 no es una moneda ISO 4217</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accent colour: “%1” is not a colour like #1F4E79</source>
        <translation>color de énfasis: “%1” no es un color como #1F4E79</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>electronic address: %1</source>
        <translation>dirección electrónica: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BIC: 8 or 11 letters and digits, like COBADEFFXXX</source>
        <translation>BIC: 8 u 11 letras y dígitos, como COBADEFFXXX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logo: at most 2 MB</source>
        <translation>logotipo: como máximo 2 MB</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>change the company settings</source>
        <translation>cambiar la configuración de la empresa</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The company settings are not valid: %1</source>
        <translation>La configuración de la empresa no es válida: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>decide whether customers change their subscriptions</source>
        <translation>decidir si los clientes cambian sus suscripciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may not %2: only the book&apos;s root tenant can</source>
        <translation>%1 no puede %2: solo puede hacerlo la entidad raíz del libro</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The company settings</source>
        <translation>La configuración de la empresa</translation>
    </message>
</context>
<context>
    <name>Accrue::SmtpSender</name>
    <message>
        <location filename="../core/mail/smtpsender.cpp" line="+84"/>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl no pudo iniciar una transferencia</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1; the server said: %2</source>
        <translation>%1; el servidor respondió: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s TLS certificate is not trusted, so nothing was sent (%1). If the server uses a private certificate authority, name its certificate in the e-mail settings (CA certificate file).</source>
        <translation>El certificado TLS del servidor no es de confianza, así que no se envió nada (%1). Si el servidor usa una autoridad de certificación privada, indique su certificado en la configuración de correo electrónico (Archivo de certificado de CA).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate file %1 cannot be used (%2)</source>
        <translation>No se puede usar el archivo de certificado de CA %1 (%2)</translation>
    </message>
</context>
<context>
    <name>Accrue::SqliteSharing</name>
    <message>
        <location filename="../core/storage/sqlitesharing.cpp" line="-76"/>
        <source>%1 is being closed by another program; try again in a moment</source>
        <translation>Otro programa está cerrando %1; inténtelo de nuevo en un momento</translation>
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
        <translation>No hay ningún libro en %1.

¿Desea crear allí un libro nuevo y vacío?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accrue: billing, receivables and revenue.</source>
        <translation>Accrue: facturación, cuentas por cobrar e ingresos.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book to open.</source>
        <translation>Libro que abrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill an empty book with demo data.</source>
        <translation>Rellenar un libro vacío con datos de demostración.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab to show first.</source>
        <translation>Pestaña que mostrar primero.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a PNG of the window once loaded, then exit.</source>
        <translation>Guardar un PNG de la ventana una vez cargada y salir.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date to treat as today (demo data, statuses, periods).</source>
        <translation>Fecha que tratar como hoy (datos de demostración, estados, periodos).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: trigger this action (settings, outbox, dunningRun, auditLog, …) and save the dialog it opens.</source>
        <translation>Con --screenshot: activar esta acción (settings, outbox, dunningRun, auditLog, …) y guardar el diálogo que abre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the window (en, de, fr, es); the preference in Edit → Preferences otherwise.</source>
        <translation>Idioma de la ventana (en, de, fr, es); si no, la preferencia de Edición → Preferencias.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book to open (same as --db).</source>
        <translation>Libro que abrir (igual que --db).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--today wants a date as YYYY-MM-DD, not “%1”</source>
        <translation>--today requiere una fecha con formato YYYY-MM-DD, no “%1”</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no tab “%1” (use one of %2)</source>
        <translation>No existe la pestaña “%1” (use una de %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no action “%1”</source>
        <translation>No existe la acción “%1”</translation>
    </message>
</context>
<context>
    <name>Accrue::StatementOfAccountReport</name>
    <message>
        <location filename="../core/reports/statementofaccountreport.cpp" line="-14"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Pago</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment (exchanged)</source>
        <translation>Pago (con cambio de divisa)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note</source>
        <translation>Nota de crédito</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit applied</source>
        <translation>Crédito aplicado</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open, not yet due</source>
        <translation>Pendiente, aún no vencido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 1–30 days overdue</source>
        <translation>Pendiente, vencido hace 1–30 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 31–60 days overdue</source>
        <translation>Pendiente, vencido hace 31–60 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 61–90 days overdue</source>
        <translation>Pendiente, vencido hace 61–90 días</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, over 90 days overdue</source>
        <translation>Pendiente, vencido hace más de 90 días</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A statement of account is for one customer: give its code</source>
        <translation>Un extracto de cuenta es para un solo cliente: indique su código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer with the code “%1”</source>
        <translation>No hay ningún cliente con el código “%1”</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement of account needs a period (from and to)</source>
        <translation>Un extracto de cuenta necesita un periodo (desde y hasta)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Documento</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Cargos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments and credits</source>
        <translation>Pagos y abonos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Saldo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Convertido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account: %1 (%2), %3 to %4</source>
        <translation>Extracto de cuenta: %1 (%2), del %3 al %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 a %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening balance</source>
        <translation>Saldo inicial</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Closing balance</source>
        <translation>Saldo final</translation>
    </message>
</context>
<context>
    <name>Accrue::StatementReader</name>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="+67"/>
        <source>“%1” is not an amount</source>
        <translation>“%1” no es un importe</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: unknown statement format “%2” (use csv, ofx or camt053)</source>
        <translation>%1: formato de extracto desconocido “%2” (use csv, ofx o camt053)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is outside the years %2 to %3</source>
        <translation>%1 está fuera de los años %2 a %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the amount is larger than Accrue accepts</source>
        <translation>el importe es mayor de lo que Accrue admite</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>contains control characters (such as NUL)</source>
        <translation>contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the CSV mapping “%2” is incomplete: %3</source>
        <translation>%1: la asignación CSV “%2” está incompleta: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>missing (the row has %n field(s))</source>
        <translation>
            <numerusform>falta (la fila tiene %n campo)</numerusform>
            <numerusform>falta (la fila tiene %n campos)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a date in the format %2</source>
        <translation>“%1” no es una fecha con el formato %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+185"/>
        <source>“%1” is not an ISO 4217 currency</source>
        <translation>“%1” no es una moneda ISO 4217</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>exactly one of debit and credit must hold the amount</source>
        <translation>exactamente uno de débito y crédito debe contener el importe</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>not closed</source>
        <translation>sin cerrar</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is not a date</source>
        <translation>“%1” no es una fecha</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no ISO 4217 currency for the statement</source>
        <translation>no hay moneda ISO 4217 para el extracto</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>falta</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not closed (the file ends at line %1 without &lt;/%2&gt;: cut off?)</source>
        <translation>sin cerrar (el archivo termina en la línea %1 sin &lt;/%2&gt;: ¿está cortado?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: this is not an OFX file</source>
        <translation>%1: no es un archivo OFX</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>missing or not a date</source>
        <translation>falta o no es una fecha</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected CRDT or DBIT, not “%1”</source>
        <translation>se esperaba CRDT o DBIT, no “%1”</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: not well-formed XML: %3</source>
        <translation>%1:%2: XML mal formado: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no camt.053 statement (Stmt) in the file</source>
        <translation>%1: no hay ningún extracto camt.053 (Stmt) en el archivo</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionCsv</name>
    <message>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+30"/>
        <source>%1: no subscriptions after the header</source>
        <translation>%1: no hay suscripciones después del encabezado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 campos, pero el encabezado indica %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>enter the customer&apos;s code</source>
        <translation>introduzca el código del cliente</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the plan&apos;s code</source>
        <translation>introduzca el código del plan</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a whole number from 1 to 1000000</source>
        <translation>“%1” no es un número entero de 1 a 1000000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (use YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionDialog</name>
    <message>
        <location filename="../ui/dialogs/subscriptiondialog.cpp" line="+30"/>
        <location line="+12"/>
        <source>New Subscription</source>
        <translation>Nueva suscripción</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Subscription %1</source>
        <translation>Cambiar suscripción %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause Subscription %1</source>
        <translation>Pausar suscripción %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Subscription %1</source>
        <translation>Reanudar suscripción %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel Subscription %1</source>
        <translation>Cancelar suscripción %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Plan:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licenses:</source>
        <translation>&amp;Licencias:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan&apos;s name</source>
        <translation>El nombre del plan</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (default)</source>
        <translation>%1 (predeterminado)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nombre:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing profile:</source>
        <translation>Perfil de &amp;facturación:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Empieza el:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Paused from:</source>
        <translation>&amp;En pausa desde:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resumes on:</source>
        <translation>&amp;Se reanuda el:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancelled from:</source>
        <translation>&amp;Cancelada desde:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the &amp;end of the period holding that date</source>
        <translation>Al &amp;final del periodo que contiene esa fecha</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next billing run credits the unused days already billed and charges the new terms for them.</source>
        <translation>La próxima ejecución de facturación abona los días no utilizados ya facturados y les cobra las nuevas condiciones.</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionRepository</name>
    <message>
        <location filename="../core/storage/subscriptionrepository.cpp" line="+134"/>
        <source>Subscription %1 was deleted by someone else meanwhile</source>
        <translation>Otra persona eliminó la suscripción %1 entretanto</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription %1 was changed by %2 at %3 — reload it and make your change again</source>
        <translation>%2 cambió la suscripción %1 (%3) — vuelva a cargarla y repita su cambio</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another user</source>
        <translation>otro usuario</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown time</source>
        <translation>hora desconocida</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionService</name>
    <message>
        <location filename="../core/billing/subscriptionservice.cpp" line="+43"/>
        <source>add subscriptions</source>
        <translation>añadir suscripciones</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name: contains control characters (such as NUL)</source>
        <translation>name: contiene caracteres de control (como NUL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>customer: no such customer</source>
        <translation>customer: no existe ese cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer: %1 is archived; restore it to subscribe it</source>
        <translation>customer: %1 está archivado; restáurelo para suscribirlo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan: %1 bills in %2 but customer %3 is billed in %4; choose a plan in %4</source>
        <translation>plan: %1 factura en %2, pero al cliente %3 se le factura en %4; elija un plan en %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile: customer %1 has no billing profile %2</source>
        <translation>profile: el cliente %1 no tiene el perfil de facturación %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+36"/>
        <source>change subscriptions</source>
        <translation>cambiar suscripciones</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+52"/>
        <source>Subscription %1 is cancelled; add a new one instead</source>
        <translation>La suscripción %1 está cancelada; añada una nueva en su lugar</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <location line="+92"/>
        <source>date: the subscription starts on %1</source>
        <translation>date: la suscripción empieza el %1</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>plan: subscription %1 is on that plan already</source>
        <translation>plan: la suscripción %1 ya tiene ese plan</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plan: %1 bills in %2, the subscription in %3</source>
        <translation>plan: %1 factura en %2, la suscripción en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan: %1 bills every %2 months, the subscription every %3; cancel it and add a new subscription instead</source>
        <translation>plan: %1 factura cada %2 meses, la suscripción cada %3; cancélela y añada una nueva suscripción en su lugar</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 may not %2: this book does not let customers change their subscriptions&apos; quantities</source>
        <translation>%1 no puede %2: este libro no permite a los clientes cambiar las cantidades de sus suscripciones</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>licenses: subscription %1 has %2 already</source>
        <translation>licenses: la suscripción %1 ya tiene %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subscription %1 has that plan and those licenses already</source>
        <translation>La suscripción %1 ya tiene ese plan y esas licencias</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pause subscriptions</source>
        <translation>pausar suscripciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is %2; only an active one can be paused</source>
        <translation>La suscripción %1 está %2; solo se puede pausar una activa</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date: the period from %1 is due and not billed; run the billing for it before pausing on %2</source>
        <translation>date: el periodo desde %1 está vencido y no facturado; ejecute su facturación antes de pausar el %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>resume subscriptions</source>
        <translation>reanudar suscripciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is not paused</source>
        <translation>La suscripción %1 no está en pausa</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: it was paused on %1</source>
        <translation>date: se pausó el %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cancel subscriptions</source>
        <translation>cancelar suscripciones</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is cancelled already</source>
        <translation>La suscripción %1 ya está cancelada</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No subscription with id %1</source>
        <translation>No hay ninguna suscripción con el id %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>import subscriptions</source>
        <translation>importar suscripciones</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>customer: no customer with the code “%1”</source>
        <translation>customer: no hay ningún cliente con el código “%1”</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plan: no plan with the code “%1”</source>
        <translation>plan: no hay ningún plan con el código “%1”</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionsPanel</name>
    <message>
        <location filename="../ui/pages/subscriptionspanel.cpp" line="+32"/>
        <source>Trial</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Activa</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Paused</source>
        <translation>En pausa</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+28"/>
        <source>Started</source>
        <translation>Iniciada</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+26"/>
        <location line="+3"/>
        <source>Licenses</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Resumed</source>
        <translation>Reanudada</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Próximo periodo</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed through</source>
        <translation>Facturado hasta</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Cambiar</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Desde</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Por</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Subscription…</source>
        <translation>Nueva suscripción…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Cambiar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause…</source>
        <translation>Pausar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume…</source>
        <translation>Reanudar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Cancelar…</translation>
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
        <translation>sí</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Subscription %1: %2</source>
        <translation>Suscripción %1: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxPercent</name>
    <message>
        <location filename="../core/domain/taxrate.cpp" line="+40"/>
        <source>“%1” has more than four decimals; a tax rate is a percent with at most four (such as 8.875 or 9.4375)</source>
        <translation>“%1” tiene más de cuatro decimales; un tipo impositivo es un porcentaje con como máximo cuatro (como 8.875 o 9.4375)</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxRateCsv</name>
    <message>
        <location filename="../core/exchange/taxratecsv.cpp" line="+42"/>
        <source>“%1” is not a percentage from 0 to 100 with at most four decimals (such as 19, 7.25 or 8.875)</source>
        <translation>“%1” no es un porcentaje de 0 a 100 con como máximo cuatro decimales (como 19, 7.25 o 8.875)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no tax rates after the header</source>
        <translation>%1: no hay tipos impositivos después del encabezado</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2: %3 campos, pero el encabezado indica %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>“%1” no es una fecha (use YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxReport</name>
    <message>
        <location filename="../core/reports/taxreport.cpp" line="+31"/>
        <source>Tax %1 to %2</source>
        <translation>Impuestos del %1 al %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>País</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Región</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Categoría</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxable</source>
        <translation>Base imponible</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>Impuestos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Comprobación</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LEDGER</source>
        <translation>LIBRO MAYOR</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax payable, net credits</source>
        <translation>impuestos por pagar, abonos netos</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>agrees with the ledger</source>
        <translation>concuerda con el libro mayor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs from the ledger by %1</source>
        <translation>difiere del libro mayor en %1</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxRules</name>
    <message>
        <location filename="../core/domain/taxrules.cpp" line="+69"/>
        <source>no %1 tax rate for %2 on %3; add one (accrue-cli tax-rate add) or set the line&apos;s rate by hand</source>
        <translation>no hay tipo impositivo %1 para %2 el %3; añada uno (accrue-cli tax-rate add) o establezca manualmente el tipo de la línea</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>country: “%1” is not a two-letter country code (ISO 3166, e.g. DE, US)</source>
        <translation>country: “%1” no es un código de país de dos letras (ISO 3166, p. ej. DE, US)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>region: at most 40 characters, no control characters</source>
        <translation>region: como máximo 40 caracteres, sin caracteres de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category: “%1” is not one of %2</source>
        <translation>category: “%1” no es uno de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate: must be between 0 % and 100 %</source>
        <translation>rate: debe estar entre 0 % y 100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate: a %1 rate is 0 %</source>
        <translation>rate: un tipo %1 es del 0 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: 1 to 100 characters, no control characters</source>
        <translation>name: de 1 a 100 caracteres, sin caracteres de control</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid_to: %1 is before valid_from %2</source>
        <translation>valid_to: %1 es anterior a valid_from %2</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxService</name>
    <message>
        <location filename="../core/billing/taxservice.cpp" line="+71"/>
        <location line="+21"/>
        <source>change tax rates</source>
        <translation>cambiar tipos impositivos</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>valid_from: the %1 rate “%2” (%3 %) is valid from %4 to %5 already; end it before this one starts</source>
        <translation>valid_from: el tipo %1 “%2” (%3 %) ya es válido del %4 al %5; termínelo antes de que empiece este</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always</source>
        <translation>siempre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open end</source>
        <translation>sin fin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no tax rate %1</source>
        <translation>No existe el tipo impositivo %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid_to: the rate starts on %1; it can end on that day or later</source>
        <translation>valid_to: el tipo empieza el %1; puede terminar ese día o después</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import tax rates</source>
        <translation>importar tipos impositivos</translation>
    </message>
</context>
<context>
    <name>Accrue::TenantRepository</name>
    <message>
        <location filename="../core/storage/tenantrepository.cpp" line="+187"/>
        <source>%1 is the distributor&apos;s; %2 sees its customers&apos; billing in the billing reports</source>
        <translation>%1 es del distribuidor; %2 ve la facturación de sus clientes en los informes de facturación</translation>
    </message>
</context>
<context>
    <name>Accrue::TenantService</name>
    <message>
        <location filename="../core/billing/tenantservice.cpp" line="+56"/>
        <source>add tenants</source>
        <translation>añadir entidades</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenant name: enter it</source>
        <translation>Nombre de la entidad: introdúzcalo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant name: at most 200 characters</source>
        <translation>Nombre de la entidad: como máximo 200 caracteres</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no tenant %1</source>
        <translation>No existe la entidad %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add tenants there</source>
        <translation>añadir entidades ahí</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 cannot hold a %2 tenant (distributor → partner → customer)</source>
        <translation>Un %1 no puede contener una entidad %2 (distribuidor → socio → cliente)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A customer tenant names its customer (--customer CODE)</source>
        <translation>Una entidad de cliente indica su cliente (--customer CODE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give that customer a tenant</source>
        <translation>dar una entidad a ese cliente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That customer already has its tenant “%1”</source>
        <translation>Ese cliente ya tiene su entidad “%1”</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list tenants</source>
        <translation>listar entidades</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no tenant “%1” in %2&apos;s tenant</source>
        <translation>No existe la entidad “%1” en la entidad de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tenants are called “%2”; give its id</source>
        <translation>%1 entidades se llaman “%2”; indique su id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move customers between tenants</source>
        <translation>mover clientes entre entidades</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move that customer</source>
        <translation>mover ese cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move customers there</source>
        <translation>mover clientes ahí</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer moves to a partner or a distributor, not to “%1”</source>
        <translation>Un cliente se mueve a un socio o a un distribuidor, no a “%1”</translation>
    </message>
</context>
<context>
    <name>Accrue::TextDecoding</name>
    <message>
        <location filename="../core/exchange/textdecoding.cpp" line="+82"/>
        <source>%1: unknown encoding “%2” (use auto, utf-8, latin1 or windows-1252)</source>
        <translation>%1: codificación desconocida “%2” (use auto, utf-8, latin1 o windows-1252)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file looks like UTF-16 but is not valid UTF-16</source>
        <translation>%1: el archivo parece UTF-16 pero no es UTF-16 válido</translation>
    </message>
</context>
<context>
    <name>Accrue::TransactionsPage</name>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="+30"/>
        <source>Only with unapplied money</source>
        <translation>Solo con dinero no aplicado</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt &amp;PDF…</source>
        <translation>&amp;PDF del recibo…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Receipt…</source>
        <translation>Enviar &amp;recibo…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search customer or reference (Ctrl+F)</source>
        <translation>Buscar cliente o referencia (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the receipt of the chosen payment as a PDF</source>
        <translation>Guardar como PDF el recibo del pago elegido</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail the receipt of the chosen payment to the customer</source>
        <translation>Enviar al cliente por correo electrónico el recibo del pago elegido</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending receipt %1 by e-mail…</source>
        <translation>Enviando el recibo %1 por correo electrónico…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Payments Received</source>
        <translation>&amp;Cobros recibidos</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bank Statement</source>
        <translation>&amp;Extracto bancario</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+3"/>
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln pago</numerusform>
            <numerusform>%Ln pagos</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::TrialBalanceReport</name>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="+27"/>
        <source>Trial balance as of %1</source>
        <translation>Balance de sumas y saldos a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Cuenta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Débito</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédito</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::UblValidator</name>
    <message>
        <location filename="../core/einvoice/ublvalidator.cpp" line="+20"/>
        <source>customer %1</source>
        <translation>cliente %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer %1 (billing profile “%2”)</source>
        <translation>cliente %1 (perfil de facturación “%2”)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>document number (BT-1) missing: only issued documents are e-invoices</source>
        <translation>falta el número de documento (BT-1): solo los documentos emitidos son facturas electrónicas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue date (BT-2) missing</source>
        <translation>falta la fecha de emisión (BT-2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency (BT-5) missing</source>
        <translation>falta la moneda (BT-5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amounts in %1 have %2 decimals; EN 16931 allows at most two</source>
        <translation>los importes en %1 tienen %2 decimales; EN 16931 admite como máximo dos</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seller&apos;s legal name (BT-27) missing in the company settings</source>
        <translation>falta la razón social del vendedor (BT-27) en la configuración de la empresa</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller&apos;s electronic address (BT-34) missing in the company settings (accrue-cli company set --endpoint SCHEME:ID)</source>
        <translation>falta la dirección electrónica del vendedor (BT-34) en la configuración de la empresa (accrue-cli company set --endpoint SCHEME:ID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller&apos;s electronic address (BT-34) in the company settings: %1</source>
        <translation>dirección electrónica del vendedor (BT-34) en la configuración de la empresa: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller&apos;s country (BT-40) missing: set the company&apos;s tax country</source>
        <translation>falta el país del vendedor (BT-40): establezca el país fiscal de la empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller&apos;s VAT identifier (BT-31) or registration number (BT-30) missing in the company settings</source>
        <translation>falta el identificador de IVA del vendedor (BT-31) o el número de registro (BT-30) en la configuración de la empresa</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>buyer&apos;s name (BT-44) missing on %1</source>
        <translation>falta el nombre del comprador (BT-44) en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>buyer&apos;s electronic address (BT-49) missing on %1</source>
        <translation>falta la dirección electrónica del comprador (BT-49) en %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>buyer&apos;s electronic address (BT-49) on %1: %2</source>
        <translation>dirección electrónica del comprador (BT-49) en %1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer&apos;s country (BT-55) missing on %1</source>
        <translation>falta el país del comprador (BT-55) en %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer reference (BT-10) missing</source>
        <translation>falta la referencia del comprador (BT-10)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the credited invoice&apos;s number (BT-25) missing</source>
        <translation>falta el número de la factura abonada (BT-25)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document has no lines (BR-16)</source>
        <translation>el documento no tiene líneas (BR-16)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item name (BT-153) missing on line %1</source>
        <translation>falta el nombre del artículo (BT-153) en la línea %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: the item&apos;s net price (BT-146) is negative</source>
        <translation>línea %1: el precio neto del artículo (BT-146) es negativo</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: VAT category (BT-151) missing</source>
        <translation>línea %1: falta la categoría de IVA (BT-151)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: a standard rated line needs a rate above zero</source>
        <translation>línea %1: una línea a tipo general necesita un tipo mayor que cero</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2 lines are at 0 %</source>
        <translation>línea %1: las líneas %2 van al 0 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: net amount (BT-131) %2 is not quantity x price less the allowance (%3)</source>
        <translation>línea %1: el importe neto (BT-131) %2 no es cantidad x precio menos el descuento (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seller&apos;s VAT identifier (BT-31) or tax registration (BT-32) missing in the company settings, needed for %1 lines</source>
        <translation>falta el identificador de IVA del vendedor (BT-31) o el registro fiscal (BT-32) en la configuración de la empresa, necesario para líneas %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller&apos;s VAT identifier (BT-31) missing in the company settings, needed for %1 lines (a tax ID with its country prefix)</source>
        <translation>falta el identificador de IVA del vendedor (BT-31) en la configuración de la empresa, necesario para líneas %1 (un NIF con su prefijo de país)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>buyer&apos;s VAT identifier (BT-48) missing on %1, needed for reverse charge lines</source>
        <translation>falta el identificador de IVA del comprador (BT-48) en %1, necesario para líneas con inversión del sujeto pasivo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buyer&apos;s VAT identifier (BT-48) missing on %1, needed for intra-community supplies</source>
        <translation>falta el identificador de IVA del comprador (BT-48) en %1, necesario para entregas intracomunitarias</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an intra-community supply needs its delivery date (BT-72) and country (BT-80)</source>
        <translation>una entrega intracomunitaria necesita su fecha de entrega (BT-72) y su país (BT-80)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines not subject to VAT (O) cannot share a document with taxed lines</source>
        <translation>las líneas no sujetas a IVA (O) no pueden compartir documento con líneas gravadas</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a document not subject to VAT names no VAT identifier</source>
        <translation>un documento no sujeto a IVA no indica ningún identificador de IVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the VAT breakdown (BG-23) is empty</source>
        <translation>el desglose del IVA (BG-23) está vacío</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the taxable amount (BT-116) of %1 at %2 is not the sum of its lines</source>
        <translation>la base imponible (BT-116) de %1 al %2 no es la suma de sus líneas</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT exemption reason (BT-120) or code (BT-121) missing for %1 lines: set it on the tax rate (accrue-cli tax-rate add … --exemption-code CODE --exemption-reason TEXT)</source>
        <translation>falta el motivo de exención de IVA (BT-120) o el código (BT-121) para líneas %1: establézcalo en el tipo impositivo (accrue-cli tax-rate add … --exemption-code CODE --exemption-reason TEXT)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 lines carry no VAT exemption reason (BT-120, BT-121)</source>
        <translation>las líneas %1 no llevan motivo de exención de IVA (BT-120, BT-121)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the VAT of %1 (BT-117) %2 is not its taxable amount times its rate</source>
        <translation>el IVA de %1 (BT-117) %2 no es su base imponible por su tipo</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lines carry no VAT, but %2 is charged</source>
        <translation>las líneas %1 no llevan IVA, pero se cobra %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is %2, the rule gives %3</source>
        <translation>%1 es %2, la regla da %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an amount is due, so the due date (BT-9) or payment terms (BT-20) must be given</source>
        <translation>hay un importe adeudado, así que debe indicarse la fecha de vencimiento (BT-9) o las condiciones de pago (BT-20)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment account (BT-84) missing for a credit transfer: set the company&apos;s IBAN</source>
        <translation>falta la cuenta de pago (BT-84) para una transferencia: establezca el IBAN de la empresa</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be sent as an e-invoice: %2</source>
        <translation>%1 no se puede enviar como factura electrónica: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document</source>
        <translation>El documento</translation>
    </message>
</context>
<context>
    <name>Accrue::UnbilledRevenueReport</name>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="+47"/>
        <source>Unbilled revenue as of %1</source>
        <translation>Ingresos no facturados a %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscription</source>
        <translation>Suscripción</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Código</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Cliente</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed through</source>
        <translation>Facturado hasta</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbilled from</source>
        <translation>No facturado desde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Moneda</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbilled</source>
        <translation>No facturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
</context>
<context>
    <name>Accrue::UsageRecordModel</name>
    <message>
        <location filename="../ui/models/usagerecordmodel.cpp" line="+37"/>
        <source>Unbilled</source>
        <translation>No facturado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accrued</source>
        <translation>Devengado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed</source>
        <translation>Facturado</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not yet accrued: the next recognition run books it to Unbilled revenue</source>
        <translation>Aún no devengado: la siguiente ejecución de reconocimiento lo registra en Ingresos no facturados</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Unbilled revenue until an invoice line bills it</source>
        <translation>En Ingresos no facturados hasta que una línea de factura lo facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed on %1</source>
        <translation>Facturado el %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delivered</source>
        <translation>Entregado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Producto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Importe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Estado</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Factura</translation>
    </message>
</context>
<context>
    <name>Accrue::UserGuideDialog</name>
    <message>
        <location filename="../ui/dialogs/userguidedialog.cpp" line="+33"/>
        <source>User Guide</source>
        <translation>Guía del usuario</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User Guide — %1</source>
        <translation>Guía del usuario — %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back</source>
        <translation>Atrás</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Adelante</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Contenido</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contents</source>
        <translation>Contenido</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your first book</source>
        <translation>Su primer libro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dashboard tab</source>
        <translation>La pestaña Panel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Invoices tab</source>
        <translation>La pestaña Facturas</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Customers tab</source>
        <translation>La pestaña Clientes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Reports tab</source>
        <translation>La pestaña Informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Revenue tab</source>
        <translation>La pestaña Ingresos</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Transactions tab</source>
        <translation>La pestaña Transacciones</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Account (customers)</source>
        <translation>Mi cuenta (clientes)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoicing</source>
        <translation>Facturación</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting paid</source>
        <translation>Cobrar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank reconciliation</source>
        <translation>Conciliación bancaria</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running reports</source>
        <translation>Generar informes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month-end</source>
        <translation>Cierre mensual</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team on PostgreSQL</source>
        <translation>Un equipo con PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Accrue::UserRepository</name>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+118"/>
        <source>“%1” is not a valid user name (letters, digits, _ . @ -)</source>
        <translation>“%1” no es un nombre de usuario válido (letras, dígitos, _ . @ -)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Setting a password needs a PostgreSQL book</source>
        <translation>Establecer una contraseña requiere un libro PostgreSQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not prepare the password for the server</source>
        <translation>No se pudo preparar la contraseña para el servidor</translation>
    </message>
</context>
<context>
    <name>Accrue::UserService</name>
    <message>
        <location filename="../core/billing/userservice.cpp" line="+30"/>
        <source>%1 is the book&apos;s last Admin; make someone else Admin first</source>
        <translation>%1 es el último administrador del libro; haga primero administrador a otra persona</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>manage %1</source>
        <translation>gestionar %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>manage users</source>
        <translation>gestionar usuarios</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>add users there</source>
        <translation>añadir usuarios ahí</translation>
    </message>
</context>
<context>
    <name>Accrue::UsersDialog</name>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="+29"/>
        <source>Users</source>
        <translation>Usuarios</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Usuario</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rol</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new logins only; leave empty to keep</source>
        <translation>solo inicios de sesión nuevos; déjelo vacío para conservarla</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Login:</source>
        <translation>&amp;Inicio de sesión:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;OS user:</source>
        <translation>Usuario del &amp;SO:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rol:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Contraseña:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add or Change</source>
        <translation>&amp;Añadir o cambiar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Selected</source>
        <translation>&amp;Quitar seleccionados</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logins on the server with a role in this book. The server enforces the role for every client.</source>
        <translation>Inicios de sesión del servidor con un rol en este libro. El servidor aplica el rol a todos los clientes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS users and their roles. A book with no users listed belongs to whoever opens it.</source>
        <translation>Usuarios del SO y sus roles. Un libro sin usuarios en la lista pertenece a quien lo abra.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Take %1&apos;s role in this book away?</source>
        <translation>¿Desea retirar el rol de %1 en este libro?</translation>
    </message>
</context>
<context>
    <name>Accrue::WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/writeoffdialog.cpp" line="+31"/>
        <source>Resolve Dispute of %1</source>
        <translation>Resolver disputa de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Off %1</source>
        <translation>Pasar a fallidos %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the customer will not pay</source>
        <translation>Por qué el cliente no pagará</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance:</source>
        <translation>Saldo:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdrawn: the customer pays as invoiced</source>
        <translation>&amp;Retirada: el cliente paga lo facturado</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By a &amp;credit note (issued next)</source>
        <translation>Mediante una nota de &amp;crédito (se emite a continuación)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;writing the balance off</source>
        <translation>Mediante el &amp;pase a fallidos del saldo</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution:</source>
        <translation>Resolución:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motivo:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Written off on:</source>
        <translation>&amp;Pasada a fallidos el:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole open balance goes to Bad debts; the invoice becomes uncollectible. Only Finance and Admin users may do this.</source>
        <translation>Todo el saldo pendiente va a Créditos incobrables; la factura pasa a ser incobrable. Solo los usuarios de Finanzas y Administrador pueden hacerlo.</translation>
    </message>
</context>
<context>
    <name>Accrue::Writer</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="+122"/>
        <source>%1 is more than the period&apos;s invoices have left to credit (%2 short)</source>
        <translation>%1 es más de lo que les queda por abonar a las facturas del periodo (faltan %2)</translation>
    </message>
</context>
<context>
    <name>Accrue::XeroWriter</name>
    <message>
        <location filename="../core/exchange/xerowriter.cpp" line="+86"/>
        <source>tax %1 at %2 % has no Xero tax type: %3</source>
        <translation>el impuesto %1 al %2 % no tiene tipo impositivo de Xero: %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 %2: its lines come to %3 net and %4 tax, the document to %5 and %6</source>
        <translation>%1 %2: sus líneas suman %3 netos y %4 de impuestos, el documento %5 y %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit note</source>
        <translation>nota de crédito</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invoice</source>
        <translation>factura</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A Xero bank statement holds one currency, and the payments are in %1 and %2: export one currency at a time</source>
        <translation>Un extracto bancario de Xero contiene una sola moneda, y los pagos están en %1 y %2: exporte una moneda cada vez</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="-40"/>
        <source>--paper: “%1” is not a4 or letter</source>
        <translation>--paper: “%1” no es a4 ni letter</translation>
    </message>
</context>
</TS>
