<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>Accrue</name>
    <message>
        <location filename="../app/cli/bankcommands.cpp" line="+33"/>
        <source>%1 needs the id of a bank line (see bank list)</source>
        <translation>%1 nécessite l&apos;identifiant d&apos;une ligne bancaire (voir bank list)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>import bank needs one statement file</source>
        <translation>import bank nécessite un seul fichier de relevé</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 (%2, account %3): read %4, new %5, duplicates %6</source>
        <translation>%1 (%2, compte %3)&#xa0;: lues %4, nouvelles %5, doublons %6</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import gateway needs one card-gateway CSV export</source>
        <translation>import gateway nécessite un seul export CSV de la passerelle de paiement par carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+56"/>
        <location filename="../app/cli/invoicecommands.cpp" line="+150"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>read %1, failed attempts %2, duplicates %3, invoices flagged for review %4</source>
        <translation>lues %1, tentatives échouées %2, doublons %3, factures signalées pour examen %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--state: use %1</source>
        <translation>--state&#xa0;: utilisez %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank lines</source>
        <translation>Lignes bancaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="+277"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="+60"/>
        <location line="+27"/>
        <location filename="../app/cli/dunningcommands.cpp" line="+165"/>
        <location filename="../app/cli/ratecommands.cpp" line="+56"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-23"/>
        <location line="+25"/>
        <location line="+137"/>
        <source>Amount</source>
        <translation>Montant</translation>
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
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-159"/>
        <location line="+26"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>bank mapping needs one JSON file describing the bank&apos;s CSV layout</source>
        <translation>bank mapping nécessite un seul fichier JSON décrivant la structure CSV de la banque</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: not a JSON object (%2)</source>
        <translation>%1&#xa0;: pas un objet JSON (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved the CSV mapping “%1”</source>
        <translation>Correspondance CSV «&#xa0;%1&#xa0;» enregistrée</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>examined %1, proposed %2 (%3 ambiguous), applied %4</source>
        <translation>examinées %1, proposées %2 (%3 ambiguës), appliquées %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Bank line #%1 matched: payment #%2</source>
        <translation>Ligne bancaire n° %1 rapprochée&#xa0;: paiement n° %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1: proposal rejected</source>
        <translation>Ligne bancaire n° %1&#xa0;: proposition rejetée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1 ignored</source>
        <translation>Ligne bancaire n° %1 ignorée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bank line #%1 unmatched; its payment was reversed</source>
        <translation>Ligne bancaire n° %1 dérapprochée&#xa0;; son paiement a été annulé</translation>
    </message>
    <message>
        <location filename="../app/cli/bookcommands.cpp" line="+35"/>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit trail BROKEN against the checkpoint in %1: %2</source>
        <translation>piste d&apos;audit ROMPUE par rapport au point de contrôle de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>checkpoint of %1 (%2 records) holds: signature valid, the trail extends it</source>
        <translation>le point de contrôle de %1 (%2 enregistrements) tient&#xa0;: signature valide, la piste le prolonge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>checkpoint of %1 (%2 records) holds, but it is UNSIGNED: it proves nothing against a rewrite of the whole book</source>
        <translation>le point de contrôle de %1 (%2 enregistrements) tient, mais il n&apos;est PAS SIGNÉ&#xa0;: il ne prouve rien contre une réécriture de tout le dossier</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is ready (schema version %2)</source>
        <translation>%1 est prêt (version du schéma %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../app/cli/catalogcommands.cpp" line="-319"/>
        <location filename="../app/cli/customercommands.cpp" line="-127"/>
        <source>--currency: “%1” is not an ISO 4217 currency code</source>
        <translation>--currency&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: %2 customers, %3 invoices, %4 payments, %5 credit notes, %6 journal entries in %7 s</source>
        <translation>%1&#xa0;: %2 clients, %3 factures, %4 paiements, %5 avoirs, %6 écritures comptables en %7 s</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>verifying the audit trail and the books</source>
        <translation>vérification de la piste d&apos;audit et des comptes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>audit trail BROKEN at record %1: %2</source>
        <translation>piste d&apos;audit ROMPUE à l&apos;enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>audit trail intact: %1 records verified</source>
        <translation>piste d&apos;audit intacte&#xa0;: %1 enregistrements vérifiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> (%1 of them with the OS login beside the user)</source>
        <translation> (dont %1 avec la session OS à côté de l&apos;utilisateur)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>MISMATCH: %1</source>
        <translation>DIVERGENCE&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>books BROKEN: %n stored value(s) disagree with what they derive from or with the audit trail</source>
        <translation>
            <numerusform>comptes ROMPUS&#xa0;: %n valeur stockée diverge de ce dont elle dérive ou de la piste d&apos;audit</numerusform>
            <numerusform>comptes ROMPUS&#xa0;: %n valeurs stockées divergent de ce dont elles dérivent ou de la piste d&apos;audit</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>books proved: %1 rows (documents and their lines, allocations, journal entries and monthly balances) agree with each other and with the audit trail; %2 rows in %3 s (%4 rows/s)</source>
        <translation>comptes prouvés&#xa0;: %1 lignes (documents et leurs lignes, affectations, écritures comptables et soldes mensuels) concordent entre elles et avec la piste d&apos;audit&#xa0;; %2 lignes en %3 s (%4 lignes/s)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>audit checkpoint takes no arguments</source>
        <translation>audit checkpoint ne prend aucun argument</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accrue-cli audit checkpoint</source>
        <translation>accrue-cli audit checkpoint</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>audit list takes no arguments</source>
        <translation>audit list ne prend aucun argument</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the audit trail</source>
        <translation>la piste d&apos;audit</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/periodcommands.cpp" line="+149"/>
        <source>At (UTC)</source>
        <translation>Le (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/mailcommands.cpp" line="+113"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS login</source>
        <translation>Session OS</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/dunningcommands.cpp" line="-115"/>
        <location line="+80"/>
        <location filename="../app/cli/periodcommands.cpp" line="-3"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entité</translation>
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
        <translation>Aucun produit avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+51"/>
        <source>No plan with the code “%1”</source>
        <translation>Aucune formule avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>--price needs --currency</source>
        <translation>--price nécessite --currency</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--price: “%1” is not an amount in %2 (use a dot: 12.50)</source>
        <translation>--price&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un montant en %2 (utilisez un point&#xa0;: 12.50)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--period: “%1” is not monthly, quarterly or annual</source>
        <translation>--period&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni monthly, ni quarterly, ni annual</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>monthly</source>
        <translation>mensuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>quarterly</source>
        <translation>trimestriel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>annual</source>
        <translation>annuel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>every %1 months</source>
        <translation>tous les %1 mois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>at %1 each</source>
        <translation>à %1 l&apos;unité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ %1 flat</source>
        <translation>+ %1 forfaitaire</translation>
    </message>
    <message>
        <location line="+66"/>
        <location filename="../app/cli/collectionscommands.cpp" line="-8"/>
        <location filename="../app/cli/companycommands.cpp" line="-6"/>
        <location filename="../app/cli/customercommands.cpp" line="+122"/>
        <location filename="../app/cli/mailcommands.cpp" line="-6"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+143"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/collectionscommands.cpp" line="+1"/>
        <location filename="../app/cli/companycommands.cpp" line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="+1"/>
        <location filename="../app/cli/mailcommands.cpp" line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+1"/>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Added product %1 (%2)</source>
        <translation>Produit %1 ajouté (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved product %1</source>
        <translation>Produit %1 enregistré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Products</source>
        <translation>Produits</translation>
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
        <location filename="../app/cli/taxcommands.cpp" line="+71"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-121"/>
        <location line="+27"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Tax category</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Recognition</source>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <source>Revenue account</source>
        <translation>Compte de produits</translation>
    </message>
    <message>
        <location line="-25"/>
        <location line="+26"/>
        <location line="+65"/>
        <location line="+38"/>
        <location filename="../app/cli/customercommands.cpp" line="-81"/>
        <location line="+88"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="-112"/>
        <source>Product %1</source>
        <translation>Produit %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-32"/>
        <location line="+31"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (%2), archived</source>
        <translation>%1 (%2), archivé</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>plan add: --product names the product the plan bills</source>
        <translation>plan add&#xa0;: --product indique le produit que la formule facture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Added plan %1 (%2)</source>
        <translation>Formule %1 ajoutée (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved plan %1</source>
        <translation>Formule %1 enregistrée</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Plans</source>
        <translation>Formules</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+32"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+33"/>
        <location filename="../app/cli/periodcommands.cpp" line="-1"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+33"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="-32"/>
        <location line="+35"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="-33"/>
        <location line="+39"/>
        <source>Trial days</source>
        <translation>Jours d&apos;essai</translation>
    </message>
    <message>
        <location line="-38"/>
        <source>Tiers</source>
        <translation>Paliers</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Plan %1</source>
        <translation>Formule %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>by tier</source>
        <translation>par palier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>per %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>unit</source>
        <translation>unité</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Tier %1</source>
        <translation>Palier %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Archived product %1; its plans and history stay</source>
        <translation>Produit %1 archivé&#xa0;; ses formules et son historique sont conservés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored product %1</source>
        <translation>Produit %1 restauré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “product %1”</source>
        <translation>Commande inconnue «&#xa0;product %1&#xa0;»</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Archived plan %1</source>
        <translation>Formule %1 archivée</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored plan %1</source>
        <translation>Formule %1 restaurée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “plan %1”</source>
        <translation>Commande inconnue «&#xa0;plan %1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../app/cli/collectionscommands.cpp" line="-185"/>
        <source>%1 needs --%2</source>
        <translation>%1 nécessite --%2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>receipt list takes no arguments (use --customer CODE)</source>
        <translation>receipt list ne prend aucun argument (utilisez --customer CODE)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No customer %1</source>
        <translation>Aucun client %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+26"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>receipt show needs one receipt number</source>
        <translation>receipt show nécessite un seul numéro de reçu</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/invoicecommands.cpp" line="-49"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>applied %1, balance after %2 %3</source>
        <translation>affecté %1, solde ensuite %2 %3</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>receipt pdf needs one receipt number</source>
        <translation>receipt pdf nécessite un seul numéro de reçu</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receipt pdf needs --out FILE.pdf</source>
        <translation>receipt pdf nécessite --out FICHIER.pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/creditnotecommands.cpp" line="+100"/>
        <location filename="../app/cli/invoicecommands.cpp" line="+187"/>
        <location filename="../app/cli/mailcommands.cpp" line="+197"/>
        <location line="+57"/>
        <source>Wrote %1</source>
        <translation>%1 écrit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>receipt takes list, show or pdf</source>
        <translation>receipt accepte list, show ou pdf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>invoice dispute needs one invoice number</source>
        <translation>invoice dispute nécessite un seul numéro de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice dispute</source>
        <translation>invoice dispute</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice %1 is in dispute</source>
        <translation>La facture %1 est en litige</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice dispute-note needs one invoice number</source>
        <translation>invoice dispute-note nécessite un seul numéro de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice dispute-note</source>
        <translation>invoice dispute-note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Noted on the dispute of %1</source>
        <translation>Note ajoutée au litige de %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice resolve-dispute needs one invoice number</source>
        <translation>invoice resolve-dispute nécessite un seul numéro de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice resolve-dispute</source>
        <translation>invoice resolve-dispute</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--by: “%1” is not credit-note, write-off or withdrawn</source>
        <translation>--by&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni credit-note, ni write-off, ni withdrawn</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>invoice resolve-dispute --by write-off</source>
        <translation>invoice resolve-dispute --by write-off</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Wrote off %1 %2 of %3; its dispute is resolved</source>
        <translation>%1 %2 de %3 passé en perte&#xa0;; son litige est résolu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The dispute of %1 is resolved (%2)</source>
        <translation>Le litige de %1 est résolu (%2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>invoice write-off needs one invoice number</source>
        <translation>invoice write-off nécessite un seul numéro de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice write-off</source>
        <translation>invoice write-off</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote off %1 %2 of %3 to bad debts</source>
        <translation>%1 %2 de %3 passé en perte (créances irrécouvrables)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write-off takes no arguments (write-off --older-than 90 --as-of D --reason R [--dry-run])</source>
        <translation>write-off ne prend aucun argument (write-off --older-than 90 --as-of D --reason R [--dry-run])</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/storage/journalrepository.cpp" line="+36"/>
        <source>write-off</source>
        <translation>passage en perte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Would write off (more than %1 days past due on %2)</source>
        <translation>Serait passé en perte (plus de %1 jours de retard au %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written off (more than %1 days past due on %2)</source>
        <translation>Passé en perte (plus de %1 jours de retard au %2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/dunningcommands.cpp" line="-2"/>
        <location line="+117"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location filename="../app/cli/companycommands.cpp" line="-12"/>
        <source>--%1: yes or no, not “%2”</source>
        <translation>--%1&#xa0;: yes ou no, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Company</source>
        <translation>Société</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Legal name</source>
        <translation>Raison sociale</translation>
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
        <translation>N° de TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax country</source>
        <translation>Pays fiscal</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="-1"/>
        <source>Terms (days)</source>
        <translation>Conditions (jours)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice prefix</source>
        <translation>Préfixe des factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note prefix</source>
        <translation>Préfixe des avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt prefix</source>
        <translation>Préfixe des reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing runs</source>
        <translation>Cycles de facturation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>issue invoices</source>
        <translation>émettre les factures</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>leave drafts</source>
        <translation>laisser en brouillon</translation>
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
        <translation>Banque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number</source>
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number</source>
        <translation>Code banque (routing)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Registration number</source>
        <translation>Numéro d&apos;immatriculation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Electronic address</source>
        <translation>Adresse électronique</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accent colour</source>
        <translation>Couleur d&apos;accentuation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show customer code</source>
        <translation>Afficher le code client</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+1"/>
        <location filename="../app/cli/customercommands.cpp" line="-25"/>
        <location filename="../app/cli/mailcommands.cpp" line="-241"/>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <location line="-1"/>
        <location line="+1"/>
        <location filename="../app/cli/mailcommands.cpp" line="+0"/>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show status stamp</source>
        <translation>Afficher le tampon de statut</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Customers may change their subscriptions&apos; quantities</source>
        <translation>Les clients peuvent modifier les quantités de leurs abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers may not change their subscriptions&apos; quantities</source>
        <translation>Les clients ne peuvent pas modifier les quantités de leurs abonnements</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>--billing-run: issue or draft, not “%1”</source>
        <translation>--billing-run&#xa0;: issue ou draft, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved the company %1</source>
        <translation>Société %1 enregistrée</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>company show | company set --name … --currency … --tax-country …</source>
        <translation>company show | company set --name … --currency … --tax-country …</translation>
    </message>
    <message>
        <location filename="../app/cli/creditnotecommands.cpp" line="-69"/>
        <source>--lines: “%1” is not a line number</source>
        <translation>--lines&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un numéro de ligne</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>--lines: name at least one line</source>
        <translation>--lines&#xa0;: indiquez au moins une ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>credit-note create needs --invoice NUMBER</source>
        <translation>credit-note create nécessite --invoice NUMÉRO</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit-note create needs --reason</source>
        <translation>credit-note create nécessite --reason</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give either --amount or --lines, not both</source>
        <translation>indiquez --amount ou --lines, pas les deux</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Credit note %1 of %2 %3 for %4; %4 is now %5 with %6 owed</source>
        <translation>Avoir %1 de %2 %3 sur %4&#xa0;; %4 est maintenant %5 avec %6 restant dû</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>use credit-note pdf NUMBER --out FILE</source>
        <translation>utilisez credit-note pdf NUMÉRO --out FICHIER</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/exportcommands.cpp" line="+52"/>
        <source>--paper: “%1” is not a4 or letter</source>
        <translation>--paper&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni a4 ni letter</translation>
    </message>
    <message>
        <location filename="../app/cli/customercommands.cpp" line="-119"/>
        <location filename="../app/cli/recognitioncommands.cpp" line="-4"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-210"/>
        <source>No customer with the code “%1”</source>
        <translation>Aucun client avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+89"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="-88"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added customer %1 (%2)</source>
        <translation>Client %1 ajouté (%2)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Customer %1 has no billing profile for the electronic address</source>
        <translation>Le client %1 n&apos;a pas de profil de facturation pour l&apos;adresse électronique</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Saved customer %1</source>
        <translation>Client %1 enregistré</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Archived customers</source>
        <translation>Clients archivés</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customers</source>
        <translation>Clients</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing profile (default)</source>
        <translation>Profil de facturation (par défaut)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billing profile</source>
        <translation>Profil de facturation</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Archived customer %1; its history stays</source>
        <translation>Client %1 archivé&#xa0;; son historique est conservé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Restored customer %1</source>
        <translation>Client %1 restauré</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deleted customer %1</source>
        <translation>Client %1 supprimé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unknown command “customer %1”</source>
        <translation>Commande inconnue «&#xa0;customer %1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--card-number: Accrue never stores a full card number; give --last4 and the gateway&apos;s reference in --label</source>
        <translation>--card-number&#xa0;: Accrue ne stocke jamais un numéro de carte complet&#xa0;; indiquez --last4 et la référence de la passerelle dans --label</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Added %1 for %2</source>
        <translation>%1 ajouté pour %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment methods of %1</source>
        <translation>Moyens de paiement de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/exportcommands.cpp" line="-55"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+207"/>
        <location filename="../app/cli/tenantcommands.cpp" line="-3"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last four</source>
        <translation>4 derniers chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Mandate</source>
        <translation>Mandat</translation>
    </message>
    <message>
        <location filename="../app/cli/dunningcommands.cpp" line="-114"/>
        <location line="+115"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="-113"/>
        <location line="+115"/>
        <source>Days</source>
        <translation>Jours</translation>
    </message>
    <message>
        <location line="-114"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+78"/>
        <source>Fee</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>dunning run takes no arguments (dunning run [--dry-run] [--date D])</source>
        <translation>dunning run ne prend aucun argument (dunning run [--dry-run] [--date D])</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dunning plan for %1 (dry run)</source>
        <translation>Plan de relance pour %1 (simulation)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/mailcommands.cpp" line="-82"/>
        <source>E-mail is not set up: accrue-cli mail settings set --smtp-host HOST --from-address ADDRESS ...</source>
        <translation>L&apos;e-mail n&apos;est pas configuré&#xa0;: accrue-cli mail settings set --smtp-host HÔTE --from-address ADRESSE ...</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dunning run for %1</source>
        <translation>Campagne de relance pour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Queued %1 reminders, flagged %2 invoices for review, issued %3 late fees; %4 already done, %5 no longer due, %6 with problems</source>
        <translation>%1 relances mises en file, %2 factures signalées pour examen, %3 frais de retard facturés&#xa0;; %4 déjà traitées, %5 plus exigibles, %6 avec des problèmes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Send them with: accrue-cli mail deliver</source>
        <translation>Envoyez-les avec&#xa0;: accrue-cli mail deliver</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Dunning steps</source>
        <translation>Étapes de relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Day</source>
        <translation>Jour</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/mailcommands.cpp" line="+199"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: not a JSON object: %2</source>
        <translation>%1&#xa0;: pas un objet JSON&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved %1 dunning steps (version %2)</source>
        <translation>%1 étapes de relance enregistrées (version %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use dunning steps show, or dunning steps set FILE.json</source>
        <translation>utilisez dunning steps show, ou dunning steps set FICHIER.json</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoices flagged for review</source>
        <translation>Factures signalées pour examen</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../app/cli/periodcommands.cpp" line="+3"/>
        <location filename="../app/cli/recognitioncommands.cpp" line="-84"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>use dunning clear-flag NUMBER [--note TEXT]</source>
        <translation>utilisez dunning clear-flag NUMÉRO [--note TEXTE]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cleared the review flag of invoice %1</source>
        <translation>Signalement d&apos;examen de la facture %1 levé</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Unknown command “dunning %1” (run, steps, flagged, clear-flag)</source>
        <translation>Commande inconnue «&#xa0;dunning %1&#xa0;» (run, steps, flagged, clear-flag)</translation>
    </message>
    <message>
        <location filename="../app/cli/exportcommands.cpp" line="-47"/>
        <source>--format: “%1” is not iif, xero, netsuite or ledger</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni iif, ni xero, ni netsuite, ni ledger</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>--format: “%1” is not iif, xero or netsuite</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni iif, ni xero, ni netsuite</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>export journal takes no arguments (use -o FILE)</source>
        <translation>export journal ne prend aucun argument (utilisez -o FICHIER)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>export journal needs -o FILE</source>
        <translation>export journal nécessite -o FICHIER</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1 journal entries to %2</source>
        <translation>%1 écritures comptables écrites dans %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Wrote %1 journal entries to %2 files:</source>
        <translation>%1 écritures comptables écrites dans %2 fichiers&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 account mapping</source>
        <translation>Correspondance des comptes %1</translation>
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
        <translation>Nom dans Accrue</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export mapping set needs one FILE.csv (kind,source_key,target_code,target_name)</source>
        <translation>export mapping set nécessite un seul FICHIER.csv (kind,source_key,target_code,target_name)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>use export ubl NUMBER -o FILE.xml</source>
        <translation>utilisez export ubl NUMÉRO -o FICHIER.xml</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Wrote %1 %2 (%3 %4) to %5</source>
        <translation>%1 %2 (%3 %4) écrit dans %5</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+16"/>
        <location filename="../core/storage/journalrepository.cpp" line="-6"/>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <location line="-23"/>
        <location line="+23"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+0"/>
        <location filename="../core/storage/journalrepository.cpp" line="+2"/>
        <source>credit note</source>
        <translation>avoir</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>use import ubl FILE.xml --pdf OUT.pdf</source>
        <translation>utilisez import ubl FICHIER.xml --pdf SORTIE.pdf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote %1 %2 from %3 to %4</source>
        <translation>%1 %2 écrit de %3 vers %4</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>export mapping show|set --format iif|xero|netsuite [FILE.csv]</source>
        <translation>export mapping show|set --format iif|xero|netsuite [FICHIER.csv]</translation>
    </message>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="-217"/>
        <source>--status: unknown status “%1” (use one of %2)</source>
        <translation>--status&#xa0;: statut inconnu «&#xa0;%1&#xa0;» (utilisez l&apos;un de %2)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--to (%1) is before --from (%2)</source>
        <translation>--to (%1) est antérieur à --from (%2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invoice show needs exactly one invoice number</source>
        <translation>invoice show nécessite exactement un numéro de facture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Status:    %1</source>
        <translation>Statut&#xa0;:    %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer:  %1 (%2)</source>
        <translation>Client&#xa0;:    %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issued:    %1</source>
        <translation>Émise le&#xa0;:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due:       %1</source>
        <translation>Échéance&#xa0;:  %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:  %1</source>
        <translation>Devise&#xa0;:    %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>, service %1 to %2</source>
        <translation>, prestation du %1 au %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Subtotal:  %1</source>
        <translation>Sous-total&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax:       %1</source>
        <translation>TVA&#xa0;:       %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total:     %1</source>
        <translation>Total&#xa0;:     %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid:      %1</source>
        <translation>Payé&#xa0;:      %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited:  %1</source>
        <translation>Crédité&#xa0;:   %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance:   %1</source>
        <translation>Solde&#xa0;:     %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>  %1 payment #%2: %3</source>
        <translation>  %1 paiement n° %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>  %1 credit note #%2: %3</source>
        <translation>  %1 avoir n° %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>invoice create needs one file describing the invoice(s): FILE.json, or FILE.csv with one row per line (a line may name its recognition: point_in_time, ratably, as_delivered or milestone; else its product&apos;s)</source>
        <translation>invoice create nécessite un fichier décrivant la ou les factures&#xa0;: FICHIER.json, ou FICHIER.csv avec une ligne par ligne de facture (une ligne peut indiquer sa comptabilisation&#xa0;: point_in_time, ratably, as_delivered ou milestone&#xa0;; sinon celle de son produit)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Issued %1 (total %2 %3)</source>
        <translation>%1 émise (total %2 %3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Draft %1 created (issue it with: accrue-cli invoice issue %1)</source>
        <translation>Brouillon %1 créé (émettez-le avec&#xa0;: accrue-cli invoice issue %1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 invoices in %2 s (%3 per second)</source>
        <translation>%1 factures en %2 s (%3 par seconde)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>invoice issue needs the id of a draft (as printed by invoice create)</source>
        <translation>invoice issue nécessite l&apos;identifiant d&apos;un brouillon (tel qu&apos;affiché par invoice create)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Issued %1 (total %2 %3, due %4)</source>
        <translation>%1 émise (total %2 %3, échéance %4)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>invoice pay needs one invoice number</source>
        <translation>invoice pay nécessite un seul numéro de facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice pay needs --amount</source>
        <translation>invoice pay nécessite --amount</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--method: “%1” is not one of %2</source>
        <translation>--method&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas l&apos;un de %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Give --rate or --rate-from-book, not both</source>
        <translation>Indiquez --rate ou --rate-from-book, pas les deux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Payment #%1 of %2 %3 recorded; %4 now owes %5</source>
        <translation>Paiement n° %1 de %2 %3 enregistré&#xa0;; %4 doit maintenant %5</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> (%1 kept as customer credit)</source>
        <translation> (%1 conservé en crédit client)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>use invoice pdf NUMBER -o FILE, or invoice pdf --status S --out-dir DIR</source>
        <translation>utilisez invoice pdf NUMÉRO -o FICHIER, ou invoice pdf --status S --out-dir DOSSIER</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Wrote %1 PDFs to %2 in %3 s</source>
        <translation>%1 PDF écrits dans %2 en %3 s</translation>
    </message>
    <message>
        <location filename="../app/cli/mailcommands.cpp" line="-184"/>
        <source>No SMTP password for %1 (%2): store it with accrue-cli mail password set --password-stdin, or pass it with --password-stdin</source>
        <translation>Aucun mot de passe SMTP pour %1 (%2)&#xa0;: enregistrez-le avec accrue-cli mail password set --password-stdin, ou transmettez-le avec --password-stdin</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sent %1, to retry %2, failed %3</source>
        <translation>Envoyés %1, à réessayer %2, échecs %3</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>use invoice send NUMBER, or invoice send --status S</source>
        <translation>utilisez invoice send NUMÉRO, ou invoice send --status S</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>E-mail settings</source>
        <translation>Paramètres e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>SMTP host</source>
        <translation>Hôte SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Security</source>
        <translation>Sécurité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>in the OS keychain as %1</source>
        <translation>dans le trousseau du système sous %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From address</source>
        <translation>Adresse d&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From name</source>
        <translation>Nom d&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Timeout (s)</source>
        <translation>Délai d&apos;attente (s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CA certificate file</source>
        <translation>Fichier de certificat CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Send receipts automatically</source>
        <translation>Envoyer les reçus automatiquement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice subject</source>
        <translation>Objet des factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice text</source>
        <translation>Texte des factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt subject</source>
        <translation>Objet des reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt text</source>
        <translation>Texte des reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note subject</source>
        <translation>Objet des avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note text</source>
        <translation>Texte des avoirs</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>use mail settings show, or mail settings set --smtp-host H ...</source>
        <translation>utilisez mail settings show, ou mail settings set --smtp-host H ...</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--security: none, starttls or smtps</source>
        <translation>--security&#xa0;: none, starttls ou smtps</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>--template: invoice, receipt or credit-note</source>
        <translation>--template&#xa0;: invoice, receipt ou credit-note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--template needs --subject or --body-file</source>
        <translation>--template nécessite --subject ou --body-file</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--auto-send-receipts: yes or no</source>
        <translation>--auto-send-receipts&#xa0;: yes ou no</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail settings saved</source>
        <translation>Paramètres e-mail enregistrés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The e-mail settings name no SMTP user: set --smtp-user first</source>
        <translation>Les paramètres e-mail n&apos;indiquent aucun utilisateur SMTP&#xa0;: définissez d&apos;abord --smtp-user</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mail password set reads the password with --password-stdin</source>
        <translation>mail password set lit le mot de passe avec --password-stdin</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No keychain is reachable (no Secret Service on the session bus); nothing was stored. Pass --password-stdin to each command instead.</source>
        <translation>Aucun trousseau n&apos;est accessible (pas de Secret Service sur le bus de session)&#xa0;; rien n&apos;a été enregistré. Passez plutôt --password-stdin à chaque commande.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../app/cli/teamcommands.cpp" line="+131"/>
        <source>The keychain refused the password: %1</source>
        <translation>Le trousseau a refusé le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password for %1 is in the OS keychain</source>
        <translation>Le mot de passe SMTP de %1 est dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../app/cli/teamcommands.cpp" line="+7"/>
        <source>The keychain could not forget the password: %1</source>
        <translation>Le trousseau n&apos;a pas pu oublier le mot de passe&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SMTP password for %1 removed from the OS keychain</source>
        <translation>Mot de passe SMTP de %1 supprimé du trousseau du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>use mail password set --password-stdin, or mail password forget</source>
        <translation>utilisez mail password set --password-stdin, ou mail password forget</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Outbox</source>
        <translation>Boîte d&apos;envoi</translation>
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
        <translation>En file</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="+89"/>
        <location filename="../app/cli/taxcommands.cpp" line="-1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/periodcommands.cpp" line="-99"/>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-84"/>
        <location line="+31"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next attempt</source>
        <translation>Prochaine tentative</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last answer</source>
        <translation>Dernière réponse</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>mail test needs --to ADDRESS</source>
        <translation>mail test nécessite --to ADRESSE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Accrue test message</source>
        <translation>Message de test Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message shows that Accrue can send e-mail through %1.</source>
        <translation>Ce message montre qu&apos;Accrue peut envoyer des e-mails via %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The test message was not sent: %1</source>
        <translation>Le message de test n&apos;a pas été envoyé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Test message sent to %1 through %2</source>
        <translation>Message de test envoyé à %1 via %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>use mail retry ID (the ID column of mail outbox)</source>
        <translation>utilisez mail retry ID (la colonne ID de mail outbox)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message #%1 is queued again; accrue-cli mail deliver sends it</source>
        <translation>Le message n° %1 est de nouveau en file&#xa0;; accrue-cli mail deliver l&apos;envoie</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+55"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="-48"/>
        <location line="+71"/>
        <source>Queued %1 e-mails</source>
        <translation>%1 e-mails mis en file</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>use receipt send NUMBER [--eml DIR]</source>
        <translation>utilisez receipt send NUMÉRO [--eml DOSSIER]</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>use credit-note send NUMBER [--eml DIR]</source>
        <translation>utilisez credit-note send NUMÉRO [--eml DOSSIER]</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Unknown command “mail %1” (settings, password, outbox, deliver, retry, test)</source>
        <translation>Commande inconnue «&#xa0;mail %1&#xa0;» (settings, password, outbox, deliver, retry, test)</translation>
    </message>
    <message>
        <location filename="../app/cli/periodcommands.cpp" line="-16"/>
        <source>“%1” is not a month (use YYYY-MM)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un mois (utilisez YYYY-MM)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>use close-period YYYY-MM [--dry-run] [--format table|csv|json]</source>
        <translation>utilisez close-period YYYY-MM [--dry-run] [--format table|csv|json]</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is already closed: the books are closed through %2</source>
        <translation>%1 est déjà clôturé&#xa0;: les comptes sont clôturés jusqu&apos;à %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month-end checklist for %1%2</source>
        <translation>Liste de contrôle de clôture mensuelle pour %1%2</translation>
    </message>
    <message>
        <location line="+0"/>
        <source> (dry run)</source>
        <translation> (simulation)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be closed: %2 blocking, %3 warnings (see the checklist)</source>
        <translation>%1 ne peut pas être clôturé&#xa0;: %2 bloquants, %3 avertissements (voir la liste de contrôle)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Month-end checklist for %1</source>
        <translation>Liste de contrôle de clôture mensuelle pour %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Closed %1: the books are closed through %2 (%3 warnings)</source>
        <translation>%1 clôturé&#xa0;: les comptes sont clôturés jusqu&apos;à %2 (%3 avertissements)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Audit checkpoint: %1</source>
        <translation>Point de contrôle d&apos;audit&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>use reopen-period YYYY-MM --reason TEXT</source>
        <translation>utilisez reopen-period YYYY-MM --reason TEXTE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reopen-period needs --reason TEXT (why the period is reopened)</source>
        <translation>reopen-period nécessite --reason TEXTE (pourquoi la période est rouverte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reopened %1: the books are closed through %2</source>
        <translation>%1 rouvert&#xa0;: les comptes sont clôturés jusqu&apos;à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened %1: no period is closed</source>
        <translation>%1 rouvert&#xa0;: aucune période n&apos;est clôturée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>periods takes no arguments</source>
        <translation>periods ne prend aucun argument</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Books closed through %1 (closes since %2); next to close: %3</source>
        <translation>Comptes clôturés jusqu&apos;à %1 (clôtures depuis %2)&#xa0;; prochaine à clôturer&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No period is closed</source>
        <translation>Aucune période n&apos;est clôturée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closed through</source>
        <translation>Clôturé jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Posted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location filename="../app/cli/ratecommands.cpp" line="-29"/>
        <source>rate add needs BASE QUOTE RATE (rate add EUR USD 1.0823 --date 2026-05-04)</source>
        <translation>rate add nécessite BASE COTATION TAUX (rate add EUR USD 1.0823 --date 2026-05-04)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1/%2 on %3: %4</source>
        <translation>%1/%2 le %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>rate list takes no arguments (use --base, --quote, --from, --to)</source>
        <translation>rate list ne prend aucun argument (utilisez --base, --quote, --from, --to)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Exchange rates</source>
        <translation>Taux de change</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Base</source>
        <translation>Base</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quote</source>
        <translation>Cotation</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../app/cli/taxcommands.cpp" line="-3"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>rate import needs one FILE (eurofxref-hist.csv or date,base,quote,rate)</source>
        <translation>rate import nécessite un seul FICHIER (eurofxref-hist.csv ou date,base,quote,rate)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Imported %1 rates (%2 format): %3 new, %4 replaced, %5 already stored</source>
        <translation>%1 taux importés (format %2)&#xa0;: %3 nouveaux, %4 remplacés, %5 déjà enregistrés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ECB</source>
        <translation>BCE</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>long</source>
        <translation>long</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Columns of currencies Accrue does not know were passed over: %1</source>
        <translation>Les colonnes de devises inconnues d&apos;Accrue ont été ignorées&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Unknown command “rate %1” (use add, list or import)</source>
        <translation>Commande inconnue «&#xa0;rate %1&#xa0;» (utilisez add, list ou import)</translation>
    </message>
    <message>
        <location filename="../app/cli/recognitioncommands.cpp" line="-23"/>
        <source>--milestones: “%1” is not NAME:PERCENT</source>
        <translation>--milestones&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas au format NOM:POURCENTAGE</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--milestones: “%1” is not a percentage from 0 to 100</source>
        <translation>--milestones&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Milestones of %1, line %2</source>
        <translation>Jalons de %1, ligne %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share (bp)</source>
        <translation>Part (pb)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>milestone define NUMBER --line N --milestones NAME:PCT,NAME:PCT,...</source>
        <translation>milestone define NUMÉRO --line N --milestones NOM:PCT,NOM:PCT,...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestone define needs --milestones NAME:PCT,...</source>
        <translation>milestone define nécessite --milestones NOM:PCT,...</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>milestone done NUMBER --line N --milestone K [--date D]</source>
        <translation>milestone done NUMÉRO --line N --milestone K [--date D]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1, line %2: milestone %3 “%4” done on %5; revenue recognition posts it</source>
        <translation>%1, ligne %2&#xa0;: jalon %3 «&#xa0;%4&#xa0;» atteint le %5&#xa0;; la comptabilisation du chiffre d&apos;affaires le comptabilise</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>milestone list NUMBER --line N</source>
        <translation>milestone list NUMÉRO --line N</translation>
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
        <translation>Comptabiliserait jusqu&apos;au %1&#xa0;: %2 écritures comptables, %3 lignes d&apos;échéancier (%4), %5 relevés de consommation provisionnés (%6)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognised through %1: %2 journal entries, %3 schedule rows (%4), %5 usage records accrued (%6)</source>
        <translation>Comptabilisé jusqu&apos;au %1&#xa0;: %2 écritures comptables, %3 lignes d&apos;échéancier (%4), %5 relevés de consommation provisionnés (%6)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>usage add --customer CODE --product CODE --quantity Q [--date D]</source>
        <translation>usage add --customer CODE --product CODE --quantity Q [--date D]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>usage add needs --%1</source>
        <translation>usage add nécessite --%1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Usage %1: %2 x %3 delivered to %4 on %5, %6 %7</source>
        <translation>Consommation %1&#xa0;: %2 x %3 livrés à %4 le %5, %6 %7</translation>
    </message>
    <message>
        <location filename="../app/cli/reportcommands.cpp" line="+35"/>
        <source>Output: --format table|csv|pdf [-o FILE] [--excel]</source>
        <translation>Sortie&#xa0;: --format table|csv|pdf [-o FICHIER] [--excel]</translation>
    </message>
    <message>
        <location filename="../app/cli/subscriptioncommands.cpp" line="-144"/>
        <source>--date: give the date the change takes effect (YYYY-MM-DD)</source>
        <translation>--date&#xa0;: indiquez la date d&apos;effet de la modification (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>subscription add --customer CODE --plan CODE [--licenses N] [--start DATE] [...]</source>
        <translation>subscription add --customer CODE --plan CODE [--licenses N] [--start DATE] [...]</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Added subscription %1: %2 on %3, %4 license(s), %5; first billed on %6</source>
        <translation>Abonnement %1 ajouté&#xa0;: %2 le %3, %4 licence(s), %5&#xa0;; première facturation le %6</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>subscription change: give --plan, --licenses or both</source>
        <translation>subscription change&#xa0;: indiquez --plan, --licenses ou les deux</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Changed subscription %1 from %2; the next billing run prorates it</source>
        <translation>Abonnement %1 modifié à partir du %2&#xa0;; le prochain cycle de facturation le calcule au prorata</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Subscription %1 is %2</source>
        <translation>L&apos;abonnement %1 est %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>; served through %1</source>
        <translation>; servi jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>--status: “%1” is not trial, active, paused or cancelled</source>
        <translation>--status&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni trial, ni active, ni paused, ni cancelled</translation>
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
        <translation>Licences</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+31"/>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+32"/>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+32"/>
        <source>Billed through</source>
        <translation>Facturé jusqu&apos;au</translation>
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
        <translation>Abonnement %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Trial ends</source>
        <translation>Fin de l&apos;essai</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Paused on</source>
        <translation>Suspendu le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancelled on</source>
        <translation>Résilié le</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../app/cli/taxcommands.cpp" line="-2"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/province</source>
        <translation>État/province</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>billed</source>
        <translation>facturé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>not billed yet</source>
        <translation>pas encore facturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change %1</source>
        <translation>Modification %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>subscription import FILE.csv</source>
        <translation>subscription import FICHIER.csv</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Billing key</source>
        <translation>Clé de facturation</translation>
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
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Unknown command “subscription %1”</source>
        <translation>Commande inconnue «&#xa0;subscription %1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>--issue and --draft exclude each other</source>
        <translation>--issue et --draft s&apos;excluent mutuellement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>billing run --date D: give the date to bill up to</source>
        <translation>billing run --date D&#xa0;: indiquez la date jusqu&apos;à laquelle facturer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Billing run preview for %1</source>
        <translation>Aperçu du cycle de facturation pour %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Billing run %1 for %2</source>
        <translation>Cycle de facturation %1 pour %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Billing run %1 for %2: %3 invoice(s) %4, %5 credit note(s), %6 subscription(s) in %7 s (%8 invoices/s)</source>
        <translation>Cycle de facturation %1 pour %2&#xa0;: %3 facture(s) %4, %5 avoir(s), %6 abonnement(s) en %7 s (%8 factures/s)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>issued</source>
        <translation>émises</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>left as drafts</source>
        <translation>laissées en brouillon</translation>
    </message>
    <message>
        <location filename="../app/cli/taxcommands.cpp" line="-41"/>
        <source>tax-rate add takes options only: --country CC [--region R] --category C --rate PERCENT [--name TEXT] [--from D] [--to D]</source>
        <translation>tax-rate add n&apos;accepte que des options&#xa0;: --country CC [--region R] --category C --rate POURCENTAGE [--name TEXTE] [--from D] [--to D]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>tax-rate add needs --%1</source>
        <translation>tax-rate add nécessite --%1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Added tax rate %1: %2 %</source>
        <translation>Taux de TVA %1 ajouté&#xa0;: %2 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tax-rate list takes options only: [--country CC] [--format F]</source>
        <translation>tax-rate list n&apos;accepte que des options&#xa0;: [--country CC] [--format F]</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tax rates</source>
        <translation>Taux de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Exemption (e-invoices)</source>
        <translation>Exonération (factures électroniques)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>tax-rate end ID --to YYYY-MM-DD (the ID from tax-rate list)</source>
        <translation>tax-rate end ID --to YYYY-MM-DD (l&apos;ID issu de tax-rate list)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tax rate %1 ends on %2</source>
        <translation>Le taux de TVA %1 prend fin le %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>tax-rate import needs one file: FILE.csv with the columns country,region,category,rate,name,valid_from,valid_to</source>
        <translation>tax-rate import nécessite un seul fichier&#xa0;: FICHIER.csv avec les colonnes country,region,category,rate,name,valid_from,valid_to</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unknown command “tax-rate %1” (add, list, end or import)</source>
        <translation>Commande inconnue «&#xa0;tax-rate %1&#xa0;» (add, list, end ou import)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tax-country takes at most one country code: tax-country [CC]</source>
        <translation>tax-country accepte au plus un code pays&#xa0;: tax-country [CC]</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The company&apos;s tax country is %1</source>
        <translation>Le pays fiscal de la société est %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The company has no tax country (set one with accrue-cli tax-country CC)</source>
        <translation>La société n&apos;a pas de pays fiscal (définissez-en un avec accrue-cli tax-country CC)</translation>
    </message>
    <message>
        <location filename="../app/cli/teamcommands.cpp" line="-108"/>
        <source>copy needs --from BOOK and --to BOOK (a file or a postgresql:// address)</source>
        <translation>copy nécessite --from DOSSIER et --to DOSSIER (un fichier ou une adresse postgresql://)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>copy takes no other arguments</source>
        <translation>copy ne prend pas d&apos;autres arguments</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>  %1: %2 rows so far</source>
        <translation>  %1&#xa0;: %2 lignes jusqu&apos;ici</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Copied %1 rows from %2 to %3 in %4 s; counts and money totals match, audit trail verified (%5 records)</source>
        <translation>%1 lignes copiées de %2 vers %3 en %4 s&#xa0;; les nombres et les totaux monétaires concordent, piste d&apos;audit vérifiée (%5 enregistrements)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>user %1 needs one user name</source>
        <translation>user %1 nécessite un seul nom d&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--role: admin, finance or viewer</source>
        <translation>--role&#xa0;: admin, finance ou viewer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 works as %2</source>
        <translation>%1 travaille en tant que %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 no longer has a role in this book</source>
        <translation>%1 n&apos;a plus de rôle dans ce dossier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command “user %1” (list, add, remove)</source>
        <translation>Commande inconnue «&#xa0;user %1&#xa0;» (list, add, remove)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>password %1 is for server books: --db postgresql://user@host/db</source>
        <translation>password %1 concerne les dossiers sur serveur&#xa0;: --db postgresql://user@host/db</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>password set reads the password with --password-stdin</source>
        <translation>password set lit le mot de passe avec --password-stdin</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No keychain is reachable (no Secret Service on the session bus); nothing was stored. Use ~/.pgpass or PGPASSWORD instead.</source>
        <translation>Aucun trousseau n&apos;est accessible (pas de Secret Service sur le bus de session)&#xa0;; rien n&apos;a été enregistré. Utilisez plutôt ~/.pgpass ou PGPASSWORD.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Password for %1 is in the OS keychain</source>
        <translation>Le mot de passe de %1 est dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password for %1 removed from the OS keychain</source>
        <translation>Mot de passe de %1 supprimé du trousseau du système</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unknown command “password %1” (set, forget)</source>
        <translation>Commande inconnue «&#xa0;password %1&#xa0;» (set, forget)</translation>
    </message>
    <message>
        <location filename="../app/cli/tenantcommands.cpp" line="-43"/>
        <source>There is no customer with the code “%1”</source>
        <translation>Il n&apos;existe aucun client avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>tenant add takes no arguments (--kind, --parent, --name)</source>
        <translation>tenant add ne prend aucun argument (--kind, --parent, --name)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--kind: partner or customer</source>
        <translation>--kind&#xa0;: partner ou customer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tenant add needs --parent ID|NAME and --name NAME</source>
        <translation>tenant add nécessite --parent ID|NOM et --name NOM</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--customer CODE goes with --kind customer, and only with it</source>
        <translation>--customer CODE va avec --kind customer, et seulement avec lui</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenant %1 “%2” (%3) added under “%4”</source>
        <translation>Entité %1 «&#xa0;%2&#xa0;» (%3) ajoutée sous «&#xa0;%4&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>tenant list takes no arguments</source>
        <translation>tenant list ne prend aucun argument</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Tenants</source>
        <translation>Entités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Parent</source>
        <translation>Parent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Depth</source>
        <translation>Profondeur</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>use tenant move CUSTOMER --to TENANT</source>
        <translation>utilisez tenant move CLIENT --to ENTITÉ</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer %1 now belongs to “%2”</source>
        <translation>Le client %1 appartient désormais à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Unknown command “tenant %1” (add, list, move)</source>
        <translation>Commande inconnue «&#xa0;tenant %1&#xa0;» (add, list, move)</translation>
    </message>
    <message>
        <location filename="../core/billing/catalogservice.cpp" line="+43"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1&#xa0;: contient des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location filename="../core/billing/collectionsservice.cpp" line="+30"/>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="+104"/>
        <source>amount: a credit note on %1 must be between 0 and %2</source>
        <translation>montant&#xa0;: un avoir sur %1 doit être compris entre 0 et %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: choose the lines to credit</source>
        <translation>lignes&#xa0;: choisissez les lignes à créditer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>lines: line %1 is named twice</source>
        <translation>lignes&#xa0;: la ligne %1 est indiquée deux fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: invoice %1 has no line %2</source>
        <translation>lignes&#xa0;: la facture %1 n&apos;a pas de ligne %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>lines: line %1 has %2 left to credit</source>
        <translation>lignes&#xa0;: il reste %2 à créditer sur la ligne %1</translation>
    </message>
    <message>
        <location filename="../core/billing/exchangerateservice.cpp" line="+43"/>
        <source>%1: “%2” is not an ISO 4217 currency code</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location filename="../core/billing/journalexportservice.cpp" line="+37"/>
        <source>The %1 export names accounts by Accrue&apos;s chart and needs no mapping</source>
        <translation>L&apos;export %1 désigne les comptes selon le plan comptable d&apos;Accrue et ne nécessite aucune correspondance</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1: contains control characters</source>
        <translation>%1&#xa0;: contient des caractères de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: at most 200 characters</source>
        <translation>%1&#xa0;: 200 caractères au maximum</translation>
    </message>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="+52"/>
        <source>tax country: “%1” is not a two-letter country code (ISO 3166, e.g. DE, US)</source>
        <translation>pays fiscal&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code pays à deux lettres (ISO 3166, p. ex. DE, US)</translation>
    </message>
    <message>
        <location filename="../core/billing/subscriptionservice.cpp" line="+34"/>
        <location line="+12"/>
        <source>plan: no plan with id %1</source>
        <translation>formule&#xa0;: aucune formule avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>plan: %1 is archived and takes no new subscriptions</source>
        <translation>formule&#xa0;: %1 est archivée et n&apos;accepte plus de nouveaux abonnements</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>date: a change can go back to %1, the start of the last period billed, not to %2</source>
        <translation>date&#xa0;: une modification peut remonter au %1, début de la dernière période facturée, pas au %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>licenses: a whole number from 1 to %1, not %2</source>
        <translation>licences&#xa0;: un nombre entier de 1 à %1, pas %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: give a date from %2 to %3</source>
        <translation>%1&#xa0;: indiquez une date du %2 au %3</translation>
    </message>
    <message>
        <location filename="../core/domain/paymentmethodrules.cpp" line="+66"/>
        <source>%1 holds what looks like a full card number; Accrue never stores one (keep the last four digits and the gateway&apos;s reference)</source>
        <translation>%1 contient ce qui ressemble à un numéro de carte complet&#xa0;; Accrue n&apos;en stocke jamais (conservez les quatre derniers chiffres et la référence de la passerelle)</translation>
    </message>
    <message>
        <location filename="../core/domain/periodclose.cpp" line="+50"/>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Blocking</source>
        <translation>Bloquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../core/domain/taxrules.cpp" line="+48"/>
        <source>Zero-rated</source>
        <translation>Taux zéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse charge</source>
        <translation>Autoliquidation</translation>
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

Coordonnées de paiement&#xa0;:
{payment_details}

Si vous avez déjà payé, nous vous en remercions et vous prions de ne pas tenir compte de ce message. Si quelque chose ne va pas dans la facture, répondez simplement à cet e-mail et nous régulariserons la situation.

Cordialement,
{company}
</translation>
    </message>
    <message>
        <location filename="../core/einvoice/einvoicedocument.cpp" line="+35"/>
        <source>VAT ID %1</source>
        <translation>N° de TVA %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax registration %1</source>
        <translation>Immatriculation fiscale %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Registration %1</source>
        <translation>Immatriculation %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Electronic address %1</source>
        <translation>Adresse électronique %1</translation>
    </message>
    <message>
        <location filename="../core/einvoice/ublvalidator.cpp" line="+27"/>
        <source>standard rated (S)</source>
        <translation>taux normal (S)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>zero rated (Z)</source>
        <translation>taux zéro (Z)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>exempt (E)</source>
        <translation>exonéré (E)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reverse charge (AE)</source>
        <translation>autoliquidation (AE)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>intra-community supply (K)</source>
        <translation>livraison intracommunautaire (K)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export outside the EU (G)</source>
        <translation>exportation hors UE (G)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not subject to VAT (O)</source>
        <translation>non soumis à la TVA (O)</translation>
    </message>
    <message>
        <location filename="../core/exchange/customercsv.cpp" line="+24"/>
        <location filename="../core/exchange/productcsv.cpp" line="+82"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+24"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+25"/>
        <source>%1:%2: unknown column “%3” (known: %4)</source>
        <translation>%1:%2&#xa0;: colonne inconnue «&#xa0;%3&#xa0;» (connues&#xa0;: %4)</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../core/exchange/productcsv.cpp" line="+5"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+5"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+5"/>
        <source>%1:%2: the column “%3” appears twice</source>
        <translation>%1:%2&#xa0;: la colonne «&#xa0;%3&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../core/exchange/productcsv.cpp" line="+9"/>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+8"/>
        <location filename="../core/exchange/taxratecsv.cpp" line="+8"/>
        <source>%1:%2: a “%3” column is required</source>
        <translation>%1:%2&#xa0;: une colonne «&#xa0;%3&#xa0;» est requise</translation>
    </message>
    <message>
        <location filename="../core/exchange/productcsv.cpp" line="+18"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2&#xa0;: %3 champs, mais l&apos;en-tête en indique %4</translation>
    </message>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="+44"/>
        <source>no column “%1” in the header (%2)</source>
        <translation>aucune colonne «&#xa0;%1&#xa0;» dans l&apos;en-tête (%2)</translation>
    </message>
    <message>
        <location filename="../core/mail/mailmessage.cpp" line="+35"/>
        <source>%1: line breaks are not allowed in an e-mail header (“%2”)</source>
        <translation>%1&#xa0;: les sauts de ligne ne sont pas autorisés dans un en-tête d&apos;e-mail («&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: control characters are not allowed in an e-mail header</source>
        <translation>%1&#xa0;: les caractères de contrôle ne sont pas autorisés dans un en-tête d&apos;e-mail</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: “%2” is not an e-mail address (name@example.com)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse e-mail (nom@example.com)</translation>
    </message>
    <message>
        <location filename="../core/reports/recognitionreports.cpp" line="+23"/>
        <source>Revenue waterfall</source>
        <translation>Cascade du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue recognised per month (columns) from the invoices of each month (rows), posted or due</source>
        <translation>Chiffre d&apos;affaires comptabilisé par mois (colonnes) à partir des factures de chaque mois (lignes), comptabilisé ou à venir</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred revenue roll-forward</source>
        <translation>Évolution des produits constatés d&apos;avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred revenue per month: opening, billed, recognised, credited, closing (the ledger&apos;s balance)</source>
        <translation>Produits constatés d&apos;avance par mois&#xa0;: ouverture, facturé, comptabilisé, crédité, clôture (le solde du grand livre)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recognition schedule</source>
        <translation>Échéancier de comptabilisation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An invoice&apos;s revenue schedule (--invoice), or those of the invoices issued in the period: dates, amounts, milestones, credit notes, posted or pending</source>
        <translation>L&apos;échéancier de chiffre d&apos;affaires d&apos;une facture (--invoice), ou ceux des factures émises sur la période&#xa0;: dates, montants, jalons, avoirs, comptabilisé ou en attente</translation>
    </message>
    <message>
        <location filename="../core/reports/reportengine.cpp" line="+53"/>
        <source>Monthly revenue</source>
        <translation>Chiffre d&apos;affaires mensuel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced revenue net of tax and credit notes by month; --split module|customer|plan</source>
        <translation>Chiffre d&apos;affaires facturé, hors taxes et net des avoirs, par mois&#xa0;; --split module|customer|plan</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Partner revenue</source>
        <translation>Chiffre d&apos;affaires partenaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed revenue per partner and month: invoices net of tax less credit notes, per currency (&quot;Direct&quot;: the root&apos;s own customers); for commissions</source>
        <translation>Chiffre d&apos;affaires facturé par partenaire et par mois&#xa0;: factures HT moins les avoirs, par devise («&#xa0;Direct&#xa0;»&#xa0;: les clients propres de la racine)&#xa0;; pour les commissions</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue by module</source>
        <translation>Chiffre d&apos;affaires par module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per module (product) with its share of the total</source>
        <translation>Chiffre d&apos;affaires par module (produit) avec sa part du total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue by customer</source>
        <translation>Chiffre d&apos;affaires par client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per customer with its share of the total</source>
        <translation>Chiffre d&apos;affaires par client avec sa part du total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue by plan</source>
        <translation>Chiffre d&apos;affaires par formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per plan with its share of the total</source>
        <translation>Chiffre d&apos;affaires par formule avec sa part du total</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer invoices</source>
        <translation>Factures clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every invoice (of a customer, or all) with status and balance</source>
        <translation>Toutes les factures (d&apos;un client, ou de tous) avec statut et solde</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Statement of account</source>
        <translation>Relevé de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One customer&apos;s charges, payments and credits in a period with the running balance and what is open by age</source>
        <translation>Les débits, paiements et avoirs d&apos;un client sur une période, avec le solde progressif et les encours par ancienneté</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice summary</source>
        <translation>Synthèse des factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices issued in the period counted and summed by status (period close)</source>
        <translation>Factures émises sur la période, comptées et totalisées par statut (clôture de période)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AR aging</source>
        <translation>Balance âgée clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open balances by days past due per customer, with DSO</source>
        <translation>Soldes ouverts par jours de retard et par client, avec le DSO</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Payments received</source>
        <translation>Paiements reçus</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments received in the period, with what is unapplied</source>
        <translation>Paiements reçus sur la période, avec la part non affectée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Payment reconciliation</source>
        <translation>Rapprochement des paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A bank account&apos;s statement against the booked payments, with what is unmatched</source>
        <translation>Le relevé d&apos;un compte bancaire comparé aux paiements comptabilisés, avec ce qui n&apos;est pas rapproché</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Deferred revenue</source>
        <translation>Produits constatés d&apos;avance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The part of invoiced service periods that falls after the date</source>
        <translation>La part des périodes de prestation facturées qui tombe après la date</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Unbilled revenue</source>
        <translation>Factures à établir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service on active subscriptions delivered up to the date and not yet invoiced</source>
        <translation>Prestations des abonnements actifs fournies jusqu&apos;à la date et pas encore facturées</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trial balance</source>
        <translation>Balance générale</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every account&apos;s balance as of the date; debits equal credits</source>
        <translation>Le solde de chaque compte à la date&#xa0;; les débits égalent les crédits</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>General ledger</source>
        <translation>Grand livre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal lines per account with opening, running and closing balance</source>
        <translation>Lignes d&apos;écriture par compte avec solde d&apos;ouverture, progressif et de clôture</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit notes issued in the period with the invoices they correct</source>
        <translation>Avoirs émis sur la période avec les factures qu&apos;ils corrigent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxable amounts and tax by country, region, category and rate, invoices less credit notes, checked against the ledger&apos;s tax payable</source>
        <translation>Bases imposables et TVA par pays, région, catégorie et taux, factures moins avoirs, contrôlées par rapport à la TVA à payer du grand livre</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Customer credit balances</source>
        <translation>Soldes créditeurs clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied over-payments and credit notes per customer</source>
        <translation>Trop-perçus et avoirs non affectés par client</translation>
    </message>
    <message>
        <location filename="../core/reports/statementofaccountreport.cpp" line="+41"/>
        <source>Reversal</source>
        <translation>Contrepassation</translation>
    </message>
    <message>
        <location filename="../core/security/auditlog.cpp" line="+34"/>
        <source>%1 (OS login %2)</source>
        <translation>%1 (session OS %2)</translation>
    </message>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="-5"/>
        <source>reversal of the payment</source>
        <translation>contrepassation du paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>paiement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>credit applied</source>
        <translation>crédit imputé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>revenue recognition</source>
        <translation>comptabilisation du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>journal entry (%1)</source>
        <translation>écriture comptable (%1)</translation>
    </message>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="+25"/>
        <source>COPY needs a PostgreSQL connection</source>
        <translation>COPY nécessite une connexion PostgreSQL</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlitesharing.cpp" line="+139"/>
        <source>another program</source>
        <translation>un autre programme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2)</source>
        <translation>%1 (processus %2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (process %2, user %3)</source>
        <translation>%1 (processus %2, utilisateur %3)</translation>
    </message>
</context>
<context>
    <name>Accrue::AccountingExportPane</name>
    <message>
        <location filename="../ui/dialogs/accountingexportpane.cpp" line="+43"/>
        <source>Tax: %1, %2 %</source>
        <translation>TVA&#xa0;: %1, %2 %</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax: %1 (any rate)</source>
        <translation>TVA&#xa0;: %1 (tout taux)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>QuickBooks reads each account&apos;s full name as in its chart of accounts (Parent:Child for a subaccount).</source>
        <translation>QuickBooks lit le nom complet de chaque compte tel qu&apos;il figure dans son plan comptable (Parent:Enfant pour un sous-compte).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Xero reads each account&apos;s code, and each tax rate&apos;s tax type: its name as in Xero (else its code). A rate without a row of its own uses its category&apos;s.</source>
        <translation>Xero lit le code de chaque compte et, pour chaque taux de TVA, son type de taxe&#xa0;: son nom dans Xero (sinon son code). Un taux sans ligne propre utilise celle de sa catégorie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>NetSuite reads each account&apos;s number; where there is none, its name.</source>
        <translation>NetSuite lit le numéro de chaque compte&#xa0;; à défaut, son nom.</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>E&amp;xport to:</source>
        <translation>E&amp;xporter vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In Accrue</source>
        <translation>Dans Accrue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Number in %1</source>
        <translation>Numéro dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code in %1</source>
        <translation>Code dans %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name in %1</source>
        <translation>Nom dans %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Double-click a cell (or start typing) to change it; Save keeps every format&apos;s changes.</source>
        <translation>Double-cliquez sur une cellule (ou commencez à saisir) pour la modifier&#xa0;; Enregistrer conserve les modifications de chaque format.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only an administrator can change the mapping.</source>
        <translation>Seul un administrateur peut modifier la correspondance.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Mapped</source>
        <translation>Associé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not mapped</source>
        <translation>Non associé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As %1</source>
        <translation>Comme %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 writes “%2”</source>
        <translation>%1 écrit «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An export that uses it stops before writing anything</source>
        <translation>Un export qui l&apos;utilise s&apos;arrête avant d&apos;écrire quoi que ce soit</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: accounts mapped: %2 of %3</source>
        <translation>%1&#xa0;: comptes associés&#xa0;: %2 sur %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; tax rates mapped: %1 of %2</source>
        <translation>; taux de TVA associés&#xa0;: %1 sur %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An export stops before writing anything while an account or tax rate it uses is not mapped, and names each one.</source>
        <translation>Un export s&apos;arrête avant d&apos;écrire quoi que ce soit tant qu&apos;un compte ou un taux de TVA qu&apos;il utilise n&apos;est pas associé, et indique chacun d&apos;eux.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Accounting Export, %1: %2</source>
        <translation>Export comptable, %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::AgingReport</name>
    <message>
        <location filename="../core/reports/agingreport.cpp" line="+32"/>
        <source>Current</source>
        <translation>Non échu</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO (days)</source>
        <translation>DSO (jours)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>AR aging as of %1</source>
        <translation>Balance âgée clients au %1</translation>
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
        <translation>la piste d&apos;audit</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditCheckpoint</name>
    <message>
        <location filename="../core/billing/auditcheckpoints.cpp" line="+72"/>
        <source>no checkpoint line (accrue-audit-checkpoint 1 book=… records=… head=… at=… hmac-sha256=…) in it</source>
        <translation>aucune ligne de point de contrôle (accrue-audit-checkpoint 1 book=… records=… head=… at=… hmac-sha256=…) dedans</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditCheckpoints</name>
    <message>
        <location line="+14"/>
        <source>there is no OS keychain to keep the checkpoint key in</source>
        <translation>il n&apos;y a pas de trousseau système où conserver la clé du point de contrôle</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the keychain could not be read for the checkpoint key</source>
        <translation>le trousseau n&apos;a pas pu être lu pour la clé du point de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>this keychain holds no checkpoint key for book %1 (checkpoints are signed with the key of the keychain that made them)</source>
        <translation>ce trousseau ne contient aucune clé de point de contrôle pour le dossier %1 (les points de contrôle sont signés avec la clé du trousseau qui les a créés)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the checkpoint key could not be stored in the keychain</source>
        <translation>la clé du point de contrôle n&apos;a pas pu être enregistrée dans le trousseau</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>make audit checkpoints</source>
        <translation>créer des points de contrôle d&apos;audit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The checkpoint is unsigned: %1</source>
        <translation>Le point de contrôle n&apos;est pas signé&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the checkpoint is of book %1; this is book %2</source>
        <translation>le point de contrôle concerne le dossier %1&#xa0;; celui-ci est le dossier %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the checkpoint&apos;s signature does not match: the line was altered or signed with another key</source>
        <translation>la signature du point de contrôle ne correspond pas&#xa0;: la ligne a été modifiée ou signée avec une autre clé</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the checkpoint is unsigned, but this keychain holds the book&apos;s checkpoint key: the line was altered</source>
        <translation>le point de contrôle n&apos;est pas signé, mais ce trousseau contient la clé de point de contrôle du dossier&#xa0;: la ligne a été modifiée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the trail holds %1 records but the checkpoint of %2 saw %3: records at the end were removed</source>
        <translation>la piste contient %1 enregistrements mais le point de contrôle de %2 en a vu %3&#xa0;: des enregistrements de fin ont été supprimés</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>record %1 is not the one the checkpoint of %2 saw: the trail was rewritten</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas celui qu&apos;a vu le point de contrôle de %2&#xa0;: la piste a été réécrite</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditLog</name>
    <message>
        <location filename="../core/security/auditlog.cpp" line="+105"/>
        <source>record %1 is missing (next found is %2): a row was deleted</source>
        <translation>l&apos;enregistrement %1 est manquant (le suivant trouvé est %2)&#xa0;: une ligne a été supprimée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>record %1 does not link to record %2</source>
        <translation>l&apos;enregistrement %1 n&apos;est pas lié à l&apos;enregistrement %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>record %1 (%2 %3 %4, by %5) was altered after it was written</source>
        <translation>l&apos;enregistrement %1 (%2 %3 %4, par %5) a été modifié après son écriture</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>verification cancelled after %1 of %2 records</source>
        <translation>vérification annulée après %1 enregistrements sur %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the trail ends at record %1 but %2 records were written: records at the end were deleted</source>
        <translation>la piste se termine à l&apos;enregistrement %1 mais %2 enregistrements ont été écrits&#xa0;: des enregistrements de fin ont été supprimés</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditLogDialog</name>
    <message>
        <location filename="../ui/dialogs/auditlogdialog.cpp" line="+58"/>
        <location line="+171"/>
        <location line="+52"/>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="-201"/>
        <location line="+216"/>
        <source>Choose a record to see what it changed.</source>
        <translation>Choisissez un enregistrement pour voir ce qu&apos;il a modifié.</translation>
    </message>
    <message>
        <location line="-211"/>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Verify…</source>
        <translation>&amp;Vérifier…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Check that no record was altered, removed or reordered, and prove the books (totals, allocations, journal, monthly balances) against the trail</source>
        <translation>Vérifier qu&apos;aucun enregistrement n&apos;a été modifié, supprimé ou réordonné, et prouver les comptes (totaux, affectations, journal, soldes mensuels) par rapport à la piste</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Any</source>
        <translation>Tous</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The record&apos;s id, as the entity names it (an invoice&apos;s is its internal number, not the invoice number)</source>
        <translation>L&apos;identifiant de l&apos;enregistrement, tel que l&apos;entité le nomme (celui d&apos;une facture est son numéro interne, pas le numéro de facture)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Any day</source>
        <translation>N&apos;importe quel jour</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Search actions, ids and values…</source>
        <translation>Rechercher des actions, identifiants et valeurs…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E&amp;ntity:</source>
        <translation>E&amp;ntité&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Record:</source>
        <translation>&amp;Enregistrement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;To:</source>
        <translation>&amp;Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>All users</source>
        <translation>Tous les utilisateurs</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All entities</source>
        <translation>Toutes les entités</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Audit Log — %1 %2</source>
        <translation>Journal d&apos;audit — %1 %2</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln enregistrement</numerusform>
            <numerusform>%Ln enregistrements</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Record %1: %2 on %3 %4, by %5 at %6</source>
        <translation>Enregistrement %1&#xa0;: %2 sur %3 %4, par %5 à %6</translation>
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
        <translation>Modifié</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+11"/>
        <source>Export Audit Log</source>
        <translation>Exporter le journal d&apos;audit</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Verifying the audit trail…</source>
        <translation>Vérification de la piste d&apos;audit…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+35"/>
        <location line="+14"/>
        <source>Verify Audit Trail</source>
        <translation>Vérifier la piste d&apos;audit</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The audit trail is intact: %Ln record(s) verified.</source>
        <translation>
            <numerusform>La piste d&apos;audit est intacte&#xa0;: %Ln enregistrement vérifié.</numerusform>
            <numerusform>La piste d&apos;audit est intacte&#xa0;: %Ln enregistrements vérifiés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>The books agree with it: %Ln stored row(s) proved (documents and their lines, allocations, journal entries and monthly balances).</source>
        <translation>
            <numerusform>Les comptes concordent avec elle&#xa0;: %Ln ligne stockée prouvée (documents et leurs lignes, affectations, écritures comptables et soldes mensuels).</numerusform>
            <numerusform>Les comptes concordent avec elle&#xa0;: %Ln lignes stockées prouvées (documents et leurs lignes, affectations, écritures comptables et soldes mensuels).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The audit trail is broken at record %1.</source>
        <translation>La piste d&apos;audit est rompue à l&apos;enregistrement %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Show Record %1</source>
        <translation>Afficher l&apos;enregistrement %1</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The audit trail is intact, but %Ln stored value(s) disagree with what they derive from or with the audit trail.</source>
        <translation>
            <numerusform>La piste d&apos;audit est intacte, mais %Ln valeur stockée diverge de ce dont elle dérive ou de la piste d&apos;audit.</numerusform>
            <numerusform>La piste d&apos;audit est intacte, mais %Ln valeurs stockées divergent de ce dont elles dérivent ou de la piste d&apos;audit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTableModel</name>
    <message>
        <location filename="../ui/models/audittablemodel.cpp" line="+57"/>
        <source>%1 (OS login %2)</source>
        <translation>%1 (session OS %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 UTC</source>
        <translation>%1 UTC</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTrail</name>
    <message>
        <location filename="../core/queries/audittrail.cpp" line="+18"/>
        <source>the audit trail</source>
        <translation>la piste d&apos;audit</translation>
    </message>
</context>
<context>
    <name>Accrue::AuditTrailReport</name>
    <message>
        <location filename="../core/reports/audittrailreport.cpp" line="+27"/>
        <source>the audit trail</source>
        <translation>la piste d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Audit trail</source>
        <translation>Piste d&apos;audit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>At (UTC)</source>
        <translation>Le (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>OS login</source>
        <translation>Session OS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entity</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Record id</source>
        <translation>Id de l&apos;enregistrement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>After</source>
        <translation>Après</translation>
    </message>
</context>
<context>
    <name>Accrue::BankCsvMapping</name>
    <message>
        <location filename="../core/exchange/bankcsvmapping.cpp" line="+71"/>
        <source>say which column holds the date</source>
        <translation>indiquez quelle colonne contient la date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>say which column holds the amount, or which hold debit and credit</source>
        <translation>indiquez quelle colonne contient le montant, ou lesquelles contiennent le débit et le crédit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>give the statement&apos;s currency (ISO 4217) or its column</source>
        <translation>indiquez la devise du relevé (ISO 4217) ou sa colonne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the decimal separator is . or ,</source>
        <translation>le séparateur décimal est . ou ,</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>header rows cannot be negative</source>
        <translation>le nombre de lignes d&apos;en-tête ne peut pas être négatif</translation>
    </message>
</context>
<context>
    <name>Accrue::BankImportService</name>
    <message>
        <location filename="../core/billing/bankimportservice.cpp" line="+36"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>import bank statements</source>
        <translation>importer des relevés bancaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the bank record</source>
        <translation>l&apos;enregistrement bancaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: a CSV statement needs a mapping (--mapping NAME; save one with `accrue-cli bank mapping FILE.json`)</source>
        <translation>%1&#xa0;: un relevé CSV nécessite une correspondance (--mapping NOM&#xa0;; enregistrez-en une avec `accrue-cli bank mapping FICHIER.json`)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1:%2: currency: %3 in an account kept in %4</source>
        <translation>%1:%2&#xa0;: devise&#xa0;: %3 dans un compte tenu en %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>save bank file layouts</source>
        <translation>enregistrer des formats de fichiers bancaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A CSV mapping needs a name (the bank&apos;s)</source>
        <translation>Une correspondance CSV nécessite un nom (celui de la banque)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The mapping “%1” is incomplete: %2</source>
        <translation>La correspondance «&#xa0;%1&#xa0;» est incomplète&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>There is no saved CSV mapping “%1”</source>
        <translation>Il n&apos;existe aucune correspondance CSV enregistrée «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Accrue::BankLineTableModel</name>
    <message>
        <location filename="../ui/models/banklinetablemodel.cpp" line="+19"/>
        <source>Unmatched</source>
        <translation>Non rapproché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Matched</source>
        <translation>Rapproché</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why</source>
        <translation>Motif</translation>
    </message>
</context>
<context>
    <name>Accrue::BankLinesPanel</name>
    <message>
        <location filename="../ui/pages/banklinespanel.cpp" line="+52"/>
        <source>&amp;Import Statement…</source>
        <translation>&amp;Importer un relevé…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+102"/>
        <source>Import Bank Statement</source>
        <translation>Importer un relevé bancaire</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Bank statements (*.csv *.txt *.ofx *.qfx *.xml);;All files (*)</source>
        <translation>Relevés bancaires (*.csv *.txt *.ofx *.qfx *.xml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Auto-match</source>
        <translation>Rapprochement &amp;auto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A&amp;ccept</source>
        <translation>A&amp;ccepter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reject</source>
        <translation>&amp;Rejeter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Match by &amp;Hand…</source>
        <translation>Rapprocher &amp;manuellement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I&amp;gnore…</source>
        <translation>I&amp;gnorer…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Unmatch</source>
        <translation>&amp;Dérapprocher</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>All lines</source>
        <translation>Toutes les lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatched</source>
        <translation>Non rapproché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed</source>
        <translation>Proposé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Matched</source>
        <translation>Rapproché</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ignored</source>
        <translation>Ignoré</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Show:</source>
        <translation>Afficher&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <location line="+30"/>
        <location line="+2"/>
        <source>%Ln bank line(s)</source>
        <translation>
            <numerusform>%Ln ligne bancaire</numerusform>
            <numerusform>%Ln lignes bancaires</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: read %2, new %3, duplicates %4</source>
        <translation>%1&#xa0;: lues %2, nouvelles %3, doublons %4</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Examined %1 lines: %2 proposals (%3 ambiguous)</source>
        <translation>%1 lignes examinées&#xa0;: %2 propositions (%3 ambiguës)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Auto-match</source>
        <translation>Rapprochement automatique</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Line #%1: %2</source>
        <translation>Ligne n° %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bank lines</source>
        <translation>Lignes bancaires</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Which Invoice?</source>
        <translation>Quelle facture&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 from “%2” (%3) could pay any of these invoices. Which one does it pay?</source>
        <translation>%1 de «&#xa0;%2&#xa0;» (%3) pourrait régler n&apos;importe laquelle de ces factures. Laquelle règle-t-il&#xa0;?</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Ignore Bank Lines</source>
        <translation>Ignorer des lignes bancaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why (bank fee, own transfer, …):</source>
        <translation>Motif (frais bancaires, virement interne, …)&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Unmatch</source>
        <translation>Dérapprocher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unmatch the selected lines? Their payments are reversed.</source>
        <translation>Dérapprocher les lignes sélectionnées&#xa0;? Leurs paiements seront contrepassés.</translation>
    </message>
</context>
<context>
    <name>Accrue::BankRepository</name>
    <message>
        <location filename="../core/storage/bankrepository.cpp" line="+22"/>
        <source>the bank record</source>
        <translation>l&apos;enregistrement bancaire</translation>
    </message>
    <message>
        <location line="+76"/>
        <source>Bank account %1 is in %2, the statement in %3</source>
        <translation>Le compte bancaire %1 est en %2, le relevé en %3</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingPreviewModel</name>
    <message>
        <location filename="../ui/models/billingpreviewmodel.cpp" line="+41"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing key</source>
        <translation>Clé de facturation</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingProfileDialog</name>
    <message>
        <location filename="../ui/dialogs/billingprofiledialog.cpp" line="+48"/>
        <source>New Billing Profile</source>
        <translation>Nouveau profil de facturation</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Billing Profile %1</source>
        <translation>Profil de facturation %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address &amp;line 2:</source>
        <translation>Adresse &amp;ligne 2&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Postal code:</source>
        <translation>Code &amp;postal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;City:</source>
        <translation>&amp;Ville&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;State/province:</source>
        <translation>É&amp;tat/province&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>C&amp;ountry (ISO):</source>
        <translation>Pa&amp;ys (ISO)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Con&amp;tact:</source>
        <translation>Con&amp;tact&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact &amp;e-mail:</source>
        <translation>&amp;E-mail du contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact p&amp;hone:</source>
        <translation>&amp;Téléphone du contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>With the country, it chooses the tax rates of this profile&apos;s invoices</source>
        <translation>Avec le pays, détermine les taux de TVA des factures de ce profil</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>None</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Default &amp;payment method:</source>
        <translation>&amp;Moyen de paiement par défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Where e-invoices to this profile go (PEPPOL): an EAS scheme and an identifier, as SCHEME:ID</source>
        <translation>Destination des factures électroniques de ce profil (PEPPOL)&#xa0;: un schéma EAS et un identifiant, sous la forme SCHÉMA:ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Electronic address (&amp;e-invoices):</source>
        <translation>Adresse électronique (factures &amp;électroniques)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s &amp;default billing profile</source>
        <translation>Profil de facturation par &amp;défaut du client</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingProfilesPanel</name>
    <message>
        <location filename="../ui/pages/billingprofilespanel.cpp" line="+29"/>
        <location line="+55"/>
        <source>Default</source>
        <translation>Par défaut</translation>
    </message>
    <message>
        <location line="-55"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>City</source>
        <translation>Ville</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region / state</source>
        <translation>Région / État</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment method</source>
        <translation>Moyen de paiement</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Add Profile…</source>
        <translation>Ajouter un profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Edit Profile…</source>
        <translation>Modifier le profil…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+126"/>
        <source>Make Default</source>
        <translation>Définir par défaut</translation>
    </message>
    <message>
        <location line="-125"/>
        <source>Remove Profile</source>
        <translation>Supprimer le profil</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Added billing profile %1</source>
        <translation>Profil de facturation %1 ajouté</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Saved billing profile %1</source>
        <translation>Profil de facturation %1 enregistré</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is now the default billing profile</source>
        <translation>%1 est désormais le profil de facturation par défaut</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+7"/>
        <source>Remove Billing Profile</source>
        <translation>Supprimer le profil de facturation</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Remove the billing profile %1?</source>
        <translation>Supprimer le profil de facturation %1&#xa0;?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Removed billing profile %1</source>
        <translation>Profil de facturation %1 supprimé</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingRun</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="+494"/>
        <source>run billing</source>
        <translation>lancer la facturation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>date: give the date to bill up to</source>
        <translation>date&#xa0;: indiquez la date jusqu&apos;à laquelle facturer</translation>
    </message>
    <message>
        <location line="+45"/>
        <location line="+18"/>
        <source>Subscription %1: %2</source>
        <translation>Abonnement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::BillingRunDialog</name>
    <message>
        <location filename="../ui/dialogs/billingrundialog.cpp" line="+29"/>
        <source>&amp;Issue the invoices (otherwise they stay drafts)</source>
        <translation>É&amp;mettre les factures (sinon elles restent en brouillon)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Preview</source>
        <translation>A&amp;perçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Run Billing</source>
        <translation>&amp;Lancer la facturation</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+22"/>
        <source>Billing Run</source>
        <translation>Cycle de facturation</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>Preview shows the invoices and credit notes the run will make.</source>
        <translation>L&apos;aperçu montre les factures et avoirs que le cycle va créer.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bill what is due on:</source>
        <translation>Facturer ce qui est échu au&#xa0;:</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Make these documents now?</source>
        <translation>Créer ces documents maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Working…</source>
        <translation>Traitement…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Nothing is due on %1: every period and change up to it is billed.</source>
        <translation>Rien n&apos;est échu au %1&#xa0;: chaque période et modification jusqu&apos;à cette date est facturée.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <location line="+41"/>
        <source>%Ln credit note(s)</source>
        <translation>
            <numerusform>%Ln avoir</numerusform>
            <numerusform>%Ln avoirs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-38"/>
        <source>for %Ln subscription(s), net of tax.</source>
        <translation>
            <numerusform>pour %Ln abonnement, hors taxes.</numerusform>
            <numerusform>pour %Ln abonnements, hors taxes.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The table shows the first %L1.</source>
        <translation>Le tableau affiche les %L1 premiers.</translation>
    </message>
    <message numerus="yes">
        <location line="+35"/>
        <source>Made %Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture créée</numerusform>
            <numerusform>%Ln factures créées</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(invoices issued).</source>
        <translation>(factures émises).</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(invoices left as drafts).</source>
        <translation>(factures laissées en brouillon).</translation>
    </message>
</context>
<context>
    <name>Accrue::BookCopier</name>
    <message>
        <location filename="../core/billing/booktransfer.cpp" line="+17"/>
        <source>The copied audit trail does not verify at record %1: %2</source>
        <translation>La piste d&apos;audit copiée ne se vérifie pas à l&apos;enregistrement %1&#xa0;: %2</translation>
    </message>
    <message>
        <location filename="../core/storage/bookcopier.cpp" line="+66"/>
        <source>%1 is at schema %2 and %3 at schema %4; open both with this version of Accrue first (accrue-cli init)</source>
        <translation>%1 est au schéma %2 et %3 au schéma %4&#xa0;; ouvrez d&apos;abord les deux avec cette version d&apos;Accrue (accrue-cli init)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The book has a table this copy does not know: %1</source>
        <translation>Le dossier contient une table que cette copie ne connaît pas&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 already holds a book (%2 rows in %3); copy into a new, empty one</source>
        <translation>%1 contient déjà un dossier (%2 lignes dans %3)&#xa0;; copiez vers un dossier neuf et vide</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>%1.%2 is missing in %3</source>
        <translation>%1.%2 est absent de %3</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>The copy differs from the source in %1 (%2: %3 here, %4 there)</source>
        <translation>La copie diffère de la source dans %1 (%2&#xa0;: %3 ici, %4 là-bas)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The copy holds unbalanced journal entries</source>
        <translation>La copie contient des écritures comptables déséquilibrées</translation>
    </message>
</context>
<context>
    <name>Accrue::BookProof</name>
    <message>
        <location filename="../core/security/bookproof.cpp" line="+452"/>
        <source>Reading the audit records of documents</source>
        <translation>Lecture des enregistrements d&apos;audit des documents</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading invoice lines</source>
        <translation>Lecture des lignes de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reading allocations and write-offs</source>
        <translation>Lecture des affectations et des passages en perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving invoices</source>
        <translation>Vérification des factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving credit notes</source>
        <translation>Vérification des avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving payments</source>
        <translation>Vérification des paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving journal entries</source>
        <translation>Vérification des écritures comptables</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proving monthly balances</source>
        <translation>Vérification des soldes mensuels</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
</context>
<context>
    <name>Accrue::BookSetup</name>
    <message>
        <location filename="../core/billing/booksetup.cpp" line="+31"/>
        <source>Choose the company&apos;s currency (ISO 4217), not “%1”.</source>
        <translation>Choisissez la devise de la société (ISO 4217), pas «&#xa0;%1&#xa0;».</translation>
    </message>
</context>
<context>
    <name>Accrue::BulkWriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/bulkwriteoffdialog.cpp" line="+37"/>
        <source>Write Off %1+ Days Past Due</source>
        <translation>Passer en perte les factures échues depuis %1+ jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days past due</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Reason (required), e.g. year-end clean-up of bad debts</source>
        <translation>Motif (obligatoire), p. ex. apurement des créances irrécouvrables en fin d&apos;exercice</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open invoices more than %1 days past due on %2. Untick those to keep; the rest are written off to Bad debts, each with its own audit record.</source>
        <translation>Factures ouvertes échues depuis plus de %1 jours au %2. Décochez celles à conserver&#xa0;; les autres sont passées en perte (créances irrécouvrables), chacune avec son propre enregistrement d&apos;audit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Write Off…</source>
        <translation>&amp;Passer en perte…</translation>
    </message>
    <message numerus="yes">
        <location line="+67"/>
        <source>%Ln invoice(s) chosen: %1 would be written off, dated %2.</source>
        <translation>
            <numerusform>%Ln facture choisie&#xa0;: %1 serait passé en perte, à la date du %2.</numerusform>
            <numerusform>%Ln factures choisies&#xa0;: %1 serait passé en perte, à la date du %2.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>Wrote off %Ln invoice(s), %1 in all.</source>
        <translation>
            <numerusform>%Ln facture passée en perte, %1 au total.</numerusform>
            <numerusform>%Ln factures passées en perte, %1 au total.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reason: enter why these invoices are written off</source>
        <translation>Motif&#xa0;: indiquez pourquoi ces factures sont passées en perte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Write them off now? This cannot be undone.</source>
        <translation>Les passer en perte maintenant&#xa0;? Cette opération est irréversible.</translation>
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
        <translation>Nom</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax category</source>
        <translation>Catégorie de TVA</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Recognition</source>
        <translation>Comptabilisation</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+3"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pricing</source>
        <translation>Tarification</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show &amp;archived</source>
        <translation>Afficher les &amp;archivés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Products and Plans</source>
        <translation>Produits et formules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products</source>
        <translation>&amp;Produits</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;lans</source>
        <translation>&amp;Formules</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;New…</source>
        <translation>&amp;Nouveau…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A&amp;rchive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;store</source>
        <translation>Re&amp;staurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message numerus="yes">
        <location line="+39"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Archive</source>
        <translation>Archiver</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore</source>
        <translation>Restaurer</translation>
    </message>
</context>
<context>
    <name>Accrue::CatalogService</name>
    <message>
        <location filename="../core/billing/catalogservice.cpp" line="+88"/>
        <source>revenue_account: no account with the code “%1”</source>
        <translation>revenue_account&#xa0;: aucun compte avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>revenue_account: %1 %2 is an account of type %3, not revenue</source>
        <translation>revenue_account&#xa0;: %1 %2 est un compte de type %3, pas un compte de produits</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No such product</source>
        <translation>Produit introuvable</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No such plan</source>
        <translation>Formule introuvable</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>code: enter a product code</source>
        <translation>code&#xa0;: saisissez un code produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the product&apos;s name</source>
        <translation>name&#xa0;: saisissez le nom du produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: choose the product&apos;s currency (an ISO 4217 code)</source>
        <translation>currency&#xa0;: choisissez la devise du produit (un code ISO 4217)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unit_price: the price is not in the product&apos;s currency %1</source>
        <translation>unit_price&#xa0;: le prix n&apos;est pas dans la devise du produit, %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unit_price: %1 is not a price (zero or more)</source>
        <translation>unit_price&#xa0;: %1 n&apos;est pas un prix (zéro ou plus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unit: name what is sold (unit, seat, user, GB, hour …)</source>
        <translation>unit&#xa0;: indiquez ce qui est vendu (unité, poste, utilisateur, Go, heure …)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>tax_category: “%1” is not one of %2</source>
        <translation>tax_category&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>recognition: “%1” is not one of %2</source>
        <translation>recognition&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>revenue_account: no such account</source>
        <translation>revenue_account&#xa0;: compte introuvable</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>code: enter a plan code</source>
        <translation>code&#xa0;: saisissez un code de formule</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the plan&apos;s name</source>
        <translation>name&#xa0;: saisissez le nom de la formule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product: choose the product the plan bills</source>
        <translation>product&#xa0;: choisissez le produit que la formule facture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>product: %1 is archived; restore it to make plans for it</source>
        <translation>product&#xa0;: %1 est archivé&#xa0;; restaurez-le pour lui créer des formules</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: choose the plan&apos;s currency (an ISO 4217 code)</source>
        <translation>currency&#xa0;: choisissez la devise de la formule (un code ISO 4217)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>period: a plan bills monthly, quarterly or annually (1, 3 or 12 months), not every %1 months</source>
        <translation>period&#xa0;: une formule facture mensuellement, trimestriellement ou annuellement (1, 3 ou 12 mois), pas tous les %1 mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>price: the price is not in the plan&apos;s currency %1</source>
        <translation>price&#xa0;: le prix n&apos;est pas dans la devise de la formule, %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>price: %1 is not a price (zero or more)</source>
        <translation>price&#xa0;: %1 n&apos;est pas un prix (zéro ou plus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>trial_days: between 0 and 366 days</source>
        <translation>trial_days&#xa0;: entre 0 et 366 jours</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>tiers: %1</source>
        <translation>tiers&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>create products</source>
        <translation>créer des produits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a product with the code “%1” exists already</source>
        <translation>code&#xa0;: un produit avec le code «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit products</source>
        <translation>modifier des produits</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>archive products</source>
        <translation>archiver des produits</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore products</source>
        <translation>restaurer des produits</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>create plans</source>
        <translation>créer des formules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a plan with the code “%1” exists already</source>
        <translation>code&#xa0;: une formule avec le code «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>edit plans</source>
        <translation>modifier des formules</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>price: %1 bills %2 subscription(s); make a new plan with the new price and change them to it</source>
        <translation>price&#xa0;: %1 facture %2 abonnement(s)&#xa0;; créez une nouvelle formule avec le nouveau prix et basculez-les dessus</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>archive plans</source>
        <translation>archiver des formules</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore plans</source>
        <translation>restaurer des formules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The plan&apos;s product %1 is archived; restore it first</source>
        <translation>Le produit %1 de la formule est archivé&#xa0;; restaurez-le d&apos;abord</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>import products</source>
        <translation>importer des produits</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import plans</source>
        <translation>importer des formules</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>product: no product with the code “%1”</source>
        <translation>product&#xa0;: aucun produit avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Accrue::ChartPalette</name>
    <message>
        <location filename="../ui/widgets/chartpalette.cpp" line="+160"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>Accrue::ChartView</name>
    <message>
        <location filename="../ui/widgets/chartview.cpp" line="+32"/>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
</context>
<context>
    <name>Accrue::CheckpointRepository</name>
    <message>
        <location filename="../core/storage/checkpointrepository.cpp" line="+22"/>
        <source>%1 has no book identity (setting book.id)</source>
        <translation>%1 n&apos;a pas d&apos;identité de dossier (paramètre book.id)</translation>
    </message>
</context>
<context>
    <name>Accrue::Cli</name>
    <message numerus="yes">
        <location filename="../app/cli/catalogcommands.cpp" line="-78"/>
        <source>%n unit(s) a period</source>
        <translation>
            <numerusform>%n unité par période</numerusform>
            <numerusform>%n unités par période</numerusform>
        </translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Imported %n product(s)</source>
        <translation>%n produit(s) importé(s)</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Imported %n plan(s)</source>
        <translation>%n formule(s) importée(s)</translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/customercommands.cpp" line="-60"/>
        <source>Imported %n customer(s)</source>
        <translation>
            <numerusform>%n client importé</numerusform>
            <numerusform>%n clients importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/exportcommands.cpp" line="-58"/>
        <source>%n mapping(s) changed</source>
        <translation>
            <numerusform>%n correspondance modifiée</numerusform>
            <numerusform>%n correspondances modifiées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/subscriptioncommands.cpp" line="-97"/>
        <source>Imported %n subscription(s)</source>
        <translation>
            <numerusform>%n abonnement importé</numerusform>
            <numerusform>%n abonnements importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../app/cli/taxcommands.cpp" line="-34"/>
        <source>Imported %n tax rate(s)</source>
        <translation>
            <numerusform>%n taux de TVA importé</numerusform>
            <numerusform>%n taux de TVA importés</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::CliApp</name>
    <message>
        <location filename="../app/cli/cliapp.cpp" line="+511"/>
        <source>Accrue billing and receivables, from the command line.</source>
        <translation>Facturation et créances clients Accrue, en ligne de commande.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>init | demo | invoice list | invoice show NUMBER | invoice create FILE.json|FILE.csv (a line&apos;s optional recognition: point_in_time|ratably|as_delivered|milestone) | invoice issue ID | invoice pay NUMBER | invoice pdf | credit-note create | credit-note pdf NUMBER --out FILE | report list | report NAME | import bank FILE | import gateway FILE | bank list | bank mapping FILE.json | reconcile auto|accept|reject|ignore|unmatch | audit verify [--checkpoint FILE]|list|checkpoint [-o FILE] | copy --from BOOK --to BOOK | user list | user add NAME --role R [--tenant T] | user remove NAME | tenant add --kind partner|customer --parent T --name N [--customer CODE] | tenant list | tenant move CUSTOMER --to T | password set|forget | customer add|edit|list|show|archive|restore|delete|import FILE.csv | payment-method add|list | product add|edit|list|show|archive|restore|import FILE.csv | plan add|edit|list|show|archive|restore|import FILE.csv | tax-rate add|list|end ID --to D|import FILE.csv | tax-country [CC] | company show|set | subscription add|change|pause|resume|cancel|list|show|import | billing run | rate add BASE QUOTE RATE|list|import FILE | receipt list|show NUMBER|pdf NUMBER --out FILE | invoice dispute NUMBER --reason R | invoice dispute-note NUMBER --note N | invoice resolve-dispute NUMBER --by credit-note|write-off|withdrawn | invoice write-off NUMBER --reason R | write-off --older-than 90 --as-of D --reason R | invoice send NUMBER|--status S [--eml DIR] | receipt send NUMBER [--eml DIR] | credit-note send NUMBER [--eml DIR] | mail outbox|deliver|retry ID|test --to ADDR | mail settings show|set | mail password set|forget | dunning run [--dry-run] [--date D] | dunning steps show|set FILE.json | dunning flagged | dunning clear-flag NUMBER [--note T] | recognize --through D [--dry-run] | usage add --customer C --product P --quantity Q | milestone define|done|list NUMBER --line N | export journal --format iif|xero|netsuite|ledger [--from D --to D] [--currency C] -o FILE | export mapping show|set --format iif|xero|netsuite [FILE.csv] | export ubl NUMBER -o FILE.xml (an EN 16931 / PEPPOL BIS 3 e-invoice) | import ubl FILE.xml --pdf OUT.pdf | close-period YYYY-MM [--dry-run] (exit codes: 0 closed or nothing blocks the dry run, 1 error, 2 usage, 3 the checklist blocks, 4 already closed) | reopen-period YYYY-MM --reason TEXT (Admin) | periods</source>
        <translation>init | demo | invoice list | invoice show NUMÉRO | invoice create FICHIER.json|FICHIER.csv (comptabilisation facultative d&apos;une ligne&#xa0;: point_in_time|ratably|as_delivered|milestone) | invoice issue ID | invoice pay NUMÉRO | invoice pdf | credit-note create | credit-note pdf NUMÉRO --out FICHIER | report list | report NOM | import bank FICHIER | import gateway FICHIER | bank list | bank mapping FICHIER.json | reconcile auto|accept|reject|ignore|unmatch | audit verify [--checkpoint FICHIER]|list|checkpoint [-o FICHIER] | copy --from DOSSIER --to DOSSIER | user list | user add NOM --role R [--tenant T] | user remove NOM | tenant add --kind partner|customer --parent T --name N [--customer CODE] | tenant list | tenant move CLIENT --to T | password set|forget | customer add|edit|list|show|archive|restore|delete|import FICHIER.csv | payment-method add|list | product add|edit|list|show|archive|restore|import FICHIER.csv | plan add|edit|list|show|archive|restore|import FICHIER.csv | tax-rate add|list|end ID --to D|import FICHIER.csv | tax-country [CC] | company show|set | subscription add|change|pause|resume|cancel|list|show|import | billing run | rate add BASE COTATION TAUX|list|import FICHIER | receipt list|show NUMÉRO|pdf NUMÉRO --out FICHIER | invoice dispute NUMÉRO --reason R | invoice dispute-note NUMÉRO --note N | invoice resolve-dispute NUMÉRO --by credit-note|write-off|withdrawn | invoice write-off NUMÉRO --reason R | write-off --older-than 90 --as-of D --reason R | invoice send NUMÉRO|--status S [--eml DOSSIER] | receipt send NUMÉRO [--eml DOSSIER] | credit-note send NUMÉRO [--eml DOSSIER] | mail outbox|deliver|retry ID|test --to ADRESSE | mail settings show|set | mail password set|forget | dunning run [--dry-run] [--date D] | dunning steps show|set FICHIER.json | dunning flagged | dunning clear-flag NUMÉRO [--note T] | recognize --through D [--dry-run] | usage add --customer C --product P --quantity Q | milestone define|done|list NUMÉRO --line N | export journal --format iif|xero|netsuite|ledger [--from D --to D] [--currency C] -o FICHIER | export mapping show|set --format iif|xero|netsuite [FICHIER.csv] | export ubl NUMÉRO -o FICHIER.xml (une facture électronique EN 16931 / PEPPOL BIS 3) | import ubl FICHIER.xml --pdf SORTIE.pdf | close-period YYYY-MM [--dry-run] (codes de sortie&#xa0;: 0 clôturé ou rien ne bloque la simulation, 1 erreur, 2 usage, 3 la liste de contrôle bloque, 4 déjà clôturé) | reopen-period YYYY-MM --reason TEXTE (Admin) | periods</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>No command given (try --help)</source>
        <translation>Aucune commande indiquée (essayez --help)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>There is no report “%1”. Reports: %2</source>
        <translation>Il n&apos;existe aucun rapport «&#xa0;%1&#xa0;». Rapports&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” needs a subcommand (try --help)</source>
        <translation>«&#xa0;%1&#xa0;» nécessite une sous-commande (essayez --help)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command “%1 %2”</source>
        <translation>Commande inconnue «&#xa0;%1 %2&#xa0;»</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unknown command “%1” (try --help)</source>
        <translation>Commande inconnue «&#xa0;%1&#xa0;» (essayez --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Option --%1 does not apply to “%2”</source>
        <translation>L&apos;option --%1 ne s&apos;applique pas à «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+124"/>
        <source>Unknown command (try --help)</source>
        <translation>Commande inconnue (essayez --help)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>--%1: “%2” is not a valid date (use YYYY-MM-DD)</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une date valide (utilisez YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>--%1: “%2” is not a whole number from %3 to %4</source>
        <translation>--%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre entier de %3 à %4</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Give it with PGPASSWORD or ~/.pgpass, or store it in the OS keychain: accrue-cli password set --db URL --password-stdin%1</source>
        <translation>Indiquez-le avec PGPASSWORD ou ~/.pgpass, ou enregistrez-le dans le trousseau du système&#xa0;: accrue-cli password set --db URL --password-stdin%1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (no keychain is reachable from here)</source>
        <translation> (aucun trousseau n&apos;est accessible d&apos;ici)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>--password-stdin: standard input held no password</source>
        <translation>--password-stdin&#xa0;: l&apos;entrée standard ne contenait aucun mot de passe</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>--format: “%1” is not table, csv, json or pdf</source>
        <translation>--format&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni table, ni csv, ni json, ni pdf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--excel goes with --format csv</source>
        <translation>--excel va avec --format csv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--format pdf needs -o FILE.pdf</source>
        <translation>--format pdf nécessite -o FICHIER.pdf</translation>
    </message>
</context>
<context>
    <name>Accrue::ClosePeriodDialog</name>
    <message>
        <location filename="../ui/dialogs/closeperioddialog.cpp" line="+102"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Figures</source>
        <translation>Chiffres</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Close Month</source>
        <translation>&amp;Clôturer le mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reopen…</source>
        <translation>&amp;Rouvrir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Period</source>
        <translation>Période</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Closed through</source>
        <translation>Clôturé jusqu&apos;à</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At (UTC)</source>
        <translation>Le (UTC)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Posted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Close Period</source>
        <translation>Clôture de période</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Post the revenue recognised through the month end and close the month: later postings dated in it go to the first open day</source>
        <translation>Comptabiliser le chiffre d&apos;affaires jusqu&apos;à la fin du mois et clôturer le mois&#xa0;: les écritures ultérieures datées dans ce mois vont au premier jour ouvert</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reopen the month and every later closed one (Admin; asks why)</source>
        <translation>Rouvrir le mois et chaque mois clôturé ultérieur (Administrateur&#xa0;; motif demandé)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Books:</source>
        <translation>Comptes&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Month:</source>
        <translation>&amp;Mois&#xa0;:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>History</source>
        <translation>Historique</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Checking %1…</source>
        <translation>Contrôle de %1…</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>The checklist could not be read: %1</source>
        <translation>La liste de contrôle n&apos;a pas pu être lue&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Closed through %1</source>
        <translation>Clôturé jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No period is closed</source>
        <translation>Aucune période n&apos;est clôturée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is closed.</source>
        <translation>%1 est clôturé.</translation>
    </message>
    <message numerus="yes">
        <location line="+19"/>
        <source>%n item(s) block the close.</source>
        <translation>
            <numerusform>%n élément bloque la clôture.</numerusform>
            <numerusform>%n éléments bloquent la clôture.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>Ready to close %1 (%n warning(s)).</source>
        <translation>
            <numerusform>Prêt à clôturer %1 (%n avertissement).</numerusform>
            <numerusform>Prêt à clôturer %1 (%n avertissements).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Closed</source>
        <translation>Clôturé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reopened</source>
        <translation>Rouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Closing %1: recognising revenue through its last day…</source>
        <translation>Clôture de %1&#xa0;: comptabilisation du chiffre d&apos;affaires jusqu&apos;à son dernier jour…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Closed %1: the books are closed through %2. %3</source>
        <translation>%1 clôturé&#xa0;: les comptes sont clôturés jusqu&apos;au %2. %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Audit checkpoint, to keep outside the book: %1</source>
        <translation>Point de contrôle d&apos;audit, à conserver hors du dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 was not closed: %2</source>
        <translation>%1 n&apos;a pas été clôturé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reopened: the books are closed through %1</source>
        <translation>Rouvert&#xa0;: les comptes sont clôturés jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reopened: no period is closed</source>
        <translation>Rouvert&#xa0;: aucune période n&apos;est clôturée</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+36"/>
        <source>Reopen Period</source>
        <translation>Rouvrir la période</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Close %1</source>
        <translation>Clôturer %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Close %1? Postings dated in it afterwards go to the first day of the next open month; only an Admin can reopen it.</source>
        <translation>Clôturer %1&#xa0;? Les écritures datées dans ce mois par la suite iront au premier jour du mois ouvert suivant&#xa0;; seul un administrateur peut le rouvrir.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Reopen %1</source>
        <translation>Rouvrir %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why is it reopened? (Later closed months reopen too; this goes into the audit log.)</source>
        <translation>Pourquoi le rouvrir&#xa0;? (Les mois clôturés ultérieurs sont rouverts aussi&#xa0;; ceci est consigné dans le journal d&apos;audit.)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter a reason to reopen the period.</source>
        <translation>Saisissez un motif pour rouvrir la période.</translation>
    </message>
</context>
<context>
    <name>Accrue::CollectionsService</name>
    <message>
        <location filename="../core/storage/collectionsrepository.cpp" line="+57"/>
        <source>The dispute was resolved meanwhile</source>
        <translation>Le litige a été résolu entre-temps</translation>
    </message>
    <message>
        <location filename="../core/billing/collectionsservice.cpp" line="+14"/>
        <source>%1: enter it</source>
        <translation>%1&#xa0;: saisissez-le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1&#xa0;: contient des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: at most 2000 characters</source>
        <translation>%1&#xa0;: 2000 caractères au maximum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>put invoices in dispute</source>
        <translation>mettre des factures en litige</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+109"/>
        <location line="+16"/>
        <location line="+85"/>
        <source>reason</source>
        <translation>motif</translation>
    </message>
    <message>
        <location line="-209"/>
        <location line="+36"/>
        <source>note</source>
        <translation>note</translation>
    </message>
    <message>
        <location line="-28"/>
        <location line="+136"/>
        <source>No invoice with id %1</source>
        <translation>Aucune facture avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="-134"/>
        <source>Invoice %1 is %2: only an open invoice can be disputed</source>
        <translation>La facture %1 est %2&#xa0;: seule une facture ouverte peut être contestée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice %1 is already in dispute</source>
        <translation>La facture %1 est déjà en litige</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>note on disputes</source>
        <translation>annoter des litiges</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+22"/>
        <source>The invoice is not in dispute</source>
        <translation>La facture n&apos;est pas en litige</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>resolve disputes</source>
        <translation>résoudre des litiges</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the invoice off instead: that resolves its dispute</source>
        <translation>Passez plutôt la facture en perte&#xa0;: cela résout son litige</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>date: a dispute is resolved on or after the day it was opened (%1)</source>
        <translation>date&#xa0;: un litige est résolu le jour de son ouverture ou après (%1)</translation>
    </message>
    <message>
        <location line="+41"/>
        <location line="+16"/>
        <location line="+85"/>
        <source>write invoices off</source>
        <translation>passer des factures en perte</translation>
    </message>
    <message>
        <location line="-82"/>
        <source>Choose at least one invoice to write off</source>
        <translation>Choisissez au moins une facture à passer en perte</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is %2 and has nothing open to write off</source>
        <translation>La facture %1 est %2 et n&apos;a aucun montant ouvert à passer en perte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date: invoice %1 cannot be written off before it was issued (%2)</source>
        <translation>date&#xa0;: la facture %1 ne peut pas être passée en perte avant son émission (%2)</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>as of: enter the date the invoices are written off</source>
        <translation>au&#xa0;: saisissez la date de passage en perte des factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>older than: the days past due cannot be negative</source>
        <translation>plus ancien que&#xa0;: le nombre de jours de retard ne peut pas être négatif</translation>
    </message>
</context>
<context>
    <name>Accrue::ColumnMapping</name>
    <message>
        <location filename="../core/exchange/columnmapping.cpp" line="+43"/>
        <source>%1: not a column mapping (JSON object): %2</source>
        <translation>%1&#xa0;: pas une correspondance de colonnes (objet JSON)&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: delimiter: one character, not “%2”</source>
        <translation>%1&#xa0;: delimiter&#xa0;: un seul caractère, pas «&#xa0;%2&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: columns: name at least one column, as {&quot;code&quot;: &quot;Customer no&quot;}</source>
        <translation>%1&#xa0;: columns&#xa0;: indiquez au moins une colonne, sous la forme {&quot;code&quot;: &quot;N° client&quot;}</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: columns: “%2” names no column of the file</source>
        <translation>%1&#xa0;: columns&#xa0;: «&#xa0;%2&#xa0;» ne désigne aucune colonne du fichier</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the mapping names “%2”, which is none of %3</source>
        <translation>%1&#xa0;: la correspondance indique «&#xa0;%2&#xa0;», qui ne fait pas partie de %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1:%2: no column “%3” for %4 (the header has %5)</source>
        <translation>%1:%2&#xa0;: aucune colonne «&#xa0;%3&#xa0;» pour %4 (l&apos;en-tête contient %5)</translation>
    </message>
</context>
<context>
    <name>Accrue::ConnectDialog</name>
    <message>
        <location filename="../ui/dialogs/connectdialog.cpp" line="+39"/>
        <source>&amp;Remember the password in the system keychain</source>
        <translation>&amp;Mémoriser le mot de passe dans le trousseau du système</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connect to Server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server name or address</source>
        <translation>nom ou adresse du serveur</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Base de données&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SSL mode:</source>
        <translation>Mode &amp;SSL&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Connect</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test Connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Recent connections:</source>
        <translation>Connexions récentes&#xa0;:</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connected as %1.</source>
        <translation>Connecté en tant que %1.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>No system keychain is available, so the password is not stored anywhere: Accrue will ask for it again next time.</source>
        <translation>Aucun trousseau système n&apos;est disponible, le mot de passe n&apos;est donc enregistré nulle part&#xa0;: Accrue le redemandera la prochaine fois.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain did not take the password (%1); Accrue will ask for it again next time.</source>
        <translation>Le trousseau n&apos;a pas accepté le mot de passe (%1)&#xa0;; Accrue le redemandera la prochaine fois.</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteDialog</name>
    <message>
        <location filename="../ui/dialogs/creditnotedialog.cpp" line="+25"/>
        <source>The whole invoice (voids it)</source>
        <translation>La facture entière (l&apos;annule)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An amount, tax included:</source>
        <translation>Un montant, TTC&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Chosen lines (net amounts; tax follows):</source>
        <translation>Lignes choisies (montants HT&#xa0;; la TVA suit)&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Keep as customer credit instead of reducing this invoice</source>
        <translation>Conserver en crédit client au lieu de réduire cette facture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit Note for %1</source>
        <translation>Avoir pour %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Invoice total:</source>
        <translation>Total de la facture&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit:</source>
        <translation>Avoir&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Open balance:</source>
        <translation>Solde ouvert&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of this invoice is already paid or credited: the amount offered is the open balance.</source>
        <translation>%1 de cette facture est déjà payé ou crédité&#xa0;: le montant proposé est le solde ouvert.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Net to credit</source>
        <translation>HT à créditer</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Tick the lines to credit.</source>
        <translation>Cochez les lignes à créditer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Void %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The whole invoice: it becomes void</source>
        <translation>La facture entière&#xa0;: elle est annulée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Why the invoice is void (required)</source>
        <translation>Pourquoi la facture est annulée (obligatoire)</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteMailer</name>
    <message>
        <location filename="../core/mail/creditnotemailer.cpp" line="+42"/>
        <source>send credit notes by e-mail</source>
        <translation>envoyer des avoirs par e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNoteService</name>
    <message>
        <location filename="../core/billing/creditnoteservice.cpp" line="+22"/>
        <source>No credit note with id %1</source>
        <translation>Aucun avoir avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No credit note numbered “%1”</source>
        <translation>Aucun avoir portant le numéro «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>issue credit notes</source>
        <translation>émettre des avoirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: say why the invoice is credited</source>
        <translation>reason&#xa0;: indiquez pourquoi la facture est créditée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: contains control characters (such as NUL)</source>
        <translation>reason&#xa0;: contient des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Only an issued invoice can be credited; a draft can simply be changed</source>
        <translation>Seule une facture émise peut faire l&apos;objet d&apos;un avoir&#xa0;; un brouillon peut simplement être modifié</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is already fully credited</source>
        <translation>La facture %1 est déjà entièrement créditée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: the credit note cannot be dated before invoice %1</source>
        <translation>date&#xa0;: l&apos;avoir ne peut pas être daté avant la facture %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Nothing is left to credit on invoice %1</source>
        <translation>Il ne reste rien à créditer sur la facture %1</translation>
    </message>
</context>
<context>
    <name>Accrue::CreditNotesReport</name>
    <message>
        <location filename="../core/reports/creditnotesreport.cpp" line="+28"/>
        <source>Credit notes %1 to %2</source>
        <translation>Avoirs du %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit left</source>
        <translation>Crédit restant</translation>
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
        <translation>Export de %1…</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvMappingDialog</name>
    <message>
        <location filename="../ui/dialogs/csvmappingdialog.cpp" line="+54"/>
        <source>Bank CSV Layout: %1</source>
        <translation>Format CSV bancaire&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(new layout)</source>
        <translation>(nouveau format)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comma</source>
        <translation>Virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon</source>
        <translation>Point-virgule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Point (1,234.56)</source>
        <translation>Point (1,234.56)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comma (1.234,56)</source>
        <translation>Virgule (1.234,56)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ISO code, e.g. %1</source>
        <translation>Code ISO, p. ex. %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Saved layouts:</source>
        <translation>Formats enregistrés&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank (layout name):</source>
        <translation>Banque (nom du format)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delimiter:</source>
        <translation>Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Header rows:</source>
        <translation>Lignes d&apos;en-tête&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Encoding:</source>
        <translation>Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency:</source>
        <translation>Devise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Decimal separator:</source>
        <translation>Séparateur décimal&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date column:</source>
        <translation>Colonne de date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format:</source>
        <translation>Format de date&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount (signed):</source>
        <translation>Montant (signé)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…or debit (out):</source>
        <translation>…ou débit (sortie)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>…and credit (in):</source>
        <translation>…et crédit (entrée)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty:</source>
        <translation>Contrepartie&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference:</source>
        <translation>Référence&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank&apos;s id:</source>
        <translation>Id de la banque&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Save Layout and Import</source>
        <translation>Enregistrer le format et importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Preview (first %1 lines):</source>
        <translation>Aperçu (%1 premières lignes)&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Name the layout after the bank, to use it again.</source>
        <translation>Nommez le format d&apos;après la banque, pour le réutiliser.</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Column %1 (%2)</source>
        <translation>Colonne %1 (%2)</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>To preview: %1</source>
        <translation>À prévisualiser&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <source>%Ln line(s) read.</source>
        <translation>
            <numerusform>%Ln ligne lue.</numerusform>
            <numerusform>%Ln lignes lues.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::CsvPreviewModel</name>
    <message>
        <location filename="../ui/models/csvpreviewmodel.cpp" line="+59"/>
        <source>(column %1)</source>
        <translation>(colonne %1)</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvReader</name>
    <message>
        <location filename="../core/exchange/csvreader.cpp" line="+39"/>
        <source>%1:%2: the file is not UTF-8 text (save it as UTF-8, or choose its encoding)</source>
        <translation>%1:%2&#xa0;: le fichier n&apos;est pas du texte UTF-8 (enregistrez-le en UTF-8, ou choisissez son encodage)</translation>
    </message>
    <message>
        <location line="+70"/>
        <source>%1:%2: a quoted field is not closed</source>
        <translation>%1:%2&#xa0;: un champ entre guillemets n&apos;est pas fermé</translation>
    </message>
</context>
<context>
    <name>Accrue::CsvWriter</name>
    <message>
        <location filename="../core/exchange/csvwriter.cpp" line="+164"/>
        <location filename="../core/exchange/texttablewriter.cpp" line="+82"/>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::CurrencyConversion</name>
    <message>
        <location filename="../core/reports/currencyconversion.cpp" line="+24"/>
        <source>reporting currency: “%1” is not an ISO 4217 currency code</source>
        <translation>devise de reporting&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>No exchange rate %1/%2 on or before %3: enter or import one to report in %2</source>
        <translation>Aucun taux de change %1/%2 au %3 ou avant&#xa0;: saisissez-en ou importez-en un pour établir le rapport en %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>in %1 at the rates of each document&apos;s date</source>
        <translation>en %1 aux taux de la date de chaque document</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerCreditReport</name>
    <message>
        <location filename="../core/reports/customercreditreport.cpp" line="+27"/>
        <source>Customer credit balances</source>
        <translation>Soldes créditeurs clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From payments</source>
        <translation>Issu des paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From credit notes</source>
        <translation>Issu des avoirs</translation>
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
        <translation>%1&#xa0;: aucun client après l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2&#xa0;: %3 champs, mais l&apos;en-tête en indique %4</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a number of days from 0 to 365</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours de 0 à 365</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerDialog</name>
    <message>
        <location filename="../ui/dialogs/customerdialog.cpp" line="+26"/>
        <source>New Customer</source>
        <translation>Nouveau client</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The language of this customer&apos;s invoices, credit notes, receipts and their dates and amounts</source>
        <translation>La langue des factures, avoirs et reçus de ce client, ainsi que de leurs dates et montants</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The book&apos;s language</source>
        <translation>La langue du dossier</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax ID:</source>
        <translation>N° de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment terms:</source>
        <translation>&amp;Conditions de paiement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>N&amp;otes:</source>
        <translation>N&amp;otes&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Billing address</source>
        <translation>Adresse de facturation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Address:</source>
        <translation>Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Postal code:</source>
        <translation>Code postal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>City:</source>
        <translation>Ville&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region:</source>
        <translation>Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State/province:</source>
        <translation>État/province&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country:</source>
        <translation>Pays&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact:</source>
        <translation>Contact&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contact e-mail:</source>
        <translation>E-mail du contact&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerListRepository</name>
    <message>
        <location filename="../core/storage/customerlistrepository.cpp" line="+68"/>
        <source>The customer list needs today&apos;s date</source>
        <translation>La liste des clients nécessite la date du jour</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerRepository</name>
    <message>
        <location filename="../core/storage/customerrepository.cpp" line="+144"/>
        <source>Customer %1</source>
        <translation>Client %1</translation>
    </message>
    <message>
        <location line="+127"/>
        <source>%n invoice(s)</source>
        <translation>%n facture(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n credit note(s)</source>
        <translation>%n avoir(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n payment(s)</source>
        <translation>%n paiement(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n subscription(s)</source>
        <translation>%n abonnement(s)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%n bank line match(es)</source>
        <translation>%n rapprochement(s) de ligne bancaire</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerService</name>
    <message>
        <location filename="../core/billing/customerservice.cpp" line="+86"/>
        <source>import customers</source>
        <translation>importer des clients</translation>
    </message>
    <message>
        <location line="+26"/>
        <location line="+229"/>
        <source>No such customer</source>
        <translation>Client introuvable</translation>
    </message>
    <message>
        <location line="-212"/>
        <source>archive customers</source>
        <translation>archiver des clients</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>restore customers</source>
        <translation>restaurer des clients</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 has subscription %2 (%3); cancel it before archiving the customer</source>
        <translation>%1 a l&apos;abonnement %2 (%3)&#xa0;; résiliez-le avant d&apos;archiver le client</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>delete customers</source>
        <translation>supprimer des clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 has %2: archive the customer instead, which keeps its history</source>
        <translation>%1 a %2&#xa0;: archivez plutôt le client, ce qui conserve son historique</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>add payment methods</source>
        <translation>ajouter des moyens de paiement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The customer is archived; restore it to add a payment method</source>
        <translation>Le client est archivé&#xa0;; restaurez-le pour ajouter un moyen de paiement</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+45"/>
        <location line="+24"/>
        <source>edit billing profiles</source>
        <translation>modifier des profils de facturation</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>“%1” is not an e-mail address.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The country “%1” is not a two-letter ISO code.</source>
        <translation>Le pays «&#xa0;%1&#xa0;» n&apos;est pas un code ISO à deux lettres.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The electronic address “%1” cannot be used: %2</source>
        <translation>L&apos;adresse électronique «&#xa0;%1&#xa0;» ne peut pas être utilisée&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>That payment method is not one of this customer&apos;s.</source>
        <translation>Ce moyen de paiement n&apos;appartient pas à ce client.</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+24"/>
        <source>The billing profile %1 is not one of this customer&apos;s.</source>
        <translation>Le profil de facturation %1 n&apos;appartient pas à ce client.</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>A billing profile needs a name.</source>
        <translation>Un profil de facturation nécessite un nom.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>“%1” is the default billing profile; make another the default first.</source>
        <translation>«&#xa0;%1&#xa0;» est le profil de facturation par défaut&#xa0;; définissez d&apos;abord un autre profil par défaut.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>“%1” is named by %n invoice(s) or subscription(s) and stays.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» est cité par %n facture ou abonnement et est conservé.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» est cité par %n factures ou abonnements et est conservé.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+32"/>
        <source>code: enter a customer code</source>
        <translation>code&#xa0;: saisissez un code client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: enter the customer&apos;s name</source>
        <translation>name&#xa0;: saisissez le nom du client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: choose the customer&apos;s currency (an ISO 4217 code)</source>
        <translation>currency&#xa0;: choisissez la devise du client (un code ISO 4217)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation>payment terms&#xa0;: entre 0 et 365 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>code</source>
        <translation>code</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>name</source>
        <translation>nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>email</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>tax ID</source>
        <translation>n° de TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: contains control characters (such as NUL)</source>
        <translation>%1&#xa0;: contient des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>edit customers</source>
        <translation>modifier des clients</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>create customers</source>
        <translation>créer des clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>code: a customer with the code “%1” exists already</source>
        <translation>code&#xa0;: un client avec le code «&#xa0;%1&#xa0;» existe déjà</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomerTableModel</name>
    <message numerus="yes">
        <location filename="../ui/models/customertablemodel.cpp" line="+51"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n jour</numerusform>
            <numerusform>%n jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Terms</source>
        <translation>Conditions</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
</context>
<context>
    <name>Accrue::CustomersPage</name>
    <message>
        <location filename="../ui/pages/customerspage.cpp" line="+59"/>
        <source>Archived</source>
        <translation>Archivé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Search code or name (Ctrl+F)</source>
        <translation>Rechercher un code ou un nom (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show the archived customers instead</source>
        <translation>Afficher plutôt les clients archivés</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <location line="+4"/>
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln client</numerusform>
            <numerusform>%Ln clients</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;New Customer…</source>
        <translation>&amp;Nouveau client…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Payment Method…</source>
        <translation>Ajouter un moyen de &amp;paiement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Archive</source>
        <translation>&amp;Archiver</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Statement…</source>
        <translation>R&amp;elevé…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The customer&apos;s statement of account, on the Reports page</source>
        <translation>Le relevé de compte du client, sur la page Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import Customers…</source>
        <translation>&amp;Importer des clients…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customers from another tool&apos;s CSV file, its columns mapped</source>
        <translation>Clients issus du fichier CSV d&apos;un autre outil, avec correspondance des colonnes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Receipt &amp;PDF…</source>
        <translation>&amp;PDF du reçu…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pa&amp;yments</source>
        <translation>Pai&amp;ements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recei&amp;pts</source>
        <translation>Reç&amp;us</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;redit Notes</source>
        <translation>A&amp;voirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subscriptions</source>
        <translation>Abo&amp;nnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing Profiles</source>
        <translation>Profils de &amp;facturation</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>&amp;PDF…</source>
        <translation>&amp;PDF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save the chosen credit note as a PDF</source>
        <translation>Enregistrer l&apos;avoir choisi au format PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Send by &amp;E-mail…</source>
        <translation>Envoyer par &amp;e-mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail the chosen credit note with its PDF to the customer</source>
        <translation>Envoyer par e-mail l&apos;avoir choisi avec son PDF au client</translation>
    </message>
    <message>
        <location line="+43"/>
        <location line="+8"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+17"/>
        <location line="+7"/>
        <location line="+4"/>
        <source>Send by E-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>Sending credit note %1 by e-mail…</source>
        <translation>Envoi de l&apos;avoir %1 par e-mail…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The credit note was not sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%1</source>
        <translation>L&apos;avoir n&apos;a pas été envoyé (ce qui a été mis en file sera réessayé plus tard&#xa0;; voir Facturation &gt; Boîte d&apos;envoi e-mail)&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Added customer %1</source>
        <translation>Client %1 ajouté</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Saved customer %1</source>
        <translation>Client %1 enregistré</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Archive Customer</source>
        <translation>Archiver le client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Restore Customer</source>
        <translation>Restaurer le client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Archived %1; its history stays</source>
        <translation>%1 archivé&#xa0;; son historique est conservé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restored %1</source>
        <translation>%1 restauré</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Delete Customer</source>
        <translation>Supprimer le client</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Delete %1 (%2) with its billing profiles and payment methods? Only a customer with no documents can be deleted.</source>
        <translation>Supprimer %1 (%2) avec ses profils de facturation et moyens de paiement&#xa0;? Seul un client sans aucun document peut être supprimé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Deleted %1</source>
        <translation>%1 supprimé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Added a payment method for %1</source>
        <translation>Moyen de paiement ajouté pour %1</translation>
    </message>
</context>
<context>
    <name>Accrue::DashboardPage</name>
    <message>
        <location filename="../ui/pages/dashboardpage.cpp" line="+43"/>
        <location line="+311"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="-310"/>
        <source>Outstanding AR</source>
        <translation>Encours clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue AR</source>
        <translation>Créances échues</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DSO</source>
        <translation>DSO</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open invoices</source>
        <translation>Factures ouvertes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write Off 90+…</source>
        <translation>Passer en perte 90+…</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Write off invoices more than 90 days past due (Finance, Admin)</source>
        <translation>Passer en perte les factures échues depuis plus de 90 jours (Finance, Administrateur)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Recent payments</source>
        <translation>Paiements récents</translation>
    </message>
    <message>
        <location line="+96"/>
        <source>The period ends before it starts</source>
        <translation>La période se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Figures in %1 ms</source>
        <translation>Chiffres en %1 ms</translation>
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
        <translation>les %1 premiers jours de %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no revenue in %1 to compare</source>
        <translation>aucun chiffre d’affaires en %1 à comparer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in %2</source>
        <translation>%1 en %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 vs %2</source>
        <translation>%1 par rapport à %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>billed, net of tax; %1</source>
        <translation>facturé, hors taxes&#xa0;; %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>owed by customers today</source>
        <translation>dû par les clients à ce jour</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>past due date</source>
        <translation>échéance dépassée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last 90 days</source>
        <translation>90 derniers jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>issued, not fully paid</source>
        <translation>émises, non entièrement payées</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s) in dispute</source>
        <translation>
            <numerusform>%Ln facture en litige</numerusform>
            <numerusform>%Ln factures en litige</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%Ln invoice(s) due in %1 days</source>
        <translation>
            <numerusform>%Ln facture à échéance dans %1 jours</numerusform>
            <numerusform>%Ln factures à échéance dans %1 jours</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Open balance</source>
        <translation>Solde ouvert</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>AR aging (%1), click a bar for its invoices</source>
        <translation>Balance âgée clients (%1), cliquez sur une barre pour voir ses factures</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Write Off 90+</source>
        <translation>Passer en perte 90+</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Revenue by month (%1)</source>
        <translation>Chiffre d&apos;affaires par mois (%1)</translation>
    </message>
</context>
<context>
    <name>Accrue::Database</name>
    <message>
        <location filename="../core/storage/bulkinserter.cpp" line="+66"/>
        <source>The book could not take the rows being loaded into %1; nothing of the load was kept</source>
        <translation>Le dossier n&apos;a pas pu accueillir les lignes chargées dans %1&#xa0;; rien du chargement n&apos;a été conservé</translation>
    </message>
    <message>
        <location filename="../core/storage/database.cpp" line="+98"/>
        <source>Leave the password out of %1: anyone on this computer can read a program&apos;s command line. Use PGPASSWORD, ~/.pgpass or the keychain (accrue-cli password set --password-stdin).</source>
        <translation>N&apos;indiquez pas le mot de passe dans %1&#xa0;: toute personne sur cet ordinateur peut lire la ligne de commande d&apos;un programme. Utilisez PGPASSWORD, ~/.pgpass ou le trousseau (accrue-cli password set --password-stdin).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown connection option “%1” in %2 (known: sslmode, sslrootcert, connect_timeout, application_name, options, host, port)</source>
        <translation>Option de connexion inconnue «&#xa0;%1&#xa0;» dans %2 (connues&#xa0;: sslmode, sslrootcert, connect_timeout, application_name, options, host, port)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not a valid PostgreSQL address: %1 (expected postgresql://user@host:port/database?sslmode=…)</source>
        <translation>Adresse PostgreSQL non valide&#xa0;: %1 (attendu&#xa0;: postgresql://user@host:port/database?sslmode=…)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 needs a password (none given, or it was refused)</source>
        <translation>%1 nécessite un mot de passe (aucun fourni, ou il a été refusé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cannot connect to %1</source>
        <translation>Impossible de se connecter à %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Book not found: %1 (create it with accrue-cli init)</source>
        <translation>Dossier introuvable&#xa0;: %1 (créez-le avec accrue-cli init)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not a book file: %1</source>
        <translation>Pas un fichier de dossier&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is read-only: Accrue needs to write to the book and to its folder (check their permissions, or copy the book somewhere writable)</source>
        <translation>%1 est en lecture seule&#xa0;: Accrue doit pouvoir écrire dans le dossier et dans son répertoire (vérifiez leurs autorisations, ou copiez le dossier dans un emplacement accessible en écriture)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Cannot open %1</source>
        <translation>Impossible d&apos;ouvrir %1</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 is not an Accrue book (or it is damaged)</source>
        <translation>%1 n&apos;est pas un dossier Accrue (ou il est endommagé)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../core/storage/migrations.cpp" line="+1894"/>
        <source>%1 is not an Accrue book</source>
        <translation>%1 n&apos;est pas un dossier Accrue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is empty, not an Accrue book (create one with accrue-cli init)</source>
        <translation>%1 est vide, ce n&apos;est pas un dossier Accrue (créez-en un avec accrue-cli init)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>The book refused a change</source>
        <translation>Le dossier a refusé une modification</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>The book %1 is busy: someone else is writing to it. Try again when they have finished.</source>
        <translation>Le dossier %1 est occupé&#xa0;: quelqu&apos;un d&apos;autre est en train d&apos;y écrire. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The book %1 is in use by %2, which is writing to it. Try again when it has finished.</source>
        <translation>Le dossier %1 est utilisé par %2, qui est en train d&apos;y écrire. Réessayez quand il aura terminé.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The book %1 is read-only: check the permissions of the file and its folder.</source>
        <translation>Le dossier %1 est en lecture seule&#xa0;: vérifiez les autorisations du fichier et de son répertoire.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The disk holding %1 is full.</source>
        <translation>Le disque contenant %1 est plein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The book refused the change because it breaks one of its rules (a required value is missing, a value is out of range or already used).</source>
        <translation>Le dossier a refusé la modification car elle enfreint l&apos;une de ses règles (une valeur obligatoire manque, une valeur est hors limites ou déjà utilisée).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is damaged or is not an Accrue book.</source>
        <translation>%1 est endommagé ou n&apos;est pas un dossier Accrue.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book %1 could not carry out a request.</source>
        <translation>Le dossier %1 n&apos;a pas pu exécuter une requête.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The change was rolled back because part of it failed</source>
        <translation>La modification a été annulée car une partie a échoué</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>%1 was written by a newer Accrue (schema %2; this version knows up to %3)</source>
        <translation>%1 a été écrit par une version plus récente d&apos;Accrue (schéma %2&#xa0;; cette version connaît jusqu&apos;au %3)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not an initialised Accrue book (run accrue-cli init)</source>
        <translation>%1 n&apos;est pas un dossier Accrue initialisé (exécutez accrue-cli init)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 needs an upgrade from schema %2 to %3 (run accrue-cli init)</source>
        <translation>%1 doit être mis à niveau du schéma %2 au %3 (exécutez accrue-cli init)</translation>
    </message>
    <message>
        <location filename="../core/storage/sqlquery.cpp" line="+77"/>
        <source>Database error: no result</source>
        <translation>Erreur de base de données&#xa0;: aucun résultat</translation>
    </message>
</context>
<context>
    <name>Accrue::DeferredRevenueReport</name>
    <message>
        <location filename="../core/reports/deferredrevenuereport.cpp" line="+29"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Module</source>
        <translation>Module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service from</source>
        <translation>Prestation du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service to</source>
        <translation>Prestation au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred</source>
        <translation>Différé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deferred revenue as of %1</source>
        <translation>Produits constatés d&apos;avance au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
</context>
<context>
    <name>Accrue::DeferredRollforwardReport</name>
    <message>
        <location filename="../core/reports/deferredrollforwardreport.cpp" line="+90"/>
        <source>Deferred revenue roll-forward (%1)</source>
        <translation>Évolution des produits constatés d&apos;avance (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opening</source>
        <translation>Ouverture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Closing</source>
        <translation>Clôture</translation>
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
        <translation>La démonstration nécessite au moins un client et un nombre de factures non négatif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Demo data only goes into an empty book; %1 already holds customers or invoices</source>
        <translation>Les données de démonstration ne vont que dans un dossier vide&#xa0;; %1 contient déjà des clients ou des factures</translation>
    </message>
    <message>
        <location line="+222"/>
        <source>Demo generation was cancelled; nothing was kept</source>
        <translation>La génération de la démonstration a été annulée&#xa0;; rien n&apos;a été conservé</translation>
    </message>
</context>
<context>
    <name>Accrue::DisputeDialog</name>
    <message>
        <location filename="../ui/dialogs/disputedialog.cpp" line="+29"/>
        <source>Mark %1 In Dispute</source>
        <translation>Marquer %1 en litige</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add Dispute Note to %1</source>
        <translation>Ajouter une note de litige à %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the customer contests</source>
        <translation>Ce que le client conteste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: who said what, what happens next</source>
        <translation>Facultatif&#xa0;: qui a dit quoi, quelle est la suite</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Opened on:</source>
        <translation>&amp;Ouvert le&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Note:</source>
        <translation>&amp;Note&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Note (required):</source>
        <translation>&amp;Note (obligatoire)&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Accrue::DocumentMail</name>
    <message>
        <location filename="../core/mail/documentmail.cpp" line="+28"/>
        <source>E-mail is not set up: enter the SMTP server and the sender&apos;s address in the e-mail settings first</source>
        <translation>L&apos;e-mail n&apos;est pas configuré&#xa0;: saisissez d&apos;abord le serveur SMTP et l&apos;adresse de l&apos;expéditeur dans les paramètres e-mail</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Cannot create a temporary folder for the PDF: %1</source>
        <translation>Impossible de créer un dossier temporaire pour le PDF&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read the PDF of %1: %2</source>
        <translation>Impossible de lire le PDF de %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: %2 has no e-mail address (billing profile contact or customer)</source>
        <translation>%1&#xa0;: %2 n&apos;a pas d&apos;adresse e-mail (contact du profil de facturation ou client)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: %2</source>
        <translation>%1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningPlanModel</name>
    <message>
        <location filename="../ui/models/dunningplanmodel.cpp" line="+36"/>
        <source>Skipped, since a later step is due: %1</source>
        <translation>Ignoré, car une étape ultérieure est due&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>in %1</source>
        <translation>dans %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late fee</source>
        <translation>Frais de retard</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recipient</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningRunDialog</name>
    <message>
        <location filename="../ui/dialogs/dunningrundialog.cpp" line="+37"/>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;lear Flag…</source>
        <translation>&amp;Lever le signalement…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning Run</source>
        <translation>Campagne de relance</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue the reminders, flag the invoices and issue the late fees listed; each step acts once per invoice</source>
        <translation>Mettre en file les relances, signaler les factures et facturer les frais de retard listés&#xa0;; chaque étape agit une seule fois par facture</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flagged on</source>
        <translation>Signalée le</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Days overdue</source>
        <translation>Jours de retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The invoice has been looked at: take it off this list (the note goes into the audit log)</source>
        <translation>La facture a été examinée&#xa0;: la retirer de cette liste (la note est consignée dans le journal d&apos;audit)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reminders due on:</source>
        <translation>Relances dues au&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;Plan</source>
        <translation>&amp;Plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Flagged for Review</source>
        <translation>&amp;Signalées pour examen</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+65"/>
        <source>Clear Flag</source>
        <translation>Lever le signalement</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>Note (why the invoice needs no more review):</source>
        <translation>Note (pourquoi la facture ne nécessite plus d&apos;examen)&#xa0;:</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Flagged for Review</source>
        <translation>Signalées pour examen</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Looking for invoices due for a reminder…</source>
        <translation>Recherche des factures dues pour une relance…</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>No invoice is due for a reminder on %1.</source>
        <translation>Aucune facture n&apos;est due pour une relance au %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n invoice(s) due for a reminder step.</source>
        <translation>
            <numerusform>%n facture due pour une étape de relance.</numerusform>
            <numerusform>%n factures dues pour une étape de relance.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Carrying out the dunning run…</source>
        <translation>Exécution de la campagne de relance…</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Queued %1 reminder(s) in the outbox, flagged %2 invoice(s) for review, issued %3 late fee(s).</source>
        <translation>%1 relance(s) mise(s) en file dans la boîte d&apos;envoi, %2 facture(s) signalée(s) pour examen, %3 frais de retard facturé(s).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 were done by another run meanwhile, %2 no longer due.</source>
        <translation>%1 ont été traitées entre-temps par une autre campagne, %2 ne sont plus dues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Left for the next run:</source>
        <translation>Reporté à la prochaine campagne&#xa0;:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+31"/>
        <location line="+22"/>
        <source>The reminders are queued, not sent: %1</source>
        <translation>Les relances sont en file, non envoyées&#xa0;: %1</translation>
    </message>
    <message numerus="yes">
        <location line="-47"/>
        <source>%n reminder(s) queued; e-mail is not set up, so they wait in the outbox (Company Settings, E-mail; then Billing &gt; E-mail Outbox).</source>
        <translation>
            <numerusform>%n relance mise en file&#xa0;; l&apos;e-mail n&apos;est pas configuré, elle attend donc dans la boîte d&apos;envoi (Paramètres de la société, E-mail&#xa0;; puis Facturation &gt; Boîte d&apos;envoi e-mail).</numerusform>
            <numerusform>%n relances mises en file&#xa0;; l&apos;e-mail n&apos;est pas configuré, elles attendent donc dans la boîte d&apos;envoi (Paramètres de la société, E-mail&#xa0;; puis Facturation &gt; Boîte d&apos;envoi e-mail).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>E-mail is not set up: no reminder can be sent (Company Settings, E-mail).</source>
        <translation>L&apos;e-mail n&apos;est pas configuré&#xa0;: aucune relance ne peut être envoyée (Paramètres de la société, E-mail).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The reminders are queued, not sent: no SMTP password was given (Billing &gt; E-mail Outbox sends them later).</source>
        <translation>Les relances sont en file, non envoyées&#xa0;: aucun mot de passe SMTP n&apos;a été fourni (Facturation &gt; Boîte d&apos;envoi e-mail les enverra plus tard).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Sending the reminders…</source>
        <translation>Envoi des relances…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail: %1 sent, %2 to retry later, %3 failed.</source>
        <translation>E-mail&#xa0;: %1 envoyés, %2 à réessayer plus tard, %3 en échec.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>See Billing &gt; E-mail Outbox.</source>
        <translation>Voir Facturation &gt; Boîte d&apos;envoi e-mail.</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSchedule</name>
    <message>
        <location filename="../core/dunning/dunningschedule.cpp" line="+89"/>
        <source>Due soon</source>
        <translation>Échéance proche</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Invoice {invoice} is due on {due_date}</source>
        <translation>La facture {invoice} arrive à échéance le {due_date}</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

a friendly note that invoice {invoice} over {amount_due} is due on {due_date}. The invoice is attached for your convenience.</source>
        <translation>Bonjour {customer},

nous vous rappelons que la facture {invoice} d&apos;un montant de {amount_due} arrive à échéance le {due_date}. Vous trouverez la facture en pièce jointe.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>First reminder</source>
        <translation>Première relance</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reminder: invoice {invoice} is overdue</source>
        <translation>Relance&#xa0;: la facture {invoice} est en retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

our records show that invoice {invoice}, due on {due_date}, is still open with {amount_due} to pay. It may simply have been overlooked: we would be grateful if you could arrange payment in the next few days. A copy of the invoice is attached.</source>
        <translation>Bonjour {customer},

sauf erreur de notre part, la facture {invoice}, échue le {due_date}, reste ouverte avec {amount_due} à régler. Il s&apos;agit peut-être d&apos;un simple oubli&#xa0;: nous vous serions reconnaissants de procéder au règlement dans les prochains jours. Vous trouverez une copie de la facture en pièce jointe.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Second reminder</source>
        <translation>Deuxième relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Second reminder: invoice {invoice} is {days_overdue} days overdue</source>
        <translation>Deuxième relance&#xa0;: la facture {invoice} est en retard de {days_overdue} jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

invoice {invoice} was due on {due_date} and {amount_due} is still outstanding. Please arrange payment as soon as possible, or let us know when we can expect it. A copy of the invoice is attached.</source>
        <translation>Bonjour {customer},

la facture {invoice} était échue le {due_date} et {amount_due} restent impayés. Merci de procéder au règlement dans les meilleurs délais, ou de nous indiquer quand nous pouvons l&apos;attendre. Vous trouverez une copie de la facture en pièce jointe.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Third reminder</source>
        <translation>Troisième relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment overdue: invoice {invoice} ({amount_due})</source>
        <translation>Retard de paiement&#xa0;: facture {invoice} ({amount_due})</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

despite our earlier reminders, invoice {invoice} is now {days_overdue} days past its due date of {due_date}, with {amount_due} outstanding. Please settle it within the next seven days. If there is a problem with the invoice or you need to agree a payment plan, please contact us now.</source>
        <translation>Bonjour {customer},

malgré nos précédentes relances, la facture {invoice} a maintenant {days_overdue} jours de retard sur son échéance du {due_date}, avec {amount_due} restant dû. Merci de la régler dans les sept prochains jours. Si la facture pose un problème ou si vous souhaitez convenir d&apos;un échéancier de paiement, veuillez nous contacter dès maintenant.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Final notice</source>
        <translation>Mise en demeure</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Final notice: invoice {invoice} – service at risk</source>
        <translation>Mise en demeure&#xa0;: facture {invoice} – service menacé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dear {customer},

invoice {invoice} is {days_overdue} days overdue and {amount_due} remains unpaid despite several reminders. This is our final notice: unless we receive payment or hear from you within seven days, we will suspend your service until the account is settled.</source>
        <translation>Bonjour {customer},

la facture {invoice} a {days_overdue} jours de retard et {amount_due} restent impayés malgré plusieurs relances. Ceci est notre dernier avis&#xa0;: sans règlement ou nouvelles de votre part sous sept jours, nous suspendrons votre service jusqu&apos;à la régularisation du compte.</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>step %1</source>
        <translation>étape %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no key)</source>
        <translation>(aucune clé)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: key: lower-case letters, digits, _ and - only</source>
        <translation>%1&#xa0;: clé&#xa0;: lettres minuscules, chiffres, _ et - uniquement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: key: used by another step</source>
        <translation>%1&#xa0;: clé&#xa0;: utilisée par une autre étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: name: enter a name</source>
        <translation>%1&#xa0;: nom&#xa0;: saisissez un nom</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: day: between -90 (before the due date) and 365</source>
        <translation>%1&#xa0;: jour&#xa0;: entre -90 (avant l&apos;échéance) et 365</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: day: another step acts on day %2 too</source>
        <translation>%1&#xa0;: jour&#xa0;: une autre étape agit aussi le jour %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: subject: enter a subject</source>
        <translation>%1&#xa0;: objet&#xa0;: saisissez un objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: subject: line breaks are not allowed</source>
        <translation>%1&#xa0;: objet&#xa0;: les sauts de ligne ne sont pas autorisés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text: enter the e-mail&apos;s text</source>
        <translation>%1&#xa0;: texte&#xa0;: saisissez le texte de l&apos;e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: subject: %2</source>
        <translation>%1&#xa0;: objet&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: text: %2</source>
        <translation>%1&#xa0;: texte&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: fee: a positive amount with a dot, like 5.00</source>
        <translation>%1&#xa0;: frais&#xa0;: un montant positif avec un point, comme 5.00</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: fee: between 1 and 10000 basis points (0.01 % to 100 %)</source>
        <translation>%1&#xa0;: frais&#xa0;: entre 1 et 10000 points de base (0,01 % à 100 %)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>A dunning schedule is a JSON object with a &quot;steps&quot; array</source>
        <translation>Un plan de relance est un objet JSON avec un tableau &quot;steps&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Each dunning step is a JSON object</source>
        <translation>Chaque étape de relance est un objet JSON</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningService</name>
    <message>
        <location filename="../core/dunning/dunningservice.cpp" line="+77"/>
        <source>Bank</source>
        <translation>Banque</translation>
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
        <translation>Numéro de compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number</source>
        <translation>Code banque (routing)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as shown on the invoice</source>
        <translation>tel qu&apos;indiqué sur la facture</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the late fee %1 of step %2 cannot be charged in %3</source>
        <translation>les frais de retard %1 de l&apos;étape %2 ne peuvent pas être facturés en %3</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>A dunning run needs a date</source>
        <translation>Une campagne de relance nécessite une date</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>%1 has no e-mail address (billing profile contact or customer)</source>
        <translation>%1 n&apos;a pas d&apos;adresse e-mail (contact du profil de facturation ou client)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No customer with id %1</source>
        <translation>Aucun client avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Late fee under our payment terms: %1 on invoice %2</source>
        <translation>Frais de retard selon nos conditions de paiement&#xa0;: %1 sur la facture %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Late fee for invoice %1</source>
        <translation>Frais de retard pour la facture %1</translation>
    </message>
    <message>
        <location line="+66"/>
        <location line="+6"/>
        <source>run dunning</source>
        <translation>lancer les relances</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>clear a review flag</source>
        <translation>lever un signalement d&apos;examen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is not flagged for review</source>
        <translation>La facture %1 n&apos;est pas signalée pour examen</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSettingsPane</name>
    <message>
        <location filename="../ui/dialogs/dunningsettingspane.cpp" line="+43"/>
        <source>&amp;Remove Step</source>
        <translation>&amp;Supprimer l&apos;étape</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Days after the due date; negative: before it (&quot;due soon&quot;)</source>
        <translation>Jours après l&apos;échéance&#xa0;; négatif&#xa0;: avant («&#xa0;échéance proche&#xa0;»)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No late fee</source>
        <translation>Pas de frais de retard</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Fixed amount</source>
        <translation>Montant fixe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Percent of the open balance</source>
        <translation>Pourcentage du solde ouvert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>5.00, in the invoice&apos;s currency</source>
        <translation>5.00, dans la devise de la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> bp</source>
        <translation> pb</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Basis points of the open balance: 150 bp = 1.5 %</source>
        <translation>Points de base du solde ouvert&#xa0;: 150 pb = 1,5 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add Step</source>
        <translation>&amp;Ajouter une étape</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restore &amp;Defaults</source>
        <translation>Rétablir les valeurs par &amp;défaut</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Key:</source>
        <translation>&amp;Clé&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Day:</source>
        <translation>&amp;Jour&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Action:</source>
        <translation>&amp;Action&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Text:</source>
        <translation>&amp;Texte&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Late &amp;fee:</source>
        <translation>&amp;Frais de retard&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+48"/>
        <source>Day %1: %2</source>
        <translation>Jour %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Reminder</source>
        <translation>Relance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reminder: invoice {invoice} is overdue</source>
        <translation>Relance&#xa0;: la facture {invoice} est en retard</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningSettingsService</name>
    <message>
        <location filename="../core/dunning/dunningschedule.cpp" line="+24"/>
        <source>change the dunning schedule</source>
        <translation>modifier le plan de relance</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The dunning schedule is not valid: %1</source>
        <translation>Le plan de relance n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The dunning schedule</source>
        <translation>Le plan de relance</translation>
    </message>
</context>
<context>
    <name>Accrue::DunningStep</name>
    <message>
        <location line="-206"/>
        <source>Flag for review</source>
        <translation>Signaler pour examen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop-service notice</source>
        <translation>Avis de suspension de service</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>step %1: unknown action “%2” (email, review or stop_service)</source>
        <translation>étape %1&#xa0;: action inconnue «&#xa0;%2&#xa0;» (email, review ou stop_service)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>step %1: unknown fee “%2” (none, fixed or percent)</source>
        <translation>étape %1&#xa0;: frais inconnus «&#xa0;%2&#xa0;» (none, fixed ou percent)</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceBuilder</name>
    <message>
        <location filename="../core/einvoice/einvoicebuilder.cpp" line="+216"/>
        <source>%1: the lines give %2 %3, the document says %4 (%5); it cannot be sent as an e-invoice</source>
        <translation>%1&#xa0;: les lignes donnent %2 %3, le document indique %4 (%5)&#xa0;; il ne peut pas être envoyé comme facture électronique</translation>
    </message>
    <message>
        <location line="+102"/>
        <source>Credited against invoice %1</source>
        <translation>Crédité sur la facture %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (credited against invoice %2)</source>
        <translation>%1 (crédité sur la facture %2)</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceDocument</name>
    <message>
        <location filename="../core/einvoice/einvoicedocument.cpp" line="+25"/>
        <location line="+102"/>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <location line="-102"/>
        <location line="+103"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="-101"/>
        <source>Received as an e-invoice (UBL)</source>
        <translation>Reçue comme facture électronique (UBL)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credits invoice %1</source>
        <translation>Crédite la facture %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyer reference %1</source>
        <translation>Référence acheteur %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Price</source>
        <translation>Prix</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discount</source>
        <translation>Remise</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+22"/>
        <location line="+26"/>
        <source>VAT</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="-48"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>VAT breakdown</source>
        <translation>Ventilation de la TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Taxable</source>
        <translation>Base imposable</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Exemption</source>
        <translation>Exonération</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Allowances</source>
        <translation>Remises</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Charges</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total without VAT</source>
        <translation>Total HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total with VAT</source>
        <translation>Total TTC</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounding</source>
        <translation>Arrondi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount credited</source>
        <translation>Montant crédité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount due</source>
        <translation>Montant dû</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pay to %1 %2 (%3), reference %4</source>
        <translation>Payer à %1 %2 (%3), référence %4</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Accrue::EInvoiceService</name>
    <message>
        <location filename="../core/einvoice/einvoiceservice.cpp" line="+62"/>
        <location line="+17"/>
        <location line="+9"/>
        <source>export e-invoices</source>
        <translation>exporter des factures électroniques</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>%1 is a draft: only issued invoices are e-invoices</source>
        <translation>%1 est un brouillon&#xa0;: seules les factures émises sont des factures électroniques</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>No invoice or credit note numbered “%1”</source>
        <translation>Aucune facture ni aucun avoir portant le numéro «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Cannot write %1</source>
        <translation>Impossible d&apos;écrire %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ElectronicAddress</name>
    <message>
        <location filename="../core/domain/electronicaddress.cpp" line="+46"/>
        <source>“%1” is not an electronic address: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une adresse électronique&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>it needs its scheme, as SCHEME:ID (0088:4012345000009)</source>
        <translation>il faut indiquer son schéma, sous la forme SCHÉMA:ID (0088:4012345000009)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identifier after “%1:” is missing</source>
        <translation>l&apos;identifiant après «&#xa0;%1:&#xa0;» est manquant</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a scheme of the EAS code list (0088, 0208, 9930, …)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un schéma de la liste de codes EAS (0088, 0208, 9930, …)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the identifier “%1” contains spaces</source>
        <translation>l&apos;identifiant «&#xa0;%1&#xa0;» contient des espaces</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the identifier is longer than 128 characters</source>
        <translation>l&apos;identifiant dépasse 128 caractères</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>“%1” is not a GLN (13 digits with a valid check digit)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un GLN (13 chiffres avec une clé de contrôle valide)</translation>
    </message>
</context>
<context>
    <name>Accrue::ExchangeRateCsv</name>
    <message>
        <location filename="../core/exchange/exchangeratecsv.cpp" line="+61"/>
        <source>the header of an ECB rates file names currencies (USD, JPY, ...)</source>
        <translation>l&apos;en-tête d&apos;un fichier de taux BCE indique des devises (USD, JPY, ...)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>“%1” is not a date (YYYY-MM-DD or 03 June 2021)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD ou 03 June 2021)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>a value “%1” in a column the header does not name</source>
        <translation>une valeur «&#xa0;%1&#xa0;» dans une colonne que l&apos;en-tête ne nomme pas</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>unknown column (a rates list has date, base, quote and rate)</source>
        <translation>colonne inconnue (une liste de taux contient date, base, quote et rate)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1:%2: a “%3” column is required (or an ECB header “Date,USD,...”)</source>
        <translation>%1:%2&#xa0;: une colonne «&#xa0;%3&#xa0;» est requise (ou un en-tête BCE «&#xa0;Date,USD,...&#xa0;»)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the same currency as the base</source>
        <translation>la même devise que la base</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no exchange rates in the file</source>
        <translation>%1&#xa0;: aucun taux de change dans le fichier</translation>
    </message>
</context>
<context>
    <name>Accrue::ExchangeRateService</name>
    <message>
        <location filename="../core/billing/exchangerateservice.cpp" line="+14"/>
        <source>enter exchange rates</source>
        <translation>saisir des taux de change</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>quote: an exchange rate is between two different currencies</source>
        <translation>quote&#xa0;: un taux de change porte sur deux devises différentes</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>date: enter the day the rate is for (years %1 to %2)</source>
        <translation>date&#xa0;: saisissez le jour auquel s&apos;applique le taux (années %1 à %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>rate: %1/%2 on %3 is stored as %4 already (replace it to change it)</source>
        <translation>rate&#xa0;: %1/%2 au %3 est déjà enregistré à %4 (remplacez-le pour le modifier)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>import exchange rates</source>
        <translation>importer des taux de change</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1/%2 on %3 is given differently on line %4</source>
        <translation>%1/%2 au %3 est indiqué différemment à la ligne %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1/%2 on %3 is stored as %4 (from %5); the file says %6 (import with replace to take the file&apos;s rates)</source>
        <translation>%1/%2 au %3 est enregistré à %4 (depuis %5)&#xa0;; le fichier indique %6 (importez avec remplacement pour prendre les taux du fichier)</translation>
    </message>
</context>
<context>
    <name>Accrue::ExportBuffer</name>
    <message>
        <location filename="../core/exchange/exportbuffer.cpp" line="+52"/>
        <source>Cannot write the file: %1</source>
        <translation>Impossible d&apos;écrire le fichier&#xa0;: %1</translation>
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
        <translation>Configurer votre dossier</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Welcome to Accrue</source>
        <translation>Bienvenue dans Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This book is empty. Set up your company and first customer, or look around a book filled with demo data.</source>
        <translation>Ce dossier est vide. Configurez votre société et votre premier client, ou découvrez un dossier rempli de données de démonstration.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Set up my company</source>
        <translation>&amp;Configurer ma société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill it with &amp;demo data (two years of invoices)</source>
        <translation>Le remplir avec des données de &amp;démonstration (deux ans de factures)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Your Company</source>
        <translation>Votre société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>As it appears on invoices. Everything but the currency can be changed later under Settings.</source>
        <translation>Telle qu&apos;elle apparaît sur les factures. Tout sauf la devise peut être modifié ultérieurement dans Paramètres.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+18"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>&amp;Tax ID:</source>
        <translation>N° de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax &amp;country:</source>
        <translation>&amp;Pays fiscal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Payment terms:</source>
        <translation>&amp;Conditions de paiement&#xa0;:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Your First Customer</source>
        <translation>Votre premier client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Who you bill first. Leave the code empty to add customers later on the Customers tab.</source>
        <translation>Le premier client que vous facturez. Laissez le code vide pour ajouter des clients plus tard dans l&apos;onglet Clients.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>C&amp;ode:</source>
        <translation>C&amp;ode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post&amp;al code:</source>
        <translation>Code pos&amp;tal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;ity:</source>
        <translation>V&amp;ille&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Region:</source>
        <translation>&amp;Région&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;State/province:</source>
        <translation>É&amp;tat/province&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Countr&amp;y:</source>
        <translation>Pa&amp;ys&#xa0;:</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
</context>
<context>
    <name>Accrue::GeneralLedgerReport</name>
    <message>
        <location filename="../core/reports/generalledgerreport.cpp" line="+30"/>
        <source>General ledger %1 to %2</source>
        <translation>Grand livre du %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Entry</source>
        <translation>Écriture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memo</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Opening balance</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
</context>
<context>
    <name>Accrue::ImportDialog</name>
    <message>
        <location filename="../ui/dialogs/importdialog.cpp" line="+57"/>
        <source>Automatic (UTF-8, UTF-16 or Windows-1252)</source>
        <translation>Automatique (UTF-8, UTF-16 ou Windows-1252)</translation>
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
        <translation>&amp;Remplacer les taux enregistrés qui diffèrent</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Import Customers</source>
        <translation>Importer des clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Products</source>
        <translation>Importer des produits</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Plans</source>
        <translation>Importer des formules</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Subscriptions</source>
        <translation>Importer des abonnements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Tax Rates</source>
        <translation>Importer des taux de TVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Import Exchange Rates</source>
        <translation>Importer des taux de change</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No file chosen</source>
        <translation>Aucun fichier choisi</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Comma ( , )</source>
        <translation>Virgule ( , )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Semicolon ( ; )</source>
        <translation>Point-virgule (&#xa0;; )</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab</source>
        <translation>Tabulation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Vertical bar ( | )</source>
        <translation>Barre verticale ( | )</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>&amp;File:</source>
        <translation>&amp;Fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Encoding:</source>
        <translation>&amp;Encodage&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Delimiter:</source>
        <translation>&amp;Séparateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Accrue&apos;s columns from the file&apos;s (* required)</source>
        <translation>Colonnes d&apos;Accrue à partir de celles du fichier (* obligatoire)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Turn off for the ECB&apos;s files (eurofxref.csv), which are read as they are</source>
        <translation>Désactivez pour les fichiers de la BCE (eurofxref.csv), qui sont lus tels quels</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Turn off for a file that already has Accrue&apos;s columns</source>
        <translation>Désactivez pour un fichier qui a déjà les colonnes d&apos;Accrue</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 *:</source>
        <translation>%1 *&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1:</source>
        <translation>%1&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Required</source>
        <translation>Obligatoire</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>The line in the file</source>
        <translation>La ligne dans le fichier</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Load Mapping…</source>
        <translation>&amp;Charger une correspondance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save Mapping…</source>
        <translation>&amp;Enregistrer la correspondance…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The file&apos;s first %1 rows:</source>
        <translation>Les %1 premières lignes du fichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Load Mapping</source>
        <translation>Charger une correspondance</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+10"/>
        <source>Column mappings (*.json)</source>
        <translation>Correspondances de colonnes (*.json)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>Save Mapping</source>
        <translation>Enregistrer la correspondance</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+225"/>
        <source>Could not read %1: %2</source>
        <translation>Impossible de lire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="-195"/>
        <source>“%1”</source>
        <translation>«&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Unknown encoding “%1”: reading the file as %2</source>
        <translation>Encodage inconnu «&#xa0;%1&#xa0;»&#xa0;: lecture du fichier en %2</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%1: %Ln row(s) after the header, read as %2.</source>
        <translation>
            <numerusform>%1&#xa0;: %Ln ligne après l&apos;en-tête, lue en %2.</numerusform>
            <numerusform>%1&#xa0;: %Ln lignes après l&apos;en-tête, lues en %2.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>(not in the file)</source>
        <translation>(absent du fichier)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+50"/>
        <source>Column %1 (%2)</source>
        <translation>Colonne %1 (%2)</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>“%1” (not in this file)</source>
        <translation>«&#xa0;%1&#xa0;» (absent de ce fichier)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Column %1</source>
        <translation>Colonne %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Left out of the mapping, as this import has no such column: %1</source>
        <translation>Exclu de la correspondance, car cet import n&apos;a pas cette colonne&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Choose the file&apos;s column for at least one of Accrue&apos;s before saving.</source>
        <translation>Choisissez la colonne du fichier pour au moins une colonne d&apos;Accrue avant d&apos;enregistrer.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mapping saved to %1 (accrue-cli reads it with --mapping).</source>
        <translation>Correspondance enregistrée dans %1 (accrue-cli la lit avec --mapping).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Choose the file to import first.</source>
        <translation>Choisissez d&apos;abord le fichier à importer.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Choose the file&apos;s column for %1 (required).</source>
        <translation>Choisissez la colonne du fichier pour %1 (obligatoire).</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source>Imported %n customer(s) from %1.</source>
        <translation>
            <numerusform>%n client importé depuis %1.</numerusform>
            <numerusform>%n clients importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n product(s) from %1.</source>
        <translation>
            <numerusform>%n produit importé depuis %1.</numerusform>
            <numerusform>%n produits importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n plan(s) from %1.</source>
        <translation>
            <numerusform>%n formule importée depuis %1.</numerusform>
            <numerusform>%n formules importées depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n subscription(s) from %1.</source>
        <translation>
            <numerusform>%n abonnement importé depuis %1.</numerusform>
            <numerusform>%n abonnements importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Imported %n tax rate(s) from %1.</source>
        <translation>
            <numerusform>%n taux de TVA importé depuis %1.</numerusform>
            <numerusform>%n taux de TVA importés depuis %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Imported %n rate(s) from %1: %2 new, %3 replaced, %4 already stored.</source>
        <translation>
            <numerusform>%n taux importé depuis %1&#xa0;: %2 nouveaux, %3 remplacés, %4 déjà enregistrés.</numerusform>
            <numerusform>%n taux importés depuis %1&#xa0;: %2 nouveaux, %3 remplacés, %4 déjà enregistrés.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Columns of currencies Accrue does not know were passed over: %1.</source>
        <translation>Les colonnes de devises inconnues d&apos;Accrue ont été ignorées&#xa0;: %1.</translation>
    </message>
</context>
<context>
    <name>Accrue::Invoice</name>
    <message>
        <location filename="../core/domain/invoice.cpp" line="+34"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Partially paid</source>
        <translation>Partiellement payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Uncollectible</source>
        <translation>Irrécouvrable</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Unknown invoice status “%1”</source>
        <translation>Statut de facture inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/domain/invoicerules.cpp" line="+259"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Due soon (7 days)</source>
        <translation>Échéance proche (7 jours)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs review (card failed)</source>
        <translation>À examiner (échec carte)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Disputed</source>
        <translation>En litige</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceCsv</name>
    <message>
        <location filename="../core/exchange/invoicecsv.cpp" line="+81"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: unknown column “%3” (known: invoice, %4, %5)</source>
        <translation>%1:%2&#xa0;: colonne inconnue «&#xa0;%3&#xa0;» (connues&#xa0;: invoice, %4, %5)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:%2: the column “%3” appears twice</source>
        <translation>%1:%2&#xa0;: la colonne «&#xa0;%3&#xa0;» apparaît deux fois</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: a “customer” column is required</source>
        <translation>%1:%2&#xa0;: une colonne «&#xa0;customer&#xa0;» est requise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2&#xa0;: %3 champs, mais l&apos;en-tête en indique %4</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1:%2: %3: missing; the row has %4 fields, but the header names %5 (is the file cut short?)</source>
        <translation>%1:%2&#xa0;: %3&#xa0;: manquant&#xa0;; la ligne a %4 champs, mais l&apos;en-tête en indique %5 (le fichier est-il tronqué&#xa0;?)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1:%2: %3: “%4” differs from “%5” on line %6 of the same invoice</source>
        <translation>%1:%2&#xa0;: %3&#xa0;: «&#xa0;%4&#xa0;» diffère de «&#xa0;%5&#xa0;» à la ligne %6 de la même facture</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: no invoice lines after the header</source>
        <translation>%1&#xa0;: aucune ligne de facture après l&apos;en-tête</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceDocument</name>
    <message>
        <location filename="../core/documents/invoicedocument.cpp" line="+173"/>
        <source>Could not lay out the PDF of %1</source>
        <translation>Impossible de mettre en page le PDF de %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceEditorDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceeditordialog.cpp" line="+77"/>
        <source>&amp;Save Draft</source>
        <translation>&amp;Enregistrer le brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Issue…</source>
        <translation>É&amp;mettre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>Type to search customers</source>
        <translation>Saisissez pour rechercher des clients</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billing &amp;profile:</source>
        <translation>&amp;Profil de facturation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Issue &amp;date:</source>
        <translation>&amp;Date d&apos;émission&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;terms:</source>
        <translation>&amp;Conditions de paiement&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;ue date:</source>
        <translation>Date d&apos;é&amp;chéance&#xa0;:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Change billing profile</source>
        <translation>Modifier le profil de facturation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Change issue date</source>
        <translation>Modifier la date d&apos;émission</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Change payment terms</source>
        <translation>Modifier les conditions de paiement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Change due date</source>
        <translation>Modifier la date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Change currency</source>
        <translation>Modifier la devise</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&lt;b&gt;Lines&lt;/b&gt;</source>
        <translation>&lt;b&gt;Lignes&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Add Line</source>
        <translation>&amp;Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Remove Line</source>
        <translation>&amp;Supprimer la ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Clear Service &amp;Period</source>
        <translation>Effacer la &amp;période de prestation</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo %1</source>
        <translation>Annuler %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Redo %1</source>
        <translation>Rétablir %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Line %1, %2: %3</source>
        <translation>Ligne %1, %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Shown on the invoice</source>
        <translation>Affiché sur la facture</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Change notes</source>
        <translation>Modifier les notes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose customer</source>
        <translation>Choisir le client</translation>
    </message>
    <message>
        <location line="+88"/>
        <source>Subtotal</source>
        <translation>Sous-total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax %1% on %2</source>
        <translation>TVA %1% sur %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>New Invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft Invoice</source>
        <translation>Facture brouillon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Invoice %1 is issued and cannot be changed. Correct it with a credit note, or duplicate it as a new draft.</source>
        <translation>La facture %1 est émise et ne peut pas être modifiée. Corrigez-la avec un avoir, ou dupliquez-la en nouveau brouillon.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not saved: %1</source>
        <translation>Non enregistré&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>&amp;Reload Their Version</source>
        <translation>&amp;Recharger leur version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Keep My Edits on Screen</source>
        <translation>&amp;Garder mes modifications à l&apos;écran</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Issue Invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue this invoice? It gets its number and cannot be changed afterwards.</source>
        <translation>Émettre cette facture&#xa0;? Elle reçoit son numéro et ne peut plus être modifiée ensuite.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Discard the unsaved changes and start a copy?</source>
        <translation>Abandonner les modifications non enregistrées et commencer une copie&#xa0;?</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Save the changes to this invoice?</source>
        <translation>Enregistrer les modifications de cette facture&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceJson</name>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="+112"/>
        <source>%1: “%2” is not a number (use digits and a dot)</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nombre (utilisez des chiffres et un point)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: “%2” has more than %3 decimals</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» a plus de %3 décimales</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: “%2” is too large</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» est trop grand</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: not valid JSON at character %2: %3</source>
        <translation>%1&#xa0;: JSON non valide au caractère %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: expected one JSON object describing an invoice</source>
        <translation>%1&#xa0;: un seul objet JSON décrivant une facture est attendu</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>no customer with the code “%1”</source>
        <translation>aucun client avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not an ISO 4217 currency code</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 days are not plausible payment terms (0 to %2)</source>
        <translation>%1 jours ne sont pas des conditions de paiement plausibles (0 à %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>expected a list with at least one line</source>
        <translation>une liste d&apos;au moins une ligne est attendue</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>expected an object</source>
        <translation>un objet est attendu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no product with the code “%1”</source>
        <translation>aucun produit avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>missing: the product “%1” is priced in %2, the invoice is in %3</source>
        <translation>manquant&#xa0;: le produit «&#xa0;%1&#xa0;» est tarifé en %2, la facture est en %3</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceLinesModel</name>
    <message>
        <location filename="../ui/models/invoicelinesmodel.cpp" line="+170"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Qty</source>
        <translation>Qté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Discount %</source>
        <translation>Remise %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax %</source>
        <translation>TVA %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service from</source>
        <translation>Prestation du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service to</source>
        <translation>Prestation au</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Net</source>
        <translation>HT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Change %1 on line %2</source>
        <translation>Modifier %1 à la ligne %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Add line</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Remove line %1</source>
        <translation>Supprimer la ligne %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Clear service period on line %1</source>
        <translation>Effacer la période de prestation à la ligne %1</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceListReport</name>
    <message>
        <location filename="../core/reports/invoicelistreport.cpp" line="+40"/>
        <source>Unknown status “%1” (use one of %2)</source>
        <translation>Statut inconnu «&#xa0;%1&#xa0;» (utilisez l&apos;un de %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The invoice list was run without the session&apos;s date</source>
        <translation>La liste des factures a été exécutée sans la date de la session</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The date range ends (%1) before it starts (%2)</source>
        <translation>La plage de dates se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
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
        <translation>envoyer des factures par e-mail</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft has no number yet: issue it before sending it</source>
        <translation>Un brouillon n&apos;a pas encore de numéro&#xa0;: émettez-le avant de l&apos;envoyer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is void: it is not sent</source>
        <translation>La facture %1 est annulée&#xa0;: elle n&apos;est pas envoyée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicePdfBatch</name>
    <message>
        <location filename="../core/documents/invoicepdfbatch.cpp" line="+33"/>
        <location line="+25"/>
        <source>export invoices</source>
        <translation>exporter les factures</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>Cannot create the folder %1</source>
        <translation>Impossible de créer le dossier %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>export credit notes</source>
        <translation>exporter les avoirs</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceRepository</name>
    <message>
        <location filename="../core/storage/invoicerepository.cpp" line="+106"/>
        <source>This draft invoice</source>
        <translation>Ce brouillon de facture</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Only a draft invoice can be deleted</source>
        <translation>Seul un brouillon de facture peut être supprimé</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>The invoice was changed or issued meanwhile; reopen it and try again</source>
        <translation>La facture a été modifiée ou émise entre-temps&#xa0;; rouvrez-la et réessayez</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Invoice %1 cannot take payments or credits</source>
        <translation>La facture %1 ne peut pas recevoir de paiements ni d&apos;avoirs</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceRules</name>
    <message>
        <location filename="../core/domain/invoicerules.cpp" line="-224"/>
        <source>choose a customer</source>
        <translation>choisissez un client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>choose a valid ISO 4217 currency</source>
        <translation>choisissez une devise ISO 4217 valide</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>enter the issue date</source>
        <translation>saisissez la date d&apos;émission</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not a plausible issue date (years %2 to %3)</source>
        <translation>%1 n&apos;est pas une date d&apos;émission plausible (années %2 à %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>enter the due date</source>
        <translation>saisissez la date d&apos;échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the due date is before the issue date</source>
        <translation>la date d&apos;échéance est antérieure à la date d&apos;émission</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the due date is more than %1 days after the issue date</source>
        <translation>la date d&apos;échéance est plus de %1 jours après la date d&apos;émission</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the notes contain control characters (such as NUL)</source>
        <translation>les notes contiennent des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>add at least one line</source>
        <translation>ajoutez au moins une ligne</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>enter a description</source>
        <translation>saisissez une description</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the description contains control characters (such as NUL)</source>
        <translation>la description contient des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the quantity must be greater than zero</source>
        <translation>la quantité doit être supérieure à zéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the quantity is larger than %1</source>
        <translation>la quantité dépasse %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit price cannot be negative</source>
        <translation>le prix unitaire ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the unit price is larger than Accrue accepts</source>
        <translation>le prix unitaire dépasse ce qu&apos;Accrue accepte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the line&apos;s amount is larger than Accrue accepts</source>
        <translation>le montant de la ligne dépasse ce qu&apos;Accrue accepte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the discount must be between 0% and 100%</source>
        <translation>la remise doit être comprise entre 0% et 100%</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the tax rate must be between 0% and 100%</source>
        <translation>le taux de TVA doit être compris entre 0% et 100%</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the service period must have a start on or before its end</source>
        <translation>la période de prestation doit commencer au plus tard à sa fin</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>“%1” is not a recognition method (%2)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une méthode de comptabilisation (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ratably needs the service period to spread over (service_start and service_end)</source>
        <translation>ratably nécessite la période de prestation sur laquelle étaler (service_start et service_end)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as_delivered bills the usage recorded for a product: name the line&apos;s product</source>
        <translation>as_delivered facture la consommation relevée pour un produit&#xa0;: indiquez le produit de la ligne</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as_delivered bills recorded usage, and usage is recorded only for products recognised as delivered; %1 is recognised %2</source>
        <translation>as_delivered facture la consommation relevée, et la consommation n&apos;est relevée que pour les produits comptabilisés à la livraison&#xa0;; %1 est comptabilisé %2</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceService</name>
    <message>
        <location filename="../core/billing/invoiceservice.cpp" line="+100"/>
        <source>Line %1: unknown product</source>
        <translation>Ligne %1&#xa0;: produit inconnu</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Line %1: %2</source>
        <translation>Ligne %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+51"/>
        <location line="+9"/>
        <source>create invoices</source>
        <translation>créer des factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+76"/>
        <source>issue invoices</source>
        <translation>émettre les factures</translation>
    </message>
    <message>
        <location line="-62"/>
        <location line="+23"/>
        <location line="+73"/>
        <source>The invoice is not valid: %1</source>
        <translation>La facture n&apos;est pas valide&#xa0;: %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>customer: no such customer</source>
        <translation>customer&#xa0;: client introuvable</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>customer: %1 is archived; restore it to bill it again</source>
        <translation>customer&#xa0;: %1 est archivé&#xa0;; restaurez-le pour le facturer à nouveau</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>edit invoices</source>
        <translation>modifier des factures</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Invoice %1 is issued and cannot be changed; issue a credit note instead</source>
        <translation>La facture %1 est émise et ne peut pas être modifiée&#xa0;; émettez plutôt un avoir</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>delete invoices</source>
        <translation>supprimer des factures</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 is issued and cannot be deleted; issue a credit note instead</source>
        <translation>La facture %1 est émise et ne peut pas être supprimée&#xa0;; émettez plutôt un avoir</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft #%1 was made by a billing run for a subscription period; edit and issue it, or issue it and credit it, instead of deleting it</source>
        <translation>Le brouillon n° %1 a été créé par un cycle de facturation pour une période d&apos;abonnement&#xa0;; modifiez-le et émettez-le, ou émettez-le puis créditez-le, au lieu de le supprimer</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Invoice %1 is already issued</source>
        <translation>La facture %1 est déjà émise</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>An invoice total cannot be negative; issue a credit note instead</source>
        <translation>Le total d&apos;une facture ne peut pas être négatif&#xa0;; émettez plutôt un avoir</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>record reminders</source>
        <translation>enregistrer des relances</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A draft invoice has not been sent, so it cannot be reminded</source>
        <translation>Un brouillon de facture n&apos;a pas été envoyé, il ne peut donc pas être relancé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No invoice with id %1</source>
        <translation>Aucune facture avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>No invoice numbered “%1”</source>
        <translation>Aucune facture portant le numéro «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceSummaryReport</name>
    <message>
        <location filename="../core/reports/invoicesummaryreport.cpp" line="+30"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited</source>
        <translation>Crédité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+6"/>
        <source>Invoice summary %1 to %2</source>
        <translation>Synthèse des factures du %1 au %2</translation>
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
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 · Disputed</source>
        <translation>%1 · En litige</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>In dispute: dunning leaves it alone until the dispute is resolved</source>
        <translation>En litige&#xa0;: les relances ignorent la facture jusqu&apos;à la résolution du litige</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Number</source>
        <translation>Numéro</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last reminded</source>
        <translation>Dernière relance</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoiceViewDialog</name>
    <message>
        <location filename="../ui/dialogs/invoiceviewdialog.cpp" line="+48"/>
        <source>Draft invoice</source>
        <translation>Brouillon de facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print Pre&amp;view…</source>
        <translation>A&amp;perçu avant impression…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save &amp;PDF…</source>
        <translation>Enregistrer en &amp;PDF…</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>&amp;Invoice</source>
        <translation>&amp;Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revenue Schedule</source>
        <translation>&amp;Échéancier de chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Disputed on %1 by %2: %3</source>
        <translation>Contestée le %1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>    Note (%1, %2): %3</source>
        <translation>    Note (%1, %2)&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>    Open: dunning leaves the invoice alone</source>
        <translation>    Ouvert&#xa0;: les relances ignorent la facture</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>by a credit note</source>
        <translation>par un avoir</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>by writing it off</source>
        <translation>par passage en perte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>withdrawn by the customer</source>
        <translation>retiré par le client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>    Resolved on %1 by %2: %3</source>
        <translation>    Résolu le %1 par %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Written off on %1 by %2: %3 (%4)</source>
        <translation>Passée en perte le %1 par %2&#xa0;: %3 (%4)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Disputes and write-offs</source>
        <translation>Litiges et passages en perte</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>draft</source>
        <translation>brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+7"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>Accrue::InvoicesPage</name>
    <message>
        <location filename="../ui/pages/invoicespage.cpp" line="+64"/>
        <source>Issued</source>
        <translation>Émise le</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Customer code or name</source>
        <translation>Code ou nom du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Search number or customer (Ctrl+F)</source>
        <translation>Rechercher un numéro ou un client (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Status:</source>
        <translation>Statut&#xa0;:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Remove this filter</source>
        <translation>Supprimer ce filtre</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Partially paid · Disputed</source>
        <translation>Partiellement payée · En litige</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Not yet due</source>
        <translation>Pas encore échu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue %1 days</source>
        <translation>En retard de %1 jours</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Filter: %1. Remove</source>
        <translation>Filtre&#xa0;: %1. Supprimer</translation>
    </message>
    <message>
        <location line="+65"/>
        <location line="+328"/>
        <location line="+5"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="-299"/>
        <source>&amp;New Invoice</source>
        <translation>&amp;Nouvelle facture</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit Draft…</source>
        <translation>&amp;Modifier le brouillon…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Issue</source>
        <translation>É&amp;mettre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+I</source>
        <translation>Ctrl+Shift+I</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>D&amp;uplicate</source>
        <translation>D&amp;upliquer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+D</source>
        <translation>Ctrl+D</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Delete Draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record &amp;Payment…</source>
        <translation>Enregistrer un &amp;paiement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue &amp;Credit Note…</source>
        <translation>Émettre un &amp;avoir…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Void…</source>
        <translation>A&amp;nnuler…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Apply Customer Credit</source>
        <translation>Imputer le &amp;crédit client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mark &amp;Reminded</source>
        <translation>Marquer comme &amp;relancée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+R</source>
        <translation>Ctrl+Shift+R</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export P&amp;DFs…</source>
        <translation>Exporter les P&amp;DF…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send by E-&amp;mail…</source>
        <translation>Envoyer par e-&amp;mail…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export E-&amp;invoice…</source>
        <translation>Exporter la facture é&amp;lectronique…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>D&amp;unning Run…</source>
        <translation>Campagne de rela&amp;nce…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mark In &amp;Dispute…</source>
        <translation>Marquer en &amp;litige…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add Dispute &amp;Note…</source>
        <translation>Ajouter une &amp;note de litige…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Re&amp;solve Dispute…</source>
        <translation>Ré&amp;soudre le litige…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Write Off…</source>
        <translation>&amp;Passer en perte…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write Off &amp;90+ Days…</source>
        <translation>Passer en perte à &amp;90+ jours…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;History of This Invoice…</source>
        <translation>&amp;Historique de cette facture…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Co&amp;llect</source>
        <translation>Reco&amp;uvrer</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>S&amp;end</source>
        <translation>En&amp;voyer</translation>
    </message>
    <message>
        <location line="+132"/>
        <source>Needs the Finance or Admin role</source>
        <translation>Nécessite le rôle Finance ou Administrateur</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>New Invoice</source>
        <translation>Nouvelle facture</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Duplicate</source>
        <translation>Dupliquer</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+6"/>
        <source>Delete Draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Delete this draft invoice?</source>
        <translation>Supprimer ce brouillon de facture&#xa0;?</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+9"/>
        <source>Issue Invoice</source>
        <translation>Émettre la facture</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Issue this draft? It gets its number and cannot be changed afterwards.</source>
        <translation>Émettre ce brouillon&#xa0;? Il reçoit son numéro et ne peut plus être modifié ensuite.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Issued %1</source>
        <translation>%1 émise</translation>
    </message>
    <message>
        <location line="+15"/>
        <location line="+165"/>
        <source>A draft has to be issued first.</source>
        <translation>Un brouillon doit d&apos;abord être émis.</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>Customer credit</source>
        <translation>Crédit client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of credit applied to %2.</source>
        <translation>%1 de crédit imputé sur %2.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 is in dispute</source>
        <translation>%1 est en litige</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The dispute of %1 is resolved</source>
        <translation>Le litige de %1 est résolu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Wrote off %1 of %2</source>
        <translation>%1 de %2 passé en perte</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Write Off 90+</source>
        <translation>Passer en perte 90+</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export PDFs to</source>
        <translation>Exporter les PDF vers</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>Writing %Ln PDF(s)…</source>
        <translation>
            <numerusform>Écriture de %Ln PDF…</numerusform>
            <numerusform>Écriture de %Ln PDF…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message numerus="yes">
        <location line="+27"/>
        <source>Wrote %Ln PDF(s) to %1</source>
        <translation>
            <numerusform>%Ln PDF écrit dans %1</numerusform>
            <numerusform>%Ln PDF écrits dans %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Export PDFs</source>
        <translation>Exporter les PDF</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <location line="+5"/>
        <location line="+19"/>
        <source>Export E-invoice</source>
        <translation>Exporter la facture électronique</translation>
    </message>
    <message>
        <location line="-18"/>
        <source>UBL e-invoices (*.xml)</source>
        <translation>Factures électroniques UBL (*.xml)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Wrote the e-invoice %1 to %2</source>
        <translation>Facture électronique %1 écrite dans %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <location line="+15"/>
        <location line="+7"/>
        <source>Send by E-mail</source>
        <translation>Envoyer par e-mail</translation>
    </message>
    <message numerus="yes">
        <location line="-14"/>
        <source>Sending %Ln invoice(s) by e-mail…</source>
        <translation>
            <numerusform>Envoi de %Ln facture par e-mail…</numerusform>
            <numerusform>Envoi de %Ln factures par e-mail…</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Not everything was sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%1</source>
        <translation>Tout n&apos;a pas été envoyé (ce qui a été mis en file sera réessayé plus tard&#xa0;; voir Facturation &gt; Boîte d&apos;envoi e-mail)&#xa0;:
%1</translation>
    </message>
    <message>
        <location line="+82"/>
        <location line="+7"/>
        <source>Export invoices</source>
        <translation>Exporter les factures</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>History of This Invoice</source>
        <translation>Historique de cette facture</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%Ln invoice(s)</source>
        <translation>
            <numerusform>%Ln facture</numerusform>
            <numerusform>%Ln factures</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::JournalExportDialog</name>
    <message>
        <location filename="../ui/dialogs/journalexportdialog.cpp" line="+83"/>
        <source>&amp;Whole book</source>
        <translation>&amp;Tout le dossier</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Account &amp;Mapping…</source>
        <translation>&amp;Correspondance des comptes…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+180"/>
        <source>Export Journal</source>
        <translation>Exporter le journal</translation>
    </message>
    <message>
        <location line="-153"/>
        <source>All currencies</source>
        <translation>Toutes les devises</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An ISO code (EUR) to export one currency; empty for all. QuickBooks files hold one currency each.</source>
        <translation>Un code ISO (EUR) pour exporter une seule devise&#xa0;; vide pour toutes. Les fichiers QuickBooks contiennent chacun une seule devise.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Format:</source>
        <translation>&amp;Format&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dates:</source>
        <translation>&amp;Dates&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Currency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F&amp;ile:</source>
        <translation>F&amp;ichier&#xa0;:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What each account is called in the format chosen (Settings &gt; Accounting Export)</source>
        <translation>Le nom de chaque compte dans le format choisi (Paramètres &gt; Export comptable)</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>General journal transactions for QuickBooks Desktop (File &gt; Utilities &gt; Import &gt; IIF Files). One currency per file.</source>
        <translation>Transactions du journal général pour QuickBooks Desktop (File &gt; Utilities &gt; Import &gt; IIF Files). Une devise par fichier.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Two files for Xero&apos;s imports: NAME-invoices.csv (sales invoices and credit notes, tax exclusive) and NAME-payments.csv (the payments as a bank statement to reconcile, one currency).</source>
        <translation>Deux fichiers pour les imports Xero&#xa0;: NOM-invoices.csv (factures de vente et avoirs, hors taxes) et NOM-payments.csv (les paiements sous forme de relevé bancaire à rapprocher, une seule devise).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Journal entries for NetSuite&apos;s CSV import, one row per line, an External ID per entry.</source>
        <translation>Écritures comptables pour l&apos;import CSV de NetSuite, une ligne par ligne d&apos;écriture, un External ID par écriture.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A plain-text journal for hledger and ledger-cli; account names carry the trial balance&apos;s codes. Needs no account mapping.</source>
        <translation>Un journal en texte brut pour hledger et ledger-cli&#xa0;; les noms de comptes portent les codes de la balance générale. Ne nécessite aucune correspondance de comptes.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Browse… suggests %1</source>
        <translation>Parcourir… propose %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No month is closed yet: the entries of this range may still change.</source>
        <translation>Aucun mois n&apos;est encore clôturé&#xa0;: les écritures de cette plage peuvent encore changer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Closed (the books are closed through %1): the same range gives the same file every time.</source>
        <translation>Clôturé (les comptes sont clôturés jusqu&apos;au %1)&#xa0;: la même plage donne toujours le même fichier.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The books are closed through %1: later entries may still change.</source>
        <translation>Les comptes sont clôturés jusqu&apos;au %1&#xa0;: les écritures ultérieures peuvent encore changer.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 files (*.%2)</source>
        <translation>Fichiers %1 (*.%2)</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Map them in Settings &gt; Accounting Export (Account Mapping… below) or with accrue-cli export mapping, then export again.</source>
        <translation>Associez-les dans Paramètres &gt; Export comptable (Correspondance des comptes… ci-dessous) ou avec accrue-cli export mapping, puis exportez à nouveau.</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Exporting…</source>
        <translation>Export…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exporting the journal…</source>
        <translation>Export du journal…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="+40"/>
        <source> and </source>
        <translation> et </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 files in %2: %3 … %4</source>
        <translation>%1 fichiers dans %2&#xa0;: %3 … %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Journal entries written: %1. File: %2</source>
        <translation>Écritures comptables écrites&#xa0;: %1. Fichier&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Nothing was written. Problems: %1</source>
        <translation>Rien n&apos;a été écrit. Problèmes&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was written.</source>
        <translation>Rien n&apos;a été écrit.</translation>
    </message>
</context>
<context>
    <name>Accrue::JournalExportService</name>
    <message>
        <location filename="../core/billing/journalexportservice.cpp" line="+32"/>
        <source>see the accounting export mapping</source>
        <translation>voir la correspondance de l&apos;export comptable</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>There is no account %1 in the chart of accounts</source>
        <translation>Il n&apos;y a pas de compte %1 dans le plan comptable</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>“%1” is neither account nor tax</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni un compte ni une taxe</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a tax category (standard, reduced, zero, exempt, reverse_charge, override), optionally with a rate in percent (standard:19)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une catégorie de TVA (standard, reduced, zero, exempt, reverse_charge, override), éventuellement avec un taux en pourcentage (standard:19)</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+46"/>
        <source>change the accounting export mapping</source>
        <translation>modifier la correspondance de l&apos;export comptable</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>%1 %2: code</source>
        <translation>%1 %2&#xa0;: code</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 %2: name</source>
        <translation>%1 %2&#xa0;: nom</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the first line must be %2</source>
        <translation>%1&#xa0;: la première ligne doit être %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 line %2: needs kind, source_key, target_code and target_name</source>
        <translation>%1 ligne %2&#xa0;: nécessite kind, source_key, target_code et target_name</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>export the journal</source>
        <translation>exporter le journal</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the journal</source>
        <translation>le journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The export&apos;s first day (%1) is after its last (%2)</source>
        <translation>Le premier jour de l&apos;export (%1) est postérieur au dernier (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The Xero export writes two files: give a file name</source>
        <translation>L&apos;export Xero écrit deux fichiers&#xa0;: indiquez un nom de fichier</translation>
    </message>
</context>
<context>
    <name>Accrue::JournalReader</name>
    <message>
        <location filename="../core/exchange/journalreader.cpp" line="+42"/>
        <source>The journal posts to account id %1, which the chart does not have</source>
        <translation>Le journal comptabilise sur l&apos;id de compte %1, que le plan comptable ne contient pas</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>set it in Settings &gt; Accounting Export or with accrue-cli export mapping</source>
        <translation>définissez-le dans Paramètres &gt; Export comptable ou avec accrue-cli export mapping</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>account %1 %2 has no %3 account: %4</source>
        <translation>le compte %1 %2 n&apos;a pas de compte %3&#xa0;: %4</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The export was cancelled; nothing was written</source>
        <translation>L&apos;export a été annulé&#xa0;; rien n&apos;a été écrit</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>A %1 file holds one currency, and the journal has entries in %2: export one currency at a time</source>
        <translation>Un fichier %1 contient une seule devise, et le journal a des écritures en %2&#xa0;: exportez une devise à la fois</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Journal entry %1 of %2 (%3) does not balance: debit %4, credit %5</source>
        <translation>L&apos;écriture comptable %1 du %2 (%3) n&apos;est pas équilibrée&#xa0;: débit %4, crédit %5</translation>
    </message>
</context>
<context>
    <name>Accrue::JournalRepository</name>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="+71"/>
        <source>%1 is closed: the %2 of %3 is posted on %4</source>
        <translation>%1 est clôturé&#xa0;: le %2 de %3 est comptabilisé le %4</translation>
    </message>
</context>
<context>
    <name>Accrue::JsonWriter</name>
    <message>
        <location filename="../core/exchange/jsonwriter.cpp" line="+92"/>
        <source>Could not write: %1</source>
        <translation>Écriture impossible&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::Ledger</name>
    <message>
        <location filename="../core/ledger/chartofaccounts.cpp" line="+48"/>
        <source>The chart of accounts has no “%1” account</source>
        <translation>Le plan comptable n&apos;a pas de compte «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/ledger/recognitionschedule.cpp" line="+29"/>
        <source>The service period ends before it starts</source>
        <translation>La période de prestation se termine avant de commencer</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Completion</source>
        <translation>Avancement</translation>
    </message>
    <message>
        <location filename="../core/storage/journalrepository.cpp" line="-53"/>
        <source>Refusing an unbalanced journal entry (%1: debit %2, credit %3)</source>
        <translation>Écriture comptable déséquilibrée refusée (%1&#xa0;: débit %2, crédit %3)</translation>
    </message>
</context>
<context>
    <name>Accrue::Limits</name>
    <message>
        <location filename="../core/domain/limits.cpp" line="+15"/>
        <source>A total is larger than Accrue can hold; check the amounts in the book for a mistyped figure</source>
        <translation>Un total dépasse ce qu&apos;Accrue peut contenir&#xa0;; vérifiez les montants du dossier à la recherche d&apos;un chiffre mal saisi</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettings</name>
    <message>
        <location filename="../core/mail/mailsettings.cpp" line="+55"/>
        <source>Invoice {invoice} from {company}</source>
        <translation>Facture {invoice} de {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

please find attached invoice {invoice}. The amount due is {amount_due}, payable by {due_date}.

Kind regards,
{company}
</source>
        <translation>Bonjour {customer},

veuillez trouver ci-joint la facture {invoice}. Le montant dû est de {amount_due}, payable avant le {due_date}.

Cordialement,
{company}
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Receipt {receipt} from {company}</source>
        <translation>Reçu {receipt} de {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

thank you for your payment of {amount} received on {date} for {invoices}. Your receipt {receipt} is attached.

Kind regards,
{company}
</source>
        <translation>Bonjour {customer},

nous vous remercions pour votre paiement de {amount} reçu le {date} pour {invoices}. Vous trouverez ci-joint votre reçu {receipt}.

Cordialement,
{company}
</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Credit note {credit_note} from {company}</source>
        <translation>Avoir {credit_note} de {company}</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Dear {customer},

please find attached credit note {credit_note} of {amount} for invoice {invoice}, dated {date}.

Kind regards,
{company}
</source>
        <translation>Bonjour {customer},

veuillez trouver ci-joint l&apos;avoir {credit_note} de {amount} sur la facture {invoice}, daté du {date}.

Cordialement,
{company}
</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettingsPane</name>
    <message>
        <location filename="../ui/dialogs/mailsettingspane.cpp" line="+39"/>
        <source>E-mail each &amp;receipt as its payment is recorded</source>
        <translation>Envoyer chaque &amp;reçu par e-mail dès l&apos;enregistrement de son paiement</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Send &amp;Test Message</source>
        <translation>Envoyer un message de &amp;test</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>smtp.example.com</source>
        <translation>smtp.example.com</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>TLS from the start, SMTPS (port 465)</source>
        <translation>TLS dès le départ, SMTPS (port 465)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>None (a relay on your own network)</source>
        <translation>Aucune (un relais sur votre propre réseau)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unchanged (kept in the keychain)</source>
        <translation>inchangé (conservé dans le trousseau)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the system&apos;s certificate authorities</source>
        <translation>les autorités de certification du système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A PEM file of the certificate authorities to trust for this server, when a private one signed its certificate</source>
        <translation>Un fichier PEM des autorités de certification à approuver pour ce serveur, lorsqu&apos;une autorité privée a signé son certificat</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>you@example.com</source>
        <translation>vous@example.com</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whose e-mail the subject and text below are</source>
        <translation>De qui sont l&apos;objet et le texte ci-dessous</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>SMTP &amp;server:</source>
        <translation>&amp;Serveur SMTP&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Securit&amp;y:</source>
        <translation>Sécurit&amp;é&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;User:</source>
        <translation>&amp;Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Mot de &amp;passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;From address:</source>
        <translation>Adresse d&apos;&amp;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From &amp;name:</source>
        <translation>&amp;Nom d&apos;expéditeur&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Timeout:</source>
        <translation>&amp;Délai d&apos;attente&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;CA certificate file:</source>
        <translation>Fichier de certificat &amp;CA&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail t&amp;emplate:</source>
        <translation>Modèle d&apos;e-&amp;mail&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Te&amp;xt:</source>
        <translation>Te&amp;xte&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Test &amp;to:</source>
        <translation>Test &amp;vers&#xa0;:</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>Placeholders: %1</source>
        <translation>Espaces réservés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Subject: %1</source>
        <translation>Objet&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Text: %1</source>
        <translation>Texte&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>The e-mail settings are saved, but the keychain did not keep the password (%1): Accrue will ask for it when it sends.</source>
        <translation>Les paramètres e-mail sont enregistrés, mais le trousseau n&apos;a pas conservé le mot de passe (%1)&#xa0;: Accrue le demandera lors de l&apos;envoi.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Accrue test message</source>
        <translation>Message de test Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This message shows that Accrue can send e-mail through %1.</source>
        <translation>Ce message montre qu&apos;Accrue peut envoyer des e-mails via %1.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Connecting to %1…</source>
        <translation>Connexion à %1…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sent to %1.</source>
        <translation>Envoyé à %1.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Not sent: %1</source>
        <translation>Non envoyé&#xa0;: %1</translation>
    </message>
</context>
<context>
    <name>Accrue::MailSettingsService</name>
    <message>
        <location filename="../core/mail/mailsettings.cpp" line="+58"/>
        <source>host: enter the SMTP server&apos;s name or address</source>
        <translation>host&#xa0;: saisissez le nom ou l&apos;adresse du serveur SMTP</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>port: between 1 and 65535</source>
        <translation>port&#xa0;: entre 1 et 65535</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from address: “%1” is not an e-mail address</source>
        <translation>adresse d&apos;expéditeur&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une adresse e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line breaks are not allowed in the host, user or sender name</source>
        <translation>les sauts de ligne ne sont pas autorisés dans l&apos;hôte, l&apos;utilisateur ou le nom d&apos;expéditeur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>timeout: between 1 and 600 seconds</source>
        <translation>délai d&apos;attente&#xa0;: entre 1 et 600 secondes</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice subject: %1</source>
        <translation>objet des factures&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice text: %1</source>
        <translation>texte des factures&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>receipt subject: %1</source>
        <translation>objet des reçus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>receipt text: %1</source>
        <translation>texte des reçus&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>credit note subject: %1</source>
        <translation>objet des avoirs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit note text: %1</source>
        <translation>texte des avoirs&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA certificate file: cannot read “%1”</source>
        <translation>Fichier de certificat CA&#xa0;: impossible de lire «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>change the e-mail settings</source>
        <translation>modifier les paramètres e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The e-mail settings are not valid: %1</source>
        <translation>Les paramètres e-mail ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The e-mail settings</source>
        <translation>Les paramètres e-mail</translation>
    </message>
</context>
<context>
    <name>Accrue::MailTasks</name>
    <message>
        <location filename="../ui/mailtasks.cpp" line="+37"/>
        <source>SMTP Password</source>
        <translation>Mot de passe SMTP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of %1 on %2 (not found in the keychain):</source>
        <translation>Mot de passe de %1 sur %2 (introuvable dans le trousseau)&#xa0;:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>E-mail is not set up yet: enter the SMTP server and the sender in Edit &gt; Company Settings, E-mail.</source>
        <translation>L&apos;e-mail n&apos;est pas encore configuré&#xa0;: saisissez le serveur SMTP et l&apos;expéditeur dans Édition &gt; Paramètres de la société, E-mail.</translation>
    </message>
    <message>
        <location line="+133"/>
        <source>E-mail: %1 sent, %2 to retry, %3 failed, %4 not made</source>
        <translation>E-mail&#xa0;: %1 envoyés, %2 à réessayer, %3 en échec, %4 non créés</translation>
    </message>
</context>
<context>
    <name>Accrue::MailTemplate</name>
    <message>
        <location filename="../core/mail/mailtemplate.cpp" line="+23"/>
        <source>unknown placeholder {%1} (known: %2)</source>
        <translation>espace réservé inconnu {%1} (connus&#xa0;: %2)</translation>
    </message>
</context>
<context>
    <name>Accrue::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="+140"/>
        <source>Posted in an open month</source>
        <translation>Comptabilisé sur un mois ouvert</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 · %2 (%3) · Book: %4</source>
        <translation>%1 · %2 (%3) · Dossier&#xa0;: %4</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>My Account: %1 — %2</source>
        <translation>Mon compte&#xa0;: %1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Book: %1 · %2 (%3)</source>
        <translation>Dossier&#xa0;: %1 · %2 (%3)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Invoices</source>
        <translation>&amp;Factures</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reports</source>
        <translation>&amp;Rapports</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;ustomers</source>
        <translation>C&amp;lients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;venue</source>
        <translation>C&amp;hiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Transactions</source>
        <translation>&amp;Transactions</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>My &amp;Account</source>
        <translation>Mon &amp;compte</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Updated with changes made by others</source>
        <translation>Mis à jour avec les modifications d&apos;autres utilisateurs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1 holds no Accrue book yet. Set one up there now?</source>
        <translation>%1 ne contient encore aucun dossier Accrue. En créer un maintenant&#xa0;?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book in %1 needs an upgrade (schema %2 to %3). Upgrade it now? Other clients of older versions will have to update too.</source>
        <translation>Le dossier dans %1 doit être mis à niveau (schéma %2 vers %3). Le mettre à niveau maintenant&#xa0;? Les autres clients des versions antérieures devront également être mis à jour.</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+7"/>
        <source>Connect to Server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New Book…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+N</source>
        <translation>Ctrl+Shift+N</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Open Book…</source>
        <translation>&amp;Ouvrir un dossier…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Connect to Server…</source>
        <translation>Se &amp;connecter au serveur…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open &amp;Recent</source>
        <translation>Dossiers &amp;récents</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Find</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Company Settings…</source>
        <translation>Paramètres de la &amp;société…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Users…</source>
        <translation>&amp;Utilisateurs…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Preferences…</source>
        <translation>&amp;Préférences…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Audit Log…</source>
        <translation>&amp;Journal d&apos;audit…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who changed what and when, with the before and after</source>
        <translation>Qui a modifié quoi et quand, avec l&apos;avant et l&apos;après</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Billing</source>
        <translation>&amp;Facturation</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing &amp;Run…</source>
        <translation>&amp;Cycle de facturation…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice the subscriptions due, with prorations</source>
        <translation>Facturer les abonnements échus, avec les proratas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Products and Plans…</source>
        <translation>&amp;Produits et formules…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail &amp;Outbox…</source>
        <translation>&amp;Boîte d&apos;envoi e-mail…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Customers</source>
        <translation>&amp;Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Shift+U</source>
        <translation>Ctrl+Shift+U</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;User Guide</source>
        <translation>&amp;Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;About Accrue</source>
        <translation>À &amp;propos d&apos;Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Customers…</source>
        <translation>&amp;Clients…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Subscriptions…</source>
        <translation>&amp;Abonnements…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax Rates…</source>
        <translation>&amp;Taux de TVA…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Exchange Rates…</source>
        <translation>Taux de &amp;change…</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Billing run done</source>
        <translation>Cycle de facturation terminé</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Audit Log</source>
        <translation>Journal d&apos;audit</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>New Book</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrue books (*.sqlite)</source>
        <translation>Dossiers Accrue (*.sqlite)</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+21"/>
        <source>Open Book</source>
        <translation>Ouvrir un dossier</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Accrue books (*.sqlite);;All files (*)</source>
        <translation>Dossiers Accrue (*.sqlite);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>About Accrue</source>
        <translation>À propos d&apos;Accrue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;h3&gt;Accrue %1&lt;/h3&gt;&lt;p&gt;Billing, receivables and revenue.&lt;/p&gt;&lt;p&gt;Book: %2&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Accrue %1&lt;/h3&gt;&lt;p&gt;Facturation, créances clients et chiffre d&apos;affaires.&lt;/p&gt;&lt;p&gt;Dossier&#xa0;: %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accrue shows the new language after a restart.</source>
        <translation>Accrue affichera la nouvelle langue après un redémarrage.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Restart Now</source>
        <translation>&amp;Redémarrer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Later</source>
        <translation>Plus &amp;tard</translation>
    </message>
</context>
<context>
    <name>Accrue::ManualMatchDialog</name>
    <message>
        <location filename="../ui/dialogs/manualmatchdialog.cpp" line="+32"/>
        <source>Match Bank Line by Hand</source>
        <translation>Rapprocher manuellement une ligne bancaire</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>À affecter</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Bank line:</source>
        <translation>Ligne bancaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1 more than the bank line</source>
        <translation>%1 de plus que la ligne bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Left as customer credit: %1</source>
        <translation>Laissé en crédit client&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Choose the customer who paid.</source>
        <translation>Choisissez le client qui a payé.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: “%2” is not an amount</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un montant</translation>
    </message>
</context>
<context>
    <name>Accrue::MimeWriter</name>
    <message>
        <location filename="../core/mail/mailmessage.cpp" line="+159"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To: the e-mail has no recipient</source>
        <translation>À&#xa0;: l&apos;e-mail n&apos;a aucun destinataire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Attachment name</source>
        <translation>Nom de la pièce jointe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Attachment %1: “%2” is not a content type</source>
        <translation>Pièce jointe %1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un type de contenu</translation>
    </message>
</context>
<context>
    <name>Accrue::Money</name>
    <message>
        <location filename="../core/money/currency.cpp" line="+110"/>
        <source>Unknown currency code “%1”</source>
        <translation>Code de devise inconnu «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location filename="../core/money/money.cpp" line="+22"/>
        <source>The amount is too large.</source>
        <translation>Le montant est trop élevé.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>no currency</source>
        <translation>aucune devise</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>“%1” is not a valid amount.</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant valide.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is too large.</source>
        <translation>«&#xa0;%1&#xa0;» est trop élevé.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>“%1” has too many decimal places: %2 amounts have at most %n.</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a trop de décimales&#xa0;: les montants en %2 en ont au plus %n.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a trop de décimales&#xa0;: les montants en %2 en ont au plus %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” has misplaced digit group separators.</source>
        <translation>«&#xa0;%1&#xa0;» contient des séparateurs de milliers mal placés.</translation>
    </message>
    <message>
        <location line="+243"/>
        <source>Cannot combine amounts in %1 and %2.</source>
        <translation>Impossible de combiner des montants en %1 et en %2.</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>A share needs a positive denominator.</source>
        <translation>Une quote-part nécessite un dénominateur positif.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>An exchange rate must be above zero.</source>
        <translation>Un taux de change doit être supérieur à zéro.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Cannot split an amount by negative weights.</source>
        <translation>Impossible de répartir un montant selon des pondérations négatives.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot split an amount: at least one weight must be positive.</source>
        <translation>Impossible de répartir un montant&#xa0;: au moins une pondération doit être positive.</translation>
    </message>
    <message>
        <location line="+90"/>
        <source>Please enter an amount.</source>
        <translation>Veuillez saisir un montant.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Please enter a number.</source>
        <translation>Veuillez saisir un nombre.</translation>
    </message>
    <message numerus="yes">
        <location line="+13"/>
        <source>“%1” has more than %n decimal(s).</source>
        <translation>
            <numerusform>«&#xa0;%1&#xa0;» a plus de %n décimale.</numerusform>
            <numerusform>«&#xa0;%1&#xa0;» a plus de %n décimales.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::MonthlyRevenueReport</name>
    <message>
        <location filename="../core/reports/monthlyrevenuereport.cpp" line="+36"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Monthly revenue by %1</source>
        <translation>Chiffre d&apos;affaires mensuel par %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Monthly revenue</source>
        <translation>Chiffre d&apos;affaires mensuel</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Month total</source>
        <translation>Total du mois</translation>
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
        <translation>Essai</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>My Account — Billing</source>
        <translation>Mon compte — Facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 (%2) · signed in as %3, %4</source>
        <translation>%1 (%2) · connecté en tant que %3, %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Invoices &amp;&amp; Credit Notes</source>
        <translation>Factures &amp;&amp; avoirs</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriptions</source>
        <translation>Abonnements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment Methods</source>
        <translation>Moyens de paiement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Billing Profiles</source>
        <translation>Profils de facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement</source>
        <translation>Relevé</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>&amp;View…</source>
        <translation>&amp;Afficher…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Download PDF…</source>
        <translation>&amp;Télécharger le PDF…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Download Credit Note &amp;PDF…</source>
        <translation>Télécharger le &amp;PDF de l&apos;avoir…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit notes</source>
        <translation>Avoirs</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Change Quantity…</source>
        <translation>&amp;Modifier la quantité…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Subscription</source>
        <translation>Abonnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next billing</source>
        <translation>Prochaine facturation</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Add Payment Method…</source>
        <translation>&amp;Ajouter un moyen de paiement…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Label</source>
        <translation>Libellé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Card or account</source>
        <translation>Carte ou compte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Expire</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Show</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>•••• %1</source>
        <translation>•••• %1</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Change the number of licenses from a date</source>
        <translation>Modifier le nombre de licences à partir d&apos;une date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ask your provider to change quantities</source>
        <translation>Demandez à votre fournisseur de modifier les quantités</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>View Invoice</source>
        <translation>Afficher la facture</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+7"/>
        <location line="+15"/>
        <location line="+8"/>
        <source>Download PDF</source>
        <translation>Télécharger le PDF</translation>
    </message>
    <message>
        <location line="-30"/>
        <location line="+22"/>
        <location line="+82"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="-99"/>
        <location line="+23"/>
        <location line="+66"/>
        <location line="+24"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>Change Quantity</source>
        <translation>Modifier la quantité</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>%1: %n license(s) from %2</source>
        <translation>
            <numerusform>%1&#xa0;: %n licence à partir du %2</numerusform>
            <numerusform>%1&#xa0;: %n licences à partir du %2</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Added a payment method</source>
        <translation>Moyen de paiement ajouté</translation>
    </message>
    <message>
        <location line="+22"/>
        <location line="+11"/>
        <source>Export Statement</source>
        <translation>Exporter le relevé</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+17"/>
        <source>Save Statement</source>
        <translation>Enregistrer le relevé</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>%1 (%2), %3 to %4</source>
        <translation>%1 (%2), du %3 au %4</translation>
    </message>
</context>
<context>
    <name>Accrue::OutboxDialog</name>
    <message>
        <location filename="../ui/dialogs/outboxdialog.cpp" line="+34"/>
        <source>&amp;Deliver Now</source>
        <translation>&amp;Distribuer maintenant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;try</source>
        <translation>Ré&amp;essayer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail Outbox</source>
        <translation>Boîte d&apos;envoi e-mail</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+49"/>
        <source>Queued</source>
        <translation>En file</translation>
    </message>
    <message>
        <location line="-49"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>To</source>
        <translation>À</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Attempts</source>
        <translation>Tentatives</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Next attempt / sent</source>
        <translation>Prochaine tentative / envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Server&apos;s last answer</source>
        <translation>Dernière réponse du serveur</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Queue the chosen failed message again, its attempts reset</source>
        <translation>Remettre en file le message en échec choisi, avec ses tentatives réinitialisées</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ctualiser</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>En échec</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Message queued again: Deliver Now sends it</source>
        <translation>Message remis en file&#xa0;: Distribuer maintenant l&apos;envoie</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Delivering…</source>
        <translation>Distribution…</translation>
    </message>
</context>
<context>
    <name>Accrue::OutboxService</name>
    <message>
        <location filename="../core/mail/outboxservice.cpp" line="+55"/>
        <location line="+29"/>
        <location line="+54"/>
        <source>send e-mail</source>
        <translation>envoyer des e-mails</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The outbox has no message #%1</source>
        <translation>La boîte d&apos;envoi ne contient aucun message n° %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Message #%1 is %2, not failed: only a failed message is tried again</source>
        <translation>Le message n° %1 est %2, pas en échec&#xa0;: seul un message en échec est réessayé</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Invoice %1</source>
        <translation>Facture %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reminder for %1</source>
        <translation>Relance pour %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note %1</source>
        <translation>Avoir %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::OutputFile</name>
    <message>
        <location filename="../core/exchange/outputfile.cpp" line="+37"/>
        <source>it is a folder</source>
        <translation>c&apos;est un dossier</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>standard output</source>
        <translation>sortie standard</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::OutputParts</name>
    <message>
        <location filename="../core/exchange/outputparts.cpp" line="+130"/>
        <source>it is a part of an earlier export and cannot be removed</source>
        <translation>il fait partie d&apos;un export antérieur et ne peut pas être supprimé</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::PartnerRevenueReport</name>
    <message>
        <location filename="../core/reports/partnerrevenuereport.cpp" line="+29"/>
        <source>Partner revenue</source>
        <translation>Chiffre d&apos;affaires partenaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant</source>
        <translation>Entité</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Partner</source>
        <translation>Partenaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month</source>
        <translation>Mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoiced (net)</source>
        <translation>Facturé (HT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credited (net)</source>
        <translation>Crédité (HT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Direct</source>
        <translation>Direct</translation>
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
        <translation>importer des paiements par carte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the file is empty</source>
        <translation>%1&#xa0;: le fichier est vide</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1:1: a “%2” column is required (invoice, date, status, reason, id)</source>
        <translation>%1:1&#xa0;: une colonne «&#xa0;%2&#xa0;» est requise (invoice, date, status, reason, id)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>“%1” is not failed, declined, expired or succeeded</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni failed, ni declined, ni expired, ni succeeded</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no invoice “%1”</source>
        <translation>aucune facture «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the gateway&apos;s id of the attempt is missing</source>
        <translation>l&apos;identifiant de la tentative chez la passerelle est manquant</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentDialog</name>
    <message>
        <location filename="../ui/dialogs/paymentdialog.cpp" line="+29"/>
        <source>Record Payment for %1</source>
        <translation>Enregistrer un paiement pour %1</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Amount (%1):</source>
        <translation>&amp;Montant (%1)&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date received:</source>
        <translation>&amp;Date de réception&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Method:</source>
        <translation>&amp;Mode&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Reference:</source>
        <translation>&amp;Référence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMatcher</name>
    <message>
        <location filename="../core/billing/paymentmatcher.cpp" line="+188"/>
        <source>invoice numbers %1 in remittance text belong to different customers</source>
        <translation>les numéros de facture %1 du libellé de virement appartiennent à des clients différents</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>invoice number %1 in remittance text</source>
        <translation>numéro de facture %1 dans le libellé de virement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice numbers %1 in remittance text</source>
        <translation>numéros de facture %1 dans le libellé de virement</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>amount equals balance</source>
        <translation>le montant est égal au solde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>amount equals their balances</source>
        <translation>le montant est égal à leurs soldes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>part payment of %1 (open %2)</source>
        <translation>paiement partiel de %1 (ouvert %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>over-payment: %1 more than open, kept as customer credit</source>
        <translation>trop-perçu&#xa0;: %1 de plus que l&apos;ouvert, conservé en crédit client</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>customer code %1 in text; amount equals the balance of %2</source>
        <translation>code client %1 dans le texte&#xa0;; le montant est égal au solde de %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>customer code %1 in text; amount equals its %2 open invoices</source>
        <translation>code client %1 dans le texte&#xa0;; le montant est égal à ses %2 factures ouvertes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customer code %1 in text; allocated to the oldest open invoices</source>
        <translation>code client %1 dans le texte&#xa0;; affecté aux factures ouvertes les plus anciennes</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>payer name matches %1; amount equals the balance of %2</source>
        <translation>le nom du payeur correspond à %1&#xa0;; le montant est égal au solde de %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount equals the open balance of %1 (the only invoice with it)</source>
        <translation>le montant est égal au solde ouvert de %1 (la seule facture avec ce montant)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>ambiguous: %1 open invoices have this amount (%2); choose one</source>
        <translation>ambigu&#xa0;: %1 factures ouvertes ont ce montant (%2)&#xa0;; choisissez-en une</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>payer name like customer %1 (%2); allocated to the oldest open invoices</source>
        <translation>nom du payeur proche du client %1 (%2)&#xa0;; affecté aux factures ouvertes les plus anciennes</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethod</name>
    <message>
        <location filename="../ui/models/methodnames.cpp" line="+14"/>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cheque</source>
        <translation>Chèque</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cash</source>
        <translation>Espèces</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Direct debit</source>
        <translation>Prélèvement</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethodDialog</name>
    <message>
        <location filename="../ui/dialogs/paymentmethoddialog.cpp" line="+23"/>
        <source>Add Payment Method</source>
        <translation>Ajouter un moyen de paiement</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Type&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Label:</source>
        <translation>&amp;Libellé&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>e.g. the gateway&apos;s customer reference</source>
        <translation>p. ex. la référence client de la passerelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last &amp;four:</source>
        <translation>&amp;4 derniers chiffres&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1234</source>
        <translation>1234</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E&amp;xpiry:</source>
        <translation>E&amp;xpiration&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MM/YY</source>
        <translation>MM/AA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Mandate:</source>
        <translation>&amp;Mandat&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>direct-debit mandate reference</source>
        <translation>référence du mandat de prélèvement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>checked, kept masked but for the last four</source>
        <translation>vérifié, conservé masqué sauf les quatre derniers chiffres</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>That looks like a full card number. Accrue never stores one: keep the last four digits and the gateway&apos;s reference.</source>
        <translation>Cela ressemble à un numéro de carte complet. Accrue n&apos;en stocke jamais&#xa0;: conservez les quatre derniers chiffres et la référence de la passerelle.</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentMethodRules</name>
    <message>
        <location filename="../core/domain/paymentmethodrules.cpp" line="+17"/>
        <source>Card</source>
        <translation>Carte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>SEPA direct debit</source>
        <translation>Prélèvement SEPA</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank transfer</source>
        <translation>Virement bancaire</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ACH</source>
        <translation>ACH</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>Payment method kind “%1” is not one of %2</source>
        <translation>Le type de moyen de paiement «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The label</source>
        <translation>Le libellé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The last four digits</source>
        <translation>Les quatre derniers chiffres</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mandate reference</source>
        <translation>La référence du mandat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The gateway reference</source>
        <translation>La référence de la passerelle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The last four digits must be four digits, not “%1”</source>
        <translation>Les quatre derniers chiffres doivent être quatre chiffres, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The expiry must be MM/YY, not “%1”</source>
        <translation>L&apos;expiration doit être au format MM/AA, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The account</source>
        <translation>Le compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>“%1” is not a valid IBAN (country, length and check digits)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un IBAN valide (pays, longueur et clé de contrôle)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A card&apos;s security code (CVC) is never taken or stored</source>
        <translation>Le cryptogramme d&apos;une carte (CVC) n&apos;est jamais demandé ni stocké</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentReconciliationReport</name>
    <message>
        <location filename="../core/reports/paymentreconciliationreport.cpp" line="+34"/>
        <source>There is no bank account “%1” (import a statement into it first)</source>
        <translation>Il n&apos;existe aucun compte bancaire «&#xa0;%1&#xa0;» (importez-y d&apos;abord un relevé)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Section</source>
        <translation>Section</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Item</source>
        <translation>Article</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counterparty</source>
        <translation>Contrepartie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment reconciliation %1, %2 to %3</source>
        <translation>Rapprochement des paiements %1, du %2 au %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Summary</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Statement opening balance</source>
        <translation>Solde d&apos;ouverture du relevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement lines in the period</source>
        <translation>Lignes du relevé sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement closing balance</source>
        <translation>Solde de clôture du relevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Booked to the Bank account in the period</source>
        <translation>Comptabilisé sur le compte Banque sur la période</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Difference (statement less booked)</source>
        <translation>Écart (relevé moins comptabilisé)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Statement line not booked</source>
        <translation>Ligne de relevé non comptabilisée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>line #%1</source>
        <translation>ligne n° %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Booked, not on the statement</source>
        <translation>Comptabilisé, absent du relevé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment #%1 %2</source>
        <translation>paiement n° %1 %2</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentService</name>
    <message>
        <location filename="../core/storage/paymentrepository.cpp" line="+132"/>
        <source>The customer&apos;s credit changed meanwhile; try again</source>
        <translation>Le crédit du client a changé entre-temps&#xa0;; réessayez</translation>
    </message>
    <message>
        <location filename="../core/billing/paymentservice.cpp" line="+72"/>
        <source>amount: a payment must be a positive amount in a known currency</source>
        <translation>montant&#xa0;: un paiement doit être un montant positif dans une devise connue</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>amount: %1 is larger than Accrue accepts for one payment</source>
        <translation>montant&#xa0;: %1 dépasse ce qu&apos;Accrue accepte pour un seul paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>date: enter the date the payment was received</source>
        <translation>date&#xa0;: saisissez la date de réception du paiement</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: %1 is not a plausible payment date (years %2 to %3)</source>
        <translation>date&#xa0;: %1 n&apos;est pas une date de paiement plausible (années %2 à %3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reference: contains control characters (such as NUL)</source>
        <translation>référence&#xa0;: contient des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>method: unknown payment method “%1” (use one of %2)</source>
        <translation>mode&#xa0;: moyen de paiement inconnu «&#xa0;%1&#xa0;» (utilisez l&apos;un de %2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+122"/>
        <source>record payments</source>
        <translation>enregistrer des paiements</translation>
    </message>
    <message>
        <location line="-117"/>
        <source>customer: no such customer</source>
        <translation>customer&#xa0;: client introuvable</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>An invoice appears twice in the allocations</source>
        <translation>Une facture apparaît deux fois dans les affectations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An allocation names an invoice of another customer</source>
        <translation>Une affectation désigne une facture d&apos;un autre client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is in %2, the payment in %3</source>
        <translation>La facture %1 est en %2, le paiement en %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Invoice %1 has %2 open; it cannot take %3</source>
        <translation>La facture %1 a %2 ouvert&#xa0;; elle ne peut pas recevoir %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The allocations add up to more than the payment</source>
        <translation>Les affectations dépassent le montant du paiement</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>No invoice with id %1</source>
        <translation>Aucune facture avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice %1 is %2 and takes no payment</source>
        <translation>La facture %1 est %2 et ne peut recevoir aucun paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(draft)</source>
        <translation>(brouillon)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>rate: the book has no exchange rate %1/%2 on or before %3</source>
        <translation>taux&#xa0;: le dossier n&apos;a aucun taux de change %1/%2 au %3 ou avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Invoice %1 is in %2, the payment in %3: give the exchange rate (%3 to %2) or take the book&apos;s rate of the payment date</source>
        <translation>La facture %1 est en %2, le paiement en %3&#xa0;: indiquez le taux de change (%3 vers %2) ou prenez le taux du dossier à la date du paiement</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>amount: %1 %2 at %3 is less than the smallest unit of %4</source>
        <translation>montant&#xa0;: %1 %2 à %3 est inférieur à la plus petite unité de %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>amount: %1 %2 at %3 is %4 %5, more than the %6 %5 invoice %7 has open by over 2 %; record the excess as a separate payment</source>
        <translation>montant&#xa0;: %1 %2 à %3 donne %4 %5, soit plus de 2 % au-delà des %6 %5 ouverts sur la facture %7&#xa0;; enregistrez l&apos;excédent comme paiement séparé</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>apply customer credit</source>
        <translation>imputer le crédit client</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>amount: the credit to apply cannot be negative</source>
        <translation>montant&#xa0;: le crédit à imputer ne peut pas être négatif</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Credit can only be applied to an open invoice</source>
        <translation>Le crédit ne peut être imputé que sur une facture ouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: credit cannot be applied before the invoice was issued</source>
        <translation>date&#xa0;: le crédit ne peut pas être imputé avant l&apos;émission de la facture</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>The customer holds no credit in %1</source>
        <translation>Le client ne détient aucun crédit en %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>reverse payments</source>
        <translation>contrepasser des paiements</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>There is no payment #%1</source>
        <translation>Il n&apos;existe aucun paiement n° %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment #%1 was reversed already</source>
        <translation>Le paiement n° %1 a déjà été contrepassé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: a payment is reversed on or after the day it was received</source>
        <translation>date&#xa0;: un paiement est contrepassé le jour de sa réception ou après</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentTableModel</name>
    <message>
        <location filename="../ui/models/paymenttablemodel.cpp" line="+59"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>(not applied)</source>
        <translation>(non affecté)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Not applied to an invoice: held as customer credit</source>
        <translation>Non affecté à une facture&#xa0;: conservé en crédit client</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Applied to</source>
        <translation>Affecté à</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
</context>
<context>
    <name>Accrue::PaymentsReceivedReport</name>
    <message>
        <location filename="../core/reports/paymentsreceivedreport.cpp" line="+27"/>
        <source>Payments received %1 to %2</source>
        <translation>Paiements reçus du %1 au %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unapplied</source>
        <translation>Non affecté</translation>
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
        <translation>Mois en cours à ce jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last month</source>
        <translation>Mois dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This quarter to date</source>
        <translation>Trimestre en cours à ce jour</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last quarter</source>
        <translation>Trimestre dernier</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This year to date</source>
        <translation>Année en cours à ce jour</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Custom range</source>
        <translation>Période personnalisée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Last %1 months + this month to date</source>
        <translation>%1 derniers mois + mois en cours à ce jour</translation>
    </message>
</context>
<context>
    <name>Accrue::PeriodCloseService</name>
    <message>
        <location filename="../core/billing/periodcloseservice.cpp" line="+101"/>
        <source>Recognised through %1: %2 schedule rows in %3 entries</source>
        <translation>Comptabilisé jusqu&apos;au %1&#xa0;: %2 lignes d&apos;échéancier en %3 écritures</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>; %1 usage records accrued as unbilled</source>
        <translation>; %1 relevés de consommation provisionnés en factures à établir</translation>
    </message>
    <message>
        <location line="+25"/>
        <location line="+116"/>
        <location line="+49"/>
        <source>month: enter it as YYYY-MM</source>
        <translation>mois&#xa0;: saisissez-le au format YYYY-MM</translation>
    </message>
    <message>
        <location line="-157"/>
        <source>Month and order of closing</source>
        <translation>Mois et ordre de clôture</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 is already closed (the books are closed through %2)</source>
        <translation>%1 est déjà clôturé (les comptes sont clôturés jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Months close in order: close %1 first (the books are closed through %2)</source>
        <translation>Les mois se clôturent dans l&apos;ordre&#xa0;: clôturez d&apos;abord %1 (les comptes sont clôturés jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 has not ended yet: it can be closed from %2 on</source>
        <translation>%1 n&apos;est pas encore terminé&#xa0;: il peut être clôturé à partir du %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The first close of this book: everything through %1 is closed with it</source>
        <translation>Première clôture de ce dossier&#xa0;: tout ce qui précède le %1 inclus est clôturé avec elle</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The next month after %1</source>
        <translation>Le mois suivant %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Draft invoices dated in the month</source>
        <translation>Brouillons de factures datés dans le mois</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Drafts</source>
        <translation>Brouillons</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Issue, delete or re-date them into an open month first</source>
        <translation>Émettez-les, supprimez-les ou redatez-les d&apos;abord dans un mois ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Unmatched bank lines up to the month end</source>
        <translation>Lignes bancaires non rapprochées jusqu&apos;à la fin du mois</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lines</source>
        <translation>Lignes</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments they stand for will be posted in the next open month</source>
        <translation>Les paiements correspondants seront comptabilisés dans le prochain mois ouvert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue at the month end, never reminded</source>
        <translation>En retard à la fin du mois, jamais relancées</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+26"/>
        <source>Invoices</source>
        <translation>Factures</translation>
    </message>
    <message>
        <location line="-26"/>
        <source>Open</source>
        <translation>Ouverte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No dunning step reached them by %1: check the dunning run</source>
        <translation>Aucune étape de relance ne les a atteintes au %1&#xa0;: vérifiez la campagne de relance</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Deferred revenue at the month end</source>
        <translation>Produits constatés d&apos;avance à la fin du mois</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>A debit balance: more was recognised than deferred</source>
        <translation>Un solde débiteur&#xa0;: plus a été comptabilisé que différé</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue recognised and billed in the month</source>
        <translation>Chiffre d&apos;affaires comptabilisé et facturé dans le mois</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognised</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed (net)</source>
        <translation>Facturé (HT)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unbilled revenue at the month end</source>
        <translation>Factures à établir à la fin du mois</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Revenue recognition</source>
        <translation>Comptabilisation du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Closing posts the revenue recognised through %1</source>
        <translation>La clôture comptabilise le chiffre d&apos;affaires jusqu&apos;au %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Schedule rows due</source>
        <translation>Lignes d&apos;échéancier dues</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>To recognise</source>
        <translation>À comptabiliser</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Usage records to accrue</source>
        <translation>Relevés de consommation à provisionner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No revenue recognition is connected: closing posts none</source>
        <translation>Aucune comptabilisation du chiffre d&apos;affaires n&apos;est connectée&#xa0;: la clôture n&apos;en comptabilise aucune</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>close periods</source>
        <translation>clôturer des périodes</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+49"/>
        <source>the month-end close</source>
        <translation>la clôture mensuelle</translation>
    </message>
    <message>
        <location line="-32"/>
        <source>%1 cannot be closed: %2</source>
        <translation>%1 ne peut pas être clôturé&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>close of %1</source>
        <translation>clôture de %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>reopen closed periods</source>
        <translation>rouvrir des périodes clôturées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>reason: say why the period is reopened</source>
        <translation>motif&#xa0;: indiquez pourquoi la période est rouverte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>reason: at most 2000 characters, without control characters</source>
        <translation>motif&#xa0;: 2000 caractères au maximum, sans caractères de contrôle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 is not closed (the books are closed through %2)</source>
        <translation>%1 n&apos;est pas clôturé (les comptes sont clôturés jusqu&apos;au %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 is not closed: no period is</source>
        <translation>%1 n&apos;est pas clôturé&#xa0;: aucune période ne l&apos;est</translation>
    </message>
</context>
<context>
    <name>Accrue::PlanDialog</name>
    <message>
        <location filename="../ui/dialogs/plandialog.cpp" line="+29"/>
        <source>New Plan</source>
        <translation>Nouvelle formule</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Plan %1</source>
        <translation>Formule %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Monthly</source>
        <translation>Mensuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Quarterly</source>
        <translation>Trimestrielle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Annual</source>
        <translation>Annuelle</translation>
    </message>
    <message>
        <location line="+9"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Up to (empty: and more)</source>
        <translation>Jusqu&apos;à (vide&#xa0;: et au-delà)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unit price</source>
        <translation>Prix unitaire</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Flat fee</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Add &amp;Tier</source>
        <translation>Ajouter un &amp;palier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove Tier</source>
        <translation>Supprimer le palier</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Example: </source>
        <translation>Exemple&#xa0;: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source> units</source>
        <translation> unités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>P&amp;roduct:</source>
        <translation>P&amp;roduit&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billed:</source>
        <translation>&amp;Facturation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pr&amp;icing:</source>
        <translation>Tar&amp;ification&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Price per period:</source>
        <translation>&amp;Prix par période&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>T&amp;rial:</source>
        <translation>&amp;Essai&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tiers:</source>
        <translation>Paliers&#xa0;:</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>Price: %1</source>
        <translation>Prix&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>“%1” is not a whole number of units</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier d&apos;unités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tier %1: %2</source>
        <translation>Palier %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>= %1 per period</source>
        <translation>= %1 par période</translation>
    </message>
</context>
<context>
    <name>Accrue::PlanPricing</name>
    <message>
        <location filename="../core/domain/planpricing.cpp" line="+30"/>
        <source>A %1 plan needs at least one price tier.</source>
        <translation>Une formule %1 nécessite au moins un palier de prix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Tier %1 is not in the plan&apos;s currency %2.</source>
        <translation>Le palier %1 n&apos;est pas dans la devise de la formule, %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tier %1 has a negative price.</source>
        <translation>Le palier %1 a un prix négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The last tier must have no upper limit.</source>
        <translation>Le dernier palier ne doit pas avoir de limite supérieure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only the last tier can be open-ended; tier %1 has no upper limit.</source>
        <translation>Seul le dernier palier peut être illimité&#xa0;; le palier %1 n&apos;a pas de limite supérieure.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tier %1 must end above %2 units.</source>
        <translation>Le palier %1 doit se terminer au-delà de %2 unités.</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>Unknown pricing “%1”: use flat, per_unit, graduated or volume.</source>
        <translation>Tarification inconnue «&#xa0;%1&#xa0;»&#xa0;: utilisez flat, per_unit, graduated ou volume.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Flat</source>
        <translation>Forfait</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Per seat</source>
        <translation>Par utilisateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Graduated tiers</source>
        <translation>Paliers progressifs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Volume tiers</source>
        <translation>Paliers par volume</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>A plan bills every 1, 3 or 12 months, not %1.</source>
        <translation>Une formule facture tous les 1, 3 ou 12 mois, pas %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The plan&apos;s price is not in its currency %1.</source>
        <translation>Le prix de la formule n&apos;est pas dans sa devise %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A plan&apos;s price cannot be negative.</source>
        <translation>Le prix d&apos;une formule ne peut pas être négatif.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Trial days must be between 0 and 366.</source>
        <translation>Les jours d&apos;essai doivent être compris entre 0 et 366.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Only graduated and volume plans have price tiers.</source>
        <translation>Seules les formules progressives et par volume ont des paliers de prix.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A quantity cannot be negative.</source>
        <translation>Une quantité ne peut pas être négative.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>“%1” is not a price tier (UP_TO:PRICE or UP_TO:PRICE+FLAT, * for no limit, e.g. 10:5.00+20.00)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un palier de prix (JUSQU_A:PRIX ou JUSQU_A:PRIX+FORFAIT, * pour aucune limite, p. ex. 10:5.00+20.00)</translation>
    </message>
</context>
<context>
    <name>Accrue::Planner</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="-471"/>
        <source>No product with id %1</source>
        <translation>Aucun produit avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No plan with id %1</source>
        <translation>Aucune formule avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No customer with id %1</source>
        <translation>Aucun client avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Subscription %1 has more than %2 periods to bill up to %3; check its renewal date</source>
        <translation>L&apos;abonnement %1 a plus de %2 périodes à facturer jusqu&apos;au %3&#xa0;; vérifiez sa date de renouvellement</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, %2 licenses, %3</source>
        <translation>%1, %2 licences, %3</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>%1 of %2 days</source>
        <translation>%1 sur %2 jours</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 x%2 from %3 (%4): %5 less unused %6 x%7: %8</source>
        <translation>%1 x%2 à partir du %3 (%4)&#xa0;: %5 moins non utilisé %6 x%7&#xa0;: %8</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Cancelled from %1: unused %2 x%3, %4</source>
        <translation>Résilié à partir du %1&#xa0;: non utilisé %2 x%3, %4</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Changed from %1 on %2: unused %3 x%4 (%5) less %6 x%7 (%8), %9</source>
        <translation>Modifié à partir de %1 le %2&#xa0;: non utilisé %3 x%4 (%5) moins %6 x%7 (%8), %9</translation>
    </message>
</context>
<context>
    <name>Accrue::PostgresCopy</name>
    <message>
        <location filename="../core/storage/postgrescopy.cpp" line="+51"/>
        <source>The server refused to load %1</source>
        <translation>Le serveur a refusé de charger %1</translation>
    </message>
    <message>
        <location line="+33"/>
        <location line="+11"/>
        <source>Loading %1 failed</source>
        <translation>Le chargement de %1 a échoué</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The server refused a row of %1</source>
        <translation>Le serveur a refusé une ligne de %1</translation>
    </message>
</context>
<context>
    <name>Accrue::PreferencesDialog</name>
    <message>
        <location filename="../ui/dialogs/preferencesdialog.cpp" line="+22"/>
        <source>Preferences</source>
        <translation>Préférences</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>System default (%1)</source>
        <translation>Par défaut du système (%1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>System</source>
        <translation>Système</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Light</source>
        <translation>Clair</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dark</source>
        <translation>Sombre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Dates, numbers and money follow the language chosen here; with the system default, they follow the system&apos;s regional settings. Documents use each customer&apos;s own language where one is set.</source>
        <translation>Les dates, les nombres et les montants suivent la langue choisie ici&#xa0;; avec la valeur par défaut du système, ils suivent les paramètres régionaux du système. Les documents utilisent la langue propre à chaque client lorsqu&apos;elle est définie.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Language:</source>
        <translation>&amp;Langue&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apparence&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Accrue::ProductCsv</name>
    <message>
        <location filename="../core/exchange/productcsv.cpp" line="+52"/>
        <source>%1: no products after the header</source>
        <translation>%1&#xa0;: aucun produit après l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: no plans after the header</source>
        <translation>%1&#xa0;: aucune formule après l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>“%1” is not monthly, quarterly, annual or a number of months</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni monthly, ni quarterly, ni annual, ni un nombre de mois</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not flat, per_unit, graduated or volume</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est ni flat, ni per_unit, ni graduated, ni volume</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a number of days from 0 to 366</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre de jours de 0 à 366</translation>
    </message>
</context>
<context>
    <name>Accrue::ProductDelegate</name>
    <message>
        <location filename="../ui/editor/productdelegate.cpp" line="+13"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
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
        <translation>Réduit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero-rated</source>
        <translation>Taux zéro</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Exempt</source>
        <translation>Exonéré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reverse charge</source>
        <translation>Autoliquidation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At a point in time</source>
        <translation>À une date donnée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ratably</source>
        <translation>Au prorata temporis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As delivered</source>
        <translation>À la livraison</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By milestone</source>
        <translation>Par jalon</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>New Product</source>
        <translation>Nouveau produit</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Product %1</source>
        <translation>Produit %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Code:</source>
        <translation>&amp;Code&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit &amp;price:</source>
        <translation>&amp;Prix unitaire&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;nit:</source>
        <translation>U&amp;nité&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax category:</source>
        <translation>Catégorie de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Revenue recognition:</source>
        <translation>Comptabilisation du &amp;chiffre d&apos;affaires&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue &amp;account:</source>
        <translation>Compte de &amp;produits&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The book&apos;s revenue account</source>
        <translation>Le compte de produits du dossier</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>Unit price: %1</source>
        <translation>Prix unitaire&#xa0;: %1</translation>
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
        <translation>%1 %2&#xa0;: attendu %3 (%4), trouvé %5</translation>
    </message>
</context>
<context>
    <name>Accrue::Prover</name>
    <message>
        <location line="-282"/>
        <source>its allocations less reversals</source>
        <translation>ses affectations moins les contrepassations</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the credit notes applied to it</source>
        <translation>les avoirs qui lui sont imputés</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>its write-offs</source>
        <translation>ses passages en perte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>total less paid, credited and written off</source>
        <translation>total moins payé, crédité et passé en perte</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>its total less its allocations</source>
        <translation>son total moins ses affectations</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>its reversal</source>
        <translation>sa contrepassation</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>its amount less its live allocations</source>
        <translation>son montant moins ses affectations actives</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+159"/>
        <location line="+16"/>
        <location line="+9"/>
        <source>audit record %1</source>
        <translation>enregistrement d&apos;audit %1</translation>
    </message>
    <message>
        <location line="-164"/>
        <source>its debits (an entry balances)</source>
        <translation>ses débits (une écriture est équilibrée)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the total of %1 %2</source>
        <translation>le total de %1 %2</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the journal lines</source>
        <translation>les lignes d&apos;écriture</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>no row</source>
        <translation>aucune ligne</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the sum of its lines</source>
        <translation>la somme de ses lignes</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its subtotal plus tax</source>
        <translation>son sous-total plus la TVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>audit record</source>
        <translation>enregistrement d&apos;audit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>one</source>
        <translation>un</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every issued document and payment is audited</source>
        <translation>chaque document émis et chaque paiement est audité</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>lines</source>
        <translation>lignes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as audit record %1</source>
        <translation>comme l&apos;enregistrement d&apos;audit %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>changed</source>
        <translation>modifié</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+22"/>
        <source>%1 line %2</source>
        <translation>%1 ligne %2</translation>
    </message>
    <message>
        <location line="-20"/>
        <location line="+20"/>
        <source>line</source>
        <translation>ligne</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>present</source>
        <translation>présent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>absent</source>
        <translation>absent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>added</source>
        <translation>ajouté</translation>
    </message>
</context>
<context>
    <name>Accrue::RateE10</name>
    <message>
        <location filename="../core/domain/exchangerate.cpp" line="+28"/>
        <source>The exchange rate is out of range (it must be above 0.0000000001 and below 922337203)</source>
        <translation>Le taux de change est hors limites (il doit être supérieur à 0.0000000001 et inférieur à 922337203)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not an exchange rate: %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un taux de change&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>it is empty</source>
        <translation>il est vide</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it has two decimal points</source>
        <translation>il contient deux séparateurs décimaux</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use digits and a dot, like 1.0823</source>
        <translation>utilisez des chiffres et un point, comme 1.0823</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than ten decimals</source>
        <translation>plus de dix décimales</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>too large</source>
        <translation>trop grand</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>no digits</source>
        <translation>aucun chiffre</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a rate must be above zero</source>
        <translation>un taux doit être supérieur à zéro</translation>
    </message>
    <message>
        <location line="+20"/>
        <location line="+7"/>
        <source>An exchange rate must be above zero.</source>
        <translation>Un taux de change doit être supérieur à zéro.</translation>
    </message>
</context>
<context>
    <name>Accrue::Reader</name>
    <message>
        <location filename="../core/einvoice/ublreader.cpp" line="+46"/>
        <source>a document type declaration (DTD) is not accepted</source>
        <translation>une déclaration de type de document (DTD) n&apos;est pas acceptée</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a UBL Invoice or CreditNote</source>
        <translation>pas une Invoice ou CreditNote UBL</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 line %2: %3</source>
        <translation>%1 ligne %2&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>not a UBL Invoice or CreditNote (the root is “%1”)</source>
        <translation>pas une Invoice ou CreditNote UBL (la racine est «&#xa0;%1&#xa0;»)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>more than %1 lines</source>
        <translation>plus de %1 lignes</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>an amount before the document&apos;s currency (DocumentCurrencyCode)</source>
        <translation>un montant avant la devise du document (DocumentCurrencyCode)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an amount in %1 in a document in %2</source>
        <translation>un montant en %1 dans un document en %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a number with at most %2 decimals</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre avec au plus %2 décimales</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>“%1” is not a date (YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+103"/>
        <source>“%1” is not an ISO 4217 currency</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une devise ISO 4217</translation>
    </message>
    <message>
        <location filename="../core/exchange/invoicejson.cpp" line="-146"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>expected text</source>
        <translation>texte attendu</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez YYYY-MM-DD)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1 % is not between 0 % and 100 %</source>
        <translation>%1 % n&apos;est pas compris entre 0 % et 100 %</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptDocument</name>
    <message>
        <location filename="../core/documents/receiptdocument.cpp" line="+37"/>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptMailer</name>
    <message>
        <location filename="../core/mail/receiptmailer.cpp" line="+67"/>
        <source>your account</source>
        <translation>votre compte</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>send receipts by e-mail</source>
        <translation>envoyer des reçus par e-mail</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Receipt %1</source>
        <translation>Reçu %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptService</name>
    <message>
        <location filename="../core/billing/receiptservice.cpp" line="+28"/>
        <source>No receipt %1</source>
        <translation>Aucun reçu %1</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptTasks</name>
    <message>
        <location filename="../ui/receipttasks.cpp" line="+36"/>
        <location line="+13"/>
        <source>Receipt PDF</source>
        <translation>PDF du reçu</translation>
    </message>
    <message>
        <location line="-12"/>
        <location line="+21"/>
        <source>This payment has no receipt: receipts are issued for payments recorded in Accrue, not for those loaded from another system.</source>
        <translation>Ce paiement n&apos;a pas de reçu&#xa0;: les reçus sont émis pour les paiements enregistrés dans Accrue, pas pour ceux chargés depuis un autre système.</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Save Receipt PDF</source>
        <translation>Enregistrer le PDF du reçu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+5"/>
        <location line="+11"/>
        <location line="+8"/>
        <location line="+7"/>
        <source>Send Receipt</source>
        <translation>Envoyer le reçu</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>Receipt %1 was not sent (what was queued is tried again later; see Billing &gt; E-mail Outbox):
%2</source>
        <translation>Le reçu %1 n&apos;a pas été envoyé (ce qui a été mis en file sera réessayé plus tard&#xa0;; voir Facturation &gt; Boîte d&apos;envoi e-mail)&#xa0;:
%2</translation>
    </message>
</context>
<context>
    <name>Accrue::ReceiptsPanel</name>
    <message>
        <location filename="../ui/pages/receiptspanel.cpp" line="+39"/>
        <source>Receipt &amp;PDF…</source>
        <translation>&amp;PDF du reçu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Receipt…</source>
        <translation>Envoyer le &amp;reçu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>E-mail the chosen receipt with its PDF to the customer</source>
        <translation>Envoyer par e-mail le reçu choisi avec son PDF au client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt</source>
        <translation>Reçu</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Customer</source>
        <translation>Client</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+26"/>
        <source>Sending receipt %1 by e-mail…</source>
        <translation>Envoi du reçu %1 par e-mail…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Receipts</source>
        <translation>Reçus</translation>
    </message>
</context>
<context>
    <name>Accrue::RecogniseRevenueDialog</name>
    <message>
        <location filename="../ui/dialogs/recogniserevenuedialog.cpp" line="+45"/>
        <source>&amp;Run</source>
        <translation>&amp;Exécuter</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recognise Revenue</source>
        <translation>Comptabiliser le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Revenue is recognised for the schedule rows dated on or before this day, and usage delivered by then is accrued</source>
        <translation>Le chiffre d&apos;affaires est comptabilisé pour les lignes d&apos;échéancier datées de ce jour ou avant, et la consommation livrée d&apos;ici là est provisionnée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Revenue recognised</source>
        <translation>Chiffre d&apos;affaires comptabilisé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Usage accrued</source>
        <translation>Consommation provisionnée</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Post the journal entries listed: Dr Deferred revenue / Cr revenue, dated each row&apos;s day; a second run posts nothing again</source>
        <translation>Comptabiliser les écritures listées&#xa0;: D Produits constatés d&apos;avance / C Chiffre d&apos;affaires, datées du jour de chaque ligne&#xa0;; une seconde exécution ne recomptabilise rien</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Recognise through:</source>
        <translation>Comptabiliser jusqu&apos;au&#xa0;:</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Looking for revenue due…</source>
        <translation>Recherche du chiffre d&apos;affaires à comptabiliser…</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Recognising revenue…</source>
        <translation>Comptabilisation du chiffre d&apos;affaires…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Journal entries posted: %1; schedule rows recognised: %2; usage records accrued: %3.</source>
        <translation>Écritures comptables passées&#xa0;: %1&#xa0;; lignes d&apos;échéancier comptabilisées&#xa0;: %2&#xa0;; relevés de consommation provisionnés&#xa0;: %3.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Nothing to recognise through %1: every schedule row due by then is posted.</source>
        <translation>Rien à comptabiliser jusqu&apos;au %1&#xa0;: chaque ligne d&apos;échéancier due à cette date est comptabilisée.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Due through %1: journal entries to post: %2; schedule rows: %3; usage records: %4.</source>
        <translation>Dû jusqu&apos;au %1&#xa0;: écritures comptables à passer&#xa0;: %2&#xa0;; lignes d&apos;échéancier&#xa0;: %3&#xa0;; relevés de consommation&#xa0;: %4.</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionChartView</name>
    <message>
        <location filename="../ui/widgets/recognitionchartview.cpp" line="+40"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Recognised</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Billed and recognised revenue (%1, net of tax)</source>
        <translation>Chiffre d&apos;affaires facturé et comptabilisé (%1, HT)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed revenue (%1, net of tax)</source>
        <translation>Chiffre d&apos;affaires facturé (%1, HT)</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionScheduleModel</name>
    <message>
        <location filename="../ui/models/recognitionschedulemodel.cpp" line="+31"/>
        <source>Ratably</source>
        <translation>Au prorata temporis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As delivered</source>
        <translation>À la livraison</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+79"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Point in time</source>
        <translation>À une date donnée</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Posted</source>
        <translation>Comptabilisé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Awaiting milestone</source>
        <translation>En attente du jalon</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (done %2)</source>
        <translation>%1 (atteint le %2)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>Accrue::RecognitionScheduleReport</name>
    <message>
        <location filename="../core/reports/recognitionschedulereport.cpp" line="+61"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Method</source>
        <translation>Mode</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Milestone</source>
        <translation>Jalon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Revenue recognition schedules</source>
        <translation>Échéanciers de comptabilisation du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue recognition schedule of %1</source>
        <translation>Échéancier de comptabilisation du chiffre d&apos;affaires de %1</translation>
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
        <translation>comptabiliser le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+27"/>
        <source>through: give the last day to recognise revenue for</source>
        <translation>through&#xa0;: indiquez le dernier jour pour lequel comptabiliser le chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>through: %1 is after today (%2); revenue is recognised only for days that have passed</source>
        <translation>through&#xa0;: %1 est postérieur à aujourd&apos;hui (%2)&#xa0;; le chiffre d&apos;affaires n&apos;est comptabilisé que pour les jours écoulés</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>preview revenue recognition</source>
        <translation>prévisualiser la comptabilisation du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Revenue recognised on %1</source>
        <translation>Chiffre d&apos;affaires comptabilisé le %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Usage delivered on %1, not yet invoiced</source>
        <translation>Consommation livrée le %1, pas encore facturée</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>line: invoice %1 has no line %2</source>
        <translation>ligne&#xa0;: la facture %1 n&apos;a pas de ligne %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>record usage</source>
        <translation>relever la consommation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: give the day the usage was delivered</source>
        <translation>date&#xa0;: indiquez le jour de livraison de la consommation</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: usage cannot be recorded before it is delivered (%1 is after today)</source>
        <translation>date&#xa0;: la consommation ne peut pas être relevée avant sa livraison (%1 est postérieur à aujourd&apos;hui)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>quantity: must be more than zero</source>
        <translation>quantité&#xa0;: doit être supérieure à zéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+44"/>
        <source>customer: no such customer</source>
        <translation>customer&#xa0;: client introuvable</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>product: no such product</source>
        <translation>produit&#xa0;: produit introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>product: %1 is recognised %2, not as delivered; usage is recorded for as_delivered products only</source>
        <translation>produit&#xa0;: %1 est comptabilisé %2, pas à la livraison&#xa0;; la consommation n&apos;est relevée que pour les produits as_delivered</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>read the catalogue</source>
        <translation>consulter le catalogue</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>read recorded usage</source>
        <translation>consulter la consommation relevée</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>define milestones</source>
        <translation>définir des jalons</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestones: name at least one</source>
        <translation>jalons&#xa0;: indiquez-en au moins un</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>milestones: each needs a name of at most 200 characters</source>
        <translation>jalons&#xa0;: chacun nécessite un nom de 200 caractères au plus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>milestones: “%1” needs a share above 0 and at most 100 %</source>
        <translation>jalons&#xa0;: «&#xa0;%1&#xa0;» nécessite une part supérieure à 0 et d&apos;au plus 100 %</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>milestones: the shares add up to %1 basis points, not 10000 (100 %)</source>
        <translation>jalons&#xa0;: les parts totalisent %1 points de base, et non 10000 (100 %)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestones are defined on an issued invoice&apos;s line</source>
        <translation>Les jalons se définissent sur la ligne d&apos;une facture émise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of %2 is recognised %3, not by milestone</source>
        <translation>la ligne %1 de %2 est comptabilisée %3, pas par jalon</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Milestone “%1” is done; the milestones can no longer be changed</source>
        <translation>Le jalon «&#xa0;%1&#xa0;» est atteint&#xa0;; les jalons ne peuvent plus être modifiés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1 of %2 has been credited or recognised; its milestones can no longer be changed</source>
        <translation>la ligne %1 de %2 a été créditée ou comptabilisée&#xa0;; ses jalons ne peuvent plus être modifiés</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>mark milestones done</source>
        <translation>marquer des jalons comme atteints</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: give the day the milestone was reached, today or earlier</source>
        <translation>date&#xa0;: indiquez le jour où le jalon a été atteint, aujourd&apos;hui ou avant</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestones are marked done on an issued invoice&apos;s line</source>
        <translation>Les jalons se marquent comme atteints sur la ligne d&apos;une facture émise</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>milestone: line %1 of %2 has %3 milestones</source>
        <translation>jalon&#xa0;: la ligne %1 de %2 a %3 jalons</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Milestone “%1” was already done on %2</source>
        <translation>Le jalon «&#xa0;%1&#xa0;» a déjà été atteint le %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: a milestone of %1 is done on or after its issue date (%2)</source>
        <translation>date&#xa0;: un jalon de %1 est atteint à sa date d&apos;émission ou après (%2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>read milestones</source>
        <translation>consulter les jalons</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+9"/>
        <source>No invoice with id %1</source>
        <translation>Aucune facture avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>read recognition schedules</source>
        <translation>consulter les échéanciers de comptabilisation</translation>
    </message>
    <message>
        <location line="+93"/>
        <source>bring revenue recognition up to date</source>
        <translation>mettre à jour la comptabilisation du chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Revenue of %1 deferred when schedules were introduced</source>
        <translation>Chiffre d&apos;affaires de %1 différé lors de l&apos;introduction des échéanciers</translation>
    </message>
</context>
<context>
    <name>Accrue::ReconciliationService</name>
    <message>
        <location filename="../core/billing/reconciliationservice.cpp" line="+39"/>
        <source>There is no bank line #%1</source>
        <translation>Il n&apos;existe aucune ligne bancaire n° %1</translation>
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
        <translation>rapprocher des lignes bancaires</translation>
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
        <translation>l&apos;enregistrement bancaire</translation>
    </message>
    <message>
        <location line="-178"/>
        <location line="+45"/>
        <source>Bank line #%1 is matched already</source>
        <translation>La ligne bancaire n° %1 est déjà rapprochée</translation>
    </message>
    <message>
        <location line="-40"/>
        <source>Bank line #%1 could pay any of %2: choose the invoice</source>
        <translation>La ligne bancaire n° %1 pourrait régler n&apos;importe laquelle parmi %2&#xa0;: choisissez la facture</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Bank line #%1 has no proposal to accept; match it by hand</source>
        <translation>La ligne bancaire n° %1 n&apos;a aucune proposition à accepter&#xa0;; rapprochez-la manuellement</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the chosen invoice</source>
        <translation>la facture choisie</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Bank line #%1 is not ambiguous; accept its proposal as it stands</source>
        <translation>La ligne bancaire n° %1 n&apos;est pas ambiguë&#xa0;; acceptez sa proposition telle quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 could pay %2, not %3</source>
        <translation>La ligne bancaire n° %1 pourrait régler %2, pas %3</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>A bank line pays one customer; the proposal names two</source>
        <translation>Une ligne bancaire règle un seul client&#xa0;; la proposition en indique deux</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Bank line #%1 has no proposal</source>
        <translation>La ligne bancaire n° %1 n&apos;a aucune proposition</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Bank line #%1 is matched already; unmatch it first</source>
        <translation>La ligne bancaire n° %1 est déjà rapprochée&#xa0;; dérapprochez-la d&apos;abord</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 is money out, not a customer&apos;s payment</source>
        <translation>La ligne bancaire n° %1 est une sortie d&apos;argent, pas le paiement d&apos;un client</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>The splits add up to more than the bank line</source>
        <translation>Les ventilations dépassent le montant de la ligne bancaire</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>matched by hand by %1</source>
        <translation>rapproché manuellement par %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Bank line #%1 is matched; unmatch it before ignoring it</source>
        <translation>La ligne bancaire n° %1 est rapprochée&#xa0;; dérapprochez-la avant de l&apos;ignorer</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>bank line #%1 unmatched</source>
        <translation>ligne bancaire n° %1 dérapprochée</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Bank line #%1 is neither matched nor ignored</source>
        <translation>La ligne bancaire n° %1 n&apos;est ni rapprochée ni ignorée</translation>
    </message>
</context>
<context>
    <name>Accrue::RecordUsageDialog</name>
    <message>
        <location filename="../ui/dialogs/recordusagedialog.cpp" line="+54"/>
        <source>&amp;Record</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Record Usage</source>
        <translation>Relever la consommation</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Your role may read usage but not record it</source>
        <translation>Votre rôle permet de consulter la consommation mais pas de la relever</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Type to search customers</source>
        <translation>Saisissez pour rechercher des clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Customer:</source>
        <translation>&amp;Client&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Product:</source>
        <translation>&amp;Produit&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This book has no product recognised as delivered, so there is nothing to record usage for. Set a product&apos;s recognition to “As delivered” in the catalogue first.</source>
        <translation>Ce dossier n&apos;a aucun produit comptabilisé à la livraison, il n&apos;y a donc aucune consommation à relever. Définissez d&apos;abord la comptabilisation d&apos;un produit sur «&#xa0;À la livraison&#xa0;» dans le catalogue.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Product:</source>
        <translation>Produit&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Delivered on:</source>
        <translation>&amp;Livré le&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>up to %1 decimals, e.g. %2</source>
        <translation>jusqu&apos;à %1 décimales, p. ex. %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Quantity:</source>
        <translation>&amp;Quantité&#xa0;:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Amount:</source>
        <translation>Montant&#xa0;:</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Usage recorded for the customer:</source>
        <translation>Consommation relevée pour le client&#xa0;:</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>quantity: %1</source>
        <translation>quantité&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 per %2</source>
        <translation>%1 par %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (%2 %3 at %4 per %3)</source>
        <translation>%1 (%2 %3 à %4 par %3)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>customer: choose the customer the usage was delivered to</source>
        <translation>client&#xa0;: choisissez le client à qui la consommation a été livrée</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>product: choose the product delivered</source>
        <translation>produit&#xa0;: choisissez le produit livré</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Recorded: %1 %2 of %3 delivered on %4, %5.</source>
        <translation>Relevé&#xa0;: %1 %2 de %3 livré le %4, %5.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Choose a customer to see their usage.</source>
        <translation>Choisissez un client pour voir sa consommation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usage recorded for this customer yet.</source>
        <translation>Aucune consommation relevée pour ce client pour l&apos;instant.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The latest %1 records are shown.</source>
        <translation>Les %1 derniers relevés sont affichés.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Records: %1</source>
        <translation>Relevés&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The usage typed has not been recorded. Close anyway?</source>
        <translation>La consommation saisie n&apos;a pas été enregistrée. Fermer quand même&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportChartView</name>
    <message>
        <location filename="../ui/widgets/reportchartview.cpp" line="+105"/>
        <location line="+62"/>
        <location line="+30"/>
        <source>Chart of %1</source>
        <translation>Graphique : %1</translation>
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
        <translation>Il n&apos;existe aucun rapport «&#xa0;%1&#xa0;». Rapports&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>The period starts (%1) after it ends (%2)</source>
        <translation>La période commence (%1) après sa fin (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>reporting currency: “%1” is not an ISO 4217 currency code</source>
        <translation>devise de reporting&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Split by module, customer or plan, not “%1”</source>
        <translation>Ventilation par module, client ou formule, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The report %1 was run without the session&apos;s date</source>
        <translation>Le rapport %1 a été exécuté sans la date de la session</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 to %2</source>
        <translation>%1 à %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>as of %1</source>
        <translation>au %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer %1</source>
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module %1</source>
        <translation>module %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan %1</source>
        <translation>formule %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>currency %1</source>
        <translation>devise %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>status %1</source>
        <translation>statut %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>split by %1</source>
        <translation>ventilé par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account %1</source>
        <translation>compte %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>invoice %1</source>
        <translation>facture %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>in %1 at the rates of each document&apos;s date</source>
        <translation>en %1 aux taux de la date de chaque document</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportFile</name>
    <message>
        <location filename="../core/documents/reportfile.cpp" line="+23"/>
        <source>export reports</source>
        <translation>exporter des rapports</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportHtml</name>
    <message>
        <location filename="../core/documents/reporthtml.cpp" line="+35"/>
        <source>Run %1</source>
        <translation>Exécuter %1</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>First %1 of %2 rows; export CSV for all of them.</source>
        <translation>%1 premières lignes sur %2&#xa0;; exportez en CSV pour les avoir toutes.</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportParameterForm</name>
    <message>
        <location filename="../ui/pages/reportparameterform.cpp" line="+67"/>
        <source>All modules</source>
        <translation>Tous les modules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>All plans</source>
        <translation>Toutes les formules</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Main currency</source>
        <translation>Devise principale</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>In each document&apos;s currency</source>
        <translation>Dans la devise de chaque document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In %1</source>
        <translation>En %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert every document into one currency at the rate of the document&apos;s date</source>
        <translation>Convertir chaque document dans une seule devise au taux de la date du document</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unpaid</source>
        <translation>Impayée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid</source>
        <translation>Payée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Void</source>
        <translation>Annulée</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No split</source>
        <translation>Sans ventilation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By module</source>
        <translation>Par module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By plan</source>
        <translation>Par formule</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Report:</source>
        <translation>Rapport&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Generate</source>
        <translation>&amp;Générer</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Period:</source>
        <translation>Période&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As of:</source>
        <translation>Au&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Customer code or name</source>
        <translation>Code ou nom du client</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Account code (all)</source>
        <translation>Code de compte (tous)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number (all in the period)</source>
        <translation>Numéro de facture (toutes celles de la période)</translation>
    </message>
</context>
<context>
    <name>Accrue::ReportsPage</name>
    <message>
        <location filename="../ui/pages/reportspage.cpp" line="+62"/>
        <location line="+206"/>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <location line="-178"/>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Preset:</source>
        <translation>Préréglage&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Pre&amp;set…</source>
        <translation>Enregistrer le pré&amp;réglage…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Delete Preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export &amp;CSV…</source>
        <translation>Exporter en &amp;CSV…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save P&amp;DF…</source>
        <translation>Enregistrer en P&amp;DF…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+8"/>
        <source>Save PDF</source>
        <translation>Enregistrer le PDF</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>PDF files (*.pdf)</source>
        <translation>Fichiers PDF (*.pdf)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Saved %1</source>
        <translation>%1 enregistré</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Save Preset</source>
        <translation>Enregistrer le préréglage</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Name:</source>
        <translation>Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Running…</source>
        <translation>Exécution…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Showing %1 of %2 rows; Export CSV writes all</source>
        <translation>%1 lignes affichées sur %2&#xa0;; Exporter en CSV les écrit toutes</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
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
        <translation>CSV pour Excel dans ces paramètres régionaux (*.csv)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+28"/>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <location line="-22"/>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>(choose a preset)</source>
        <translation>(choisissez un préréglage)</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueDrillDialog</name>
    <message numerus="yes">
        <location filename="../ui/dialogs/revenuedrilldialog.cpp" line="+53"/>
        <source>&lt;b&gt;Invoices issued&lt;/b&gt; (%Ln)</source>
        <translation>
            <numerusform>&lt;b&gt;Factures émises&lt;/b&gt; (%Ln)</numerusform>
            <numerusform>&lt;b&gt;Factures émises&lt;/b&gt; (%Ln)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>&lt;b&gt;Credit notes&lt;/b&gt; (%Ln), which reduce revenue</source>
        <translation>
            <numerusform>&lt;b&gt;Avoirs&lt;/b&gt; (%Ln), qui réduisent le chiffre d&apos;affaires</numerusform>
            <numerusform>&lt;b&gt;Avoirs&lt;/b&gt; (%Ln), qui réduisent le chiffre d&apos;affaires</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::RevenuePage</name>
    <message>
        <location filename="../ui/pages/revenuepage.cpp" line="+51"/>
        <source>By module</source>
        <translation>Par module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By customer</source>
        <translation>Par client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By plan</source>
        <translation>Par formule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recognise Revenue…</source>
        <translation>Comptabiliser le chiffre d&apos;affaires…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Record &amp;Usage…</source>
        <translation>Relever la &amp;consommation…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Export &amp;Journal…</source>
        <translation>Exporter le &amp;journal…</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close &amp;Period…</source>
        <translation>Clôturer la &amp;période…</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Double-click a figure to see the invoices behind it</source>
        <translation>Double-cliquez sur un chiffre pour voir les factures correspondantes</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Loading…</source>
        <translation>Chargement…</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Updated in %1 ms</source>
        <translation>Mis à jour en %1 ms</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>Invoiced revenue by month (%1, net of tax and credit notes)</source>
        <translation>Chiffre d&apos;affaires facturé par mois (%1, hors taxes et net des avoirs)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>%1, %2 to %3</source>
        <translation>%1, du %2 au %3</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueSchedulePanel</name>
    <message>
        <location filename="../ui/pages/revenueschedulepanel.cpp" line="+33"/>
        <source>Mark Milestone &amp;Done…</source>
        <translation>Marquer le jalon comme &amp;atteint…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The chosen milestone has been reached: its revenue becomes due on the date you give and the next recognition run posts it</source>
        <translation>Le jalon choisi a été atteint&#xa0;: son chiffre d&apos;affaires devient dû à la date indiquée et la prochaine comptabilisation le comptabilise</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>read recognition schedules</source>
        <translation>consulter les échéanciers de comptabilisation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>This invoice has no revenue schedule.</source>
        <translation>Cette facture n&apos;a pas d&apos;échéancier de chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Recognised %1 of %2; %3 deferred.</source>
        <translation>%1 comptabilisé sur %2&#xa0;; %3 différé.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n row(s) wait for a milestone.</source>
        <translation>
            <numerusform>%n ligne attend un jalon.</numerusform>
            <numerusform>%n lignes attendent un jalon.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <location line="+27"/>
        <source>Mark Milestone Done</source>
        <translation>Marquer le jalon comme atteint</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Reached on:</source>
        <translation>Atteint le&#xa0;:</translation>
    </message>
</context>
<context>
    <name>Accrue::RevenueShareReport</name>
    <message>
        <location filename="../core/reports/revenuesharereport.cpp" line="+47"/>
        <source>customer</source>
        <translation>client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan</source>
        <translation>formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>module</source>
        <translation>module</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue by %1</source>
        <translation>Chiffre d&apos;affaires par %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Code</source>
        <translation>Code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue</source>
        <translation>Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Share</source>
        <translation>Part</translation>
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
        <translation>Facturé en</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue waterfall: recognised by month from each invoicing month</source>
        <translation>Cascade du chiffre d&apos;affaires&#xa0;: comptabilisé par mois pour chaque mois de facturation</translation>
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
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>“%1” is not an amount in %2 (use a dot: 12.50)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant en %2 (utilisez un point&#xa0;: 12.50)</translation>
    </message>
</context>
<context>
    <name>Accrue::RowVersion</name>
    <message>
        <location filename="../core/storage/rowversion.cpp" line="+24"/>
        <source>%1 was deleted by someone else meanwhile</source>
        <translation>%1 a été supprimé par quelqu&apos;un d&apos;autre entre-temps</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by %2 at %3 — reload it and make your change again</source>
        <translation>%1 a été modifié par %2 à %3 — rechargez-le et refaites votre modification</translation>
    </message>
</context>
<context>
    <name>Accrue::SecretStore</name>
    <message>
        <location filename="../core/security/secretstore.cpp" line="+77"/>
        <source>no password stored</source>
        <translation>aucun mot de passe enregistré</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+3"/>
        <source>no keychain available: %1</source>
        <translation>aucun trousseau disponible&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>keychain error %1</source>
        <translation>erreur du trousseau %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the keychain needs a running QCoreApplication</source>
        <translation>le trousseau nécessite une QCoreApplication en cours d&apos;exécution</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>the keychain did not answer in time</source>
        <translation>le trousseau n&apos;a pas répondu à temps</translation>
    </message>
    <message>
        <location line="+29"/>
        <location line="+9"/>
        <location line="+10"/>
        <source>no keychain available: no D-Bus session bus</source>
        <translation>aucun trousseau disponible&#xa0;: pas de bus de session D-Bus</translation>
    </message>
</context>
<context>
    <name>Accrue::Session</name>
    <message>
        <location filename="../core/billing/session.cpp" line="+48"/>
        <source>%1 may not %2: that customer is not in its tenant</source>
        <translation>%1 ne peut pas %2&#xa0;: ce client n&apos;est pas dans son entité</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 may not %2: that tenant is not below its own</source>
        <translation>%1 ne peut pas %2&#xa0;: cette entité n&apos;est pas sous la sienne</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1 has no registered users, so it is worked on only as your OS login (%2), not as “%3”; to work under other names, register them first: accrue-cli user add NAME --role admin|finance|viewer</source>
        <translation>%1 n&apos;a aucun utilisateur enregistré, il n&apos;est donc utilisé que sous votre session OS (%2), pas en tant que «&#xa0;%3&#xa0;»&#xa0;; pour travailler sous d&apos;autres noms, enregistrez-les d&apos;abord&#xa0;: accrue-cli user add NOM --role admin|finance|viewer</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>“%1” is not a registered user of %2; an Admin of the book adds users with accrue-cli user add NAME --role admin|finance|viewer</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un utilisateur enregistré de %2&#xa0;; un administrateur du dossier ajoute des utilisateurs avec accrue-cli user add NOM --role admin|finance|viewer</translation>
    </message>
    <message>
        <location line="+72"/>
        <source>Admin</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finance</source>
        <translation>Finance</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Viewer</source>
        <translation>Lecteur</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 is a customer&apos;s user and may not %2</source>
        <translation>%1 est un utilisateur d&apos;un client et ne peut pas %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 works as %2 in this book and may not %3</source>
        <translation>%1 travaille en tant que %2 dans ce dossier et ne peut pas %3</translation>
    </message>
</context>
<context>
    <name>Accrue::SettingsDialog</name>
    <message>
        <location filename="../ui/dialogs/settingsdialog.cpp" line="+48"/>
        <source>Company Settings</source>
        <translation>Paramètres de la société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not set</source>
        <translation>Non défini</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>DE, US, …</source>
        <translation>FR, DE, US, …</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A billing run &amp;issues its invoices (otherwise it leaves drafts to review)</source>
        <translation>Un cycle de facturation &amp;émet ses factures (sinon il laisse des brouillons à vérifier)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>HRB 12345, Amtsgericht Berlin</source>
        <translation>RCS Paris 123 456 789</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+19"/>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Show the customer&apos;s &amp;code on invoices</source>
        <translation>Afficher le &amp;code client sur les factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stamp paid invoices “PAID”</source>
        <translation>Apposer le tampon «&#xa0;PAYÉE&#xa0;» sur les factures payées</translation>
    </message>
    <message>
        <location line="+6"/>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From the locale</source>
        <translation>Selon les paramètres régionaux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Letter</source>
        <translation>Lettre US</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Legal name:</source>
        <translation>&amp;Raison sociale&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Tax ID:</source>
        <translation>N° de &amp;TVA&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The company&apos;s address for e-invoices (PEPPOL): an EAS scheme and an identifier, as SCHEME:ID</source>
        <translation>L&apos;adresse de la société pour les factures électroniques (PEPPOL)&#xa0;: un schéma EAS et un identifiant, sous la forme SCHÉMA:ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E&amp;lectronic address:</source>
        <translation>Adresse é&amp;lectronique&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Registration number:</source>
        <translation>Numéro d&apos;&amp;immatriculation&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency:</source>
        <translation>De&amp;vise&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ta&amp;x country:</source>
        <translation>Pa&amp;ys fiscal&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default payment &amp;terms:</source>
        <translation>Conditions de paiement par &amp;défaut&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ban&amp;k name:</source>
        <translation>Nom de la ban&amp;que&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;IBAN:</source>
        <translation>&amp;IBAN&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;BIC:</source>
        <translation>&amp;BIC&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account number:</source>
        <translation>Numéro de compte&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Routing number:</source>
        <translation>Code banque (routing)&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Logo:</source>
        <translation>Logo&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Acce&amp;nt colour:</source>
        <translation>Couleur d&apos;accentuatio&amp;n&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Invoice &amp;footer:</source>
        <translation>&amp;Pied de page des factures&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Paper:</source>
        <translation>&amp;Papier&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoice number prefix:</source>
        <translation>Préfixe des numéros de facture&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit note number prefix:</source>
        <translation>Préfixe des numéros d&apos;avoir&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Rece&amp;ipt number prefix:</source>
        <translation>Préfixe des numéros de reç&amp;u&#xa0;:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Company</source>
        <translation>&amp;Société</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Docu&amp;ments</source>
        <translation>Docu&amp;ments</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;E-mail</source>
        <translation>&amp;E-mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dunning</source>
        <translation>&amp;Relances</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accounting E&amp;xport</source>
        <translation>E&amp;xport comptable</translation>
    </message>
    <message>
        <location line="+86"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images (*.png *.jpg *.jpeg *.svg)</source>
        <translation>Images (*.png *.jpg *.jpeg *.svg)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(not an image)</source>
        <translation>(pas une image)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accent Colour</source>
        <translation>Couleur d&apos;accentuation</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>E-mail %1</source>
        <translation>E-mail %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dunning %1</source>
        <translation>Relances %1</translation>
    </message>
</context>
<context>
    <name>Accrue::SettingsService</name>
    <message>
        <location filename="../core/billing/settingsservice.cpp" line="+17"/>
        <source>legal name: enter the company&apos;s legal name</source>
        <translation>raison sociale&#xa0;: saisissez la raison sociale de la société</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invoice prefix: 1 to 8 capital letters or digits</source>
        <translation>préfixe des factures&#xa0;: 1 à 8 lettres majuscules ou chiffres</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>credit note prefix: 1 to 8 capital letters or digits, not the invoice prefix</source>
        <translation>préfixe des avoirs&#xa0;: 1 à 8 lettres majuscules ou chiffres, différent du préfixe des factures</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>receipt prefix: 1 to 8 capital letters or digits, not the invoice or credit note prefix</source>
        <translation>préfixe des reçus&#xa0;: 1 à 8 lettres majuscules ou chiffres, différent des préfixes des factures et des avoirs</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment terms: between 0 and 365 days</source>
        <translation>payment terms&#xa0;: entre 0 et 365 jours</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IBAN: the check digits do not match</source>
        <translation>IBAN&#xa0;: la clé de contrôle ne correspond pas</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paper: A4 or Letter</source>
        <translation>papier&#xa0;: A4 ou Lettre US</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency: %1 is not an ISO 4217 currency</source>
        <translation>devise&#xa0;: %1 n&apos;est pas une devise ISO 4217</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>accent colour: “%1” is not a colour like #1F4E79</source>
        <translation>couleur d&apos;accentuation&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas une couleur comme #1F4E79</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>electronic address: %1</source>
        <translation>adresse électronique&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>BIC: 8 or 11 letters and digits, like COBADEFFXXX</source>
        <translation>BIC&#xa0;: 8 ou 11 lettres et chiffres, comme COBADEFFXXX</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>logo: at most 2 MB</source>
        <translation>logo&#xa0;: 2 Mo au maximum</translation>
    </message>
    <message>
        <location line="+24"/>
        <location line="+9"/>
        <source>change the company settings</source>
        <translation>modifier les paramètres de la société</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The company settings are not valid: %1</source>
        <translation>Les paramètres de la société ne sont pas valides&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>decide whether customers change their subscriptions</source>
        <translation>décider si les clients modifient leurs abonnements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 may not %2: only the book&apos;s root tenant can</source>
        <translation>%1 ne peut pas %2&#xa0;: seule l&apos;entité racine du dossier le peut</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The company settings</source>
        <translation>Les paramètres de la société</translation>
    </message>
</context>
<context>
    <name>Accrue::SmtpSender</name>
    <message>
        <location filename="../core/mail/smtpsender.cpp" line="+84"/>
        <source>libcurl could not start a transfer</source>
        <translation>libcurl n&apos;a pas pu démarrer un transfert</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>%1; the server said: %2</source>
        <translation>%1&#xa0;; le serveur a répondu&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The server&apos;s TLS certificate is not trusted, so nothing was sent (%1). If the server uses a private certificate authority, name its certificate in the e-mail settings (CA certificate file).</source>
        <translation>Le certificat TLS du serveur n&apos;est pas approuvé, rien n&apos;a donc été envoyé (%1). Si le serveur utilise une autorité de certification privée, indiquez son certificat dans les paramètres e-mail (Fichier de certificat CA).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The CA certificate file %1 cannot be used (%2)</source>
        <translation>Le fichier de certificat CA %1 ne peut pas être utilisé (%2)</translation>
    </message>
</context>
<context>
    <name>Accrue::SqliteSharing</name>
    <message>
        <location filename="../core/storage/sqlitesharing.cpp" line="-76"/>
        <source>%1 is being closed by another program; try again in a moment</source>
        <translation>%1 est en cours de fermeture par un autre programme&#xa0;; réessayez dans un instant</translation>
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
        <translation>Il n&apos;existe aucun dossier à l&apos;emplacement %1.

Créer un nouveau dossier vide à cet endroit&#xa0;?</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Accrue: billing, receivables and revenue.</source>
        <translation>Accrue&#xa0;: facturation, créances clients et chiffre d&apos;affaires.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book to open.</source>
        <translation>Dossier à ouvrir.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill an empty book with demo data.</source>
        <translation>Remplir un dossier vide avec des données de démonstration.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tab to show first.</source>
        <translation>Onglet à afficher en premier.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save a PNG of the window once loaded, then exit.</source>
        <translation>Enregistrer une image PNG de la fenêtre une fois chargée, puis quitter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date to treat as today (demo data, statuses, periods).</source>
        <translation>Date à considérer comme aujourd&apos;hui (données de démonstration, statuts, périodes).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>With --screenshot: trigger this action (settings, outbox, dunningRun, auditLog, …) and save the dialog it opens.</source>
        <translation>Avec --screenshot&#xa0;: déclencher cette action (settings, outbox, dunningRun, auditLog, …) et enregistrer la boîte de dialogue qu&apos;elle ouvre.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Language of the window (en, de, fr, es); the preference in Edit → Preferences otherwise.</source>
        <translation>Langue de la fenêtre (en, de, fr, es)&#xa0;; sinon la préférence définie dans Édition → Préférences.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Book to open (same as --db).</source>
        <translation>Dossier à ouvrir (comme --db).</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>--today wants a date as YYYY-MM-DD, not “%1”</source>
        <translation>--today attend une date au format YYYY-MM-DD, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>There is no tab “%1” (use one of %2)</source>
        <translation>Il n&apos;existe aucun onglet «&#xa0;%1&#xa0;» (utilisez l&apos;un de %2)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>There is no action “%1”</source>
        <translation>Il n&apos;existe aucune action «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Accrue::StatementOfAccountReport</name>
    <message>
        <location filename="../core/reports/statementofaccountreport.cpp" line="-14"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Paiement</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Payment (exchanged)</source>
        <translation>Paiement (converti)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit note</source>
        <translation>Avoir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Credit applied</source>
        <translation>Crédit imputé</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Open, not yet due</source>
        <translation>Ouvert, non échu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 1–30 days overdue</source>
        <translation>Ouvert, 1 à 30 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 31–60 days overdue</source>
        <translation>Ouvert, 31 à 60 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, 61–90 days overdue</source>
        <translation>Ouvert, 61 à 90 jours de retard</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open, over 90 days overdue</source>
        <translation>Ouvert, plus de 90 jours de retard</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>A statement of account is for one customer: give its code</source>
        <translation>Un relevé de compte concerne un seul client&#xa0;: indiquez son code</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No customer with the code “%1”</source>
        <translation>Aucun client avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement of account needs a period (from and to)</source>
        <translation>Un relevé de compte nécessite une période (du et au)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document</source>
        <translation>Document</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Charges</source>
        <translation>Frais</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payments and credits</source>
        <translation>Paiements et avoirs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Balance</source>
        <translation>Solde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converted</source>
        <translation>Converti</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Statement of account: %1 (%2), %3 to %4</source>
        <translation>Relevé de compte&#xa0;: %1 (%2), du %3 au %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 at %2 (%3)</source>
        <translation>%1 à %2 (%3)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Opening balance</source>
        <translation>Solde d&apos;ouverture</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Closing balance</source>
        <translation>Solde de clôture</translation>
    </message>
</context>
<context>
    <name>Accrue::StatementReader</name>
    <message>
        <location filename="../core/exchange/statementreader.cpp" line="+67"/>
        <source>“%1” is not an amount</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un montant</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: unknown statement format “%2” (use csv, ofx or camt053)</source>
        <translation>%1&#xa0;: format de relevé inconnu «&#xa0;%2&#xa0;» (utilisez csv, ofx ou camt053)</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>%1 is outside the years %2 to %3</source>
        <translation>%1 est hors des années %2 à %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the amount is larger than Accrue accepts</source>
        <translation>le montant dépasse ce qu&apos;Accrue accepte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>contains control characters (such as NUL)</source>
        <translation>contient des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: the CSV mapping “%2” is incomplete: %3</source>
        <translation>%1&#xa0;: la correspondance CSV «&#xa0;%2&#xa0;» est incomplète&#xa0;: %3</translation>
    </message>
    <message numerus="yes">
        <location line="+28"/>
        <source>missing (the row has %n field(s))</source>
        <translation>
            <numerusform>manquant (la ligne a %n champ)</numerusform>
            <numerusform>manquant (la ligne a %n champs)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <source>“%1” is not a date in the format %2</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date au format %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <location line="+185"/>
        <source>“%1” is not an ISO 4217 currency</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une devise ISO 4217</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>exactly one of debit and credit must hold the amount</source>
        <translation>exactement une des colonnes débit et crédit doit contenir le montant</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>not closed</source>
        <translation>non fermé</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>“%1” is not a date</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no ISO 4217 currency for the statement</source>
        <translation>aucune devise ISO 4217 pour le relevé</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>missing</source>
        <translation>manquant</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not closed (the file ends at line %1 without &lt;/%2&gt;: cut off?)</source>
        <translation>non fermé (le fichier se termine à la ligne %1 sans &lt;/%2&gt;&#xa0;: tronqué&#xa0;?)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: this is not an OFX file</source>
        <translation>%1&#xa0;: ce n&apos;est pas un fichier OFX</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>missing or not a date</source>
        <translation>manquant ou pas une date</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected CRDT or DBIT, not “%1”</source>
        <translation>CRDT ou DBIT attendu, pas «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1:%2: not well-formed XML: %3</source>
        <translation>%1:%2&#xa0;: XML mal formé&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: no camt.053 statement (Stmt) in the file</source>
        <translation>%1&#xa0;: aucun relevé camt.053 (Stmt) dans le fichier</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionCsv</name>
    <message>
        <location filename="../core/exchange/subscriptioncsv.cpp" line="+30"/>
        <source>%1: no subscriptions after the header</source>
        <translation>%1&#xa0;: aucun abonnement après l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2&#xa0;: %3 champs, mais l&apos;en-tête en indique %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>enter the customer&apos;s code</source>
        <translation>saisissez le code du client</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>enter the plan&apos;s code</source>
        <translation>saisissez le code de la formule</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>“%1” is not a whole number from 1 to 1000000</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nombre entier de 1 à 1000000</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionDialog</name>
    <message>
        <location filename="../ui/dialogs/subscriptiondialog.cpp" line="+30"/>
        <location line="+12"/>
        <source>New Subscription</source>
        <translation>Nouvel abonnement</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change Subscription %1</source>
        <translation>Modifier l&apos;abonnement %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Pause Subscription %1</source>
        <translation>Suspendre l&apos;abonnement %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume Subscription %1</source>
        <translation>Reprendre l&apos;abonnement %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel Subscription %1</source>
        <translation>Résilier l&apos;abonnement %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>&amp;Plan:</source>
        <translation>&amp;Formule&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Licenses:</source>
        <translation>&amp;Licences&#xa0;:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The plan&apos;s name</source>
        <translation>Le nom de la formule</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (default)</source>
        <translation>%1 (par défaut)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Name:</source>
        <translation>&amp;Nom&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Billing profile:</source>
        <translation>&amp;Profil de facturation&#xa0;:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Starts on:</source>
        <translation>&amp;Commence le&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;From:</source>
        <translation>&amp;Du&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Paused from:</source>
        <translation>&amp;Suspendu à partir du&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Resumes on:</source>
        <translation>&amp;Reprend le&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Cancelled from:</source>
        <translation>Ré&amp;silié à partir du&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At the &amp;end of the period holding that date</source>
        <translation>À la &amp;fin de la période contenant cette date</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The next billing run credits the unused days already billed and charges the new terms for them.</source>
        <translation>Le prochain cycle de facturation crédite les jours non utilisés déjà facturés et facture les nouvelles conditions pour ceux-ci.</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionRepository</name>
    <message>
        <location filename="../core/storage/subscriptionrepository.cpp" line="+134"/>
        <source>Subscription %1 was deleted by someone else meanwhile</source>
        <translation>L&apos;abonnement %1 a été supprimé par quelqu&apos;un d&apos;autre entre-temps</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Subscription %1 was changed by %2 at %3 — reload it and make your change again</source>
        <translation>L&apos;abonnement %1 a été modifié par %2 à %3 — rechargez-le et refaites votre modification</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>another user</source>
        <translation>un autre utilisateur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an unknown time</source>
        <translation>une heure inconnue</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionService</name>
    <message>
        <location filename="../core/billing/subscriptionservice.cpp" line="+43"/>
        <source>add subscriptions</source>
        <translation>ajouter des abonnements</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>name: contains control characters (such as NUL)</source>
        <translation>nom&#xa0;: contient des caractères de contrôle (comme NUL)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>customer: no such customer</source>
        <translation>customer&#xa0;: client introuvable</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>customer: %1 is archived; restore it to subscribe it</source>
        <translation>client&#xa0;: %1 est archivé&#xa0;; restaurez-le pour l&apos;abonner</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan: %1 bills in %2 but customer %3 is billed in %4; choose a plan in %4</source>
        <translation>formule&#xa0;: %1 facture en %2 mais le client %3 est facturé en %4&#xa0;; choisissez une formule en %4</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>profile: customer %1 has no billing profile %2</source>
        <translation>profil&#xa0;: le client %1 n&apos;a pas de profil de facturation %2</translation>
    </message>
    <message>
        <location line="+64"/>
        <location line="+36"/>
        <source>change subscriptions</source>
        <translation>modifier des abonnements</translation>
    </message>
    <message>
        <location line="-31"/>
        <location line="+52"/>
        <source>Subscription %1 is cancelled; add a new one instead</source>
        <translation>L&apos;abonnement %1 est résilié&#xa0;; ajoutez-en plutôt un nouveau</translation>
    </message>
    <message>
        <location line="-50"/>
        <location line="+52"/>
        <location line="+92"/>
        <source>date: the subscription starts on %1</source>
        <translation>date&#xa0;: l&apos;abonnement commence le %1</translation>
    </message>
    <message>
        <location line="-142"/>
        <source>plan: subscription %1 is on that plan already</source>
        <translation>formule&#xa0;: l&apos;abonnement %1 a déjà cette formule</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>plan: %1 bills in %2, the subscription in %3</source>
        <translation>formule&#xa0;: %1 facture en %2, l&apos;abonnement en %3</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>plan: %1 bills every %2 months, the subscription every %3; cancel it and add a new subscription instead</source>
        <translation>formule&#xa0;: %1 facture tous les %2 mois, l&apos;abonnement tous les %3&#xa0;; résiliez-le et ajoutez plutôt un nouvel abonnement</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 may not %2: this book does not let customers change their subscriptions&apos; quantities</source>
        <translation>%1 ne peut pas %2&#xa0;: ce dossier ne permet pas aux clients de modifier les quantités de leurs abonnements</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>licenses: subscription %1 has %2 already</source>
        <translation>licences&#xa0;: l&apos;abonnement %1 a déjà %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Subscription %1 has that plan and those licenses already</source>
        <translation>L&apos;abonnement %1 a déjà cette formule et ces licences</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>pause subscriptions</source>
        <translation>suspendre des abonnements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is %2; only an active one can be paused</source>
        <translation>L&apos;abonnement %1 est %2&#xa0;; seul un abonnement actif peut être suspendu</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>date: the period from %1 is due and not billed; run the billing for it before pausing on %2</source>
        <translation>date&#xa0;: la période à partir du %1 est échue et non facturée&#xa0;; lancez sa facturation avant de suspendre au %2</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>resume subscriptions</source>
        <translation>reprendre des abonnements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is not paused</source>
        <translation>L&apos;abonnement %1 n&apos;est pas suspendu</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>date: it was paused on %1</source>
        <translation>date&#xa0;: il a été suspendu le %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>cancel subscriptions</source>
        <translation>résilier des abonnements</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Subscription %1 is cancelled already</source>
        <translation>L&apos;abonnement %1 est déjà résilié</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>No subscription with id %1</source>
        <translation>Aucun abonnement avec l&apos;id %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>import subscriptions</source>
        <translation>importer des abonnements</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>customer: no customer with the code “%1”</source>
        <translation>client&#xa0;: aucun client avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>plan: no plan with the code “%1”</source>
        <translation>formule&#xa0;: aucune formule avec le code «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Accrue::SubscriptionsPanel</name>
    <message>
        <location filename="../ui/pages/subscriptionspanel.cpp" line="+32"/>
        <source>Trial</source>
        <translation>Essai</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+6"/>
        <source>Paused</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <location line="-4"/>
        <location line="+6"/>
        <source>Cancelled</source>
        <translation>Résilié</translation>
    </message>
    <message>
        <location line="-5"/>
        <location line="+28"/>
        <source>Started</source>
        <translation>Démarré</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <location line="+3"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+26"/>
        <location line="+3"/>
        <source>Licenses</source>
        <translation>Licences</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Resumed</source>
        <translation>Repris</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Next period</source>
        <translation>Période suivante</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed through</source>
        <translation>Facturé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change</source>
        <translation>Modification</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>New Subscription…</source>
        <translation>Nouvel abonnement…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change…</source>
        <translation>Modifier…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pause…</source>
        <translation>Suspendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Resume…</source>
        <translation>Reprendre…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cancel…</source>
        <translation>Résilier…</translation>
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
        <translation>oui</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Subscription %1: %2</source>
        <translation>Abonnement %1&#xa0;: %2</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxPercent</name>
    <message>
        <location filename="../core/domain/taxrate.cpp" line="+40"/>
        <source>“%1” has more than four decimals; a tax rate is a percent with at most four (such as 8.875 or 9.4375)</source>
        <translation>«&#xa0;%1&#xa0;» a plus de quatre décimales&#xa0;; un taux de TVA est un pourcentage avec au plus quatre décimales (comme 8.875 ou 9.4375)</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxRateCsv</name>
    <message>
        <location filename="../core/exchange/taxratecsv.cpp" line="+42"/>
        <source>“%1” is not a percentage from 0 to 100 with at most four decimals (such as 19, 7.25 or 8.875)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un pourcentage de 0 à 100 avec au plus quatre décimales (comme 19, 7.25 ou 8.875)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: no tax rates after the header</source>
        <translation>%1&#xa0;: aucun taux de TVA après l&apos;en-tête</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1:%2: %3 fields, but the header names %4</source>
        <translation>%1:%2&#xa0;: %3 champs, mais l&apos;en-tête en indique %4</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>“%1” is not a date (use YYYY-MM-DD)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas une date (utilisez YYYY-MM-DD)</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxReport</name>
    <message>
        <location filename="../core/reports/taxreport.cpp" line="+31"/>
        <source>Tax %1 to %2</source>
        <translation>TVA du %1 au %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Country</source>
        <translation>Pays</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Region</source>
        <translation>Région</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Category</source>
        <translation>Catégorie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rate</source>
        <translation>Taux</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Taxable</source>
        <translation>Base imposable</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tax</source>
        <translation>TVA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>TOTAL</source>
        <translation>TOTAL</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>LEDGER</source>
        <translation>GRAND LIVRE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>tax payable, net credits</source>
        <translation>TVA à payer, nette des avoirs</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>agrees with the ledger</source>
        <translation>concorde avec le grand livre</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>differs from the ledger by %1</source>
        <translation>diffère du grand livre de %1</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxRules</name>
    <message>
        <location filename="../core/domain/taxrules.cpp" line="+69"/>
        <source>no %1 tax rate for %2 on %3; add one (accrue-cli tax-rate add) or set the line&apos;s rate by hand</source>
        <translation>aucun taux de TVA %1 pour %2 au %3&#xa0;; ajoutez-en un (accrue-cli tax-rate add) ou définissez manuellement le taux de la ligne</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>country: “%1” is not a two-letter country code (ISO 3166, e.g. DE, US)</source>
        <translation>pays&#xa0;: «&#xa0;%1&#xa0;» n&apos;est pas un code pays à deux lettres (ISO 3166, p. ex. DE, US)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>region: at most 40 characters, no control characters</source>
        <translation>région&#xa0;: 40 caractères au maximum, sans caractères de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>category: “%1” is not one of %2</source>
        <translation>catégorie&#xa0;: «&#xa0;%1&#xa0;» ne fait pas partie de %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>rate: must be between 0 % and 100 %</source>
        <translation>taux&#xa0;: doit être compris entre 0 % et 100 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>rate: a %1 rate is 0 %</source>
        <translation>taux&#xa0;: un taux %1 est de 0 %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>name: 1 to 100 characters, no control characters</source>
        <translation>nom&#xa0;: 1 à 100 caractères, sans caractères de contrôle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid_to: %1 is before valid_from %2</source>
        <translation>valid_to&#xa0;: %1 est antérieur à valid_from %2</translation>
    </message>
</context>
<context>
    <name>Accrue::TaxService</name>
    <message>
        <location filename="../core/billing/taxservice.cpp" line="+71"/>
        <location line="+21"/>
        <source>change tax rates</source>
        <translation>modifier des taux de TVA</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>valid_from: the %1 rate “%2” (%3 %) is valid from %4 to %5 already; end it before this one starts</source>
        <translation>valid_from&#xa0;: le taux %1 «&#xa0;%2&#xa0;» (%3 %) est déjà valable du %4 au %5&#xa0;; terminez-le avant le début de celui-ci</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>always</source>
        <translation>toujours</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>open end</source>
        <translation>sans fin</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>There is no tax rate %1</source>
        <translation>Il n&apos;existe aucun taux de TVA %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>valid_to: the rate starts on %1; it can end on that day or later</source>
        <translation>valid_to&#xa0;: le taux commence le %1&#xa0;; il peut se terminer ce jour-là ou plus tard</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>import tax rates</source>
        <translation>importer des taux de TVA</translation>
    </message>
</context>
<context>
    <name>Accrue::TenantRepository</name>
    <message>
        <location filename="../core/storage/tenantrepository.cpp" line="+187"/>
        <source>%1 is the distributor&apos;s; %2 sees its customers&apos; billing in the billing reports</source>
        <translation>%1 appartient au distributeur&#xa0;; %2 voit la facturation de ses clients dans les rapports de facturation</translation>
    </message>
</context>
<context>
    <name>Accrue::TenantService</name>
    <message>
        <location filename="../core/billing/tenantservice.cpp" line="+56"/>
        <source>add tenants</source>
        <translation>ajouter des entités</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Tenant name: enter it</source>
        <translation>Nom de l&apos;entité&#xa0;: saisissez-le</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tenant name: at most 200 characters</source>
        <translation>Nom de l&apos;entité&#xa0;: 200 caractères au maximum</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>There is no tenant %1</source>
        <translation>Il n&apos;existe aucune entité %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>add tenants there</source>
        <translation>y ajouter des entités</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A %1 cannot hold a %2 tenant (distributor → partner → customer)</source>
        <translation>Un %1 ne peut pas contenir une entité %2 (distributeur → partenaire → client)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A customer tenant names its customer (--customer CODE)</source>
        <translation>Une entité client indique son client (--customer CODE)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>give that customer a tenant</source>
        <translation>attribuer une entité à ce client</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>That customer already has its tenant “%1”</source>
        <translation>Ce client a déjà son entité «&#xa0;%1&#xa0;»</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>list tenants</source>
        <translation>lister les entités</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>There is no tenant “%1” in %2&apos;s tenant</source>
        <translation>Il n&apos;existe aucune entité «&#xa0;%1&#xa0;» dans l&apos;entité de %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 tenants are called “%2”; give its id</source>
        <translation>%1 entités s&apos;appellent «&#xa0;%2&#xa0;»&#xa0;; indiquez son id</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>move customers between tenants</source>
        <translation>déplacer des clients entre entités</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move that customer</source>
        <translation>déplacer ce client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>move customers there</source>
        <translation>y déplacer des clients</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A customer moves to a partner or a distributor, not to “%1”</source>
        <translation>Un client se déplace vers un partenaire ou un distributeur, pas vers «&#xa0;%1&#xa0;»</translation>
    </message>
</context>
<context>
    <name>Accrue::TextDecoding</name>
    <message>
        <location filename="../core/exchange/textdecoding.cpp" line="+82"/>
        <source>%1: unknown encoding “%2” (use auto, utf-8, latin1 or windows-1252)</source>
        <translation>%1&#xa0;: encodage inconnu «&#xa0;%2&#xa0;» (utilisez auto, utf-8, latin1 ou windows-1252)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the file looks like UTF-16 but is not valid UTF-16</source>
        <translation>%1&#xa0;: le fichier ressemble à de l&apos;UTF-16 mais n&apos;est pas de l&apos;UTF-16 valide</translation>
    </message>
</context>
<context>
    <name>Accrue::TransactionsPage</name>
    <message>
        <location filename="../ui/pages/transactionspage.cpp" line="+30"/>
        <source>Only with unapplied money</source>
        <translation>Uniquement avec des montants non affectés</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Receipt &amp;PDF…</source>
        <translation>&amp;PDF du reçu…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send &amp;Receipt…</source>
        <translation>Envoyer le &amp;reçu…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search customer or reference (Ctrl+F)</source>
        <translation>Rechercher un client ou une référence (Ctrl+F)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Save the receipt of the chosen payment as a PDF</source>
        <translation>Enregistrer le reçu du paiement choisi au format PDF</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>E-mail the receipt of the chosen payment to the customer</source>
        <translation>Envoyer par e-mail le reçu du paiement choisi au client</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Sending receipt %1 by e-mail…</source>
        <translation>Envoi du reçu %1 par e-mail…</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Payments Received</source>
        <translation>&amp;Paiements reçus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Bank Statement</source>
        <translation>&amp;Relevé bancaire</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <location line="+3"/>
        <source>%Ln payment(s)</source>
        <translation>
            <numerusform>%Ln paiement</numerusform>
            <numerusform>%Ln paiements</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Accrue::TrialBalanceReport</name>
    <message>
        <location filename="../core/reports/trialbalancereport.cpp" line="+27"/>
        <source>Trial balance as of %1</source>
        <translation>Balance générale au %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Debit</source>
        <translation>Débit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Credit</source>
        <translation>Crédit</translation>
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
        <translation>client %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>customer %1 (billing profile “%2”)</source>
        <translation>client %1 (profil de facturation «&#xa0;%2&#xa0;»)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>document number (BT-1) missing: only issued documents are e-invoices</source>
        <translation>numéro du document (BT-1) manquant&#xa0;: seuls les documents émis sont des factures électroniques</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>issue date (BT-2) missing</source>
        <translation>date d&apos;émission (BT-2) manquante</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>currency (BT-5) missing</source>
        <translation>devise (BT-5) manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>amounts in %1 have %2 decimals; EN 16931 allows at most two</source>
        <translation>les montants en %1 ont %2 décimales&#xa0;; EN 16931 en autorise au plus deux</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>seller&apos;s legal name (BT-27) missing in the company settings</source>
        <translation>raison sociale du vendeur (BT-27) manquante dans les paramètres de la société</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller&apos;s electronic address (BT-34) missing in the company settings (accrue-cli company set --endpoint SCHEME:ID)</source>
        <translation>adresse électronique du vendeur (BT-34) manquante dans les paramètres de la société (accrue-cli company set --endpoint SCHÉMA:ID)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>seller&apos;s electronic address (BT-34) in the company settings: %1</source>
        <translation>adresse électronique du vendeur (BT-34) dans les paramètres de la société&#xa0;: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>seller&apos;s country (BT-40) missing: set the company&apos;s tax country</source>
        <translation>pays du vendeur (BT-40) manquant&#xa0;: définissez le pays fiscal de la société</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>seller&apos;s VAT identifier (BT-31) or registration number (BT-30) missing in the company settings</source>
        <translation>identifiant TVA du vendeur (BT-31) ou numéro d&apos;immatriculation (BT-30) manquant dans les paramètres de la société</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>buyer&apos;s name (BT-44) missing on %1</source>
        <translation>nom de l&apos;acheteur (BT-44) manquant sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>buyer&apos;s electronic address (BT-49) missing on %1</source>
        <translation>adresse électronique de l&apos;acheteur (BT-49) manquante sur %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>buyer&apos;s electronic address (BT-49) on %1: %2</source>
        <translation>adresse électronique de l&apos;acheteur (BT-49) sur %1&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer&apos;s country (BT-55) missing on %1</source>
        <translation>pays de l&apos;acheteur (BT-55) manquant sur %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>buyer reference (BT-10) missing</source>
        <translation>référence de l&apos;acheteur (BT-10) manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the credited invoice&apos;s number (BT-25) missing</source>
        <translation>numéro de la facture créditée (BT-25) manquant</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the document has no lines (BR-16)</source>
        <translation>le document n&apos;a aucune ligne (BR-16)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>item name (BT-153) missing on line %1</source>
        <translation>nom de l&apos;article (BT-153) manquant à la ligne %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: the item&apos;s net price (BT-146) is negative</source>
        <translation>ligne %1&#xa0;: le prix net de l&apos;article (BT-146) est négatif</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>line %1: VAT category (BT-151) missing</source>
        <translation>ligne %1&#xa0;: catégorie de TVA (BT-151) manquante</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: a standard rated line needs a rate above zero</source>
        <translation>ligne %1&#xa0;: une ligne au taux normal nécessite un taux supérieur à zéro</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>line %1: %2 lines are at 0 %</source>
        <translation>ligne %1&#xa0;: les lignes %2 sont à 0 %</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>line %1: net amount (BT-131) %2 is not quantity x price less the allowance (%3)</source>
        <translation>ligne %1&#xa0;: le montant net (BT-131) %2 n&apos;est pas égal à quantité x prix moins la remise (%3)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>seller&apos;s VAT identifier (BT-31) or tax registration (BT-32) missing in the company settings, needed for %1 lines</source>
        <translation>identifiant TVA du vendeur (BT-31) ou immatriculation fiscale (BT-32) manquant dans les paramètres de la société, requis pour les lignes %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>seller&apos;s VAT identifier (BT-31) missing in the company settings, needed for %1 lines (a tax ID with its country prefix)</source>
        <translation>identifiant TVA du vendeur (BT-31) manquant dans les paramètres de la société, requis pour les lignes %1 (un n° de TVA avec son préfixe pays)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>buyer&apos;s VAT identifier (BT-48) missing on %1, needed for reverse charge lines</source>
        <translation>identifiant TVA de l&apos;acheteur (BT-48) manquant sur %1, requis pour les lignes en autoliquidation</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>buyer&apos;s VAT identifier (BT-48) missing on %1, needed for intra-community supplies</source>
        <translation>identifiant TVA de l&apos;acheteur (BT-48) manquant sur %1, requis pour les livraisons intracommunautaires</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>an intra-community supply needs its delivery date (BT-72) and country (BT-80)</source>
        <translation>une livraison intracommunautaire nécessite sa date de livraison (BT-72) et son pays (BT-80)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>lines not subject to VAT (O) cannot share a document with taxed lines</source>
        <translation>les lignes non soumises à la TVA (O) ne peuvent pas figurer dans un document avec des lignes taxées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a document not subject to VAT names no VAT identifier</source>
        <translation>un document non soumis à la TVA n&apos;indique aucun identifiant TVA</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the VAT breakdown (BG-23) is empty</source>
        <translation>la ventilation de la TVA (BG-23) est vide</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the taxable amount (BT-116) of %1 at %2 is not the sum of its lines</source>
        <translation>la base imposable (BT-116) de %1 à %2 n&apos;est pas la somme de ses lignes</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>VAT exemption reason (BT-120) or code (BT-121) missing for %1 lines: set it on the tax rate (accrue-cli tax-rate add … --exemption-code CODE --exemption-reason TEXT)</source>
        <translation>motif d&apos;exonération de TVA (BT-120) ou code (BT-121) manquant pour les lignes %1&#xa0;: définissez-le sur le taux de TVA (accrue-cli tax-rate add … --exemption-code CODE --exemption-reason TEXTE)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 lines carry no VAT exemption reason (BT-120, BT-121)</source>
        <translation>les lignes %1 ne portent aucun motif d&apos;exonération de TVA (BT-120, BT-121)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the VAT of %1 (BT-117) %2 is not its taxable amount times its rate</source>
        <translation>la TVA de %1 (BT-117) %2 n&apos;est pas égale à sa base imposable multipliée par son taux</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 lines carry no VAT, but %2 is charged</source>
        <translation>les lignes %1 ne portent pas de TVA, mais %2 est facturé</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 is %2, the rule gives %3</source>
        <translation>%1 vaut %2, la règle donne %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>an amount is due, so the due date (BT-9) or payment terms (BT-20) must be given</source>
        <translation>un montant est dû, la date d&apos;échéance (BT-9) ou les conditions de paiement (BT-20) doivent donc être indiquées</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>payment account (BT-84) missing for a credit transfer: set the company&apos;s IBAN</source>
        <translation>compte de paiement (BT-84) manquant pour un virement&#xa0;: définissez l&apos;IBAN de la société</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 cannot be sent as an e-invoice: %2</source>
        <translation>%1 ne peut pas être envoyé comme facture électronique&#xa0;: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The document</source>
        <translation>Le document</translation>
    </message>
</context>
<context>
    <name>Accrue::UnbilledRevenueReport</name>
    <message>
        <location filename="../core/reports/unbilledrevenuereport.cpp" line="+47"/>
        <source>Unbilled revenue as of %1</source>
        <translation>Factures à établir au %1</translation>
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
        <translation>Client</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plan</source>
        <translation>Formule</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed through</source>
        <translation>Facturé jusqu&apos;au</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbilled from</source>
        <translation>Non facturé depuis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unbilled</source>
        <translation>Non facturé</translation>
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
        <translation>Non facturé</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accrued</source>
        <translation>Provisionné</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Billed</source>
        <translation>Facturé</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Not yet accrued: the next recognition run books it to Unbilled revenue</source>
        <translation>Pas encore provisionné&#xa0;: la prochaine comptabilisation l&apos;inscrit en factures à établir</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In Unbilled revenue until an invoice line bills it</source>
        <translation>En factures à établir jusqu&apos;à ce qu&apos;une ligne de facture le facture</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billed on %1</source>
        <translation>Facturé le %1</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Delivered</source>
        <translation>Livré</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product</source>
        <translation>Produit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Quantité</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
</context>
<context>
    <name>Accrue::UserGuideDialog</name>
    <message>
        <location filename="../ui/dialogs/userguidedialog.cpp" line="+33"/>
        <source>User Guide</source>
        <translation>Guide de l&apos;utilisateur</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>User Guide — %1</source>
        <translation>Guide de l&apos;utilisateur — %1</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Contents</source>
        <translation>&amp;Sommaire</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Contents</source>
        <translation>Sommaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your first book</source>
        <translation>Votre premier dossier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Dashboard tab</source>
        <translation>L&apos;onglet Tableau de bord</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Invoices tab</source>
        <translation>L&apos;onglet Factures</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Customers tab</source>
        <translation>L&apos;onglet Clients</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Reports tab</source>
        <translation>L&apos;onglet Rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Revenue tab</source>
        <translation>L&apos;onglet Chiffre d&apos;affaires</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The Transactions tab</source>
        <translation>L&apos;onglet Transactions</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My Account (customers)</source>
        <translation>Mon compte (clients)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Invoicing</source>
        <translation>Facturation</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Getting paid</source>
        <translation>Encaisser les paiements</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Bank reconciliation</source>
        <translation>Rapprochement bancaire</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Running reports</source>
        <translation>Générer des rapports</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Month-end</source>
        <translation>Clôture mensuelle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A team on PostgreSQL</source>
        <translation>Une équipe sur PostgreSQL</translation>
    </message>
</context>
<context>
    <name>Accrue::UserRepository</name>
    <message>
        <location filename="../core/storage/userrepository.cpp" line="+118"/>
        <source>“%1” is not a valid user name (letters, digits, _ . @ -)</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un nom d&apos;utilisateur valide (lettres, chiffres, _ . @ -)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Setting a password needs a PostgreSQL book</source>
        <translation>Définir un mot de passe nécessite un dossier PostgreSQL</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not prepare the password for the server</source>
        <translation>Impossible de préparer le mot de passe pour le serveur</translation>
    </message>
</context>
<context>
    <name>Accrue::UserService</name>
    <message>
        <location filename="../core/billing/userservice.cpp" line="+30"/>
        <source>%1 is the book&apos;s last Admin; make someone else Admin first</source>
        <translation>%1 est le dernier administrateur du dossier&#xa0;; nommez d&apos;abord quelqu&apos;un d&apos;autre administrateur</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>manage %1</source>
        <translation>gérer %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+42"/>
        <source>manage users</source>
        <translation>gérer les utilisateurs</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>add users there</source>
        <translation>y ajouter des utilisateurs</translation>
    </message>
</context>
<context>
    <name>Accrue::UsersDialog</name>
    <message>
        <location filename="../ui/dialogs/usersdialog.cpp" line="+29"/>
        <source>Users</source>
        <translation>Utilisateurs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>User</source>
        <translation>Utilisateur</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>new logins only; leave empty to keep</source>
        <translation>nouveaux identifiants uniquement&#xa0;; laisser vide pour conserver</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Login:</source>
        <translation>&amp;Identifiant&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;OS user:</source>
        <translation>Utilisateur &amp;OS&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle&#xa0;:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Password:</source>
        <translation>&amp;Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Add or Change</source>
        <translation>&amp;Ajouter ou modifier</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;move Selected</source>
        <translation>Su&amp;pprimer la sélection</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Logins on the server with a role in this book. The server enforces the role for every client.</source>
        <translation>Identifiants du serveur ayant un rôle dans ce dossier. Le serveur applique le rôle pour chaque client.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>OS users and their roles. A book with no users listed belongs to whoever opens it.</source>
        <translation>Utilisateurs OS et leurs rôles. Un dossier sans utilisateur listé appartient à quiconque l&apos;ouvre.</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Take %1&apos;s role in this book away?</source>
        <translation>Retirer à %1 son rôle dans ce dossier&#xa0;?</translation>
    </message>
</context>
<context>
    <name>Accrue::WriteOffDialog</name>
    <message>
        <location filename="../ui/dialogs/writeoffdialog.cpp" line="+31"/>
        <source>Resolve Dispute of %1</source>
        <translation>Résoudre le litige de %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write Off %1</source>
        <translation>Passer %1 en perte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the customer will not pay</source>
        <translation>Pourquoi le client ne paiera pas</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Balance:</source>
        <translation>Solde&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Withdrawn: the customer pays as invoiced</source>
        <translation>&amp;Retiré&#xa0;: le client paie le montant facturé</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By a &amp;credit note (issued next)</source>
        <translation>Par un &amp;avoir (émis ensuite)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By &amp;writing the balance off</source>
        <translation>Par &amp;passage en perte du solde</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Resolution:</source>
        <translation>Résolution&#xa0;:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Written off on:</source>
        <translation>&amp;Passé en perte le&#xa0;:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The whole open balance goes to Bad debts; the invoice becomes uncollectible. Only Finance and Admin users may do this.</source>
        <translation>Tout le solde ouvert est passé en créances irrécouvrables&#xa0;; la facture devient irrécouvrable. Seuls les utilisateurs Finance et Administrateur peuvent le faire.</translation>
    </message>
</context>
<context>
    <name>Accrue::Writer</name>
    <message>
        <location filename="../core/billing/billingrun.cpp" line="+122"/>
        <source>%1 is more than the period&apos;s invoices have left to credit (%2 short)</source>
        <translation>%1 dépasse ce qu&apos;il reste à créditer sur les factures de la période (il manque %2)</translation>
    </message>
</context>
<context>
    <name>Accrue::XeroWriter</name>
    <message>
        <location filename="../core/exchange/xerowriter.cpp" line="+86"/>
        <source>tax %1 at %2 % has no Xero tax type: %3</source>
        <translation>la TVA %1 à %2 % n&apos;a pas de type de taxe Xero&#xa0;: %3</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>%1 %2: its lines come to %3 net and %4 tax, the document to %5 and %6</source>
        <translation>%1 %2&#xa0;: ses lignes font %3 HT et %4 de TVA, le document %5 et %6</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>credit note</source>
        <translation>avoir</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>invoice</source>
        <translation>facture</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>A Xero bank statement holds one currency, and the payments are in %1 and %2: export one currency at a time</source>
        <translation>Un relevé bancaire Xero contient une seule devise, et les paiements sont en %1 et %2&#xa0;: exportez une devise à la fois</translation>
    </message>
</context>
<context>
    <name>QPageSize</name>
    <message>
        <location filename="../app/cli/invoicecommands.cpp" line="-40"/>
        <source>--paper: “%1” is not a4 or letter</source>
        <translation>--paper&#xa0;: «&#xa0;%1&#xa0;» n&apos;est ni a4 ni letter</translation>
    </message>
</context>
</TS>
