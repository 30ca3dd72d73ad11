<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR">
<context>
    <name>AggregateReportParser</name>
    <message>
        <source>the XML declares entities in a DOCTYPE, which DMARC reports never do; it was not read, for safety</source>
        <translation>le XML déclare des entités dans un DOCTYPE, ce que les rapports DMARC ne font jamais ; par sécurité, il n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (the XML has no &lt;feedback&gt; element)</source>
        <translation>pas un rapport agrégé DMARC (le XML n&apos;a pas d&apos;élément &lt;feedback&gt;)</translation>
    </message>
    <message>
        <source>the XML is broken at line %1: %2</source>
        <translation>le XML est invalide à la ligne %1 : %2</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report (the XML has no &lt;feedback&gt; element but &lt;%1&gt;)</source>
        <translation>pas un rapport agrégé DMARC (le XML n&apos;a pas d&apos;élément &lt;feedback&gt; mais &lt;%1&gt;)</translation>
    </message>
    <message>
        <source>the report has more than %1 rows; it was not read</source>
        <translation>le rapport compte plus de %1 lignes ; il n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>row %1 of the report has no message count</source>
        <translation>la ligne %1 du rapport n&apos;a pas de nombre de messages</translation>
    </message>
    <message>
        <source>the report has no report_id, so it cannot be told apart from others</source>
        <translation>le rapport n&apos;a pas de report_id, il est donc impossible de le distinguer des autres</translation>
    </message>
    <message>
        <source>the report does not say which domain it is about (policy_published/domain is missing)</source>
        <translation>le rapport n&apos;indique pas le domaine qu&apos;il concerne (policy_published/domain manque)</translation>
    </message>
    <message>
        <source>row %1 of the report has an empty message count</source>
        <translation>la ligne %1 du rapport a un nombre de messages vide</translation>
    </message>
    <message>
        <source>row %1 of the report has a negative message count (%2)</source>
        <translation>la ligne %1 du rapport a un nombre de messages négatif (%2)</translation>
    </message>
    <message>
        <source>row %1 of the report has a message count that is not a number (%2)</source>
        <translation>la ligne %1 du rapport a un nombre de messages qui n&apos;est pas un nombre (%2)</translation>
    </message>
    <message>
        <source>row %1 of the report has a message count too large to be true (%2)</source>
        <translation>la ligne %1 du rapport a un nombre de messages trop grand pour être vrai (%2)</translation>
    </message>
</context>
<context>
    <name>AresChannel</name>
    <message>
        <source>system (%1)</source>
        <translation>système (%1)</translation>
    </message>
    <message>
        <source>The server answered with response code %1 (%2).</source>
        <translation>Le serveur a répondu avec le code de réponse %1 (%2).</translation>
    </message>
    <message>
        <source>The server sent a malformed answer.</source>
        <translation>Le serveur a envoyé une réponse mal formée.</translation>
    </message>
</context>
<context>
    <name>AuditFacts</name>
    <message>
        <source>unknown (no answer from DNS)</source>
        <translation>inconnu (pas de réponse du DNS)</translation>
    </message>
    <message>
        <source>null MX (accepts no mail)</source>
        <translation>MX nul (n&apos;accepte aucun courrier)</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>MX: %1</source>
        <translation>MX : %1</translation>
    </message>
    <message>
        <source>SPF: %1</source>
        <translation>SPF : %1</translation>
    </message>
    <message numerus="yes">
        <source>SPF: %n records (receivers then ignore all of them)</source>
        <translation>
            <numerusform>SPF : %n enregistrement (les serveurs destinataires les ignorent alors tous)</numerusform>
            <numerusform>SPF : %n enregistrements (les serveurs destinataires les ignorent alors tous)</numerusform>
        </translation>
    </message>
    <message>
        <source>SPF lookups: %1 of 10</source>
        <translation>Recherches SPF : %1 sur 10</translation>
    </message>
    <message>
        <source>none of its own (whether a parent domain&apos;s record applies is unknown: DNS did not answer)</source>
        <translation>aucun en propre (on ne sait pas si l&apos;enregistrement d&apos;un domaine parent s&apos;applique : le DNS n&apos;a pas répondu)</translation>
    </message>
    <message>
        <source>DMARC: %1</source>
        <translation>DMARC : %1</translation>
    </message>
    <message>
        <source>no CNAME</source>
        <translation>pas de CNAME</translation>
    </message>
    <message>
        <source>(key %1 bits)</source>
        <translation>(clé de %1 bits)</translation>
    </message>
    <message>
        <source>DKIM %1: %2</source>
        <translation>DKIM %1 : %2</translation>
    </message>
</context>
<context>
    <name>AuthenticationResults</name>
    <message>
        <source>The ARC instance i=%1 is not a number.</source>
        <translation>L&apos;instance ARC i=%1 n&apos;est pas un nombre.</translation>
    </message>
    <message>
        <source>The ARC-Authentication-Results field does not start with i=.</source>
        <translation>Le champ ARC-Authentication-Results ne commence pas par i=.</translation>
    </message>
    <message>
        <source>The field has no authserv-id (the receiver&apos;s name); Microsoft 365 writes it so.</source>
        <translation>Le champ n&apos;a pas d&apos;authserv-id (le nom du serveur destinataire) ; Microsoft 365 l&apos;écrit ainsi.</translation>
    </message>
    <message>
        <source>A &quot;;&quot; is missing after the authserv-id &quot;%1&quot;.</source>
        <translation>Il manque un « ; » après l&apos;authserv-id « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form method=result.</source>
        <translation>« %1 » n&apos;est pas de la forme méthode=résultat.</translation>
    </message>
    <message>
        <source>The result of %1 has a property that is not of the form ptype.property=value.</source>
        <translation>Le résultat de %1 a une propriété qui n&apos;est pas de la forme ptype.property=value.</translation>
    </message>
</context>
<context>
    <name>BackgroundFileWriter</name>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d&apos;enregistrer %1 : %2</translation>
    </message>
</context>
<context>
    <name>Catalogue</name>
    <message>
        <source>Worldwide (Microsoft 365 commercial)</source>
        <translation>Mondial (Microsoft 365 commercial)</translation>
    </message>
    <message>
        <source>GCC (US Government Community Cloud)</source>
        <translation>GCC (US Government Community Cloud)</translation>
    </message>
    <message>
        <source>Office 365 operated by 21Vianet (China)</source>
        <translation>Office 365 exploité par 21Vianet (Chine)</translation>
    </message>
    <message>
        <source>A web control panel (generic)</source>
        <translation>Une interface web d&apos;administration (générique)</translation>
    </message>
    <message>
        <source>BIND zone file</source>
        <translation>Fichier de zone BIND</translation>
    </message>
    <message>
        <source>Windows DNS Server</source>
        <translation>Serveur DNS Windows</translation>
    </message>
    <message>
        <source>This panel adds the zone name to the host field itself: type only the part shown (for example selector1._domainkey), never the full name, or the record ends up at selector1._domainkey.contoso.com.contoso.com.</source>
        <translation>Cette interface ajoute elle-même le nom de la zone au champ de l&apos;hôte : saisissez uniquement la partie indiquée (par exemple selector1._domainkey), jamais le nom complet, sinon l&apos;enregistrement se retrouve à selector1._domainkey.contoso.com.contoso.com.</translation>
    </message>
    <message>
        <source>Set every CNAME to &quot;DNS only&quot; (grey cloud). A proxied CNAME hides the target and Microsoft cannot find the DKIM key.</source>
        <translation>Réglez chaque CNAME sur « DNS only » (nuage gris). Un CNAME passant par le proxy masque la cible et Microsoft ne trouve pas la clé DKIM.</translation>
    </message>
    <message>
        <source>Route 53 needs a trailing dot at the end of CNAME targets (shown below).</source>
        <translation>Route 53 exige un point final à la fin des cibles CNAME (indiqué ci-dessous).</translation>
    </message>
    <message>
        <source>Route 53 wants TXT values in quotation marks; values over 255 characters as several quoted strings (shown below).</source>
        <translation>Route 53 attend les valeurs TXT entre guillemets, et les valeurs de plus de 255 caractères sous forme de plusieurs chaînes entre guillemets (indiqué ci-dessous).</translation>
    </message>
    <message>
        <source>Use a TTL of 3600 seconds (1 hour), as Microsoft recommends.</source>
        <translation>Utilisez un TTL de 3600 secondes (1 heure), comme le recommande Microsoft.</translation>
    </message>
    <message>
        <source>Increase the SOA serial number when you add these lines, then reload the zone.</source>
        <translation>Incrémentez le numéro de série du SOA lorsque vous ajoutez ces lignes, puis rechargez la zone.</translation>
    </message>
    <message>
        <source>set up domain authentication in SendGrid (CNAME records s1._domainkey and s2._domainkey)</source>
        <translation>configurer l&apos;authentification du domaine dans SendGrid (enregistrements CNAME s1._domainkey et s2._domainkey)</translation>
    </message>
    <message>
        <source>authenticate the domain in Mailchimp (CNAME records k2._domainkey and k3._domainkey; for Mandrill mte1._domainkey and mte2._domainkey)</source>
        <translation>authentifier le domaine dans Mailchimp (enregistrements CNAME k2._domainkey et k3._domainkey ; pour Mandrill, mte1._domainkey et mte2._domainkey)</translation>
    </message>
    <message>
        <source>verify the domain in Mailgun and publish the DKIM record it shows</source>
        <translation>vérifier le domaine dans Mailgun et publier l&apos;enregistrement DKIM qu&apos;il affiche</translation>
    </message>
    <message>
        <source>turn on Easy DKIM for the domain in Amazon SES (three CNAME records ending in dkim.amazonses.com)</source>
        <translation>activer Easy DKIM pour le domaine dans Amazon SES (trois enregistrements CNAME se terminant par dkim.amazonses.com)</translation>
    </message>
    <message>
        <source>generate a DKIM key in the Google Admin console (selector google), publish it and start authentication</source>
        <translation>générer une clé DKIM dans la console d&apos;administration Google (sélecteur google), la publier et démarrer l&apos;authentification</translation>
    </message>
    <message>
        <source>turn on digital signatures in Zendesk (CNAME records zendesk1._domainkey and zendesk2._domainkey)</source>
        <translation>activer les signatures numériques dans Zendesk (enregistrements CNAME zendesk1._domainkey et zendesk2._domainkey)</translation>
    </message>
    <message>
        <source>create a DKIM key for the domain in Salesforce Setup and publish its CNAME records</source>
        <translation>créer une clé DKIM pour le domaine dans la configuration de Salesforce et publier ses enregistrements CNAME</translation>
    </message>
    <message>
        <source>configure DKIM for the domain in Freshdesk&apos;s email settings and publish the records it shows</source>
        <translation>configurer DKIM pour le domaine dans les paramètres e-mail de Freshdesk et publier les enregistrements qu&apos;il affiche</translation>
    </message>
    <message>
        <source>add the domain in Postmark and publish its DKIM record (and the pm-bounces return path)</source>
        <translation>ajouter le domaine dans Postmark et publier son enregistrement DKIM (ainsi que le Return-Path pm-bounces)</translation>
    </message>
    <message>
        <source>set up DKIM for the domain in %1</source>
        <translation>configurer DKIM pour le domaine dans %1</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2 MiB; split the list into smaller files.</source>
        <translation>« %1 » dépasse %2 Mio ; divisez la liste en fichiers plus petits.</translation>
    </message>
    <message>
        <source>Line %1 of &quot;%2&quot; is longer than %3 bytes; each line holds one domain name and an optional # comment.</source>
        <translation>La ligne %1 de « %2 » dépasse %3 octets ; chaque ligne contient un nom de domaine et éventuellement un commentaire #.</translation>
    </message>
    <message>
        <source>Audits the mail authentication of one or more domains through DNS: MX, SPF (with its lookup count), DMARC, the DKIM selectors and more, with findings and fixes.
Exit status: 0 = no errors found, 1 = errors found, 2 = the check could not run.</source>
        <translation>Audite l&apos;authentification de la messagerie d&apos;un ou plusieurs domaines via le DNS : MX, SPF (avec son nombre de recherches), DMARC, les sélecteurs DKIM et plus encore, avec constats et corrections.
Code de sortie : 0 = aucune erreur trouvée, 1 = erreurs trouvées, 2 = la vérification n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>Domains to check.</source>
        <translation>Domaines à vérifier.</translation>
    </message>
    <message>
        <source>DOMAIN...</source>
        <translation>DOMAINE...</translation>
    </message>
    <message>
        <source>Read more domains from FILE, one per line (# starts a comment).</source>
        <translation>Lire d&apos;autres domaines dans FICHIER, un par ligne (# commence un commentaire).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Also check this DKIM selector (selector1 and selector2 always are).</source>
        <translation>Vérifier aussi ce sélecteur DKIM (selector1 et selector2 le sont toujours).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>One JSON object per domain per line.</source>
        <translation>Un objet JSON par domaine et par ligne.</translation>
    </message>
    <message>
        <source>Check DOMAIN as parked, by the parked set: it should send and receive no mail (null MX, v=spf1 -all, p=reject, no DKIM).</source>
        <translation>Vérifier DOMAINE comme domaine parqué, selon le jeu de règles des domaines parqués : il ne doit envoyer ni recevoir aucun courrier (MX nul, v=spf1 -all, p=reject, pas de DKIM).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>Check at most N domains at once (default %1); a new one starts only while --max-in-flight leaves room.</source>
        <translation>Vérifier au plus N domaines à la fois (par défaut %1) ; un nouveau ne démarre que si --max-in-flight le permet.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Name at least one domain, or use --domains-file or --parked.</source>
        <translation>Indiquez au moins un domaine, ou utilisez --domains-file ou --parked.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid selector name.</source>
        <translation>« %1 » n&apos;est pas un nom de sélecteur valide.</translation>
    </message>
    <message>
        <source>%1 is named as a sending domain and with --parked; a domain is one or the other.</source>
        <translation>%1 est indiqué à la fois comme domaine d&apos;envoi et avec --parked ; un domaine est l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>--parallel takes a whole number of at least 1.</source>
        <translation>--parallel attend un nombre entier d&apos;au moins 1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Organisational domain: %1 by the RFC 9989 DNS tree walk, %2 by the public suffix list (RFC 7489 receivers)</source>
        <translation>Domaine organisationnel : %1 selon le parcours de l&apos;arborescence DNS de la RFC 9989, %2 selon la liste des suffixes publics (serveurs destinataires RFC 7489)</translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) checked with %1 DNS questions.</source>
        <translation>
            <numerusform>%n domaine vérifié avec %1 requêtes DNS.</numerusform>
            <numerusform>%n domaines vérifiés avec %1 requêtes DNS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CliOutput</name>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>(position %1)</source>
        <translation>(position %1)</translation>
    </message>
    <message>
        <source>Fix: %1</source>
        <translation>Correction : %1</translation>
    </message>
</context>
<context>
    <name>DkimKeyRecord</name>
    <message>
        <source>&quot;%1&quot; is not of the form tag=value; verifiers discard the whole record.</source>
        <translation>« %1 » n&apos;est pas de la forme balise=valeur ; les vérificateurs rejettent tout l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Copy the key record again exactly as your mail provider shows it.</source>
        <translation>Copiez de nouveau l&apos;enregistrement de clé exactement tel que votre fournisseur de messagerie l&apos;affiche.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; RFC 6376 makes the whole record invalid.</source>
        <translation>« %1 » apparaît plusieurs fois ; selon la RFC 6376, tout l&apos;enregistrement est alors invalide.</translation>
    </message>
    <message>
        <source>Keep one &quot;%1=&quot;.</source>
        <translation>Ne gardez qu&apos;un seul « %1= ».</translation>
    </message>
    <message>
        <source>v=%1 is not DKIM1; verifiers discard the record.</source>
        <translation>v=%1 n&apos;est pas DKIM1 ; les vérificateurs rejettent l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>v=DKIM1 must be the first tag; verifiers discard the record.</source>
        <translation>v=DKIM1 doit être la première balise ; les vérificateurs rejettent l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=DKIM1;&quot; or leave v= out.</source>
        <translation>Commencez l&apos;enregistrement par « v=DKIM1; » ou omettez v=.</translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know: key types are case-sensitive, only k=%2 is.</source>
        <translation>k=%1 n&apos;est pas un type de clé connu des vérificateurs : les types de clé respectent la casse, seul k=%2 est valide.</translation>
    </message>
    <message>
        <source>k=%1 is not a key type verifiers know (rsa, ed25519).</source>
        <translation>k=%1 n&apos;est pas un type de clé connu des vérificateurs (rsa, ed25519).</translation>
    </message>
    <message>
        <source>Use k=rsa (Microsoft 365 keys are RSA) or k=ed25519.</source>
        <translation>Utilisez k=rsa (les clés Microsoft 365 sont RSA) ou k=ed25519.</translation>
    </message>
    <message>
        <source>s=%1 does not allow e-mail: service types are case-sensitive, only s=email is, so verifiers ignore this key for mail.</source>
        <translation>s=%1 n&apos;autorise pas l&apos;e-mail : les types de service respectent la casse, seul s=email est valide, les vérificateurs ignorent donc cette clé pour le courrier.</translation>
    </message>
    <message>
        <source>s=%1 does not allow e-mail, so verifiers ignore this key for mail.</source>
        <translation>s=%1 n&apos;autorise pas l&apos;e-mail, les vérificateurs ignorent donc cette clé pour le courrier.</translation>
    </message>
    <message>
        <source>Remove s= or write s=email.</source>
        <translation>Supprimez s= ou écrivez s=email.</translation>
    </message>
    <message>
        <source>t=y marks the domain as testing DKIM: verifiers treat signed mail as unsigned, so DMARC gets no help from DKIM.</source>
        <translation>t=y indique que le domaine teste DKIM : les vérificateurs traitent le courrier signé comme non signé, DKIM n&apos;aide donc en rien DMARC.</translation>
    </message>
    <message>
        <source>Remove y from t= once signing works.</source>
        <translation>Retirez y de t= dès que la signature fonctionne.</translation>
    </message>
    <message>
        <source>h=%1 does not allow sha256; RFC 8301 forbids rsa-sha1, so signatures with this key cannot be verified.</source>
        <translation>h=%1 n&apos;autorise pas sha256 ; la RFC 8301 interdit rsa-sha1, les signatures faites avec cette clé ne peuvent donc pas être vérifiées.</translation>
    </message>
    <message>
        <source>Remove h= or write h=sha256.</source>
        <translation>Supprimez h= ou écrivez h=sha256.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key record tag; verifiers ignore it.</source>
        <translation>« %1 » n&apos;est pas une balise d&apos;enregistrement de clé ; les vérificateurs l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Nothing to do unless it is a typo.</source>
        <translation>Rien à faire, sauf s&apos;il s&apos;agit d&apos;une faute de frappe.</translation>
    </message>
    <message>
        <source>The record has no public key (p=); verifiers cannot use it.</source>
        <translation>L&apos;enregistrement n&apos;a pas de clé publique (p=) ; les vérificateurs ne peuvent pas l&apos;utiliser.</translation>
    </message>
    <message>
        <source>Copy the whole key record again; it must contain p= followed by the key.</source>
        <translation>Copiez de nouveau l&apos;enregistrement de clé en entier ; il doit contenir p= suivi de la clé.</translation>
    </message>
    <message>
        <source>p= is empty: the key is revoked, so mail signed with this selector fails DKIM.</source>
        <translation>p= est vide : la clé est révoquée, le courrier signé avec ce sélecteur échoue donc à DKIM.</translation>
    </message>
    <message>
        <source>If this selector is still used for signing, publish its current key; otherwise nothing to do.</source>
        <translation>Si ce sélecteur sert encore à signer, publiez sa clé actuelle ; sinon, rien à faire.</translation>
    </message>
    <message>
        <source>The key in p= cannot be decoded as a %1 public key; it was probably cut off or mistyped.</source>
        <translation>La clé dans p= ne peut pas être décodée comme clé publique %1 ; elle a probablement été tronquée ou mal saisie.</translation>
    </message>
    <message>
        <source>Copy the key again in one piece; if your DNS panel splits long values, check that nothing was lost at the joins.</source>
        <translation>Copiez de nouveau la clé d&apos;un seul tenant ; si votre interface DNS découpe les valeurs longues, vérifiez que rien ne s&apos;est perdu aux jonctions.</translation>
    </message>
    <message>
        <source>The RSA key has only %1 bits; RFC 8301 forbids verifiers to accept keys under %2 bits.</source>
        <translation>La clé RSA ne fait que %1 bits ; la RFC 8301 interdit aux vérificateurs d&apos;accepter des clés de moins de %2 bits.</translation>
    </message>
    <message>
        <source>Create a new 2048-bit key (Microsoft 365: Rotate-DkimSigningConfig -KeySize 2048).</source>
        <translation>Créez une nouvelle clé de 2048 bits (Microsoft 365 : Rotate-DkimSigningConfig -KeySize 2048).</translation>
    </message>
    <message>
        <source>The RSA key has %1 bits; that still works, but 2048 bits is the recommended size.</source>
        <translation>La clé RSA fait %1 bits ; cela fonctionne encore, mais la taille recommandée est de 2048 bits.</translation>
    </message>
    <message>
        <source>Rotate to a 2048-bit key: Rotate-DkimSigningConfig -Identity &lt;domain&gt; -KeySize 2048.</source>
        <translation>Passez à une clé de 2048 bits : Rotate-DkimSigningConfig -Identity &lt;domaine&gt; -KeySize 2048.</translation>
    </message>
</context>
<context>
    <name>DkimPowerShell</name>
    <message>
        <source>&quot;%1&quot; is not a domain name in its DNS (A-label) form.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine sous sa forme DNS (A-label).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sign-in name (user@contoso.onmicrosoft.com).</source>
        <translation>« %1 » n&apos;est pas un nom de connexion (utilisateur@contoso.onmicrosoft.com).</translation>
    </message>
    <message>
        <source>The cloud&apos;s Exchange environment name is not valid.</source>
        <translation>Le nom de l&apos;environnement Exchange du cloud n&apos;est pas valide.</translation>
    </message>
</context>
<context>
    <name>DkimProofs</name>
    <message>
        <source>%1: the value does not have the expected form.</source>
        <translation>%1 : la valeur n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a domain of the project.</source>
        <translation>%1 : « %2 » n&apos;est pas un domaine du projet.</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot;.</source>
        <translation>%1 : champ « %2 » inconnu.</translation>
    </message>
    <message>
        <source>%1: the date of the test message is not valid.</source>
        <translation>%1 : la date du message de test n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a verdict the wizard records.</source>
        <translation>%1 : « %2 » n&apos;est pas un verdict que l&apos;assistant enregistre.</translation>
    </message>
    <message>
        <source>%1: the verdict text must be one line of at most %2 printable characters.</source>
        <translation>%1 : le texte du verdict doit tenir sur une ligne d&apos;au plus %2 caractères imprimables.</translation>
    </message>
</context>
<context>
    <name>DkimRotation</name>
    <message>
        <source>%1: %2 is not a date between %3 and today.</source>
        <translation>%1 : %2 n&apos;est pas une date comprise entre %3 et aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>The second rotation pass can only follow the first one by at least four days.</source>
        <translation>La seconde passe de rotation ne peut avoir lieu qu&apos;au moins quatre jours après la première.</translation>
    </message>
    <message>
        <source>%1 is not the size of a checked DKIM key.</source>
        <translation>%1 n&apos;est pas la taille d&apos;une clé DKIM vérifiée.</translation>
    </message>
    <message>
        <source>%1 bits</source>
        <translation>%1 bits</translation>
    </message>
    <message>
        <source>no key seen</source>
        <translation>aucune clé trouvée</translation>
    </message>
    <message>
        <source>selector1: %1, selector2: %2</source>
        <translation>selector1 : %1, selector2 : %2</translation>
    </message>
    <message>
        <source>(one to go)</source>
        <translation>(il en reste un)</translation>
    </message>
    <message>
        <source>Keys in DNS: %1.</source>
        <translation>Clés dans le DNS : %1.</translation>
    </message>
    <message>
        <source>DKIM key rotation to 2048 bits: the first pass is due.</source>
        <translation>Rotation des clés DKIM vers 2048 bits : la première passe est à effectuer.</translation>
    </message>
    <message>
        <source>DKIM key rotation to 2048 bits: second pass %1 (on %2).</source>
        <translation>Rotation des clés DKIM vers 2048 bits : seconde passe %1 (le %2).</translation>
    </message>
    <message>
        <source>DKIM key rotation to 2048 bits: both passes ran; key check %1 (on %2).</source>
        <translation>Rotation des clés DKIM vers 2048 bits : les deux passes ont été effectuées ; vérification des clés %1 (le %2).</translation>
    </message>
    <message>
        <source>DKIM keys rotated: 2048 bits on both selectors (checked on %1).</source>
        <translation>Rotation des clés DKIM effectuée : 2048 bits sur les deux sélecteurs (vérifié le %1).</translation>
    </message>
</context>
<context>
    <name>DkimRotationJson</name>
    <message>
        <source>%1: the value does not have the expected form.</source>
        <translation>%1 : la valeur n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a field of a DKIM key rotation.</source>
        <translation>%1 : « %2 » n&apos;est pas un champ d&apos;une rotation de clés DKIM.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a domain of this project.</source>
        <translation>%1 : « %2 » n&apos;est pas un domaine de ce projet.</translation>
    </message>
    <message>
        <source>%1: the DKIM key rotation of %2 is listed twice.</source>
        <translation>%1 : la rotation des clés DKIM de %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1: %2 is not a date and time.</source>
        <translation>%1 : %2 n&apos;est pas une date avec heure.</translation>
    </message>
    <message>
        <source>%1: %2 is not a key size.</source>
        <translation>%1 : %2 n&apos;est pas une taille de clé.</translation>
    </message>
    <message>
        <source>%1: the DKIM key rotation of %2 holds no date.</source>
        <translation>%1 : la rotation des clés DKIM de %2 ne contient aucune date.</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>DkimRotationPowerShell</name>
    <message>
        <source>A DKIM key rotation has two passes.</source>
        <translation>Une rotation de clés DKIM comporte deux passes.</translation>
    </message>
</context>
<context>
    <name>DkimSignature</name>
    <message>
        <source>The DKIM-Signature is not a list of tag=value pairs (at octet %1).</source>
        <translation>La DKIM-Signature n&apos;est pas une liste de paires balise=valeur (à l&apos;octet %1).</translation>
    </message>
    <message>
        <source>The DKIM-Signature tag &quot;%1&quot; has no &quot;=&quot;.</source>
        <translation>La balise « %1 » de la DKIM-Signature n&apos;a pas de « = ».</translation>
    </message>
    <message>
        <source>The value of the DKIM-Signature tag &quot;%1&quot; holds a character not allowed there.</source>
        <translation>La valeur de la balise « %1 » de la DKIM-Signature contient un caractère qui n&apos;y est pas autorisé.</translation>
    </message>
    <message>
        <source>The DKIM-Signature has the tag &quot;%1&quot; twice, which makes it invalid (RFC 6376 3.2).</source>
        <translation>La DKIM-Signature contient deux fois la balise « %1 », ce qui la rend invalide (RFC 6376 3.2).</translation>
    </message>
    <message>
        <source>The DKIM-Signature has no %1= tag, which RFC 6376 requires.</source>
        <translation>La DKIM-Signature n&apos;a pas de balise %1=, pourtant exigée par la RFC 6376.</translation>
    </message>
    <message>
        <source>v=%1 is not a DKIM-Signature version verifiers know (v=1).</source>
        <translation>v=%1 n&apos;est pas une version de DKIM-Signature connue des vérificateurs (v=1).</translation>
    </message>
    <message>
        <source>a=%1 is not a DKIM signing algorithm (rsa-sha256, ed25519-sha256).</source>
        <translation>a=%1 n&apos;est pas un algorithme de signature DKIM (rsa-sha256, ed25519-sha256).</translation>
    </message>
    <message>
        <source>b= (the signature) is empty or not base64.</source>
        <translation>b= (la signature) est vide ou n&apos;est pas en base64.</translation>
    </message>
    <message>
        <source>bh= (the body hash) is empty or not base64.</source>
        <translation>bh= (le hachage du corps) est vide ou n&apos;est pas en base64.</translation>
    </message>
    <message>
        <source>c=%1 is not a canonicalization verifiers know (simple or relaxed, header/body).</source>
        <translation>c=%1 n&apos;est pas une canonicalisation connue des vérificateurs (simple ou relaxed, en-tête/corps).</translation>
    </message>
    <message>
        <source>d=%1 is not a domain name.</source>
        <translation>d=%1 n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>s=%1 is not a selector (a name of dot-separated labels).</source>
        <translation>s=%1 n&apos;est pas un sélecteur (un nom formé de labels séparés par des points).</translation>
    </message>
    <message>
        <source>h= lists %1 header fields; no real signature lists more than %2.</source>
        <translation>h= liste %1 champs d&apos;en-tête ; aucune signature réelle n&apos;en liste plus de %2.</translation>
    </message>
    <message>
        <source>h= lists &quot;%1&quot;, which is not a header field name.</source>
        <translation>h= liste « %1 », qui n&apos;est pas un nom de champ d&apos;en-tête.</translation>
    </message>
    <message>
        <source>h= does not list From; RFC 6376 makes verifiers ignore such a signature.</source>
        <translation>h= ne liste pas From ; selon la RFC 6376, les vérificateurs ignorent une telle signature.</translation>
    </message>
    <message>
        <source>i=%1 is not in d=%2 or a subdomain of it (RFC 6376 6.1.1).</source>
        <translation>i=%1 n&apos;est ni dans d=%2 ni dans l&apos;un de ses sous-domaines (RFC 6376 6.1.1).</translation>
    </message>
    <message>
        <source>l=%1 is not a number of octets.</source>
        <translation>l=%1 n&apos;est pas un nombre d&apos;octets.</translation>
    </message>
    <message>
        <source>q=%1 names no key lookup method verifiers know (dns/txt).</source>
        <translation>q=%1 n&apos;indique aucune méthode de recherche de clé connue des vérificateurs (dns/txt).</translation>
    </message>
    <message>
        <source>t=%1 is not a time in seconds.</source>
        <translation>t=%1 n&apos;est pas une durée en secondes.</translation>
    </message>
    <message>
        <source>x=%1 is not a time in seconds.</source>
        <translation>x=%1 n&apos;est pas une durée en secondes.</translation>
    </message>
    <message>
        <source>x= (expiry) is before t= (signing time).</source>
        <translation>x= (expiration) est antérieur à t= (heure de signature).</translation>
    </message>
</context>
<context>
    <name>DkimSigningKey</name>
    <message>
        <source>OpenSSL could not generate a %1-bit RSA key.</source>
        <translation>OpenSSL n&apos;a pas pu générer de clé RSA de %1 bits.</translation>
    </message>
</context>
<context>
    <name>DkimTargetPasteParser</name>
    <message>
        <source>The text contains two different selector%1 targets; paste the output for one domain only.</source>
        <translation>Le texte contient deux cibles selector%1 différentes ; collez la sortie d&apos;un seul domaine.</translation>
    </message>
    <message>
        <source>No DKIM selector targets were found. Paste the output of Get-DkimSigningConfig -Identity &lt;domain&gt; | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME, or the portal&apos;s &quot;CNAME record does not exist&quot; message.</source>
        <translation>Aucune cible de sélecteur DKIM n&apos;a été trouvée. Collez la sortie de Get-DkimSigningConfig -Identity &lt;domaine&gt; | Format-List Name,Enabled,Status,Selector1CNAME,Selector2CNAME, ou le message « CNAME record does not exist » du portail.</translation>
    </message>
    <message>
        <source>Only the selector%1 target was found; both are needed. Paste the complete output.</source>
        <translation>Seule la cible selector%1 a été trouvée ; les deux sont nécessaires. Collez la sortie complète.</translation>
    </message>
    <message>
        <source>The two targets do not belong together (different tenant, domain or format); paste the output for one domain only.</source>
        <translation>Les deux cibles ne vont pas ensemble (locataire, domaine ou format différent) ; collez la sortie d&apos;un seul domaine.</translation>
    </message>
</context>
<context>
    <name>DkimTargetsCommand</name>
    <message>
        <source>Reads the output of Get-DkimSigningConfig | Format-List, or the Microsoft 365 portal&apos;s &quot;CNAME record does not exist for this config&quot; message, and prints the two DKIM selector CNAME targets to publish.</source>
        <translation>Lit la sortie de Get-DkimSigningConfig | Format-List, ou le message « CNAME record does not exist for this config » du portail Microsoft 365, et affiche les deux cibles CNAME des sélecteurs DKIM à publier.</translation>
    </message>
    <message>
        <source>A text file with the pasted output, or - for standard input.</source>
        <translation>Un fichier texte contenant la sortie collée, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Print {&quot;selector1&quot;: ..., &quot;selector2&quot;: ...}.</source>
        <translation>Afficher {&quot;selector1&quot;: ..., &quot;selector2&quot;: ...}.</translation>
    </message>
    <message>
        <source>Usage: mailauth dkim-targets FILE|- [--json]</source>
        <translation>Utilisation : mailauth dkim-targets FICHIER|- [--json]</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>Publish these two CNAME records:</source>
        <translation>Publiez ces deux enregistrements CNAME :</translation>
    </message>
    <message>
        <source>Publish these two CNAME records in the zone of %1:</source>
        <translation>Publiez ces deux enregistrements CNAME dans la zone de %1 :</translation>
    </message>
    <message>
        <source>Status CnameMissing: Microsoft 365 has not seen these records yet. Publish them, wait until they are visible, then enable DKIM signing.</source>
        <translation>État CnameMissing : Microsoft 365 ne voit pas encore ces enregistrements. Publiez-les, attendez qu&apos;ils soient visibles, puis activez la signature DKIM.</translation>
    </message>
</context>
<context>
    <name>DkimVerifier</name>
    <message>
        <source>The signature uses rsa-sha1, which RFC 8301 forbids verifiers to accept. The signer must use rsa-sha256.</source>
        <translation>La signature utilise rsa-sha1, que la RFC 8301 interdit aux vérificateurs d&apos;accepter. Le signataire doit utiliser rsa-sha256.</translation>
    </message>
    <message>
        <source>Not verified: the message has more than %1 DKIM signatures.</source>
        <translation>Non vérifié : le message comporte plus de %1 signatures DKIM.</translation>
    </message>
    <message>
        <source>l=%1 signs only the first %1 octets of the body; %2 octets were added after signing and are not covered (anyone could have appended them).</source>
        <translation>l=%1 ne signe que les %1 premiers octets du corps ; %2 octets ont été ajoutés après la signature et ne sont pas couverts (n&apos;importe qui a pu les ajouter).</translation>
    </message>
    <message>
        <source>l= limits the signature to part of the body: anything appended later (a list footer, or an attacker&apos;s text) would still pass. Signers should not use l=.</source>
        <translation>l= limite la signature à une partie du corps : tout ce qui est ajouté ensuite (un pied de page de liste de diffusion ou le texte d&apos;un attaquant) passerait quand même. Les signataires ne devraient pas utiliser l=.</translation>
    </message>
    <message>
        <source>No DNS lookup is available to fetch the key at %1.</source>
        <translation>Aucune recherche DNS n&apos;est disponible pour récupérer la clé à %1.</translation>
    </message>
    <message>
        <source>Waiting for the key at %1.</source>
        <translation>En attente de la clé à %1.</translation>
    </message>
    <message>
        <source>The key at %1 could not be fetched (%2); try again later.</source>
        <translation>La clé à %1 n&apos;a pas pu être récupérée (%2) ; réessayez plus tard.</translation>
    </message>
    <message>
        <source>No key is published at %1 (%2).</source>
        <translation>Aucune clé n&apos;est publiée à %1 (%2).</translation>
    </message>
    <message>
        <source>%1 points to %2, but no key is published there (%3).</source>
        <translation>%1 pointe vers %2, mais aucune clé n&apos;y est publiée (%3).</translation>
    </message>
    <message>
        <source>The key at %1 is revoked (empty p=).</source>
        <translation>La clé à %1 est révoquée (p= vide).</translation>
    </message>
    <message>
        <source>The key at %1 cannot be used: %2</source>
        <translation>La clé à %1 est inutilisable : %2</translation>
    </message>
    <message>
        <source>The signature says a=%1, but the key at %2 is of type %3.</source>
        <translation>La signature indique a=%1, mais la clé à %2 est de type %3.</translation>
    </message>
    <message>
        <source>The key at %1 allows only h=%2, not sha256.</source>
        <translation>La clé à %1 n&apos;autorise que h=%2, pas sha256.</translation>
    </message>
    <message>
        <source>The key at %1 has t=s, so i= must be in d=%2 itself, not in a subdomain.</source>
        <translation>La clé à %1 a t=s, donc i= doit être dans d=%2 même, pas dans un sous-domaine.</translation>
    </message>
    <message>
        <source>The key at %1 has t=y (testing): receivers may treat the message as unsigned.</source>
        <translation>La clé à %1 a t=y (test) : les serveurs destinataires peuvent traiter le message comme non signé.</translation>
    </message>
    <message>
        <source>The signature had expired (x=%1, %2) when the message arrived.</source>
        <translation>La signature avait expiré (x=%1, %2) à l&apos;arrivée du message.</translation>
    </message>
    <message>
        <source>Only the header was given: the signature over the header fields verifies, but the body hash cannot be checked without the body. Open the whole message (.eml) to know.</source>
        <translation>Seul l&apos;en-tête a été fourni : la signature des champs d&apos;en-tête est valide, mais le hachage du corps ne peut pas être vérifié sans le corps. Ouvrez le message complet (.eml) pour en avoir le cœur net.</translation>
    </message>
    <message>
        <source>Only the header was given: the body hash cannot be checked, and the signature over the header fields does not verify here (pasted headers are often re-wrapped by the mail program). Open the whole message (.eml) to know.</source>
        <translation>Seul l&apos;en-tête a été fourni : le hachage du corps ne peut pas être vérifié, et la signature des champs d&apos;en-tête n&apos;est pas valide ici (les en-têtes collés sont souvent remis en forme par le logiciel de messagerie). Ouvrez le message complet (.eml) pour en avoir le cœur net.</translation>
    </message>
    <message>
        <source>The body is shorter than l=%1 says: the message was cut after signing.</source>
        <translation>Le corps est plus court que ce qu&apos;indique l=%1 : le message a été tronqué après la signature.</translation>
    </message>
    <message>
        <source>The body hash does not verify: the body was changed after signing (or the saved message is not the one that was received).</source>
        <translation>Le hachage du corps ne correspond pas : le corps a été modifié après la signature (ou le message enregistré n&apos;est pas celui qui a été reçu).</translation>
    </message>
    <message>
        <source>The signature does not verify: a signed header field was changed after signing, or the key does not belong to this signature.</source>
        <translation>La signature n&apos;est pas valide : un champ d&apos;en-tête signé a été modifié après la signature, ou la clé n&apos;appartient pas à cette signature.</translation>
    </message>
    <message>
        <source>The signature verifies with the key from the file.</source>
        <translation>La signature est valide avec la clé du fichier.</translation>
    </message>
    <message>
        <source>The signature verifies with the key at %1.</source>
        <translation>La signature est valide avec la clé à %1.</translation>
    </message>
</context>
<context>
    <name>DmarcComposer</name>
    <message>
        <source>&quot;%1&quot; is not a valid e-mail address for reports.</source>
        <translation>« %1 » n&apos;est pas une adresse e-mail valide pour les rapports.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid fo value (0, 1, d or s, separated by &quot;:&quot;).</source>
        <translation>« %1 » n&apos;est pas une valeur fo valide (0, 1, d ou s, séparés par « : »).</translation>
    </message>
</context>
<context>
    <name>DmarcLinter</name>
    <message>
        <source>The spaces or tabs before the pasted record were removed before checking it. Published in DNS with them, the record would not start with v=DMARC1 and receivers would ignore it.</source>
        <translation>Les espaces ou tabulations précédant l&apos;enregistrement collé ont été supprimés avant la vérification. Publié avec eux dans le DNS, l&apos;enregistrement ne commencerait pas par v=DMARC1 et les serveurs destinataires l&apos;ignoreraient.</translation>
    </message>
    <message>
        <source>Make sure the value in your DNS panel starts with v=DMARC1, with nothing before it.</source>
        <translation>Assurez-vous que la valeur dans votre interface DNS commence par v=DMARC1, sans rien devant.</translation>
    </message>
    <message>
        <source>The record value starts with a quotation mark. The DNS panel stored the quotes as part of the value, so receivers do not recognise the record.</source>
        <translation>La valeur de l&apos;enregistrement commence par un guillemet. L&apos;interface DNS a enregistré les guillemets comme faisant partie de la valeur, les serveurs destinataires ne reconnaissent donc pas l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Enter the value without quotation marks: %1</source>
        <translation>Saisissez la valeur sans guillemets : %1</translation>
    </message>
    <message>
        <source>The record starts with a space or tab before &quot;v=DMARC1&quot;; receivers only accept a record that starts with v=DMARC1, so they ignore this one.</source>
        <translation>L&apos;enregistrement commence par une espace ou une tabulation avant « v=DMARC1 » ; les serveurs destinataires n&apos;acceptent qu&apos;un enregistrement commençant par v=DMARC1 et ignorent donc celui-ci.</translation>
    </message>
    <message>
        <source>The version must be written exactly &quot;v=DMARC1&quot; (upper case); receivers ignore this record.</source>
        <translation>La version doit s&apos;écrire exactement « v=DMARC1 » (en majuscules) ; les serveurs destinataires ignorent cet enregistrement.</translation>
    </message>
    <message>
        <source>A DMARC record must begin with &quot;v=DMARC1&quot;; receivers ignore this record.</source>
        <translation>Un enregistrement DMARC doit commencer par « v=DMARC1 » ; les serveurs destinataires ignorent cet enregistrement.</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=DMARC1; &quot;, for example &quot;v=DMARC1; p=none; rua=mailto:dmarc@%1&quot;.</source>
        <translation>Commencez l&apos;enregistrement par « v=DMARC1; », par exemple « v=DMARC1; p=none; rua=mailto:dmarc@%1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form tag=value; receivers ignore it.</source>
        <translation>« %1 » n&apos;est pas de la forme balise=valeur ; les serveurs destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Write each setting as tag=value and separate settings with &quot;;&quot;.</source>
        <translation>Écrivez chaque paramètre sous la forme balise=valeur et séparez les paramètres par « ; ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; receivers may use either value.</source>
        <translation>« %1 » apparaît plusieurs fois ; les serveurs destinataires peuvent utiliser l&apos;une ou l&apos;autre valeur.</translation>
    </message>
    <message>
        <source>Keep one &quot;%1=&quot; and delete the others.</source>
        <translation>Gardez un seul « %1= » et supprimez les autres.</translation>
    </message>
    <message>
        <source>A &quot;;&quot; is missing after &quot;%1=%2&quot;: receivers read &quot;%3&quot; as part of the %1 value.</source>
        <translation>Il manque un « ; » après « %1=%2 » : les serveurs destinataires lisent « %3 » comme faisant partie de la valeur de %1.</translation>
    </message>
    <message>
        <source>Put &quot;; &quot; between the settings: &quot;%1=%2; %3&quot;.</source>
        <translation>Mettez « ; » entre les paramètres : « %1=%2; %3 ».</translation>
    </message>
    <message>
        <source>The value of &quot;%1&quot; contains quotation marks.</source>
        <translation>La valeur de « %1 » contient des guillemets.</translation>
    </message>
    <message>
        <source>Remove the quotation marks: %1=%2</source>
        <translation>Supprimez les guillemets : %1=%2</translation>
    </message>
    <message>
        <source>&quot;pct&quot; was removed by RFC 9989 (May 2026); current receivers ignore it, so pct=%1 now means the policy applies to all mail.</source>
        <translation>« pct » a été supprimé par la RFC 9989 (mai 2026) ; les serveurs destinataires actuels l&apos;ignorent, pct=%1 signifie donc désormais que la stratégie s&apos;applique à tout le courrier.</translation>
    </message>
    <message>
        <source>&quot;pct&quot; was removed by RFC 9989 (May 2026); current receivers ignore it.</source>
        <translation>« pct » a été supprimé par la RFC 9989 (mai 2026) ; les serveurs destinataires actuels l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Remove pct=%1. To soften the policy while testing, add &quot;t=y&quot; (receivers apply one level lower: reject acts as quarantine, quarantine as none).</source>
        <translation>Supprimez pct=%1. Pour assouplir la stratégie pendant les tests, ajoutez « t=y » (les serveurs destinataires appliquent un niveau en dessous : reject agit comme quarantine, quarantine comme none).</translation>
    </message>
    <message>
        <source>Remove pct=100; it has no effect.</source>
        <translation>Supprimez pct=100 ; il n&apos;a aucun effet.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was removed by RFC 9989; receivers ignore it.</source>
        <translation>« %1 » a été supprimé par la RFC 9989 ; les serveurs destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Remove %1=%2.</source>
        <translation>Supprimez %1=%2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC tag; receivers ignore it.</source>
        <translation>« %1 » n&apos;est pas une balise DMARC ; les serveurs destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Check the spelling (p, sp, np, t, rua, ruf, adkim, aspf, fo, psd) or remove it.</source>
        <translation>Vérifiez l&apos;orthographe (p, sp, np, t, rua, ruf, adkim, aspf, fo, psd) ou supprimez-la.</translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not valid (%3); receivers use the default instead.</source>
        <translation>« %1=%2 » n&apos;est pas valide (%3) ; les serveurs destinataires utilisent la valeur par défaut à la place.</translation>
    </message>
    <message>
        <source>Use one of: %1.</source>
        <translation>Utilisez l&apos;une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <source>r = relaxed, s = strict</source>
        <translation>r = relaxed (souple), s = strict</translation>
    </message>
    <message>
        <source>y = test mode, n = normal</source>
        <translation>y = mode test, n = normal</translation>
    </message>
    <message>
        <source>y, n or u</source>
        <translation>y, n ou u</translation>
    </message>
    <message>
        <source>&quot;fo=%1&quot; is not valid: use 0, 1, d or s separated by &quot;:&quot;, and not 0 and 1 together.</source>
        <translation>« fo=%1 » n&apos;est pas valide : utilisez 0, 1, d ou s séparés par « : », et pas 0 et 1 ensemble.</translation>
    </message>
    <message>
        <source>For example fo=1 (report any failure) or remove fo.</source>
        <translation>Par exemple fo=1 (signaler tout échec), ou supprimez fo.</translation>
    </message>
    <message>
        <source>The record has no policy (p=); receivers treat it as p=none and only send reports.</source>
        <translation>L&apos;enregistrement n&apos;a pas de stratégie (p=) ; les serveurs destinataires le traitent comme p=none et se contentent d&apos;envoyer des rapports.</translation>
    </message>
    <message>
        <source>The record has no policy (p=) and no report address; receivers ignore it.</source>
        <translation>L&apos;enregistrement n&apos;a ni stratégie (p=) ni adresse de rapport ; les serveurs destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Add a policy right after the version: &quot;v=DMARC1; p=none; ...&quot;.</source>
        <translation>Ajoutez une stratégie juste après la version : « v=DMARC1; p=none; ... ».</translation>
    </message>
    <message>
        <source>&quot;p=%1&quot; is not a policy; only none, quarantine and reject are.</source>
        <translation>« p=%1 » n&apos;est pas une stratégie ; seules none, quarantine et reject le sont.</translation>
    </message>
    <message>
        <source>Write p=none, p=quarantine or p=reject.</source>
        <translation>Écrivez p=none, p=quarantine ou p=reject.</translation>
    </message>
    <message>
        <source>&quot;%1=%2&quot; is not a policy; only none, quarantine and reject are. Receivers then ignore the record&apos;s policy altogether.</source>
        <translation>« %1=%2 » n&apos;est pas une stratégie ; seules none, quarantine et reject le sont. Les serveurs destinataires ignorent alors entièrement la stratégie de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>Write %1=none, %1=quarantine or %1=reject, or remove it.</source>
        <translation>Écrivez %1=none, %1=quarantine ou %1=reject, ou supprimez-le.</translation>
    </message>
    <message>
        <source>p=none only monitors: mail that fails DMARC is still delivered, so the domain can still be spoofed.</source>
        <translation>p=none ne fait que surveiller : le courrier qui échoue à DMARC est quand même remis, le domaine peut donc toujours être usurpé.</translation>
    </message>
    <message>
        <source>Read the aggregate reports for two to four weeks; when all legitimate senders pass, move to p=quarantine, then p=reject.</source>
        <translation>Lisez les rapports agrégés pendant deux à quatre semaines ; quand tous les expéditeurs légitimes passent, passez à p=quarantine, puis à p=reject.</translation>
    </message>
    <message>
        <source>t=y (test mode): receivers apply one level less than the policy (reject acts as quarantine, quarantine as none).</source>
        <translation>t=y (mode test) : les serveurs destinataires appliquent un niveau de moins que la stratégie (reject agit comme quarantine, quarantine comme none).</translation>
    </message>
    <message>
        <source>Remove t=y when the reports show that legitimate mail passes.</source>
        <translation>Supprimez t=y quand les rapports montrent que le courrier légitime passe.</translation>
    </message>
    <message>
        <source>sp= in the record of %1 has no effect: receivers use sp only from the organisational domain (%2).</source>
        <translation>sp= dans l&apos;enregistrement de %1 n&apos;a aucun effet : les serveurs destinataires n&apos;utilisent sp que depuis le domaine organisationnel (%2).</translation>
    </message>
    <message>
        <source>Remove sp= here; set sp= in the record at _dmarc.%1 instead.</source>
        <translation>Supprimez sp= ici ; définissez plutôt sp= dans l&apos;enregistrement à _dmarc.%1.</translation>
    </message>
    <message>
        <source>No report address (rua=): you will not learn who sends mail as this domain, which you need before enforcing.</source>
        <translation>Aucune adresse de rapport (rua=) : vous ne saurez pas qui envoie du courrier au nom de ce domaine, ce qu&apos;il vous faut savoir avant de durcir la stratégie.</translation>
    </message>
    <message>
        <source>Add rua=mailto:dmarc-reports@%1 (a shared mailbox works well).</source>
        <translation>Ajoutez rua=mailto:dmarc-reports@%1 (une boîte aux lettres partagée convient bien).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a size limit (!…), which RFC 9989 made obsolete; reporters ignore it.</source>
        <translation>« %1 » comporte une limite de taille (!…), rendue obsolète par la RFC 9989 ; les émetteurs de rapports l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Remove the &quot;!&quot; and what follows it.</source>
        <translation>Supprimez le « ! » et ce qui le suit.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a URI; receivers will not send reports to it.</source>
        <translation>« %1 » dans %2 n&apos;est pas un URI ; les serveurs destinataires n&apos;y enverront pas de rapports.</translation>
    </message>
    <message>
        <source>Write %1=mailto:%2</source>
        <translation>Écrivez %1=mailto:%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a mailto: address; receivers only send reports by e-mail.</source>
        <translation>« %1 » dans %2 n&apos;est pas une adresse mailto: ; les serveurs destinataires n&apos;envoient les rapports que par e-mail.</translation>
    </message>
    <message>
        <source>Use a mailbox: %1=mailto:dmarc-reports@%2</source>
        <translation>Utilisez une boîte aux lettres : %1=mailto:dmarc-reports@%2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in %2 is not a valid e-mail address.</source>
        <translation>« %1 » dans %2 n&apos;est pas une adresse e-mail valide.</translation>
    </message>
    <message>
        <source>Write it as mailto:name@example.com; percent-encode &quot;,&quot; and &quot;!&quot; inside the address.</source>
        <translation>Écrivez-la sous la forme mailto:nom@example.com ; encodez « , » et « ! » en pourcentage dans l&apos;adresse.</translation>
    </message>
    <message>
        <source>%1 TXT &quot;v=DMARC1;&quot;</source>
        <translation>%1 TXT &quot;v=DMARC1;&quot;</translation>
    </message>
    <message>
        <source>Reports go to %1, another organisation&apos;s domain. Receivers send them only if %1 publishes an authorisation record.</source>
        <translation>Les rapports vont à %1, le domaine d&apos;une autre organisation. Les serveurs destinataires ne les envoient que si %1 publie un enregistrement d&apos;autorisation.</translation>
    </message>
    <message>
        <source>Ask the owner of %1 (your report provider) to publish: %2</source>
        <translation>Demandez au propriétaire de %1 (votre fournisseur de rapports) de publier : %2</translation>
    </message>
    <message>
        <source>Reports for %1 go to %2, but %2 has not authorised them, so receivers drop them silently.</source>
        <translation>Les rapports pour %1 vont à %2, mais %2 ne les a pas autorisés, les serveurs destinataires les abandonnent donc sans rien dire.</translation>
    </message>
    <message>
        <source>The owner of %1 (not you) must publish: %2</source>
        <translation>Le propriétaire de %1 (pas vous) doit publier : %2</translation>
    </message>
    <message>
        <source>Reports go to %1, another organisation&apos;s domain, which has authorised them.</source>
        <translation>Les rapports vont à %1, le domaine d&apos;une autre organisation, qui les a autorisés.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Rien à faire.</translation>
    </message>
    <message>
        <source>ruf= asks for failure reports. Microsoft 365 and most large receivers never send them.</source>
        <translation>ruf= demande des rapports d&apos;échec. Microsoft 365 et la plupart des grands serveurs destinataires n&apos;en envoient jamais.</translation>
    </message>
    <message>
        <source>Keep it if you want them from the few receivers that do; rely on rua= aggregate reports.</source>
        <translation>Gardez-le si vous voulez ceux des rares serveurs destinataires qui en envoient ; comptez sur les rapports agrégés rua=.</translation>
    </message>
    <message>
        <source>fo= only affects failure reports, and the record asks for none (no ruf=).</source>
        <translation>fo= ne concerne que les rapports d&apos;échec, et l&apos;enregistrement n&apos;en demande aucun (pas de ruf=).</translation>
    </message>
    <message>
        <source>Remove fo=, or add ruf= if you want failure reports.</source>
        <translation>Supprimez fo=, ou ajoutez ruf= si vous voulez des rapports d&apos;échec.</translation>
    </message>
</context>
<context>
    <name>DmarcReportSummary</name>
    <message>
        <source>passes</source>
        <translation>passe</translation>
    </message>
    <message>
        <source>probably spoofing</source>
        <translation>probablement de l&apos;usurpation</translation>
    </message>
    <message>
        <source>%L1 of %L2 fail: probably spoofing</source>
        <translation>%L1 sur %L2 échouent : probablement de l&apos;usurpation</translation>
    </message>
    <message>
        <source>forwarded without aligned DKIM</source>
        <translation>transféré sans DKIM aligné</translation>
    </message>
    <message>
        <source>no aligned DKIM</source>
        <translation>pas de DKIM aligné</translation>
    </message>
    <message>
        <source>neither DKIM nor SPF aligned</source>
        <translation>ni DKIM ni SPF alignés</translation>
    </message>
    <message>
        <source>fails: %1</source>
        <translation>échoue : %1</translation>
    </message>
    <message>
        <source>%L1 of %L2 fail: %3</source>
        <translation>%L1 sur %L2 échouent : %3</translation>
    </message>
    <message numerus="yes">
        <source>Microsoft 365 sent %L1 messages as %2 without aligned DKIM in %n day(s) of reports → turn on DKIM for %2 (DKIM page).</source>
        <translation>
            <numerusform>Microsoft 365 a envoyé %L1 messages en tant que %2 sans DKIM aligné sur %n jour de rapports → activez DKIM pour %2 (page DKIM).</numerusform>
            <numerusform>Microsoft 365 a envoyé %L1 messages en tant que %2 sans DKIM aligné sur %n jours de rapports → activez DKIM pour %2 (page DKIM).</numerusform>
        </translation>
    </message>
    <message>
        <source>set up DKIM for the domain in %1</source>
        <translation>configurer DKIM pour le domaine dans %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 sent %L2 messages as %3 without aligned DKIM in %n day(s) of reports → %4, or move it to a subdomain of its own (for example news.%3).</source>
        <translation>
            <numerusform>%1 a envoyé %L2 messages en tant que %3 sans DKIM aligné sur %n jour de rapports → %4, ou déplacez ce service vers un sous-domaine dédié (par exemple news.%3).</numerusform>
            <numerusform>%1 a envoyé %L2 messages en tant que %3 sans DKIM aligné sur %n jours de rapports → %4, ou déplacez ce service vers un sous-domaine dédié (par exemple news.%3).</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 forwarded messages as %2 failed: forwarding breaks SPF, and only a DKIM signature by %2 survives it → make sure every service that sends as %2 signs with aligned DKIM.</source>
        <translation>%L1 messages transférés en tant que %2 ont échoué : le transfert casse SPF, et seule une signature DKIM de %2 y survit → assurez-vous que chaque service qui envoie en tant que %2 signe avec un DKIM aligné.</translation>
    </message>
    <message>
        <source>%L1 messages as %2 from servers your SPF or DKIM knows were not aligned → if these servers are yours, sign their mail with DKIM as %2 or give them a return path in %2.</source>
        <translation>%L1 messages en tant que %2 provenant de serveurs connus de votre SPF ou DKIM n&apos;étaient pas alignés → si ces serveurs sont les vôtres, signez leur courrier avec DKIM en tant que %2 ou donnez-leur un Return-Path dans %2.</translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing, which p=reject already has receivers refuse. If one of them is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation>
            <numerusform>%L1 messages en tant que %2 provenant de %n source que rien n&apos;autorise : probablement de l&apos;usurpation, que les serveurs destinataires refusent déjà grâce à p=reject. S&apos;il s&apos;agit d&apos;un de vos serveurs, ajoutez-le à SPF ou signez son courrier avec DKIM.</numerusform>
            <numerusform>%L1 messages en tant que %2 provenant de %n sources que rien n&apos;autorise : probablement de l&apos;usurpation, que les serveurs destinataires refusent déjà grâce à p=reject. Si l&apos;une d&apos;elles est un de vos serveurs, ajoutez-le à SPF ou signez son courrier avec DKIM.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages as %2 from %n source(s) nothing authorises: probably spoofing — quarantine will stop these. If one of them is a server of yours, add it to SPF or sign its mail with DKIM before you move on.</source>
        <translation>
            <numerusform>%L1 messages en tant que %2 provenant de %n source que rien n&apos;autorise : probablement de l&apos;usurpation — la mise en quarantaine les arrêtera. S&apos;il s&apos;agit d&apos;un de vos serveurs, ajoutez-le à SPF ou signez son courrier avec DKIM avant de passer à l&apos;étape suivante.</numerusform>
            <numerusform>%L1 messages en tant que %2 provenant de %n sources que rien n&apos;autorise : probablement de l&apos;usurpation — la mise en quarantaine les arrêtera. Si l&apos;une d&apos;elles est un de vos serveurs, ajoutez-le à SPF ou signez son courrier avec DKIM avant de passer à l&apos;étape suivante.</numerusform>
        </translation>
    </message>
    <message>
        <source>Probably spoofing, which p=reject already has receivers refuse. If this is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation>Probablement de l&apos;usurpation, que les serveurs destinataires refusent déjà grâce à p=reject. S&apos;il s&apos;agit d&apos;un de vos serveurs, ajoutez-le à SPF ou signez son courrier avec DKIM.</translation>
    </message>
    <message>
        <source>Probably spoofing — quarantine will stop these. If this is a server of yours, add it to SPF or sign its mail with DKIM.</source>
        <translation>Probablement de l&apos;usurpation — la mise en quarantaine les arrêtera. S&apos;il s&apos;agit d&apos;un de vos serveurs, ajoutez-le à SPF ou signez son courrier avec DKIM.</translation>
    </message>
</context>
<context>
    <name>DnsHostPanel</name>
    <message>
        <source>Choose TXT, CNAME or MX.</source>
        <translation>Choisissez TXT, CNAME ou MX.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid host name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte valide.</translation>
    </message>
    <message>
        <source>The value is empty.</source>
        <translation>La valeur est vide.</translation>
    </message>
    <message>
        <source>A CNAME must point to a host name, not &quot;%1&quot;.</source>
        <translation>Un CNAME doit pointer vers un nom d&apos;hôte, pas vers « %1 ».</translation>
    </message>
    <message>
        <source>Write an MX value as &quot;PRIORITY HOST&quot;, for example &quot;0 mail.example.com&quot;.</source>
        <translation>Écrivez une valeur MX sous la forme « PRIORITÉ HÔTE », par exemple « 0 mail.example.com ».</translation>
    </message>
    <message>
        <source>%1 already has a %2 record; delete it first.</source>
        <translation>%1 a déjà un enregistrement %2 ; supprimez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>The host field already ended in the domain name, and the panel appended it again.</source>
        <translation>Le champ de l&apos;hôte se terminait déjà par le nom de domaine, et l&apos;interface l&apos;a ajouté une seconde fois.</translation>
    </message>
    <message>
        <source>A DKIM target was saved as a TXT record; it must be a CNAME.</source>
        <translation>Une cible DKIM a été enregistrée comme enregistrement TXT ; elle doit être un CNAME.</translation>
    </message>
    <message>
        <source>This panel stores typed quotes as part of the text, so the record no longer starts with &quot;v=&quot;.</source>
        <translation>Cette interface enregistre les guillemets saisis comme faisant partie du texte, l&apos;enregistrement ne commence donc plus par « v= ».</translation>
    </message>
    <message>
        <source>DMARC tags must be separated by semicolons (;).</source>
        <translation>Les balises DMARC doivent être séparées par des points-virgules (;).</translation>
    </message>
</context>
<context>
    <name>DnsRecordSpec</name>
    <message>
        <source>&quot;%1&quot; is not a DNS zone name.</source>
        <translation>« %1 » n&apos;est pas un nom de zone DNS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS record name.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;enregistrement DNS.</translation>
    </message>
    <message>
        <source>The %1 record at %2 cannot replace an existing value; only TXT and CNAME records and a null MX can.</source>
        <translation>L&apos;enregistrement %1 à %2 ne peut pas remplacer une valeur existante ; seuls les enregistrements TXT et CNAME et un MX nul le peuvent.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a host name that a %2 record can point to.</source>
        <translation>« %1 » n&apos;est pas un nom d&apos;hôte vers lequel un enregistrement %2 peut pointer.</translation>
    </message>
    <message>
        <source>The value of the %1 record at %2 holds a line break or control character.</source>
        <translation>La valeur de l&apos;enregistrement %1 à %2 contient un saut de ligne ou un caractère de contrôle.</translation>
    </message>
</context>
<context>
    <name>DnsServerAddress</name>
    <message>
        <source>&quot;%1&quot;: missing &quot;]&quot; after the IPv6 address.</source>
        <translation>« %1 » : il manque « ] » après l&apos;adresse IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not of the form [address]:port.</source>
        <translation>« %1 » n&apos;est pas de la forme [adresse]:port.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IP address (write 192.0.2.53, 192.0.2.53:5300 or [2001:db8::53]:5300).</source>
        <translation>« %1 » n&apos;est pas une adresse IP (écrivez 192.0.2.53, 192.0.2.53:5300 ou [2001:db8::53]:5300).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a port number (1 to 65535).</source>
        <translation>« %1 » n&apos;est pas un numéro de port (1 à 65535).</translation>
    </message>
</context>
<context>
    <name>DomainAudit</name>
    <message>
        <source>Server asked: %1.</source>
        <translation>Serveur interrogé : %1.</translation>
    </message>
    <message>
        <source>The DNS server failed to answer for %1 (SERVFAIL). This says nothing about whether the record exists.</source>
        <translation>Le serveur DNS n&apos;a pas pu répondre pour %1 (SERVFAIL). Cela n&apos;indique pas si l&apos;enregistrement existe ou non.</translation>
    </message>
    <message>
        <source>Check again in a few minutes; if it persists, the zone&apos;s DNS servers or its DNSSEC signatures have a problem.</source>
        <translation>Vérifiez de nouveau dans quelques minutes ; si le problème persiste, les serveurs DNS de la zone ou leurs signatures DNSSEC ont un problème.</translation>
    </message>
    <message>
        <source>No answer for %1 in time. This says nothing about whether the record exists.</source>
        <translation>Pas de réponse à temps pour %1. Cela n&apos;indique pas si l&apos;enregistrement existe ou non.</translation>
    </message>
    <message>
        <source>Check your network connection and try again; if only this domain times out, its DNS servers are unreachable.</source>
        <translation>Vérifiez votre connexion réseau et réessayez ; si seul ce domaine dépasse le délai, ses serveurs DNS sont injoignables.</translation>
    </message>
    <message>
        <source>The DNS server refused to answer for %1.</source>
        <translation>Le serveur DNS a refusé de répondre pour %1.</translation>
    </message>
    <message>
        <source>The server is not authoritative for this zone or does not answer you; check the resolver settings.</source>
        <translation>Le serveur ne fait pas autorité pour cette zone ou ne vous répond pas ; vérifiez les paramètres du résolveur.</translation>
    </message>
    <message>
        <source>The DNS server answered the question for %1 with the response code %2, which is an error. This says nothing about whether the record exists.</source>
        <translation>Le serveur DNS a répondu à la requête pour %1 avec le code de réponse %2, qui est une erreur. Cela n&apos;indique pas si l&apos;enregistrement existe ou non.</translation>
    </message>
    <message>
        <source>Check again later; if it persists, the zone&apos;s DNS servers are misconfigured (for example a server that is not authoritative for the zone).</source>
        <translation>Vérifiez de nouveau plus tard ; si le problème persiste, les serveurs DNS de la zone sont mal configurés (par exemple un serveur qui ne fait pas autorité pour la zone).</translation>
    </message>
    <message>
        <source>The question for %1 could not be asked (%2).</source>
        <translation>La requête pour %1 n&apos;a pas pu être envoyée (%2).</translation>
    </message>
    <message>
        <source>Check the network connection and the DNS server settings.</source>
        <translation>Vérifiez la connexion réseau et les paramètres du serveur DNS.</translation>
    </message>
    <message numerus="yes">
        <source>%n more question(s) failed the same way.</source>
        <translation>
            <numerusform>%n autre requête a échoué de la même façon.</numerusform>
            <numerusform>%n autres requêtes ont échoué de la même façon.</numerusform>
        </translation>
    </message>
    <message>
        <source>The domain %1 does not exist in DNS.</source>
        <translation>Le domaine %1 n&apos;existe pas dans le DNS.</translation>
    </message>
    <message>
        <source>Check the spelling; a newly registered domain can take a few hours to appear.</source>
        <translation>Vérifiez l&apos;orthographe ; un domaine nouvellement enregistré peut mettre quelques heures à apparaître.</translation>
    </message>
    <message>
        <source>%1 has a null MX record (0 .): it declares that it accepts no mail at all, so replies and bounces to its senders are lost.</source>
        <translation>%1 a un enregistrement MX nul (0 .) : il déclare n&apos;accepter aucun courrier, les réponses et les notifications de non-remise adressées à ses expéditeurs sont donc perdues.</translation>
    </message>
    <message>
        <source>If the domain sends mail, replace the null MX with the MX value from the Microsoft 365 admin center; if it sends none, mark it as parked.</source>
        <translation>Si le domaine envoie du courrier, remplacez le MX nul par la valeur MX du Centre d&apos;administration Microsoft 365 ; s&apos;il n&apos;en envoie pas, marquez-le comme parqué.</translation>
    </message>
    <message>
        <source>%1 has no MX record, so it receives no mail.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement MX, il ne reçoit donc aucun courrier.</translation>
    </message>
    <message>
        <source>If the domain should receive mail through Microsoft 365, publish the MX record shown in the Microsoft 365 admin center (Settings &gt; Domains).</source>
        <translation>Si le domaine doit recevoir du courrier via Microsoft 365, publiez l&apos;enregistrement MX indiqué dans le Centre d&apos;administration Microsoft 365 (Paramètres &gt; Domaines).</translation>
    </message>
    <message>
        <source>The MX record points to %1, not to Microsoft 365. Microsoft then sends no DMARC aggregate reports for this domain, and a gateway in front must be listed in SPF.</source>
        <translation>L&apos;enregistrement MX pointe vers %1, pas vers Microsoft 365. Microsoft n&apos;envoie alors aucun rapport agrégé DMARC pour ce domaine, et une passerelle placée en amont doit figurer dans SPF.</translation>
    </message>
    <message>
        <source>If mail should arrive directly in Microsoft 365, use the MX value from the admin center; otherwise make sure the gateway&apos;s senders are in SPF and enable Enhanced Filtering for Connectors.</source>
        <translation>Si le courrier doit arriver directement dans Microsoft 365, utilisez la valeur MX du centre d&apos;administration ; sinon, assurez-vous que les expéditeurs de la passerelle figurent dans SPF et activez le filtrage amélioré pour les connecteurs.</translation>
    </message>
    <message>
        <source>%1 has no SPF record, so any server can claim to send its mail.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement SPF, n&apos;importe quel serveur peut donc prétendre envoyer son courrier.</translation>
    </message>
    <message>
        <source>The domain sends no mail: publish a TXT record at the domain: v=spf1 -all</source>
        <translation>Le domaine n&apos;envoie aucun courrier : publiez un enregistrement TXT sur le domaine : v=spf1 -all</translation>
    </message>
    <message>
        <source>Publish a TXT record at the domain: v=spf1 include:spf.protection.outlook.com -all (add your other senders before -all).</source>
        <translation>Publiez un enregistrement TXT sur le domaine : v=spf1 include:spf.protection.outlook.com -all (ajoutez vos autres expéditeurs avant -all).</translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its SPF record is %2 instead of v=spf1 -all.</source>
        <translation>%1 est parqué (il n&apos;envoie aucun courrier), mais son enregistrement SPF est %2 au lieu de v=spf1 -all.</translation>
    </message>
    <message>
        <source>If the domain really sends no mail, replace the record with: v=spf1 -all</source>
        <translation>Si le domaine n&apos;envoie vraiment aucun courrier, remplacez l&apos;enregistrement par : v=spf1 -all</translation>
    </message>
    <message>
        <source>%1 has %2 DMARC records; receivers then ignore all of them.</source>
        <translation>%1 a %2 enregistrements DMARC ; les serveurs destinataires les ignorent alors tous.</translation>
    </message>
    <message>
        <source>Keep exactly one TXT record starting with v=DMARC1 at %1.</source>
        <translation>Gardez exactement un enregistrement TXT commençant par v=DMARC1 à %1.</translation>
    </message>
    <message>
        <source>A DMARC record was published at %1, without the underscore; receivers only look at %2.</source>
        <translation>Un enregistrement DMARC a été publié à %1, sans le trait de soulignement ; les serveurs destinataires ne regardent qu&apos;à %2.</translation>
    </message>
    <message>
        <source>Create the record with the host name _dmarc (with the underscore) and delete the one at dmarc.</source>
        <translation>Créez l&apos;enregistrement avec le nom d&apos;hôte _dmarc (avec le trait de soulignement) et supprimez celui à dmarc.</translation>
    </message>
    <message>
        <source>No DMARC policy applies to %1, so receivers do nothing special with mail that fails SPF and DKIM.</source>
        <translation>Aucune stratégie DMARC ne s&apos;applique à %1, les serveurs destinataires ne font donc rien de particulier du courrier qui échoue à SPF et à DKIM.</translation>
    </message>
    <message>
        <source>The domain sends no mail: publish a TXT record at %1: v=DMARC1; p=reject; with a report address in a domain that receives mail.</source>
        <translation>Le domaine n&apos;envoie aucun courrier : publiez un enregistrement TXT à %1 : v=DMARC1; p=reject; avec une adresse de rapport dans un domaine qui reçoit du courrier.</translation>
    </message>
    <message>
        <source>Publish a TXT record at %1: v=DMARC1; p=none; rua=mailto:dmarc-reports@%2 and tighten it in stages.</source>
        <translation>Publiez un enregistrement TXT à %1 : v=DMARC1; p=none; rua=mailto:dmarc-reports@%2 puis durcissez-le par étapes.</translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its DMARC policy is %2 instead of reject.</source>
        <translation>%1 est parqué (il n&apos;envoie aucun courrier), mais sa stratégie DMARC est %2 au lieu de reject.</translation>
    </message>
    <message>
        <source>unreadable</source>
        <translation>illisible</translation>
    </message>
    <message>
        <source>Publish at _dmarc.%1: v=DMARC1; p=reject; with a report address in a domain that receives mail.</source>
        <translation>Publiez à _dmarc.%1 : v=DMARC1; p=reject; avec une adresse de rapport dans un domaine qui reçoit du courrier.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; the record of %2 applies to it.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement DMARC propre ; c&apos;est l&apos;enregistrement de %2 qui s&apos;applique.</translation>
    </message>
    <message>
        <source>Nothing to do if %1&apos;s policy suits this domain; publish _dmarc.%2 to give it its own.</source>
        <translation>Rien à faire si la stratégie de %1 convient à ce domaine ; publiez _dmarc.%2 pour lui en donner une propre.</translation>
    </message>
    <message>
        <source>%1 points to %2, which is not a Microsoft 365 DKIM target.</source>
        <translation>%1 pointe vers %2, qui n&apos;est pas une cible DKIM de Microsoft 365.</translation>
    </message>
    <message>
        <source>Fine if another service signs with this selector; for Microsoft 365 use the exact Selector CNAME values from Get-DkimSigningConfig.</source>
        <translation>Pas de problème si un autre service signe avec ce sélecteur ; pour Microsoft 365, utilisez exactement les valeurs Selector CNAME de Get-DkimSigningConfig.</translation>
    </message>
    <message>
        <source>%1 is a TXT record; Microsoft 365 needs a CNAME there pointing to its own key, which it rotates.</source>
        <translation>%1 est un enregistrement TXT ; Microsoft 365 y a besoin d&apos;un CNAME pointant vers sa propre clé, qu&apos;il renouvelle régulièrement.</translation>
    </message>
    <message>
        <source>Delete the TXT record and create a CNAME with host %1._domainkey pointing to the Selector%2CNAME value from Get-DkimSigningConfig.</source>
        <translation>Supprimez l&apos;enregistrement TXT et créez un CNAME d&apos;hôte %1._domainkey pointant vers la valeur Selector%2CNAME de Get-DkimSigningConfig.</translation>
    </message>
    <message>
        <source>%1 points to %2, but no key is published there yet. That is normal until DKIM signing is enabled for the domain in Microsoft 365.</source>
        <translation>%1 pointe vers %2, mais aucune clé n&apos;y est encore publiée. C&apos;est normal tant que la signature DKIM n&apos;est pas activée pour le domaine dans Microsoft 365.</translation>
    </message>
    <message>
        <source>Enable signing (Set-DkimSigningConfig -Identity %1 -Enabled $true); Microsoft then publishes the key. If signing is already on, wait a few hours and check again.</source>
        <translation>Activez la signature (Set-DkimSigningConfig -Identity %1 -Enabled $true) ; Microsoft publie alors la clé. Si la signature est déjà activée, attendez quelques heures et vérifiez de nouveau.</translation>
    </message>
    <message>
        <source>The selector CNAME was created as %1: the DNS panel added the zone name a second time.</source>
        <translation>Le CNAME du sélecteur a été créé sous le nom %1 : l&apos;interface DNS a ajouté le nom de la zone une seconde fois.</translation>
    </message>
    <message>
        <source>Edit the record and enter only &quot;%1._domainkey&quot; as the host name.</source>
        <translation>Modifiez l&apos;enregistrement et saisissez uniquement « %1._domainkey » comme nom d&apos;hôte.</translation>
    </message>
    <message>
        <source>There is no DKIM record at %1.</source>
        <translation>Il n&apos;y a pas d&apos;enregistrement DKIM à %1.</translation>
    </message>
    <message>
        <source>Publish the CNAME %1._domainkey with the Selector%2CNAME value from Get-DkimSigningConfig (the DKIM page of the wizard shows it).</source>
        <translation>Publiez le CNAME %1._domainkey avec la valeur Selector%2CNAME de Get-DkimSigningConfig (la page DKIM de l&apos;assistant l&apos;affiche).</translation>
    </message>
    <message>
        <source>%1 is parked but has no null MX record, so senders retry mail to it for days instead of learning at once that it accepts none.</source>
        <translation>%1 est parqué mais n&apos;a pas d&apos;enregistrement MX nul : les expéditeurs réessaient donc pendant des jours de lui remettre du courrier au lieu d&apos;apprendre aussitôt qu&apos;il n&apos;en accepte aucun.</translation>
    </message>
    <message>
        <source>Publish an MX record with priority 0 and the host &quot;.&quot; (a single dot; RFC 7505).</source>
        <translation>Publiez un enregistrement MX de priorité 0 avec l&apos;hôte &quot;.&quot; (un seul point ; RFC 7505).</translation>
    </message>
    <message>
        <source>%1 is parked (it sends no mail), but its MX record points to %2, so it still receives mail.</source>
        <translation>%1 est parqué (il n&apos;envoie aucun courrier), mais son enregistrement MX pointe vers %2, il reçoit donc encore du courrier.</translation>
    </message>
    <message>
        <source>If no mailbox uses the domain, replace the MX record with a null MX: priority 0, host &quot;.&quot; (RFC 7505).</source>
        <translation>Si aucune boîte aux lettres n&apos;utilise le domaine, remplacez l&apos;enregistrement MX par un MX nul : priorité 0, hôte &quot;.&quot; (RFC 7505).</translation>
    </message>
    <message>
        <source>Microsoft 365 upgrades one selector per rotation: run Rotate-DkimSigningConfig -Identity %1 -KeySize 2048, wait four days (96 hours) until the new key signs, then run it again for the other selector. The wizard&apos;s DKIM page keeps the dates.</source>
        <translation>Microsoft 365 met à niveau un sélecteur par rotation : exécutez Rotate-DkimSigningConfig -Identity %1 -KeySize 2048, attendez quatre jours (96 heures) que la nouvelle clé signe, puis exécutez de nouveau la commande pour l&apos;autre sélecteur. La page DKIM de l&apos;assistant conserve les dates.</translation>
    </message>
</context>
<context>
    <name>DomainName</name>
    <message>
        <source>Enter a domain name, for example contoso.com.</source>
        <translation>Saisissez un nom de domaine, par exemple contoso.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like an e-mail address; enter only the part after the @.</source>
        <translation>« %1 » ressemble à une adresse e-mail ; saisissez uniquement la partie après le @.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; looks like a web address; enter only the domain, for example contoso.com.</source>
        <translation>« %1 » ressemble à une adresse web ; saisissez uniquement le domaine, par exemple contoso.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine valide.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid domain name: each part between dots must be 1 to 63 letters, digits or hyphens, not starting or ending with a hyphen.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine valide : chaque partie entre les points doit comporter de 1 à 63 lettres, chiffres ou traits d&apos;union, sans commencer ni se terminer par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no dot; enter the full domain, for example contoso.com.</source>
        <translation>« %1 » ne contient pas de point ; saisissez le domaine complet, par exemple contoso.com.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; contains &quot;%2&quot;, which a domain name cannot hold.</source>
        <translation>« %1 » contient « %2 », qu&apos;un nom de domaine ne peut pas contenir.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has a part that starts or ends with a hyphen.</source>
        <translation>« %1 » a une partie qui commence ou se termine par un trait d&apos;union.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>GenerateCommand</name>
    <message>
        <source>Writes a project&apos;s exports: the DKIM PowerShell bundle, the DNS records for a DNS host, the hand-over report (HTML or PDF) or the audits as JSON.</source>
        <translation>Écrit les exports d&apos;un projet : le bundle PowerShell DKIM, les enregistrements DNS pour un hébergeur DNS, le rapport de passation (HTML ou PDF) ou les audits au format JSON.</translation>
    </message>
    <message>
        <source>The project file (.mailauth).</source>
        <translation>Le fichier de projet (.mailauth).</translation>
    </message>
    <message>
        <source>One of: %1.</source>
        <translation>L&apos;une des valeurs suivantes : %1.</translation>
    </message>
    <message>
        <source>Write to PATH (default: standard output).</source>
        <translation>Écrire dans CHEMIN (par défaut : sortie standard).</translation>
    </message>
    <message>
        <source>The Azure resource group that holds the DNS zones, for --format azure (default: the project&apos;s).</source>
        <translation>Le groupe de ressources Azure qui contient les zones DNS, pour --format azure (par défaut : celui du projet).</translation>
    </message>
    <message>
        <source>Usage: mailauth generate --project FILE --format %1 [-o PATH]</source>
        <translation>Utilisation : mailauth generate --project FICHIER --format %1 [-o CHEMIN]</translation>
    </message>
    <message>
        <source>--azure-resource-group: %1</source>
        <translation>--azure-resource-group : %1</translation>
    </message>
    <message>
        <source>The project names no Azure resource group: pass --azure-resource-group NAME (the resource group that holds the DNS zones), or enter it on the wizard&apos;s tenant page.</source>
        <translation>Le projet n&apos;indique aucun groupe de ressources Azure : passez --azure-resource-group NOM (le groupe de ressources qui contient les zones DNS), ou saisissez-le sur la page Locataire de l&apos;assistant.</translation>
    </message>
    <message>
        <source>Cannot write to standard output: %1</source>
        <translation>Impossible d&apos;écrire sur la sortie standard : %1</translation>
    </message>
    <message>
        <source>write error</source>
        <translation>erreur d&apos;écriture</translation>
    </message>
    <message>
        <source>Refusing to write the export over the project file itself (%1); choose another -o.</source>
        <translation>Refus d&apos;écrire l&apos;export par-dessus le fichier de projet lui-même (%1) ; choisissez un autre -o.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 bytes).</source>
        <translation>%1 écrit (%2 octets).</translation>
    </message>
</context>
<context>
    <name>GzipContainer</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>the gzip data cannot be read: %1</source>
        <translation>les données gzip ne peuvent pas être lues : %1</translation>
    </message>
    <message>
        <source>larger than %1 after decompression (a gzip bomb, or far bigger than any report); not read</source>
        <translation>plus de %1 après décompression (une bombe gzip, ou bien plus gros que n&apos;importe quel rapport) ; non lu</translation>
    </message>
    <message>
        <source>the gzip data is damaged: %1</source>
        <translation>les données gzip sont endommagées : %1</translation>
    </message>
</context>
<context>
    <name>HandoverReport</name>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>DMARC</source>
        <translation>DMARC</translation>
    </message>
    <message>
        <source>DKIM signing switched on</source>
        <translation>Signature DKIM activée</translation>
    </message>
    <message>
        <source>DKIM %1</source>
        <translation>DKIM %1</translation>
    </message>
    <message>
        <source>No audit recorded.</source>
        <translation>Aucun audit enregistré.</translation>
    </message>
    <message>
        <source>Audit of %1</source>
        <translation>Audit du %1</translation>
    </message>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Mail authentication hand-over: %1</source>
        <translation>Passation de l&apos;authentification de la messagerie : %1</translation>
    </message>
    <message>
        <source>Prepared by: %1</source>
        <translation>Préparé par : %1</translation>
    </message>
    <message>
        <source>(not named)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Microsoft 365 tenant: %1 (%2)</source>
        <translation>Locataire Microsoft 365 : %1 (%2)</translation>
    </message>
    <message>
        <source>DNS hosted at: %1</source>
        <translation>DNS hébergé chez : %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Vue d&apos;ensemble</translation>
    </message>
    <message>
        <source>Domain</source>
        <translation>Domaine</translation>
    </message>
    <message>
        <source>DKIM</source>
        <translation>DKIM</translation>
    </message>
    <message>
        <source>confirmed %1</source>
        <translation>confirmé %1</translation>
    </message>
    <message>
        <source>already published</source>
        <translation>déjà publié</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>non confirmé</translation>
    </message>
    <message>
        <source>not needed (parked)</source>
        <translation>pas nécessaire (parqué)</translation>
    </message>
    <message>
        <source>signing on</source>
        <translation>signature activée</translation>
    </message>
    <message>
        <source>(parked)</source>
        <translation>(parqué)</translation>
    </message>
    <message>
        <source>In DNS: %1</source>
        <translation>Dans le DNS : %1</translation>
    </message>
    <message>
        <source>Records published</source>
        <translation>Enregistrements publiés</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Confirmations</source>
        <translation>Confirmations</translation>
    </message>
    <message>
        <source>Nothing confirmed yet.</source>
        <translation>Rien de confirmé pour l&apos;instant.</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>Confirmé</translation>
    </message>
    <message>
        <source>Seen by</source>
        <translation>Vu par</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Étapes suivantes</translation>
    </message>
    <message>
        <source>Date: %1 (%2).</source>
        <translation>Date : %1 (%2).</translation>
    </message>
    <message>
        <source>Nothing left: keep an eye on the DMARC reports.</source>
        <translation>Plus rien à faire : gardez un œil sur les rapports DMARC.</translation>
    </message>
    <message>
        <source>Mail authentication hand-over</source>
        <translation>Passation de l&apos;authentification de la messagerie</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>DKIM test message</source>
        <translation>Message de test DKIM</translation>
    </message>
    <message>
        <source>Checked: %1</source>
        <translation>Vérifié : %1</translation>
    </message>
</context>
<context>
    <name>HandoverReportsSection</name>
    <message>
        <source>Forwarders and mailing lists</source>
        <translation>Services de transfert et listes de diffusion</translation>
    </message>
    <message>
        <source>Servers your SPF or DKIM allows</source>
        <translation>Serveurs autorisés par votre SPF ou DKIM</translation>
    </message>
    <message>
        <source>Unknown sources</source>
        <translation>Sources inconnues</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s))</source>
        <translation>
            <numerusform>du %1 au %2 (%n jour)</numerusform>
            <numerusform>du %1 au %2 (%n jours)</numerusform>
        </translation>
    </message>
    <message>
        <source>no dated reports</source>
        <translation>aucun rapport daté</translation>
    </message>
    <message>
        <source>Period: %1</source>
        <translation>Période : %1</translation>
    </message>
    <message>
        <source>Messages: %1, of which %2 pass DMARC.</source>
        <translation>Messages : %1, dont %2 réussissent DMARC.</translation>
    </message>
    <message>
        <source>Reported by: %1</source>
        <translation>Signalé par : %1</translation>
    </message>
    <message numerus="yes">
        <source>Legitimate mail passing DMARC: %1 (%2 of %3 messages); unknown sources: %4 messages from %n address(es).</source>
        <translation>
            <numerusform>Courrier légitime qui réussit DMARC : %1 (%2 sur %3 messages) ; sources inconnues : %4 messages provenant de %n adresse.</numerusform>
            <numerusform>Courrier légitime qui réussit DMARC : %1 (%2 sur %3 messages) ; sources inconnues : %4 messages provenant de %n adresses.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every sender in the reports passes DMARC.</source>
        <translation>Tous les expéditeurs des rapports réussissent DMARC.</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>Passing</source>
        <translation>Réussis</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>What the reports show</source>
        <translation>Ce que montrent les rapports</translation>
    </message>
    <message>
        <source>From the DMARC aggregate reports read into this project: what receivers saw of mail sent as each domain, and what must be fixed before the next stage.</source>
        <translation>D&apos;après les rapports agrégés DMARC importés dans ce projet : ce que les serveurs destinataires ont vu du courrier envoyé au nom de chaque domaine, et ce qui doit être corrigé avant l&apos;étape suivante.</translation>
    </message>
</context>
<context>
    <name>HeadersCommand</name>
    <message>
        <source>%1 s (clocks disagree)</source>
        <translation>%1 s (les horloges divergent)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>The PEM public key is neither RSA nor Ed25519.</source>
        <translation>La clé publique PEM n&apos;est ni RSA ni Ed25519.</translation>
    </message>
    <message>
        <source>The quotes in the key file do not match.</source>
        <translation>Les guillemets du fichier de clé ne se correspondent pas.</translation>
    </message>
    <message>
        <source>The key file holds no DKIM key record (v=DKIM1; k=rsa; p=...) and no PEM public key.</source>
        <translation>Le fichier de clé ne contient ni enregistrement de clé DKIM (v=DKIM1; k=rsa; p=...) ni clé publique PEM.</translation>
    </message>
    <message>
        <source>Reads a received message (.eml, or the headers pasted from Outlook, OWA or Gmail&apos;s &quot;Show original&quot;) and tells whether DKIM signing works for the sender&apos;s domain: every DKIM signature verified (key from DNS or --key-file), its alignment with the From domain, what the receiver saw (SPF, DKIM, DMARC, Microsoft&apos;s compauth and anti-spam stamps) and the route with the delay at each hop.
Exit status: 0 = an aligned DKIM signature passes, 1 = not, 2 = the command could not run.</source>
        <translation>Lit un message reçu (.eml, ou les en-têtes collés depuis Outlook, OWA ou « Afficher l&apos;original » de Gmail) et indique si la signature DKIM fonctionne pour le domaine de l&apos;expéditeur : chaque signature DKIM vérifiée (clé issue du DNS ou de --key-file), son alignement avec le domaine From, ce que le serveur destinataire a constaté (SPF, DKIM, DMARC, compauth et tampons anti-spam de Microsoft) et l&apos;acheminement avec le délai à chaque saut.
Code de sortie : 0 = une signature DKIM alignée passe, 1 = non, 2 = la commande n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>The message or headers, or - for standard input.</source>
        <translation>Le message ou les en-têtes, ou - pour l&apos;entrée standard.</translation>
    </message>
    <message>
        <source>Verify with this key instead of DNS (offline): a DKIM key record or a PEM public key.</source>
        <translation>Vérifier avec cette clé au lieu du DNS (hors ligne) : un enregistrement de clé DKIM ou une clé publique PEM.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Usage: mailauth headers FILE|- [--resolver IP[:PORT]]... [--key-file F] [--json]</source>
        <translation>Utilisation : mailauth headers FICHIER|- [--resolver IP[:PORT]]... [--key-file F] [--json]</translation>
    </message>
    <message>
        <source>Cannot read &quot;%1&quot;: %2</source>
        <translation>Impossible de lire « %1 » : %2</translation>
    </message>
    <message>
        <source>--key-file: %1</source>
        <translation>--key-file : %1</translation>
    </message>
    <message>
        <source>Next: %1</source>
        <translation>Ensuite : %1</translation>
    </message>
    <message>
        <source>From domain: %1</source>
        <translation>Domaine From : %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>Only the header was given: body hashes cannot be checked.</source>
        <translation>Seul l&apos;en-tête a été fourni : les hachages du corps ne peuvent pas être vérifiés.</translation>
    </message>
    <message>
        <source>DKIM signatures (%1):</source>
        <translation>Signatures DKIM (%1) :</translation>
    </message>
    <message>
        <source>d=%1 s=%2 a=%3 c=%4: %5, %6</source>
        <translation>d=%1 s=%2 a=%3 c=%4 : %5, %6</translation>
    </message>
    <message>
        <source>aligned</source>
        <translation>aligné</translation>
    </message>
    <message>
        <source>not aligned</source>
        <translation>non aligné</translation>
    </message>
    <message>
        <source>, %1-bit key</source>
        <translation>, clé de %1 bits</translation>
    </message>
    <message>
        <source>key: %1 → CNAME %2</source>
        <translation>clé : %1 → CNAME %2</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message>
        <source>What the receiver saw (%1):</source>
        <translation>Ce que le serveur destinataire a constaté (%1) :</translation>
    </message>
    <message>
        <source>no authserv-id</source>
        <translation>pas d&apos;authserv-id</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(non indiqué)</translation>
    </message>
    <message>
        <source>reason %1: %2</source>
        <translation>raison %1 : %2</translation>
    </message>
    <message>
        <source>Authentication-Results, top first:</source>
        <translation>Authentication-Results, du plus haut au plus bas :</translation>
    </message>
    <message>
        <source>Microsoft anti-spam stamps:</source>
        <translation>Tampons anti-spam de Microsoft :</translation>
    </message>
    <message>
        <source>Route, first hop first:</source>
        <translation>Acheminement, premier saut en premier :</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>de %1</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>by %1</source>
        <translation>par %1</translation>
    </message>
    <message>
        <source>with %1</source>
        <translation>avec %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Remarque : %1</translation>
    </message>
</context>
<context>
    <name>LintCommand</name>
    <message>
        <source>Checks one SPF, DMARC or DKIM key record without asking DNS, and says what is wrong and how to fix it.
The record may be given as plain text or as zone-file quoted strings (&quot;part 1&quot; &quot;part 2&quot;).</source>
        <translation>Vérifie un enregistrement SPF, DMARC ou de clé DKIM sans interroger le DNS, et indique ce qui ne va pas et comment le corriger.
L&apos;enregistrement peut être fourni en texte brut ou sous forme de chaînes entre guillemets d&apos;un fichier de zone (&quot;partie 1&quot; &quot;partie 2&quot;).</translation>
    </message>
    <message>
        <source>spf, dmarc or dkim</source>
        <translation>spf, dmarc ou dkim</translation>
    </message>
    <message>
        <source>The record text; quote it for the shell.</source>
        <translation>Le texte de l&apos;enregistrement ; mettez-le entre guillemets pour le shell.</translation>
    </message>
    <message>
        <source>Print one JSON object instead of text.</source>
        <translation>Afficher un objet JSON au lieu du texte.</translation>
    </message>
    <message>
        <source>For DMARC: the domain the record is published for (enables the subdomain and third-party report checks).</source>
        <translation>Pour DMARC : le domaine pour lequel l&apos;enregistrement est publié (active les vérifications des sous-domaines et des rapports envoyés à des tiers).</translation>
    </message>
    <message>
        <source>domain</source>
        <translation>domaine</translation>
    </message>
    <message>
        <source>Usage: mailauth lint spf|dmarc|dkim &quot;&lt;record text&gt;&quot; [--domain DOMAIN] [--json]</source>
        <translation>Utilisation : mailauth lint spf|dmarc|dkim &quot;&lt;texte de l&apos;enregistrement&gt;&quot; [--domain DOMAINE] [--json]</translation>
    </message>
    <message>
        <source>Unknown record kind &quot;%1&quot;; use spf, dmarc or dkim.</source>
        <translation>Type d&apos;enregistrement inconnu « %1 » ; utilisez spf, dmarc ou dkim.</translation>
    </message>
    <message>
        <source>The quoted strings are not balanced: every string must start and end with &quot;.</source>
        <translation>Les chaînes entre guillemets ne sont pas équilibrées : chaque chaîne doit commencer et se terminer par &quot;.</translation>
    </message>
    <message>
        <source>SPF record: valid</source>
        <translation>Enregistrement SPF : valide</translation>
    </message>
    <message>
        <source>SPF record: NOT valid (receivers return permerror)</source>
        <translation>Enregistrement SPF : NON valide (les serveurs destinataires renvoient permerror)</translation>
    </message>
    <message>
        <source>SPF record: NOT valid (see the errors below)</source>
        <translation>Enregistrement SPF : NON valide (voir les erreurs ci-dessous)</translation>
    </message>
    <message>
        <source>DNS lookups in this record itself: %1 of 10 (includes are not followed offline; use the wizard or &quot;mailauth check&quot; for the full count).</source>
        <translation>Recherches DNS dans cet enregistrement lui-même : %1 sur 10 (les include ne sont pas suivis hors ligne ; utilisez l&apos;assistant ou « mailauth check » pour le décompte complet).</translation>
    </message>
    <message>
        <source>DMARC record: valid</source>
        <translation>Enregistrement DMARC : valide</translation>
    </message>
    <message>
        <source>DMARC record: NOT valid (receivers ignore it)</source>
        <translation>Enregistrement DMARC : NON valide (les serveurs destinataires l&apos;ignorent)</translation>
    </message>
    <message>
        <source>DMARC record: NOT valid (see the errors below)</source>
        <translation>Enregistrement DMARC : NON valide (voir les erreurs ci-dessous)</translation>
    </message>
    <message>
        <source>Policy receivers apply: %1</source>
        <translation>Stratégie appliquée par les serveurs destinataires : %1</translation>
    </message>
    <message>
        <source>DKIM key record: valid</source>
        <translation>Enregistrement de clé DKIM : valide</translation>
    </message>
    <message>
        <source>DKIM key record: NOT valid (verifiers cannot use it)</source>
        <translation>Enregistrement de clé DKIM : NON valide (les vérificateurs ne peuvent pas l&apos;utiliser)</translation>
    </message>
    <message>
        <source>DKIM key record: NOT valid (see the errors below)</source>
        <translation>Enregistrement de clé DKIM : NON valide (voir les erreurs ci-dessous)</translation>
    </message>
    <message>
        <source>Key: %1, %2 bits (%3)</source>
        <translation>Clé : %1, %2 bits (%3)</translation>
    </message>
</context>
<context>
    <name>MailContainer</name>
    <message>
        <source>attached mail %1</source>
        <translation>message joint %1</translation>
    </message>
    <message>
        <source>attachment %1 (%2)</source>
        <translation>pièce jointe %1 (%2)</translation>
    </message>
    <message>
        <source>the mail&apos;s parts are nested too deeply (a way to crash mail readers); not read</source>
        <translation>les parties du message sont imbriquées trop profondément (un moyen de faire planter les lecteurs de messagerie) ; non lu</translation>
    </message>
    <message>
        <source>not a readable mail</source>
        <translation>pas un message lisible</translation>
    </message>
    <message>
        <source>the mail has no report attached (no zip, gzip or XML attachment)</source>
        <translation>aucun rapport n&apos;est joint au message (pas de pièce jointe zip, gzip ou XML)</translation>
    </message>
    <message>
        <source>mail %1</source>
        <translation>message %1</translation>
    </message>
    <message>
        <source>no mail found in the mbox file</source>
        <translation>aucun message trouvé dans le fichier mbox</translation>
    </message>
</context>
<context>
    <name>MessageAnalysis</name>
    <message>
        <source>%1 (%2, %3-bit %4)</source>
        <translation>%1 (%2, %4 %3 bits)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>From names %1 mailboxes; DMARC needs exactly one, so receivers may reject the message.</source>
        <translation>From indique %1 boîtes aux lettres ; DMARC en exige exactement une, les serveurs destinataires peuvent donc rejeter le message.</translation>
    </message>
    <message>
        <source>the From domain</source>
        <translation>le domaine From</translation>
    </message>
    <message>
        <source>Signed by %1 and aligned — DKIM for this domain works.</source>
        <translation>Signé par %1 et aligné — DKIM fonctionne pour ce domaine.</translation>
    </message>
    <message>
        <source>The signature uses l= (a body length limit): ask the signer to sign the whole body.</source>
        <translation>La signature utilise l= (une limite de longueur du corps) : demandez au signataire de signer tout le corps.</translation>
    </message>
    <message>
        <source>Still fetching keys and DMARC records from DNS…</source>
        <translation>Récupération des clés et des enregistrements DMARC depuis le DNS en cours…</translation>
    </message>
    <message>
        <source>Signed by %1 and aligned; the signature over the header fields verifies. The body was not given, so the body hash is unchecked.</source>
        <translation>Signé par %1 et aligné ; la signature des champs d&apos;en-tête est valide. Le corps n&apos;a pas été fourni, le hachage du corps n&apos;est donc pas vérifié.</translation>
    </message>
    <message>
        <source>To be sure, save the whole message (.eml, or Gmail&apos;s &quot;Download original&quot;) and check that file.</source>
        <translation>Pour en être sûr, enregistrez le message complet (.eml, ou « Télécharger l&apos;original » dans Gmail) et vérifiez ce fichier.</translation>
    </message>
    <message>
        <source>The signature by %1 does not pass (%2): %3</source>
        <translation>La signature de %1 ne passe pas (%2) : %3</translation>
    </message>
    <message>
        <source>Signed by %1 (aligned), but with the header alone the signature cannot be confirmed here.</source>
        <translation>Signé par %1 (aligné), mais avec l&apos;en-tête seul, la signature ne peut pas être confirmée ici.</translation>
    </message>
    <message>
        <source>Signed by %1 (aligned), but with the header alone the signature cannot be confirmed here; the receiver, which had the whole message, says dkim=%2 for %3.</source>
        <translation>Signé par %1 (aligné), mais avec l&apos;en-tête seul, la signature ne peut pas être confirmée ici ; le serveur destinataire, qui disposait du message complet, indique dkim=%2 pour %3.</translation>
    </message>
    <message>
        <source>DNS did not answer for %1: check again in a few minutes.</source>
        <translation>Le DNS n&apos;a pas répondu pour %1 : vérifiez de nouveau dans quelques minutes.</translation>
    </message>
    <message>
        <source>Publish the selector CNAMEs for %1 (step 3 of the DKIM page) and wait until they are visible everywhere.</source>
        <translation>Publiez les CNAME des sélecteurs pour %1 (étape 3 de la page DKIM) et attendez qu&apos;ils soient visibles partout.</translation>
    </message>
    <message>
        <source>Something changed the body after signing: a disclaimer or footer added by a mail flow rule or gateway after Microsoft 365 signed, or a security appliance that rewrites links. Add such content before signing, or sign after it.</source>
        <translation>Quelque chose a modifié le corps après la signature : une clause de non-responsabilité ou un pied de page ajouté par une règle de flux de messagerie ou une passerelle après la signature par Microsoft 365, ou une appliance de sécurité qui réécrit les liens. Ajoutez ce contenu avant la signature, ou signez après.</translation>
    </message>
    <message>
        <source>Check the whole message (.eml) rather than pasted headers.</source>
        <translation>Vérifiez le message complet (.eml) plutôt que des en-têtes collés.</translation>
    </message>
    <message>
        <source>Send a new test message to an outside mailbox and check it again; if it still fails, rotate the key (Rotate-DkimSigningConfig) and check the CNAMEs.</source>
        <translation>Envoyez un nouveau message de test à une boîte aux lettres externe et vérifiez-le de nouveau ; s&apos;il échoue encore, renouvelez la clé (Rotate-DkimSigningConfig) et vérifiez les CNAME.</translation>
    </message>
    <message>
        <source>Signed only by %1: custom-domain signing is not on yet (step 4 of the DKIM page).</source>
        <translation>Signé uniquement par %1 : la signature avec le domaine personnalisé n&apos;est pas encore activée (étape 4 de la page DKIM).</translation>
    </message>
    <message>
        <source>Publish the two selector CNAMEs for %1, then enable signing: Set-DkimSigningConfig -Identity %1 -Enabled $true.</source>
        <translation>Publiez les deux CNAME des sélecteurs pour %1, puis activez la signature : Set-DkimSigningConfig -Identity %1 -Enabled $true.</translation>
    </message>
    <message>
        <source>Signed only by %1, which is not aligned with %2: DMARC cannot count this signature.</source>
        <translation>Signé uniquement par %1, qui n&apos;est pas aligné avec %2 : DMARC ne peut pas prendre en compte cette signature.</translation>
    </message>
    <message>
        <source>Have the service that sent this message sign with %1 (its own DKIM setup for your domain), or send through Microsoft 365.</source>
        <translation>Faites signer le service qui a envoyé ce message avec %1 (sa propre configuration DKIM pour votre domaine), ou envoyez via Microsoft 365.</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature.</source>
        <translation>Le message ne porte aucune signature DKIM.</translation>
    </message>
    <message>
        <source>Check a message as the recipient got it (not the copy in Sent Items, which is kept before signing): send a test to an outside mailbox and read its headers there.</source>
        <translation>Vérifiez un message tel que le destinataire l&apos;a reçu (pas la copie des Éléments envoyés, conservée avant la signature) : envoyez un test à une boîte aux lettres externe et lisez-y ses en-têtes.</translation>
    </message>
    <message>
        <source>No signature passes: %1 (%2).</source>
        <translation>Aucune signature ne passe : %1 (%2).</translation>
    </message>
    <message>
        <source>Check a message as the recipient got it, as a whole .eml file.</source>
        <translation>Vérifiez un message tel que le destinataire l&apos;a reçu, sous forme de fichier .eml complet.</translation>
    </message>
    <message>
        <source>Alignment was judged with the public suffix list (DNS was not asked or did not answer).</source>
        <translation>L&apos;alignement a été évalué avec la liste des suffixes publics (le DNS n&apos;a pas été interrogé ou n&apos;a pas répondu).</translation>
    </message>
    <message>
        <source>the receiver</source>
        <translation>le serveur destinataire</translation>
    </message>
    <message>
        <source>This copy has no DKIM-Signature field, so the signature cannot be checked here. The receiver (%1), which had the whole message, says dkim=pass for %2, aligned with %3: DKIM for this domain works as the receiver saw it.</source>
        <translation>Cette copie n&apos;a pas de champ DKIM-Signature, la signature ne peut donc pas être vérifiée ici. Le serveur destinataire (%1), qui disposait du message complet, indique dkim=pass pour %2, aligné avec %3 : du point de vue du serveur destinataire, DKIM fonctionne pour ce domaine.</translation>
    </message>
    <message>
        <source>To check the signature here as well, paste the complete header, including the DKIM-Signature field (Gmail: Show original &gt; Download original; Outlook: View &gt; View message source).</source>
        <translation>Pour vérifier aussi la signature ici, collez l&apos;en-tête complet, y compris le champ DKIM-Signature (Gmail : Afficher l&apos;original &gt; Télécharger l&apos;original ; Outlook : Affichage &gt; Afficher la source du message).</translation>
    </message>
    <message>
        <source>Signed only by %1, as the receiver (%2) saw it: custom-domain signing is not on yet (step 4 of the DKIM page).</source>
        <translation>Signé uniquement par %1, d&apos;après le serveur destinataire (%2) : la signature avec le domaine personnalisé n&apos;est pas encore activée (étape 4 de la page DKIM).</translation>
    </message>
    <message>
        <source>no DKIM signature</source>
        <translation>aucune signature DKIM</translation>
    </message>
    <message>
        <source>SPF %1</source>
        <translation>SPF %1</translation>
    </message>
    <message>
        <source>DMARC fail</source>
        <translation>échec DMARC</translation>
    </message>
    <message>
        <source>composite authentication fail</source>
        <translation>échec de l&apos;authentification composite</translation>
    </message>
    <message>
        <source>Nothing authenticates this message as mail from %1 (%2 at the receiver): unless your own systems sent it, it is a spoof. It says nothing about your DKIM signing.</source>
        <translation>Rien n&apos;authentifie ce message comme provenant de %1 (%2 chez le serveur destinataire) : à moins que vos propres systèmes ne l&apos;aient envoyé, il s&apos;agit d&apos;une usurpation. Il n&apos;indique rien sur votre signature DKIM.</translation>
    </message>
    <message>
        <source>The receiver applied the domain&apos;s reject policy its own way (action=oreject): the message went to Junk instead of being refused.</source>
        <translation>Le serveur destinataire a appliqué à sa manière la stratégie de rejet du domaine (action=oreject) : le message a été placé dans le courrier indésirable au lieu d&apos;être refusé.</translation>
    </message>
    <message>
        <source>The receiver applied the domain&apos;s DMARC policy (action=%1).</source>
        <translation>Le serveur destinataire a appliqué la stratégie DMARC du domaine (action=%1).</translation>
    </message>
    <message>
        <source>If a service of yours sent it (from %1), authorise it in SPF and set up its DKIM signing for %2.</source>
        <translation>Si l&apos;un de vos services l&apos;a envoyé (depuis %1), autorisez-le dans SPF et configurez sa signature DKIM pour %2.</translation>
    </message>
    <message>
        <source>If a service of yours sent it, authorise it in SPF and set up its DKIM signing for %1.</source>
        <translation>Si l&apos;un de vos services l&apos;a envoyé, autorisez-le dans SPF et configurez sa signature DKIM pour %1.</translation>
    </message>
    <message>
        <source>To prove DKIM works, send a message from a Microsoft 365 mailbox of %1 to an outside mailbox and check that message.</source>
        <translation>Pour prouver que DKIM fonctionne, envoyez un message depuis une boîte aux lettres Microsoft 365 de %1 vers une boîte aux lettres externe et vérifiez ce message.</translation>
    </message>
    <message>
        <source>This copy has no DKIM-Signature field; the receiver (%1) says dkim=pass, but for %2, which is not aligned with %3.</source>
        <translation>Cette copie n&apos;a pas de champ DKIM-Signature ; le serveur destinataire (%1) indique dkim=pass, mais pour %2, qui n&apos;est pas aligné avec %3.</translation>
    </message>
    <message>
        <source>The message carries no DKIM signature, and the receiver (%1) found none (dkim=%2).</source>
        <translation>Le message ne porte aucune signature DKIM, et le serveur destinataire (%1) n&apos;en a trouvé aucune (dkim=%2).</translation>
    </message>
    <message>
        <source>Microsoft 365 signs every message it sends (at least with the tenant&apos;s onmicrosoft.com domain): this one was most likely sent by another system. Send the test from a Microsoft 365 mailbox of %1.</source>
        <translation>Microsoft 365 signe chaque message qu&apos;il envoie (au moins avec le domaine onmicrosoft.com du locataire) : celui-ci a très probablement été envoyé par un autre système. Envoyez le test depuis une boîte aux lettres Microsoft 365 de %1.</translation>
    </message>
</context>
<context>
    <name>MessageHeaders</name>
    <message>
        <source>The message is larger than %1 MiB; only messages up to that size are read.</source>
        <translation>Le message dépasse %1 Mio ; seuls les messages jusqu&apos;à cette taille sont lus.</translation>
    </message>
    <message>
        <source>The first line &quot;%1&quot; is not a header field and was skipped.</source>
        <translation>La première ligne « %1 » n&apos;est pas un champ d&apos;en-tête et a été ignorée.</translation>
    </message>
    <message>
        <source>There is nothing to read: paste the message&apos;s headers or open the saved message (.eml).</source>
        <translation>Il n&apos;y a rien à lire : collez les en-têtes du message ou ouvrez le message enregistré (.eml).</translation>
    </message>
    <message>
        <source>The header is larger than %1 MiB; that is no real message.</source>
        <translation>L&apos;en-tête dépasse %1 Mio ; ce n&apos;est pas un vrai message.</translation>
    </message>
    <message>
        <source>No header field could be read: the text does not start like a mail message.</source>
        <translation>Aucun champ d&apos;en-tête n&apos;a pu être lu : le texte ne commence pas comme un message électronique.</translation>
    </message>
    <message>
        <source>Only the first %1 header fields were read.</source>
        <translation>Seuls les %1 premiers champs d&apos;en-tête ont été lus.</translation>
    </message>
</context>
<context>
    <name>MessageProof</name>
    <message>
        <source>the receiver</source>
        <translation>le serveur destinataire</translation>
    </message>
    <message>
        <source>SPF at %1: %2</source>
        <translation>SPF chez %1 : %2</translation>
    </message>
    <message>
        <source>SPF at %1: %2 for %3</source>
        <translation>SPF chez %1 : %2 pour %3</translation>
    </message>
    <message>
        <source>SPF (Received-SPF): %1</source>
        <translation>SPF (Received-SPF) : %1</translation>
    </message>
    <message>
        <source>SPF: the receiver recorded no result.</source>
        <translation>SPF : le serveur destinataire n&apos;a consigné aucun résultat.</translation>
    </message>
    <message>
        <source>DMARC at %1: %2</source>
        <translation>DMARC chez %1 : %2</translation>
    </message>
    <message>
        <source>action %1</source>
        <translation>action %1</translation>
    </message>
    <message>
        <source>for %1</source>
        <translation>pour %1</translation>
    </message>
    <message>
        <source>DMARC: the receiver recorded no result.</source>
        <translation>DMARC : le serveur destinataire n&apos;a consigné aucun résultat.</translation>
    </message>
    <message>
        <source>Microsoft composite authentication: %1 (reason %2)</source>
        <translation>Authentification composite Microsoft : %1 (raison %2)</translation>
    </message>
    <message>
        <source>Microsoft composite authentication: %1 (reason %2: %3)</source>
        <translation>Authentification composite Microsoft : %1 (raison %2 : %3)</translation>
    </message>
    <message>
        <source>This message is from %1, not %2: it proves nothing about %2.</source>
        <translation>Ce message provient de %1, et non de %2 : il ne prouve rien concernant %2.</translation>
    </message>
    <message>
        <source>Send the test from a mailbox whose address ends in @%1, to a mailbox outside your organisation, and check that message.</source>
        <translation>Envoyez le test depuis une boîte aux lettres dont l&apos;adresse se termine par @%1 vers une boîte aux lettres extérieure à votre organisation, puis vérifiez ce message.</translation>
    </message>
    <message>
        <source>For %1 it shows: %2</source>
        <translation>Pour %1, il indique : %2</translation>
    </message>
</context>
<context>
    <name>MicrosoftAntispamHeaders</name>
    <message>
        <source>explicit failure: the domain&apos;s DMARC policy is quarantine or reject and DMARC failed</source>
        <translation>échec explicite : la stratégie DMARC du domaine est quarantine ou reject et DMARC a échoué</translation>
    </message>
    <message>
        <source>implicit failure: the domain publishes no enforcing DMARC policy and the message did not authenticate</source>
        <translation>échec implicite : le domaine ne publie aucune stratégie DMARC contraignante et le message ne s&apos;est pas authentifié</translation>
    </message>
    <message>
        <source>the organisation&apos;s policy blocks this sender and domain pair</source>
        <translation>la stratégie de l&apos;organisation bloque cette paire expéditeur/domaine</translation>
    </message>
    <message>
        <source>failed composite authentication</source>
        <translation>échec de l&apos;authentification composite</translation>
    </message>
    <message>
        <source>passed: SPF or DKIM passed and aligned with the From domain, or an allow rule</source>
        <translation>réussi : SPF ou DKIM a réussi et est aligné avec le domaine From, ou une règle d&apos;autorisation</translation>
    </message>
    <message>
        <source>soft pass: passed implicit authentication</source>
        <translation>réussite partielle : authentification implicite réussie</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>non vérifié</translation>
    </message>
    <message>
        <source>bypassed (e.g. an allow list or a mail flow rule)</source>
        <translation>contourné (p. ex. une liste d&apos;autorisation ou une règle de flux de messagerie)</translation>
    </message>
    <message>
        <source>failed implicit authentication; the sending domain is one of the organisation&apos;s own accepted domains</source>
        <translation>échec de l&apos;authentification implicite ; le domaine d&apos;envoi est l&apos;un des domaines acceptés de l&apos;organisation</translation>
    </message>
    <message>
        <source>passed: allowed by spoof intelligence or a tenant allow entry</source>
        <translation>réussi : autorisé par la veille contre l&apos;usurpation d&apos;identité ou par une entrée d&apos;autorisation du locataire</translation>
    </message>
    <message>
        <source>not spam: delivered to the recipients</source>
        <translation>pas du spam : remis aux destinataires</translation>
    </message>
    <message>
        <source>spam: spam filtering marked it</source>
        <translation>spam : marqué par le filtrage du spam</translation>
    </message>
    <message>
        <source>blocked: the sender is on the recipient&apos;s Blocked Senders list</source>
        <translation>bloqué : l&apos;expéditeur figure dans la liste des expéditeurs bloqués du destinataire</translation>
    </message>
    <message>
        <source>allowed: the sender is on the recipient&apos;s Safe Senders list</source>
        <translation>autorisé : l&apos;expéditeur figure dans la liste des expéditeurs approuvés du destinataire</translation>
    </message>
    <message>
        <source>skipped: the sender is on an allowed list of an anti-spam policy</source>
        <translation>ignoré : l&apos;expéditeur figure dans une liste d&apos;autorisation d&apos;une stratégie anti-spam</translation>
    </message>
    <message>
        <source>spam: the sender is on a blocked list of an anti-spam policy</source>
        <translation>spam : l&apos;expéditeur figure dans une liste de blocage d&apos;une stratégie anti-spam</translation>
    </message>
    <message>
        <source>skipped: mail inside the organisation</source>
        <translation>ignoré : courrier interne à l&apos;organisation</translation>
    </message>
    <message>
        <source>skipped: marked as not spam before filtering (e.g. a mail flow rule)</source>
        <translation>ignoré : marqué comme non-spam avant le filtrage (p. ex. par une règle de flux de messagerie)</translation>
    </message>
    <message>
        <source>released from quarantine</source>
        <translation>libéré de la quarantaine</translation>
    </message>
    <message>
        <source>spam: marked as spam before filtering (e.g. a mail flow rule)</source>
        <translation>spam : marqué comme spam avant le filtrage (p. ex. par une règle de flux de messagerie)</translation>
    </message>
    <message>
        <source>spam filtering skipped (trusted sender or rule)</source>
        <translation>filtrage du spam ignoré (expéditeur approuvé ou règle)</translation>
    </message>
    <message>
        <source>not spam</source>
        <translation>pas du spam</translation>
    </message>
    <message>
        <source>spam</source>
        <translation>spam</translation>
    </message>
    <message>
        <source>high confidence spam</source>
        <translation>spam à haut niveau de confiance</translation>
    </message>
    <message>
        <source>no protection policy applied</source>
        <translation>aucune stratégie de protection appliquée</translation>
    </message>
    <message>
        <source>bulk mail</source>
        <translation>courrier en nombre</translation>
    </message>
    <message>
        <source>phishing</source>
        <translation>hameçonnage</translation>
    </message>
    <message>
        <source>high confidence phishing</source>
        <translation>hameçonnage à haut niveau de confiance</translation>
    </message>
    <message>
        <source>spoofing: the sender failed authentication (SPF/DKIM/DMARC, compauth)</source>
        <translation>usurpation d&apos;identité : l&apos;authentification de l&apos;expéditeur a échoué (SPF/DKIM/DMARC, compauth)</translation>
    </message>
    <message>
        <source>malware</source>
        <translation>programme malveillant</translation>
    </message>
    <message>
        <source>domain impersonation</source>
        <translation>emprunt d&apos;identité de domaine</translation>
    </message>
    <message>
        <source>user impersonation</source>
        <translation>emprunt d&apos;identité d&apos;utilisateur</translation>
    </message>
    <message>
        <source>mailbox intelligence impersonation</source>
        <translation>emprunt d&apos;identité détecté par l&apos;intelligence de boîte aux lettres</translation>
    </message>
    <message>
        <source>outbound spam</source>
        <translation>spam sortant</translation>
    </message>
    <message>
        <source>phishing inside the organisation</source>
        <translation>hameçonnage au sein de l&apos;organisation</translation>
    </message>
    <message>
        <source>anti-malware</source>
        <translation>anti-programme malveillant</translation>
    </message>
    <message>
        <source>Safe Attachments</source>
        <translation>Pièces jointes fiables</translation>
    </message>
    <message>
        <source>blocked file type</source>
        <translation>type de fichier bloqué</translation>
    </message>
    <message>
        <source>filtering skipped: the IP address is on the IP Allow List</source>
        <translation>filtrage ignoré : l&apos;adresse IP figure dans la liste d&apos;adresses IP autorisées</translation>
    </message>
    <message>
        <source>the IP address is on no reputation list</source>
        <translation>l&apos;adresse IP ne figure sur aucune liste de réputation</translation>
    </message>
    <message>
        <source>inbound: from outside the organisation</source>
        <translation>entrant : depuis l&apos;extérieur de l&apos;organisation</translation>
    </message>
    <message>
        <source>outbound: sent from the organisation</source>
        <translation>sortant : envoyé depuis l&apos;organisation</translation>
    </message>
    <message>
        <source>inside the organisation</source>
        <translation>au sein de l&apos;organisation</translation>
    </message>
    <message>
        <source>the connecting IP address</source>
        <translation>l&apos;adresse IP de connexion</translation>
    </message>
    <message>
        <source>the country of the connecting IP address</source>
        <translation>le pays de l&apos;adresse IP de connexion</translation>
    </message>
    <message>
        <source>the connecting IP address has no reverse DNS name</source>
        <translation>l&apos;adresse IP de connexion n&apos;a pas de nom DNS inverse</translation>
    </message>
    <message>
        <source>the reverse DNS name of the connecting IP address</source>
        <translation>le nom DNS inverse de l&apos;adresse IP de connexion</translation>
    </message>
    <message>
        <source>the language of the message</source>
        <translation>la langue du message</translation>
    </message>
    <message>
        <source>the HELO/EHLO name of the connecting server</source>
        <translation>le nom HELO/EHLO du serveur de connexion</translation>
    </message>
    <message>
        <source>not from a bulk sender</source>
        <translation>ne provient pas d&apos;un expéditeur de courrier en nombre</translation>
    </message>
    <message>
        <source>from a bulk sender that generates few complaints</source>
        <translation>provient d&apos;un expéditeur de courrier en nombre qui génère peu de plaintes</translation>
    </message>
    <message>
        <source>from a bulk sender that generates a mixed number of complaints</source>
        <translation>provient d&apos;un expéditeur de courrier en nombre qui génère un nombre modéré de plaintes</translation>
    </message>
    <message>
        <source>from a bulk sender that generates many complaints</source>
        <translation>provient d&apos;un expéditeur de courrier en nombre qui génère de nombreuses plaintes</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>due today</source>
        <translation>à faire aujourd&apos;hui</translation>
    </message>
    <message numerus="yes">
        <source>due since %n day(s)</source>
        <translation>
            <numerusform>en retard depuis %n jour</numerusform>
            <numerusform>en retard depuis %n jours</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>due in %n day(s)</source>
        <translation>
            <numerusform>à faire dans %n jour</numerusform>
            <numerusform>à faire dans %n jours</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: publish the SPF record and let the wizard confirm it.</source>
        <translation>%1 : publier l&apos;enregistrement SPF et le faire confirmer par l&apos;assistant.</translation>
    </message>
    <message>
        <source>%1: run the DKIM script in Exchange Online and paste its output.</source>
        <translation>%1 : exécuter le script DKIM dans Exchange Online et coller sa sortie.</translation>
    </message>
    <message>
        <source>%1: publish both DKIM CNAME records and let the wizard confirm them.</source>
        <translation>%1 : publier les deux enregistrements CNAME DKIM et les faire confirmer par l&apos;assistant.</translation>
    </message>
    <message>
        <source>%1: switch DKIM signing on in Exchange Online.</source>
        <translation>%1 : activer la signature DKIM dans Exchange Online.</translation>
    </message>
    <message>
        <source>%1: publish the DMARC record and let the wizard confirm it.</source>
        <translation>%1 : publier l&apos;enregistrement DMARC et le faire confirmer par l&apos;assistant.</translation>
    </message>
    <message>
        <source>%1: move DMARC to p=%2 if the reports show all real mail passing.</source>
        <translation>%1 : passer DMARC à p=%2 si les rapports montrent que tout le courrier légitime passe.</translation>
    </message>
    <message>
        <source>%1: the DKIM keys have fewer than 2048 bits: run the first pass of the key rotation (DKIM page).</source>
        <translation>%1 : les clés DKIM font moins de 2048 bits : effectuez la première passe de la rotation des clés (page DKIM).</translation>
    </message>
    <message>
        <source>%1: run the second pass of the DKIM key rotation to 2048 bits (DKIM page).</source>
        <translation>%1 : effectuez la seconde passe de la rotation des clés DKIM vers 2048 bits (page DKIM).</translation>
    </message>
    <message>
        <source>%1: check that both DKIM keys have 2048 bits (DKIM page, Check key sizes).</source>
        <translation>%1 : vérifiez que les deux clés DKIM font 2048 bits (page DKIM, Vérifier la taille des clés).</translation>
    </message>
</context>
<context>
    <name>PlanCommand</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: parked (sends and receives no mail)</source>
        <translation>%1 : parqué (n&apos;envoie ni ne reçoit aucun courrier)</translation>
    </message>
    <message>
        <source>%1: sending</source>
        <translation>%1 : domaine d&apos;envoi</translation>
    </message>
    <message>
        <source>No record to publish.</source>
        <translation>Aucun enregistrement à publier.</translation>
    </message>
    <message>
        <source>add</source>
        <translation>ajouter</translation>
    </message>
    <message>
        <source>replace</source>
        <translation>remplacer</translation>
    </message>
    <message>
        <source>keep</source>
        <translation>conserver</translation>
    </message>
    <message>
        <source>remove</source>
        <translation>supprimer</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>%1 %2 %3 &quot;%4&quot;</source>
        <translation>%1 %2 %3 « %4 »</translation>
    </message>
    <message>
        <source>today: &quot;%1&quot;</source>
        <translation>aujourd&apos;hui : « %1 »</translation>
    </message>
    <message>
        <source>What is published could not be read (DNS did not answer): whether this weakens it is unknown. Run the plan again.</source>
        <translation>Ce qui est publié n&apos;a pas pu être lu (le DNS n&apos;a pas répondu) : on ne sait pas si cela l&apos;affaiblit. Relancez la planification.</translation>
    </message>
    <message>
        <source>Weakens nothing that is published today.</source>
        <translation>N&apos;affaiblit rien de ce qui est publié aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>Weakens what is published today:</source>
        <translation>Affaiblit ce qui est publié aujourd&apos;hui :</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>SPF record: %1 of 10 DNS lookups.</source>
        <translation>Enregistrement SPF : %1 recherches DNS sur 10.</translation>
    </message>
    <message>
        <source>SPF record: %1 DNS lookups, over the limit of 10.</source>
        <translation>Enregistrement SPF : %1 recherches DNS, au-delà de la limite de 10.</translation>
    </message>
    <message>
        <source>Audits one or more domains through DNS and shows the records the wizard proposes for each: what every record adds, replaces or keeps, what it would weaken (nothing by default) and the audit&apos;s findings. Changes nothing; where DNS did not answer, the change is &quot;unknown&quot;.
Exit status: 0 = planned and no errors found, 1 = some audit found errors or a proposed SPF record needs more than 10 DNS lookups, 2 = the plan could not be made (usage error, unreadable file).</source>
        <translation>Audite un ou plusieurs domaines via le DNS et affiche pour chacun les enregistrements que l&apos;assistant propose : ce que chaque enregistrement ajoute, remplace ou conserve, ce qu&apos;il affaiblirait (rien par défaut) et les constats de l&apos;audit. Ne modifie rien ; là où le DNS n&apos;a pas répondu, la modification est « inconnue ».
Code de sortie : 0 = planifié et aucune erreur trouvée, 1 = un audit a trouvé des erreurs ou un enregistrement SPF proposé nécessite plus de 10 recherches DNS, 2 = la planification n&apos;a pas pu être établie (erreur d&apos;utilisation, fichier illisible).</translation>
    </message>
    <message>
        <source>Sending domains to plan.</source>
        <translation>Domaines d&apos;envoi à planifier.</translation>
    </message>
    <message>
        <source>DOMAIN...</source>
        <translation>DOMAINE...</translation>
    </message>
    <message>
        <source>Read more domains from FILE, one per line (# starts a comment).</source>
        <translation>Lire d&apos;autres domaines dans FICHIER, un par ligne (# commence un commentaire).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Plan DOMAIN as parked: it sends and receives no mail (null MX, v=spf1 -all, p=reject, no DKIM).</source>
        <translation>Planifier DOMAINE comme parqué : il n&apos;envoie ni ne reçoit aucun courrier (MX nul, v=spf1 -all, p=reject, pas de DKIM).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>The Microsoft cloud of the tenant (default worldwide): %1.</source>
        <translation>Le cloud Microsoft du locataire (par défaut worldwide) : %1.</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>One JSON object per domain per line.</source>
        <translation>Un objet JSON par domaine et par ligne.</translation>
    </message>
    <message>
        <source>Name at least one domain, or use --domains-file or --parked.</source>
        <translation>Indiquez au moins un domaine, ou utilisez --domains-file ou --parked.</translation>
    </message>
    <message>
        <source>%1 is named as a sending domain and with --parked; a domain is one or the other.</source>
        <translation>%1 est indiqué à la fois comme domaine d&apos;envoi et avec --parked ; un domaine est l&apos;un ou l&apos;autre.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known cloud.</source>
        <translation>« %1 » n&apos;est pas un cloud connu.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (saves %n lookup(s))</source>
        <translation>
            <numerusform>%1 (économise %n recherche)</numerusform>
            <numerusform>%1 (économise %n recherches)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n domain(s) planned with %1 DNS questions.</source>
        <translation>
            <numerusform>%n domaine planifié avec %1 requêtes DNS.</numerusform>
            <numerusform>%n domaines planifiés avec %1 requêtes DNS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PlanRules</name>
    <message>
        <source>&quot;%1&quot; is not a Microsoft 365 selector%2 target (selector%2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft).</source>
        <translation>« %1 » n&apos;est pas une cible selector%2 de Microsoft 365 (selector%2-contoso-com._domainkey.contoso.n-v1.dkim.mail.microsoft).</translation>
    </message>
    <message>
        <source>Enter the Azure resource group that holds the DNS zones (Azure portal, DNS zones &gt; the zone &gt; Resource group).</source>
        <translation>Saisissez le groupe de ressources Azure qui contient les zones DNS (portail Azure, Zones DNS &gt; la zone &gt; Groupe de ressources).</translation>
    </message>
    <message>
        <source>An Azure resource group name has at most %1 characters.</source>
        <translation>Un nom de groupe de ressources Azure comporte au plus %1 caractères.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Azure resource group name: it may hold only letters, digits and - _ ( ) . (&quot;%2&quot; is not allowed).</source>
        <translation>« %1 » n&apos;est pas un nom de groupe de ressources Azure : il ne peut contenir que des lettres, des chiffres et - _ ( ) . (« %2 » n&apos;est pas autorisé).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an Azure resource group name: it may not end with a period.</source>
        <translation>« %1 » n&apos;est pas un nom de groupe de ressources Azure : il ne peut pas se terminer par un point.</translation>
    </message>
    <message>
        <source>%1, %2: %3</source>
        <translation>%1, %2 : %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name in its DNS (A-label) form.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine sous sa forme DNS (A-label).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS zone that %2 lies in.</source>
        <translation>« %1 » n&apos;est pas une zone DNS dans laquelle se trouve %2.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender of the catalogue.</source>
        <translation>« %1 » n&apos;est pas un expéditeur du catalogue.</translation>
    </message>
    <message>
        <source>The existing SPF record holds line breaks or control characters.</source>
        <translation>L&apos;enregistrement SPF existant contient des sauts de ligne ou des caractères de contrôle.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not one SPF term.</source>
        <translation>« %1 » n&apos;est pas un terme SPF unique.</translation>
    </message>
    <message>
        <source>The existing DMARC record is damaged.</source>
        <translation>L&apos;enregistrement DMARC existant est endommagé.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a mail server name.</source>
        <translation>« %1 » n&apos;est pas un nom de serveur de messagerie.</translation>
    </message>
    <message>
        <source>The list of confirmed changes is damaged.</source>
        <translation>La liste des modifications confirmées est endommagée.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DMARC fo= value (0, 1, d, s, separated by colons).</source>
        <translation>« %1 » n&apos;est pas une valeur fo= DMARC (0, 1, d, s, séparés par des deux-points).</translation>
    </message>
    <message>
        <source>The pasted text is longer than %1 characters.</source>
        <translation>Le texte collé dépasse %1 caractères.</translation>
    </message>
    <message>
        <source>There is no stage %1 in the DMARC plan.</source>
        <translation>Il n&apos;y a pas d&apos;étape %1 dans le plan DMARC.</translation>
    </message>
    <message>
        <source>The confirmation of &quot;%1&quot; is damaged.</source>
        <translation>La confirmation de « %1 » est endommagée.</translation>
    </message>
    <message>
        <source>The SPF record cannot be composed.</source>
        <translation>L&apos;enregistrement SPF ne peut pas être composé.</translation>
    </message>
    <message>
        <source>%1: the SPF record needs %2 DNS lookups, more than the 10 receivers allow, so SPF would fail for all mail. Shorten it, or confirm on the SPF page that you publish it anyway.</source>
        <translation>%1 : l&apos;enregistrement SPF nécessite %2 recherches DNS, plus que les 10 autorisées par les serveurs destinataires, SPF échouerait donc pour tout le courrier. Raccourcissez-le, ou confirmez sur la page SPF que vous le publiez malgré tout.</translation>
    </message>
    <message>
        <source>%1: %2 Confirm this change in the wizard first.</source>
        <translation>%1 : %2 Confirmez d&apos;abord cette modification dans l&apos;assistant.</translation>
    </message>
</context>
<context>
    <name>PowerShellBundle</name>
    <message>
        <source>The project has no domain that sends mail, so there is no DKIM to set up.</source>
        <translation>Le projet ne contient aucun domaine qui envoie du courrier, il n&apos;y a donc pas de DKIM à configurer.</translation>
    </message>
</context>
<context>
    <name>ProjectExport</name>
    <message>
        <source>The project has no domains yet.</source>
        <translation>Le projet n&apos;a pas encore de domaines.</translation>
    </message>
    <message>
        <source>The project cannot be exported: %1</source>
        <translation>Le projet ne peut pas être exporté : %1</translation>
    </message>
    <message>
        <source>The Azure DNS commands name the resource group that holds the DNS zones, and the project has none yet: enter it on the Tenant page (mailauth generate: --azure-resource-group NAME).</source>
        <translation>Les commandes Azure DNS indiquent le groupe de ressources qui contient les zones DNS, et le projet n&apos;en a pas encore : saisissez-le sur la page Locataire (mailauth generate : --azure-resource-group NOM).</translation>
    </message>
    <message>
        <source>The Azure DNS commands cannot be written: %1</source>
        <translation>Les commandes Azure DNS ne peuvent pas être écrites : %1</translation>
    </message>
</context>
<context>
    <name>ProjectFile</name>
    <message>
        <source>%1: the value does not have the expected form.</source>
        <translation>%1 : la valeur n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>This is not a MailAuth Wizard project file.</source>
        <translation>Ce n&apos;est pas un fichier de projet MailAuth Wizard.</translation>
    </message>
    <message>
        <source>This project was saved by a newer version of MailAuth Wizard (format %1; this version reads up to %2). Update the app to open it; the file was not changed.</source>
        <translation>Ce projet a été enregistré par une version plus récente de MailAuth Wizard (format %1 ; cette version lit jusqu&apos;au format %2). Mettez l&apos;application à jour pour l&apos;ouvrir ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The project file has no valid format version.</source>
        <translation>Le fichier de projet n&apos;a pas de version de format valide.</translation>
    </message>
    <message>
        <source>The project names an unknown Microsoft cloud &quot;%1&quot;.</source>
        <translation>Le projet indique un cloud Microsoft inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The project names an unknown DNS host &quot;%1&quot;.</source>
        <translation>Le projet indique un hébergeur DNS inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The project&apos;s Azure resource group is not valid: %1</source>
        <translation>Le groupe de ressources Azure du projet n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The client name must be one line of at most %1 characters.</source>
        <translation>Le nom du client doit tenir sur une ligne d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The consultant name must be one line of at most %1 characters.</source>
        <translation>Le nom du consultant doit tenir sur une ligne d&apos;au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The project&apos;s tenant is not valid: %1</source>
        <translation>Le locataire du projet n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>Entry %1 of the project&apos;s domains is not a domain.</source>
        <translation>L&apos;entrée %1 des domaines du projet n&apos;est pas un domaine.</translation>
    </message>
    <message>
        <source>Entry %1 of the project&apos;s domains has no domain name.</source>
        <translation>L&apos;entrée %1 des domaines du projet n&apos;a pas de nom de domaine.</translation>
    </message>
    <message>
        <source>The project&apos;s domains are not valid: %1</source>
        <translation>Les domaines du projet ne sont pas valides : %1</translation>
    </message>
    <message>
        <source>The project lists %1 twice.</source>
        <translation>Le projet liste %1 deux fois.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a domain role (sending or parked).</source>
        <translation>%1, %2 : « %3 » n&apos;est pas un rôle de domaine (sending ou parked).</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not -all or ~all.</source>
        <translation>%1, %2 : « %3 » n&apos;est ni -all ni ~all.</translation>
    </message>
    <message>
        <source>The DMARC plan of %1 is damaged.</source>
        <translation>Le plan DMARC de %1 est endommagé.</translation>
    </message>
    <message>
        <source>%1, %2: &quot;%3&quot; is not a record of the rollout.</source>
        <translation>%1, %2 : « %3 » n&apos;est pas un enregistrement du déploiement.</translation>
    </message>
    <message>
        <source>The project cannot be used: %1 Correct the file or set the domain up again in the wizard; the file was not changed.</source>
        <translation>Le projet ne peut pas être utilisé : %1 Corrigez le fichier ou configurez de nouveau le domaine dans l&apos;assistant ; le fichier n&apos;a pas été modifié.</translation>
    </message>
    <message>
        <source>The project is too large to save (%1 MiB; a project file may hold at most %2 MiB): it could not be opened again.</source>
        <translation>Le projet est trop volumineux pour être enregistré (%1 Mio ; un fichier de projet peut contenir au plus %2 Mio) : il ne pourrait pas être rouvert.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is too large for a project file (over %2 MiB); the file was not opened.</source>
        <translation>%1 est trop volumineux pour un fichier de projet (plus de %2 Mio) ; le fichier n&apos;a pas été ouvert.</translation>
    </message>
    <message>
        <source>%1 is damaged (line %2: %3).</source>
        <translation>%1 est endommagé (ligne %2 : %3).</translation>
    </message>
    <message>
        <source>%1 is damaged (line %2: the key &quot;%3&quot; appears twice in the same object).</source>
        <translation>%1 est endommagé (ligne %2 : la clé « %3 » apparaît deux fois dans le même objet).</translation>
    </message>
    <message>
        <source>The project&apos;s DMARC report summary is not valid: %1</source>
        <translation>Le résumé des rapports DMARC du projet n&apos;est pas valide : %1</translation>
    </message>
</context>
<context>
    <name>PropagationExpectation</name>
    <message>
        <source>The record was created as %1: your DNS host adds the domain itself. Enter only @ as the host name (or leave it empty, if your DNS host asks for that), and delete the record at %1.</source>
        <translation>L&apos;enregistrement a été créé sous le nom %1 : votre hébergeur DNS ajoute lui-même le domaine. Saisissez uniquement @ comme nom d&apos;hôte (ou laissez-le vide, si votre hébergeur DNS le demande), et supprimez l&apos;enregistrement à %1.</translation>
    </message>
    <message>
        <source>The record was created as %1: your DNS host adds the domain itself. Enter only %2 as the host name, and delete the record at %1.</source>
        <translation>L&apos;enregistrement a été créé sous le nom %1 : votre hébergeur DNS ajoute lui-même le domaine. Saisissez uniquement %2 comme nom d&apos;hôte, et supprimez l&apos;enregistrement à %1.</translation>
    </message>
    <message>
        <source>%1 holds a TXT record (&quot;%2&quot;) where a CNAME record belongs: delete the TXT record and create a CNAME record that points to %3.</source>
        <translation>%1 contient un enregistrement TXT (« %2 ») là où il faut un enregistrement CNAME : supprimez l&apos;enregistrement TXT et créez un enregistrement CNAME qui pointe vers %3.</translation>
    </message>
    <message>
        <source>%1 is a CNAME record (pointing to %2) where a TXT record belongs: delete the CNAME record and create a TXT record with the value &quot;%3&quot;.</source>
        <translation>%1 est un enregistrement CNAME (pointant vers %2) là où il faut un enregistrement TXT : supprimez l&apos;enregistrement CNAME et créez un enregistrement TXT avec la valeur « %3 ».</translation>
    </message>
</context>
<context>
    <name>PropagationWatcher</name>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>old answer</source>
        <translation>ancienne réponse</translation>
    </message>
    <message>
        <source>not found yet</source>
        <translation>pas encore trouvé</translation>
    </message>
    <message>
        <source>matches</source>
        <translation>correspond</translation>
    </message>
    <message>
        <source>error</source>
        <translation>erreur</translation>
    </message>
</context>
<context>
    <name>RecordsExport</name>
    <message>
        <source>The project holds a record that cannot be exported safely: %1</source>
        <translation>Le projet contient un enregistrement qui ne peut pas être exporté en toute sécurité : %1</translation>
    </message>
</context>
<context>
    <name>ReportReader</name>
    <message>
        <source>the file does not exist</source>
        <translation>le fichier n&apos;existe pas</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>pas un fichier ordinaire</translation>
    </message>
    <message>
        <source>the file cannot be opened: %1</source>
        <translation>le fichier ne peut pas être ouvert : %1</translation>
    </message>
    <message>
        <source>the file is larger than %1; no report is that big</source>
        <translation>le fichier dépasse %1 ; aucun rapport n&apos;est aussi gros</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>an Outlook .msg file, which cannot be read: save the mail as .eml, or save the attachment itself</source>
        <translation>un fichier Outlook .msg, qui ne peut pas être lu : enregistrez le message au format .eml, ou enregistrez la pièce jointe elle-même</translation>
    </message>
    <message>
        <source>not a DMARC aggregate report: neither XML, gzip, zip nor a mail</source>
        <translation>pas un rapport agrégé DMARC : ni XML, ni gzip, ni zip, ni un message</translation>
    </message>
    <message numerus="yes">
        <source>nested too deeply: more than %n archives or mails inside each other</source>
        <translation>
            <numerusform>imbrication trop profonde : plus de %n archive ou message imbriqués les uns dans les autres</numerusform>
            <numerusform>imbrication trop profonde : plus de %n archives ou messages imbriqués les uns dans les autres</numerusform>
        </translation>
    </message>
    <message>
        <source>larger than %1; far bigger than any report, not read</source>
        <translation>plus de %1 ; bien plus gros que n&apos;importe quel rapport, non lu</translation>
    </message>
    <message>
        <source>the folder holds no files</source>
        <translation>le dossier ne contient aucun fichier</translation>
    </message>
</context>
<context>
    <name>ReportSourceClassifier</name>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
</context>
<context>
    <name>ReportSummaryJson</name>
    <message>
        <source>%1: the value does not have the expected form.</source>
        <translation>%1 : la valeur n&apos;a pas la forme attendue.</translation>
    </message>
    <message>
        <source>%1: a count must be a whole number from 0 to %2.</source>
        <translation>%1 : un nombre doit être un entier compris entre 0 et %2.</translation>
    </message>
    <message>
        <source>%1: refers to an entry that does not exist.</source>
        <translation>%1 : fait référence à une entrée qui n&apos;existe pas.</translation>
    </message>
    <message>
        <source>%1: more than %2 entries.</source>
        <translation>%1 : plus de %2 entrées.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a day from 2012 to 2100 (YYYY-MM-DD).</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un jour entre 2012 et 2100 (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>%1: the counts contradict each other (more passing or aligned messages than messages).</source>
        <translation>%1&#xa0;: les nombres se contredisent (plus de messages réussis ou alignés que de messages au total).</translation>
    </message>
    <message>
        <source>%1: the first day must come before the last.</source>
        <translation>%1&#xa0;: le premier jour doit précéder le dernier.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not part of a report summary.</source>
        <translation>«&#xa0;%1&#xa0;» ne fait pas partie d&apos;un résumé de rapports.</translation>
    </message>
    <message>
        <source>the report summary has an unknown format version.</source>
        <translation>le résumé de rapports a une version de format inconnue.</translation>
    </message>
    <message>
        <source>%1: a report key must be 32 hexadecimal digits.</source>
        <translation>%1&#xa0;: une clé de rapport doit comporter 32 chiffres hexadécimaux.</translation>
    </message>
    <message>
        <source>%1: a reporter must be one line of 1 to %2 characters.</source>
        <translation>%1&#xa0;: un émetteur de rapports doit tenir sur une ligne de 1 à %2 caractères.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a domain name.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un nom de domaine.</translation>
    </message>
    <message>
        <source>%1: %2 is listed twice.</source>
        <translation>%1&#xa0;: %2 figure deux fois.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a DMARC policy.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une stratégie DMARC.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not a time from 2012 to 2100.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas un horodatage entre 2012 et 2100.</translation>
    </message>
    <message>
        <source>%1: the days must be listed once each, in order.</source>
        <translation>%1&#xa0;: les jours doivent figurer une seule fois chacun, dans l&apos;ordre.</translation>
    </message>
    <message>
        <source>%1: %2 lies outside the domain&apos;s first and last day.</source>
        <translation>%1&#xa0;: %2 n&apos;est pas compris entre le premier et le dernier jour du domaine.</translation>
    </message>
    <message>
        <source>%1: more than %2 sources in all.</source>
        <translation>%1&#xa0;: plus de %2 sources au total.</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; is not an IP address.</source>
        <translation>%1&#xa0;: «&#xa0;%2&#xa0;» n&apos;est pas une adresse IP.</translation>
    </message>
    <message>
        <source>%1: the source&apos;s days lie outside the domain&apos;s.</source>
        <translation>%1&#xa0;: les jours de la source sont en dehors de ceux du domaine.</translation>
    </message>
    <message>
        <source>%1: its sources count more messages than the domain.</source>
        <translation>%1&#xa0;: ses sources comptent plus de messages que le domaine.</translation>
    </message>
</context>
<context>
    <name>ReportsCommand</name>
    <message>
        <source>forwarder</source>
        <translation>serveur de transfert</translation>
    </message>
    <message>
        <source>your SPF/DKIM</source>
        <translation>votre SPF/DKIM</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>policy unknown</source>
        <translation>stratégie inconnue</translation>
    </message>
    <message numerus="yes">
        <source>%1 to %2 (%n day(s)), published %3</source>
        <translation>
            <numerusform>du %1 au %2 (%n jour), publié : %3</numerusform>
            <numerusform>du %1 au %2 (%n jours), publié : %3</numerusform>
        </translation>
    </message>
    <message>
        <source>reports without dates, published %1</source>
        <translation>rapports sans date, publié : %1</translation>
    </message>
    <message>
        <source>Reporters: %1</source>
        <translation>Émetteurs des rapports : %1</translation>
    </message>
    <message>
        <source>%L1 messages: %2 pass DMARC, %3 with aligned SPF, %4 with aligned DKIM</source>
        <translation>%L1 messages : %2 réussissent DMARC, %3 avec SPF aligné, %4 avec DKIM aligné</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>SOURCE</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>MESSAGES</source>
        <translation>MESSAGES</translation>
    </message>
    <message>
        <source>PASS</source>
        <translation>RÉUSSIS</translation>
    </message>
    <message>
        <source>SENDER</source>
        <translation>EXPÉDITEUR</translation>
    </message>
    <message>
        <source>VERDICT</source>
        <translation>VERDICT</translation>
    </message>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more source(s) (--json lists every one)</source>
        <translation>
            <numerusform>... et %n autre source (--json les liste toutes)</numerusform>
            <numerusform>... et %n autres sources (--json les liste toutes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Verdict: %1</source>
        <translation>Verdict : %1</translation>
    </message>
    <message>
        <source>To do:</source>
        <translation>À faire :</translation>
    </message>
    <message>
        <source>Reads DMARC aggregate reports (files or folders: .xml, .xml.gz, .zip, the report mails as .eml, mbox) and shows per domain who sends as it, what passes, what to fix, and whether the domain may move to the next stage of its DMARC plan (at least %1 days of reports, every known sender aligned, %2% of legitimate mail passing). Nothing goes to the network unless --names is given.
Exit status: 0 = every file was read, 1 = some file was skipped (listed on stderr and in --json), 2 = usage error.</source>
        <translation>Lit les rapports agrégés DMARC (fichiers ou dossiers : .xml, .xml.gz, .zip, messages de rapport en .eml, mbox) et indique pour chaque domaine qui envoie en son nom, ce qui réussit, ce qu&apos;il faut corriger et si le domaine peut passer à l&apos;étape suivante de son plan DMARC (au moins %1 jours de rapports, chaque expéditeur connu aligné, %2% du courrier légitime qui réussit). Rien n&apos;est envoyé sur le réseau sauf si --names est indiqué.
Code de sortie : 0 = chaque fichier a été lu, 1 = au moins un fichier a été ignoré (listé sur stderr et dans --json), 2 = erreur d&apos;utilisation.</translation>
    </message>
    <message>
        <source>Report files or folders (read recursively).</source>
        <translation>Fichiers ou dossiers de rapports (lus de manière récursive).</translation>
    </message>
    <message>
        <source>PATH...</source>
        <translation>CHEMIN...</translation>
    </message>
    <message>
        <source>Show only DOMAIN and its subdomains (repeat for several).</source>
        <translation>N&apos;afficher que DOMAINE et ses sous-domaines (à répéter pour plusieurs domaines).</translation>
    </message>
    <message>
        <source>DOMAIN</source>
        <translation>DOMAINE</translation>
    </message>
    <message>
        <source>Leave out reports that end before DATE.</source>
        <translation>Ignorer les rapports qui se terminent avant DATE.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>AAAA-MM-JJ</translation>
    </message>
    <message>
        <source>The tenant&apos;s initial domain (contoso.onmicrosoft.com): only its DKIM signatures count as Microsoft 365&apos;s.</source>
        <translation>Le domaine initial du locataire (contoso.onmicrosoft.com) : seules ses signatures DKIM comptent comme celles de Microsoft 365.</translation>
    </message>
    <message>
        <source>One JSON object with every domain and source.</source>
        <translation>Un seul objet JSON avec chaque domaine et chaque source.</translation>
    </message>
    <message>
        <source>Name at least one report file or folder.</source>
        <translation>Indiquez au moins un fichier ou dossier de rapports.</translation>
    </message>
    <message>
        <source>--domain %1: %2</source>
        <translation>--domain %1 : %2</translation>
    </message>
    <message>
        <source>--since takes a date as YYYY-MM-DD, not &quot;%1&quot;.</source>
        <translation>--since attend une date au format AAAA-MM-JJ, pas « %1 ».</translation>
    </message>
    <message>
        <source>--tenant: %1</source>
        <translation>--tenant : %1</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 ignoré : %2</translation>
    </message>
    <message>
        <source>No messages in the reports read.</source>
        <translation>Aucun message dans les rapports lus.</translation>
    </message>
    <message>
        <source>No messages for the domains asked for.</source>
        <translation>Aucun message pour les domaines demandés.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) read from %1 file(s)</source>
        <translation>
            <numerusform>%n rapport lu dans %1 fichier(s)</numerusform>
            <numerusform>%n rapports lus dans %1 fichier(s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n duplicate(s) left out</source>
        <translation>
            <numerusform>; %n doublon ignoré</numerusform>
            <numerusform>; %n doublons ignorés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n outside the period</source>
        <translation>
            <numerusform>; %n hors de la période</numerusform>
            <numerusform>; %n hors de la période</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %n file(s) skipped.</source>
        <translation>
            <numerusform>; %n fichier ignoré.</numerusform>
            <numerusform>; %n fichiers ignorés.</numerusform>
        </translation>
    </message>
    <message>
        <source>SPF</source>
        <translation>SPF</translation>
    </message>
    <message>
        <source>Look up through DNS the PTR name of every source (forward-confirmed) and which term of its domain&apos;s SPF record authorises it.</source>
        <translation>Rechercher via DNS le nom PTR de chaque source (avec confirmation directe) et quel terme de l&apos;enregistrement SPF de son domaine l&apos;autorise.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) looked up with %1 DNS questions.</source>
        <translation>
            <numerusform>%n source recherchée avec %1 requêtes DNS.</numerusform>
            <numerusform>%n sources recherchées avec %1 requêtes DNS.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResolverArguments</name>
    <message>
        <source>Ask this resolver (IP or IP:PORT) instead of the system&apos;s; repeat for several.</source>
        <translation>Interroger ce résolveur (IP ou IP:PORT) au lieu de celui du système ; à répéter pour plusieurs résolveurs.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>adresse</translation>
    </message>
    <message>
        <source>Treat this server (IP or IP:PORT) as the zone&apos;s authoritative server instead of looking up NS records; repeat for several.</source>
        <translation>Traiter ce serveur (IP ou IP:PORT) comme serveur faisant autorité pour la zone au lieu de rechercher les enregistrements NS ; à répéter pour plusieurs serveurs.</translation>
    </message>
    <message>
        <source>Keep at most N DNS questions in flight at once (1 to %1; default %2 with --resolver, %3 with the system resolver, which may drop the excess silently); a resolver that answers REFUSED or SERVFAIL under load gets fewer, and those questions are asked again.</source>
        <translation>Garder au plus N requêtes DNS en cours simultanément (1 à %1 ; par défaut %2 avec --resolver, %3 avec le résolveur du système, qui peut abandonner l&apos;excédent sans le signaler) ; un résolveur qui répond REFUSED ou SERVFAIL sous la charge en reçoit moins, et ces requêtes sont reposées.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>--max-in-flight takes a whole number from 1 to %1.</source>
        <translation>--max-in-flight attend un nombre entier de 1 à %1.</translation>
    </message>
</context>
<context>
    <name>SafeXmlReader</name>
    <message>
        <source>the document ends before it is complete</source>
        <translation>le document se termine avant d&apos;être complet</translation>
    </message>
    <message>
        <source>not well-formed (a character or markup that does not belong there)</source>
        <translation>document mal formé (un caractère ou un balisage qui n&apos;a rien à faire à cet endroit)</translation>
    </message>
    <message>
        <source>an end tag does not match the element it closes</source>
        <translation>une balise de fin ne correspond pas à l&apos;élément qu&apos;elle ferme</translation>
    </message>
    <message>
        <source>an entity is used that is not declared</source>
        <translation>une entité non déclarée est utilisée</translation>
    </message>
    <message>
        <source>entity &apos;%1&apos; is not declared</source>
        <translation>l&apos;entité « %1 » n&apos;est pas déclarée</translation>
    </message>
    <message>
        <source>a namespace prefix is used that is not declared</source>
        <translation>un préfixe d&apos;espace de noms non déclaré est utilisé</translation>
    </message>
    <message>
        <source>an attribute is given twice</source>
        <translation>un attribut est indiqué deux fois</translation>
    </message>
    <message>
        <source>a character reference names no allowed character</source>
        <translation>une référence de caractère ne désigne aucun caractère autorisé</translation>
    </message>
    <message>
        <source>the document is not in the encoding it declares</source>
        <translation>le document n&apos;est pas dans l&apos;encodage qu&apos;il déclare</translation>
    </message>
    <message>
        <source>the encoding %1 is not supported</source>
        <translation>l&apos;encodage %1 n&apos;est pas pris en charge</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
</context>
<context>
    <name>SourceSpfAuthority</name>
    <message>
        <source>not listed</source>
        <translation>non listée</translation>
    </message>
    <message>
        <source>not listed (%1)</source>
        <translation>non listée (%1)</translation>
    </message>
    <message>
        <source>no SPF record</source>
        <translation>aucun enregistrement SPF</translation>
    </message>
    <message>
        <source>SPF error</source>
        <translation>erreur SPF</translation>
    </message>
    <message>
        <source>no answer from DNS</source>
        <translation>pas de réponse du DNS</translation>
    </message>
</context>
<context>
    <name>SpfCommand</name>
    <message>
        <source>Evaluates SPF as a receiving mail server would (RFC 7208 check_host): is this IP address allowed to send for the sender&apos;s domain? With an empty sender (bounces) the HELO name&apos;s policy is checked.
Exit status: 0 = pass, 1 = any other result, 2 = the check could not run.</source>
        <translation>Évalue SPF comme le ferait un serveur de messagerie destinataire (RFC 7208 check_host) : cette adresse IP est-elle autorisée à envoyer pour le domaine de l&apos;expéditeur ? Avec un expéditeur vide (rapports de non-remise), c&apos;est la stratégie du nom HELO qui est vérifiée.
Code de sortie : 0 = pass, 1 = tout autre résultat, 2 = la vérification n&apos;a pas pu s&apos;exécuter.</translation>
    </message>
    <message>
        <source>The sending server&apos;s IP address.</source>
        <translation>L&apos;adresse IP du serveur d&apos;envoi.</translation>
    </message>
    <message>
        <source>ADDRESS</source>
        <translation>ADRESSE</translation>
    </message>
    <message>
        <source>The MAIL FROM address; may be empty (&quot;&quot;).</source>
        <translation>L&apos;adresse MAIL FROM ; peut être vide (&quot;&quot;).</translation>
    </message>
    <message>
        <source>The HELO/EHLO name the server gave.</source>
        <translation>Le nom HELO/EHLO annoncé par le serveur.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>Print one JSON object.</source>
        <translation>Afficher un objet JSON.</translation>
    </message>
    <message>
        <source>Give the sending server&apos;s address with --ip, e.g. --ip 192.0.2.25.</source>
        <translation>Indiquez l&apos;adresse du serveur d&apos;envoi avec --ip, par exemple --ip 192.0.2.25.</translation>
    </message>
    <message>
        <source>Give --sender, or --helo when the sender is empty (RFC 7208 2.4 then checks the HELO name).</source>
        <translation>Indiquez --sender, ou --helo si l&apos;expéditeur est vide (RFC 7208 2.4 vérifie alors le nom HELO).</translation>
    </message>
    <message>
        <source>--sender: %1</source>
        <translation>--sender : %1</translation>
    </message>
    <message>
        <source>--helo: %1</source>
        <translation>--helo : %1</translation>
    </message>
    <message>
        <source>SPF result for %1 from %2: %3</source>
        <translation>Résultat SPF pour %1 depuis %2 : %3</translation>
    </message>
    <message>
        <source>Explanation: %1</source>
        <translation>Explication : %1</translation>
    </message>
    <message>
        <source>DNS lookups counted: %1 of 10 (void: %2 of 2)</source>
        <translation>Recherches DNS comptées : %1 sur 10 (vides : %2 sur 2)</translation>
    </message>
</context>
<context>
    <name>SpfComposer</name>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address or network.</source>
        <translation>« %1 » n&apos;est ni une adresse ni un réseau IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address or network.</source>
        <translation>« %1 » n&apos;est ni une adresse ni un réseau IPv6.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that can follow include:.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine pouvant suivre include:.</translation>
    </message>
    <message>
        <source>The existing record cannot be merged until its errors are fixed: %1</source>
        <translation>L&apos;enregistrement existant ne peut pas être fusionné tant que ses erreurs ne sont pas corrigées : %1</translation>
    </message>
</context>
<context>
    <name>SpfEvaluator</name>
    <message>
        <source>The sending server is not authorised by the domain&apos;s SPF record.</source>
        <translation>Le serveur d&apos;envoi n&apos;est pas autorisé par l&apos;enregistrement SPF du domaine.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a domain name that SPF can be checked for.</source>
        <translation>« %1 » n&apos;est pas un nom de domaine pour lequel SPF peut être vérifié.</translation>
    </message>
    <message>
        <source>More than %1 DNS-querying terms (include, a, mx, ptr, exists, redirect).</source>
        <translation>Plus de %1 termes nécessitant une requête DNS (include, a, mx, ptr, exists, redirect).</translation>
    </message>
    <message>
        <source>More than %1 lookups found nothing (void lookups).</source>
        <translation>Plus de %1 recherches n&apos;ont rien trouvé (recherches vides).</translation>
    </message>
    <message>
        <source>The TXT lookup for %1 failed (%2).</source>
        <translation>La recherche TXT pour %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>%1 publishes no SPF record.</source>
        <translation>%1 ne publie aucun enregistrement SPF.</translation>
    </message>
    <message>
        <source>%1 publishes more than one SPF record.</source>
        <translation>%1 publie plus d&apos;un enregistrement SPF.</translation>
    </message>
    <message>
        <source>The SPF record of %1 has a syntax error: %2</source>
        <translation>L&apos;enregistrement SPF de %1 contient une erreur de syntaxe : %2</translation>
    </message>
    <message>
        <source>Waiting for DNS answers.</source>
        <translation>En attente des réponses DNS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in the record of %2 matched.</source>
        <translation>« %1 » dans l&apos;enregistrement de %2 a correspondu.</translation>
    </message>
    <message>
        <source>The redirect target &quot;%1&quot; is not a valid domain.</source>
        <translation>La cible de redirection « %1 » n&apos;est pas un domaine valide.</translation>
    </message>
    <message>
        <source>The redirect target %1 has no SPF record.</source>
        <translation>La cible de redirection %1 n&apos;a pas d&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>No term in the record of %1 matched and there is no &quot;all&quot;.</source>
        <translation>Aucun terme de l&apos;enregistrement de %1 n&apos;a correspondu et il n&apos;y a pas de « all ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; in &quot;%2&quot; is not a valid domain.</source>
        <translation>« %1 » dans « %2 » n&apos;est pas un domaine valide.</translation>
    </message>
    <message>
        <source>The included domain %1 has no SPF record.</source>
        <translation>Le domaine inclus %1 n&apos;a pas d&apos;enregistrement SPF.</translation>
    </message>
    <message>
        <source>The MX lookup for %1 failed (%2).</source>
        <translation>La recherche MX pour %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>%1 has more than %2 MX records.</source>
        <translation>%1 a plus de %2 enregistrements MX.</translation>
    </message>
    <message>
        <source>The A lookup for %1 failed (%2).</source>
        <translation>La recherche A pour %1 a échoué (%2).</translation>
    </message>
    <message>
        <source>The %1 lookup for %2 failed (%3).</source>
        <translation>La recherche %1 pour %2 a échoué (%3).</translation>
    </message>
</context>
<context>
    <name>SpfLimitAdvice</name>
    <message>
        <source>Receivers stop at 10 DNS lookups and treat the record as an error (permerror): SPF then fails for all of the domain&apos;s mail, and DMARC passes only where DKIM signs.</source>
        <translation>Les serveurs destinataires s&apos;arrêtent à 10 recherches DNS et traitent l&apos;enregistrement comme une erreur (permerror) : SPF échoue alors pour tout le courrier du domaine, et DMARC ne réussit que là où DKIM signe.</translation>
    </message>
    <message>
        <source>Remove %1: %2 already includes it, so its servers stay authorised.</source>
        <translation>Supprimez %1 : %2 l&apos;inclut déjà, ses serveurs restent donc autorisés.</translation>
    </message>
    <message>
        <source>Remove %1: its lookup finds nothing, so it authorises no server and only uses up the budget.</source>
        <translation>Supprimez %1 : sa recherche ne trouve rien, il n&apos;autorise donc aucun serveur et ne fait que consommer le budget.</translation>
    </message>
    <message>
        <source>Remove %1: RFC 7208 advises against ptr; it is slow and many receivers skip it. List the servers&apos; addresses with ip4/ip6 instead.</source>
        <translation>Supprimez %1 : la RFC 7208 déconseille ptr ; il est lent et de nombreux serveurs destinataires l&apos;ignorent. Listez plutôt les adresses des serveurs avec ip4/ip6.</translation>
    </message>
    <message>
        <source>Replace %1 with the addresses it stands for (ip4:/ip6:), which cost no lookup; update them when those servers change.</source>
        <translation>Remplacez %1 par les adresses qu&apos;il représente (ip4:/ip6:), qui ne coûtent aucune recherche ; mettez-les à jour quand ces serveurs changent.</translation>
    </message>
    <message>
        <source>Move %1 to a subdomain: set it up with its own return-path (bounce) domain such as bounce.%2, whose SPF record holds %3. Its mail then passes SPF there and still aligns for DMARC, and %3 leaves this record.</source>
        <translation>Déplacez %1 vers un sous-domaine : configurez-le avec son propre domaine de retour (return-path, pour les rebonds), par exemple bounce.%2, dont l&apos;enregistrement SPF contient %3. Son courrier réussit alors SPF à cet endroit et reste aligné pour DMARC, et %3 quitte cet enregistrement.</translation>
    </message>
</context>
<context>
    <name>SpfLinter</name>
    <message>
        <source>The record itself has %1 terms that need a DNS lookup (include, a, mx, ptr, exists, redirect); receivers stop at %2 and return permerror, so SPF fails for all mail. The includes add more.</source>
        <translation>L&apos;enregistrement lui-même contient %1 termes nécessitant une recherche DNS (include, a, mx, ptr, exists, redirect) ; les serveurs destinataires s&apos;arrêtent à %2 et renvoient permerror, SPF échoue donc pour tout le courrier. Les includes en ajoutent d&apos;autres.</translation>
    </message>
    <message>
        <source>Remove senders you no longer use, replace a/mx with ip4:/ip6: ranges, or move bulk senders to a subdomain with its own SPF record. Do not flatten Microsoft&apos;s include: its addresses change.</source>
        <translation>Supprimez les expéditeurs que vous n&apos;utilisez plus, remplacez a/mx par des plages ip4:/ip6:, ou déplacez les expéditeurs de masse vers un sous-domaine doté de son propre enregistrement SPF. N&apos;aplatissez pas l&apos;include de Microsoft : ses adresses changent.</translation>
    </message>
    <message>
        <source>One string of the record is %1 characters long; a DNS TXT string holds at most %2.</source>
        <translation>Une chaîne de l&apos;enregistrement fait %1 caractères ; une chaîne TXT DNS en contient au plus %2.</translation>
    </message>
    <message>
        <source>Publish the record as several quoted strings of at most %1 characters each, for example &quot;v=spf1 ... &quot; &quot;include:... -all&quot;. Receivers join them with nothing in between.</source>
        <translation>Publiez l&apos;enregistrement sous forme de plusieurs chaînes entre guillemets d&apos;au plus %1 caractères chacune, par exemple &quot;v=spf1 ... &quot; &quot;include:... -all&quot;. Les serveurs destinataires les concatènent sans rien entre elles.</translation>
    </message>
    <message>
        <source>The record is %1 characters long. Over %2, the DNS answer may not fit in one UDP packet and some receivers fail to fetch it.</source>
        <translation>L&apos;enregistrement fait %1 caractères. Au-delà de %2, la réponse DNS risque de ne pas tenir dans un seul paquet UDP et certains serveurs destinataires ne parviennent pas à la récupérer.</translation>
    </message>
    <message>
        <source>Shorten the record: remove senders you no longer use, or move bulk senders to a subdomain with its own SPF record.</source>
        <translation>Raccourcissez l&apos;enregistrement : supprimez les expéditeurs que vous n&apos;utilisez plus, ou déplacez les expéditeurs de masse vers un sous-domaine doté de son propre enregistrement SPF.</translation>
    </message>
    <message>
        <source>There is a space after &quot;%1%2&quot;, so &quot;%3&quot; is read as a separate, unknown term.</source>
        <translation>Il y a un espace après « %1%2 », donc « %3 » est lu comme un terme distinct et inconnu.</translation>
    </message>
    <message>
        <source>Remove the space: write &quot;%1&quot;.</source>
        <translation>Supprimez l&apos;espace : écrivez « %1 ».</translation>
    </message>
    <message>
        <source>Start the record with &quot;v=spf1&quot;, for example &quot;v=spf1 include:spf.protection.outlook.com -all&quot;.</source>
        <translation>Commencez l&apos;enregistrement par « v=spf1 », par exemple « v=spf1 include:spf.protection.outlook.com -all ».</translation>
    </message>
    <message>
        <source>Type the record again by hand or paste it from a plain-text editor.</source>
        <translation>Retapez l&apos;enregistrement à la main ou collez-le depuis un éditeur de texte brut.</translation>
    </message>
    <message>
        <source>Keep only one of them.</source>
        <translation>N&apos;en gardez qu&apos;un seul.</translation>
    </message>
    <message>
        <source>Check the spelling; a sender&apos;s own documentation gives the exact term (usually include:...).</source>
        <translation>Vérifiez l&apos;orthographe ; la documentation de l&apos;expéditeur donne le terme exact (généralement include:...).</translation>
    </message>
    <message>
        <source>Correct the term at position %1; receivers reject the whole record (permerror) while it is there.</source>
        <translation>Corrigez le terme à la position %1 ; les serveurs destinataires rejettent tout l&apos;enregistrement (permerror) tant qu&apos;il s&apos;y trouve.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; allows every server on the Internet to send mail as this domain.</source>
        <translation>« %1 » autorise n&apos;importe quel serveur sur Internet à envoyer du courrier au nom de ce domaine.</translation>
    </message>
    <message>
        <source>Replace it with &quot;-all&quot;: %1</source>
        <translation>Remplacez-le par « -all » : %1</translation>
    </message>
    <message>
        <source>&quot;?all&quot; says nothing about servers not listed; it is meant for testing only.</source>
        <translation>« ?all » ne dit rien des serveurs non listés ; il n&apos;est destiné qu&apos;aux tests.</translation>
    </message>
    <message>
        <source>Use &quot;-all&quot; (Microsoft&apos;s recommendation with DKIM and DMARC): %1</source>
        <translation>Utilisez « -all » (recommandation de Microsoft avec DKIM et DMARC) : %1</translation>
    </message>
    <message>
        <source>&quot;~all&quot; marks mail from unlisted servers as suspicious but asks receivers to accept it. Without a DKIM signature, DMARC then cannot act on SPF failures.</source>
        <translation>« ~all » signale le courrier des serveurs non listés comme suspect mais demande aux serveurs destinataires de l&apos;accepter. Sans signature DKIM, DMARC ne peut alors pas agir sur les échecs SPF.</translation>
    </message>
    <message>
        <source>Once every sender is listed and DKIM is on, switch to &quot;-all&quot;: %1</source>
        <translation>Une fois tous les expéditeurs listés et DKIM activé, passez à « -all » : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; comes after &quot;all&quot;, so receivers never look at it.</source>
        <translation>« %1 » vient après « all », les serveurs destinataires ne l&apos;examinent donc jamais.</translation>
    </message>
    <message>
        <source>Move &quot;%1&quot; in front of &quot;%2&quot;.</source>
        <translation>Placez « %1 » avant « %2 ».</translation>
    </message>
    <message>
        <source>The record has both &quot;all&quot; and &quot;%1&quot;; with &quot;all&quot; present the redirect is ignored.</source>
        <translation>L&apos;enregistrement contient à la fois « all » et « %1 » ; en présence de « all », la redirection est ignorée.</translation>
    </message>
    <message>
        <source>Remove &quot;%1&quot;, or remove &quot;all&quot; if the redirect target should decide.</source>
        <translation>Supprimez « %1 », ou supprimez « all » si c&apos;est la cible de la redirection qui doit décider.</translation>
    </message>
    <message>
        <source>The record ends without &quot;all&quot; or &quot;redirect=&quot;, so servers that are not listed get &quot;neutral&quot;: nothing is said about them.</source>
        <translation>L&apos;enregistrement se termine sans « all » ni « redirect= », les serveurs non listés obtiennent donc « neutral » : rien n&apos;est dit à leur sujet.</translation>
    </message>
    <message>
        <source>End the record with &quot;-all&quot;: %1 -all</source>
        <translation>Terminez l&apos;enregistrement par « -all » : %1 -all</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses reverse DNS, which is slow, unreliable and discouraged by RFC 7208; many receivers ignore it.</source>
        <translation>« %1 » utilise le DNS inverse, lent, peu fiable et déconseillé par la RFC 7208 ; de nombreux serveurs destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; with the servers&apos; addresses (ip4:/ip6:) or an include from the provider.</source>
        <translation>Remplacez « %1 » par les adresses des serveurs (ip4:/ip6:) ou par un include du fournisseur.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; ends with a dot. Microsoft lists this as a common mistake; some checkers treat it as an error.</source>
        <translation>« %1 » se termine par un point. Microsoft le cite comme une erreur courante ; certains outils de vérification le traitent comme une erreur.</translation>
    </message>
    <message>
        <source>Write &quot;%1&quot;.</source>
        <translation>Écrivez « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; belongs to Microsoft Cloud Deutschland, which closed in October 2021.</source>
        <translation>« %1 » appartient à Microsoft Cloud Deutschland, fermé en octobre 2021.</translation>
    </message>
    <message>
        <source>Use include:spf.protection.outlook.com, the include of the worldwide service that migrated tenants now use.</source>
        <translation>Utilisez include:spf.protection.outlook.com, l&apos;include du service mondial qu&apos;utilisent désormais les locataires migrés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses &quot;=&quot; where SPF needs &quot;:&quot;; receivers read it as an unknown modifier and ignore it, so these senders are not authorised.</source>
        <translation>« %1 » utilise « = » là où SPF attend « : » ; les serveurs destinataires le lisent comme un modificateur inconnu et l&apos;ignorent, ces expéditeurs ne sont donc pas autorisés.</translation>
    </message>
    <message>
        <source>Write &quot;%1:%2&quot;.</source>
        <translation>Écrivez « %1:%2 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a modifier SPF defines; receivers ignore it.</source>
        <translation>« %1 » n&apos;est pas un modificateur défini par SPF ; les serveurs destinataires l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Remove it unless a provider asked for it.</source>
        <translation>Supprimez-le, sauf si un fournisseur l&apos;a demandé.</translation>
    </message>
    <message>
        <source>The name has %1 SPF records. Receivers then return permerror and ignore all of them: %2</source>
        <translation>Le nom a %1 enregistrements SPF. Les serveurs destinataires renvoient alors permerror et les ignorent tous : %2</translation>
    </message>
    <message>
        <source>Merge them into one record (the wizard&apos;s SPF page does this) and delete the others.</source>
        <translation>Fusionnez-les en un seul enregistrement (la page SPF de l&apos;assistant le fait) et supprimez les autres.</translation>
    </message>
</context>
<context>
    <name>SpfLookupBudget</name>
    <message>
        <source>Loop: %1 is already being evaluated (%2).</source>
        <translation>Boucle : %1 est déjà en cours d&apos;évaluation (%2).</translation>
    </message>
    <message>
        <source>The records include each other in a loop: %1 → %2. Receivers give up with permerror.</source>
        <translation>Les enregistrements s&apos;incluent mutuellement en boucle : %1 → %2. Les serveurs destinataires abandonnent avec permerror.</translation>
    </message>
    <message>
        <source>Remove the include or redirect that points back to %1.</source>
        <translation>Supprimez l&apos;include ou la redirection qui renvoie vers %1.</translation>
    </message>
    <message>
        <source>The TXT lookup failed (%1).</source>
        <translation>La recherche TXT a échoué (%1).</translation>
    </message>
    <message>
        <source>The SPF record of %1 could not be fetched (%2), so its lookups are not counted.</source>
        <translation>L&apos;enregistrement SPF de %1 n&apos;a pas pu être récupéré (%2), ses recherches ne sont donc pas comptées.</translation>
    </message>
    <message>
        <source>Check again later; if it persists, the DNS servers of %1 have a problem.</source>
        <translation>Vérifiez à nouveau plus tard ; si le problème persiste, les serveurs DNS de %1 ont un problème.</translation>
    </message>
    <message>
        <source>No SPF record.</source>
        <translation>Aucun enregistrement SPF.</translation>
    </message>
    <message>
        <source>More than one SPF record.</source>
        <translation>Plus d&apos;un enregistrement SPF.</translation>
    </message>
    <message>
        <source>%1 (used by &quot;%2&quot;) has no SPF record, so receivers return permerror for the whole record.</source>
        <translation>%1 (utilisé par « %2 ») n&apos;a pas d&apos;enregistrement SPF, les serveurs destinataires renvoient donc permerror pour tout l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>%1 (used by &quot;%2&quot;) has more than one SPF record, so receivers return permerror.</source>
        <translation>%1 (utilisé par « %2 ») a plus d&apos;un enregistrement SPF, les serveurs destinataires renvoient donc permerror.</translation>
    </message>
    <message>
        <source>Check the spelling against the provider&apos;s documentation, or remove &quot;%1&quot;.</source>
        <translation>Vérifiez l&apos;orthographe d&apos;après la documentation du fournisseur, ou supprimez « %1 ».</translation>
    </message>
    <message>
        <source>Syntax error: %1</source>
        <translation>Erreur de syntaxe : %1</translation>
    </message>
    <message>
        <source>Not counted further: lookups that found nothing are already past their limit.</source>
        <translation>Décompte arrêté : les recherches sans résultat dépassent déjà leur limite.</translation>
    </message>
    <message>
        <source>Not counted further: the record is already past the limit.</source>
        <translation>Décompte arrêté : l&apos;enregistrement dépasse déjà la limite.</translation>
    </message>
    <message>
        <source>%1 MX names; at most %2 are allowed.</source>
        <translation>%1 noms MX ; %2 au maximum sont autorisés.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; points at %2 mail servers; SPF allows at most %3, so receivers return permerror.</source>
        <translation>« %1 » pointe vers %2 serveurs de messagerie ; SPF en autorise au plus %3, les serveurs destinataires renvoient donc permerror.</translation>
    </message>
    <message>
        <source>Replace &quot;%1&quot; with ip4:/ip6: ranges for those servers.</source>
        <translation>Remplacez « %1 » par des plages ip4:/ip6: pour ces serveurs.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source> The largest: %1.</source>
        <translation> Les plus gros : %1.</translation>
    </message>
    <message>
        <source>The record needs %1 DNS lookups; receivers stop at %2 and return permerror, so SPF fails for all mail.%3</source>
        <translation>L&apos;enregistrement nécessite %1 recherches DNS ; les serveurs destinataires s&apos;arrêtent à %2 et renvoient permerror, SPF échoue donc pour tout le courrier.%3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is where the count passes %2.</source>
        <translation>C&apos;est à « %1 » que le décompte dépasse %2.</translation>
    </message>
    <message>
        <source>Counting stopped at %1.</source>
        <translation>Décompte arrêté à %1.</translation>
    </message>
    <message>
        <source>Remove senders you no longer use, replace a/mx with ip4:/ip6: ranges, or move bulk senders to a subdomain with its own SPF record. Do not flatten Microsoft&apos;s include: its addresses change.</source>
        <translation>Supprimez les expéditeurs que vous n&apos;utilisez plus, remplacez a/mx par des plages ip4:/ip6:, ou déplacez les expéditeurs de masse vers un sous-domaine doté de son propre enregistrement SPF. N&apos;aplatissez pas l&apos;include de Microsoft : ses adresses changent.</translation>
    </message>
    <message>
        <source>The record needs %1 of the %2 allowed DNS lookups; one more sender could break it.%3</source>
        <translation>L&apos;enregistrement nécessite %1 des %2 recherches DNS autorisées ; un expéditeur de plus pourrait le casser.%3</translation>
    </message>
    <message>
        <source>Before adding senders, remove unused ones or move bulk senders to a subdomain.</source>
        <translation>Avant d&apos;ajouter des expéditeurs, supprimez ceux qui ne servent plus ou déplacez les expéditeurs de masse vers un sous-domaine.</translation>
    </message>
    <message>
        <source>%1 lookups of this record find nothing; receivers allow %2 and then return permerror.</source>
        <translation>%1 recherches de cet enregistrement ne trouvent rien ; les serveurs destinataires en tolèrent %2, puis renvoient permerror.</translation>
    </message>
    <message>
        <source>Remove the terms that point at names without records (see the breakdown).</source>
        <translation>Supprimez les termes qui pointent vers des noms sans enregistrement (voir le détail).</translation>
    </message>
</context>
<context>
    <name>SpfMacroString</name>
    <message>
        <source>The character &apos;%1&apos; is not allowed here.</source>
        <translation>Le caractère « %1 » n&apos;est pas autorisé ici.</translation>
    </message>
    <message>
        <source>A &apos;%&apos; must be followed by &apos;{&apos;, &apos;%&apos;, &apos;_&apos; or &apos;-&apos;; write &apos;%%&apos; for a percent sign.</source>
        <translation>Un « % » doit être suivi de « { », « % », « _ » ou « - » ; écrivez « %% » pour un signe pourcentage.</translation>
    </message>
    <message>
        <source>The macro is not closed with &apos;}&apos;.</source>
        <translation>La macro n&apos;est pas fermée par « } ».</translation>
    </message>
    <message>
        <source>The macro has no letter.</source>
        <translation>La macro n&apos;a pas de lettre.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro letter (allowed: s l o d i p h c r t v).</source>
        <translation>« %1 » n&apos;est pas une lettre de macro (autorisées : s l o d i p h c r t v).</translation>
    </message>
    <message>
        <source>The macro letter &apos;%1&apos; is only allowed in explanation text (exp=).</source>
        <translation>La lettre de macro « %1 » n&apos;est autorisée que dans le texte d&apos;explication (exp=).</translation>
    </message>
    <message>
        <source>The number of parts in a macro must not be zero.</source>
        <translation>Le nombre de parties d&apos;une macro ne doit pas être zéro.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a macro delimiter (allowed: . - + , / _ =).</source>
        <translation>« %1 » n&apos;est pas un délimiteur de macro (autorisés : . - + , / _ =).</translation>
    </message>
    <message>
        <source>A domain name is missing.</source>
        <translation>Un nom de domaine manque.</translation>
    </message>
    <message>
        <source>The domain must end in a top-level label such as &apos;.com&apos; (not a number, not starting or ending with &apos;-&apos;).</source>
        <translation>Le domaine doit se terminer par un libellé de premier niveau tel que « .com » (pas un nombre, ne commençant ni ne finissant par « - »).</translation>
    </message>
</context>
<context>
    <name>SpfPage</name>
    <message>
        <source>depends on the sender (macro)</source>
        <translation>dépend de l&apos;expéditeur (macro)</translation>
    </message>
</context>
<context>
    <name>SpfRecord</name>
    <message>
        <source>The record contains a character that is not plain ASCII (position %1). Retype the record; copying from a word processor often inserts such characters.</source>
        <translation>L&apos;enregistrement contient un caractère qui n&apos;est pas de l&apos;ASCII simple (position %1). Retapez l&apos;enregistrement ; une copie depuis un traitement de texte insère souvent de tels caractères.</translation>
    </message>
    <message>
        <source>The record contains a control character such as a line break or tab (position %1). Terms may only be separated by spaces.</source>
        <translation>L&apos;enregistrement contient un caractère de contrôle, par exemple un saut de ligne ou une tabulation (position %1). Les termes ne peuvent être séparés que par des espaces.</translation>
    </message>
    <message>
        <source>An SPF record must begin with &quot;v=spf1&quot;.</source>
        <translation>Un enregistrement SPF doit commencer par « v=spf1 ».</translation>
    </message>
    <message>
        <source>&quot;%1=&quot; appears more than once; SPF allows it only once. Keep one and delete the others.</source>
        <translation>« %1= » apparaît plusieurs fois ; SPF ne l&apos;autorise qu&apos;une fois. Gardez-en un et supprimez les autres.</translation>
    </message>
    <message>
        <source>In &quot;%1&quot;: %2</source>
        <translation>Dans « %1 » : %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an SPF mechanism. Known mechanisms are all, include, a, mx, ptr, ip4, ip6 and exists; modifiers are written name=value.</source>
        <translation>« %1 » n&apos;est pas un mécanisme SPF. Les mécanismes connus sont all, include, a, mx, ptr, ip4, ip6 et exists ; les modificateurs s&apos;écrivent nom=valeur.</translation>
    </message>
    <message>
        <source>&quot;all&quot; takes no argument: write &quot;%1all&quot;.</source>
        <translation>« all » ne prend pas d&apos;argument : écrivez « %1all ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs a domain: write &quot;%1:example.com&quot; with no space after the colon.</source>
        <translation>« %1 » nécessite un domaine : écrivez « %1:example.com » sans espace après les deux-points.</translation>
    </message>
    <message>
        <source>&quot;ptr&quot; takes an optional domain (&quot;ptr:example.com&quot;) and no prefix length.</source>
        <translation>« ptr » prend un domaine facultatif (« ptr:example.com ») et pas de longueur de préfixe.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv6 prefix length (0 to 128, no leading zeros).</source>
        <translation>« %1 » n&apos;est pas une longueur de préfixe IPv6 valide (0 à 128, sans zéros initiaux).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid IPv4 prefix length (0 to 32, no leading zeros).</source>
        <translation>« %1 » n&apos;est pas une longueur de préfixe IPv4 valide (0 à 32, sans zéros initiaux).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be followed by &quot;:domain&quot;, a prefix length such as &quot;/24&quot;, or nothing.</source>
        <translation>« %1 » doit être suivi de « :domaine », d&apos;une longueur de préfixe telle que « /24 », ou de rien.</translation>
    </message>
    <message>
        <source>&quot;ip4&quot; needs an address: write &quot;ip4:192.0.2.1&quot; or &quot;ip4:192.0.2.0/24&quot;.</source>
        <translation>« ip4 » nécessite une adresse : écrivez « ip4:192.0.2.1 » ou « ip4:192.0.2.0/24 ».</translation>
    </message>
    <message>
        <source>&quot;ip6&quot; needs an address: write &quot;ip6:2001:db8::1&quot; or &quot;ip6:2001:db8::/32&quot;.</source>
        <translation>« ip6 » nécessite une adresse : écrivez « ip6:2001:db8::1 » ou « ip6:2001:db8::/32 ».</translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not a valid IPv4 prefix length (0 to 32, no leading zeros).</source>
        <translation>« /%1 » n&apos;est pas une longueur de préfixe IPv4 valide (0 à 32, sans zéros initiaux).</translation>
    </message>
    <message>
        <source>&quot;/%1&quot; is not a valid IPv6 prefix length (0 to 128, no leading zeros).</source>
        <translation>« /%1 » n&apos;est pas une longueur de préfixe IPv6 valide (0 à 128, sans zéros initiaux).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv4 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv4.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an IPv6 address.</source>
        <translation>« %1 » n&apos;est pas une adresse IPv6.</translation>
    </message>
</context>
<context>
    <name>SpfResult</name>
    <message>
        <source>The domain publishes no SPF record, so nothing is said about this server.</source>
        <translation>Le domaine ne publie aucun enregistrement SPF, rien n&apos;est donc dit sur ce serveur.</translation>
    </message>
    <message>
        <source>The domain explicitly says nothing about this server.</source>
        <translation>Le domaine déclare explicitement ne rien dire sur ce serveur.</translation>
    </message>
    <message>
        <source>This server is allowed to send mail for the domain.</source>
        <translation>Ce serveur est autorisé à envoyer du courrier pour le domaine.</translation>
    </message>
    <message>
        <source>This server is not allowed to send mail for the domain.</source>
        <translation>Ce serveur n&apos;est pas autorisé à envoyer du courrier pour le domaine.</translation>
    </message>
    <message>
        <source>This server is probably not allowed to send mail for the domain (soft fail).</source>
        <translation>Ce serveur n&apos;est probablement pas autorisé à envoyer du courrier pour le domaine (soft fail).</translation>
    </message>
    <message>
        <source>A temporary DNS problem stopped the check; receivers will usually try again later.</source>
        <translation>Un problème DNS temporaire a interrompu la vérification ; les serveurs destinataires réessaieront généralement plus tard.</translation>
    </message>
    <message>
        <source>The domain&apos;s SPF record is broken, so receivers cannot use it.</source>
        <translation>L&apos;enregistrement SPF du domaine est défectueux, les serveurs destinataires ne peuvent donc pas l&apos;utiliser.</translation>
    </message>
</context>
<context>
    <name>StageReadiness</name>
    <message>
        <source>Not ready to %1.</source>
        <translation>Pas encore prêt à %1.</translation>
    </message>
    <message>
        <source>Not enough data to %1.</source>
        <translation>Pas assez de données pour %1.</translation>
    </message>
    <message>
        <source>%1 is the last stage.</source>
        <translation>%1 est la dernière étape.</translation>
    </message>
    <message>
        <source>%1 with t=y</source>
        <translation>%1 avec t=y</translation>
    </message>
    <message>
        <source>stay at %1 (the last stage)</source>
        <translation>rester à %1 (la dernière étape)</translation>
    </message>
    <message>
        <source>move from %1 to %2</source>
        <translation>passer de %1 à %2</translation>
    </message>
    <message numerus="yes">
        <source>%L1 messages from %n source(s) that nothing authorises failed: quarantine and reject will stop them. If a server of yours is among them, authorise it first.</source>
        <translation>
            <numerusform>%L1 messages provenant de %n source que rien n&apos;autorise ont échoué : quarantine et reject les arrêteront. Si l&apos;un de vos serveurs en fait partie, autorisez-le d&apos;abord.</numerusform>
            <numerusform>%L1 messages provenant de %n sources que rien n&apos;autorise ont échoué : quarantine et reject les arrêteront. Si l&apos;un de vos serveurs en fait partie, autorisez-le d&apos;abord.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reports cover %n day(s); at least %1 are needed to see every sender, including the ones that send once a week or once a month.</source>
        <translation>
            <numerusform>Les rapports couvrent %n jour ; il en faut au moins %1 pour voir tous les expéditeurs, y compris ceux qui n&apos;envoient qu&apos;une fois par semaine ou par mois.</numerusform>
            <numerusform>Les rapports couvrent %n jours ; il en faut au moins %1 pour voir tous les expéditeurs, y compris ceux qui n&apos;envoient qu&apos;une fois par semaine ou par mois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Ready to %1 (%2 of legitimate mail passes, %n day(s) of reports).</source>
        <translation>
            <numerusform>Prêt à %1 (%2 du courrier légitime passe DMARC, %n jour de rapports).</numerusform>
            <numerusform>Prêt à %1 (%2 du courrier légitime passe DMARC, %n jours de rapports).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not aligned: %L2 of its %L3 messages pass DMARC (at least %4 must).</source>
        <translation>%1 n&apos;est pas aligné&#xa0;: %L2 de ses %L3 messages passent DMARC (il en faut au moins %4).</translation>
    </message>
    <message>
        <source>%1 of legitimate mail passes DMARC (%L2 of %L3 messages); at least %4 must.</source>
        <translation>%1 du courrier légitime passe DMARC (%L2 messages sur %L3)&#xa0;; il en faut au moins %4.</translation>
    </message>
    <message>
        <source>The newest report says receivers applied %1, but this verdict is for the plan&apos;s stage, %2: receivers have not seen that record yet, or it is not published.</source>
        <translation>Le rapport le plus récent indique que les destinataires ont appliqué %1, mais ce verdict porte sur l&apos;étape du plan, %2 : les destinataires ne voient pas encore cet enregistrement, ou il n&apos;est pas publié.</translation>
    </message>
</context>
<context>
    <name>TrainingAction</name>
    <message>
        <source>the zone %1 is not one of this scenario&apos;s.</source>
        <translation>la zone %1 ne fait pas partie de ce scénario.</translation>
    </message>
    <message>
        <source>%1 %2 is not a record the DNS host panel can delete.</source>
        <translation>%1 %2 n&apos;est pas un enregistrement que le panneau de l&apos;hébergeur DNS peut supprimer.</translation>
    </message>
    <message>
        <source>the key script cannot have created the signing configuration of %1 then.</source>
        <translation>le script des clés ne peut pas avoir créé la configuration de signature de %1 à ce moment-là.</translation>
    </message>
    <message>
        <source>the enable script cannot have switched signing on for %1 then.</source>
        <translation>le script d&apos;activation ne peut pas avoir activé la signature de %1 à ce moment-là.</translation>
    </message>
</context>
<context>
    <name>TrainingJournal</name>
    <message>
        <source>Action %1 of the session: %2</source>
        <translation>Action %1 de la session : %2</translation>
    </message>
    <message>
        <source>the session holds more than %1 actions.</source>
        <translation>la session contient plus de %1 actions.</translation>
    </message>
    <message>
        <source>not an action.</source>
        <translation>ce n&apos;est pas une action.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an action of the training.</source>
        <translation>« %1 » n&apos;est pas une action de l&apos;entraînement.</translation>
    </message>
    <message>
        <source>unknown field &quot;%1&quot;.</source>
        <translation>champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>&quot;%1&quot; must be a text of at most %2 characters.</source>
        <translation>« %1 » doit être un texte d&apos;au plus %2 caractères.</translation>
    </message>
    <message>
        <source>its time is not a simulated time of this session.</source>
        <translation>son heure n&apos;est pas une heure simulée de cette session.</translation>
    </message>
    <message>
        <source>it is older than the action before it.</source>
        <translation>elle est plus ancienne que l&apos;action qui la précède.</translation>
    </message>
    <message>
        <source>the TTL must be a whole number of seconds from 60 to 86400.</source>
        <translation>le TTL doit être un nombre entier de secondes entre 60 et 86400.</translation>
    </message>
</context>
<context>
    <name>TrainingScenarioParser</name>
    <message>
        <source>a quoted string is not closed</source>
        <translation>une chaîne entre guillemets n&apos;est pas fermée</translation>
    </message>
    <message>
        <source>a record needs NAME TTL TYPE DATA</source>
        <translation>un enregistrement nécessite NAME TTL TYPE DATA</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a DNS name</source>
        <translation>« %1 » n&apos;est pas un nom DNS</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a TTL in seconds</source>
        <translation>« %1 » n&apos;est pas une TTL en secondes</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a record type the training world serves (A, AAAA, CNAME, MX, NS, TXT)</source>
        <translation>« %1 » n&apos;est pas un type d&apos;enregistrement servi par le monde d&apos;entraînement (A, AAAA, CNAME, MX, NS, TXT)</translation>
    </message>
    <message>
        <source>an MX record needs a preference and a host</source>
        <translation>un enregistrement MX nécessite une préférence et un hôte</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an address for a %2 record</source>
        <translation>« %1 » n&apos;est pas une adresse pour un enregistrement %2</translation>
    </message>
    <message>
        <source>a %1 record needs one host name</source>
        <translation>un enregistrement %1 nécessite exactement un nom d&apos;hôte</translation>
    </message>
    <message>
        <source>%1, line %2: %3</source>
        <translation>%1, ligne %2 : %3</translation>
    </message>
    <message>
        <source>expected &quot;key = value&quot;</source>
        <translation>« clé = valeur » attendu</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a key with a language</source>
        <translation>« %1 » n&apos;est pas une clé avec une langue</translation>
    </message>
    <message>
        <source>the file must start with &quot;format = %1&quot;</source>
        <translation>le fichier doit commencer par « format = %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no value</source>
        <translation>« %1 » n&apos;a pas de valeur</translation>
    </message>
    <message>
        <source>the id may use a-z, 0-9 and &apos;-&apos; only</source>
        <translation>l&apos;identifiant ne peut contenir que a-z, 0-9 et « - »</translation>
    </message>
    <message>
        <source>a translated hint must follow its hint</source>
        <translation>un indice traduit doit suivre son indice</translation>
    </message>
    <message>
        <source>the tenant must be an initial *.onmicrosoft.com domain</source>
        <translation>le locataire doit être un domaine initial *.onmicrosoft.com</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a cloud (worldwide, gcc, gcchigh, dod, china)</source>
        <translation>« %1 » n&apos;est pas un cloud (worldwide, gcc, gcchigh, dod, china)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known DNS host</source>
        <translation>« %1 » n&apos;est pas un hébergeur DNS connu</translation>
    </message>
    <message>
        <source>write &quot;domain = NAME sending&quot; or &quot;domain = NAME parked&quot;</source>
        <translation>écrivez « domain = NOM sending » ou « domain = NOM parked »</translation>
    </message>
    <message>
        <source>write &quot;dkim-format = DOMAIN legacy&quot; or &quot;dkim-format = DOMAIN new r&quot;</source>
        <translation>écrivez « dkim-format = DOMAINE legacy » ou « dkim-format = DOMAINE new r »</translation>
    </message>
    <message>
        <source>unknown key &quot;%1&quot;</source>
        <translation>clé inconnue « %1 »</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an allowed value for %2</source>
        <translation>« %1 » n&apos;est pas une valeur autorisée pour %2</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>a scenario needs an id, a title and a tenant</source>
        <translation>un scénario nécessite un identifiant, un titre et un locataire</translation>
    </message>
    <message>
        <source>a scenario needs at least one domain and one goal</source>
        <translation>un scénario nécessite au moins un domaine et un objectif</translation>
    </message>
    <message>
        <source>the goal names %1, which is not one of the scenario&apos;s domains</source>
        <translation>l&apos;objectif désigne %1, qui ne fait pas partie des domaines du scénario</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 has one valid SPF record that ends in -all or ~all.</source>
        <translation>%1 a un seul enregistrement SPF valide, qui se termine par -all ou ~all.</translation>
    </message>
    <message>
        <source>The SPF record of %1 needs at most 10 DNS lookups.</source>
        <translation>L&apos;enregistrement SPF de %1 nécessite au plus 10 recherches DNS.</translation>
    </message>
    <message>
        <source>Both DKIM CNAME records of %1 point to Microsoft&apos;s keys.</source>
        <translation>Les deux enregistrements CNAME DKIM de %1 pointent vers les clés de Microsoft.</translation>
    </message>
    <message>
        <source>DKIM signing is switched on for %1 in Exchange Online.</source>
        <translation>La signature DKIM est activée pour %1 dans Exchange Online.</translation>
    </message>
    <message>
        <source>%1 has a valid DMARC record with an aggregate report address.</source>
        <translation>%1 a un enregistrement DMARC valide avec une adresse de rapports agrégés.</translation>
    </message>
    <message>
        <source>The DMARC reports of %1 go only to addresses that accept them.</source>
        <translation>Les rapports DMARC de %1 ne sont envoyés qu&apos;à des adresses qui les acceptent.</translation>
    </message>
    <message>
        <source>%1 sends no mail and says so: v=spf1 -all and DMARC p=reject.</source>
        <translation>%1 n&apos;envoie pas de courrier et le déclare : v=spf1 -all et DMARC p=reject.</translation>
    </message>
    <message>
        <source>%1 has one SPF record that keeps every sender of the records published before.</source>
        <translation>%1 a un seul enregistrement SPF qui conserve tous les expéditeurs des enregistrements publiés auparavant.</translation>
    </message>
    <message>
        <source>The DMARC record of %1 protects at least as much as before: the same policy or stricter, the same alignment, the same report addresses.</source>
        <translation>L&apos;enregistrement DMARC de %1 protège au moins autant qu&apos;avant : la même stratégie ou une plus stricte, le même alignement, les mêmes adresses de rapport.</translation>
    </message>
    <message>
        <source>write &quot;resolver-cache = NAME TYPE [SECONDS-BEFORE-START]&quot; (0 to 86400 seconds)</source>
        <translation>écrivez «&#xa0;resolver-cache = NOM TYPE [SECONDES-AVANT-DÉBUT]&#xa0;» (0 à 86400 secondes)</translation>
    </message>
    <message>
        <source>write &quot;goal = KIND DOMAIN&quot; with KIND one of spf-valid, spf-within-limit, dkim-cnames, dkim-enabled, dmarc-published, dmarc-reports-authorized, parked-locked, spf-merged, dmarc-not-weakened, or &quot;goal = sender-dkim DOMAIN SENDER&quot;</source>
        <translation>écrivez «&#xa0;goal = TYPE DOMAINE&#xa0;» avec TYPE parmi spf-valid, spf-within-limit, dkim-cnames, dkim-enabled, dmarc-published, dmarc-reports-authorized, parked-locked, spf-merged, dmarc-not-weakened, ou «&#xa0;goal = sender-dkim DOMAINE EXPÉDITEUR&#xa0;»</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sender of resources/senders.json with DKIM selectors</source>
        <translation>«&#xa0;%1&#xa0;» n&apos;est pas un expéditeur de resources/senders.json avec des sélecteurs DKIM</translation>
    </message>
    <message>
        <source>the reports folder may use a-z, 0-9 and &apos;-&apos; only</source>
        <translation>le dossier des rapports ne peut contenir que a-z, 0-9 et &apos;-&apos;</translation>
    </message>
    <message>
        <source>%1 publishes the DKIM records %2 needs (%3), so its mail passes DMARC aligned.</source>
        <translation>%1 publie les enregistrements DKIM dont %2 a besoin (%3), si bien que ses messages passent DMARC en étant alignés.</translation>
    </message>
</context>
<context>
    <name>TrainingSessionFile</name>
    <message>
        <source>The saved training session is too large (over %1 MiB).</source>
        <translation>La session d&apos;entraînement enregistrée est trop volumineuse (plus de %1 Mio).</translation>
    </message>
    <message>
        <source>The saved training session is damaged.</source>
        <translation>La session d&apos;entraînement enregistrée est endommagée.</translation>
    </message>
    <message>
        <source>The saved training session is damaged (the key &quot;%1&quot; appears twice in the same object).</source>
        <translation>La session d&apos;entraînement enregistrée est endommagée (la clé « %1 » apparaît deux fois dans le même objet).</translation>
    </message>
    <message>
        <source>This is not a saved MailAuth Wizard training session.</source>
        <translation>Ce n&apos;est pas une session d&apos;entraînement enregistrée par MailAuth Wizard.</translation>
    </message>
    <message>
        <source>This training session was saved by a newer version of MailAuth Wizard.</source>
        <translation>Cette session d&apos;entraînement a été enregistrée par une version plus récente de MailAuth Wizard.</translation>
    </message>
    <message>
        <source>The saved training session has no valid format version.</source>
        <translation>La session d&apos;entraînement enregistrée n&apos;a pas de version de format valide.</translation>
    </message>
    <message>
        <source>The saved training session has an unknown field &quot;%1&quot;.</source>
        <translation>La session d&apos;entraînement enregistrée contient un champ inconnu « %1 ».</translation>
    </message>
    <message>
        <source>The saved training session has no valid save time.</source>
        <translation>La session d&apos;entraînement enregistrée n&apos;a pas d&apos;heure d&apos;enregistrement valide.</translation>
    </message>
    <message>
        <source>The saved training session has no valid scenario.</source>
        <translation>La session d&apos;entraînement enregistrée n&apos;a pas de scénario valide.</translation>
    </message>
    <message>
        <source>The saved training session&apos;s scenario is not valid: %1</source>
        <translation>Le scénario de la session d&apos;entraînement enregistrée n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The saved training session&apos;s clock is not valid.</source>
        <translation>L&apos;horloge de la session d&apos;entraînement enregistrée n&apos;est pas valide.</translation>
    </message>
    <message>
        <source>The saved training session has no list of actions.</source>
        <translation>La session d&apos;entraînement enregistrée n&apos;a pas de liste d&apos;actions.</translation>
    </message>
    <message>
        <source>The saved training session is not valid: %1</source>
        <translation>La session d&apos;entraînement enregistrée n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The saved training session&apos;s resolver caches are not valid.</source>
        <translation>Les caches des résolveurs de la session d&apos;entraînement enregistrée ne sont pas valides.</translation>
    </message>
    <message>
        <source>The saved training session&apos;s plan is not valid: %1</source>
        <translation>Le plan de la session d&apos;entraînement enregistrée n&apos;est pas valide : %1</translation>
    </message>
    <message>
        <source>The saved training session&apos;s plan is not for the domains of its scenario.</source>
        <translation>Le plan de la session d&apos;entraînement enregistrée ne porte pas sur les domaines de son scénario.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>Action %1 of the saved training session does not belong to its scenario: %2</source>
        <translation>L&apos;action %1 de la session d&apos;entraînement enregistrée n&apos;appartient pas à son scénario : %2</translation>
    </message>
</context>
<context>
    <name>VantagePoint</name>
    <message>
        <source>authoritative</source>
        <translation>faisant autorité</translation>
    </message>
    <message>
        <source>system resolver</source>
        <translation>résolveur du système</translation>
    </message>
    <message>
        <source>public resolver</source>
        <translation>résolveur public</translation>
    </message>
    <message>
        <source>resolver</source>
        <translation>résolveur</translation>
    </message>
</context>
<context>
    <name>VantagePointDiscovery</name>
    <message>
        <source>No name servers were found for %1 or its parent domains.</source>
        <translation>Aucun serveur de noms trouvé pour %1 ni pour ses domaines parents.</translation>
    </message>
    <message>
        <source>The name servers of %1 (%2) have no addresses.</source>
        <translation>Les serveurs de noms de %1 (%2) n&apos;ont pas d&apos;adresse.</translation>
    </message>
</context>
<context>
    <name>WaitCommand</name>
    <message>
        <source>Waits until a record is visible at every authoritative server of its zone and at the resolvers, and shows each server&apos;s state while it waits.
Exit status: 0 = confirmed, 1 = the time ran out, 2 = an error (usage, or no servers found).</source>
        <translation>Attend qu&apos;un enregistrement soit visible sur chaque serveur faisant autorité de sa zone et sur les résolveurs, et affiche l&apos;état de chaque serveur pendant l&apos;attente.
Code de sortie : 0 = confirmé, 1 = délai écoulé, 2 = erreur (utilisation, ou aucun serveur trouvé).</translation>
    </message>
    <message>
        <source>The record&apos;s full name, e.g. _dmarc.contoso.com.</source>
        <translation>Le nom complet de l&apos;enregistrement, par exemple _dmarc.contoso.com.</translation>
    </message>
    <message>
        <source>TXT, CNAME or MX (default TXT).</source>
        <translation>TXT, CNAME ou MX (TXT par défaut).</translation>
    </message>
    <message>
        <source>TYPE</source>
        <translation>TYPE</translation>
    </message>
    <message>
        <source>The value the record must have.</source>
        <translation>La valeur que l&apos;enregistrement doit avoir.</translation>
    </message>
    <message>
        <source>VALUE</source>
        <translation>VALEUR</translation>
    </message>
    <message>
        <source>exact, contains, spf (same terms in the same order) or dmarc (same tags in any order); default exact.</source>
        <translation>exact, contains, spf (mêmes termes dans le même ordre) ou dmarc (mêmes balises dans n&apos;importe quel ordre) ; exact par défaut.</translation>
    </message>
    <message>
        <source>MODE</source>
        <translation>MODE</translation>
    </message>
    <message>
        <source>Give up after this many seconds (default 3600).</source>
        <translation>Abandonner après ce nombre de secondes (3600 par défaut).</translation>
    </message>
    <message>
        <source>SECONDS</source>
        <translation>SECONDES</translation>
    </message>
    <message>
        <source>Print the result as one JSON object.</source>
        <translation>Afficher le résultat sous la forme d&apos;un seul objet JSON.</translation>
    </message>
    <message>
        <source>Do not ask the public resolvers (8.8.8.8, 1.1.1.1, 9.9.9.9, 208.67.222.222).</source>
        <translation>Ne pas interroger les résolveurs publics (8.8.8.8, 1.1.1.1, 9.9.9.9, 208.67.222.222).</translation>
    </message>
    <message>
        <source>Usage: mailauth wait NAME --type TXT|CNAME|MX --expect VALUE [--match MODE] [--timeout SECONDS]</source>
        <translation>Utilisation : mailauth wait NOM --type TXT|CNAME|MX --expect VALEUR [--match MODE] [--timeout SECONDES]</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid DNS name.</source>
        <translation>« %1 » n&apos;est pas un nom DNS valide.</translation>
    </message>
    <message>
        <source>--type must be TXT, CNAME or MX.</source>
        <translation>--type doit être TXT, CNAME ou MX.</translation>
    </message>
    <message>
        <source>--match must be exact, contains, spf or dmarc.</source>
        <translation>--match doit être exact, contains, spf ou dmarc.</translation>
    </message>
    <message>
        <source>--timeout takes a whole number of seconds, at least 1.</source>
        <translation>--timeout attend un nombre entier de secondes, au moins 1.</translation>
    </message>
    <message>
        <source>--timeout %1 is longer than caches keep any record (7 days); waiting at most %2 s.</source>
        <translation>--timeout %1 dépasse la durée pendant laquelle les caches conservent un enregistrement (7 jours) ; attente limitée à %2 s.</translation>
    </message>
    <message>
        <source>[%1 s] %2 (%3): %4</source>
        <translation>[%1 s] %2 (%3) : %4</translation>
    </message>
    <message>
        <source>sees &quot;%1&quot;</source>
        <translation>voit « %1 »</translation>
    </message>
    <message>
        <source>(expected in %1 s)</source>
        <translation>(attendu dans %1 s)</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>[%1 s] Found in the wrong place: %2</source>
        <translation>[%1 s] Trouvé au mauvais endroit : %2</translation>
    </message>
</context>
<context>
    <name>WeakeningCheck</name>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
    <message>
        <source>The SPF record published today is removed: any server can then send mail as the domain.</source>
        <translation>L&apos;enregistrement SPF publié aujourd&apos;hui est supprimé : n&apos;importe quel serveur peut alors envoyer du courrier au nom du domaine.</translation>
    </message>
    <message>
        <source>%1 is removed from SPF: the servers it refused are then judged by the rest of the record.</source>
        <translation>%1 est retiré de SPF : les serveurs qu&apos;il refusait sont alors jugés par le reste de l&apos;enregistrement.</translation>
    </message>
    <message>
        <source>%1 is removed from SPF: mail its servers send as the domain then fails SPF.</source>
        <translation>%1 est retiré de SPF : le courrier que ses serveurs envoient au nom du domaine échoue alors SPF.</translation>
    </message>
    <message>
        <source>The record ends more permissively than today&apos;s (%1 instead of %2): servers that are not listed are refused less firmly.</source>
        <translation>L&apos;enregistrement se termine de manière plus permissive qu&apos;aujourd&apos;hui (%1 au lieu de %2) : les serveurs non listés sont refusés moins fermement.</translation>
    </message>
    <message>
        <source>The DMARC record published today is removed: receivers then apply no policy to mail that fails.</source>
        <translation>L&apos;enregistrement DMARC publié aujourd&apos;hui est supprimé : les serveurs destinataires n&apos;appliquent alors plus aucune stratégie au courrier en échec.</translation>
    </message>
    <message>
        <source>%1 is lowered from %2 to %3: receivers act less firmly on mail that fails DMARC.</source>
        <translation>%1 est abaissé de %2 à %3 : les serveurs destinataires agissent moins fermement sur le courrier qui échoue DMARC.</translation>
    </message>
    <message>
        <source>t=y is added: receivers apply the next lower policy while the record says it is being tested.</source>
        <translation>t=y est ajouté : les serveurs destinataires appliquent la stratégie immédiatement inférieure tant que l&apos;enregistrement indique qu&apos;il est en test.</translation>
    </message>
    <message>
        <source>%1 goes from strict to relaxed: mail from subdomains then aligns too.</source>
        <translation>%1 passe de strict à souple (relaxed) : le courrier des sous-domaines est alors aussi aligné.</translation>
    </message>
    <message>
        <source>The report address %1 (%2) is removed: whoever reads those reports stops receiving them.</source>
        <translation>L&apos;adresse de rapport %1 (%2) est supprimée : la personne qui lit ces rapports cesse de les recevoir.</translation>
    </message>
    <message>
        <source>The MX record (%1) is replaced by a null MX: mail sent to the domain is refused from then on. Delete those MX records: the null MX must be the only one.</source>
        <translation>L&apos;enregistrement MX (%1) est remplacé par un MX nul : le courrier envoyé au domaine est désormais refusé. Supprimez ces enregistrements MX : le MX nul doit être le seul.</translation>
    </message>
</context>
<context>
    <name>ZipContainer</name>
    <message>
        <source>unknown error</source>
        <translation>erreur inconnue</translation>
    </message>
    <message>
        <source>entry %1</source>
        <translation>entrée %1</translation>
    </message>
    <message>
        <source>the zip archive cannot be read: %1</source>
        <translation>l&apos;archive zip ne peut pas être lue : %1</translation>
    </message>
    <message>
        <source>larger than %1 after decompression (a zip bomb, or far bigger than any report); not read</source>
        <translation>plus de %1 après décompression (une bombe zip, ou bien plus volumineux que n&apos;importe quel rapport) ; non lu</translation>
    </message>
    <message>
        <source>after entry %1</source>
        <translation>après l&apos;entrée %1</translation>
    </message>
    <message>
        <source>the rest of the zip archive is damaged: %1</source>
        <translation>le reste de l&apos;archive zip est endommagé : %1</translation>
    </message>
    <message>
        <source>entry %1 and later</source>
        <translation>entrée %1 et suivantes</translation>
    </message>
    <message>
        <source>the archive has more than %1 entries; the rest was not read</source>
        <translation>l&apos;archive contient plus de %1 entrées ; le reste n&apos;a pas été lu</translation>
    </message>
    <message>
        <source>the entry is encrypted</source>
        <translation>l&apos;entrée est chiffrée</translation>
    </message>
    <message>
        <source>the entry is damaged: %1</source>
        <translation>l&apos;entrée est endommagée : %1</translation>
    </message>
</context>
<context>
    <name>mailauth</name>
    <message>
        <source>Usage: mailauth &lt;command&gt; [options]

Commands:
  check DOMAIN...                  Audit domains through DNS (MX, SPF, DKIM, DMARC).
  plan DOMAIN... [--parked D]...   Audit domains and show the records the wizard proposes.
  wait NAME --expect VALUE         Wait until a record is visible at every server.
  spf --ip IP --sender ADDRESS     Evaluate SPF for a sending server (RFC 7208 check_host).
  lint spf|dmarc|dkim &quot;&lt;record&gt;&quot;   Check one record offline.
  dkim-targets FILE|-              Read the DKIM CNAME targets from pasted Exchange Online output.
  headers FILE|- [--key-file F]    Prove from a received message that DKIM signing works.
  generate --project FILE --format FORMAT [-o PATH]
                                   Export a project: ps1, zone, csv, windows, azure, html, pdf, json.
  reports PATH... [--domain D]     Read DMARC aggregate reports: senders, fixes, readiness.

Options for every command: --json, --help. Global: --version, --verbose.
Exit status: 0 = fine, 1 = problems found, 2 = the command could not run (usage error).
</source>
        <translation>Utilisation : mailauth &lt;commande&gt; [options]

Commandes :
  check DOMAIN...                    Auditer des domaines via le DNS (MX, SPF, DKIM, DMARC).
  plan DOMAIN... [--parked D]...     Auditer des domaines et afficher les enregistrements proposés par l&apos;assistant.
  wait NAME --expect VALEUR          Attendre qu&apos;un enregistrement soit visible sur chaque serveur.
  spf --ip IP --sender ADRESSE       Évaluer SPF pour un serveur d&apos;envoi (RFC 7208 check_host).
  lint spf|dmarc|dkim &quot;&lt;enregistrement&gt;&quot;
                                     Vérifier un enregistrement hors ligne.
  dkim-targets FICHIER|-             Lire les cibles CNAME DKIM dans une sortie Exchange Online collée.
  headers FICHIER|- [--key-file F]   Prouver à partir d&apos;un message reçu que la signature DKIM fonctionne.
  generate --project FICHIER --format FORMAT [-o CHEMIN]
                                     Exporter un projet : ps1, zone, csv, windows, azure, html, pdf, json.
  reports CHEMIN... [--domain D]     Lire les rapports agrégés DMARC : expéditeurs, corrections, état de préparation.

Options pour chaque commande : --json, --help. Globales : --version, --verbose.
Code de sortie : 0 = tout va bien, 1 = problèmes détectés, 2 = la commande n&apos;a pas pu s&apos;exécuter (erreur d&apos;utilisation).
</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;.</source>
        <translation>Commande inconnue « %1 ».</translation>
    </message>
    <message>
        <source>mailauth: could not write the output: %1</source>
        <translation>mailauth : impossible d&apos;écrire la sortie : %1</translation>
    </message>
</context>
<context>
    <name>mailauth::AuditPage</name>
    <message>
        <source>What DNS says today</source>
        <translation>Ce que dit le DNS aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Before changing anything, the wizard reads your domains&apos; current MX, SPF, DKIM and DMARC records and lists what is missing or wrong, with what to do about it.</source>
        <translation>Avant de modifier quoi que ce soit, l&apos;assistant lit les enregistrements MX, SPF, DKIM et DMARC actuels de vos domaines et liste ce qui manque ou est incorrect, avec ce qu&apos;il faut faire.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>&amp;Annuler la vérification</translation>
    </message>
    <message>
        <source>%1 of %2 domains checked</source>
        <translation>Domaines vérifiés : %1 sur %2</translation>
    </message>
    <message>
        <source>DNS did not answer now; this is the check saved on %1.</source>
        <translation>Le DNS n&apos;a pas répondu pour l&apos;instant ; voici la vérification enregistrée le %1.</translation>
    </message>
    <message>
        <source>Check cancelled; you can go on or check again.</source>
        <translation>Vérification annulée ; vous pouvez continuer ou vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Check complete.</source>
        <translation>Vérification terminée.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>Welcome back. This project&apos;s next steps:</source>
        <translation>Bon retour. Prochaines étapes de ce projet :</translation>
    </message>
    <message>
        <source>Checking DNS… (you can cancel)</source>
        <translation>Vérification du DNS… (vous pouvez annuler)</translation>
    </message>
</context>
<context>
    <name>mailauth::AuditView</name>
    <message>
        <source>Nothing to fix.</source>
        <translation>Rien à corriger.</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n error(s))</source>
        <translation>
            <numerusform>%1 (%n erreur)</numerusform>
            <numerusform>%1 (%n erreurs)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::DkimPage</name>
    <message>
        <source>DKIM: sign your mail with your own domain</source>
        <translation>DKIM : signez votre courrier avec votre propre domaine</translation>
    </message>
    <message>
        <source>Microsoft 365 signs mail for custom domains only after you publish two CNAME records that point to keys Microsoft holds. The targets differ per tenant and domain, so they are read back from Exchange Online, never guessed.</source>
        <translation>Microsoft 365 ne signe le courrier des domaines personnalisés qu&apos;après la publication de deux enregistrements CNAME pointant vers des clés détenues par Microsoft. Les cibles diffèrent selon le locataire et le domaine : elles sont donc relues depuis Exchange Online, jamais devinées.</translation>
    </message>
    <message>
        <source>&amp;Copy script</source>
        <translation>&amp;Copier le script</translation>
    </message>
    <message>
        <source>&amp;Save as .ps1…</source>
        <translation>&amp;Enregistrer en .ps1…</translation>
    </message>
    <message>
        <source>Paste the output of the script here, or the two CNAME values from the Defender portal (Publish CNAMEs &gt; Copy, or its &quot;CNAME record does not exist&quot; message).</source>
        <translation>Collez ici la sortie du script, ou les deux valeurs CNAME du portail Defender (Publier des CNAME &gt; Copier, ou son message « CNAME record does not exist »).</translation>
    </message>
    <message>
        <source>I have &amp;published both: watch DNS</source>
        <translation>Les deux sont &amp;publiés : surveiller le DNS</translation>
    </message>
    <message>
        <source>Copy &amp;enable script</source>
        <translation>Copier le script d&apos;&amp;activation</translation>
    </message>
    <message>
        <source>Check the &amp;keys</source>
        <translation>&amp;Vérifier les clés</translation>
    </message>
    <message>
        <source>S&amp;igning is on: the script printed &quot;Enabled : True&quot;</source>
        <translation>La s&amp;ignature est activée : le script a affiché &quot;Enabled : True&quot;</translation>
    </message>
    <message>
        <source>Set up DKIM for this domain &amp;later (the other steps go on without it)</source>
        <translation>Configurer DKIM pour ce domaine p&amp;lus tard (les autres étapes se poursuivent sans lui)</translation>
    </message>
    <message>
        <source>Run the key script in the &amp;training tenant</source>
        <translation>Exécuter le script des clés dans le locataire d&apos;en&amp;traînement</translation>
    </message>
    <message>
        <source>Run the enable script in the training tenant</source>
        <translation>Exécuter le script d&apos;activation dans le locataire d&apos;entraînement</translation>
    </message>
    <message>
        <source>What the simulated Exchange Online PowerShell prints appears here.</source>
        <translation>Ce qu&apos;affiche l&apos;Exchange Online PowerShell simulé apparaît ici.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Training tenant&lt;/b&gt; (simulated Exchange Online PowerShell):</source>
        <translation>&lt;b&gt;Locataire d&apos;entraînement&lt;/b&gt; (Exchange Online PowerShell simulé) :</translation>
    </message>
    <message>
        <source>Run this in Exchange Online PowerShell (it runs safely twice):</source>
        <translation>Exécutez ceci dans Exchange Online PowerShell (il peut être exécuté deux fois sans risque) :</translation>
    </message>
    <message>
        <source>Open the De&amp;fender portal</source>
        <translation>Ouvrir le portail De&amp;fender</translation>
    </message>
    <message>
        <source>PowerS&amp;hell</source>
        <translation>PowerS&amp;hell</translation>
    </message>
    <message>
        <source>&amp;Defender portal</source>
        <translation>Portail &amp;Defender</translation>
    </message>
    <message>
        <source>For admins who cannot run scripts: the same steps in the Microsoft Defender portal.</source>
        <translation>Pour les administrateurs qui ne peuvent pas exécuter de scripts : les mêmes étapes dans le portail Microsoft Defender.</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>&lt;b&gt;1. Create the keys&lt;/b&gt;, with PowerShell or in the Defender portal:</source>
        <translation>&lt;b&gt;1. Créez les clés&lt;/b&gt;, avec PowerShell ou dans le portail Defender :</translation>
    </message>
    <message>
        <source>2. Paste &amp;what it printed:</source>
        <translation>2. Collez la &amp;sortie du script :</translation>
    </message>
    <message>
        <source>&lt;b&gt;3. Publish these two CNAME records&lt;/b&gt;:</source>
        <translation>&lt;b&gt;3. Publiez ces deux enregistrements CNAME&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>&lt;b&gt;4. Switch signing on&lt;/b&gt;:</source>
        <translation>&lt;b&gt;4. Activez la signature&lt;/b&gt; :</translation>
    </message>
    <message>
        <source>&lt;b&gt;5. Final check&lt;/b&gt;: once signing is on, Microsoft publishes the keys behind the CNAMEs.</source>
        <translation>&lt;b&gt;5. Vérification finale&lt;/b&gt; : une fois la signature activée, Microsoft publie les clés derrière les CNAME.</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>%1: key published (%2 bits)</source>
        <translation>%1 : clé publiée (%2 bits)</translation>
    </message>
    <message>
        <source>%1: no key yet</source>
        <translation>%1 : pas encore de clé</translation>
    </message>
    <message>
        <source>Open the Microsoft Defender portal at &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, Email &amp;amp; collaboration &amp;gt; Policies &amp;amp; rules &amp;gt; Threat policies &amp;gt; &lt;b&gt;Email authentication settings&lt;/b&gt;, and select the &lt;b&gt;DKIM&lt;/b&gt; tab.</source>
        <translation>Ouvrez le portail Microsoft Defender à l&apos;adresse &lt;a href=&quot;%1&quot;&gt;%2&lt;/a&gt;, E-mail et collaboration &amp;gt; Stratégies et règles &amp;gt; Stratégies de menace &amp;gt; &lt;b&gt;Authentification de la messagerie électronique&lt;/b&gt;, puis sélectionnez l&apos;onglet &lt;b&gt;DKIM&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>In the row for &lt;b&gt;%1&lt;/b&gt;, slide &lt;b&gt;Toggle&lt;/b&gt; from Disabled to Enabled. A &lt;b&gt;Client error&lt;/b&gt; dialog opens: that is expected, select &lt;b&gt;OK&lt;/b&gt;. The keys now exist and the row&apos;s Status is &lt;b&gt;CnameMissing&lt;/b&gt;.</source>
        <translation>Dans la ligne de &lt;b&gt;%1&lt;/b&gt;, faites glisser le &lt;b&gt;bouton bascule&lt;/b&gt; de Désactivé à Activé. Une boîte de dialogue &lt;b&gt;Erreur client&lt;/b&gt; s&apos;ouvre : c&apos;est normal, sélectionnez &lt;b&gt;OK&lt;/b&gt;. Les clés existent désormais et l&apos;état de la ligne est &lt;b&gt;CnameMissing&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Select the &lt;b&gt;%1&lt;/b&gt; row (not its check box or toggle) to open its details. Under &lt;b&gt;Publish CNAMEs&lt;/b&gt;, select &lt;b&gt;Copy&lt;/b&gt; and paste into step 2 below. Leave the details open.</source>
        <translation>Sélectionnez la ligne &lt;b&gt;%1&lt;/b&gt; (pas sa case à cocher ni son bouton bascule) pour ouvrir ses détails. Sous &lt;b&gt;Publier des CNAME&lt;/b&gt;, sélectionnez &lt;b&gt;Copier&lt;/b&gt; et collez le résultat à l&apos;étape 2 ci-dessous. Laissez les détails ouverts.</translation>
    </message>
    <message>
        <source>Publish the two CNAME records (step 3). Once both are confirmed everywhere, switch on &lt;b&gt;Sign messages for this domain with DKIM signatures&lt;/b&gt; in the details (step 4).</source>
        <translation>Publiez les deux enregistrements CNAME (étape 3). Une fois qu&apos;ils sont tous deux confirmés partout, activez &lt;b&gt;Signer les messages pour ce domaine avec des signatures DKIM&lt;/b&gt; dans les détails (étape 4).</translation>
    </message>
    <message>
        <source>The Defender portal route is not known for %1; use PowerShell.</source>
        <translation>La procédure via le portail Defender n&apos;est pas connue pour %1 ; utilisez PowerShell.</translation>
    </message>
    <message>
        <source>2. Paste &amp;what the portal shows (Publish CNAMEs &gt; Copy):</source>
        <translation>2. Collez le &amp;résultat affiché par le portail (Publier des CNAME &gt; Copier) :</translation>
    </message>
    <message>
        <source>S&amp;igning is on: the portal shows &quot;Signing DKIM signatures for this domain&quot;</source>
        <translation>La si&amp;gnature est activée : le portail affiche « Signing DKIM signatures for this domain »</translation>
    </message>
    <message>
        <source>DKIM already works for %1: both selectors point at Microsoft and the keys are published. Nothing to paste unless you want to check it again.</source>
        <translation>DKIM fonctionne déjà pour %1 : les deux sélecteurs pointent vers Microsoft et les clés sont publiées. Rien à coller, sauf si vous voulez le vérifier à nouveau.</translation>
    </message>
    <message>
        <source>Waiting for the pasted output.</source>
        <translation>En attente de la sortie collée.</translation>
    </message>
    <message>
        <source>Both targets found. Status reported by Microsoft: %1.</source>
        <translation>Les deux cibles ont été trouvées. État indiqué par Microsoft : %1.</translation>
    </message>
    <message>
        <source>not shown</source>
        <translation>non affiché</translation>
    </message>
    <message>
        <source>%1: not watched yet.</source>
        <translation>%1 : pas encore surveillé.</translation>
    </message>
    <message>
        <source>Available once both CNAME records are confirmed above. Enabling earlier fails with CnameMissing, which only means Microsoft cannot see the records yet.</source>
        <translation>Disponible une fois les deux enregistrements CNAME confirmés ci-dessus. Une activation plus précoce échoue avec CnameMissing, ce qui signifie seulement que Microsoft ne voit pas encore les enregistrements.</translation>
    </message>
    <message>
        <source>Both CNAMEs are visible everywhere. In the Defender portal, open &lt;b&gt;%1&lt;/b&gt; on the DKIM tab and switch on &lt;b&gt;Sign messages for this domain with DKIM signatures&lt;/b&gt;. If the Status does not change to &quot;Signing DKIM signatures for this domain&quot;, Microsoft has not caught up yet: this can take hours, in rare cases a few days. Try again later; the records are right.</source>
        <translation>Les deux CNAME sont visibles partout. Dans le portail Defender, ouvrez &lt;b&gt;%1&lt;/b&gt; dans l&apos;onglet DKIM et activez &lt;b&gt;Signer les messages pour ce domaine avec des signatures DKIM&lt;/b&gt;. Si l&apos;état ne passe pas à « Signing DKIM signatures for this domain », Microsoft n&apos;est pas encore à jour : cela peut prendre des heures, dans de rares cas quelques jours. Réessayez plus tard ; les enregistrements sont corrects.</translation>
    </message>
    <message>
        <source>Both CNAMEs are visible everywhere. Run the script below. If it still reports CnameMissing, Microsoft has not caught up yet: this can take hours, in rare cases a few days. Run it again later; the records are right.</source>
        <translation>Les deux CNAME sont visibles partout. Exécutez le script ci-dessous. S&apos;il indique encore CnameMissing, Microsoft n&apos;est pas encore à jour : cela peut prendre des heures, dans de rares cas quelques jours. Réexécutez-le plus tard ; les enregistrements sont corrects.</translation>
    </message>
    <message>
        <source>Save PowerShell script</source>
        <translation>Enregistrer le script PowerShell</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>Scripts PowerShell (*.ps1)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Script that switches signing on</source>
        <translation>Script qui active la signature</translation>
    </message>
    <message>
        <source>&lt;b&gt;6. Prove it&lt;/b&gt;: send a message from this domain to an outside mailbox, then paste its headers (or drop the .eml).</source>
        <translation>&lt;b&gt;6. Prouvez-le&lt;/b&gt;&#xa0;: envoyez un message depuis ce domaine vers une boîte aux lettres externe, puis collez ses en-têtes (ou déposez le fichier .eml).</translation>
    </message>
    <message>
        <source>Prove it: analyze a test &amp;message…</source>
        <translation>Preuve&#xa0;: analyser un &amp;message de test…</translation>
    </message>
    <message>
        <source>%1 %2 (test message of %3)</source>
        <translation>%1 %2 (message de test du %3)</translation>
    </message>
    <message>
        <source>No test message checked yet.</source>
        <translation>Aucun message de test vérifié pour l&apos;instant.</translation>
    </message>
</context>
<context>
    <name>mailauth::DkimRotationPanel</name>
    <message>
        <source>Cop&amp;y rotation script</source>
        <translation>&amp;Copier le script de rotation</translation>
    </message>
    <message>
        <source>&amp;Undo: I did not run it</source>
        <translation>&amp;Annuler&#xa0;: je ne l&apos;ai pas exécuté</translation>
    </message>
    <message>
        <source>Check key si&amp;zes</source>
        <translation>&amp;Vérifier la taille des clés</translation>
    </message>
    <message>
        <source>&lt;b&gt;7. Upgrade the keys to 2048 bits&lt;/b&gt; (two passes, four days apart):</source>
        <translation>&lt;b&gt;7. Passer les clés à 2048 bits&lt;/b&gt; (deux passes, à quatre jours d&apos;intervalle)&#xa0;:</translation>
    </message>
    <message>
        <source>DNS did not answer for the DKIM selectors of %1; check again in a few minutes.</source>
        <translation>Le DNS n&apos;a pas répondu pour les sélecteurs DKIM de %1&#xa0;; vérifiez à nouveau dans quelques minutes.</translation>
    </message>
    <message>
        <source>Both keys have 2048 bits: %1.</source>
        <translation>Les deux clés font 2048 bits&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Keys in DNS now: %1.</source>
        <translation>Clés actuellement dans le DNS&#xa0;: %1.</translation>
    </message>
    <message>
        <source>A key behind the Microsoft 365 selectors of %1 has fewer than 2048 bits (%2). Microsoft 365 upgrades only the selector that is not signing, and the new key signs after four days (96 hours): run the first pass now and the second one four days later.</source>
        <translation>Une clé derrière les sélecteurs Microsoft 365 de %1 fait moins de 2048 bits (%2). Microsoft 365 ne met à niveau que le sélecteur qui ne signe pas, et la nouvelle clé ne signe qu&apos;au bout de quatre jours (96 heures)&#xa0;: exécutez la première passe maintenant et la deuxième quatre jours plus tard.</translation>
    </message>
    <message>
        <source>First pass run on %1. Its new key signs from %2; the second pass is due then (%3).</source>
        <translation>Première passe exécutée le %1. Sa nouvelle clé signe à partir du %2&#xa0;; la deuxième passe sera alors à faire (%3).</translation>
    </message>
    <message>
        <source>First pass run on %1. The second pass is %2: run the script below, it upgrades the other selector.</source>
        <translation>Première passe exécutée le %1. La deuxième passe est %2&#xa0;: exécutez le script ci-dessous, il met à niveau l&apos;autre sélecteur.</translation>
    </message>
    <message>
        <source>Second pass run on %1. Its new key signs from %2; check the key sizes then (%3).</source>
        <translation>Deuxième passe exécutée le %1. Sa nouvelle clé signe à partir du %2&#xa0;; vérifiez alors la taille des clés (%3).</translation>
    </message>
    <message>
        <source>Both passes have taken effect: check the key sizes. Keys seen last: %1.</source>
        <translation>Les deux passes ont pris effet&#xa0;: vérifiez la taille des clés. Dernières clés vues&#xa0;: %1.</translation>
    </message>
    <message>
        <source>Pass 1, in Exchange Online PowerShell:</source>
        <translation>Passe 1, dans Exchange Online PowerShell&#xa0;:</translation>
    </message>
    <message>
        <source>Pass 2, in Exchange Online PowerShell (only after the first pass has taken effect):</source>
        <translation>Passe 2, dans Exchange Online PowerShell (seulement une fois la première passe effective)&#xa0;:</translation>
    </message>
    <message>
        <source>I &amp;ran the first pass</source>
        <translation>J&apos;ai e&amp;xécuté la première passe</translation>
    </message>
    <message>
        <source>I &amp;ran the second pass</source>
        <translation>J&apos;ai exécuté la &amp;deuxième passe</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
</context>
<context>
    <name>mailauth::DmarcPage</name>
    <message>
        <source>DMARC: tell receivers what to do with forged mail</source>
        <translation>DMARC : indiquez aux destinataires que faire du courrier falsifié</translation>
    </message>
    <message>
        <source>DMARC ties SPF and DKIM to the address people see and asks receivers to report what they get. Start with p=none and reports, then tighten to quarantine and reject once the reports show that all your real mail passes.</source>
        <translation>DMARC relie SPF et DKIM à l&apos;adresse que voient les utilisateurs et demande aux serveurs destinataires de rendre compte de ce qu&apos;ils reçoivent. Commencez par p=none avec des rapports, puis durcissez vers quarantine et reject une fois que les rapports montrent que tout votre courrier légitime réussit.</translation>
    </message>
    <message>
        <source>Stage 1: p=none (monitor only)</source>
        <translation>Étape 1 : p=none (surveillance uniquement)</translation>
    </message>
    <message>
        <source>Stage 2: p=quarantine (spam folder)</source>
        <translation>Étape 2 : p=quarantine (dossier spam)</translation>
    </message>
    <message>
        <source>Stage 3: p=reject (refuse)</source>
        <translation>Étape 3 : p=reject (refus)</translation>
    </message>
    <message>
        <source>Rea&amp;d aggregate reports…</source>
        <translation>&amp;Lire les rapports agrégés…</translation>
    </message>
    <message>
        <source>Reads the report files you received (.xml, .gz, .zip, .eml, mbox) on this computer and says whether the domain is ready for its next stage.</source>
        <translation>Lit sur cet ordinateur les fichiers de rapport que vous avez reçus (.xml, .gz, .zip, .eml, mbox) et indique si le domaine est prêt pour l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>dmarc-reports@contoso.com (a shared mailbox works well); several separated by spaces</source>
        <translation>dmarc-reports@contoso.com (une boîte aux lettres partagée convient bien) ; plusieurs adresses séparées par des espaces</translation>
    </message>
    <message>
        <source>Test mode (t=y): receivers apply one level less while you watch the reports</source>
        <translation>Mode test (t=y) : les serveurs destinataires appliquent un niveau de moins pendant que vous suivez les rapports</translation>
    </message>
    <message>
        <source>same as the domain</source>
        <translation>identique au domaine</translation>
    </message>
    <message>
        <source>none (monitor only)</source>
        <translation>none (surveillance uniquement)</translation>
    </message>
    <message>
        <source>quarantine</source>
        <translation>quarantine</translation>
    </message>
    <message>
        <source>reject</source>
        <translation>reject</translation>
    </message>
    <message>
        <source>Strict alignment (adkim=s; aspf=s): subdomains of the domain no longer count as aligned. Leave off unless you know every sender uses the exact domain.</source>
        <translation>Alignement strict (adkim=s; aspf=s) : les sous-domaines du domaine ne comptent plus comme alignés. Laissez cette option désactivée, sauf si vous savez que chaque expéditeur utilise exactement le domaine.</translation>
    </message>
    <message>
        <source>reject (recommended: such names never send mail)</source>
        <translation>reject (recommandé : de tels noms n&apos;envoient jamais de courrier)</translation>
    </message>
    <message>
        <source>I have &amp;published it: watch DNS</source>
        <translation>Il est &amp;publié : surveiller le DNS</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>&amp;Start of the plan:</source>
        <translation>&amp;Début du plan :</translation>
    </message>
    <message>
        <source>Current s&amp;tage:</source>
        <translation>Étape ac&amp;tuelle :</translation>
    </message>
    <message>
        <source>R&amp;eports to:</source>
        <translation>&amp;Rapports à :</translation>
    </message>
    <message>
        <source>Existing s&amp;ubdomains:</source>
        <translation>So&amp;us-domaines existants :</translation>
    </message>
    <message>
        <source>Non-e&amp;xistent subdomains:</source>
        <translation>Sous-domaines ine&amp;xistants :</translation>
    </message>
    <message>
        <source>&lt;b&gt;The record&lt;/b&gt;</source>
        <translation>&lt;b&gt;L&apos;enregistrement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish it at your DNS host&lt;/b&gt;</source>
        <translation>&lt;b&gt;Publiez-le chez votre hébergeur DNS&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Published today: %1
The choices above start from it.</source>
        <translation>Publié aujourd&apos;hui : %1
Les choix ci-dessus partent de cet enregistrement.</translation>
    </message>
    <message>
        <source>%1 has no DMARC record of its own; its organisation&apos;s record applies to it, which amounts to: %2
The choices above start from it.</source>
        <translation>%1 n&apos;a pas d&apos;enregistrement DMARC propre ; l&apos;enregistrement de son domaine organisationnel s&apos;applique, ce qui revient à : %2
Les choix ci-dessus partent de là.</translation>
    </message>
    <message>
        <source>No DMARC record is published at _dmarc.%1 yet; this will be the first.</source>
        <translation>Aucun enregistrement DMARC n&apos;est encore publié sur _dmarc.%1 ; ce sera le premier.</translation>
    </message>
    <message>
        <source>%1 from %2</source>
        <translation>%1 à partir du %2</translation>
    </message>
    <message>
        <source>A parked domain goes straight to p=reject: nothing should send as it.</source>
        <translation>Un domaine parqué passe directement à p=reject : rien ne doit envoyer de courrier en son nom.</translation>
    </message>
    <message>
        <source>p=reject is the last stage: keep it, and keep reading the reports.</source>
        <translation>p=reject est la dernière étape : conservez-la et continuez à lire les rapports.</translation>
    </message>
    <message>
        <source>Plan: %1. Move on only when the reports show your real mail passing.</source>
        <translation>Plan : %1. Ne passez à l&apos;étape suivante que lorsque les rapports montrent que votre courrier légitime réussit.</translation>
    </message>
    <message>
        <source>✗ %1</source>
        <translation>✗ %1</translation>
    </message>
    <message>
        <source>Looking up the name servers of %1…</source>
        <translation>Recherche des serveurs de noms de %1…</translation>
    </message>
    <message>
        <source>After you publish the record, press the button above.</source>
        <translation>Après avoir publié l&apos;enregistrement, cliquez sur le bouton ci-dessus.</translation>
    </message>
    <message>
        <source>A parked domain sends no mail: its reports show only forged mail.</source>
        <translation>Un domaine parqué n&apos;envoie pas de courrier : ses rapports ne montrent que du courrier falsifié.</translation>
    </message>
    <message>
        <source>Reports: none read yet. Read them before you move %1 to the next stage.</source>
        <translation>Rapports : aucun lu pour l&apos;instant. Lisez-les avant de faire passer %1 à l&apos;étape suivante.</translation>
    </message>
    <message>
        <source>Reports: %1</source>
        <translation>Rapports : %1</translation>
    </message>
    <message>
        <source>Move to the next stage?</source>
        <translation>Passer à l&apos;étape suivante ?</translation>
    </message>
    <message>
        <source>The reports say: %1
Mail that fails DMARC will be %2. Move %3 on anyway?</source>
        <translation>Les rapports indiquent : %1
Le courrier qui échoue DMARC sera %2. Faire passer %3 à l&apos;étape suivante malgré tout ?</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>refusé</translation>
    </message>
    <message>
        <source>put in the spam folder</source>
        <translation>placé dans le dossier spam</translation>
    </message>
</context>
<context>
    <name>mailauth::DmarcReportsDialog</name>
    <message>
        <source>a forwarder or mailing list</source>
        <translation>un service de transfert ou une liste de diffusion</translation>
    </message>
    <message>
        <source>yours (your SPF or DKIM allows it)</source>
        <translation>le vôtre (votre SPF ou DKIM l&apos;autorise)</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>DMARC aggregate reports</source>
        <translation>Rapports agrégés DMARC</translation>
    </message>
    <message>
        <source>Drop report files or folders here: .xml, .gz, .zip, the report mails saved as .eml, or an mbox file. They are read on this computer; nothing is sent anywhere.</source>
        <translation>Déposez ici des fichiers ou dossiers de rapports : .xml, .gz, .zip, messages de rapport enregistrés en .eml, ou un fichier mbox. Ils sont lus sur cet ordinateur ; rien n&apos;est envoyé nulle part.</translation>
    </message>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Add f&amp;older…</source>
        <translation>Ajouter un &amp;dossier…</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>&amp;Stop reading</source>
        <translation>&amp;Arrêter la lecture</translation>
    </message>
    <message>
        <source>No reports read yet.</source>
        <translation>Aucun rapport lu pour l&apos;instant.</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Do&amp;maine :</translation>
    </message>
    <message>
        <source>Messages per day, passing and failing DMARC</source>
        <translation>Messages par jour, réussissant et échouant DMARC</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>DMARC pass</source>
        <translation>DMARC réussi</translation>
    </message>
    <message>
        <source>SPF aligned</source>
        <translation>SPF aligné</translation>
    </message>
    <message>
        <source>DKIM aligned</source>
        <translation>DKIM aligné</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Que faire</translation>
    </message>
    <message>
        <source>Sources of mail in the reports</source>
        <translation>Sources de courrier dans les rapports</translation>
    </message>
    <message>
        <source>Files that could not be read</source>
        <translation>Fichiers qui n&apos;ont pas pu être lus</translation>
    </message>
    <message>
        <source>Reading file %1 of %2…</source>
        <translation>Lecture du fichier %1 sur %2…</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Aggregate report files</source>
        <translation>Fichiers de rapports agrégés</translation>
    </message>
    <message>
        <source>DMARC reports (*.xml *.gz *.zip *.eml *.mbox)</source>
        <translation>Rapports DMARC (*.xml *.gz *.zip *.eml *.mbox)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>A folder of aggregate reports</source>
        <translation>Un dossier de rapports agrégés</translation>
    </message>
    <message numerus="yes">
        <source>%n distinct report(s) read</source>
        <translation>
            <numerusform>%n rapport distinct lu</numerusform>
            <numerusform>%n rapports distincts lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%n seen twice, counted once)</source>
        <translation>
            <numerusform>(%n vu deux fois, compté une fois)</numerusform>
            <numerusform>(%n vus deux fois, comptés une fois)</numerusform>
        </translation>
    </message>
    <message>
        <source>— stopped before the end; what was read so far is shown.</source>
        <translation>— arrêté avant la fin ; ce qui a été lu jusqu&apos;ici est affiché.</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be read:</source>
        <translation>
            <numerusform>%n fichier n&apos;a pas pu être lu :</numerusform>
            <numerusform>%n fichiers n&apos;ont pas pu être lus :</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>%1: %2 messages from %3 to %4, %5 passing DMARC.</source>
        <translation>%1 : %2 messages du %3 au %4, %5 réussissant DMARC.</translation>
    </message>
    <message>
        <source>Passing DMARC</source>
        <translation>DMARC réussi</translation>
    </message>
    <message>
        <source>Failing DMARC</source>
        <translation>DMARC en échec</translation>
    </message>
    <message>
        <source>Open the &amp;training reports</source>
        <translation>Ouvrir les rapports d&apos;&amp;entraînement</translation>
    </message>
    <message>
        <source>Loading the reports kept in the project…</source>
        <translation>Chargement des rapports conservés dans le projet…</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s) kept in the project from earlier readings.</source>
        <translation>
            <numerusform>%n rapport conservé dans le projet depuis des lectures précédentes.</numerusform>
            <numerusform>%n rapports conservés dans le projet depuis des lectures précédentes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(and %n kept in the project from earlier readings)</source>
        <translation>
            <numerusform>(et %n conservé dans le projet depuis des lectures précédentes)</numerusform>
            <numerusform>(et %n conservés dans le projet depuis des lectures précédentes)</numerusform>
        </translation>
    </message>
    <message>
        <source>Look up &amp;names and SPF</source>
        <translation>Rechercher les &amp;noms et SPF</translation>
    </message>
    <message>
        <source>Asks DNS for the name of each source of the domain shown and which part of the domain&apos;s SPF record allows it. Nothing is sent before you click.</source>
        <translation>Demande au DNS le nom de chaque source du domaine affiché et quelle partie de l&apos;enregistrement SPF du domaine l&apos;autorise. Rien n&apos;est envoyé avant votre clic.</translation>
    </message>
    <message>
        <source>Looking up names and SPF: %1 of %2…</source>
        <translation>Recherche des noms et SPF : %1 sur %2…</translation>
    </message>
    <message>
        <source>Looking up stopped; what was found so far is shown.</source>
        <translation>Recherche arrêtée ; ce qui a été trouvé jusqu&apos;ici est affiché.</translation>
    </message>
    <message numerus="yes">
        <source>%n source(s) looked up with %1 DNS questions.</source>
        <translation>
            <numerusform>%n source recherchée avec %1 requêtes DNS.</numerusform>
            <numerusform>%n sources recherchées avec %1 requêtes DNS.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not in the plan: judged against the policy its reports show (%2).</source>
        <translation>%1 ne fait pas partie du plan : jugé d&apos;après la politique que montrent ses rapports (%2).</translation>
    </message>
    <message>
        <source>none named, so p=none</source>
        <translation>aucune indiquée, donc p=none</translation>
    </message>
    <message>
        <source>%1 (unconfirmed)</source>
        <translation>%1 (non confirmé)</translation>
    </message>
    <message>
        <source>Allowed by SPF</source>
        <translation>Autorisée par SPF</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>(pas de réponse)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(aucun)</translation>
    </message>
</context>
<context>
    <name>mailauth::DnsHostPanelDialog</name>
    <message>
        <source>DNS host panel (training): %1</source>
        <translation>Panneau de l&apos;hébergeur DNS (entraînement) : %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>@ for the domain itself, or e.g. _dmarc</source>
        <translation>@ pour le domaine lui-même, ou par exemple _dmarc</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>&amp;Add record</source>
        <translation>&amp;Ajouter un enregistrement</translation>
    </message>
    <message>
        <source>&amp;Delete selected</source>
        <translation>&amp;Supprimer la sélection</translation>
    </message>
    <message>
        <source>&amp;Zone:</source>
        <translation>&amp;Zone :</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Hôte :</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Value:</source>
        <translation>&amp;Valeur :</translation>
    </message>
    <message>
        <source>&amp;TTL:</source>
        <translation>&amp;TTL :</translation>
    </message>
    <message>
        <source>Like many web panels, this one appends the zone name to what you type in Host, and stores the value exactly as typed.</source>
        <translation>Comme beaucoup de panneaux web, celui-ci ajoute le nom de la zone à ce que vous tapez dans Hôte, et enregistre la valeur exactement telle que saisie.</translation>
    </message>
    <message>
        <source>Saved: %1 %2 %3</source>
        <translation>Enregistré : %1 %2 %3</translation>
    </message>
    <message>
        <source>Trainer&apos;s note: %1</source>
        <translation>Note du formateur : %1</translation>
    </message>
    <message>
        <source>Select a record first.</source>
        <translation>Sélectionnez d&apos;abord un enregistrement.</translation>
    </message>
    <message>
        <source>Deleted: %1 %2</source>
        <translation>Supprimé : %1 %2</translation>
    </message>
</context>
<context>
    <name>mailauth::FindingsView</name>
    <message>
        <source>No findings.</source>
        <translation>Aucun constat.</translation>
    </message>
    <message>
        <source>%1
→ %2</source>
        <translation>%1
→ %2</translation>
    </message>
</context>
<context>
    <name>mailauth::LanguageMenu</name>
    <message>
        <source>System language (%1)</source>
        <translation>Langue du système (%1)</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Show MailAuth Wizard in another language, at once; remembered for the next start.</source>
        <translation>Afficher MailAuth Wizard dans une autre langue, immédiatement&#xa0;; mémorisé pour le prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>mailauth::MessageAnalysisDialog</name>
    <message>
        <source>%1 s (clocks differ)</source>
        <translation>%1 s (horloges décalées)</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>Prove DKIM for %1</source>
        <translation>Prouver DKIM pour %1</translation>
    </message>
    <message>
        <source>Analyze a message</source>
        <translation>Analyser un message</translation>
    </message>
    <message>
        <source>Send a message from a mailbox of %1 to a mailbox outside your organisation (Gmail, Outlook.com, a partner), open it there and paste its header (Outlook: View &gt; View message source; Gmail: Show original), or drop the saved .eml here.</source>
        <translation>Envoyez un message depuis une boîte aux lettres de %1 vers une boîte aux lettres extérieure à votre organisation (Gmail, Outlook.com, un partenaire), ouvrez-le là-bas et collez son en-tête (Outlook&#xa0;: Affichage &gt; Afficher la source du message&#xa0;; Gmail&#xa0;: Afficher l&apos;original), ou déposez ici le fichier .eml enregistré.</translation>
    </message>
    <message>
        <source>Paste a message header (Outlook: View &gt; View message source; Gmail: Show original) or a whole message, or drop a saved .eml here.</source>
        <translation>Collez un en-tête de message (Outlook&#xa0;: Affichage &gt; Afficher la source du message&#xa0;; Gmail&#xa0;: Afficher l&apos;original) ou un message entier, ou déposez ici un fichier .eml enregistré.</translation>
    </message>
    <message>
        <source>Received: from …
Authentication-Results: …
DKIM-Signature: …
From: …</source>
        <translation>Received: from …
Authentication-Results: …
DKIM-Signature: …
From: …</translation>
    </message>
    <message>
        <source>&amp;Message header or whole message:</source>
        <translation>En-tête du &amp;message ou message entier&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Open a .eml file…</source>
        <translation>&amp;Ouvrir un fichier .eml…</translation>
    </message>
    <message>
        <source>&amp;Analyze</source>
        <translation>&amp;Analyser</translation>
    </message>
    <message>
        <source>Get a test message from the &amp;training tenant</source>
        <translation>Obtenir un message de test du locataire d&apos;&amp;entraînement</translation>
    </message>
    <message>
        <source>Signed by (d=)</source>
        <translation>Signé par (d=)</translation>
    </message>
    <message>
        <source>Selector</source>
        <translation>Sélecteur</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithme</translation>
    </message>
    <message>
        <source>Canonicalization</source>
        <translation>Canonicalisation</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Aligned</source>
        <translation>Aligné</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Clé</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Signification</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>With</source>
        <translation>Avec</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Delay</source>
        <translation>Délai</translation>
    </message>
    <message>
        <source>&amp;DKIM signatures</source>
        <translation>Signatures &amp;DKIM</translation>
    </message>
    <message>
        <source>Authentication-&amp;Results</source>
        <translation>Authentication-&amp;Results</translation>
    </message>
    <message>
        <source>Microsoft anti-&amp;spam</source>
        <translation>Anti-&amp;spam Microsoft</translation>
    </message>
    <message>
        <source>Rout&amp;e</source>
        <translation>Ac&amp;heminement</translation>
    </message>
    <message>
        <source>Open a message</source>
        <translation>Ouvrir un message</translation>
    </message>
    <message>
        <source>Messages (*.eml *.msg.txt *.txt);;All files (*)</source>
        <translation>Messages (*.eml *.msg.txt *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Last proof, %1: %2</source>
        <translation>Dernière preuve, %1&#xa0;: %2</translation>
    </message>
    <message>
        <source>Paste a header or drop a message to analyze it.</source>
        <translation>Collez un en-tête ou déposez un message pour l&apos;analyser.</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>File: %1 (%2)</source>
        <translation>Fichier&#xa0;: %1 (%2)</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>Impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MiB: not a message this tool reads.</source>
        <translation>%1 dépasse %2 Mio&#xa0;: ce n&apos;est pas un message que cet outil peut lire.</translation>
    </message>
    <message>
        <source>Analyzing… (keys and DMARC records are fetched from DNS)</source>
        <translation>Analyse en cours… (les clés et les enregistrements DMARC sont récupérés dans le DNS)</translation>
    </message>
    <message>
        <source>DNS did not answer every question in time: %1</source>
        <translation>Le DNS n&apos;a pas répondu à toutes les requêtes à temps&#xa0;: %1</translation>
    </message>
    <message>
        <source>From: %1</source>
        <translation>From&#xa0;: %1</translation>
    </message>
    <message>
        <source>key at %1</source>
        <translation>clé sous %1</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>%1-bit %2</source>
        <translation>%2 %1 bits</translation>
    </message>
    <message>
        <source>(no DKIM-Signature field)</source>
        <translation>(aucun champ DKIM-Signature)</translation>
    </message>
    <message>
        <source>reason: %1</source>
        <translation>raison&#xa0;: %1</translation>
    </message>
    <message>
        <source>problem</source>
        <translation>problème</translation>
    </message>
    <message>
        <source>Authentication-Results by %1</source>
        <translation>Authentication-Results par %1</translation>
    </message>
    <message>
        <source>(no name: Microsoft 365)</source>
        <translation>(sans nom&#xa0;: Microsoft 365)</translation>
    </message>
    <message>
        <source>ARC-Authentication-Results i=%1 by %2</source>
        <translation>ARC-Authentication-Results i=%1 par %2</translation>
    </message>
    <message>
        <source>(none: the receiver is not Microsoft 365)</source>
        <translation>(aucun&#xa0;: le serveur destinataire n&apos;est pas Microsoft 365)</translation>
    </message>
    <message>
        <source>%1 [%2]</source>
        <translation>%1 [%2]</translation>
    </message>
    <message>
        <source>Kept in the project as the proof for %1 (%2).</source>
        <translation>Conservé dans le projet comme preuve pour %1 (%2).</translation>
    </message>
</context>
<context>
    <name>mailauth::PropagationPanel</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Value seen</source>
        <translation>Valeur vue</translation>
    </message>
    <message>
        <source>Expected in</source>
        <translation>Attendu dans</translation>
    </message>
    <message>
        <source>%v of %m servers see the record</source>
        <translation>%v serveurs sur %m voient l&apos;enregistrement</translation>
    </message>
    <message>
        <source>Check &amp;now</source>
        <translation>&amp;Vérifier maintenant</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>&amp;Arrêter la surveillance</translation>
    </message>
    <message>
        <source>Watching %1 %2…</source>
        <translation>Surveillance de %1 %2…</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>not asked yet</source>
        <translation>pas encore interrogé</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Watching for %1</source>
        <translation>Surveillance depuis %1</translation>
    </message>
    <message>
        <source>Confirmed after %1</source>
        <translation>Confirmé après %1</translation>
    </message>
    <message>
        <source>· about %1 left</source>
        <translation>· encore environ %1</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Servers asked</source>
        <translation>Serveurs interrogés</translation>
    </message>
    <message>
        <source>(simulated time paused)</source>
        <translation>(temps simulé en pause)</translation>
    </message>
    <message>
        <source>Every server checked saw this record on %1. Press the button above to watch it again.</source>
        <translation>Tous les serveurs interrogés ont vu cet enregistrement le %1. Appuyez sur le bouton ci-dessus pour le surveiller à nouveau.</translation>
    </message>
    <message>
        <source>%1: every server checked saw it on %2. Press the button above to watch it again.</source>
        <translation>%1 : tous les serveurs interrogés l&apos;ont vu le %2. Appuyez sur le bouton ci-dessus pour le surveiller à nouveau.</translation>
    </message>
</context>
<context>
    <name>mailauth::PropagationWatcher</name>
    <message>
        <source>Cancelled. %1</source>
        <translation>Annulé. %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 is visible everywhere: %n server(s) confirmed it.</source>
        <translation>
            <numerusform>%1 %2 est visible partout : %n serveur l&apos;a confirmé.</numerusform>
            <numerusform>%1 %2 est visible partout : %n serveurs l&apos;ont confirmé.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2) : %3</translation>
    </message>
    <message>
        <source>still serves &quot;%1&quot;</source>
        <translation>renvoie encore « %1 »</translation>
    </message>
    <message>
        <source>(%1)</source>
        <translation>(%1)</translation>
    </message>
    <message>
        <source>(not asked: the authoritative servers do not all have the record yet)</source>
        <translation>(non interrogé : les serveurs faisant autorité n&apos;ont pas encore tous l&apos;enregistrement)</translation>
    </message>
    <message numerus="yes">
        <source>Not confirmed by %n server(s): %1</source>
        <translation>
            <numerusform>Non confirmé par %n serveur : %1</numerusform>
            <numerusform>Non confirmé par %n serveurs : %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mailauth::RecordCheckPanel</name>
    <message>
        <source>SPF (TXT at the domain)</source>
        <translation>SPF (TXT sur le domaine)</translation>
    </message>
    <message>
        <source>DMARC (TXT at _dmarc)</source>
        <translation>DMARC (TXT sur _dmarc)</translation>
    </message>
    <message>
        <source>DKIM key (TXT at selector._domainkey)</source>
        <translation>Clé DKIM (TXT sur selector._domainkey)</translation>
    </message>
    <message>
        <source>contoso.com (optional; enables the subdomain and report checks)</source>
        <translation>contoso.com (facultatif ; active les vérifications des sous-domaines et des rapports)</translation>
    </message>
    <message>
        <source>Paste the record here, for example v=spf1 include:spf.protection.outlook.com -all</source>
        <translation>Collez l&apos;enregistrement ici, par exemple v=spf1 include:spf.protection.outlook.com -all</translation>
    </message>
    <message>
        <source>&amp;Record type:</source>
        <translation>&amp;Type d&apos;enregistrement :</translation>
    </message>
    <message>
        <source>&amp;Domain:</source>
        <translation>Do&amp;maine :</translation>
    </message>
    <message>
        <source>R&amp;ecord:</source>
        <translation>&amp;Enregistrement :</translation>
    </message>
    <message>
        <source>Paste a record to check it.</source>
        <translation>Collez un enregistrement pour le vérifier.</translation>
    </message>
    <message>
        <source>Valid SPF record.</source>
        <translation>Enregistrement SPF valide.</translation>
    </message>
    <message>
        <source>Not valid: receivers return permerror and ignore it.</source>
        <translation>Non valide : les serveurs destinataires renvoient permerror et l&apos;ignorent.</translation>
    </message>
    <message>
        <source>Not valid: it has errors that defeat its purpose; fix them before publishing.</source>
        <translation>Non valide : il contient des erreurs qui l&apos;empêchent de remplir son rôle ; corrigez-les avant de le publier.</translation>
    </message>
    <message>
        <source>Valid DMARC record; receivers apply p=%1.</source>
        <translation>Enregistrement DMARC valide ; les serveurs destinataires appliquent p=%1.</translation>
    </message>
    <message>
        <source>Not valid: receivers ignore this record.</source>
        <translation>Non valide : les serveurs destinataires ignorent cet enregistrement.</translation>
    </message>
    <message>
        <source>Valid DKIM key record, %1-bit key.</source>
        <translation>Enregistrement de clé DKIM valide, clé de %1 bits.</translation>
    </message>
    <message>
        <source>Valid DKIM key record without a key (revoked).</source>
        <translation>Enregistrement de clé DKIM valide sans clé (révoquée).</translation>
    </message>
    <message>
        <source>Not valid: verifiers cannot use this key.</source>
        <translation>Non valide : les vérificateurs ne peuvent pas utiliser cette clé.</translation>
    </message>
</context>
<context>
    <name>mailauth::RecordView</name>
    <message>
        <source>Enter the Azure resource group that holds the zone on the Tenant page to see the Azure DNS commands (Azure PowerShell and Azure CLI) for these records.</source>
        <translation>Indiquez sur la page Locataire le groupe de ressources Azure qui contient la zone pour voir les commandes Azure DNS (Azure PowerShell et Azure CLI) de ces enregistrements.</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Hôte</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>TTL</source>
        <translation>TTL</translation>
    </message>
    <message>
        <source>Replaces today&apos;s MX records (%1): delete every one of them; a null MX must be the only MX record.</source>
        <translation>Remplace les enregistrements MX actuels (%1) : supprimez-les tous ; un MX nul doit être le seul enregistrement MX.</translation>
    </message>
    <message numerus="yes">
        <source>Replaces %n of today&apos;s %1 records (%2): change it (or delete them) instead of adding another one.</source>
        <translation>
            <numerusform>Remplace %n des enregistrements %1 actuels (%2) : modifiez-le (ou supprimez-le) au lieu d&apos;en ajouter un autre.</numerusform>
            <numerusform>Remplace %n des enregistrements %1 actuels (%2) : modifiez-en un (ou supprimez-les) au lieu d&apos;en ajouter un autre.</numerusform>
        </translation>
    </message>
    <message>
        <source>(leave empty)</source>
        <translation>(laisser vide)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy %1</source>
        <translation>Copier %1</translation>
    </message>
    <message>
        <source>Copy command</source>
        <translation>Copier la commande</translation>
    </message>
</context>
<context>
    <name>mailauth::RolloutPlan</name>
    <message>
        <source>The initial domain of a %1 tenant has the form name%2 (Microsoft 365 admin center, Settings &gt; Domains).</source>
        <translation>Le domaine initial d&apos;un locataire %1 a la forme nom%2 (Centre d&apos;administration Microsoft 365, Paramètres &gt; Domaines).</translation>
    </message>
    <message>
        <source>%1 is a Microsoft initial domain: Microsoft already publishes its SPF and signs it with DKIM, and its DMARC record is added in the Microsoft 365 admin center. Enter your custom domains here.</source>
        <translation>%1 est un domaine initial Microsoft : Microsoft publie déjà son SPF et le signe avec DKIM, et son enregistrement DMARC s&apos;ajoute dans le Centre d&apos;administration Microsoft 365. Indiquez ici vos domaines personnalisés.</translation>
    </message>
    <message>
        <source>Enter at least one domain, for example contoso.com.</source>
        <translation>Indiquez au moins un domaine, par exemple contoso.com.</translation>
    </message>
    <message>
        <source>Microsoft 365</source>
        <translation>Microsoft 365</translation>
    </message>
    <message>
        <source>your own servers</source>
        <translation>vos propres serveurs</translation>
    </message>
    <message>
        <source>servers named in the domain&apos;s own DNS</source>
        <translation>serveurs désignés dans le DNS du domaine lui-même</translation>
    </message>
    <message>
        <source>What %1 publishes today is unknown: DNS did not answer. Check it again before changing its records.</source>
        <translation>On ne sait pas ce que %1 publie aujourd&apos;hui : le DNS n&apos;a pas répondu. Vérifiez-le à nouveau avant de modifier ses enregistrements.</translation>
    </message>
    <message>
        <source>The SPF record for %1 has problems; fix them to go on.</source>
        <translation>L&apos;enregistrement SPF de %1 présente des problèmes ; corrigez-les pour continuer.</translation>
    </message>
    <message>
        <source>The SPF record for %1 would remove or loosen what is published today; confirm each change or undo it to go on.</source>
        <translation>L&apos;enregistrement SPF de %1 supprimerait ou assouplirait ce qui est publié aujourd&apos;hui ; confirmez chaque modification ou annulez-la pour continuer.</translation>
    </message>
    <message>
        <source>The SPF record for %1 needs more than 10 DNS lookups; shorten it or confirm that you publish it anyway.</source>
        <translation>L&apos;enregistrement SPF de %1 nécessite plus de 10 recherches DNS ; raccourcissez-le ou confirmez que vous le publiez malgré tout.</translation>
    </message>
    <message>
        <source>This output is for %1, not %2: run the script for %2 and paste what it printed.</source>
        <translation>Cette sortie concerne %1, pas %2 : exécutez le script pour %2 et collez ce qu&apos;il a affiché.</translation>
    </message>
    <message>
        <source>Paste the DKIM output for %1, or choose to do its DKIM later, to go on.</source>
        <translation>Pour continuer, collez la sortie DKIM de %1 ou choisissez de configurer son DKIM plus tard.</translation>
    </message>
    <message>
        <source>The DMARC record for %1 has problems; fix them to go on.</source>
        <translation>L&apos;enregistrement DMARC de %1 présente des problèmes ; corrigez-les pour continuer.</translation>
    </message>
    <message>
        <source>The DMARC record for %1 would protect less than the one published today; confirm each change or undo it to go on.</source>
        <translation>L&apos;enregistrement DMARC de %1 protégerait moins que celui publié aujourd&apos;hui ; confirmez chaque modification ou annulez-la pour continuer.</translation>
    </message>
</context>
<context>
    <name>mailauth::RolloutWizard</name>
    <message>
        <source>MailAuth Wizard</source>
        <translation>MailAuth Wizard</translation>
    </message>
    <message>
        <source>Check a &amp;record…</source>
        <translation>&amp;Vérifier un enregistrement…</translation>
    </message>
    <message>
        <source>Sa&amp;ve project…</source>
        <translation>&amp;Enregistrer le projet…</translation>
    </message>
    <message>
        <source>MailAuth Wizard (not saved: %1)</source>
        <translation>MailAuth Wizard (non enregistré : %1)</translation>
    </message>
    <message>
        <source>Save project</source>
        <translation>Enregistrer le projet</translation>
    </message>
    <message>
        <source>MailAuth Wizard projects (*.mailauth)</source>
        <translation>Projets MailAuth Wizard (*.mailauth)</translation>
    </message>
    <message>
        <source>Could not save</source>
        <translation>Impossible d&apos;enregistrer</translation>
    </message>
    <message>
        <source>Check a record</source>
        <translation>Vérifier un enregistrement</translation>
    </message>
    <message>
        <source>Record visible everywhere</source>
        <translation>Enregistrement visible partout</translation>
    </message>
    <message>
        <source>%1: %2 is confirmed by every server.</source>
        <translation>%1 : %2 est confirmé par tous les serveurs.</translation>
    </message>
    <message>
        <source>%1 - MailAuth Wizard</source>
        <translation>%1 - MailAuth Wizard</translation>
    </message>
    <message>
        <source>TRAINING: %1 - MailAuth Wizard</source>
        <translation>ENTRAÎNEMENT : %1 - MailAuth Wizard</translation>
    </message>
    <message>
        <source>Anal&amp;yze a message…</source>
        <translation>Anal&amp;yser un message…</translation>
    </message>
    <message>
        <source>A training session is not saved as a project: it would reopen against real DNS and a real tenant. Export the hand-over report from the summary page to keep what the class did.</source>
        <translation>Une session d&apos;entraînement n&apos;est pas enregistrée comme projet&#xa0;: elle se rouvrirait sur le vrai DNS et un vrai locataire. Exportez le rapport de passation depuis la page de synthèse pour garder une trace du travail du groupe.</translation>
    </message>
    <message>
        <source>End the training session?</source>
        <translation>Terminer la session d&apos;entraînement&#xa0;?</translation>
    </message>
    <message>
        <source>Closing ends this training session. The simulated DNS, tenant and clock are not kept, so the exercise starts again from the beginning next time.</source>
        <translation>La fermeture met fin à cette session d&apos;entraînement. Le DNS, le locataire et l&apos;horloge simulés ne sont pas conservés&#xa0;: l&apos;exercice reprendra depuis le début la prochaine fois.</translation>
    </message>
    <message>
        <source>End the session</source>
        <translation>Terminer la session</translation>
    </message>
    <message>
        <source>Keep practising</source>
        <translation>Continuer à m&apos;entraîner</translation>
    </message>
    <message>
        <source>Opening a project ends this training session. The simulated DNS, tenant and clock are not kept.</source>
        <translation>Ouvrir un projet met fin à cette session d&apos;entraînement. Le DNS, le locataire et l&apos;horloge simulés ne sont pas conservés.</translation>
    </message>
    <message>
        <source>End it and open the project</source>
        <translation>Terminer et ouvrir le projet</translation>
    </message>
    <message>
        <source>Starting &quot;%1&quot; ends this training session. The simulated DNS, tenant and clock are not kept.</source>
        <translation>Démarrer « %1 » met fin à cette session d&apos;entraînement. Le DNS, le locataire et l&apos;horloge simulés ne sont pas conservés.</translation>
    </message>
    <message>
        <source>End it and start the other</source>
        <translation>Terminer et démarrer l&apos;autre</translation>
    </message>
    <message>
        <source>This training session is already open in another window.</source>
        <translation>Cette session d&apos;entraînement est déjà ouverte dans une autre fenêtre.</translation>
    </message>
    <message>
        <source>TRAINING: %1 - MailAuth Wizard (not saved: %2)</source>
        <translation>ENTRAÎNEMENT : %1 - MailAuth Wizard (non enregistré : %2)</translation>
    </message>
    <message>
        <source>Discard the interrupted session on the welcome page, then start the scenario again.</source>
        <translation>Supprimez la session interrompue sur la page d&apos;accueil, puis relancez le scénario.</translation>
    </message>
</context>
<context>
    <name>mailauth::SimulatedDnsServer</name>
    <message>
        <source>The training DNS server could not open a port on this computer: %1</source>
        <translation>Le serveur DNS d&apos;entraînement n&apos;a pas pu ouvrir de port sur cet ordinateur : %1</translation>
    </message>
</context>
<context>
    <name>mailauth::SpfPage</name>
    <message>
        <source>SPF: who may send mail as your domain</source>
        <translation>SPF : qui peut envoyer du courrier au nom de votre domaine</translation>
    </message>
    <message>
        <source>SPF lists the servers allowed to send mail with your domain in the envelope sender. One record per domain; Microsoft 365 is included for your cloud, add the other services you use.</source>
        <translation>SPF liste les serveurs autorisés à envoyer du courrier avec votre domaine comme expéditeur d&apos;enveloppe. Un seul enregistrement par domaine ; Microsoft 365 est inclus pour votre cloud, ajoutez les autres services que vous utilisez.</translation>
    </message>
    <message>
        <source>%1 (include:%2)</source>
        <translation>%1 (include:%2)</translation>
    </message>
    <message>
        <source>other includes, e.g. spf.example-crm.com</source>
        <translation>autres includes, par exemple spf.example-crm.com</translation>
    </message>
    <message>
        <source>on-premises IPv4 addresses or ranges, e.g. 192.0.2.25 198.51.100.0/28</source>
        <translation>adresses ou plages IPv4 locales, par exemple 192.0.2.25 198.51.100.0/28</translation>
    </message>
    <message>
        <source>IPv6 addresses or ranges</source>
        <translation>Adresses ou plages IPv6</translation>
    </message>
    <message>
        <source>-all: reject mail from servers not listed (recommended by Microsoft with DKIM and DMARC)</source>
        <translation>-all : rejeter le courrier des serveurs non listés (recommandé par Microsoft avec DKIM et DMARC)</translation>
    </message>
    <message>
        <source>~all: mark it as suspicious but accept it (only while you are still finding senders)</source>
        <translation>~all : le marquer comme suspect mais l&apos;accepter (seulement tant que vous recensez encore les expéditeurs)</translation>
    </message>
    <message>
        <source>On-premises servers that send mail: either list their public addresses here, or relay them through Exchange Online with an inbound connector, so Microsoft signs their mail with DKIM and they need no SPF entry of their own.</source>
        <translation>Serveurs locaux qui envoient du courrier : listez ici leurs adresses publiques, ou relayez-les via Exchange Online avec un connecteur entrant, pour que Microsoft signe leur courrier avec DKIM et qu&apos;ils n&apos;aient besoin d&apos;aucune entrée SPF propre.</translation>
    </message>
    <message>
        <source>Start from a new record instead</source>
        <translation>Partir plutôt d&apos;un nouvel enregistrement</translation>
    </message>
    <message>
        <source>Publish it over the limit anyway</source>
        <translation>Le publier malgré tout au-delà de la limite</translation>
    </message>
    <message>
        <source>Term (untick to remove)</source>
        <translation>Terme (décochez pour le supprimer)</translation>
    </message>
    <message>
        <source>Sender</source>
        <translation>Expéditeur</translation>
    </message>
    <message>
        <source>Lookups</source>
        <translation>Recherches</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Remarque</translation>
    </message>
    <message>
        <source>The record has no problems.</source>
        <translation>L&apos;enregistrement ne présente aucun problème.</translation>
    </message>
    <message>
        <source>I have &amp;published it: watch DNS</source>
        <translation>Il est &amp;publié : surveiller le DNS</translation>
    </message>
    <message>
        <source>D&amp;omain:</source>
        <translation>D&amp;omaine :</translation>
    </message>
    <message>
        <source>Other &amp;senders:</source>
        <translation>Autres &amp;expéditeurs :</translation>
    </message>
    <message>
        <source>More &amp;includes:</source>
        <translation>Autres &amp;includes :</translation>
    </message>
    <message>
        <source>IPv&amp;4:</source>
        <translation>IPv&amp;4 :</translation>
    </message>
    <message>
        <source>IPv&amp;6:</source>
        <translation>IPv&amp;6 :</translation>
    </message>
    <message>
        <source>Servers not listed:</source>
        <translation>Serveurs non listés :</translation>
    </message>
    <message>
        <source>&lt;b&gt;The record&lt;/b&gt;</source>
        <translation>&lt;b&gt;L&apos;enregistrement&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Publish it at your DNS host&lt;/b&gt;</source>
        <translation>&lt;b&gt;Publiez-le chez votre hébergeur DNS&lt;/b&gt;</translation>
    </message>
    <message>
        <source>%1 sends no mail: its SPF record refuses every server, and a wildcard record covers its subdomains where your DNS host allows it.</source>
        <translation>%1 n&apos;envoie pas de courrier : son enregistrement SPF refuse tous les serveurs, et un enregistrement générique (wildcard) couvre ses sous-domaines si votre hébergeur DNS le permet.</translation>
    </message>
    <message>
        <source>Published today: %1</source>
        <translation>Publié aujourd&apos;hui : %1</translation>
    </message>
    <message numerus="yes">
        <source>Published today: %n SPF records, so receivers ignore all of them. They are merged into the one below; delete all of them when you publish it:</source>
        <translation>
            <numerusform>Publié aujourd&apos;hui : %n enregistrement SPF, que les serveurs destinataires ignorent donc. Il est repris dans celui ci-dessous ; supprimez-le lorsque vous publierez ce dernier :</numerusform>
            <numerusform>Publiés aujourd&apos;hui : %n enregistrements SPF, que les serveurs destinataires ignorent donc tous. Ils sont fusionnés dans celui ci-dessous ; supprimez-les tous lorsque vous le publierez :</numerusform>
        </translation>
    </message>
    <message>
        <source>You chose to start from a new record: what is published is not kept.</source>
        <translation>Vous avez choisi de partir d&apos;un nouvel enregistrement : ce qui est publié n&apos;est pas conservé.</translation>
    </message>
    <message>
        <source>Added: %1</source>
        <translation>Ajouté : %1</translation>
    </message>
    <message>
        <source>Removed (duplicates or never evaluated): %1</source>
        <translation>Supprimé (doublon ou jamais évalué) : %1</translation>
    </message>
    <message>
        <source>Changed: %1</source>
        <translation>Modifié : %1</translation>
    </message>
    <message>
        <source>No SPF record is published yet; this will be the first.</source>
        <translation>Aucun enregistrement SPF n&apos;est encore publié ; ce sera le premier.</translation>
    </message>
    <message>
        <source>(no record yet)</source>
        <translation>(pas encore d&apos;enregistrement)</translation>
    </message>
    <message>
        <source>✗ %1 Correct or remove the entry.</source>
        <translation>✗ %1 Corrigez ou supprimez l&apos;entrée.</translation>
    </message>
    <message>
        <source>DNS lookups: at least %1 of 10</source>
        <translation>Recherches DNS : au moins %1 sur 10</translation>
    </message>
    <message>
        <source>DNS lookups: %1 of 10</source>
        <translation>Recherches DNS : %1 sur 10</translation>
    </message>
    <message>
        <source>(still counting…)</source>
        <translation>(décompte en cours…)</translation>
    </message>
    <message>
        <source>· %1 of 2 empty lookups</source>
        <translation>· %1 recherches vides sur 2</translation>
    </message>
    <message>
        <source>not in the catalogue</source>
        <translation>absent du catalogue</translation>
    </message>
    <message>
        <source>removed</source>
        <translation>supprimé</translation>
    </message>
    <message>
        <source>depends on the sender (macro)</source>
        <translation>dépend de l&apos;expéditeur (macro)</translation>
    </message>
    <message numerus="yes">
        <source>• %1 (saves %n lookup(s))</source>
        <translation>
            <numerusform>• %1 (économise %n recherche)</numerusform>
            <numerusform>• %1 (économise %n recherches)</numerusform>
        </translation>
    </message>
    <message>
        <source>No term can simply go: move senders that support it to a subdomain, or ask them for an include with fewer lookups.</source>
        <translation>Aucun terme ne peut simplement être retiré : déplacez vers un sous-domaine les expéditeurs qui le permettent, ou demandez-leur un include qui nécessite moins de recherches.</translation>
    </message>
    <message>
        <source>Even all of this leaves the record over the limit; a sender must move to a subdomain.</source>
        <translation>Même avec tout cela, l&apos;enregistrement reste au-delà de la limite ; un expéditeur doit passer sur un sous-domaine.</translation>
    </message>
    <message>
        <source>Looking up the name servers of %1…</source>
        <translation>Recherche des serveurs de noms de %1…</translation>
    </message>
    <message>
        <source>After you publish the record, press the button above: the wizard asks the zone&apos;s own servers first and the public resolvers once those have it.</source>
        <translation>Après avoir publié l&apos;enregistrement, cliquez sur le bouton ci-dessus : l&apos;assistant interroge d&apos;abord les serveurs de la zone, puis les résolveurs publics une fois que ceux-ci l&apos;ont.</translation>
    </message>
    <message>
        <source>Terms of the record and their DNS lookups</source>
        <translation>Termes de l&apos;enregistrement et leurs recherches DNS</translation>
    </message>
</context>
<context>
    <name>mailauth::SummaryPage</name>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Where each domain stands now compared with the start, and what to do next and when.</source>
        <translation>Où en est chaque domaine par rapport au départ, ce qu&apos;il faut faire ensuite et quand.</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>&amp;Vérifier à nouveau</translation>
    </message>
    <message>
        <source>&lt;b&gt;Before&lt;/b&gt;</source>
        <translation>&lt;b&gt;Avant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Now&lt;/b&gt;</source>
        <translation>&lt;b&gt;Maintenant&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>Exporter :</translation>
    </message>
    <message>
        <source>&amp;PowerShell bundle…</source>
        <translation>Paquet &amp;PowerShell…</translation>
    </message>
    <message>
        <source>DNS re&amp;cords…</source>
        <translation>Enre&amp;gistrements DNS…</translation>
    </message>
    <message>
        <source>Report (HT&amp;ML)…</source>
        <translation>Rapport (HT&amp;ML)…</translation>
    </message>
    <message>
        <source>Report (P&amp;DF)…</source>
        <translation>Rapport (P&amp;DF)…</translation>
    </message>
    <message>
        <source>Audit (&amp;JSON)…</source>
        <translation>Audit (&amp;JSON)…</translation>
    </message>
    <message>
        <source>SPF record</source>
        <translation>Enregistrement SPF</translation>
    </message>
    <message>
        <source>DMARC record</source>
        <translation>Enregistrement DMARC</translation>
    </message>
    <message>
        <source>DKIM %1 CNAME</source>
        <translation>CNAME DKIM %1</translation>
    </message>
    <message>
        <source>BIND zone lines (*.zone);;CSV for import (*.csv);;Windows DNS Server commands (*.ps1);;Azure DNS commands (*.ps1)</source>
        <translation>Lignes de zone BIND (*.zone);;CSV pour import (*.csv);;Commandes Serveur DNS Windows (*.ps1);;Commandes Azure DNS (*.ps1)</translation>
    </message>
    <message>
        <source>PowerShell scripts (*.ps1)</source>
        <translation>Scripts PowerShell (*.ps1)</translation>
    </message>
    <message>
        <source>Web pages (*.html)</source>
        <translation>Pages web (*.html)</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exporter</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Enregistrement de %1…</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 enregistré.</translation>
    </message>
    <message numerus="yes">
        <source>  ✓ %1 confirmed on %2 by %n server(s)</source>
        <translation>
            <numerusform>  ✓ %1 confirmé le %2 par %n serveur</numerusform>
            <numerusform>  ✓ %1 confirmé le %2 par %n serveurs</numerusform>
        </translation>
    </message>
    <message>
        <source>  ✓ %1 already published (found by the latest check)</source>
        <translation>  ✓ %1 déjà publié (trouvé par la dernière vérification)</translation>
    </message>
    <message>
        <source>  • %1: not confirmed yet</source>
        <translation>  • %1 : pas encore confirmé</translation>
    </message>
    <message>
        <source>Next:</source>
        <translation>Ensuite :</translation>
    </message>
    <message>
        <source>  • %1 On %2 (%3).</source>
        <translation>  • %1 Le %2 (%3).</translation>
    </message>
    <message>
        <source>  %1 DKIM test message of %2: %3</source>
        <translation>  %1 Message de test DKIM du %2&#xa0;: %3</translation>
    </message>
    <message>
        <source>  • DKIM: no test message checked yet (DKIM page, step 6)</source>
        <translation>  • DKIM&#xa0;: aucun message de test vérifié pour l&apos;instant (page DKIM, étape 6)</translation>
    </message>
</context>
<context>
    <name>mailauth::TenantPage</name>
    <message>
        <source>Tenant and domains</source>
        <translation>Locataire et domaines</translation>
    </message>
    <message>
        <source>Which domains should be protected, which Microsoft 365 tenant sends their mail, and where their DNS is managed. The DNS host decides how the records are shown to you.</source>
        <translation>Quels domaines protéger, quel locataire Microsoft 365 envoie leur courrier et où leur DNS est géré. L&apos;hébergeur DNS détermine la façon dont les enregistrements vous sont présentés.</translation>
    </message>
    <message>
        <source>optional, e.g. Contoso Ltd</source>
        <translation>facultatif, par exemple Contoso SARL</translation>
    </message>
    <message>
        <source>optional: who does the rollout (shown in the hand-over report)</source>
        <translation>facultatif : qui effectue le déploiement (affiché dans le rapport de passation)</translation>
    </message>
    <message>
        <source>One domain per line, e.g.
contoso.com
contoso.net</source>
        <translation>Un domaine par ligne, par exemple
contoso.com
contoso.net</translation>
    </message>
    <message>
        <source>Tick a domain that sends no mail at all: it gets records that refuse all mail in its name.</source>
        <translation>Cochez un domaine qui n&apos;envoie aucun courrier : il reçoit des enregistrements qui refusent tout courrier en son nom.</translation>
    </message>
    <message>
        <source>contoso.onmicrosoft.com</source>
        <translation>contoso.onmicrosoft.com</translation>
    </message>
    <message>
        <source>e.g. rg-dns (Azure portal: DNS zones &gt; the zone &gt; Resource group)</source>
        <translation>par exemple rg-dns (portail Azure : Zones DNS &gt; la zone &gt; Groupe de ressources)</translation>
    </message>
    <message>
        <source>The Azure DNS commands (PowerShell and Azure CLI) name this resource group.</source>
        <translation>Les commandes Azure DNS (PowerShell et Azure CLI) désignent ce groupe de ressources.</translation>
    </message>
    <message>
        <source>C&amp;lient:</source>
        <translation>C&amp;lient :</translation>
    </message>
    <message>
        <source>Consul&amp;tant:</source>
        <translation>Consul&amp;tant :</translation>
    </message>
    <message>
        <source>&amp;Domains:</source>
        <translation>&amp;Domaines :</translation>
    </message>
    <message>
        <source>Parked (sends no mail):</source>
        <translation>Parqué (n&apos;envoie pas de courrier) :</translation>
    </message>
    <message>
        <source>&amp;Initial domain:</source>
        <translation>Domaine &amp;initial :</translation>
    </message>
    <message>
        <source>&amp;Microsoft cloud:</source>
        <translation>Cloud &amp;Microsoft :</translation>
    </message>
    <message>
        <source>DNS hosted &amp;at:</source>
        <translation>DNS hébergé &amp;chez :</translation>
    </message>
    <message>
        <source>Azure resource &amp;group:</source>
        <translation>&amp;Groupe de ressources Azure :</translation>
    </message>
    <message>
        <source>The initial domain is the *.onmicrosoft.com name Microsoft gave the tenant (admin center, Settings &gt; Domains). Microsoft already publishes its SPF and signs its mail with DKIM; its DMARC record is added in the admin center: Settings &gt; Domains &gt; the onmicrosoft.com domain &gt; DNS records &gt; Add record, type TXT, name _dmarc, value v=DMARC1; p=reject.</source>
        <translation>Le domaine initial est le nom *.onmicrosoft.com que Microsoft a attribué au locataire (Centre d&apos;administration, Paramètres &gt; Domaines). Microsoft publie déjà son SPF et signe son courrier avec DKIM ; son enregistrement DMARC s&apos;ajoute dans le Centre d&apos;administration : Paramètres &gt; Domaines &gt; le domaine onmicrosoft.com &gt; Enregistrements DNS &gt; Ajouter un enregistrement, type TXT, nom _dmarc, valeur v=DMARC1; p=reject.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Enter the tenant&apos;s initial domain (%1).</source>
        <translation>Indiquez le domaine initial du locataire (%1).</translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingAutosave</name>
    <message>
        <source>The training session is too large to save.</source>
        <translation>La session d&apos;entraînement est trop volumineuse pour être enregistrée.</translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingSession</name>
    <message>
        <source>The training data is missing from this build. Install MailAuth Wizard again.</source>
        <translation>Les données d&apos;entraînement sont absentes de cette version. Réinstallez MailAuth Wizard.</translation>
    </message>
    <message>
        <source>the DNS host panel refuses the record again: %1</source>
        <translation>le panneau de l&apos;hébergeur DNS refuse à nouveau l&apos;enregistrement : %1</translation>
    </message>
    <message>
        <source>there is no record %1 %2 &quot;%3&quot; to delete.</source>
        <translation>il n&apos;y a pas d&apos;enregistrement %1 %2 « %3 » à supprimer.</translation>
    </message>
    <message>
        <source>the key script cannot have created the signing configuration of %1 then.</source>
        <translation>le script des clés ne peut pas avoir créé la configuration de signature de %1 à ce moment-là.</translation>
    </message>
    <message>
        <source>the enable script cannot have switched signing on for %1 then.</source>
        <translation>le script d&apos;activation ne peut pas avoir activé la signature de %1 à ce moment-là.</translation>
    </message>
    <message>
        <source>The saved session has no valid simulated time.</source>
        <translation>La session enregistrée n&apos;a pas d&apos;heure simulée valide.</translation>
    </message>
    <message>
        <source>Action %1 of the saved session is later than the session&apos;s time.</source>
        <translation>L&apos;action %1 de la session enregistrée est postérieure à l&apos;heure de la session.</translation>
    </message>
    <message>
        <source>Action %1 of the saved session cannot be replayed: %2</source>
        <translation>L&apos;action %1 de la session enregistrée ne peut pas être rejouée : %2</translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingSidePanel</name>
    <message>
        <source>TRAINING: simulated DNS and a simulated tenant. Nothing real is changed.</source>
        <translation>ENTRAÎNEMENT : DNS simulé et locataire simulé. Rien de réel n&apos;est modifié.</translation>
    </message>
    <message>
        <source>Check &amp;goals</source>
        <translation>Vérifier les &amp;objectifs</translation>
    </message>
    <message>
        <source>DNS &amp;host panel…</source>
        <translation>Panneau de l&apos;&amp;hébergeur DNS…</translation>
    </message>
    <message>
        <source>%1x</source>
        <translation>%1x</translation>
    </message>
    <message>
        <source>Speed:</source>
        <translation>Vitesse :</translation>
    </message>
    <message>
        <source>Simulated time:</source>
        <translation>Temps simulé :</translation>
    </message>
    <message>
        <source>&lt;b&gt;Goals&lt;/b&gt;</source>
        <translation>&lt;b&gt;Objectifs&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&lt;b&gt;Hints&lt;/b&gt;</source>
        <translation>&lt;b&gt;Indices&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Reached: %1</source>
        <translation>Atteint : %1</translation>
    </message>
    <message>
        <source>Open: %1</source>
        <translation>À atteindre : %1</translation>
    </message>
    <message>
        <source>Every goal reached. Well done!</source>
        <translation>Tous les objectifs sont atteints. Bravo !</translation>
    </message>
    <message>
        <source>%1 of %2 goals reached.</source>
        <translation>Objectifs atteints : %1 sur %2.</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Objectifs</translation>
    </message>
    <message>
        <source>Hints</source>
        <translation>Indices</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Stops the simulated clock: caches, delays and the watchers&apos; ETAs wait until you resume.</source>
        <translation>Arrête l&apos;horloge simulée&#xa0;: les caches, les délais et les heures estimées de la surveillance attendent que vous repreniez.</translation>
    </message>
    <message>
        <source>Skip 1 hour</source>
        <translation>Avancer d&apos;une heure</translation>
    </message>
    <message>
        <source>Moves the simulated clock one hour ahead: caches expire and delays pass as if you had waited.</source>
        <translation>Avance l&apos;horloge simulée d&apos;une heure&#xa0;: les caches expirent et les délais s&apos;écoulent comme si vous aviez attendu.</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>Reprendre</translation>
    </message>
    <message>
        <source>day %1, %2 h %3 min</source>
        <translation>jour %1, %2 h %3 min</translation>
    </message>
    <message>
        <source>(paused)</source>
        <translation>(en pause)</translation>
    </message>
    <message>
        <source>Another scenario…</source>
        <translation>Autre scénario…</translation>
    </message>
</context>
<context>
    <name>mailauth::TrainingWorld</name>
    <message>
        <source>Primary name server</source>
        <translation>Serveur de noms principal</translation>
    </message>
    <message>
        <source>Secondary name server</source>
        <translation>Serveur de noms secondaire</translation>
    </message>
    <message>
        <source>Internet provider&apos;s resolver</source>
        <translation>Résolveur du fournisseur d&apos;accès Internet</translation>
    </message>
    <message>
        <source>Public resolver</source>
        <translation>Résolveur public</translation>
    </message>
</context>
<context>
    <name>mailauth::WeakeningList</name>
    <message>
        <source>&lt;b&gt;These changes take away part of what is published today&lt;/b&gt; (protection, a sender, reports or mail delivery). Each one is made only if you tick it:</source>
        <translation>&lt;b&gt;Ces modifications retirent une partie de ce qui est publié aujourd&apos;hui&lt;/b&gt; (protection, expéditeur, rapports ou distribution du courrier). Chacune n&apos;est effectuée que si vous la cochez :</translation>
    </message>
    <message>
        <source>Yes, make this change:</source>
        <translation>Oui, effectuer cette modification :</translation>
    </message>
    <message>
        <source>Yes, make this change: %1</source>
        <translation>Oui, effectuer cette modification : %1</translation>
    </message>
</context>
<context>
    <name>mailauth::WelcomePage</name>
    <message>
        <source>Welcome to MailAuth Wizard</source>
        <translation>Bienvenue dans MailAuth Wizard</translation>
    </message>
    <message>
        <source>This wizard takes your Microsoft 365 domain from &quot;anyone can send mail in our name&quot; to SPF, DKIM and DMARC in force, one checked step at a time.</source>
        <translation>Cet assistant fait passer votre domaine Microsoft 365 de « n&apos;importe qui peut envoyer du courrier en notre nom » à SPF, DKIM et DMARC en vigueur, une étape vérifiée à la fois.</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;What will happen&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;You name your domains, your tenant and where your DNS is hosted.&lt;/li&gt;&lt;li&gt;The wizard checks what DNS says today and lists what is missing or wrong.&lt;/li&gt;&lt;li&gt;SPF: it composes one correct record with the senders you use.&lt;/li&gt;&lt;li&gt;DKIM: it gives you the Exchange Online PowerShell to run, reads back the two CNAME targets you paste in, and tells you when to switch signing on.&lt;/li&gt;&lt;li&gt;DMARC: it starts with monitoring (p=none) and plans the steps to quarantine and reject.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;How long it takes&lt;/b&gt;: DNS changes usually appear within minutes to a few hours, but caches can keep old answers for up to a day or two, and Microsoft may need hours (sometimes days) to see new DKIM records. After each record you publish, the wizard watches every server and tells you when the world sees it, while you go on with the next step.&lt;/p&gt;&lt;p&gt;&lt;b&gt;What you need&lt;/b&gt;: access to your DNS host&apos;s control panel, and an Exchange Online administrator role (Exchange Administrator or Global Administrator) to run the DKIM commands.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Ce qui va se passer&lt;/b&gt;&lt;/p&gt;&lt;ol&gt;&lt;li&gt;Vous indiquez vos domaines, votre locataire et l&apos;endroit où votre DNS est hébergé.&lt;/li&gt;&lt;li&gt;L&apos;assistant vérifie ce que dit le DNS aujourd&apos;hui et liste ce qui manque ou est incorrect.&lt;/li&gt;&lt;li&gt;SPF : il compose un seul enregistrement correct avec les expéditeurs que vous utilisez.&lt;/li&gt;&lt;li&gt;DKIM : il vous fournit les commandes Exchange Online PowerShell à exécuter, relit les deux cibles CNAME que vous collez et vous indique quand activer la signature.&lt;/li&gt;&lt;li&gt;DMARC : il commence par la surveillance (p=none) et planifie les étapes vers quarantine et reject.&lt;/li&gt;&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Combien de temps cela prend&lt;/b&gt; : les modifications DNS apparaissent généralement en quelques minutes à quelques heures, mais les caches peuvent conserver d&apos;anciennes réponses jusqu&apos;à un jour ou deux, et Microsoft peut avoir besoin de plusieurs heures (parfois de plusieurs jours) pour voir de nouveaux enregistrements DKIM. Après chaque enregistrement que vous publiez, l&apos;assistant surveille chaque serveur et vous indique quand le monde entier le voit, pendant que vous passez à l&apos;étape suivante.&lt;/p&gt;&lt;p&gt;&lt;b&gt;Ce dont vous avez besoin&lt;/b&gt; : un accès au panneau de configuration de votre hébergeur DNS, et un rôle d&apos;administrateur Exchange Online (Administrateur Exchange ou Administrateur général) pour exécuter les commandes DKIM.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open a saved project…</source>
        <translation>&amp;Ouvrir un projet enregistré…</translation>
    </message>
    <message>
        <source>R&amp;ecent projects</source>
        <translation>Projets &amp;récents</translation>
    </message>
    <message>
        <source>No recent projects</source>
        <translation>Aucun projet récent</translation>
    </message>
    <message>
        <source>Practice in training mode</source>
        <translation>S&apos;exercer en mode entraînement</translation>
    </message>
    <message>
        <source>No real domain at hand, or learning first? Training mode runs this wizard against a simulated DNS host, name servers and Exchange Online. Nothing real is changed, and simulated DNS can run up to 60 times faster.</source>
        <translation>Pas de vrai domaine sous la main, ou envie d&apos;apprendre d&apos;abord ? Le mode entraînement exécute cet assistant avec un hébergeur DNS, des serveurs de noms et un Exchange Online simulés. Rien de réel n&apos;est modifié, et le DNS simulé peut tourner jusqu&apos;à 60 fois plus vite.</translation>
    </message>
    <message>
        <source>Start &amp;training</source>
        <translation>Démarrer l&apos;&amp;entraînement</translation>
    </message>
    <message>
        <source>&amp;Load a scenario file…</source>
        <translation>&amp;Charger un fichier de scénario…</translation>
    </message>
    <message>
        <source>S&amp;cenario:</source>
        <translation>&amp;Scénario :</translation>
    </message>
    <message>
        <source>Load a training scenario</source>
        <translation>Charger un scénario d&apos;entraînement</translation>
    </message>
    <message>
        <source>Training scenarios (*.scenario);;All files (*)</source>
        <translation>Scénarios d&apos;entraînement (*.scenario);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not start the training</source>
        <translation>Impossible de démarrer l&apos;entraînement</translation>
    </message>
    <message>
        <source>Correct the file and load it again.</source>
        <translation>Corrigez le fichier et chargez-le à nouveau.</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>Ouvrir un projet</translation>
    </message>
    <message>
        <source>MailAuth Wizard projects (*.mailauth);;All files (*)</source>
        <translation>Projets MailAuth Wizard (*.mailauth);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Could not open the project: %1</source>
        <translation>Impossible d&apos;ouvrir le projet : %1</translation>
    </message>
    <message>
        <source>Res&amp;ume it</source>
        <translation>Repre&amp;ndre</translation>
    </message>
    <message>
        <source>D&amp;iscard it…</source>
        <translation>Suppr&amp;imer…</translation>
    </message>
    <message>
        <source>An interrupted training session can be resumed: &quot;%1&quot;, last saved %2, after %3 of simulated time.</source>
        <translation>Une session d&apos;entraînement interrompue peut être reprise : « %1 », enregistrée pour la dernière fois le %2, après %3 de temps simulé.</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>Discard the interrupted session?</source>
        <translation>Supprimer la session interrompue ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Supprimer</translation>
    </message>
    <message numerus="yes">
        <source>%n older interrupted session(s) will be offered after this one.</source>
        <translation>
            <numerusform>%n session interrompue plus ancienne sera proposée ensuite.</numerusform>
            <numerusform>%n sessions interrompues plus anciennes seront proposées ensuite.</numerusform>
        </translation>
    </message>
    <message>
        <source>Discard the interrupted training session &quot;%1&quot;? Its simulated DNS, tenant, clock and plan are deleted; it cannot be resumed afterwards.</source>
        <translation>Supprimer la session d&apos;entraînement interrompue « %1 » ? Son DNS simulé, son locataire, son horloge et son plan sont supprimés ; elle ne pourra plus être reprise.</translation>
    </message>
    <message>
        <source>An interrupted training session cannot be resumed. %1 Discard it, then start the scenario again below.</source>
        <translation>Une session d&apos;entraînement interrompue ne peut pas être reprise. %1 Supprimez-la, puis relancez le scénario ci-dessous.</translation>
    </message>
</context>
<context>
    <name>mailauth::WizardPageBase</name>
    <message>
        <source>%1 (parked)</source>
        <translation>%1 (parqué)</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>Sets up SPF, DKIM and DMARC for a Microsoft 365 domain.</source>
        <translation>Configure SPF, DKIM et DMARC pour un domaine Microsoft 365.</translation>
    </message>
    <message>
        <source>Log to the console as well.</source>
        <translation>Journaliser aussi dans la console.</translation>
    </message>
    <message>
        <source>Ask this resolver (IP or IP:PORT) instead of the system&apos;s and the public ones; repeat for several.</source>
        <translation>Interroger ce résolveur (IP ou IP:PORT) au lieu de celui du système et des résolveurs publics ; à répéter pour plusieurs résolveurs.</translation>
    </message>
    <message>
        <source>Treat this server (IP or IP:PORT) as the zone&apos;s authoritative server instead of looking up NS records; repeat for several.</source>
        <translation>Traiter ce serveur (IP ou IP:PORT) comme serveur faisant autorité pour la zone au lieu de rechercher les enregistrements NS ; à répéter pour plusieurs serveurs.</translation>
    </message>
    <message>
        <source>Save a screenshot of the window to FILE and quit (for reviews).</source>
        <translation>Enregistrer une capture d&apos;écran de la fenêtre dans FICHIER, puis quitter (pour les revues).</translation>
    </message>
    <message>
        <source>Print the time to the first page and the memory used, then quit (for benchmarks).</source>
        <translation>Afficher le temps jusqu&apos;à la première page et la mémoire utilisée, puis quitter (pour les mesures de performances).</translation>
    </message>
    <message>
        <source>Practice in training mode: simulated DNS and tenant. The positional argument is then a scenario (%1, or a scenario file); fresh-domain if none.</source>
        <translation>S&apos;exercer en mode entraînement : DNS et locataire simulés. L&apos;argument positionnel est alors un scénario (%1, ou un fichier de scénario) ; fresh-domain si aucun n&apos;est indiqué.</translation>
    </message>
    <message>
        <source>A saved project to open (or, with --training, a scenario).</source>
        <translation>Un projet enregistré à ouvrir (ou, avec --training, un scénario).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is neither a built-in scenario (%2) nor a file.</source>
        <translation>« %1 » n&apos;est ni un scénario intégré (%2) ni un fichier.</translation>
    </message>
</context>
</TS>
